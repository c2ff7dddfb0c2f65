"""Concurrency, for real: gunicorn processes, many clients at once, and a check of every row after.
Small versions of the benchmark's scenarios (make bench runs them at full size)."""
import sqlalchemy as sa
import pytest

from bench import dataset, scenarios

from ..conftest import TEST_DATABASE_URL, need
from ..live import LiveServer, fresh_database

pytestmark = pytest.mark.load


def _fill(url):
    dataset.build(url, 300)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("load")
    live = LiveServer(fresh_database(TEST_DATABASE_URL, "load", folder), folder / "instance", workers=2).start(fill=_fill)
    yield live
    live.stop()


def _mission(server):
    return server.rows("SELECT m.id, m.workshop_id FROM missions m JOIN workshops w ON w.id = m.workshop_id "
                       "WHERE w.status = 'open' ORDER BY m.contribution_count DESC")[0]


def test_32_members_toggling_the_same_likes_lose_and_double_nothing(server):
    members = scenarios.log_in_members(server.url, server.database_url, 32, dataset.PASSWORD)
    assert len(members) == 32
    mission_id, _ = _mission(server)
    member_ids = [user_id for user_id, _ in members]
    targets = [row[0] for row in server.rows(
        f"SELECT id FROM contributions WHERE mission_id = {mission_id} AND status = 'published' "
        f"AND author_id NOT IN ({', '.join(map(str, member_ids))}) ORDER BY id LIMIT 5")]
    outcome = scenarios.like_storm(server.url, "assises-bench", members, targets, rounds=4,
                                   database_url=server.database_url)
    assert outcome.ok, outcome.summary()
    assert outcome.statuses == {200: 32 * 4 * 5}


def test_a_small_workshop_evening(server):
    members = scenarios.log_in_members(server.url, server.database_url, 20, dataset.PASSWORD)
    mission_id, workshop_id = _mission(server)
    outcome = scenarios.workshop_evening(server.url, "assises-bench", workshop_id, mission_id, members, seconds=6,
                                         database_url=server.database_url, server_log=server.instance / "server.log")
    assert outcome.ok, outcome.summary()
    assert outcome.details["contributions posted"] > 5 and outcome.statuses.get(500, 0) == 0


def test_a_room_in_session_loses_and_doubles_nothing(server):
    """Phones of one room (members and guests) post, like and spread their dots at once, a third of
    the dots tapped twice, while the wall refreshes every 2 seconds."""
    staff = scenarios.log_in_members(server.url, server.database_url, 1, dataset.PASSWORD, role="facilitator")
    members = scenarios.log_in_members(server.url, server.database_url, 10, dataset.PASSWORD)
    mission_id, workshop_id = _mission(server)
    code, token = scenarios.open_the_room(server.url, "assises-bench", workshop_id, mission_id, staff[0][1])
    outcome = scenarios.room_in_session(server.url, "assises-bench", code, token, members, guests=10, seconds=8,
                                        database_url=server.database_url, server_log=server.instance / "server.log",
                                        think=(0.05, 0.3))
    assert outcome.ok, outcome.summary()
    assert outcome.details["ideas posted"] > 5 and outcome.details["dot answers"] > 20
    assert outcome.details["guests"] == 10 and outcome.details["wall refreshes"] >= 3


POSTGRES = TEST_DATABASE_URL or "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS = "redis://127.0.0.1:6379/13"


def _reachable(url) -> bool:
    try:
        sa.create_engine(url).connect().close()
        return True
    except sa.exc.OperationalError:
        return False


def test_two_servers_share_nothing_but_the_database_and_redis(tmp_path):
    """Nothing lives in a process: a login made on one server is valid on the other, a rate limit
    counts the requests made to both, the same like toggled on both at once is counted once."""
    import redis

    need(_reachable(POSTGRES), "PostgreSQL is not reachable")
    need(redis.Redis.from_url(REDIS).ping(), "Redis is not reachable")
    redis.Redis.from_url(REDIS).flushdb()
    url = fresh_database(POSTGRES, "twoservers", tmp_path)
    env = {"RATELIMIT_STORAGE_URI": REDIS, "CACHE_REDIS_URL": REDIS, "FLASK_RATELIMIT_ENABLED": "true",
           "FLASK_RATELIMIT_LOGIN": "1000 per minute", "FLASK_RATELIMIT_LOGIN_ACCOUNT": "3 per minute",
           "FLASK_RATELIMIT_LIKE": "1000 per minute"}
    first = LiveServer(url, tmp_path / "one", workers=1, extra_env=env).start(fill=_fill)
    second = LiveServer(url, tmp_path / "two", workers=1, extra_env=env).start(demo=False)
    try:
        from bench.client import Visitor

        email = first.scalar("SELECT email FROM users WHERE id = 30")
        visitor = Visitor(first.url).login(email, dataset.PASSWORD)
        other = visitor.elsewhere(second.url)
        assert other.get("/compte/profil").status == 200

        # A limit of 3 failed logins a minute on one address, counted across both servers.
        codes = [Visitor(server.url).post("/compte/connexion", {"email": email, "password": "pas le bon"}).status
                 for server in (first, second, first, second)]
        assert codes == [400, 400, 400, 429]

        # The same like, sent to both servers at the same moment, is counted once.
        contribution = first.scalar(
            "SELECT id FROM contributions WHERE author_id != 30 AND status = 'published' AND id NOT IN "
            "(SELECT contribution_id FROM likes WHERE user_id = 30) ORDER BY id LIMIT 1")
        before = first.scalar(f"SELECT like_count FROM contributions WHERE id = {contribution}")
        slug = first.scalar("SELECT slug FROM consultations LIMIT 1")
        path = f"/c/{slug}/contributions/{contribution}/aime"
        results = []
        scenarios._run_threads([lambda: results.append(visitor.post(path, {"aime": "1"}, accept_json=True).status),
                                lambda: results.append(other.post(path, {"aime": "1"}, accept_json=True).status)])
        assert results == [200, 200]
        assert first.scalar(f"SELECT like_count FROM contributions WHERE id = {contribution}") == before + 1
        assert first.scalar(f"SELECT count(*) FROM likes WHERE contribution_id = {contribution} AND user_id = 30") == 1

        # The same dot of a guest, sent to both servers at the same moment, is placed once.
        staff = scenarios.log_in_members(first.url, url, 1, dataset.PASSWORD, role="facilitator")
        mission_id, workshop_id = first.rows(
            "SELECT m.id, m.workshop_id FROM missions m JOIN workshops w ON w.id = m.workshop_id "
            "WHERE w.status = 'open' AND m.is_open ORDER BY m.contribution_count DESC")[0]
        code, _ = scenarios.open_the_room(first.url, slug, workshop_id, mission_id, staff[0][1])
        phone = Visitor(first.url)
        phone.get(f"/salle/{code}")
        assert phone.post(f"/salle/{code}/invite", {"name": "Gaspard"}).status == 302
        target = first.scalar(f"SELECT id FROM contributions WHERE mission_id = {mission_id} AND status = 'published' "
                              "ORDER BY id LIMIT 1")
        results = []
        scenarios._run_threads([
            lambda: results.append(phone.post(f"/salle/{code}/gommettes/{target}", {"count": "1"}, accept_json=True)),
            lambda: results.append(phone.elsewhere(second.url).post(f"/salle/{code}/gommettes/{target}", {"count": "1"},
                                                                    accept_json=True))])
        assert sorted(r.status for r in results) == [200, 200], [r.body[:200] for r in results]
        assert first.scalar("SELECT count(*) FROM dots WHERE guest_id IS NOT NULL") == 1
    finally:
        second.stop()
        first.stop()
