"""Notifications: derived from events inside the door that writes them, one row per person
concerned (never the actor), written in bulk in SQL; the notification centre; how each person
wants them by e-mail (never, at once, a daily or a weekly digest) and the command that sends
what is due through the outbox.

Who is concerned by an event (AUDIENCES): the people of a contribution (its author, the authors
of what was merged into it, those who commented it and those who liked it, each once, under the
closest reason), its author alone, or the authors of a comment and of the comment it answers. A
published document concerns every member of its consultation.
"""
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask import current_app
from itsdangerous import BadData, URLSafeSerializer
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import (
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
PEOPLE, AUTHOR, COMMENT_PEOPLE, NOBODY = "people", "author", "comment-people", "nobody"


def audience(event: ContributionEvent) -> str:
    """Who an event concerns. A withdrawal concerns nobody; edits and first postings neither."""
    kind = event.kind
    if kind in (EventKind.OUTCOME, EventKind.MERGED, EventKind.UNMERGED):
        return PEOPLE
    if kind == EventKind.STATUS:  # moderation: hidden and restored; a withdrawal by its author is no news
        return PEOPLE if event.new_value != "withdrawn" else NOBODY
    if kind in (EventKind.MERGE_RECEIVED, EventKind.FLAGS_REVIEWED):
        return AUTHOR
    if kind in (EventKind.COMMENTED, EventKind.COMMENT_STATUS):
        return COMMENT_PEOPLE if event.new_value != "withdrawn" else NOBODY
    return NOBODY


def _people_of(contribution_id, actor_id):
    """(user_id, reason) of the people of a contribution, each once under the closest reason."""
    family = sa.select(Contribution.id).where(sa.or_(Contribution.id == contribution_id,
                                                     Contribution.merged_into_id == contribution_id))
    who = sa.union_all(
        sa.select(Contribution.author_id.label("user_id"), sa.literal(1).label("rank"))
        .where(Contribution.id == contribution_id),
        sa.select(Contribution.author_id, sa.literal(2)).where(Contribution.merged_into_id == contribution_id),
        sa.select(Comment.author_id, sa.literal(3)).where(Comment.contribution_id.in_(family),
                                                          Comment.status == CommentStatus.VISIBLE),
        sa.select(Like.user_id, sa.literal(4)).where(Like.contribution_id.in_(family)),
    ).subquery()
    rank = sa.func.min(who.c.rank)
    reason = sa.case((rank == 1, R.AUTHOR.value), (rank == 2, R.COAUTHOR.value), (rank == 3, R.COMMENTER.value),
                     else_=R.LIKER.value)
    return (sa.select(who.c.user_id, reason)
            .where(who.c.user_id.is_not(None), who.c.user_id != sa.func.coalesce(actor_id, 0))
            .group_by(who.c.user_id))


def _insert(rows_query, consultation_id: int, created_at: datetime, event_id: int | None = None,
            report_id: int | None = None) -> None:
    """Write the notifications of one event (or report) for the (user_id, reason) rows of a query,
    and add them to the unread counts: two statements whatever the number of people."""
    selected = rows_query.subquery()
    db.session.execute(sa.insert(Notification).from_select(
        ["user_id", "reason", "consultation_id", "event_id", "report_id", "created_at"],
        sa.select(selected.c[0], selected.c[1], sa.literal(consultation_id), sa.literal(event_id, sa.Integer),
                  sa.literal(report_id, sa.Integer), sa.literal(created_at, sa.DateTime))))
    subject = Notification.event_id == event_id if event_id is not None else Notification.report_id == report_id
    db.session.execute(sa.update(User).where(User.id.in_(sa.select(Notification.user_id).where(subject)))
                       .values(unread_notifications=User.unread_notifications + 1)
                       .execution_options(synchronize_session=False))
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
    actor = sa.func.coalesce(sa.literal(event.actor_id, sa.Integer), 0)
    if who == PEOPLE:
        rows = _people_of(contribution.id, event.actor_id)
    elif who == AUTHOR:
        rows = sa.select(Contribution.author_id, sa.literal(R.AUTHOR.value)).where(
            Contribution.id == contribution.id, Contribution.author_id.is_not(None), Contribution.author_id != actor)
    else:  # a comment: its author when moderated; when posted, the contribution's author and the parent's
        if event.kind == EventKind.COMMENT_STATUS:
            rows = sa.select(Comment.author_id, sa.literal(R.COMMENT_AUTHOR.value)).where(
                Comment.id == comment.id, Comment.author_id.is_not(None), Comment.author_id != actor)
        else:
            answered = (event.data or {}).get("reply_to", comment.parent_id)
            parent = sa.select(Comment.author_id.label("user_id"), sa.literal(2).label("rank")).where(
                Comment.id == sa.literal(answered, sa.Integer))
            mine = sa.select(Contribution.author_id.label("user_id"), sa.literal(1).label("rank")).where(
                Contribution.id == contribution.id)
            both = sa.union_all(mine, parent).subquery()
            rank = sa.func.min(both.c.rank)
            rows = (sa.select(both.c.user_id, sa.case((rank == 1, R.AUTHOR.value), else_=R.REPLIED.value))
                    .where(both.c.user_id.is_not(None), both.c.user_id != actor).group_by(both.c.user_id))
    _insert(rows, contribution.consultation_id, event.created_at, event_id=event.id)


def notify_report(report: Report, actor_id: int | None) -> None:
    """A document published: every member of its consultation is told (once per document)."""
    if db.session.scalar(sa.select(sa.exists().where(Notification.report_id == report.id))):
        return
    rows = sa.select(Membership.user_id, sa.literal(R.MEMBER.value)).where(
        Membership.consultation_id == report.consultation_id,
        Membership.user_id != sa.func.coalesce(sa.literal(actor_id, sa.Integer), 0))
    _insert(rows, report.consultation_id, utcnow(), report_id=report.id)


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
             joinedload(Notification.report).joinedload(Report.consultation))
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

