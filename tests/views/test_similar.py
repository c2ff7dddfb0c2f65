"""Similar ideas while writing: vectors kept when a text is written, close ideas offered while
typing (a piece of the form's page) and, without JavaScript, on a page before publishing."""
import sqlalchemy as sa

from app.extensions import db
from app.models import Contribution, ContributionStatus, ContributionVector, Role, WorkshopStatus
from app.services import contributions, embeddings, similar
from app.services.permissions import access_for

from .. import factories
from ..conftest import text_of

HOSTILE = '<script>alert("x")</script> « Uzès ⇄ Pont du Gard » 🚌 \u202e'
SHUTTLE = ("Une navette entre la gare d'Avignon et Uzès",
           "Mettre en place une navette régulière entre la gare TGV d'Avignon, le Pont du Gard et Uzès l'été.")
OTHERS = [("Un marché de producteurs le vendredi soir", "Fromages de chèvre, vins et huile d'olive sur la place."),
          ("Baliser les sentiers de randonnée", "Des panneaux aux croisements des chemins de la garrigue."),
          ("Former les saisonniers à l'accueil", "Une demi-journée pour connaître le territoire avant l'été.")]


def _vectors():
    return db.session.execute(sa.select(ContributionVector.contribution_id, ContributionVector.id,
                                        ContributionVector.method)).all()


def _posted(s, title, body, who=None):
    access = access_for(who or s.other, s.consultation, Role.PARTICIPANT)
    made = contributions.post_contribution(access, s.workshop, s.mission, title, body)
    db.session.commit()
    return made


def _board(s):
    return [_posted(s, *SHUTTLE)] + [_posted(s, title, body) for title, body in OTHERS]


def test_a_vector_is_kept_when_a_text_is_written_and_replaced_when_it_changes(app):
    s = factories.scene()
    shuttle = _posted(s, *SHUTTLE)
    (contribution_id, first_id, method), = _vectors()
    assert (contribution_id, method) == (shuttle.id, embeddings.MODEL)
    author = access_for(s.other, s.consultation, Role.PARTICIPANT)
    contributions.edit_contribution(author, shuttle, shuttle.title, shuttle.body)  # nothing changed
    assert _vectors()[0].id == first_id
    contributions.edit_contribution(author, shuttle, "Un bus vers la gare", shuttle.body)
    db.session.commit()
    (_, second_id, _), = _vectors()
    assert second_id > first_id  # a new row: the workers' indexes read it
    db.session.delete(shuttle)
    db.session.commit()
    assert _vectors() == []


def test_close_ideas_are_what_the_member_may_read_closest_first(app):
    s = factories.scene()
    shuttle, market, *_ = _board(s)
    participant = access_for(s.participant, s.consultation, Role.PARTICIPANT)
    found = similar.close_ideas(participant, "Un bus pour aller à la gare TGV", "Pour les touristes sans voiture.")
    assert [idea.contribution.id for idea in found][:1] == [shuttle.id]
    assert all(idea.similarity >= similar.THRESHOLD[embeddings.MODEL] for idea in found)
    assert market.id not in {idea.contribution.id for idea in found}
    assert similar.close_ideas(participant, "Une navette", "") == []  # two words: not yet an idea
    # Withdrawn, or in a workshop still in preparation: no longer offered to a participant.
    shuttle.status = ContributionStatus.WITHDRAWN
    draft_twin = factories.contribution(s.draft, author=s.other, title=SHUTTLE[0], body=SHUTTLE[1])
    similar.remember([(draft_twin.id, draft_twin.consultation_id, draft_twin.title, draft_twin.body)])
    db.session.commit()
    found = similar.close_ideas(participant, "Un bus pour aller à la gare TGV", "Pour les touristes sans voiture.")
    assert {shuttle.id, draft_twin.id}.isdisjoint(idea.contribution.id for idea in found)
    facilitator = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    assert draft_twin.id in {i.contribution.id for i in similar.close_ideas(facilitator, *SHUTTLE)}
    # Another concertation's ideas are never offered.
    private = access_for(s.private_member, s.private, Role.PARTICIPANT)
    assert similar.close_ideas(private, *SHUTTLE) == []


def test_the_command_computes_the_vectors_written_before_the_assistant(app, runner):
    s = factories.scene()
    for title, body in OTHERS:
        factories.contribution(s.workshop, author=s.other, title=title, body=body + HOSTILE)
    db.session.commit()
    before = db.session.scalar(sa.select(sa.func.count(Contribution.id)))
    result = runner.invoke(args=["assistant", "vectors", "--consultation", "assises"])
    assert result.exit_code == 0 and "vecteur(s) calculé(s), par le modèle multilingue" in result.output
    assert len(_vectors()) == db.session.scalar(sa.select(sa.func.count(Contribution.id)).where(
        Contribution.consultation_id == s.consultation.id)) < before
    again = runner.invoke(args=["assistant", "vectors"])
    assert "1 vecteur(s)" in again.output  # the private concertation's idea
    assert "à jour" in runner.invoke(args=["assistant", "vectors"]).output
    unknown = runner.invoke(args=["assistant", "vectors", "--consultation", "nulle-part"])
    assert unknown.exit_code != 0 and "Aucune concertation" in unknown.output


def test_the_form_shows_close_ideas_while_typing(app, client, login, count_queries):
    s = factories.scene()
    shuttle, *_ = _board(s)
    login(s.participant)
    page = text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}/contribuer"))
    assert "data-close-ideas=" in page and 'aria-live="polite"' in page
    url = f"/c/assises/ateliers/{s.workshop.id}/idees-proches"
    query = {"titre": "Un bus pour aller à la gare TGV", "texte": "Pour les touristes sans voiture. " + HOSTILE}
    client.get(url, query_string=query)
    with count_queries() as statements:
        response = client.get(url, query_string=query)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "private, no-store"
    html = text_of(response)
    assert "idée proche" in html and shuttle.title.replace("'", "&#39;") in html and "<form" not in html
    assert "<script>" not in html
    assert len(statements) == 6  # session user, membership, workshop, new vectors, contributions, likes
    assert text_of(client.get(url, query_string={"titre": "Bonjour"})).strip() == ""
    assert text_of(client.get(url, query_string={"titre": HOSTILE * 200, "texte": "\x00" * 5000})).count("<script>") == 0


def test_without_script_the_first_submit_shows_the_close_ideas_before_publishing(app, client, login):
    s = factories.scene()
    shuttle, *_ = _board(s)
    login(s.participant)
    url = f"/c/assises/ateliers/{s.workshop.id}/contribuer"
    typed = {"title": "Un bus pour aller à la gare TGV", "body": "Pour les touristes sans voiture. " + HOSTILE,
             "mission": str(s.mission.id)}
    count = db.session.scalar(sa.select(sa.func.count(Contribution.id)))
    page = client.post(url, data=typed)
    html = text_of(page)
    assert page.status_code == 200 and "Avant de publier" in html and "Publier la mienne quand même" in html
    assert f"/contributions/{shuttle.id}/aime" in html  # support it from here
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert db.session.scalar(sa.select(sa.func.count(Contribution.id))) == count  # nothing written yet
    back = client.post(url, data={**typed, "retour": "1"})
    assert back.status_code == 200 and 'value="Un bus pour aller à la gare TGV"' in text_of(back)
    assert db.session.scalar(sa.select(sa.func.count(Contribution.id))) == count
    done = client.post(url, data={**typed, "proches": "vues"})
    assert done.status_code == 302
    assert db.session.scalar(sa.select(Contribution.title).order_by(Contribution.id.desc()).limit(1)) == typed["title"]
    # An idea close to nothing is published at the first submit.
    alone = client.post(url, data={"title": "Des toilettes publiques propres au parking", "body": "Avec un point d'eau."})
    assert alone.status_code == 302


def test_a_workshop_in_preparation_has_no_close_ideas_for_a_participant(app, client, login):
    s = factories.scene()
    _board(s)
    s.workshop.status = WorkshopStatus.DRAFT
    db.session.commit()
    login(s.participant)
    assert client.get(f"/c/assises/ateliers/{s.workshop.id}/idees-proches", query_string={"titre": SHUTTLE[0]}
                      ).status_code in (403, 404)
