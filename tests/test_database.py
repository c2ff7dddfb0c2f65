"""SQLite writers queue: a transaction that read before another writer committed still writes,
after waiting its turn, instead of failing with "database is locked"; readers never wait."""
import threading
import time

import sqlalchemy as sa

from app.database import engine_options


def _engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'queue.db'}"
    engine = sa.create_engine(url, **engine_options(url, {}))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
        connection.exec_driver_sql("INSERT INTO counter (id, n) VALUES (1, 0)")
    return engine


def test_a_writer_that_read_first_waits_its_turn_instead_of_failing(tmp_path):
    engine = _engine(tmp_path)
    b_has_read, a_is_writing = threading.Event(), threading.Event()
    times, errors = {}, []

    def first_writer():
        try:
            with engine.connect() as connection, connection.begin():
                b_has_read.wait(5)
                connection.exec_driver_sql("UPDATE counter SET n = n + 1 WHERE id = 1")
                a_is_writing.set()
                time.sleep(0.4)
                times["a_commits"] = time.monotonic()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    def second_writer():
        try:
            with engine.connect() as connection, connection.begin():
                assert connection.exec_driver_sql("SELECT n FROM counter").scalar() == 0  # an old snapshot
                b_has_read.set()
                a_is_writing.wait(5)
                connection.exec_driver_sql("UPDATE counter SET n = n + 1 WHERE id = 1")
                times["b_wrote"] = time.monotonic()
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=first_writer), threading.Thread(target=second_writer)]
    for thread in threads:
        thread.start()
    # While the first writer holds the queue, a reader is served at once.
    a_is_writing.wait(5)
    started = time.monotonic()
    with engine.connect() as reader:
        assert reader.exec_driver_sql("SELECT n FROM counter").scalar() == 0
    assert time.monotonic() - started < 0.2
    for thread in threads:
        thread.join(10)
    assert errors == []
    assert times["b_wrote"] >= times["a_commits"]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT n FROM counter").scalar() == 2
    assert (tmp_path / "queue.db.write-queue").exists()
    engine.dispose()


def test_the_queue_is_left_after_a_rollback(tmp_path):
    engine = _engine(tmp_path)
    with engine.connect() as connection:
        with connection.begin() as transaction:
            connection.exec_driver_sql("UPDATE counter SET n = 5")
            transaction.rollback()
        done = []
        other = threading.Thread(target=lambda: done.append(_write(engine)))
        other.start()
        other.join(5)
        assert done == [1]
    engine.dispose()


def _write(engine) -> int:
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE counter SET n = 1")
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT n FROM counter").scalar()


# -- how a request's transaction ends ----------------------------------------------------------

def test_a_transaction_that_only_read_is_committed_and_one_that_wrote_is_left_to_the_rollback(app):
    from app.database import end_read_only_transaction
    from app.extensions import db
    from app.models import User

    from . import factories

    someone = factories.user(display_name="Avant")
    db.session.commit()

    session = db.session()
    session.execute(sa.select(User.id)).all()
    assert session.in_transaction()
    end_read_only_transaction(session)
    assert not session.in_transaction()  # ended by COMMIT: nothing was pending

    someone.display_name = "<script>Après</script>"
    db.session.flush()  # written, not committed by the "view"
    end_read_only_transaction(session)
    assert session.in_transaction()
    db.session.rollback()
    assert db.session.get(User, someone.id).display_name == "Avant"

    someone.display_name = "Pas flushé"  # pending in the session, never flushed
    session.execute(sa.select(User.id)).all()
    end_read_only_transaction(session)
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(User, someone.id).display_name == "Avant"
