"""Notifications told in words (the notification centre, e-mails) and sent by e-mail as each person
chose: one e-mail per notification for those who want them at once, one digest per day or per
week for the others, grouped by consultation and by contribution, newest first. The command
`flask --app app notifications send` (from cron) calls `send_due`; what it writes leaves through
the outbox (services.mail), after the commit.

A digest is sent at most once per period, however often or late the command runs: the period
starts every day (or every Monday) at DIGEST_HOUR, local time, and a person's last digest is
stamped by a conditional update, so that two commands running at once send one digest.
"""
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import format_datetime, gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from .. import labels, links
from ..extensions import db
from ..models import (
    ActionEvent,
    Contribution,
    ContributionEvent,
    EmailFrequency,
    EventKind,
    Notification,
    NotificationReason,
    ProgressState,
    Report,
    User,
)
from ..models.base import utcnow
from . import mail
from .notifications import preference_token
from .text import plain_text

R = NotificationReason
BATCH = 200

# Why someone receives a notification, said on it, on its page and in its e-mail.
WHY = {
    R.AUTHOR: _l("vous avez écrit cette contribution"),
    R.COAUTHOR: _l("votre contribution a été fusionnée dans celle-ci"),
    R.COMMENTER: _l("vous avez commenté cette contribution"),
    R.LIKER: _l("vous avez aimé cette contribution"),
    R.REPLIED: _l("vous avez écrit le commentaire auquel on a répondu"),
    R.COMMENT_AUTHOR: _l("vous avez écrit ce commentaire"),
    R.MEMBER: _l("vous êtes membre de cette concertation"),
}

# Why someone is told of an action's follow-up: what they did on one of its source contributions.
WHY_ACTION = {
    R.AUTHOR: _l("une contribution que vous avez écrite a été retenue dans cette action"),
    R.COMMENTER: _l("vous avez commenté une contribution retenue dans cette action"),
    R.LIKER: _l("vous avez aimé une contribution retenue dans cette action"),
}

# Sentences that depend on who is told (otherwise the history's sentence is used).
_FOR_REASON = {
    (EventKind.COMMENTED, R.AUTHOR): _l("%(actor)s a commenté votre contribution."),
    (EventKind.COMMENTED, R.REPLIED): _l("%(actor)s a répondu à votre commentaire."),
    (EventKind.COMMENT_STATUS, "hidden"): _l("%(actor)s a masqué votre commentaire."),
    (EventKind.COMMENT_STATUS, "visible"): _l("%(actor)s a rétabli votre commentaire."),
}

FREQUENCIES = {
    EmailFrequency.IMMEDIATE: _l("un e-mail à chaque notification"),
    EmailFrequency.DAILY: _l("un résumé par jour, le matin"),
    EmailFrequency.WEEKLY: _l("un résumé par semaine, le lundi matin"),
    EmailFrequency.NEVER: _l("aucun e-mail (les notifications restent sur Concerto)"),
}


@dataclass
class Notice:
    """A notification as people read it."""
    id: int
    unread: bool
    created_at: datetime
    consultation: str
    subject_key: str  # groups a digest: the contribution or the document
    title: str
    url: str
    sentence: str
    note: str
    why: str


def describe(notification: Notification) -> Notice:
    if notification.action_event is not None:
        return _describe_action(notification)
    event = notification.event
    if event is None:
        report = notification.report
        return Notice(notification.id, notification.read_at is None, notification.created_at,
                      report.consultation.title, f"r{report.id}", report.title, links.report_url(report),
                      gettext("Un document est publié : %(kind)s.", kind=str(labels.REPORT_KINDS[report.kind]).lower()),
                      "", str(WHY[notification.reason]))
    contribution = event.contribution
    sentence = _FOR_REASON.get((event.kind, notification.reason)) or (
        _FOR_REASON.get((event.kind, event.new_value)) if notification.reason == R.COMMENT_AUTHOR else None)
    line = labels.translated(sentence) % {"actor": labels.actor_name(event)} if sentence else labels.history_line(event)
    if event.related is not None and event.kind in (EventKind.MERGED, EventKind.MERGE_RECEIVED):
        line += " " + gettext("(« %(title)s »)", title=event.related.title)
    url = links.contribution_url(contribution, event=event)
    return Notice(notification.id, notification.read_at is None, notification.created_at,
                  contribution.consultation.title, f"c{contribution.id}", contribution.title, url, line,
                  plain_text(event.note, 600) if event.note else "", labels.translated(WHY[notification.reason]))


def _describe_action(notification: Notification) -> Notice:
    """A change of the yearly follow-up of an action that came from one's contributions."""
    event = notification.action_event
    action, consultation = event.action, event.consultation
    state = labels.translated(labels.PROGRESS_STATES[ProgressState(event.new_value)]) if event.new_value else \
        gettext("ne court plus cette année-là")
    detail = (event.data or {}).get("cause") or (event.data or {}).get("postponed_to")
    line = gettext("Suivi %(year)s : %(state)s.", year=event.year, state=state.lower() + (f" ({detail})" if detail
                                                                                          else ""))
    return Notice(notification.id, notification.read_at is None, notification.created_at, consultation.title,
                  f"a{action.id}", action.title, links.action_url(consultation, action, _anchor=f"act-evt-{event.id}"),
                  line, plain_text(event.note, 600) if event.note else "",
                  labels.translated(WHY_ACTION.get(notification.reason, WHY_ACTION[R.AUTHOR])))


# -- what is due ---------------------------------------------------------------------------------------

def period_start(frequency: EmailFrequency, now: datetime) -> datetime:
    """The start (naive UTC) of the digest period holding `now`: the last DIGEST_HOUR of a day
    (daily) or of a Monday (weekly), in the installation's time zone."""
    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    local = now.replace(tzinfo=UTC).astimezone(zone)
    start = local.replace(hour=current_app.config["DIGEST_HOUR"], minute=0, second=0, microsecond=0)
    if start > local:
        start -= timedelta(days=1)
    if frequency == EmailFrequency.WEEKLY:
        start -= timedelta(days=start.weekday())
    return start.astimezone(UTC).replace(tzinfo=None)


_PENDING = (
    sa.select(Notification)
    .join(User, User.id == Notification.user_id)
    .where(Notification.mailed_at.is_(None))
    .options(joinedload(Notification.event).joinedload(ContributionEvent.contribution)
             .joinedload(Contribution.consultation),
             joinedload(Notification.event).joinedload(ContributionEvent.actor),
             joinedload(Notification.event).joinedload(ContributionEvent.related),
             joinedload(Notification.report).joinedload(Report.consultation),
             joinedload(Notification.action_event).joinedload(ActionEvent.action),
             joinedload(Notification.action_event).joinedload(ActionEvent.consultation))
)


@dataclass
class Sent:
    immediate: int = 0
    digests: int = 0
    passed_over: int = 0
    by_frequency: dict = field(default_factory=dict)


def send_due(now: datetime | None = None, base_url: str = "") -> Sent:
    """Queue the e-mails that are due (the caller commits; they leave after the commit)."""
    now = now or utcnow()
    sent = Sent()
    # Those who want no e-mail: their notifications are passed over (they stay in the centre).
    sent.passed_over = db.session.execute(
        sa.update(Notification).where(Notification.mailed_at.is_(None), Notification.user_id.in_(
            sa.select(User.id).where(User.email_frequency == EmailFrequency.NEVER)))
        .values(mailed_at=now).execution_options(synchronize_session=False)).rowcount
    while True:  # one e-mail per notification, for those who want them at once
        batch = list(db.session.scalars(
            _PENDING.where(User.email_frequency == EmailFrequency.IMMEDIATE).order_by(Notification.id).limit(BATCH)
            .options(joinedload(Notification.user))).unique())
        for notification in batch:
            _send_one(notification, base_url)
            notification.mailed_at = now
        db.session.flush()
        sent.immediate += len(batch)
        if len(batch) < BATCH:
            break
    for frequency in (EmailFrequency.DAILY, EmailFrequency.WEEKLY):
        start = period_start(frequency, now)
        waiting = db.session.scalars(
            sa.select(User.id).where(User.email_frequency == frequency, sa.or_(
                User.last_digest_at.is_(None), User.last_digest_at < start),
                User.id.in_(sa.select(Notification.user_id).where(Notification.mailed_at.is_(None))))
            .order_by(User.id)).all()
        for user_id in waiting:
            # The stamp decides: a command running at the same time finds it done and sends nothing.
            taken = db.session.execute(
                sa.update(User).where(User.id == user_id, sa.or_(User.last_digest_at.is_(None),
                                                                 User.last_digest_at < start))
                .values(last_digest_at=now).execution_options(synchronize_session=False)).rowcount
            if not taken:
                continue
            user = db.session.get(User, user_id)
            notifications = list(db.session.scalars(
                _PENDING.where(Notification.user_id == user_id).order_by(Notification.id.desc())).unique())
            if notifications:
                _send_digest(user, notifications, frequency, base_url)
                for notification in notifications:
                    notification.mailed_at = now
                sent.digests += 1
                sent.by_frequency[frequency.value] = sent.by_frequency.get(frequency.value, 0) + 1
        db.session.flush()
    return sent


# -- the e-mails ---------------------------------------------------------------------------------------

def _headers(user: User, base_url: str) -> tuple[dict, str]:
    """RFC 8058: one-click unsubscribe by a POST to the same signed address."""
    url = urljoin(base_url, links.email_preferences_url(preference_token(user), external=False))
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}, url


_SUBJECTS = {
    EventKind.OUTCOME: _l("Réponse à « %(title)s »"),
    EventKind.STATUS: _l("Décision de modération : « %(title)s »"),
    EventKind.MERGED: _l("« %(title)s » a été fusionnée"),
    EventKind.UNMERGED: _l("Fusion annulée : « %(title)s »"),
    EventKind.MERGE_RECEIVED: _l("Une contribution rejoint « %(title)s »"),
    EventKind.COMMENTED: _l("Nouveau commentaire sur « %(title)s »"),
    EventKind.COMMENT_STATUS: _l("Votre commentaire sur « %(title)s »"),
    EventKind.FLAGS_REVIEWED: _l("Décision de modération : « %(title)s »"),
}


def _subject(notification: Notification, notice: Notice) -> str:
    title = notice.title if len(notice.title) <= 120 else notice.title[:119] + "…"
    if notification.event is None:
        return gettext("Nouveau document : « %(title)s »", title=title)
    return str(_SUBJECTS.get(notification.event.kind, _l("Du nouveau sur « %(title)s »"))) % {"title": title}


def _send_one(notification: Notification, base_url: str) -> None:
    user = notification.user
    notice = describe(notification)
    headers, preferences = _headers(user, base_url)
    body = render_template("email/notification.txt", user=user, notice=notice, url=urljoin(base_url, notice.url),
                           preferences=preferences, frequency=FREQUENCIES[user.email_frequency])
    mail.queue_email(user.email, _subject(notification, notice)[:200], body, headers=headers)


@dataclass
class _Group:
    title: str
    url: str
    notices: list[Notice] = field(default_factory=list)


def group(notices: list[Notice]) -> list[tuple[str, list[_Group]]]:
    """Notices (newest first) grouped by consultation, then by contribution or document, each group
    in the order of its newest notice."""
    by_consultation: dict[str, dict[str, _Group]] = {}
    for notice in notices:
        groups = by_consultation.setdefault(notice.consultation, {})
        groups.setdefault(notice.subject_key, _Group(notice.title, notice.url)).notices.append(notice)
    return [(name, list(groups.values())) for name, groups in by_consultation.items()]


def _send_digest(user: User, notifications: list[Notification], frequency: EmailFrequency, base_url: str) -> None:
    notices = [describe(n) for n in notifications]
    headers, preferences = _headers(user, base_url)
    body = render_template("email/digest.txt", user=user, groups=group(notices), count=len(notices),
                           daily=frequency == EmailFrequency.DAILY, base_url=base_url,
                           when=lambda moment: format_datetime(moment, "d MMMM 'à' HH'h'mm"),
                           centre=urljoin(base_url, links.notifications_url()), preferences=preferences,
                           frequency=FREQUENCIES[frequency], urljoin=urljoin)
    subject = (gettext("Concerto : votre résumé du jour (%(num)s)", num=len(notices))
               if frequency == EmailFrequency.DAILY else
               gettext("Concerto : votre résumé de la semaine (%(num)s)", num=len(notices)))
    mail.queue_email(user.email, subject, body, headers=headers)
