"""The room as people use it: a phone joins by the code, a guest posts with a first name, dots are
placed from the phone, the wall on the projector follows (304 when nothing changed), facilitators
steer it all."""
import html as html_module
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Contribution, Dot, Membership, Origin, User
from app.room.routes import GUEST_COOKIE

from .. import factories
from ..conftest import text_of as raw_text

HOSTILE = '<script>alert("x")</script> « Uzès ⇄ Pont du Gard » 🚌 \u202e'


def text_of(response) -> str:
    return html_module.unescape(raw_text(response))


def _guest_phone(client, s, name="Julie"):
    response = client.post(f"/salle/{s.workshop.room_code}/invite", data={"name": name})
    assert response.status_code == 302, raw_text(response)[:500]
    return response


def test_a_phone_joins_as_a_guest_and_posts_to_the_current_mission(app, client):
    s = factories.scene()
    page = client.get(f"/salle/{s.workshop.room_code.lower()}")  # typed in lower case
    assert page.status_code == 200
    assert "Participer sans compte" in text_of(page) and "Se connecter" in text_of(page)
    response = _guest_phone(client, s, "Julie <b>")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(GUEST_COOKIE) and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert "Vous participez comme « Julie <b> »" in text_of(page)
    assert "Julie <b>" not in raw_text(page)  # escaped
    response = client.post(f"/salle/{s.workshop.room_code}/idee", data={"text": f"Des bancs à l'ombre {HOSTILE}"})
    assert response.status_code == 302
    posted = db.session.scalar(sa.select(Contribution).where(Contribution.origin == Origin.GUEST))
    assert posted.mission_id == s.mission.id and posted.author_name == "Julie <b>" and posted.author_id is None
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert "Des bancs à l'ombre" in text_of(page)  # among "Vos idées dans cet atelier"
    board = client.get(f"/c/assises/ateliers/{s.workshop.id}/contributions")
    assert "Invité·e" in text_of(board) and "<script>alert" not in raw_text(board)


def test_a_guest_keeps_their_text_when_guest_posting_closed_meanwhile(app, client, login):
    s = factories.scene()
    _guest_phone(client, s)
    s.room.guests_open = False
    db.session.commit()
    response = client.post(f"/salle/{s.workshop.room_code}/idee", data={"text": "Un parking vélo"})
    assert response.status_code == 403
    assert "fermée" in text_of(response) and "Un parking vélo" in text_of(response)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)
                             .where(Contribution.origin == Origin.GUEST)) == 0


def test_without_guest_posting_a_visitor_is_asked_to_log_in_and_comes_back(app, client):
    s = factories.scene()
    s.room.guests_open = False
    db.session.commit()
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert "Participer sans compte" not in text_of(page)
    assert f"/compte/connexion?next=/salle/{s.workshop.room_code}" in raw_text(page)
    assert client.post(f"/salle/{s.workshop.room_code}/invite", data={"name": "Zoé"}).status_code == 403


def test_a_member_posts_in_one_tap_and_an_outsider_joins_first(app, client, login):
    s = factories.scene()
    login(s.participant)
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert 'name="text"' in raw_text(page) and "placez vos 3 gommettes" in text_of(page)
    assert client.post(f"/salle/{s.workshop.room_code}/idee", data={"text": "Un marché nocturne"}).status_code == 302
    assert db.session.scalar(sa.select(Contribution.author_id).where(Contribution.title == "Un marché nocturne")) \
        == s.participant.id
    login(s.outsider)
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert "Rejoindre et contribuer" in text_of(page)
    assert client.post(f"/salle/{s.workshop.room_code}").status_code == 302
    assert db.session.scalar(sa.select(Membership).where(Membership.user_id == s.outsider.id)) is not None
    assert 'name="text"' in raw_text(client.get(f"/salle/{s.workshop.room_code}"))


def test_the_code_of_a_room_is_accepted_where_codes_are_typed(app, client):
    s = factories.scene()
    response = client.post("/rejoindre", data={"code": s.workshop.room_code})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/salle/{s.workshop.room_code}")
    assert client.get("/salle/PASUNCODE").status_code == 404
    assert client.get(f"/salle/{s.draft.room_code}").status_code == 404  # a draft workshop stays invisible


def test_dots_from_a_phone_count_once_and_never_exceed_the_vote(app, client):
    s = factories.scene()
    ideas = [factories.contribution(s.workshop, author=s.other, mission=s.mission) for _ in range(4)]
    db.session.commit()
    _guest_phone(client, s)
    page = client.get(f"/salle/{s.workshop.room_code}/gommettes")
    assert "Il vous reste 3 gommettes" in text_of(page)
    url = f"/salle/{s.workshop.room_code}/gommettes/{ideas[0].id}"
    for _ in range(3):  # a triple tap
        response = client.post(url, data={"count": "1"}, headers={"Accept": "application/json"})
        assert response.status_code == 200 and response.json == {"count": 1, "left": 2}
    for idea in ideas[1:3]:
        client.post(f"/salle/{s.workshop.room_code}/gommettes/{idea.id}", data={"count": "1"})
    response = client.post(f"/salle/{s.workshop.room_code}/gommettes/{ideas[3].id}", data={"count": "1"},
                           headers={"Accept": "application/json"})
    assert response.status_code == 409 and "toutes vos gommettes" in response.json["error"]
    response = client.post(f"/salle/{s.workshop.room_code}/gommettes/{ideas[3].id}", data={"count": "1"})
    assert response.status_code == 409 and "toutes vos gommettes" in text_of(response)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Dot).where(Dot.guest_id.is_not(None))) == 3
    assert "Il vous reste 0 gommette" in text_of(client.get(f"/salle/{s.workshop.room_code}/gommettes"))
    response = client.post(url, data={"count": "abc"})
    assert response.status_code == 400


def test_the_wall_refresh_costs_one_query_when_nothing_changed(app, client, login, count_queries):
    s = factories.scene()
    for i in range(5):
        factories.contribution(s.workshop, author=s.other, mission=s.mission, title=f"Idée {i} {HOSTILE}")
    db.session.commit()
    page = client.get("/mur/mur-de-la-scene")
    assert page.status_code == 200 and "<svg" in raw_text(page) and s.workshop.room_code in text_of(page)
    assert "<script>alert" not in raw_text(page) and "Content-Security-Policy" in page.headers
    first = client.get("/mur/mur-de-la-scene/contenu")
    etag = first.headers["ETag"]
    with count_queries() as statements:
        again = client.get("/mur/mur-de-la-scene/contenu", headers={"If-None-Match": etag})
    assert again.status_code == 304 and len(statements) == 1, statements
    _guest_phone(client, s)
    client.post(f"/salle/{s.workshop.room_code}/idee", data={"text": "Une idée toute fraîche"})
    changed = client.get("/mur/mur-de-la-scene/contenu", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and "Une idée toute fraîche" in text_of(changed)
    assert changed.headers["ETag"] != etag


def test_facilitators_steer_the_wall_from_their_phone(app, client, login):
    s = factories.scene()
    idea = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="À retirer du mur")
    db.session.commit()
    login(s.facilitator)
    base = f"/c/assises/ateliers/{s.workshop.id}/salle"
    page = client.get(base)
    assert page.status_code == 200 and s.workshop.room_code in text_of(page) and "/mur/mur-de-la-scene" in text_of(page)
    assert client.post(f"{base}/contributions/{idea.id}", data={"action": "retirer"}).status_code == 302
    assert "À retirer du mur" not in text_of(client.get("/mur/mur-de-la-scene"))
    assert "À retirer du mur" in text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}/contributions"))
    assert client.post(f"{base}/invites", data={"action": "fermer"}).status_code == 302
    assert "Participer sans compte" not in text_of(client.get(f"/salle/{s.workshop.room_code}"))
    assert client.post(f"{base}/mur", data={"action": "revoquer"}).status_code == 302
    assert client.get("/mur/mur-de-la-scene").status_code == 404
    assert client.get("/mur/mur-de-la-scene/contenu").status_code == 404
    # A vote with an unreadable number of dots: the form again, the message next to the field.
    client.post(f"{base}/vote/{s.vote.id}/fin")
    response = client.post(f"{base}/vote", data={"mission": str(s.mission.id), "dots": "99"})
    assert response.status_code == 400 and 'id="dots-error"' in raw_text(response)
    assert client.post(f"{base}/vote", data={"mission": str(s.mission.id), "dots": "2"}).status_code == 302
    result = client.get(f"/c/assises/ateliers/{s.workshop.id}")
    assert "Votes par gommettes" in text_of(result)


def test_a_guest_who_creates_an_account_on_the_phone_claims_their_ideas(app, client):
    s = factories.scene()
    _guest_phone(client, s)
    client.post(f"/salle/{s.workshop.room_code}/idee", data={"text": "Des navettes le dimanche"})
    response = client.post(f"/compte/inscription?next=/salle/{s.workshop.room_code}", data={
        "email": "julie@exemple.fr", "display_name": "Julie", "sector": "hebergement",
        "password": "un mot de passe assez long", "password_confirm": "un mot de passe assez long"})
    assert response.status_code == 302
    page = client.get(f"/salle/{s.workshop.room_code}")
    assert "Rattacher à mon compte" in text_of(page)
    assert client.post(f"/salle/{s.workshop.room_code}/rattacher").status_code == 302
    julie = db.session.scalar(sa.select(User).where(User.email == "julie@exemple.fr"))
    assert db.session.scalar(sa.select(Contribution.author_id).where(
        Contribution.title == "Des navettes le dimanche")) == julie.id
    assert "Rattacher à mon compte" not in text_of(client.get(f"/salle/{s.workshop.room_code}"))


def test_the_room_pages_run_the_same_queries_for_10_and_60_ideas(app, client, login, count_queries):
    s = factories.scene()
    pages = [(None, f"/salle/{s.workshop.room_code}"), (None, "/mur/mur-de-la-scene"),
             (None, "/mur/mur-de-la-scene/contenu"), (None, f"/salle/{s.workshop.room_code}/gommettes"),
             ("facilitator", f"/c/assises/ateliers/{s.workshop.id}/salle"),
             (None, f"/c/assises/ateliers/{s.workshop.id}/votes/{s.vote.id}")]

    def counts():
        found = {}
        for who, url in pages:
            client.post("/compte/deconnexion")
            if who:
                login(getattr(s, who))
            assert client.get(url).status_code == 200, url
            with count_queries() as statements:
                client.get(url)
            found[url] = len(statements)
        return found

    def grow(n, voter):
        for i in range(n):
            c = factories.contribution(s.workshop, author=s.other, mission=s.mission, title=f"Idée {i}")
            if i < 3:
                db.session.add(Dot(vote_id=s.vote.id, contribution_id=c.id, user_id=voter.id, slot=i + 1))
        db.session.commit()

    grow(10, s.other)
    small = counts()
    grow(50, s.elected)
    assert counts() == small
    # One literal count per page (a change of it is a decision): the phone's page reads the session,
    # the workshop, the room, the open vote; the wall adds its removals, cards, their themes, the
    # count, the vote shown and its tally; its refresh reads the version first.
    assert list(small.values()) == [4, 8, 9, 7, 12, 7], small


def test_the_privacy_page_says_what_is_kept_about_guests(app, client):
    page = text_of(client.get("/donnees-personnelles"))
    assert "prénom ou un pseudonyme" in page and "concerto_salle" in page and "aucune adresse ip" in page.lower()
