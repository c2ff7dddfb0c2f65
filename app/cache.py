"""A short shared cache of the public pages as anonymous visitors see them, and of the pieces of
members' pages that every reader sees alike (a strategy of 500 actions, its dashboard).

Only Redis holds it (CACHE_REDIS_URL), never the memory of a process, so every worker and server
agrees. Each key carries a version number that any committed write increments: whatever changes,
the next reader gets a fresh page at once. Without CACHE_REDIS_URL nothing is cached.
"""
import logging
import time
from collections.abc import Callable
from functools import wraps

import redis
from flask import Flask, current_app, g, make_response, request, session
from flask_babel import get_locale
from markupsafe import Markup
from sqlalchemy import event
from sqlalchemy.orm import Session

from .database import transaction_wrote
from .services.text import template_output

log = logging.getLogger(__name__)


class PageCache:
    """Keys start with the installation's REDIS_KEY_PREFIX: two installations sharing one Redis
    database never serve each other's pages."""

    def __init__(self, url: str, ttl: int, prefix: str):
        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.ttl = ttl
        self.prefix = f"{prefix}:pages"
        self.version_key = f"{self.prefix}:version"

    def version(self) -> str:
        return (self.client.get(self.version_key) or b"0").decode()

    def key(self) -> str:
        return f"{self.prefix}:{self.version()}:{request.full_path}"

    def invalidate(self) -> None:
        self.client.incr(self.version_key)


def init_cache(app: Flask) -> None:
    url = app.config.get("CACHE_REDIS_URL")
    if url:
        app.extensions["page_cache"] = PageCache(url, app.config.get("CACHE_TTL", 30), app.config["REDIS_KEY_PREFIX"])
        app.extensions["fragment_ttl"] = app.config.get("CACHE_FRAGMENT_TTL", 600)


def _cache() -> PageCache | None:
    return current_app.extensions.get("page_cache")


def _anonymous_request() -> bool:
    remember = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token")
    return request.method == "GET" and not session and remember not in request.cookies


def public_page(view):
    """Serve this view from the shared cache to anonymous visitors of a public consultation."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        cache = _cache()
        if cache is None or not _anonymous_request():
            return view(*args, **kwargs)
        try:
            key = cache.key()
            hit = cache.client.get(key)
        except redis.RedisError as error:  # the cache is an optimisation: serve without it
            log.warning("page cache unavailable: %s", error)
            return view(*args, **kwargs)
        if hit is not None:
            response = make_response(hit)
            response.headers["X-Cache"] = "hit"
        else:
            response = make_response(view(*args, **kwargs))
            access = g.get("access")
            cacheable = (response.status_code == 200 and not session.modified and not session
                         and access is not None and access.consultation.is_public)
            if cacheable:
                try:
                    cache.client.set(key, response.get_data(), ex=cache.ttl)
                except redis.RedisError as error:
                    log.warning("page cache unavailable: %s", error)
            response.headers["X-Cache"] = "miss"
        response.headers["Cache-Control"] = "no-cache"  # browsers revalidate, with the ETag
        response.add_etag()
        return response.make_conditional(request)

    return wrapper


def fragment(name: str, parts: tuple, render: Callable[[], str], ttl: int | None = None) -> Markup:
    """The HTML that `render` returns, kept in Redis under the write version, `name`, `parts` (all
    that the HTML depends on besides the database: ids, a year, a right) and the language, for
    `ttl` seconds at most (CACHE_FRAGMENT_TTL by default; shorter for HTML that says "il y a 3
    minutes").

    Only for HTML that is the same for every reader given `parts`: no form token, no name of the
    reader. A miss, or Redis down, renders it."""
    # The HTML comes from our own templates (autoescaped), or is their copy kept in Redis.
    return template_output(_fragment_html(name, parts, render, ttl))


def _fragment_html(name: str, parts: tuple, render: Callable[[], str], ttl: int | None) -> str:
    cache = _cache()
    if cache is None:
        return render()
    try:
        key = f"{cache.prefix}:fragments:{cache.version()}:{name}:{get_locale()}:" + ":".join(map(str, parts))
        hit = cache.client.get(key)
    except redis.RedisError as error:
        log.warning("page cache unavailable: %s", error)
        return render()
    if hit is not None:
        return hit.decode()
    # A write empties every piece at once and readers come together: one of them renders the piece
    # while the others wait for it (at most CACHE_FRAGMENT_WAIT seconds, then render it themselves).
    wait = current_app.config.get("CACHE_FRAGMENT_WAIT", 2.0)
    try:
        first = cache.client.set(f"{key}:rendering", b"1", nx=True, px=int(wait * 1000) + 1000)
        deadline = time.monotonic() + wait
        while not first and time.monotonic() < deadline:
            time.sleep(0.01)
            hit = cache.client.get(key)
            if hit is not None:
                return hit.decode()
    except redis.RedisError as error:
        log.warning("page cache unavailable: %s", error)
    html = render()
    try:
        cache.client.set(key, html.encode(), ex=ttl or current_app.extensions["fragment_ttl"])
        cache.client.delete(f"{key}:rendering")
    except redis.RedisError as error:
        log.warning("page cache unavailable: %s", error)
    return html


@event.listens_for(Session, "after_commit")
def _committed(session_):
    if not transaction_wrote(session_):
        return
    try:
        cache = _cache()
    except RuntimeError:  # no application: nothing is cached
        return
    if cache is not None:
        try:
            cache.invalidate()
        except redis.RedisError as error:
            log.warning("page cache not invalidated: %s", error)
