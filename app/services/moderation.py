"""Moderation: members' reports (signalements) of a contribution or a comment, the hiding of what
enough members reported until a facilitator decides, the facilitators' queue and decisions, and
the consultation's audit log (its events, read back: there is no second log)."""
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Flag,
    FlagReason,
    FlagResolution,
    Membership,
    Role,
    User,
)
from ..models.base import utcnow
from . import keyset, lifecycle
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_text, is_visible

FLAG_TEXT_MAX = 1000
QUEUE_SIZE = 100


# -- reports ---------------------------------------------------------------------------------------

def flag(access: Access, contribution: Contribution, comment: Comment | None, reason: FlagReason | str,
         text: str = "") -> bool:
    """A member reports a contribution (or one of its comments). Returns False when they had already
    reported it (nothing changes). When the consultation's threshold of open reports is reached,
    what was reported is hidden until a facilitator decides."""
    obj = comment if comment is not None else contribution
    if not access.can_flag(obj, contribution):
        raise NotAllowed(_l("Vous ne pouvez pas signaler ceci."))
    try:
        reason = FlagReason(reason)
    except ValueError:
        raise DomainError(_l("Choisissez une raison dans la liste."), field="reason") from None
    text = clean_text(text)
    if reason == FlagReason.OTHER and not is_visible(text):
        raise DomainError(_l("Dites en quelques mots ce qui pose problème."), field="text")
    if len(text) > FLAG_TEXT_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=FLAG_TEXT_MAX), field="text")
    target = Flag.target_of(contribution.id, comment.id if comment is not None else None)
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[db.session.get_bind().dialect.name]
    added = db.session.execute(insert(Flag).values(
        consultation_id=contribution.consultation_id, contribution_id=contribution.id,
        comment_id=comment.id if comment is not None else None, target=target, user_id=access.user_id,
        reason=reason.value, text=text, created_at=utcnow(),
    ).on_conflict_do_nothing(index_elements=["user_id", "target"]).returning(Flag.id)).first()
    if added is None:
        return False
    threshold = access.consultation.flag_threshold
    if threshold and _open_count(access.consultation.id, target) >= threshold:
        note = str(_l("Masqué automatiquement : %(n)s membres l'ont signalé. L'équipe d'animation va examiner ces "
                      "signalements et décider.", n=threshold))
        if comment is not None and comment.status == CommentStatus.VISIBLE:
            lifecycle.set_comment_status(None, comment, CommentStatus.HIDDEN, note, system=True)
        elif comment is None and contribution.status == ContributionStatus.PUBLISHED:
            lifecycle.set_status(None, contribution, ContributionStatus.HIDDEN, note, system=True)
    return True


def _open_count(consultation_id: int, target: str) -> int:
    return db.session.scalar(sa.select(sa.func.count(Flag.id)).where(
        Flag.consultation_id == consultation_id, Flag.target == target, Flag.resolved_at.is_(None)))


def has_flagged(access: Access, contribution: Contribution, comment: Comment | None = None) -> bool:
    target = Flag.target_of(contribution.id, comment.id if comment is not None else None)
    return access.user_id is not None and db.session.scalar(sa.select(sa.exists().where(
        Flag.user_id == access.user_id, Flag.target == target))) or False


# -- the facilitators' queue and their decisions ---------------------------------------------------

@dataclass
class QueueItem:
    target: str
    contribution: Contribution
    comment: Comment | None
    count: int
    first_at: datetime
    last_at: datetime
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def obj(self):
        return self.comment if self.comment is not None else self.contribution

    @property
    def is_hidden(self) -> bool:
        if self.comment is not None:
            return self.comment.status == CommentStatus.HIDDEN
        return self.contribution.status == ContributionStatus.HIDDEN


def queue(consultation: Consultation, limit: int = QUEUE_SIZE) -> list[QueueItem]:
    """What members reported and no facilitator decided yet: the most reported first, then the
    oldest (three queries whatever the number of reports)."""
    grouped = db.session.execute(
        sa.select(Flag.target, Flag.contribution_id, Flag.comment_id, sa.func.count(Flag.id),
                  sa.func.min(Flag.created_at), sa.func.max(Flag.created_at))
        .where(Flag.consultation_id == consultation.id, Flag.resolved_at.is_(None))
        .group_by(Flag.target, Flag.contribution_id, Flag.comment_id)
        .order_by(sa.func.count(Flag.id).desc(), sa.func.min(Flag.created_at), Flag.target)
        .limit(limit)).all()
    if not grouped:
        return []
    contributions = {c.id: c for c in db.session.scalars(
        sa.select(Contribution).where(Contribution.id.in_({row[1] for row in grouped}))
        .options(joinedload(Contribution.author), joinedload(Contribution.workshop)))}
    comment_ids = {row[2] for row in grouped if row[2]}
    comments = {m.id: m for m in db.session.scalars(
        sa.select(Comment).where(Comment.id.in_(comment_ids)).options(joinedload(Comment.author)))} \
        if comment_ids else {}
    items = {row[0]: QueueItem(row[0], contributions[row[1]], comments.get(row[2]), row[3], row[4], row[5])
             for row in grouped}
    for target, reason, count in db.session.execute(
            sa.select(Flag.target, Flag.reason, sa.func.count(Flag.id))
            .where(Flag.consultation_id == consultation.id, Flag.resolved_at.is_(None), Flag.target.in_(items))
            .group_by(Flag.target, Flag.reason)):
        items[target].reasons[reason.value if hasattr(reason, "value") else reason] = count
    return list(items.values())


def flags_of(consultation: Consultation, contribution: Contribution, comment: Comment | None = None) -> list[Flag]:
    """The open reports of one contribution or comment, oldest first (with who made them)."""
    target = Flag.target_of(contribution.id, comment.id if comment is not None else None)
    return list(db.session.scalars(
        sa.select(Flag).where(Flag.consultation_id == consultation.id, Flag.target == target,
                              Flag.resolved_at.is_(None))
        .options(joinedload(Flag.user)).order_by(Flag.created_at, Flag.id)))


def _resolve(access: Access, contribution: Contribution, comment: Comment | None, resolution: FlagResolution) -> int:
    target = Flag.target_of(contribution.id, comment.id if comment is not None else None)
    return db.session.execute(
        sa.update(Flag).where(Flag.consultation_id == contribution.consultation_id, Flag.target == target,
                              Flag.resolved_at.is_(None))
        .values(resolved_at=utcnow(), resolved_by_id=access.user_id, resolution=resolution)
        .execution_options(synchronize_session=False)).rowcount


HIDE, KEEP = "hide", "keep"


def decide(access: Access, contribution: Contribution, comment: Comment | None, decision: str,
           reason: str) -> ContributionEvent:
    """A facilitator's decision on a contribution or comment: hide it, or keep it (shown again if
    reports had hidden it). Either way with a reason its author is told, and its open reports
    closed. Returns the event that says so."""
    if not access.can_moderate():
        raise NotAllowed(_l("Seule l'équipe d'animation modère."))
    if decision not in (HIDE, KEEP):
        raise DomainError(_l("Choisissez : masquer ou conserver."), field="decision")
    hidden = (comment.status == CommentStatus.HIDDEN) if comment is not None \
        else (contribution.status == ContributionStatus.HIDDEN)
    if decision == HIDE and not hidden or decision == KEEP and hidden:
        if comment is not None:
            event = lifecycle.set_comment_status(
                access, comment, CommentStatus.HIDDEN if decision == HIDE else CommentStatus.VISIBLE, reason)
        else:
            event = lifecycle.set_status(
                access, contribution, ContributionStatus.HIDDEN if decision == HIDE else ContributionStatus.PUBLISHED,
                reason)
    else:  # the state stays: the decision is recorded with its reason all the same
        reason = clean_text(reason)
        if not is_visible(reason):
            raise DomainError(_l("Indiquez la raison : elle est montrée à l'auteur et aux lecteurs."), field="reason")
        if len(reason) > lifecycle.REASON_MAX:
            raise DomainError(_l("%(n)s caractères au plus.", n=lifecycle.REASON_MAX), field="reason")
        event = lifecycle.record(contribution, EventKind.FLAGS_REVIEWED, access, comment=comment,
                                 new=FlagResolution.HIDDEN.value if hidden else FlagResolution.KEPT.value, note=reason)
    _resolve(access, contribution, comment, FlagResolution.HIDDEN if decision == HIDE else FlagResolution.KEPT)
    return event


# -- the audit log -----------------------------------------------------------------------------------

# The audit log's filters by who acted: one facilitator, or a kind of actor (as the event recorded
# their role then): what no person did (reports past the threshold), the authors of what they
# changed, the other members.
ACTOR_GROUPS = {"automatique": ("system",), "auteurs": ("author",), "membres": ("participant", "elected")}


@dataclass(frozen=True)
class AuditFilters:
    kind: EventKind | None = None
    actor_id: int | None = None
    actor_group: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass
class AuditPage:
    items: list[ContributionEvent]
    next_cursor: str | None = None
    prev_cursor: str | None = None


def _audit_query(consultation: Consultation, filters: AuditFilters):
    query = (sa.select(ContributionEvent).where(ContributionEvent.consultation_id == consultation.id)
             .options(joinedload(ContributionEvent.actor), joinedload(ContributionEvent.contribution),
                      joinedload(ContributionEvent.related)))
    if filters.kind is not None:
        query = query.where(ContributionEvent.kind == filters.kind)
    if filters.actor_id is not None:
        query = query.where(ContributionEvent.actor_id == filters.actor_id)
    if filters.actor_group in ACTOR_GROUPS:
        query = query.where(ContributionEvent.actor_role.in_(ACTOR_GROUPS[filters.actor_group]))
    if filters.since is not None:
        query = query.where(ContributionEvent.created_at >= datetime.combine(filters.since, time()))
    if filters.until is not None:
        query = query.where(ContributionEvent.created_at < datetime.combine(filters.until + timedelta(days=1), time()))
    return query


def audit(consultation: Consultation, filters: AuditFilters, after: str | None = None, before: str | None = None,
          size: int = 30) -> AuditPage:
    """The events of a consultation, newest first, filtered, page by page (one query)."""
    window = keyset.Window.of(after, before, (int,))
    order, bound = keyset.ordered([ContributionEvent.id], True, window.forward, window.bound is not None)
    rows = list(db.session.scalars(_audit_query(consultation, filters).where(*bound).order_by(*order)
                                   .limit(size + 1), window.parameters()).unique())
    rows, next_cursor, prev_cursor = window.finish(rows, size, lambda e: keyset.format_cursor((e.id,)))
    return AuditPage(rows, next_cursor, prev_cursor)


def facilitators(consultation: Consultation) -> list[tuple[int, str]]:
    """(id, name) of the consultation's facilitators, by name: the people the audit log filters on
    (a few, whatever the size of the log)."""
    return list(db.session.execute(
        sa.select(User.id, User.display_name).join(Membership, Membership.user_id == User.id)
        .where(Membership.consultation_id == consultation.id, Membership.role == Role.FACILITATOR)
        .order_by(Membership.sort_name, User.id)).all())


def audit_csv(consultation: Consultation, filters: AuditFilters, describe, batch: int = 500) -> Iterator[str]:
    """The audit log as CSV, streamed: read in batches of `batch` events (keyset), written as they
    come; memory does not grow with the log. `describe(event)` gives the columns of one event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    header = True
    last_id = None
    while True:
        query = _audit_query(consultation, filters)
        if last_id is not None:
            query = query.where(ContributionEvent.id < last_id)
        events = list(db.session.scalars(query.order_by(ContributionEvent.id.desc()).limit(batch)).unique())
        if header:
            writer.writerow(describe(None))
            header = False
        for event in events:
            writer.writerow(describe(event))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        if len(events) < batch:
            return
        last_id = events[-1].id
