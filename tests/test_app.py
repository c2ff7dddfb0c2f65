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


def _gunicorn_settings(instance, monkeypatch) -> dict:
    import runpy
    from pathlib import Path

    for name in ("DATABASE_URL", "FLASK_SQLALCHEMY_DATABASE_URI", "WEB_CONCURRENCY", "GUNICORN_WORKER_CLASS",
                 "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONCERTO_INSTANCE_PATH", str(instance))
    return runpy.run_path(str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py"))


def test_gunicorn_chooses_its_workers_from_the_database_in_instance_config(tmp_path, monkeypatch):
    """A database named in instance/config.py only (no DATABASE_URL) is the one gunicorn.conf.py sees."""
    (tmp_path / "config.py").write_text("SQLALCHEMY_DATABASE_URI = 'postgresql://concerto@db/concerto'\n")
    settings = _gunicorn_settings(tmp_path, monkeypatch)
    assert settings["worker_class"] == "gthread" and settings["threads"] == 4
    (tmp_path / "config.py").write_text("# SQLite, the default\n")
    settings = _gunicorn_settings(tmp_path, monkeypatch)
    assert settings["worker_class"] == "sync" and settings["threads"] == 1
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/d")  # the environment still wins
    import runpy
    from pathlib import Path
    assert runpy.run_path(str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py"))["worker_class"] == "gthread"


def test_bench_without_wrk_says_what_to_install_in_one_french_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-m", "bench.run", "--smoke"], cwd=root, capture_output=True, text=True,
                            env={"PATH": str(tmp_path), "HOME": str(tmp_path)}, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == ("Il manque wrk, qui mesure les pages : installez-le avec « sudo apt-get install "
                                     "wrk » (ou lancez make bench, qui l'installe quand il le peut).")
    assert "Traceback" not in result.stdout + result.stderr


def test_need_names_a_missing_tool_in_one_french_line(tmp_path):
    import os
    import shutil
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "id", "env", "sed", "seq"):  # what the script itself uses, but no apt-get, no sudo
        os.symlink(shutil.which(tool), bin_dir / tool)
    env = {"PATH": str(bin_dir)}
    result = subprocess.run([str(root / "scripts" / "need"), "outil-introuvable"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 1
    assert result.stdout.strip().splitlines()[-1] == ("Il manque outil-introuvable : installez-le avec « sudo apt-get "
                                                      "install outil-introuvable », puis relancez.")
    optional = subprocess.run([str(root / "scripts" / "need"), "--optional", "outil-introuvable"], capture_output=True,
                              text=True, env=env, timeout=60)
    assert optional.returncode == 0 and "sont sautés" in optional.stdout


def test_every_template_compiles(app):
    """A template with a syntax error fails here, whichever page uses it."""
    names = [name for name in app.jinja_env.list_templates() if name.endswith((".html", ".txt"))]
    assert len(names) > 40
    for name in names:
        app.jinja_env.get_template(name)
