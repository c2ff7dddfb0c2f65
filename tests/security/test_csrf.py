"""With CSRF protection on (as in production), a POST without its token is refused."""
import re

import pytest
import sqlalchemy as sa
from flask import url_for

from app.extensions import db
from app.models import Contribution, Like, Membership, Mission, Theme

from .. import factories
from ..conftest import text_of
from ..routes_table import EXPECTED, url_values

# A refused token is decided before any query: run by make test, not again on PostgreSQL.
pytestmark = pytest.mark.once

# The one route that accepts a POST without a CSRF token, and why. Nothing else may join this list.
EXEMPT = {
    "notifications.email_preferences": "RFC 8058: mail software posts the one-click unsubscribe without a CSRF "
                                       "token; the signed token of the address in the URL authorises it",
}


def test_post_without_token_is_refused_and_with_token_accepted(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        s = factories.scene()
        contribution_id, email = s.contribution.id, s.other.email
    client = app.test_client()
    page = client.get("/compte/connexion")
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', text_of(page)).group(1)
    refused = client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    assert refused.status_code == 400
    assert client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD,
                                                  "csrf_token": token}).status_code == 302
    like_url = f"/c/assises/contributions/{contribution_id}/aime"
    forged = client.post(like_url, data={"aime": "1"})
    assert forged.status_code == 400 and "Le formulaire a expiré" in text_of(forged)
    wrong = client.post(like_url, data={"aime": "1", "csrf_token": "x" + token[1:]},
                        headers={"Accept": "application/json"})
    assert wrong.status_code == 400
    page = text_of(client.get(f"/c/assises/contributions/{contribution_id}"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post(like_url, data={"aime": "1", "csrf_token": token}).status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Like.id))) == 1


def _all_rows():
    return {table.name: db.session.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            for table in db.metadata.sorted_tables} | {
        "statuses": tuple(db.session.scalars(sa.select(Contribution.status).order_by(Contribution.id))),
        "themes": tuple(db.session.scalars(sa.select(Theme.name).order_by(Theme.id))),
        "roles": tuple(db.session.scalars(sa.select(Membership.role).order_by(Membership.id))),
        "missions": tuple(db.session.execute(sa.select(Mission.position, Mission.is_open).order_by(Mission.id))),
    }


def test_every_state_changing_route_refuses_a_post_without_token(make_app):
    """Generated from the URL map: every route that accepts POST answers 400 to a POST without its
    CSRF token, even from a logged-in facilitator, and changes nothing."""
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        s = factories.scene()
        values = url_values(s)
        client = app.test_client()
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                          text_of(client.get("/compte/connexion"))).group(1)
        assert client.post("/compte/connexion", data={"email": s.facilitator.email, "password": factories.PASSWORD,
                                                      "csrf_token": token}).status_code == 302
        before = _all_rows()
        checked = 0
        for rule in app.url_map.iter_rules():
            if "POST" not in rule.methods or rule.endpoint in EXEMPT:
                continue
            url = url_for(rule.endpoint, **{name: values[name] for name in rule.arguments})
            response = client.post(url, data={"title": "x", "name": "x", "body": "x", "reason": "x", "role": "elected",
                                              "aime": "1", "sens": "haut", "ouvrir": "0", "password": "x"})
            assert response.status_code == 400, (rule.endpoint, response.status_code)
            checked += 1
        db.session.expire_all()
        assert _all_rows() == before
        assert checked == len([k for k in EXPECTED if k[0] == "POST"]) - len(EXEMPT)


def test_the_one_exemption_is_authorised_by_its_signed_token(make_app):
    """The one-click unsubscribe works without a CSRF token, for the address its signed token names
    only: a forged or altered token changes nothing."""
    from app.models import EmailFrequency, User
    from app.services.notifications import preference_token

    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        s = factories.scene()
        token = preference_token(s.participant)
        other = s.other.id
        db.session.commit()
        client = app.test_client()
        for forged in (token[:-2] + "xx", preference_token(s.outsider) + "x", "a.b.c"):
            assert client.post(f"/e-mails/{forged}", data={"List-Unsubscribe": "One-Click"}).status_code == 404
        assert client.post(f"/e-mails/{token}", data={"List-Unsubscribe": "One-Click"}).status_code == 200
        db.session.expire_all()
        assert db.session.get(User, s.participant.id).email_frequency == EmailFrequency.NEVER
        assert db.session.get(User, other).email_frequency == EmailFrequency.DAILY
        # A token stops working once the address changes (it names the address it was sent to).
        db.session.get(User, s.participant.id).email = "nouvelle@exemple.fr"
        db.session.commit()
        assert client.post(f"/e-mails/{token}", data={"List-Unsubscribe": "One-Click"}).status_code == 404
