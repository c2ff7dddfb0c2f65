"""What templates may use besides the view's own values: filters, link helpers, labels."""
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from babel.support import Translations

from flask import Flask, current_app, g, has_request_context, request, url_for
from flask_babel import (
    format_date,
    format_datetime,
    format_number,
    format_timedelta,
    get_locale,
    get_timezone,
    gettext,
    ngettext,
)

from . import labels, links
from .models import ContributionStatus
from .models.base import utcnow
from .services.text import plain_text, render_markdown

RECENT = timedelta(days=7)


def ago(moment: datetime | None) -> str:
    """'il y a 3 heures' when recent, else 'le 4 novembre 2021'."""
    if moment is None:
        return ""
    delta = utcnow() - moment
    if timedelta(0) <= delta < RECENT:
        if delta < timedelta(minutes=1):
            return gettext("à l'instant")
        return _minutes_ago(int(delta.total_seconds() // 60), str(get_locale()))
    return _on_date(moment.date(), str(get_locale()))


@lru_cache(maxsize=20000)
def _minutes_ago(minutes: int, locale: str) -> str:
    return format_timedelta(timedelta(minutes=-minutes), add_direction=True, granularity="minute", threshold=1)


@lru_cache(maxsize=4096)
def count_label(kind: str, number: int) -> str:
    """'3 commentaires', '1 j'aime'... for the counters of the cards (one language per installation)."""
    if kind == "likes":
        return ngettext("%(num)s j'aime", "%(num)s j'aime", number)
    return ngettext("%(num)s commentaire", "%(num)s commentaires", number)


@lru_cache(maxsize=5000)
def _on_date(day, locale: str) -> str:
    return gettext("le %(date)s", date=format_date(day, "long"))


def static_url(filename: str) -> str:
    """url_for('static', filename=...), built once per file and site root (every page links the
    same stylesheets, script and icons)."""
    root = request.script_root if has_request_context() else ""
    return _static_url(root, current_app.static_url_path, filename)


@lru_cache(maxsize=256)
def _static_url(script_root: str, static_path: str, filename: str) -> str:
    return url_for("static", filename=filename)


def long_datetime(moment: datetime | None, rebase: bool = True) -> str:
    if moment is None:
        return ""
    return _long_datetime(moment, rebase, str(get_locale()), str(get_timezone()))


@lru_cache(maxsize=20000)
def _long_datetime(moment: datetime, rebase: bool, locale: str, zone: str) -> str:
    """A pure function of its arguments, kept for the moments shown again and again on boards."""
    return format_datetime(moment, "EEEE d MMMM y 'à' HH'h'mm", rebase=rebase)


def long_date(moment: datetime | None, rebase: bool = True) -> str:
    if moment is None:
        return ""
    return format_date(moment, "long") if rebase else format_date(moment.date(), "long")


def iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") + "Z" if moment else ""


class TranslatedLabels:
    """app.labels for templates, its lazy strings translated once (an application speaks one
    language, BABEL_DEFAULT_LOCALE): a page that shows forty sectors or roles does not look each
    one up again."""

    def __init__(self, module):
        self._module = module
        self._done: dict[str, object] = {}

    def __getattr__(self, name: str):
        try:
            return self._done[name]
        except KeyError:
            value = getattr(self._module, name)
            done = {k: str(v) for k, v in value.items()} if isinstance(value, dict) else str(value)
            self._done[name] = done
            return done


def register(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    # One language per installation (BABEL_DEFAULT_LOCALE): the templates get its catalogue once,
    # at start-up, instead of looking it up for each string of each page (a board has hundreds).
    # With no catalogue for the locale (the interface is written in French), strings stay as they are.
    catalogue = Translations.load(str(Path(app.root_path) / "translations"), [app.config["BABEL_DEFAULT_LOCALE"]])
    app.jinja_env.install_gettext_translations(catalogue, newstyle=True)
    app.jinja_env.filters.update(
        markdown=render_markdown,
        excerpt=plain_text,
        ago=ago,
        long_datetime=long_datetime,
        long_date=long_date,
        iso=iso,
        number=format_number,
    )
    app.jinja_env.globals.update(
        labels=TranslatedLabels(labels),
        ContributionStatus=ContributionStatus,
        consultation_url=links.consultation_url,
        board_url=links.board_url,
        directory_url=links.directory_url,
        workshop_url=links.workshop_url,
        workshop_board_url=links.workshop_board_url,
        mission_url=links.mission_url,
        contribution_url=links.contribution_url,
        like_url=links.like_url,
        count_label=count_label,
        join_url=links.join_url,
        static_url=static_url,
    )

    @app.context_processor
    def current_consultation():
        return {"consultation": g.get("consultation"), "access": g.get("access")}
