"""Database connection settings: SQLite pragmas, and writers that queue instead of failing.

SQLite: foreign keys on, WAL (readers never wait for the writer), a busy timeout.

Writers queue. In WAL mode a transaction that has read cannot wait to become a writer: if another
writer committed meanwhile, SQLite answers "database is locked" at once. And SQLite's own wait
polls, sleeping 1, 2, 5, 10... ms between tries, so a writer often sleeps long after the lock was
freed. So every transaction starts as a reader (plain BEGIN); at its first write (INSERT, UPDATE,
DELETE or SAVEPOINT) the connection ends the read (nothing was written), takes an exclusive lock on
a file beside the database (`<database>.write-queue`, flock: the kernel wakes the next writer the
moment it is released), and begins again with BEGIN IMMEDIATE; the lock is released once COMMIT or
ROLLBACK has returned. What was read before the first write was read just before it, as under
PostgreSQL's READ COMMITTED; what must not race is decided by the writes themselves (unique rows,
counts updated in SQL). Readers never queue, and a request holds the queue only while it writes.
Every pooled connection has its own file descriptor, so the threads of one process queue too.
"""
import fcntl
import os
import sqlite3

import sqlalchemy as sa
from flask import current_app
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "SAVEPOINT")


class QueuedWriterConnection(sqlite3.Connection):
    """A SQLite connection that joins the writers' queue at its first write and leaves it when its
    transaction has ended."""

    queue_fd: int | None = None
    writing = False

    def start_writing(self) -> None:
        """End the read transaction, wait for our turn, begin again as the writer."""
        sqlite3.Connection.execute(self, "COMMIT")
        if self.queue_fd is not None:
            fcntl.flock(self.queue_fd, fcntl.LOCK_EX)
        try:
            sqlite3.Connection.execute(self, "BEGIN IMMEDIATE")
        except BaseException:
            self._leave_queue()
            raise
        self.writing = True

    def _leave_queue(self) -> None:
        self.writing = False
        if self.queue_fd is not None:
            fcntl.flock(self.queue_fd, fcntl.LOCK_UN)

    def commit(self):
        try:
            super().commit()
        finally:
            self._leave_queue()

    def rollback(self):
        try:
            super().rollback()
        finally:
            self._leave_queue()

    def close(self):
        try:
            super().close()
        finally:
            if self.queue_fd is not None:
                os.close(self.queue_fd)  # also releases the lock
                self.queue_fd = None


def engine_options(url: str, options: dict) -> dict:
    """The engine options for `url`: SQLite connections are QueuedWriterConnection."""
    if not url.startswith("sqlite"):
        return options
    return {**options, "connect_args": {**options.get("connect_args", {}), "factory": QueuedWriterConnection}}


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
    database = cursor.execute("PRAGMA database_list").fetchone()[2]
    cursor.close()
    if isinstance(dbapi_connection, QueuedWriterConnection) and database:  # not for in-memory databases
        dbapi_connection.queue_fd = os.open(f"{database}.write-queue", os.O_RDWR | os.O_CREAT, 0o600)


@event.listens_for(Engine, "begin")
def _sqlite_begin(conn):
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")


@event.listens_for(Engine, "before_cursor_execute")
def _sqlite_first_write(conn, cursor, statement, parameters, context, executemany):
    if conn.dialect.name != "sqlite":
        return
    dbapi_connection = conn.connection.dbapi_connection
    if (isinstance(dbapi_connection, QueuedWriterConnection) and dbapi_connection.in_transaction
            and not dbapi_connection.writing and statement.lstrip()[:9].upper().startswith(_WRITES)):
        dbapi_connection.start_writing()


# -- which transactions wrote --------------------------------------------------------------------
# A session's current transaction is marked when it flushes or runs an INSERT, UPDATE or DELETE;
# the mark goes with the transaction. The page cache empties itself after a commit that wrote,
# and a request that wrote nothing ends its transaction with COMMIT (below).

_WROTE = "concerto_transaction_wrote"


@event.listens_for(Session, "after_flush")
def _flushed(session, flush_context):
    session.info[_WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _executed(state):
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session, transaction):
    if transaction.parent is None:
        session.info.pop(_WROTE, None)


def transaction_wrote(session: Session) -> bool:
    """True when the session's current transaction has written something (flushed or executed)."""
    return bool(session.info.get(_WROTE))


def end_read_only_transaction(session: Session) -> None:
    """End the transaction of a request that wrote nothing with COMMIT rather than ROLLBACK (the
    same for the data). psycopg forgets its prepared statements at every ROLLBACK, so PostgreSQL
    would otherwise plan every query of every request again; with COMMIT, a statement run a few
    times on a connection is prepared once and only executed after. A transaction that wrote and
    was not committed by its view is left to the rollback that follows."""
    if session.in_transaction() and not transaction_wrote(session) and not (session.new or session.dirty or session.deleted):
        session.commit()


# -- statements that PostgreSQL keeps prepared ---------------------------------------------------

def written_limit(count: int):
    """A LIMIT written into the SQL instead of sent as a parameter. psycopg prepares a statement
    run several times, and PostgreSQL may then keep one generic plan for it: with LIMIT as a
    parameter that plan expects hundreds of rows and may read a whole table where an index
    would have given the page's few rows."""
    return sa.bindparam(None, int(count), type_=sa.Integer, literal_execute=True)
