import re

import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import OutgoingEmail, User

from .. import factories
from ..conftest import text_of

NEW = {"email": "Nouvelle@Exemple.fr", "display_name": "Nadia Nouvelle", "organisation": "Gîte des Cigales",
       "sector": "hebergement", "commune": "Collias", "password": "une phrase assez longue",
       "password_confirm": "une phrase assez longue"}


def test_register_creates_the_account_and_logs_in(client):
    response = client.post("/compte/inscription?next=/c/assises/", data=NEW)
    assert response.status_code == 302 and response.headers["Location"].endswith("/c/assises/")
    user = db.session.scalar(sa.select(User))
    assert (user.email, user.display_name, user.sector.value) == ("nouvelle@exemple.fr", "Nadia Nouvelle", "hebergement")
    assert user.password_hash.startswith("scrypt:") and "une phrase" not in user.password_hash
    home = text_of(client.get("/"))
    assert "Nadia Nouvelle" in home and "Votre compte est créé" in home


def test_registering_an_address_that_has_an_account_logs_nobody_in(client, app, outbox):
    """Its owner is told by e-mail; the form answers as for a new account but logs nobody in
    (a new account is logged in at once: that difference is the price of it, the limits per
    address hold the guessing)."""
    factories.user(email="nouvelle@exemple.fr", display_name="Déjà Là")
    db.session.commit()
    taken = client.post("/compte/inscription", data=NEW)
    assert taken.status_code == 302 and taken.headers["Location"] == "/compte/connexion?email=Nouvelle@Exemple.fr"
    assert "Déjà Là" not in text_of(client.get("/"))
    assert client.get("/compte/profil").status_code == 302  # not logged in
    assert db.session.scalar(sa.select(User.display_name).where(User.email == "nouvelle@exemple.fr")) == "Déjà Là"
    messages = outbox()
    assert [m["To"] for m in messages] == ["nouvelle@exemple.fr"] and "existe déjà" in messages[0]["Subject"]


def test_common_passwords_are_refused(client):
    response = client.post("/compte/inscription", data={**NEW, "password": "Motdepasse2024", "password_confirm": "Motdepasse2024"})
    assert response.status_code == 400 and "plus courants" in text_of(response)


@pytest.mark.parametrize("change,field,message", [
    ({"password": "court", "password_confirm": "court"}, "password", "au moins 10 caractères"),
    ({"password_confirm": "autre chose encore"}, "password_confirm", "pas identiques"),
    ({"email": "pas-une-adresse"}, "email", "adresse e-mail valide"),
    ({"display_name": ""}, "display_name", "Champ obligatoire"),
    ({"sector": "pirate"}, "sector", ""),
    ({"password": "azertyuiop1", "password_confirm": "azertyuiop1"}, "password", "plus courants"),
])
def test_register_shows_errors_next_to_the_fields(client, change, field, message):
    response = client.post("/compte/inscription", data={**NEW, **change})
    html = text_of(response)
    assert response.status_code == 400
    assert 'class="error-summary"' in html and f'href="#{field}"' in html
    assert f'id="{field}-error"' in html and 'aria-invalid="true"' in html and message in html
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_login_logout(client, app):
    user = factories.user(email="lea@exemple.fr")
    db.session.commit()
    bad = client.post("/compte/connexion", data={"email": "lea@exemple.fr", "password": "mauvais mot de passe"})
    unknown = client.post("/compte/connexion", data={"email": "personne@exemple.fr", "password": "x" * 12})
    assert bad.status_code == unknown.status_code == 400
    assert "Adresse e-mail ou mot de passe incorrect" in text_of(bad) and "Adresse e-mail ou mot de passe incorrect" in text_of(unknown)
    ok = client.post("/compte/connexion", data={"email": "LEA@exemple.fr ", "password": factories.PASSWORD})
    assert ok.status_code == 302
    assert user.display_name in text_of(client.get("/"))
    assert client.post("/compte/deconnexion").status_code == 302
    assert client.get("/compte/profil").status_code == 302


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                                    "http:/evil.example", "\x00/x"])
def test_next_never_leaves_the_site(client, app, target):
    factories.user(email="lea@exemple.fr")
    db.session.commit()
    response = client.post("/compte/connexion", query_string={"next": target},
                           data={"email": "lea@exemple.fr", "password": factories.PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] in ("/", "http://concerto.test/")


def test_change_password_logs_out_other_sessions(app, login):
    user = factories.user(email="lea@exemple.fr")
    db.session.commit()
    other_device = app.test_client()
    other_device.post("/compte/connexion", data={"email": "lea@exemple.fr", "password": factories.PASSWORD})
    client = login(user)
    wrong = client.post("/compte/mot-de-passe", data={"current_password": "pas le bon", "password": "nouveau mot de passe",
                                                      "password_confirm": "nouveau mot de passe"})
    assert wrong.status_code == 400 and "actuel n&#39;est pas le bon" in text_of(wrong)
    ok = client.post("/compte/mot-de-passe", data={"current_password": factories.PASSWORD, "password": "nouveau mot de passe",
                                                   "password_confirm": "nouveau mot de passe"})
    assert ok.status_code == 302
    assert client.get("/compte/profil").status_code == 200
    assert other_device.get("/compte/profil").status_code == 302


def test_password_reset_by_emailed_link(client, app, outbox):
    factories.user(email="lea@exemple.fr", display_name="Léa")
    db.session.commit()
    for address in ("lea@exemple.fr", "inconnu@exemple.fr"):
        response = client.post("/compte/mot-de-passe-oublie", data={"email": address})
        assert response.status_code == 200 and "Si un compte existe" in text_of(response)
    messages = outbox()
    assert len(messages) == 1 and messages[0]["To"] == "lea@exemple.fr"
    assert db.session.scalar(sa.select(OutgoingEmail.sent_at)) is not None
    link = re.search(r"http://concerto\.test(/compte/reinitialiser/\S+)", messages[0].get_content()).group(1)
    assert client.get(link).status_code == 200
    short = client.post(link, data={"password": "court", "password_confirm": "court"})
    assert short.status_code == 400
    assert client.post(link, data={"password": "une toute nouvelle phrase",
                                   "password_confirm": "une toute nouvelle phrase"}).status_code == 302
    assert client.get(link).status_code == 400  # a link works once
    assert client.post("/compte/connexion", data={"email": "lea@exemple.fr",
                                                  "password": "une toute nouvelle phrase"}).status_code == 302


def test_reset_links_expire(client, app, outbox):
    from itsdangerous import URLSafeTimedSerializer

    user = factories.user(email="lea@exemple.fr")
    db.session.commit()
    old = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="password-reset")
    token = old.dumps({"u": user.id, "v": user.session_version})
    app.config["PASSWORD_RESET_MAX_AGE"] = -1
    assert client.get(f"/compte/reinitialiser/{token}").status_code == 400
    forged = URLSafeTimedSerializer("another secret", salt="password-reset").dumps({"u": user.id, "v": 1})
    app.config["PASSWORD_RESET_MAX_AGE"] = 3600
    assert client.get(f"/compte/reinitialiser/{forged}").status_code == 400


def test_no_mail_leaves_for_a_rolled_back_transaction(app, outbox):
    from app.services import mail

    mail.queue_email("x@exemple.fr", "Sujet", "Corps")
    db.session.rollback()
    assert mail.take_committed_ids() == set()
    assert outbox() == []


def test_profile_and_directory_choice(client, login, app):
    user = factories.user()
    db.session.commit()
    login(user)
    response = client.post("/compte/profil", data={"display_name": "Lou", "organisation": "Domaine", "sector": "producteur",
                                                   "commune": "Uzès"})
    assert response.status_code == 302
    db.session.refresh(user)
    assert (user.display_name, user.sector.value, user.show_in_directory) == ("Lou", "producteur", False)


def test_login_is_rate_limited_per_address(make_app):
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_LOGIN="10 per minute")
    client = app.test_client()
    codes = [client.post("/compte/connexion", data={"email": f"x{i}@exemple.fr", "password": "y" * 10}).status_code
             for i in range(12)]
    assert codes[:10] == [400] * 10 and codes[10:] == [429, 429]
    refused = client.post("/compte/connexion", data={})
    html = text_of(refused)
    assert refused.status_code == 429 and "Trop de tentatives" in html and 'lang="fr"' in html
    # The page says how long to wait, from the Retry-After it sends.
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= 60 and re.search(r"Réessayez dans (\d+\s+secondes?|1\s+minute)\.", html), html


def test_the_429_page_says_minutes_when_the_wait_is_long(make_app):
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_LOGIN="2 per hour")
    client = app.test_client()
    codes = [client.post("/compte/connexion", data={"email": "x@exemple.fr", "password": "y" * 10}).status_code
             for _ in range(3)]
    assert codes[2] == 429
    refused = client.post("/compte/connexion", data={})
    assert 60 < int(refused.headers["Retry-After"]) <= 3600
    assert re.search(r"Réessayez dans \d+\s+minutes?\.", text_of(refused))


def test_a_room_on_one_address_registers_logs_in_and_joins(make_app):
    """Sixty people on one Wi-Fi (one address) register from the invitation link within minutes,
    with the limits of production: each lands in the concertation; then each logs in again."""
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        s = factories.scene()
        code = s.consultation.join_code
    people = [{**NEW, "email": f"salle{i}@exemple.fr", "display_name": f"Personne {i}"} for i in range(60)]
    for person in people:
        client = app.test_client()
        response = client.post(f"/compte/inscription?next=/j/{code}", data=person)
        assert response.status_code == 302 and response.headers["Location"].endswith("/c/assises/"), person
    for person in people:
        client = app.test_client()
        response = client.post("/compte/connexion", data={"email": person["email"], "password": person["password"]})
        assert response.status_code == 302
    with app.app_context():
        members = db.session.scalar(sa.select(sa.func.count()).select_from(User).where(User.email.like("salle%")))
        assert members == 60


def test_brute_force_from_one_address_stays_throttled(make_app):
    """Failed logins count per address over an hour (whatever the accounts tried), and per
    account: the room's successful logins never use them up."""
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_LOGIN_FAILED="20 per hour")
    client = app.test_client()
    codes = [client.post("/compte/connexion", data={"email": f"cible{i}@exemple.fr", "password": "devine" * 2})
             .status_code for i in range(21)]
    assert codes[:20] == [400] * 20 and codes[20] == 429
    elsewhere = app.test_client().post("/compte/connexion", data={"email": "cible0@exemple.fr", "password": "x" * 10},
                                       environ_base={"REMOTE_ADDR": "10.9.9.9"})
    assert elsewhere.status_code == 400  # another address is not held


def test_failed_logins_slow_down_one_account_whether_it_exists_or_not(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        factories.user(email="lea@exemple.fr")
        db.session.commit()
    client = app.test_client()

    def attempts(email, password, n):
        return [client.post("/compte/connexion", data={"email": email, "password": password},
                            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"}).status_code for i in range(n)]

    assert attempts("lea@exemple.fr", "pas le bon mot", 4) == [400, 400, 400, 429]
    assert attempts("inconnu@exemple.fr", "pas le bon mot", 4) == [400, 400, 400, 429]
    # Even the right password waits now; another account is not affected.
    assert attempts("LEA@exemple.fr", factories.PASSWORD, 1) == [429]
    assert attempts("autre@exemple.fr", "pas le bon mot", 1) == [400]


def test_successful_logins_do_not_count_as_failures(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        factories.user(email="lea@exemple.fr")
        db.session.commit()
    client = app.test_client()
    for _ in range(5):
        assert client.post("/compte/connexion", data={"email": "lea@exemple.fr", "password": factories.PASSWORD}).status_code == 302
        client.post("/compte/deconnexion")
