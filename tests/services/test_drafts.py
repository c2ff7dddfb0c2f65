"""The draft synthesis of the assistant: written from a grouping, every sentence under a heading
cites one to five readable contributions, small groups are never called trends, the same input
gives the same draft, and it cannot be published before a facilitator has changed it."""
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Report, ReportKind, ReportStatus, Role, WorkshopStatus
from app.services import drafts, groupings, reports
from app.services.errors import DomainError
from app.services.permissions import access_for
from app.services.text import REFERENCE

from .. import factories
from ..conftest import text_of

HOSTILE = '<script>alert("x")</script> *gras* [lien](javascript:alert(1)) #1 « Uzès » \u202e'
TOPICS = {
    "navette": ["Une navette entre la gare d'Avignon et Uzès tous les jours de l'été.",
                "Un bus pour relier la gare TGV aux villages, deux fois par jour.",
                "Des cars le soir pour rentrer de la gare sans voiture.",
                "Une navette depuis les campings vers la gare et le centre."],
    "marché": ["Un marché de producteurs le vendredi soir sur la place.",
               "Vendre les fromages de chèvre et les vins au marché du soir.",
               "Un marché paysan sur la place aux Herbes tous les samedis."],
    "sentier": ["Baliser les sentiers de randonnée autour du Gardon."],
}


def _scene():
    s = factories.scene()
    people = [s.participant, s.other, s.elected]
    for topic, texts in TOPICS.items():
        for i, text in enumerate(texts):
            factories.contribution(s.workshop, author=people[i % 3], mission=s.mission, title=text[:60],
                                   body=f"{text} {HOSTILE if i == 0 else ''} C'est important pour nous.",
                                   likes=i + 1)
    hidden = factories.contribution(s.draft, author=s.other, title="Une navette secrète vers la gare",
                                    body="Dans un atelier encore en préparation.")
    db.session.commit()
    access = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    grouping = groupings.propose(access, s.workshop)
    # The contribution of an atelier in preparation, put in by hand: never cited.
    from app.models import GroupingMember
    db.session.add(GroupingMember(grouping_id=grouping.id, contribution_id=hidden.id,
                                  group_id=grouping.groups[0].id))
    db.session.commit()
    return s, access, grouping, hidden


def _sentences_under_headings(body: str) -> list[str]:
    after_first_heading = body.split("\n## ", 1)[1]
    lines = [line for line in after_first_heading.splitlines()[1:] if line.strip() and not line.startswith("## ")]
    return lines


def test_every_sentence_cites_one_to_five_readable_contributions(app):
    s, access, grouping, hidden = _scene()
    report = drafts.draft_synthesis(access, grouping)
    db.session.commit()
    assert report.kind == ReportKind.SYNTHESIS and report.status == ReportStatus.DRAFT
    assert report.workshop_id == s.workshop.id
    body = report.body
    assert body.startswith("*Brouillon rédigé automatiquement") and "empreinte" in body
    readable = {c for c in db.session.scalars(sa.select(sa.text("id")).select_from(sa.text("contributions")).where(
        sa.text(f"workshop_id = {s.workshop.id} AND status = 'published'")))}
    lines = _sentences_under_headings(body)
    assert lines
    for line in lines:
        cited = [int(n) for n in REFERENCE.findall(line)]
        assert 1 <= len(cited) <= 5, line
        assert set(cited) <= readable and hidden.id not in cited, line
    # Quotes are as written, made inert: no live HTML, no link, no reference smuggled in.
    assert "<script>" not in body and "](javascript" not in body.replace("\\](javascript", "")
    assert "n° 1" in body or "#1 " not in body


def test_a_small_group_is_never_called_a_trend(app):
    s, access, grouping, _ = _scene()
    body = drafts.compose(grouping)[0]
    for section in body.split("\n## ")[1:]:
        label = section.splitlines()[0]
        group = next(g for g in grouping.groups if g.label == label)
        count = len([v for v in groupings.view(grouping) if v.group.id == group.id][0].contributions)
        if count < drafts.TREND:
            assert "tendance" not in section.replace("Pas une tendance", ""), section


def test_the_same_input_gives_the_same_draft_and_a_change_another(app):
    s, access, grouping, _ = _scene()
    first, mark, total = drafts.compose(grouping)
    again, mark_again, _ = drafts.compose(grouping)
    assert (first, mark) == (again, mark_again) and mark[:12] in first and f"{total} contributions" in first
    groupings.rename(access, grouping, grouping.groups[0].id, "Venir sans voiture")
    changed, other_mark, _ = drafts.compose(grouping)
    assert other_mark != mark and "## Venir sans voiture" in changed


def test_a_draft_cannot_be_published_before_a_facilitator_changed_it(app, client, login):
    s, access, grouping, _ = _scene()
    login(s.facilitator)
    response = client.post(f"/c/assises/assistant/regroupements/{grouping.id}/synthese")
    report = db.session.scalar(sa.select(Report).order_by(Report.id.desc()))
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/documents/{report.id}/modifier")
    assert report.drafted_hash == reports.body_hash(report.body)
    refused = client.post(f"/c/assises/documents/{report.id}/publication", data={"etat": "publie"})
    assert refused.status_code == 302
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.DRAFT
    assert "relisez-le et modifiez-le" in text_of(client.get(f"/c/assises/documents/{report.id}"))
    try:
        reports.publish_report(access, db.session.get(Report, report.id))
        raise AssertionError("an unchanged draft was published")
    except DomainError:
        db.session.rollback()
    edited = report.body.replace("*Brouillon rédigé automatiquement", "*Relu par l'équipe ; brouillon rédigé "
                                                                      "automatiquement")
    client.post(f"/c/assises/documents/{report.id}/modifier",
                data={"title": report.title, "body": edited, "authors": "L'équipe d'animation"})
    client.post(f"/c/assises/documents/{report.id}/publication", data={"etat": "publie"})
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.PUBLISHED
    # Published, its references are links with the contributions' titles.
    page = text_of(client.get(f"/c/assises/documents/{report.id}"))
    first = int(REFERENCE.findall(edited.split("\n## ", 1)[1])[0])
    assert re.search(rf'href="[^"]*/contributions/{first}"', page)
