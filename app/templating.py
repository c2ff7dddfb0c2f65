"""What templates may use besides the view's own values: filters, link helpers, labels."""
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import segno
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
from markupsafe import Markup

from . import labels, links
from .services.strategy import plural
from .models import ContributionStatus
from .models.base import utcnow
from .services import contributions, reports
from .services.dates import format_time
from .services.text import Block, BlockItem, Reference, plain_text, reference_ids, render_markdown
from .web import format_size

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
    if kind == "dots":
        return ngettext("%(num)s gommette", "%(num)s gommettes", number)
    return ngettext("%(num)s commentaire", "%(num)s commentaires", number)


@lru_cache(maxsize=5000)
def _on_date(day, locale: str) -> str:
    return gettext("le %(date)s", date=format_date(day, "long"))


@lru_cache(maxsize=256)
def qr_svg(url: str) -> Markup:
    """The QR code of `url` as inline SVG (segno: no image file, no script), scaled by its CSS."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(svgclass="qr", lineclass=None, omitsize=True, border=2, dark="#000", light="#fff")
    return Markup(svg)  # nosec B704: segno's drawing (paths of squares) of our own address, no text of anyone


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


def workshop_when(workshop, weekday: bool = True) -> str:
    """'mardi 14 octobre 2026 à 14h00', or without the time when none was given."""
    if workshop.starts_on is None:
        return ""
    day = format_date(workshop.starts_on, "EEEE d MMMM y" if weekday else "d MMMM y")
    if workshop.start_time is None:
        return day
    return gettext("%(day)s à %(time)s", day=day, time=format_time(workshop.start_time))


def workshop_iso(workshop) -> str:
    """For <time datetime>: the day, and the time when one was given."""
    if workshop.starts_on is None:
        return ""
    if workshop.start_time is None:
        return workshop.starts_on.isoformat()
    return f"{workshop.starts_on.isoformat()}T{workshop.start_time.strftime('%H:%M')}"


def today_long() -> str:
    return format_date(utcnow(), "long")


# -- Markdown of a consultation: #123 references and live blocks ----------------------------------

def references_in(source: str | None) -> dict[int, Reference]:
    """What the #123 of a text link to: the visible contributions of the consultation being shown
    (one query per text that has new numbers, remembered for the rest of the request)."""
    ids = reference_ids(source)
    access = g.get("access") if has_request_context() else None
    if not ids or access is None:
        return {}
    known = g.setdefault("reference_titles", {})
    missing = ids - known.keys()
    if missing:
        titles = contributions.visible_titles(access, missing)
        known.update({number: titles.get(number) for number in missing})
    return {number: Reference(links.contribution_number_url(access.consultation, number), known[number])
            for number in ids if known[number]}


def markdown_here(source: str | None):
    """The `markdown` filter: Markdown through the one door, with the #123 of this consultation."""
    return render_markdown(source, references_in(source))


def _block(data: reports.BlockData, consultation) -> Block:
    items = tuple(BlockItem(links.contribution_number_url(consultation, item["id"]), item["title"], item["by"],
                            count_label("dots", item["dots"]) if "dots" in item else count_label("likes", item["likes"]))
                  for item in data.items)
    if data.as_of:
        meta = gettext("État au %(date)s, jour de la publication.",
                       date=format_date(datetime.fromisoformat(data.as_of).date(), "long"))
    else:
        meta = gettext("En direct : ce bloc suit l'atelier jusqu'à la publication, puis il est figé.")
    return Block(title=data.title, items=items, meta=meta, missing=data.missing,
                 empty=gettext("Aucune contribution pour l'instant."))


def report_html(report, body: str | None = None, workshop=None):
    """A report's text as HTML: its references, and its live blocks (frozen once published).
    `body`: a text being previewed instead of the saved one."""
    access = g.get("access")
    body = report.body if body is None else body
    data = reports.blocks_of(access, report, body, workshop)
    blocks = {source: _block(block, access.consultation) for source, block in data.items()}
    return render_markdown(body, references_in(body), blocks)


def iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") + "Z" if moment else ""


class Limits:
    """The lengths that forms, hints and services share (one constant each)."""
    from .services.discussion import COMMENT_MAX
    from .services.lifecycle import ANSWER_MAX, REASON_MAX
    from .services.moderation import FLAG_TEXT_MAX


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


_labels = TranslatedLabels(labels)


def fifths(part: int, whole: int) -> int:
    """A share in percent, rounded to 5 (the width classes w-0 ... w-100 of the CSS: no inline style)."""
    return 5 * round(20 * part / whole) if whole else 0


def register(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    # One language per installation (BABEL_DEFAULT_LOCALE): the templates get its catalogue once,
    # at start-up, instead of looking it up for each string of each page (a board has hundreds).
    # With no catalogue for the locale (the interface is written in French), strings stay as they are.
    catalogue = Translations.load(str(Path(app.root_path) / "translations"), [app.config["BABEL_DEFAULT_LOCALE"]])
    app.jinja_env.install_gettext_translations(catalogue, newstyle=True)
    app.jinja_env.filters.update(
        markdown=markdown_here,
        excerpt=plain_text,
        ago=ago,
        long_datetime=long_datetime,
        long_date=long_date,
        iso=iso,
        number=format_number,
        filesize=format_size,
    )
    app.jinja_env.globals.update(
        labels=_labels,
        limits=Limits,
        actor_name=labels.actor_name,
        history_line=labels.history_line,
        labels_state=labels.state_label,
        answer_templates_url=links.answer_templates_url,
        bulk_answer_url=links.bulk_answer_url,
        merge_url=links.merge_url,
        assistant_url=links.assistant_url,
        grouping_url=links.grouping_url,
        grouping_scope=labels.grouping_scope,
        drafted_unchanged=reports.unchanged_draft,
        contribution_number_url=links.contribution_number_url,
        moderation_url=links.moderation_url,
        review_url=links.review_url,
        audit_url=links.audit_url,
        notifications_url=links.notifications_url,
        ContributionStatus=ContributionStatus,
        consultation_url=links.consultation_url,
        board_url=links.board_url,
        directory_url=links.directory_url,
        workshop_url=links.workshop_url,
        workshop_board_url=links.workshop_board_url,
        mission_url=links.mission_url,
        capture_url=links.capture_url,
        room_links=links.room_links,
        qr_svg=qr_svg,
        room_join_url=links.room_join_url,
        wall_url=links.wall_url,
        report_url=links.report_url,
        reports_url=links.reports_url,
        report_docx_url=links.report_docx_url,
        attachment_url=links.attachment_url,
        report_html=report_html,
        contribution_url=links.contribution_url,
        like_url=links.like_url,
        contribution_links=links.contribution_links,
        comment_links=links.comment_links,
        count_label=count_label,
        join_url=links.join_url,
        workshop_when=workshop_when,
        workshop_iso=workshop_iso,
        static_url=static_url,
        strategy_url=links.strategy_url,
        strategy_settings_url=links.strategy_settings_url,
        dashboard_url=links.dashboard_url,
        strategy_docx_url=links.strategy_docx_url,
        follow_up_docx_url=links.follow_up_docx_url,
        plan_xlsx_url=links.plan_xlsx_url,
        contributions_table_url=links.contributions_table_url,
        action_url=links.action_url,
        import_plan_url=links.import_plan_url,
        candidates_url=links.candidates_url,
        promote_url=links.promote_url,
        detach_url=links.detach_url,
        ideas_url=links.ideas_url,
        follow_up_url=links.follow_up_url,
        indicators_url=links.indicators_url,
        new_item_url=links.new_item_url,
        item_links=links.item_links,
        progress_label=labels.progress_label,
        plural=plural,
        fifths=fifths,
        action_event_line=labels.action_event_line,
    )

    @app.context_processor
    def current_consultation():
        return {"consultation": g.get("consultation"), "access": g.get("access")}
