"""The strategy in the browser's terms: facilitators write it through forms (no JavaScript),
everyone who reads the consultation reads it, numbered, with each action's page."""
import html
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Action, ActionEvent, Axis, Objective, Priority, ProgressState, Role, Strategy
from app.services import strategy
from app.services.permissions import access_for

from .. import factories
from ..conftest import text_of as raw_text

HOSTILE = '<script>alert("x")</script> Sentier « des Camisards » 🥾'


def text_of(response) -> str:
    return html.unescape(raw_text(response))


def test_a_facilitator_builds_a_strategy_from_nothing_with_forms(client, login):
    s = factories.scene()
    db.session.delete(s.strategy)
    db.session.commit()
    login(s.facilitator)
    page = client.get("/c/assises/strategie/")
    assert "Créer la stratégie" in text_of(page)
    response = client.post("/c/assises/strategie/parametres", data={
        "title": "Plan d'action 2025-2027", "first_year": "2025", "last_year": "2027", "priority_label": "",
        "axis_label": "Axe", "objective_label": "Objectif", "action_label": "Action"})
    assert response.status_code == 302
    created = db.session.scalar(sa.select(Strategy).where(Strategy.consultation_id == s.consultation.id))
    assert (created.axis_label, created.has_priorities) == ("axe", False)
    assert client.post("/c/assises/strategie/chantier/nouveau", data={"title": "Promotion"}).status_code == 302
    axis = db.session.scalar(sa.select(Axis).where(Axis.strategy_id == created.id))
    assert client.post("/c/assises/strategie/objectif/nouveau",
                       data={"parent": str(axis.id), "title": "Mieux communiquer",
                             "description": "Des supports communs."}).status_code == 302
    objective = db.session.scalar(sa.select(Objective).where(Objective.axis_id == axis.id))
    response = client.post("/c/assises/strategie/action/nouveau", data={
        "parent": str(objective.id), "title": HOSTILE, "owner": "Office de tourisme",
        "partners": "Gard Tourisme, CCI du Gard", "description": "**Un guide** par saison."})
    assert response.status_code == 302
    action = db.session.scalar(sa.select(Action).where(Action.strategy_id == created.id))
    assert response.headers["Location"].endswith(f"/c/assises/strategie/actions/{action.id}")
    shown = client.get(response.headers["Location"])
    assert "<script>alert" not in raw_text(shown) and "&lt;script&gt;" in raw_text(shown)
    assert "Action 1.1" in text_of(shown) and "Gard Tourisme" in text_of(shown)
    assert "<strong>Un guide</strong>" in raw_text(shown)
    strategy_page = text_of(client.get("/c/assises/strategie/"))
    assert "Axe 1" in strategy_page and "Objectif 1.A" in strategy_page and "1.1" in strategy_page


def test_the_level_forms_refuse_what_they_should_with_status_400(client, login):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": str(s.objective.id), "title": ""})
    assert response.status_code == 400 and "Champ obligatoire" in text_of(response)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": "", "title": "Sans objectif"})
    assert response.status_code == 400 and "Choisissez un objectif" in text_of(response)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": str(s.private_action.objective_id),
                                                                        "title": "Dans une autre concertation"})
    assert response.status_code == 400
    response = client.post("/c/assises/strategie/parametres", data={
        "title": "Plan", "first_year": "2027", "last_year": "2025", "axis_label": "axe", "objective_label": "o",
        "action_label": "a"})
    assert response.status_code == 400 and "La dernière année suit la première" in text_of(response)
    response = client.post(f"/c/assises/strategie/action/{s.action.id}/modifier",
                           data={"parent": str(s.objective.id), "title": "x" * 301})
    assert response.status_code == 400 and "300 caractères au plus" in text_of(response)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == 2  # the scene's two


def test_editing_an_action_keeps_its_history_and_moves_it(client, login):
    s = factories.scene()
    other = Objective(axis_id=s.axis.id, position=2, title="Autre objectif")
    db.session.add(other)
    db.session.commit()
    login(s.facilitator)
    form = client.get(f"/c/assises/strategie/action/{s.action.id}/modifier")
    assert form.status_code == 200 and "Action numéro 1" in text_of(form)
    response = client.post(f"/c/assises/strategie/action/{s.action.id}/modifier", data={
        "parent": str(other.id), "title": "Action renommée", "owner": "Office de tourisme", "partners": "Région"})
    assert response.status_code == 302
    db.session.expire_all()
    action = db.session.get(Action, s.action.id)
    assert (action.title, action.objective_id, [p.name for p in action.partners]) == ("Action renommée", other.id,
                                                                                      ["Région"])
    event = db.session.scalar(sa.select(ActionEvent).where(ActionEvent.action_id == action.id))
    assert event.kind == "edited" and event.data["changed"]["title"] == ["Action numéro 1", "Action renommée"]
    page = text_of(client.get(f"/c/assises/strategie/actions/{action.id}"))
    assert "Fanny Animatrice (animation) a modifié cette action." in page
    assert "Action 1.1" in page  # first (and only) action of the axis's second objective: numbered in its axis


def test_moving_and_deleting_through_the_editing_page(client, login):
    s = factories.scene()
    second = Action(strategy_id=s.strategy.id, objective_id=s.objective.id, position=2, key="deux", title="Deuxième")
    second.partners = []
    db.session.add(second)
    db.session.commit()
    login(s.facilitator)
    editing = text_of(client.get("/c/assises/strategie/?edition=1"))
    assert "Monter" in editing and "Descendre" in editing and "Ajouter un·e action à cet objectif" in editing
    response = client.post(f"/c/assises/strategie/action/{second.id}/deplacer", data={"offset": "-1"})
    assert response.status_code == 302 and "edition=1" in response.headers["Location"]
    db.session.expire_all()
    assert db.session.get(Action, second.id).position == 1
    confirm = client.get(f"/c/assises/strategie/objectif/{s.objective.id}/supprimer")
    assert "déplacez-les ou supprimez-les d'abord" in text_of(confirm)
    assert client.post(f"/c/assises/strategie/objectif/{s.objective.id}/supprimer").status_code == 400
    confirm = client.get(f"/c/assises/strategie/action/{second.id}/supprimer")
    assert "Maintenant" in text_of(confirm) and db.session.get(Action, second.id) is not None  # a GET changes nothing
    assert client.post(f"/c/assises/strategie/action/{second.id}/supprimer").status_code == 302
    db.session.expire_all()
    assert db.session.get(Action, second.id) is None and db.session.get(Action, s.action.id).position == 1


def test_everyone_who_reads_the_consultation_reads_the_strategy_without_its_controls(client, login):
    s = factories.scene()
    who = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    strategy.set_progress(who, s.strategy, s.action, 2026, strategy.YearState(ProgressState.OUTSIDE_CAUSE, "COVID",
                                                                             note="Sites fermés."))
    db.session.commit()
    for person in (None, s.participant, s.elected):
        client.post("/compte/deconnexion")
        if person is not None:
            login(person)
        page = text_of(client.get("/c/assises/strategie/?edition=1"))
        assert "Enjeu 1" in page and "Chantier 1" in page and "Action numéro 1" in page
        assert "Monter" not in page and "Modifier la stratégie" not in page
        action = text_of(client.get(f"/c/assises/strategie/actions/{s.action.id}"))
        assert "Non réalisée (COVID)" in action and "Sites fermés." in action
    assert client.get("/c/copil/strategie/").status_code == 404  # private means invisible


def test_the_consultation_links_to_its_strategy(client):
    factories.scene()
    db.session.commit()
    assert 'href="/c/assises/strategie/"' in raw_text(client.get("/c/assises/"))


def test_a_consultation_without_enjeux_shows_its_axes_as_the_top_level(client):
    s = factories.scene()
    for priority in db.session.scalars(sa.select(Priority).where(Priority.strategy_id == s.strategy.id)):
        db.session.delete(priority)
    s.strategy.priority_label = ""
    db.session.commit()
    page = raw_text(client.get("/c/assises/strategie/"))
    assert "Enjeu" not in page and '<h2 id="chantier-' in page


PLAN = ("Axes;Objectifs;Actions;2025;2026;Porteur\n"
        "Axe 1 : Promotion;Mieux communiquer;Un guide de destination;réalisée;en cours;Office de tourisme\n"
        "Axe 1 : Promotion;Mieux communiquer;Un site refondu;X;X;Office de tourisme\n")


def _upload(client, content: bytes, name="plan.csv"):
    import io
    return client.post("/c/assises/strategie/importer", data={"file": (io.BytesIO(content), name)},
                       content_type="multipart/form-data")


def _token(response) -> str:
    import re
    return re.search(r'name="token" type="hidden" value="([^"]+)"', raw_text(response)).group(1)


def test_a_plan_is_previewed_its_columns_adjusted_then_imported_once(client, login):
    s = factories.scene()
    login(s.facilitator)
    actions_before = db.session.scalar(sa.select(sa.func.count()).select_from(Action))
    preview = _upload(client, PLAN.encode("cp1252"))
    assert preview.status_code == 200, text_of(preview)[:500]
    page = text_of(preview)
    assert "Rien n'est encore enregistré" in page and "2 actions" in page and "Colonnes des années : 2025, 2026" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == actions_before
    # « Porteur » was guessed as the maîtrise d'ouvrage; the facilitator says it is the operator.
    assert 'id="col-owner"' in raw_text(preview) and '<option value="5" selected>Porteur</option>' in raw_text(preview)
    token = _token(preview)
    columns = {"col-axis": "0", "col-objective": "1", "col-action": "2", "col-operator": "5"}
    again = client.post("/c/assises/strategie/importer", data={"token": token, "go": "preview", **columns})
    assert again.status_code == 200 and db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == \
        actions_before
    done = client.post("/c/assises/strategie/importer", data={"token": token, "go": "import", **columns})
    assert done.status_code == 302 and done.headers["Location"].endswith("/c/assises/strategie/")
    guide = db.session.scalar(sa.select(Action).where(Action.title == "Un guide de destination"))
    assert (guide.operator, guide.owner) == ("Office de tourisme", "")
    # The same file with the same columns again: nothing to change, and no button to import.
    second = _upload(client, PLAN.encode("utf-8"))
    third = client.post("/c/assises/strategie/importer", data={"token": _token(second), "go": "preview", **columns})
    assert "Rien à changer" in text_of(third) and 'value="import"' not in raw_text(third)


def test_a_plan_with_bad_rows_lists_them_all_and_writes_nothing(client, login):
    s = factories.scene()
    login(s.facilitator)
    bad = PLAN + ";Mieux communiquer;Sans axe;X;\nAxe 2;Objectif;Une action;peut-être;\n"
    response = _upload(client, bad.encode())
    page = re.sub(r"<[^>]+>", "", text_of(response))
    assert response.status_code == 400
    assert "contient 2 erreurs : rien n'est importé" in page
    assert "Ligne 4, colonne « Axes » : l'axe de l'action est vide." in page
    assert "Ligne 5, colonne « 2025 » : « peut-être » n'est pas un état" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == 2
    assert "Envoyer un autre fichier" in page  # the columns can still be chosen, or the file sent again
    not_a_table = _upload(client, b"\x00\x01\x02 pas un tableur", "plan.xls")
    assert not_a_table.status_code == 400 and "ni un tableur XLSX" in text_of(not_a_table)


def test_a_token_that_is_not_ours_sends_the_file_again(client, login):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/strategie/importer", data={"token": "faux", "go": "import"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/strategie/importer")


def test_a_year_of_follow_up_is_dated_signed_and_told_to_the_people_behind_the_action(client, login):
    from app.models import Like, Notification

    s = factories.scene()  # its contribution is a source of its action
    db.session.add(Like(contribution_id=s.contribution.id, user_id=s.elected.id))
    db.session.commit()
    login(s.facilitator)
    form = client.get(f"/c/assises/strategie/actions/{s.action.id}/suivi?annee=2026")
    assert form.status_code == 200 and '<option selected value="2026">' in raw_text(form)
    refused = client.post(f"/c/assises/strategie/actions/{s.action.id}/suivi",
                          data={"year": "2026", "state": "outside_cause", "cause": ""})
    assert refused.status_code == 400 and "Dites quelle cause extérieure" in text_of(refused)
    done = client.post(f"/c/assises/strategie/actions/{s.action.id}/suivi", data={
        "year": "2026", "state": "postponed", "postponed_to": "2027", "note": f"Travaux du pont. {HOSTILE}"})
    assert done.status_code == 302 and done.headers["Location"].endswith("#suivi")
    told = {n.user_id: n.reason for n in db.session.scalars(sa.select(Notification).where(
        Notification.action_event_id.is_not(None)))}
    # The author (participant), the commenter (other) and the one who liked (elected); never the facilitator.
    assert told == {s.participant.id: "author", s.other.id: "commenter", s.elected.id: "liker"}
    page = raw_text(client.get(f"/c/assises/strategie/actions/{s.action.id}"))
    assert "Reportée (2027)" in page and "&lt;script&gt;" in page and "<script>alert" not in page
    login(s.participant)
    centre = text_of(client.get("/notifications"))
    assert "Suivi 2026 : reportée (2027)." in centre and "Action numéro 1" in centre
    assert "une contribution que vous avez écrite a été retenue dans cette action" in centre


def test_indicator_values_are_checked_all_at_once_then_saved(client, login):
    s = factories.scene()
    login(s.facilitator)
    added = client.post(f"/c/assises/strategie/actions/{s.action.id}/indicateurs", data={
        "name": "Nuitées marchandes", "unit": "nuitées", "baseline": "38 000", "target": "46 000"})
    assert added.status_code == 302
    from app.models import Indicator, IndicatorValue
    indicator = db.session.scalar(sa.select(Indicator))
    assert (indicator.baseline, indicator.target) == (38000, 46000)
    bad = client.post(f"/c/assises/strategie/actions/{s.action.id}/indicateurs", data={
        f"v-{indicator.id}-2025": "41 500", f"v-{indicator.id}-2026": "beaucoup"})
    assert bad.status_code == 400 and "« beaucoup » n'est pas un nombre." in text_of(bad)
    assert 'value="41 500"' in raw_text(bad)  # what was typed is shown again
    assert db.session.scalar(sa.select(sa.func.count()).select_from(IndicatorValue)) == 0
    good = client.post(f"/c/assises/strategie/actions/{s.action.id}/indicateurs", data={
        f"v-{indicator.id}-2025": "41 500", f"v-{indicator.id}-2026": "43900,5"})
    assert good.status_code == 302
    values = dict(db.session.execute(sa.select(IndicatorValue.year, IndicatorValue.value)).all())
    assert values == {2025: 41500, 2026: 43900.5}
    page = text_of(client.get(f"/c/assises/strategie/actions/{s.action.id}"))
    assert "74 % du chemin en 2026" in page


def test_the_dashboard_tallies_each_year_and_finds_what_is_behind(client, login):
    from app.models import Indicator, IndicatorValue
    from app.services.strategy import ActionFields, YearState

    s = factories.scene()
    who = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    second = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Deuxième action"))
    third = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Troisième action"))
    for action, states in ((s.action, {2025: ProgressState.DONE, 2026: ProgressState.IN_PROGRESS}),
                           (second, {2025: ProgressState.NOT_DONE, 2026: ProgressState.PLANNED}),
                           (third, {2025: ProgressState.PLANNED, 2026: ProgressState.DONE})):
        for year, state in states.items():
            strategy.set_progress(who, s.strategy, action, year, YearState(state))
    indicator = Indicator(action_id=s.action.id, name="Visites guidées", baseline=100, target=400)
    db.session.add(indicator)
    db.session.flush()
    db.session.add(IndicatorValue(indicator_id=indicator.id, year=2026, value=150))  # 17 % of the way, 67 % due
    db.session.commit()
    login(s.elected)
    page = client.get("/c/assises/strategie/tableau-de-bord?annee=2025")
    body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text_of(page)))
    assert page.status_code == 200
    assert "Actions 3 3 0" in body  # three actions run in 2025 and in 2026, none in 2027
    assert "Réalisée 1 1 0" in body and "Non réalisée 1 0 0" in body
    assert "Avancement par chantier en 2025" in body and "33 % réalisées sur 3" in body
    behind = body.split("Actions en retard")[1].split("Indicateurs en dessous")[0]
    # The second (not done, then still planned) is behind; the third was done since; the first is under way.
    assert "Deuxième action" in behind and "Troisième action" not in behind and "Action numéro 1" not in behind
    assert "Visites guidées" in body and "17 %" in body and "67 %" in body
    assert 'style="' not in raw_text(page)  # the charts are drawn with classes (the CSP forbids inline styles)


def test_a_facilitator_chooses_candidates_and_promotes_them_into_a_new_then_an_existing_action(client, login):
    from app.models import Outcome

    s = factories.scene()
    loved = factories.contribution(s.workshop, author=s.other, title="Des bancs à l'ombre", likes=7)
    also = factories.contribution(s.workshop, author=s.other, title="Des fontaines", likes=4)
    later = factories.contribution(s.workshop, author=s.participant, title="Une carte des fontaines", likes=1)
    db.session.commit()
    login(s.facilitator)
    listing = text_of(client.get("/c/assises/strategie/contributions-a-retenir"))
    assert listing.index("Des bancs à l'ombre") < listing.index("Des fontaines") < listing.index("Une carte")
    form = client.get(f"/c/assises/strategie/retenir?ids={loved.id}&ids={also.id}")
    page = raw_text(form)
    assert form.status_code == 200 and 'value="Des bancs à l&#39;ombre"' in page  # the new action's title
    done = client.post("/c/assises/strategie/retenir", data={
        "ids": [str(loved.id), str(also.id)], "mode": "new", "parent": str(s.objective.id),
        "title": "Plus d'ombre et d'eau dans les villages", "note": "Les deux idées vont ensemble."})
    assert done.status_code == 302
    action = db.session.scalar(sa.select(Action).where(Action.title == "Plus d'ombre et d'eau dans les villages"))
    db.session.expire_all()
    assert db.session.get(type(loved), loved.id).outcome == Outcome.PROMOTED
    refused = client.post("/c/assises/strategie/retenir", data={"ids": [str(later.id)], "mode": "existing"})
    assert refused.status_code == 400 and "Choisissez l'action" in text_of(refused)
    client.post("/c/assises/strategie/retenir", data={"ids": [str(later.id)], "mode": "existing",
                                                      "action": str(action.id)})
    page = text_of(client.get(f"/c/assises/strategie/actions/{action.id}"))
    assert "Des bancs à l'ombre" in page and "Une carte des fontaines" in page and "Détacher" in page
    # The contribution's page says where it went, with the action's state.
    shown = text_of(client.get(f"/c/assises/contributions/{loved.id}"))
    assert "Retenue dans la stratégie" in shown and "Plus d'ombre et d'eau dans les villages" in shown
    # The author sees it among their ideas.
    login(s.participant)
    ideas = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text_of(client.get("/c/assises/strategie/idees-retenues"))))
    assert "Vos idées retenues" in ideas and "Une carte des fontaines" in ideas
    assert "4 contributions retenues dans 2 actions" in ideas


def test_detaching_from_the_action_page_asks_why(client, login):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/strategie/actions/{s.action.id}/sources/{s.contribution.id}/detacher"
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Maintenant" in text_of(confirm)
    assert client.post(url, data={"reason": ""}).status_code == 400
    done = client.post(url, data={"reason": "Hors du périmètre de l'action."})
    assert done.status_code == 302
    page = text_of(client.get(f"/c/assises/strategie/actions/{s.action.id}"))
    assert "1 contribution détachée" in page and "Hors du périmètre de l'action." in page
    assert client.get(url).status_code == 403  # already detached


def test_a_visitor_reads_what_became_of_the_ideas_from_the_home_page(client):
    factories.scene()
    db.session.commit()
    home = raw_text(client.get("/c/assises/"))
    assert 'href="/c/assises/strategie/idees-retenues"' in home
    page = text_of(client.get("/c/assises/strategie/idees-retenues"))
    assert "Une navette vers le Pont du Gard" in page and "Vos idées retenues" not in page


def test_the_documents_download_with_their_names(client, login):
    s = factories.scene()
    db.session.commit()
    for url, name, kind in (("/c/assises/strategie/strategie.docx", "strategie-assises.docx", "wordprocessingml"),
                            ("/c/assises/strategie/suivi.docx?annee=2026", "suivi-2026-assises.docx",
                             "wordprocessingml"),
                            ("/c/assises/strategie/plan-d-action.xlsx", "plan-d-action-assises.xlsx", "spreadsheetml")):
        response = client.get(url)
        assert response.status_code == 200 and kind in response.mimetype
        assert f'filename="{name}"' in response.headers["Content-Disposition"]
    assert client.get("/c/copil/strategie/plan-d-action.xlsx").status_code == 404
    login(s.participant)
    assert client.get("/c/assises/contributions.csv").status_code == 403
    login(s.elected)
    table = client.get("/c/assises/contributions.csv")
    assert table.status_code == 200 and "Une navette vers le Pont du Gard" in table.get_data(as_text=True)
    assert 'href="/c/assises/contributions.xlsx"' in raw_text(client.get("/c/assises/contributions"))
