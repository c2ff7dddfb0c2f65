"""With CSRF protection on (as in production), a POST without its token is refused."""
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Like

from .. import factories
from ..conftest import text_of


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
