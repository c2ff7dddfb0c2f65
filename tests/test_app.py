"""The application as a whole: configuration, health, database settings, error pages, CLI."""
import sqlalchemy as sa

from app import create_app
from app.extensions import db
from app.models import User

from .conftest import base_config, text_of


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok", "database": "ok"}


def test_healthz_503_when_the_database_is_unreachable(tmp_path):
    app = create_app(base_config("postgresql+psycopg://nobody@127.0.0.1:1/none"), instance_path=str(tmp_path))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.get_json()["database"] == "unreachable"


def test_first_run_writes_a_random_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    config = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.db'}"}
    first = create_app(config, instance_path=str(tmp_path)).config["SECRET_KEY"]
    again = create_app(config, instance_path=str(tmp_path)).config["SECRET_KEY"]
    other = create_app(config, instance_path=str(tmp_path / "other")).config["SECRET_KEY"]
    assert first == again != other and len(first) >= 40
    assert "SECRET_KEY" in (tmp_path / "config.py").read_text()


def test_environment_overrides_instance_config(tmp_path, monkeypatch):
    (tmp_path / "config.py").write_text("SECRET_KEY = 'from-instance'\nBOARD_PAGE_SIZE = 7\n")
    monkeypatch.setenv("SECRET_KEY", "from-environment")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/d")
    app = create_app(instance_path=str(tmp_path))
    assert app.config["SECRET_KEY"] == "from-environment" and app.config["BOARD_PAGE_SIZE"] == 7
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/d"


def test_sqlite_runs_with_foreign_keys_wal_and_busy_timeout(app):
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_french_error_pages(client):
    response = client.get("/nulle-part")
    html = text_of(response)
    assert response.status_code == 404 and 'lang="fr"' in html and "Page introuvable" in html
    assert client.delete("/healthz").status_code == 405


def test_server_errors_get_a_french_page(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    response = app.test_client().get("/boom")
    assert response.status_code == 500 and "Erreur du serveur" in text_of(response) and "RuntimeError" not in text_of(response)


def test_cli_creates_an_administrator(runner, app):
    result = runner.invoke(args=["users", "create", "--email", "Chef@Exemple.fr", "--admin", "--password",
                                 "un mot de passe solide"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User))
    assert (user.email, user.is_admin) == ("chef@exemple.fr", True)
    generated = runner.invoke(args=["users", "create", "--email", "b@exemple.fr"], input="\n\n")
    assert generated.exit_code == 0 and "Mot de passe généré" in generated.output
    duplicate = runner.invoke(args=["users", "create", "--email", "chef@exemple.fr", "--password", "x" * 12])
    assert duplicate.exit_code != 0 and "existe déjà" in duplicate.output


def test_cli_send_mail_retries_what_failed(runner, app, outbox):
    from app.models import OutgoingEmail

    db.session.add(OutgoingEmail(recipient="x@exemple.fr", subject="Bonjour", body="Corps", attempts=1,
                                 last_error="SMTP injoignable"))
    db.session.commit()
    result = runner.invoke(args=["send-mail"])
    assert "1 e-mail(s) envoyé(s)" in result.output and len(outbox()) == 1
