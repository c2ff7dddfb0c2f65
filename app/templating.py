"""What templates may use besides the view's own values: filters, link helpers, labels."""
from datetime import datetime, timedelta

from flask import Flask, g
from flask_babel import format_date, format_datetime, format_number, format_timedelta, gettext

from . import labels, links
from .models import ContributionStatus
from .models.base import utcnow
from .services.text import plain_text, render_markdown

RECENT = timedelta(days=7)


def ago(moment: datetime | None) -> str:
    """'il y a 3 heures' when recent, else '4 novembre 2021'."""
    if moment is None:
        return ""
    delta = utcnow() - moment
    if timedelta(0) <= delta < RECENT:
        if delta < timedelta(minutes=1):
            return gettext("à l'instant")
        return format_timedelta(-delta, add_direction=True, granularity="minute", threshold=1)
    return gettext("le %(date)s", date=format_date(moment, "long"))


def long_datetime(moment: datetime | None, rebase: bool = True) -> str:
    if moment is None:
        return ""
    return format_datetime(moment, "EEEE d MMMM y 'à' HH'h'mm", rebase=rebase)


def long_date(moment: datetime | None, rebase: bool = True) -> str:
    if moment is None:
        return ""
    return format_date(moment, "long") if rebase else format_date(moment.date(), "long")


def iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") + "Z" if moment else ""


def register(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
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
        labels=labels,
        ContributionStatus=ContributionStatus,
        consultation_url=links.consultation_url,
        board_url=links.board_url,
        directory_url=links.directory_url,
        workshop_url=links.workshop_url,
        workshop_board_url=links.workshop_board_url,
        mission_url=links.mission_url,
        contribution_url=links.contribution_url,
        join_url=links.join_url,
    )

    @app.context_processor
    def current_consultation():
        return {"consultation": g.get("consultation"), "access": g.get("access")}
