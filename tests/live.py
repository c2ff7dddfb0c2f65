"""A real server for the browser and page checks: the app under gunicorn, on its own database
loaded with the demo concertation, in a separate process (as in production)."""
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = "live-server-secret-for-tests-only-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_database(base_url: str | None, name: str, folder: Path) -> str:
    """A new empty database: a SQLite file in `folder`, or a PostgreSQL database next to base_url."""
    if not base_url:
        return f"sqlite:///{folder / (name + '.db')}"
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT")
    database = f"{sa.engine.make_url(base_url).database}_{name}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
    admin.dispose()
    return sa.engine.make_url(base_url).set(database=database).render_as_string(hide_password=False)


class LiveServer:
    def __init__(self, database_url: str, instance: Path, workers: int = 2, extra_env: dict | None = None):
        self.database_url = database_url
        self.instance = instance
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET_KEY,
            "CONCERTO_INSTANCE_PATH": str(instance),
            "FLASK_RATELIMIT_ENABLED": "false",
            "FLASK_SITE_URL": self.url,  # the links of the e-mails that commands write
            **(extra_env or {}),
        }
        self.process = None
        self.engine = sa.create_engine(database_url)

    def flask(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "flask", "--app", "app", *args], cwd=ROOT, env=self.env,
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(f"flask {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def start(self, demo: bool = True, fill=None) -> "LiveServer":
        """Migrate, load the demo (or call fill(database_url) instead), then serve."""
        self.instance.mkdir(parents=True, exist_ok=True)
        self.flask("db", "upgrade")
        if fill is not None:
            fill(self.database_url)
        elif demo:
            self.flask("demo")
        log = open(self.instance / "server.log", "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "--workers", str(self.workers),
             "--worker-class", "gthread", "--threads", "4", "--bind", f"127.0.0.1:{self.port}", "app:create_app()"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:  # nosec B310
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
            if self.process.poll() is not None:
                break
        raise RuntimeError("the live server did not start:\n" + (self.instance / "server.log").read_text())

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.engine.dispose()

    def scalar(self, query: str, **params):
        with self.engine.connect() as connection:
            return connection.execute(sa.text(query), params).scalar()

    def execute(self, query: str, **params) -> None:
        with self.engine.begin() as connection:
            connection.execute(sa.text(query), params)

    def rows(self, query: str, **params):
        with self.engine.connect() as connection:
            return connection.execute(sa.text(query), params).all()

    def outbox(self) -> list[Path]:
        return sorted((self.instance / "outbox").glob("*.eml"))
