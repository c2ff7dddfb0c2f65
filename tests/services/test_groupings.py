"""Themes for a facilitator: the contributions of a scope grouped by meaning, each in exactly one
group, edited (rename, move, split, merge), saved as the concertation's themes; facilitators only."""
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Contribution, ContributionStatus, Grouping, GroupingMember, Role, Theme, contribution_themes
from app.services import groupings
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for

from .. import factories
from ..conftest import text_of

HOSTILE = '<script>alert("x")</script> « Uzès ⇄ Pont du Gard » 🚌 \u202e'
TOPICS = {
    "navette": ["Une navette entre la gare d'Avignon et Uzès", "Un bus pour relier la gare TGV aux villages",
                "Des cars le soir pour rentrer de la gare", "Une navette depuis les campings vers la gare",
                "Relier la gare au Pont du Gard en bus"],
    "marché": ["Un marché de producteurs le vendredi soir", "Vendre les fromages de chèvre au marché",
               "Un marché paysan sur la place aux Herbes", "Des producteurs locaux au marché du samedi",
               "Les vins et l'huile d'olive au marché du soir"],
    "sentiers": ["Baliser les sentiers de randonnée", "Des panneaux sur les chemins de la garrigue",
                 "Entretenir les sentiers de randonnée", "Une carte des chemins de randonnée",
                 "Des circuits de randonnée balisés autour d'Uzès"],
}


def _scene_with_ideas(count_likes=True):
    s = factories.scene()
    made = {}
    for topic, titles in TOPICS.items():
        made[topic] = [factories.contribution(s.workshop, author=s.other, mission=s.mission,
                                              title=title + (f" {HOSTILE}" if i == 0 else ""), body="",
                                              likes=(3 if topic == "marché" else 0))
                       for i, title in enumerate(titles)]
    db.session.commit()
    return s, made


def _facilitator(s):
    return access_for(s.facilitator, s.consultation, Role.FACILITATOR)


def _placement(grouping):
    return dict(db.session.execute(sa.select(GroupingMember.contribution_id, GroupingMember.group_id).where(
        GroupingMember.grouping_id == grouping.id)).all())


def test_every_published_contribution_lands_in_exactly_one_group(app):
    s, made = _scene_with_ideas()
    withdrawn = factories.contribution(s.workshop, author=s.other, title="Une navette retirée",
                                       status=ContributionStatus.WITHDRAWN)
    db.session.commit()
    grouping = groupings.propose(_facilitator(s), s.workshop)
    db.session.commit()
    placed = _placement(grouping)
    published = set(db.session.scalars(sa.select(Contribution.id).where(
        Contribution.workshop_id == s.workshop.id, Contribution.status == ContributionStatus.PUBLISHED)))
    assert set(placed) == published and withdrawn.id not in placed
    views = groupings.view(grouping)
    assert sum(len(v.contributions) for v in views) == len(published)
    # Each topic mostly together; the most supported group first, "Divers" (if any) last.
    for titles in made.values():
        groups = [placed[c.id] for c in titles]
        assert max(groups.count(g) for g in groups) >= 3
    themes_first = [v for v in views if not v.group.misc]
    assert themes_first[0].likes == max(v.likes for v in themes_first)
    assert all(v.group.misc for v in views[len(themes_first):])
    assert grouping.method == "use-m3" and len(grouping.input_hash) == 64
    # The same input, the same hash.
    again = groupings.propose(_facilitator(s), s.workshop)
    assert again.input_hash == grouping.input_hash


def test_a_grouping_knows_when_its_contributions_have_changed(app):
    s, made = _scene_with_ideas()
    grouping = groupings.propose(_facilitator(s), s.workshop, s.mission)
    db.session.commit()
    assert groupings.is_current(grouping)
    factories.contribution(s.workshop, author=s.other, mission=s.closed_mission, title="Dans une autre mission")
    db.session.commit()
    assert groupings.is_current(grouping)  # outside its scope
    made["marché"][1].title = "Un marché le samedi " + HOSTILE
    db.session.commit()
    assert not groupings.is_current(grouping)
    again = groupings.propose(_facilitator(s), s.workshop, s.mission)
    db.session.commit()
    assert groupings.is_current(again)
    made["marché"][1].status = ContributionStatus.WITHDRAWN
    db.session.commit()
    assert not groupings.is_current(again)


def test_only_facilitators_group_and_an_empty_scope_says_so(app):
    s, _ = _scene_with_ideas()
    participant = access_for(s.participant, s.consultation, Role.PARTICIPANT)
    try:
        groupings.propose(participant)
        raise AssertionError("a participant grouped contributions")
    except NotAllowed:
        pass
    try:
        groupings.propose(_facilitator(s), s.draft)
        raise AssertionError("an empty workshop was grouped")
    except DomainError as error:
        assert "aucune contribution" in str(error.message)
    assert groupings.get_grouping(participant, 1) is None


def test_a_facilitator_renames_moves_splits_merges_and_empty_groups_go(app):
    s, made = _scene_with_ideas()
    access = _facilitator(s)
    grouping = groupings.propose(access, s.workshop)
    first, second = grouping.groups[0], grouping.groups[1]
    renamed = groupings.rename(access, grouping, first.id, f"  Mobilité {HOSTILE}\n ")
    assert renamed.label.startswith("Mobilité <script>") and "\n" not in renamed.label
    for bad in ("", "x" * 121):
        try:
            groupings.rename(access, grouping, first.id, bad)
            raise AssertionError("a bad label was kept")
        except DomainError as error:
            assert error.field == "label"
    moved_id = next(c for c, g in _placement(grouping).items() if g == first.id)
    groupings.move(access, grouping, [str(moved_id)], second.id, source_id=first.id)
    assert _placement(grouping)[moved_id] == second.id
    in_second = [c for c, g in _placement(grouping).items() if g == second.id]
    try:
        groupings.split(access, grouping, second.id, in_second, "Tout")
        raise AssertionError("a split took the whole group")
    except DomainError as error:
        assert error.field == "ids"
    new = groupings.split(access, grouping, second.id, [moved_id, "x", 2**40], "Seule")
    assert _placement(grouping)[moved_id] == new.id and new.label == "Seule"
    count = len(grouping.groups)
    kept = groupings.merge(access, grouping, new.id, first.id)
    assert kept.id == first.id and len(grouping.groups) == count - 1  # the emptied group goes
    assert _placement(grouping)[moved_id] == first.id
    try:
        groupings.merge(access, grouping, first.id, first.id)
        raise AssertionError("a group merged into itself")
    except DomainError:
        pass
    assert [g.position for g in grouping.groups] == list(range(len(grouping.groups)))


def test_saving_makes_themes_that_the_contributions_carry_once(app):
    s, made = _scene_with_ideas()
    access = _facilitator(s)
    grouping = groupings.propose(access, s.workshop)
    theme_group = next(g for g in grouping.groups if not g.misc)
    groupings.rename(access, grouping, theme_group.id, s.theme.name.upper())  # an existing theme, reused
    saved = groupings.save(access, grouping)
    db.session.commit()
    named = {g.label.casefold() for g in grouping.groups if not g.misc}
    themes = {t.name.casefold(): t for t in db.session.scalars(sa.select(Theme).where(
        Theme.consultation_id == s.consultation.id))}
    assert named <= set(themes) and saved.themes_reused == 1
    assert saved.themes_created == len(named) - 1
    links = set(db.session.execute(sa.select(contribution_themes.c.contribution_id, contribution_themes.c.theme_id)))
    for contribution_id, group_id in _placement(grouping).items():
        group = next(g for g in grouping.groups if g.id == group_id)
        if not group.misc:
            assert (contribution_id, themes[group.label.casefold()].id) in links
    assert grouping.saved_at is not None
    assert groupings.save(access, grouping).tagged == 0  # nothing twice


def test_the_pages_for_a_facilitator(app, client, login, count_queries):
    s, made = _scene_with_ideas()
    login(s.facilitator)
    home = text_of(client.get("/c/assises/assistant/"))
    assert "Proposer des thèmes" in home and f'value="atelier:{s.workshop.id}"' in home
    response = client.post("/c/assises/assistant/themes", data={"portee": f"mission:{s.mission.id}"})
    assert response.status_code == 302
    grouping = db.session.scalar(sa.select(Grouping).order_by(Grouping.id.desc()))
    assert grouping.mission_id == s.mission.id and response.headers["Location"].endswith(
        f"/assistant/regroupements/{grouping.id}")
    url = f"/c/assises/assistant/regroupements/{grouping.id}"
    client.get(url)
    with count_queries() as statements:
        page = client.get(url)
    html = text_of(page)
    assert page.status_code == 200 and "Mission « Exister »" in html and "Enregistrer comme thèmes" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert len(statements) == 9  # with the scope's texts, read again to tell whether it is out of date
    # As many for the whole concertation (more contributions, more groups).
    client.post("/c/assises/assistant/themes", data={"portee": ""})
    whole = db.session.scalar(sa.select(Grouping).order_by(Grouping.id.desc()))
    assert whole.mission_id is None and whole.workshop_id is None
    client.get(f"/c/assises/assistant/regroupements/{whole.id}")
    with count_queries() as statements:
        client.get(f"/c/assises/assistant/regroupements/{whole.id}")
    assert len(statements) == 7  # no mission nor workshop to name
    group = grouping.groups[0]
    edit = f"{url}/groupes/{group.id}"
    renamed = client.post(edit, data={"action": "renommer", "label": "Venir sans voiture"})
    assert renamed.status_code == 302 and renamed.headers["Location"].endswith(f"#groupe-{group.id}")
    assert "Venir sans voiture" in text_of(client.get(url))
    refused = client.post(edit, data={"action": "renommer", "label": ""})
    assert refused.status_code == 302 and "Donnez un nom au groupe" in text_of(client.get(url))
    assert client.post(f"{url}/enregistrer").status_code == 302
    assert db.session.scalar(sa.select(Theme.id).where(Theme.name == "Venir sans voiture")) is not None
    # Another concertation's workshop, an unknown grouping: not found.
    assert client.post("/c/assises/assistant/themes", data={"portee": f"atelier:{s.private_workshop.id}"}
                       ).status_code == 404
    assert client.get("/c/assises/assistant/regroupements/999").status_code == 404


def test_near_identical_pairs_are_offered_for_a_merge_never_merged(app, client, login):
    s = factories.scene()
    twins = [factories.contribution(s.workshop, author=s.other, title="Une navette entre la gare et Uzès",
                                    body="Tous les jours en été.") for _ in range(2)]
    for title in ("Un marché de producteurs le soir", "Baliser les sentiers", "Un bus pour la gare d'Avignon",
                  "Des fromages au marché", "Des panneaux sur les chemins"):
        factories.contribution(s.workshop, author=s.other, title=title)
    db.session.commit()
    grouping = groupings.propose(_facilitator(s), s.workshop)
    db.session.commit()
    login(s.facilitator)
    html = text_of(client.get(f"/c/assises/assistant/regroupements/{grouping.id}"))
    assert "semblent dire la même chose" in html
    assert re.search(rf"/fusion\?ids={twins[0].id}&amp;ids={twins[1].id}", html)
    assert db.session.scalar(sa.select(sa.func.count(Contribution.id)).where(
        Contribution.status == ContributionStatus.MERGED)) == 0


def test_a_large_group_shows_its_most_supported_first_and_the_others_on_demand(app, client, login, monkeypatch):
    s, made = _scene_with_ideas()
    monkeypatch.setattr(groupings, "SHOWN_PER_GROUP", 2)
    grouping = groupings.propose(_facilitator(s), s.workshop)
    db.session.commit()
    login(s.facilitator)
    url = f"/c/assises/assistant/regroupements/{grouping.id}"
    biggest = max(groupings.view(grouping), key=lambda v: len(v.contributions))
    hidden = biggest.contributions[-1]
    page = text_of(client.get(url))
    assert f"{len(biggest.contributions) - 2} autres contributions de ce groupe" in page
    assert f'value="{hidden.id}"' not in page.split(f'id="groupe-{biggest.group.id}"')[1].split("</section>")[0]
    whole = text_of(client.get(url, query_string={"groupe": biggest.group.id}))
    assert f'value="{hidden.id}"' in whole.split(f'id="groupe-{biggest.group.id}"')[1].split("</section>")[0]
    assert client.get(url, query_string={"groupe": "x" * 40}).status_code == 200


def test_the_assistant_page_runs_a_fixed_number_of_queries(app, client, login, count_queries):
    s, _ = _scene_with_ideas()
    access = _facilitator(s)
    for scope in ({}, {"workshop": s.workshop}, {"mission": s.mission}, {"mission": s.mission}):
        groupings.propose(access, **scope)
    db.session.commit()
    login(s.facilitator)
    client.get("/c/assises/assistant/")
    with count_queries() as statements:
        page = text_of(client.get("/c/assises/assistant/"))
    assert "Mission « Exister » (Parcours client)" in page and "Atelier « Parcours client »" in page
    assert len(statements) == 7  # user, membership, workshops, their missions, groupings, workshops, missions
