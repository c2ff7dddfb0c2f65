"""The shared page cache for visitors: Redis only, emptied by any write, never for members."""
import redis

from app.extensions import db

from . import factories
from .conftest import need, text_of

REDIS_URL = "redis://127.0.0.1:6379/15"


def _redis_up() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping()
    except redis.RedisError:
        return False


def test_visitors_get_cached_pages_that_any_write_refreshes(make_app):
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    redis.Redis.from_url(REDIS_URL).flushdb()
    app = make_app(CACHE_REDIS_URL=REDIS_URL)
    with app.app_context():
        s = factories.scene()
        workshop_id, mission_id, other_email = s.workshop.id, s.mission.id, s.other.email
    visitor, member = app.test_client(), app.test_client()
    board = "/c/assises/contributions"
    first = visitor.get(board)
    second = visitor.get(board)
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.get_data() == first.get_data() and "Content-Security-Policy" in second.headers
    assert visitor.get(board, headers={"If-None-Match": second.headers["ETag"]}).status_code == 304

    member.post("/compte/connexion", data={"email": other_email, "password": factories.PASSWORD})
    assert "X-Cache" not in member.get(board).headers  # members are never served from the cache
    member.post(f"/c/assises/ateliers/{workshop_id}/contribuer",
                data={"mission": mission_id, "title": "Une idée toute fraîche"})
    fresh = visitor.get(board)
    assert fresh.headers["X-Cache"] == "miss" and "Une idée toute fraîche" in text_of(fresh)


def test_private_pages_and_visitors_with_a_session_are_not_cached(make_app):
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    app = make_app(CACHE_REDIS_URL=REDIS_URL)
    with app.app_context():
        s = factories.scene()
        private_email = s.private_member.email
    client = app.test_client()
    client.post("/compte/connexion", data={"email": private_email, "password": factories.PASSWORD})
    for _ in range(2):
        assert "X-Cache" not in client.get("/c/copil/").headers
    visitor = app.test_client()
    assert visitor.get("/c/copil/").status_code == 404
    shuffled = visitor.get("/c/assises/contributions?tri=hasard")  # stores the visitor's seed in a session
    assert shuffled.headers["X-Cache"] == "miss"
    assert "X-Cache" not in visitor.get("/c/assises/contributions?tri=hasard").headers


def test_pages_are_served_when_redis_is_down(make_app):
    app = make_app(CACHE_REDIS_URL="redis://127.0.0.1:1/0")
    with app.app_context():
        factories.scene()
        db.session.commit()
    response = app.test_client().get("/c/assises/")
    assert response.status_code == 200 and "X-Cache" not in response.headers


def test_two_installations_on_one_redis_database_never_share_pages(make_app):
    """Each installation's keys start with its own prefix (from its SECRET_KEY by default)."""
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    first = make_app(CACHE_REDIS_URL=REDIS_URL, SECRET_KEY="premiere-installation-" + "x" * 20)
    second = make_app(CACHE_REDIS_URL=REDIS_URL, SECRET_KEY="seconde-installation-" + "y" * 20)
    assert first.config["REDIS_KEY_PREFIX"] != second.config["REDIS_KEY_PREFIX"]
    with first.app_context():
        factories.scene()
    board = "/c/assises/contributions"
    assert first.test_client().get(board).headers["X-Cache"] == "miss"
    assert first.test_client().get(board).headers["X-Cache"] == "hit"
    # The second installation (its own database in real life; the same tables here) does not get the first's page.
    assert second.test_client().get(board).headers["X-Cache"] == "miss"
    keys = [key.decode() for key in client.keys("*")]
    assert keys and all(key.startswith((first.config["REDIS_KEY_PREFIX"] + ":", second.config["REDIS_KEY_PREFIX"] + ":"))
                        for key in keys)
    assert first.config["RATELIMIT_KEY_PREFIX"] == first.config["REDIS_KEY_PREFIX"]
