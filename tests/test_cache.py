"""The shared page cache for visitors: Redis only, emptied by any write, never for members."""
import gc
import threading

import pytest
import redis
import sqlalchemy as sa

from app import cache
from app.extensions import db
from app.models import Action, Consultation, ProgressState, Role, Strategy, User
from app.services import strategy
from app.services.permissions import access_for

from . import factories
from .conftest import need, text_of

REDIS_URL = "redis://127.0.0.1:6379/15"


def _redis_up() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping()
    except redis.RedisError:
        return False


def _empty_redis() -> redis.Redis:
    """Redis emptied once the earlier tests' responses are closed: a response sends its committed
    e-mails when it closes, which a test client leaves to the garbage collector, and that commit
    would count as a write of its application here."""
    gc.collect()
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    return client


def test_visitors_get_cached_pages_that_any_write_refreshes(make_app):
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    _empty_redis()
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
    client = _empty_redis()
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


def test_members_share_the_strategy_and_its_dashboard_until_the_next_write(make_app):
    """The plan and the dashboard are the same for every reader: kept in Redis, renewed by any write,
    never with a facilitator's controls."""
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    _empty_redis()
    app = make_app(CACHE_REDIS_URL=REDIS_URL)
    with app.app_context():
        s = factories.scene()
        facilitator_access = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
        strategy.set_progress(facilitator_access, s.strategy, s.action, 2025, strategy.YearState(ProgressState.NOT_DONE))
        db.session.commit()
        action_id, title = s.action.id, s.action.title
        emails = s.elected.email, s.facilitator.email
    member, facilitator = app.test_client(), app.test_client()
    for client, email in zip((member, facilitator), emails):
        client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    plan, board = "/c/assises/strategie/", "/c/assises/strategie/tableau-de-bord"
    page = f"/c/assises/strategie/actions/{action_id}"
    assert all(title in text_of(member.get(url)) for url in (plan, board, page))
    # The action's history says "il y a 3 minutes": its piece lives a minute at most, the others longer.
    store = redis.Redis.from_url(REDIS_URL)
    lives = {key.decode().split(":fragments:")[1].split(":")[1]: store.ttl(key) for key in store.keys("*:fragments:*")}
    assert 0 < lives["action"] <= 60 < lives["strategy"] and lives["dashboard"] > 60

    # A change written behind the application's back (no session, so no new version) is not seen:
    # the pages come from the cache (the action's own page reads its title afresh, for its <title>).
    with app.app_context(), db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE actions SET title = 'Titre changé en douce' WHERE id = :id"),
                           {"id": action_id})
    assert all(title in text_of(member.get(url)) for url in (plan, board, page))

    # The facilitator's controls never reach the member's copy.
    editing = facilitator.get(plan + "?edition=1")
    assert "Monter" in text_of(editing) or "Supprimer" in text_of(editing)
    assert "Contributions à retenir" in text_of(facilitator.get(plan))
    shared = text_of(member.get(plan))
    assert "Supprimer" not in shared and "Contributions à retenir" not in shared

    # Any write through the application renews them.
    with app.app_context():
        s_access = access_for(db.session.get(User, s.facilitator.id), db.session.get(Consultation, s.consultation.id),
                              Role.FACILITATOR)
        current = db.session.get(Strategy, s.strategy.id)
        strategy.set_progress(s_access, current, db.session.get(Action, action_id), 2026,
                              strategy.YearState(ProgressState.IN_PROGRESS))
        db.session.commit()
    for url in (plan, board, page):
        fresh = text_of(member.get(url))
        assert "Titre changé en douce" in fresh and title not in fresh
    assert "En cours" in text_of(member.get(plan))


def test_readers_wait_for_the_piece_another_worker_is_rendering(make_app):
    """After a write, the first reader renders a piece; the others wait for it instead of all
    rendering it at once, and render it themselves only if it never comes."""
    need(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    client = _empty_redis()
    app = make_app(CACHE_REDIS_URL=REDIS_URL, CACHE_FRAGMENT_WAIT=5.0)
    with app.test_request_context("/"):
        def key(part: int) -> str:
            return f"{app.extensions['page_cache'].prefix}:fragments:0:essai:fr:{part}"

        client.set(f"{key(1)}:rendering", b"1")  # another worker started rendering it

        def fill():
            client.set(key(1), "<p>rendu par l'autre</p>".encode())

        filler = threading.Timer(0.2, fill)
        filler.start()
        assert cache.fragment("essai", (1,), lambda: pytest.fail("rendered twice")) == "<p>rendu par l'autre</p>"
        filler.join()

        app.config["CACHE_FRAGMENT_WAIT"] = 0.05  # the other worker died: render it after the wait
        client.set(f"{key(2)}:rendering", b"1")
        assert cache.fragment("essai", (2,), lambda: "<p>rendu ici</p>") == "<p>rendu ici</p>"
        assert client.get(key(2)) == "<p>rendu ici</p>".encode() and not client.exists(f"{key(2)}:rendering")
