"""Fixtures: app, client, runner, a login helper, query counting.

The suite runs on SQLite by default. With TEST_DATABASE_URL set (for example
postgresql+psycopg://postgres@127.0.0.1:5432/test) it runs on that database instead: its public
schema is dropped and rebuilt by the migrations at the start of the session.
"""
import os
import re
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from flask import g
from flask.testing import FlaskClient
from flask_migrate import upgrade

from app import create_app
from app.extensions import db
from app.services import similar

from . import factories

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Under pytest-xdist (make test runs two workers, each taking whole files) each worker has its own
# PostgreSQL database, named after the worker; the databases derived from it (live servers,
# migrations) follow. Tests that share a live server, a Redis database or a report stay in one file.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")


def _worker_database(url: str | None) -> str | None:
    if not url or not XDIST_WORKER:
        return url
    base = sa.engine.make_url(url)
    name = f"{base.database}_{XDIST_WORKER}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if not connection.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).scalar():
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


TEST_DATABASE_URL = _worker_database(os.environ.get("TEST_DATABASE_URL"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test is a failed test: a check that does not run does not exist."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which counts as a failure: {report.longrepr}"


def need(condition: bool, why: str) -> None:
    """Skip a test whose tool is missing on a developer's machine; fail it in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"missing in CI: {why}")
    pytest.skip(why)


def base_config(database_url: str, **overrides) -> dict:
    config = {
        "TESTING": True,
        "SECRET_KEY": "secret-for-tests-only",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": "concerto.test",
        "MAIL_SERVER": None,
    }
    config.update(overrides)
    return config


def reset_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    if TEST_DATABASE_URL:
        reset_postgres(TEST_DATABASE_URL)
        url = TEST_DATABASE_URL
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'concerto-test.db'}"
    app = create_app(base_config(url), instance_path=str(tmp_path_factory.mktemp("instance")))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return url


def _empty_tables() -> None:
    tables = [t.name for t in db.metadata.sorted_tables]
    if db.engine.dialect.name == "postgresql":
        db.session.execute(sa.text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    else:
        for name in reversed(tables):
            db.session.execute(sa.text(f"DELETE FROM {name}"))
    db.session.commit()


class ClosingClient(FlaskClient):
    """A test client that reads each response whole and closes it, as a WSGI server does, so
    that work scheduled with response.call_on_close (e-mail delivery) runs."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("buffered", True)
        return super().open(*args, **kwargs)


def _fresh_request():
    """Start a request as in production, where each has its own application context: an empty
    `g`, and a session that reads every object again (committed data only)."""
    for name in list(vars(g)):
        delattr(g, name)
    db.session.expire_all()


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build an app with extra settings (e.g. CSRF on); tables are emptied after the test."""
    apps = []

    def build(**overrides):
        instance = tmp_path / f"instance{len(apps)}"
        instance.mkdir()
        app = create_app(base_config(database_url, **overrides), instance_path=str(instance))
        # Tests keep an application context open for the factories, and Flask reuses it (and its
        # database session) for the requests of the test client: start every request afresh.
        app.before_request_funcs.setdefault(None, []).insert(0, _fresh_request)
        app.test_client_class = ClosingClient
        apps.append(app)
        return app

    yield build
    similar.forget_indexes()  # the next test's database numbers its vectors from 1 again
    if apps:
        with apps[0].app_context():
            db.session.remove()
            _empty_tables()
            db.engine.dispose()
        for app in apps[1:]:
            with app.app_context():
                db.engine.dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        yield app
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def login(client):
    """login(user): the test client now acts as `user` (through the real login form)."""

    def do_login(user, password=factories.PASSWORD):
        client.post("/compte/deconnexion")
        response = client.post("/compte/connexion", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return client

    return do_login


@pytest.fixture
def outbox(app):
    """The e-mails written to instance/outbox (no SMTP configured in tests)."""
    from email import message_from_bytes, policy
    from pathlib import Path

    def read():
        folder = Path(app.instance_path) / "outbox"
        return [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]

    return read


@contextmanager
def _counting():
    statements: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if not re.match(r"\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)", statement, re.I):
            statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", before)


@pytest.fixture
def count_queries(app):
    """with count_queries() as statements: ... — the SQL statements run inside the block."""
    return _counting


def text_of(response) -> str:
    return response.get_data(as_text=True)
