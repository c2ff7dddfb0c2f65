"""Database connection settings: SQLite pragmas and write transactions that queue politely.

SQLite: foreign keys on, WAL (readers never wait for the writer), a busy timeout, and
`BEGIN IMMEDIATE` for requests that write (POST and friends). A deferred transaction that reads
first and writes later cannot wait for the lock and fails at once with "database is locked";
taking the write lock at BEGIN makes concurrent writers queue behind the busy timeout instead.
"""
import sqlite3

from flask import current_app, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def normalize_url(url: str) -> str:
    """Accept the usual spellings of a PostgreSQL URL and use the psycopg (3) driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@event.listens_for(Engine, "connect")
def _sqlite_on_connect(dbapi_connection, connection_record):
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    timeout = 15000
    try:
        timeout = int(current_app.config.get("SQLITE_BUSY_TIMEOUT_MS", timeout))
    except RuntimeError:  # no application context (e.g. Alembic run by hand)
        pass
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {timeout:d}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


@event.listens_for(Engine, "begin")
def _sqlite_begin(conn):
    if conn.dialect.name != "sqlite":
        return
    writing = has_request_context() and request.method not in _READ_METHODS
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
