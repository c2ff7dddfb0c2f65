"""Notifications: derived from events inside the door that writes them, one row per person
concerned (never the actor), written in bulk in SQL; the notification centre; how each person
wants them by e-mail (never, at once, a daily or a weekly digest) and the command that sends
what is due through the outbox.

Who is concerned by an event (AUDIENCES): the people of a contribution (its author, the authors
of what was merged into it, those who commented it and those who liked it, each once, under the
closest reason), its author alone, or the authors of a comment and of the comment it answers. A
published document concerns every member of its consultation; a change of an action's yearly
follow-up, the people behind its source contributions.
"""
from dataclasses import dataclass


import sqlalchemy as sa
from flask import current_app
from itsdangerous import BadData, URLSafeSerializer
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import (
    ActionEvent,
    ActionEventKind,
    ActionSource,
    Comment,
    CommentStatus,
    Contribution,
    ContributionEvent,
    EmailFrequency,
    EventKind,
    Like,
    Membership,
    Notification,
    NotificationReason,
    Report,
    User,
)
from ..models.base import utcnow
from . import keyset

R = NotificationReason
NOBODY = "nobody"


def audience(event: ContributionEvent) -> str:
    """Who an event concerns. A withdrawal concerns nobody; edits and first postings neither."""
    kind = event.kind
    if kind in (EventKind.OUTCOME, EventKind.MERGED, EventKind.UNMERGED, EventKind.LINKED, EventKind.UNLINKED):
        return PEOPLE
    if kind == EventKind.STATUS:  # moderation: hidden and restored; a withdrawal by its author is no news
        return PEOPLE if event.new_value != "withdrawn" else NOBODY
    if kind in (EventKind.MERGE_RECEIVED, EventKind.FLAGS_REVIEWED):
        return AUTHOR
    if kind in (EventKind.COMMENTED, EventKind.COMMENT_STATUS):
        return COMMENT_PEOPLE if event.new_value != "withdrawn" else NOBODY
    return NOBODY


# The statements of the fan-out, built once (on the tables: no ORM machinery per call). Their
# parameters: contribution_id, comment_id, answered_id (the comment replied to), actor_id (NULL for
# what no person did), consultation_id, event_id or report_id, created_at.
_NOTIFICATIONS, _USERS = Notification.__table__, User.__table__
_CONTRIBUTIONS, _COMMENTS, _LIKES = Contribution.__table__, Comment.__table__, Like.__table__
_ACTOR = sa.func.coalesce(sa.bindparam("actor_id", type_=sa.Integer), 0)


def _ranked(*parts) -> sa.Select:
    """(user_id, reason) of the people in `parts` (user_id, rank, reason of that rank), each once
    under the reason of their smallest rank, never the actor."""
    who = sa.union_all(*parts).subquery()
    rank = sa.func.min(who.c.rank)
    reason = sa.case(*((rank == number, value) for number, value in _REASON_OF_RANK.items()))
    return (sa.select(who.c.user_id, reason).where(who.c.user_id.is_not(None), who.c.user_id != _ACTOR)
            .group_by(who.c.user_id))


_REASON_OF_RANK = {1: R.AUTHOR.value, 2: R.COAUTHOR.value, 3: R.COMMENTER.value, 4: R.LIKER.value,
                   5: R.REPLIED.value}


def _people() -> sa.Select:
    """The people of a contribution: its author, the authors of what was merged into it, those who
    commented or liked it or what was merged into it."""
    cid = sa.bindparam("contribution_id", type_=sa.Integer)
    c = _CONTRIBUTIONS
    family = sa.select(c.c.id).where(sa.or_(c.c.id == cid, c.c.merged_into_id == cid))
    return _ranked(
        sa.select(c.c.author_id.label("user_id"), sa.literal(1).label("rank")).where(c.c.id == cid),
        sa.select(c.c.author_id, sa.literal(2)).where(c.c.merged_into_id == cid),
        sa.select(_COMMENTS.c.author_id, sa.literal(3)).where(_COMMENTS.c.contribution_id.in_(family),
                                                              _COMMENTS.c.status == CommentStatus.VISIBLE.value),
        sa.select(_LIKES.c.user_id, sa.literal(4)).where(_LIKES.c.contribution_id.in_(family)))


def _author() -> sa.Select:
    c = _CONTRIBUTIONS
    return _ranked(sa.select(c.c.author_id.label("user_id"), sa.literal(1).label("rank"))
                   .where(c.c.id == sa.bindparam("contribution_id", type_=sa.Integer)))


def _comment_author() -> sa.Select:
    m = _COMMENTS
    return (sa.select(m.c.author_id, sa.literal(R.COMMENT_AUTHOR.value))
            .where(m.c.id == sa.bindparam("comment_id", type_=sa.Integer), m.c.author_id.is_not(None),
                   m.c.author_id != _ACTOR))


def _comment_people() -> sa.Select:
    """A comment posted: the contribution's author, and the author of the comment it answers."""
    return _ranked(
        sa.select(_CONTRIBUTIONS.c.author_id.label("user_id"), sa.literal(1).label("rank"))
        .where(_CONTRIBUTIONS.c.id == sa.bindparam("contribution_id", type_=sa.Integer)),
        sa.select(_COMMENTS.c.author_id, sa.literal(5))
        .where(_COMMENTS.c.id == sa.bindparam("answered_id", type_=sa.Integer)))


def _sources_people() -> sa.Select:
    """The people behind an action's source contributions (those still attached): their authors,
    and those who commented or liked them."""
    sources = ActionSource.__table__
    attached = sa.select(sources.c.contribution_id).where(
        sources.c.action_id == sa.bindparam("action_id", type_=sa.Integer), sources.c.detached_at.is_(None))
    c = _CONTRIBUTIONS
    return _ranked(
        sa.select(c.c.author_id.label("user_id"), sa.literal(1).label("rank")).where(c.c.id.in_(attached)),
        sa.select(_COMMENTS.c.author_id, sa.literal(3)).where(_COMMENTS.c.contribution_id.in_(attached),
                                                              _COMMENTS.c.status == CommentStatus.VISIBLE.value),
        sa.select(_LIKES.c.user_id, sa.literal(4)).where(_LIKES.c.contribution_id.in_(attached)))


def _members() -> sa.Select:
    m = Membership.__table__
    return sa.select(m.c.user_id, sa.literal(R.MEMBER.value)).where(
        m.c.consultation_id == sa.bindparam("consultation_id", type_=sa.Integer), m.c.user_id != _ACTOR)


_SUBJECTS = ("event_id", "report_id", "action_event_id")


def _insert_from(rows: sa.Select) -> sa.Insert:
    selected = rows.subquery()
    return sa.insert(_NOTIFICATIONS).from_select(
        ["user_id", "reason", "consultation_id", *_SUBJECTS, "created_at"],
        sa.select(selected.c[0], selected.c[1], sa.bindparam("consultation_id", type_=sa.Integer),
                  *(sa.bindparam(name, type_=sa.Integer) for name in _SUBJECTS),
                  sa.bindparam("created_at", type_=sa.DateTime)))


PEOPLE, AUTHOR, COMMENT_AUTHOR, COMMENT_PEOPLE, MEMBERS, SOURCES = "people", "author", "comment-author", \
    "comment-people", "members", "sources"
_INSERTS = {PEOPLE: _insert_from(_people()), AUTHOR: _insert_from(_author()),
            COMMENT_AUTHOR: _insert_from(_comment_author()), COMMENT_PEOPLE: _insert_from(_comment_people()),
            MEMBERS: _insert_from(_members()), SOURCES: _insert_from(_sources_people())}
_COUNT_UNREAD = {
    key: sa.update(_USERS).where(_USERS.c.id.in_(sa.select(_NOTIFICATIONS.c.user_id).where(
        _NOTIFICATIONS.c[key] == sa.bindparam("subject_id", type_=sa.Integer))))
    .values(unread_notifications=_USERS.c.unread_notifications + 1)
    for key in _SUBJECTS
}


def _write(audience_: str, values: dict) -> None:
    """The notifications of one event (or document) for the people `audience_` names, and their
    unread counts: two statements whatever the number of people (one when nobody is concerned)."""
    values = {"contribution_id": None, "comment_id": None, "answered_id": None, "actor_id": None, "action_id": None,
              **{name: None for name in _SUBJECTS}, **values}
    written = db.session.execute(_INSERTS[audience_], values).rowcount
    if written:
        key = next(name for name in _SUBJECTS if values[name] is not None)
        db.session.execute(_COUNT_UNREAD[key], {"subject_id": values[key]})
        _expire_unread()


def _expire_unread() -> None:
    """Users loaded in this session read their unread count again."""
    for obj in list(db.session.identity_map.values()):
        if isinstance(obj, User):
            db.session.expire(obj, ["unread_notifications"])


def notify_event(event: ContributionEvent, contribution: Contribution, comment: Comment | None = None) -> None:
    """The notifications of an event, for the people it concerns (called by lifecycle.record)."""
    who = audience(event)
    if who == NOBODY:
        return
    if who == COMMENT_PEOPLE and event.kind == EventKind.COMMENT_STATUS:
        who = COMMENT_AUTHOR
    _write(who, {"contribution_id": contribution.id, "comment_id": comment.id if comment is not None else None,
                 "answered_id": (event.data or {}).get("reply_to") if comment is not None else None,
                 "actor_id": event.actor_id, "consultation_id": contribution.consultation_id, "event_id": event.id,
                 "created_at": event.created_at})


def notify_action_event(event: ActionEvent) -> None:
    """A change of an action's yearly follow-up: the people behind its source contributions are told."""
    if event.kind != ActionEventKind.PROGRESS:
        return
    _write(SOURCES, {"action_id": event.action_id, "actor_id": event.actor_id, "consultation_id": event.consultation_id,
                     "action_event_id": event.id, "created_at": event.created_at})


def notify_report(report: Report, actor_id: int | None) -> None:
    """A document published: every member of its consultation is told (once per document)."""
    if db.session.scalar(sa.select(sa.exists().where(Notification.report_id == report.id))):
        return
    _write(MEMBERS, {"actor_id": actor_id, "consultation_id": report.consultation_id, "report_id": report.id,
                     "created_at": utcnow()})


# -- the notification centre -------------------------------------------------------------------------

@dataclass
class NotificationPage:
    items: list[Notification]
    next_cursor: str | None = None
    prev_cursor: str | None = None


_PAGE = (
    sa.select(Notification).where(Notification.user_id == sa.bindparam("user_id"))
    .options(joinedload(Notification.event).joinedload(ContributionEvent.contribution)
             .joinedload(Contribution.consultation),
             joinedload(Notification.event).joinedload(ContributionEvent.actor),
             joinedload(Notification.report).joinedload(Report.consultation),
             joinedload(Notification.action_event).joinedload(ActionEvent.action),
             joinedload(Notification.action_event).joinedload(ActionEvent.consultation),
             joinedload(Notification.action_event).joinedload(ActionEvent.actor))
)


def page(user: User, after: str | None = None, before: str | None = None, size: int = 30) -> NotificationPage:
    """A person's notifications, newest first, page by page (one query)."""
    window = keyset.Window.of(after, before, (int,))
    order, bound = keyset.ordered([Notification.id], True, window.forward, window.bound is not None)
    rows = list(db.session.scalars(_PAGE.where(*bound).order_by(*order).limit(size + 1),
                                   {"user_id": user.id, **window.parameters()}).unique())
    rows, next_cursor, prev_cursor = window.finish(rows, size, lambda n: keyset.format_cursor((n.id,)))
    return NotificationPage(rows, next_cursor, prev_cursor)


def mark_read(user: User, notification_ids=None) -> int:
    """Mark these notifications of `user` as read (all of them when None); returns how many were
    unread. The unread count goes down by exactly that many (a notification written meanwhile
    stays counted)."""
    condition = [Notification.user_id == user.id, Notification.read_at.is_(None)]
    if notification_ids is not None:
        ids = [int(i) for i in notification_ids if str(i).isdigit()]
        if not ids:
            return 0
        condition.append(Notification.id.in_(ids))
    changed = db.session.execute(sa.update(Notification).where(*condition).values(read_at=utcnow())
                                 .execution_options(synchronize_session=False)).rowcount
    if changed:
        db.session.execute(sa.update(User).where(User.id == user.id).values(
            unread_notifications=sa.func.max(User.unread_notifications - changed, 0)
            if db.session.get_bind().dialect.name == "sqlite"
            else sa.func.greatest(User.unread_notifications - changed, 0)))
        db.session.expire(user, ["unread_notifications"])
    return changed


def set_frequency(user: User, frequency: EmailFrequency | str) -> bool:
    """How `user` wants their notifications by e-mail; returns True when it changed."""
    frequency = EmailFrequency(frequency)
    if user.email_frequency == frequency:
        return False
    user.email_frequency = frequency
    db.session.flush()
    return True


# -- the link that changes the preference without logging in (and unsubscribes in one click) --------

def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="email-preferences")


def preference_token(user: User) -> str:
    """A signed token naming the person and the address it was sent to: valid as long as the
    address does not change (RFC 8058 asks for links that keep working)."""
    return _serializer().dumps({"u": user.id, "e": user.email})


def user_for_token(token: str) -> User | None:
    try:
        data = _serializer().loads(token or "")
    except BadData:
        return None
    if not isinstance(data, dict):
        return None
    user = db.session.get(User, data.get("u")) if isinstance(data.get("u"), int) else None
    return user if user is not None and user.email == data.get("e") else None


def recount_unread() -> int:
    """Put every unread count back in step with the rows; returns how many were wrong."""
    counted = (sa.select(sa.func.count(Notification.id))
               .where(Notification.user_id == User.id, Notification.read_at.is_(None)).scalar_subquery())
    wrong = db.session.execute(sa.select(User.id, counted).where(User.unread_notifications != counted)).all()
    for user_id, count in wrong:
        db.session.execute(sa.update(User).where(User.id == user_id).values(unread_notifications=count))
    return len(wrong)

