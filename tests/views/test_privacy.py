"""Personal data: the privacy page, the download of one's data, and deleting one's account."""
import json

import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import (
    Attendance, Comment, CommentStatus, Contribution, ContributionEvent, ContributionStatus, Like, Membership,
    OutgoingEmail, User,
)

from .. import factories
from ..conftest import text_of


def test_privacy_page_says_what_why_how_long_and_who_to_ask(client):
    html = text_of(client.get("/donnees-personnelles"))
    for words in ("Ce qui est conservé", "Pourquoi", "Combien de temps", "Vos droits", "CNIL"):
        assert words in html


def test_download_my_data(client, login, app):
    s = factories.scene()
    factories.like(s.contribution, s.other)
    db.session.add(Attendance(workshop_id=s.workshop.id, user_id=s.other.id))
    db.session.commit()
    login(s.other)
    response = client.get("/compte/mes-donnees")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert data["profile"]["email"] == "autre@exemple.fr"
    assert [m["slug"] for m in data["memberships"]] == ["assises"]
    assert [c["body"] for c in data["comments"]] == ["Bonne idée, avec des vélos."]
    assert [like["contribution"] for like in data["likes"]] == ["Une navette vers le Pont du Gard"]
    assert data["workshops_attended"] == [{"workshop": "Parcours client", "consultation": "Assises du tourisme"}]
    login(s.participant)
    assert [c["title"] for c in json.loads(client.get("/compte/mes-donnees").data)["contributions"]] == [
        "Une navette vers le Pont du Gard"]


def _setup_deletion(s):
    factories.like(s.contribution, s.other)
    db.session.add(Attendance(workshop_id=s.workshop.id, user_id=s.other.id))
    own = factories.contribution(s.workshop, author=s.other, title="Mon idée à moi")
    db.session.add(OutgoingEmail(recipient=s.other.email, subject="x", body="y"))
    db.session.commit()
    return own


def test_delete_account_keeps_contributions_anonymous_and_likes_counted(client, login, app):
    s = factories.scene()
    own = _setup_deletion(s)
    user_id = s.other.id
    login(s.other)
    wrong = client.post("/compte/supprimer", data={"password": "pas le bon"})
    assert wrong.status_code == 400 and db.session.get(User, user_id) is not None
    assert client.post("/compte/supprimer", data={"password": factories.PASSWORD}).status_code == 302
    db.session.expire_all()
    assert db.session.get(User, user_id) is None
    assert db.session.get(Contribution, own.id).author_id is None
    assert db.session.get(Contribution, own.id).status == ContributionStatus.PUBLISHED
    assert db.session.get(Comment, s.comment.id).author_id is None
    assert db.session.get(Contribution, s.contribution.id).like_count == 1
    assert db.session.scalar(sa.select(sa.func.count(Like.id))) == 1
    for model, column in ((Membership, Membership.user_id), (Attendance, Attendance.user_id),
                          (Like, Like.user_id), (Comment, Comment.author_id), (Contribution, Contribution.author_id),
                          (ContributionEvent, ContributionEvent.actor_id)):
        assert db.session.scalar(sa.select(sa.func.count()).select_from(model).where(column == user_id)) == 0
    assert db.session.scalar(sa.select(sa.func.count(OutgoingEmail.id))) == 0
    page = text_of(client.get(f"/c/assises/contributions/{own.id}"))
    assert "Participant·e anonyme" in page and "Olivier Autre" not in page
    assert client.get("/compte/profil").status_code == 302  # logged out


def test_delete_account_and_withdraw_everything(client, login, app):
    s = factories.scene()
    own = _setup_deletion(s)
    login(s.other)
    assert client.post("/compte/supprimer", data={"password": factories.PASSWORD, "withdraw": "y"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Contribution, own.id).status == ContributionStatus.WITHDRAWN
    assert db.session.get(Comment, s.comment.id).status == CommentStatus.WITHDRAWN
    assert db.session.get(Contribution, s.contribution.id).comment_count == 0
    assert "Mon idée à moi" not in text_of(client.get("/c/assises/contributions"))


@pytest.mark.parametrize("url", ["/compte/mes-donnees", "/compte/supprimer"])
def test_personal_pages_need_a_login(client, url):
    assert client.get(url).status_code == 302
