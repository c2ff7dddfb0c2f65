"""Security headers, cookies, rate limits on writes and the production settings check."""
import pytest

from app import create_app

from .. import factories
from ..conftest import base_config, text_of


@pytest.mark.parametrize("url", ["/", "/compte/connexion", "/healthz", "/nulle-part", "/static/css/base.css"])
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_pages_carry_no_inline_script_or_style(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    for url in ("/", "/c/assises/", f"/c/assises/contributions/{s.contribution.id}", f"/c/assises/ateliers/{s.workshop.id}"):
        html = text_of(client.get(url))
        assert "<style" not in html and " style=" not in html
        assert html.count("<script") == html.count('<script src="/static/')


def test_cookies_in_production(tmp_path):
    app = create_app(base_config("sqlite://", PREFERRED_URL_SCHEME="https", TESTING=False, WTF_CSRF_ENABLED=True),
                     instance_path=str(tmp_path))
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    response = app.test_client().get("/compte/connexion")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_logged_in_pages_are_not_cached(client, login, app):
    s = factories.scene()
    login(s.participant)
    assert "no-store" in client.get("/c/assises/").headers["Cache-Control"]


@pytest.mark.parametrize("setting,url,data", [
    ("RATELIMIT_POST", "/c/assises/ateliers/{w}/contribuer", {"title": "Idée", "mission": ""}),
    ("RATELIMIT_COMMENT", "/c/assises/contributions/{c}/commentaires", {"body": "Oui"}),
    ("RATELIMIT_LIKE", "/c/assises/contributions/{c}/aime", {"aime": "1"}),
])
def test_writes_are_rate_limited_per_member(make_app, setting, url, data):
    app = make_app(RATELIMIT_ENABLED=True, **{setting: "3 per minute"})
    with app.app_context():
        s = factories.scene()
        url = url.format(w=s.workshop.id, c=s.contribution.id)
        email = s.other.email
    client = app.test_client()
    client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    codes = [client.post(url, data=data).status_code for _ in range(4)]
    assert codes[:3] == [302] * 3 and codes[3] == 429


def test_check_config_flags_unsafe_production_settings(tmp_path):
    # The settings of the tests, on SQLite whatever database the suite runs on.
    app = create_app(base_config(f"sqlite:///{tmp_path / 'c.db'}"), instance_path=str(tmp_path))
    result = app.test_cli_runner().invoke(args=["check-config", "--workers", "4"])
    assert result.exit_code == 1
    for words in ("SECRET_KEY", "Secure", "RATELIMIT_STORAGE_URI", "TESTING", "SITE_URL"):
        assert words in result.output, words


@pytest.mark.parametrize("database", ["postgresql+psycopg://u@h/d", "sqlite:///{tmp}/concerto.db"])
def test_check_config_passes_a_sound_production_setup(tmp_path, monkeypatch, database):
    # SQLite too, with several workers: its writers queue (tests/test_database.py).
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    app = create_app({"SECRET_KEY": "k" * 64, "SQLALCHEMY_DATABASE_URI": database.format(tmp=tmp_path),
                      "PREFERRED_URL_SCHEME": "https", "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/0",
                      "SITE_URL": "https://concertation.example.org",
                      "RATELIMIT_ENABLED": True},  # (the Limiter instance is shared by the apps of the tests)
                     instance_path=str(tmp_path))
    result = app.test_cli_runner().invoke(args=["check-config", "--workers", "4"])
    assert result.exit_code == 0, result.output
    assert "Aucun réglage dangereux" in result.output
