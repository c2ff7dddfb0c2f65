"""Answers, merges, reports and moderation as people use them in the browser, without JavaScript:
what each page shows, what each POST changes, and what a GET never does."""
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import (
    Comment,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Flag,
    Like,
    Outcome,
)

from .. import factories
from ..conftest import text_of


def _event_count():
    return db.session.scalar(sa.select(sa.func.count(ContributionEvent.id)))


def test_a_facilitator_answers_with_a_preview_and_the_author_reads_it(client, login, app):
    s = factories.scene()
    url = f"/c/assises/contributions/{s.contribution.id}"
    login(s.facilitator)
    page = text_of(client.get(f"{url}/reponse?modele={s.template.id}"))
    assert "C&#39;est prévu au programme de l&#39;an prochain." in page  # the template fills the answer
    preview = client.post(f"{url}/reponse", data={"outcome": "declined", "answer": "Hors **budget**", "preview": "1"})
    assert preview.status_code == 200 and "<strong>budget</strong>" in text_of(preview)
    assert _event_count() == 2  # the preview saved nothing
    missing = client.post(f"{url}/reponse", data={"outcome": "declined", "answer": " "})
    assert missing.status_code == 400 and "Écrivez la réponse" in text_of(missing)
    done = client.post(f"{url}/reponse", data={"outcome": "declined", "answer": "Hors **budget** cette année."})
    assert done.status_code == 302 and re.search(r"#evt-\d+$", done.headers["Location"])
    login(s.participant)
    html = text_of(client.get(url))
    assert "Réponse de l'équipe d'animation" in html and "Non retenue" in html
    assert "Hors <strong>budget</strong> cette année." in html
    assert "Fanny Animatrice (animation) n&#39;a pas retenu cette contribution." in html
    assert re.search(r'<li id="evt-\d+" class="history__item">', html)
    board = text_of(client.get("/c/assises/contributions?reponse=declined"))
    assert "Une navette vers le Pont du Gard" in board and "chip--declined" in board and "1 contribution" in board
    assert "Une navette" not in text_of(client.get("/c/assises/contributions?reponse=answered"))


def test_only_facilitators_select_on_boards(client, login, app):
    s = factories.scene()
    login(s.elected)
    assert 'form="selection"' not in text_of(client.get("/c/assises/contributions"))
    login(s.facilitator)
    board = text_of(client.get("/c/assises/contributions"))
    assert 'id="selection"' in board and f'name="ids" value="{s.contribution.id}" form="selection"' in board


def test_ten_contributions_answered_at_once_each_in_its_history(client, login, app):
    s = factories.scene()
    chosen = [factories.contribution(s.workshop, author=s.other, title=f"Idée {i}") for i in range(10)]
    db.session.commit()
    ids = "&".join(f"ids={c.id}" for c in chosen)
    login(s.facilitator)
    page = text_of(client.get(f"/c/assises/reponses?{ids}&modele={s.template.id}&next=/c/assises/contributions"))
    assert page.count('name="ids"') >= 10 and "C&#39;est prévu au programme" in page
    before = _event_count()
    # Without JavaScript: the checked boxes, the outcome and the adjusted text are sent; one left out.
    data = {"ids": [str(c.id) for c in chosen[:9]] + ["999999"], "outcome": "answered",
            "answer": "C'est prévu au programme 2027.", "next": "/c/assises/contributions"}
    done = client.post(f"/c/assises/reponses?{ids}", data=data)
    assert done.status_code == 302 and done.headers["Location"].endswith("/c/assises/contributions")
    assert _event_count() == before + 9
    outcomes = dict(db.session.execute(sa.select(Contribution.id, Contribution.outcome)
                                       .where(Contribution.id.in_([c.id for c in chosen]))).all())
    assert sorted(outcomes.values()).count(Outcome.ANSWERED) == 9 and outcomes[chosen[9].id] == Outcome.NONE


def test_a_merge_is_shown_before_it_is_made_and_can_be_undone(client, login, app):
    s = factories.scene()
    duplicate = factories.contribution(s.workshop, author=s.other, title="Navette pour le Pont du Gard")
    fans = [factories.member(s.consultation) for _ in range(2)]
    factories.like(s.contribution, fans[0])
    factories.like(duplicate, fans[0])
    factories.like(duplicate, fans[1])
    db.session.commit()
    login(s.facilitator)
    ids = {"ids": [str(s.contribution.id), str(duplicate.id)]}
    form = text_of(client.get(f"/c/assises/fusion?ids={s.contribution.id}&ids={duplicate.id}"))
    assert f'value="{duplicate.id}" checked' in form  # the most liked is proposed to receive the other
    plan = client.post("/c/assises/fusion", data={**ids, "target": str(duplicate.id), "note": "Même idée"})
    assert plan.status_code == 200 and "Ce qui va se passer" in text_of(plan)
    assert "2 personnes" in text_of(plan)  # two distinct supporters, one liked both
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.PUBLISHED
    done = client.post("/c/assises/fusion", data={**ids, "target": str(duplicate.id), "note": "Même idée",
                                                  "confirmed": "1"})
    assert done.status_code == 302 and done.headers["Location"].endswith(f"/contributions/{duplicate.id}")
    target = text_of(client.get(f"/c/assises/contributions/{duplicate.id}"))
    assert "Contributions fusionnées dans celle-ci" in target and "2 personnes soutiennent cette idée" in target
    assert "Paula Participante" in target  # the merged one's author, now a co-author
    source = text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    assert "a été fusionnée dans une autre" in source and "Navette pour le Pont du Gard" in source
    assert db.session.scalar(sa.select(sa.func.count(Like.id))) == 3  # likes stay where they were made
    assert client.post(f"/c/assises/contributions/{s.contribution.id}/annuler-fusion").status_code == 400
    undone = client.post(f"/c/assises/contributions/{s.contribution.id}/annuler-fusion",
                         data={"reason": "Deux idées distinctes"})
    assert undone.status_code == 302
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.PUBLISHED
    history = text_of(client.get(f"/c/assises/contributions/{duplicate.id}"))
    assert "a annulé la fusion d&#39;une autre contribution dans celle-ci" in history


def test_a_refused_merge_says_why_and_writes_nothing(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    before = _event_count()
    response = client.post("/c/assises/fusion", data={"ids": [str(s.contribution.id)],
                                                      "target_number": str(s.contribution.id), "confirmed": "1"})
    assert response.status_code == 400 and "Choisissez au moins une contribution à fusionner" in text_of(response)
    foreign = client.post("/c/assises/fusion", data={"ids": [str(s.contribution.id)],
                                                     "target_number": str(s.private_contribution.id)})
    assert foreign.status_code == 400 and _event_count() == before


def test_the_withdrawn_page_shows_neither_likes_nor_comments(client, login, app):
    s = factories.scene()
    login(s.participant)
    client.post(f"/c/assises/contributions/{s.contribution.id}/retirer")
    login(s.other)
    html = text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    assert "retirée par son auteur" in html
    for gone in ("Commentaires", "Bonne idée, avec des vélos", "j&#39;aime", "Ajouter un commentaire"):
        assert gone not in html, gone


def test_members_report_and_facilitators_decide_from_the_queue(client, login, app):
    s = factories.scene()
    login(s.elected)
    url = f"/c/assises/contributions/{s.contribution.id}/signaler"
    assert "Qu'est-ce qui pose problème ?" in text_of(client.get(url))
    other = client.post(url, data={"reason": "other", "text": ""})
    assert other.status_code == 400 and "Dites en quelques mots" in text_of(other)
    assert client.post(url, data={"reason": "off_topic"}).status_code == 302
    assert client.post(f"/c/assises/commentaires/{s.comment.id}/signaler", data={"reason": "spam"}).status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(Flag.id))) == 2
    login(s.facilitator)
    queue = text_of(client.get("/c/assises/moderation/"))
    assert "2 signalements" not in queue and queue.count("Examiner et décider") == 2
    review = f"/c/assises/moderation/m{s.comment.id}"
    assert "Publicité ou message indésirable" in text_of(client.get(review))
    assert client.post(review, data={"decision": "hide", "reason": ""}).status_code == 400
    assert client.post(review, data={"decision": "hide", "reason": "Publicité"}).status_code == 302
    assert db.session.get(Comment, s.comment.id).status.value == "hidden"
    assert text_of(client.get("/c/assises/moderation/")).count("Examiner et décider") == 1
    login(s.other)  # the author of the comment reads why, on the page and in the notification centre
    assert "Publicité" in text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    centre = text_of(client.get("/notifications"))
    assert "a masqué votre commentaire" in centre and "Publicité" in centre


def test_the_audit_log_filters_and_downloads(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    client.post(f"/c/assises/contributions/{s.contribution.id}/reponse",
                data={"outcome": "answered", "answer": "Oui ; à l'étude, \"vraiment\""})
    page = text_of(client.get("/c/assises/moderation/journal?type=outcome"))
    assert "a répondu à cette contribution" in page and "a publié" not in page
    bad = client.get("/c/assises/moderation/journal?du=31/02/2026")
    assert bad.status_code == 400 and "n&#39;existe pas" in text_of(bad)
    csv = client.get("/c/assises/moderation/journal.csv?type=outcome")
    assert csv.status_code == 200 and csv.mimetype == "text/csv"
    assert "attachment" in csv.headers["Content-Disposition"]
    body = csv.get_data(as_text=True)
    assert body.startswith("\ufeffdate;evenement;contribution") and '"Oui ; à l\'étude, ""vraiment"""' in body
    assert "posted" not in body


def test_the_notification_centre_and_marking_read(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    for outcome, answer in (("review", ""), ("answered", "Première"), ("declined", "Finalement non")):
        client.post(f"/c/assises/contributions/{s.contribution.id}/reponse", data={"outcome": outcome, "answer": answer})
    login(s.participant)
    page = text_of(client.get("/notifications"))
    assert '<span class="badge">3' in page and page.count("Non lue") == 3
    assert "Parce que vous avez écrit cette contribution." in page and "Finalement non" in page
    first = int(re.search(r'name="ids" value="(\d+)"', page).group(1))
    client.post("/notifications/lues", data={"ids": str(first)})
    assert text_of(client.get("/notifications")).count("Non lue") == 2
    client.post("/notifications/lues", data={"tout": "1"})
    page = text_of(client.get("/notifications"))
    assert "Non lue" not in page and 'class="badge"' not in page


def test_e_mail_preferences_from_the_account_and_from_an_e_mail_link(client, login, app, runner, outbox):
    s = factories.scene()
    login(s.participant)
    assert client.post("/notifications/preferences", data={"email_frequency": "immediate"}).status_code == 302
    login(s.facilitator)
    client.post(f"/c/assises/contributions/{s.contribution.id}/reponse",
                data={"outcome": "declined", "answer": "Pas cette année."})
    client.post("/compte/deconnexion")
    result = runner.invoke(args=["notifications", "send"])
    assert result.exit_code == 0 and "1 e-mail(s) de notification" in result.output
    [email] = [m for m in outbox() if m["To"] == s.participant.email]
    assert "Pas cette année." in email.get_content()
    link = email["List-Unsubscribe"].strip("<>")
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = "/" + link.split("/", 3)[3]
    page = text_of(client.get(path))  # no login needed
    assert "participant@exemple.fr" in page and re.search(r'<input checked[^>]*value="immediate"', page)
    assert client.post(path, data={"email_frequency": "weekly"}).status_code == 302
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    db.session.expire_all()
    assert db.session.get(factories.User, s.participant.id).email_frequency.value == "never"


def test_no_event_is_written_by_a_page_that_only_shows(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    before = _event_count()
    for url in (f"/c/assises/contributions/{s.contribution.id}/reponse", f"/c/assises/fusion?ids={s.contribution.id}",
                f"/c/assises/contributions/{s.contribution.id}/masquer", "/c/assises/moderation/",
                f"/c/assises/moderation/c{s.contribution.id}", "/notifications"):
        assert client.get(url).status_code == 200, url
    assert _event_count() == before
    assert db.session.scalar(sa.select(sa.func.count(ContributionEvent.id)).where(
        ContributionEvent.kind == EventKind.OUTCOME)) == 0


def test_answer_templates_are_written_changed_and_deleted_after_confirming(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    empty = client.post("/c/assises/modeles-de-reponse", data={"title": " ", "outcome": "answered", "body": "x"})
    assert empty.status_code == 400
    created = client.post("/c/assises/modeles-de-reponse",
                          data={"title": "Hors champ", "outcome": "declined", "body": "Relève de la commune."})
    assert created.status_code == 302
    listed = text_of(client.get("/c/assises/modeles-de-reponse"))
    assert "Hors champ" in listed and "Déjà prévu" in listed and "Non retenue" in listed
    template = db.session.scalar(sa.select(factories.AnswerTemplate).where(factories.AnswerTemplate.title == "Hors champ"))
    edit = f"/c/assises/modeles-de-reponse/{template.id}"
    assert client.post(edit, data={"title": "Hors du champ", "outcome": "declined", "body": "x"}).status_code == 302
    delete = f"{edit}/supprimer"
    assert "Supprimer le modèle « Hors du champ » ?" in text_of(client.get(delete))
    assert db.session.get(factories.AnswerTemplate, template.id) is not None  # the GET only asks
    assert client.post(delete).status_code == 302
    db.session.expire_all()
    assert db.session.get(factories.AnswerTemplate, template.id) is None
    login(s.elected)
    assert client.get("/c/assises/modeles-de-reponse").status_code == 403
