"""Backups of the whole database: the SQLite online backup API, or pg_dump / pg_restore."""
import os
import shutil
import sqlite3
# Runs pg_dump/pg_restore with an argument list, never a shell.
import subprocess  # nosec B404
from pathlib import Path

from flask_babel import lazy_gettext as _l
from sqlalchemy.engine import make_url

from ..extensions import db
from .errors import DomainError


def _sqlite_path() -> str:
    return db.engine.url.database


def _pg_arguments() -> tuple[list[str], dict]:
    """Connection arguments for the PostgreSQL tools, the password passed in the environment."""
    url = make_url(str(db.engine.url.render_as_string(hide_password=False)))
    arguments = ["--host", url.host or "localhost", "--port", str(url.port or 5432), "--dbname", url.database]
    if url.username:
        arguments += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password
    return arguments, env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise DomainError(_l("La commande %(name)s est introuvable : installez les outils clients de PostgreSQL.",
                             name=name))
    return path


def _run_tool(name: str, *arguments: str) -> subprocess.CompletedProcess:
    """Run a PostgreSQL client tool on the application's database."""
    connection, env = _pg_arguments()
    # A fixed program and an argument list: no shell ever reads these values.
    return subprocess.run([_tool(name), *connection, *arguments], env=env, capture_output=True, text=True)  # nosec B603


def backup(path: str | Path) -> Path:
    """Write a consistent copy of the database to `path`, while the application keeps running."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    dialect = db.engine.dialect.name
    if dialect == "sqlite":
        source = sqlite3.connect(_sqlite_path())
        target = sqlite3.connect(path)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    elif dialect == "postgresql":
        result = _run_tool("pg_dump", "--format=custom", "--no-owner", "--file", str(path))
        if result.returncode != 0:
            raise DomainError(_l("La sauvegarde a échoué : %(error)s", error=result.stderr.strip()[-500:]))
    else:
        raise DomainError(_l("Sauvegarde impossible pour la base %(name)s.", name=dialect))
    return path


def restore(path: str | Path) -> None:
    """Replace the whole database by the backup at `path`. Stop the application servers first."""
    path = Path(path)
    if not path.is_file():
        raise DomainError(_l("Aucune sauvegarde à cet endroit : %(path)s", path=str(path)))
    db.session.remove()
    db.engine.dispose()
    dialect = db.engine.dialect.name
    if dialect == "sqlite":
        source = sqlite3.connect(path)
        target = sqlite3.connect(_sqlite_path())
        try:
            if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DomainError(_l("Ce fichier n'est pas une sauvegarde valide."))
            source.backup(target)
        except sqlite3.DatabaseError as error:
            raise DomainError(_l("Ce fichier n'est pas une sauvegarde valide.")) from error
        finally:
            target.close()
            source.close()
    elif dialect == "postgresql":
        result = _run_tool("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", str(path))
        if result.returncode != 0:
            raise DomainError(_l("La restauration a échoué : %(error)s", error=result.stderr.strip()[-500:]))
    else:
        raise DomainError(_l("Restauration impossible pour la base %(name)s.", name=dialect))
    db.engine.dispose()
