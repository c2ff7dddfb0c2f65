"""The life of a contribution: the doors that change its status, its outcome and its comments' status,
its merges, and the one function that writes an event (and, from it, the notifications).

Every change goes through one door, which does nothing when nothing changes, checks the change
against the transition tables of services.permissions (who, whether a reason is needed), writes
one ContributionEvent with the values before and after, and tells the people concerned
(services.notifications). The history of a contribution, its answer, its merges and the audit
log are these events read back.
"""
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import (
    Comment,
    CommentStatus,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Like,
    Outcome,
)
from ..models.base import utcnow
from . import notifications
from .counts import adjust_counts, adjust_workshop
from .errors import DomainError, NotAllowed
from .permissions import (
    COMMENT_TRANSITIONS,
    OUTCOME_TRANSITIONS,
    STATUS_TRANSITIONS,
    SYSTEM,
    Access,
    Transition,
)
from .text import clean_text, is_visible

REASON_MAX = 1000   # why something was hidden, restored, kept, un-merged
ANSWER_MAX = 5000   # a public answer (Markdown)
MERGE_MAX = 50      # contributions merged at once


# -- events ---------------------------------------------------------------------------------------

def actor_role(access: Access | None, obj: Contribution | Comment | None = None, system: bool = False) -> str:
    """The role the history names beside the actor: "author" when they wrote what they acted on,
    else their role in the consultation ("admin" for a platform administrator who is no member)."""
    if system or access is None or access.user_id is None:
        return SYSTEM if system else ""
    if obj is not None and access.is_own(obj):
        return "author"
    if access.role is not None:
        return access.role.value
    return "admin" if access.is_admin else ""


def record(contribution: Contribution, kind: EventKind, access: Access | None, *, system: bool = False,
           old: str | None = None, new: str | None = None, note: str = "", data: dict | None = None,
           comment: Comment | None = None, related: Contribution | None = None,
           created_at: datetime | None = None, notify: bool = True, role: str = "") -> ContributionEvent:
    """Write one event of `contribution` (and tell the people concerned): the only writer of events.
    `role` names an actor without an account (a guest of the room)."""
    event = ContributionEvent(
        consultation_id=contribution.consultation_id, contribution=contribution,
        comment_id=comment.id if comment is not None else None,
        related_id=related.id if related is not None else None,
        actor_id=None if system or access is None else access.user_id,
        # On a comment's own change, "author" means the comment's author; else the contribution's.
        actor_role=role or actor_role(access, comment if kind == EventKind.COMMENT_STATUS else contribution, system),
        kind=kind, old_value=old, new_value=new, note=note, data=data, created_at=created_at or utcnow(),
    )
    db.session.add(event)
    db.session.flush()
    if notify:
        notifications.notify_event(event, contribution, comment)
    return event


def _reason(transition: Transition, text: str, limit: int, field: str, missing) -> str:
    text = clean_text(text)
    if transition.needs_reason() and not is_visible(text):
        raise DomainError(missing, field=field)
    if len(text) > limit:
        raise DomainError(_l("%(n)s caractères au plus.", n=limit), field=field)
    return text


# -- status: on the boards or not ------------------------------------------------------------------

def set_status(access: Access | None, contribution: Contribution, new_status: ContributionStatus,
               note: str = "", *, system: bool = False, operation: str | None = None,
               related: Contribution | None = None, data: dict | None = None) -> ContributionEvent | None:
    """The only code that changes a contribution's status. Nothing when it is the same; a change
    the table does not allow to this actor is refused; one event; the kept counts follow."""
    new_status = ContributionStatus(new_status)
    old_status = contribution.status
    if old_status == new_status:
        return None
    transition = STATUS_TRANSITIONS.get((old_status, new_status))
    allowed = (transition is not None and SYSTEM in transition.by and transition.operation == operation) if system \
        else access.can_set_status(contribution, new_status, operation)
    if not allowed:
        raise NotAllowed(_l("Ce changement n'est pas possible."))
    note = _reason(transition, note, REASON_MAX, "reason",
                   _l("Indiquez la raison : elle est montrée à l'auteur et aux lecteurs."))
    kind = EventKind.STATUS
    if operation == "merge":
        kind = EventKind.MERGED if new_status == ContributionStatus.MERGED else EventKind.UNMERGED
    contribution.status = new_status
    db.session.flush()
    if (old_status == ContributionStatus.PUBLISHED) != (new_status == ContributionStatus.PUBLISHED):
        sign = 1 if new_status == ContributionStatus.PUBLISHED else -1
        adjust_workshop(contribution.workshop_id, contribution.mission_id, contributions=sign,
                        likes=sign * contribution.like_count, comments=sign * contribution.comment_count)
    return record(contribution, kind, access, system=system, old=old_status.value, new=new_status.value,
                  note=note, related=related, data=data)


# -- outcome: what became of it --------------------------------------------------------------------

_ANSWER = (sa.select(ContributionEvent)
           .where(ContributionEvent.contribution_id == sa.bindparam("contribution_id"),
                  ContributionEvent.kind == EventKind.OUTCOME)
           .options(joinedload(ContributionEvent.actor))
           .order_by(ContributionEvent.id.desc()).limit(1))


def current_answer(contribution: Contribution) -> ContributionEvent | None:
    """The event that gave the contribution its present outcome and answer."""
    if contribution.outcome == Outcome.NONE:
        return None
    return db.session.scalar(_ANSWER, {"contribution_id": contribution.id})


def set_outcome(access: Access, contribution: Contribution, new_outcome: Outcome, answer: str = "",
                operation: str | None = None, data: dict | None = None) -> ContributionEvent | None:
    """The only code that changes a contribution's outcome, with its public answer. Nothing when
    neither the outcome nor the answer changes; one event otherwise."""
    new_outcome = Outcome(new_outcome)
    transition = OUTCOME_TRANSITIONS.get((contribution.outcome, new_outcome))
    if not access.can_set_outcome(contribution, new_outcome, operation):
        raise NotAllowed(_l("Cette réponse n'est pas possible pour cette contribution."))
    answer = _reason(transition, answer, ANSWER_MAX, "answer",
                     _l("Écrivez la réponse : elle est publiée sur la page de la contribution."))
    if new_outcome == contribution.outcome:
        previous = current_answer(contribution)
        if previous is not None and previous.note == answer:
            return None
    old = contribution.outcome
    contribution.outcome = new_outcome
    db.session.flush()
    return record(contribution, EventKind.OUTCOME, access, old=old.value, new=new_outcome.value, note=answer,
                  data=data)


# -- comments: shown, withdrawn, hidden ------------------------------------------------------------

def set_comment_status(access: Access | None, comment: Comment, new_status: CommentStatus, note: str = "", *,
                       system: bool = False) -> ContributionEvent | None:
    """The only code that changes a comment's status: withdrawn by its author, hidden or restored
    by moderation (with the reason its author is told). One event of its contribution."""
    new_status = CommentStatus(new_status)
    old_status = comment.status
    if old_status == new_status:
        return None
    transition = COMMENT_TRANSITIONS.get((old_status, new_status))
    allowed = (transition is not None and SYSTEM in transition.by) if system \
        else access.can_set_comment_status(comment, new_status)
    if not allowed:
        raise NotAllowed(_l("Ce changement n'est pas possible."))
    note = _reason(transition, note, REASON_MAX, "reason",
                   _l("Indiquez la raison : elle est montrée à l'auteur du commentaire."))
    comment.status = new_status
    db.session.flush()
    if (old_status == CommentStatus.VISIBLE) != (new_status == CommentStatus.VISIBLE):
        adjust_counts(comment.contribution, comments=1 if new_status == CommentStatus.VISIBLE else -1)
    return record(comment.contribution, EventKind.COMMENT_STATUS, access, system=system, old=old_status.value,
                  new=new_status.value, note=note, comment=comment)


# -- merges ------------------------------------------------------------------------------------------

def has_merged_into_it(contribution: Contribution) -> bool:
    return db.session.scalar(sa.select(sa.exists().where(Contribution.merged_into_id == contribution.id)))


def check_merge(access: Access, sources: list[Contribution], target: Contribution) -> None:
    """Refuse, in French, a merge that cannot be made (before anything is written)."""
    if not sources:
        raise DomainError(_l("Choisissez au moins une contribution à fusionner."), field="sources")
    if len(sources) > MERGE_MAX:
        raise DomainError(_l("%(n)s contributions au plus à la fois.", n=MERGE_MAX), field="sources")
    if not access.can_merge(target):
        raise DomainError(_l("La contribution qui reçoit la fusion doit être publiée."), field="target")
    for source in sources:
        if source.id == target.id:
            raise DomainError(_l("Une contribution ne peut pas être fusionnée dans elle-même."), field="target")
        if source.consultation_id != target.consultation_id or not access.can_merge(source):
            raise DomainError(_l("« %(title)s » ne peut pas être fusionnée : elle n'est plus publiée.",
                                 title=source.title), field="sources")
        if has_merged_into_it(source):
            raise DomainError(_l("« %(title)s » a déjà reçu d'autres contributions : fusionnez plutôt les autres "
                                 "dans celle-ci, ou annulez d'abord ces fusions.", title=source.title), field="sources")


def merge(access: Access, sources: list[Contribution], target: Contribution, note: str = "") -> list[ContributionEvent]:
    """Merge `sources` into `target`: nothing is deleted. Each source leaves the boards (status
    merged) and says where it went; its likes and comments stay where they were made; the target
    lists it, counts its supporters once and names its author among the co-authors."""
    check_merge(access, sources, target)
    events = []
    for source in sources:
        source.merged_into_id = target.id
        events.append(set_status(access, source, ContributionStatus.MERGED, note, operation="merge", related=target))
        record(target, EventKind.MERGE_RECEIVED, access, related=source, note=events[-1].note)
    return events


def unmerge(access: Access, source: Contribution, reason: str) -> ContributionEvent:
    """Undo a merge, with a reason: the contribution is back on the boards; both keep the history."""
    target = db.session.get(Contribution, source.merged_into_id) if source.merged_into_id else None
    event = set_status(access, source, ContributionStatus.PUBLISHED, reason, operation="merge", related=target)
    source.merged_into_id = None
    if target is not None:
        record(target, EventKind.MERGE_UNDONE, access, related=source, note=event.note)
    db.session.flush()
    return event


_MERGED_INTO = (sa.select(Contribution).where(Contribution.merged_into_id == sa.bindparam("target_id"))
                .options(joinedload(Contribution.author)).order_by(Contribution.id))


def merged_into(contribution: Contribution) -> list[Contribution]:
    """The contributions merged into this one, oldest first (with their authors: the co-authors)."""
    return list(db.session.scalars(_MERGED_INTO, {"target_id": contribution.id}))


def supporters(contribution: Contribution) -> int:
    """The people who liked this contribution or one merged into it, each counted once (a like of a
    deleted account counts as one person)."""
    return supporters_of([contribution])


def supporters_of(contributions: list[Contribution]) -> int:
    """The people who liked any of these contributions or of those merged into them, each once."""
    given = [c.id for c in contributions]
    ids = sa.select(Contribution.id).where(sa.or_(Contribution.id.in_(given), Contribution.merged_into_id.in_(given)))
    named, anonymous = db.session.execute(
        sa.select(sa.func.count(sa.distinct(Like.user_id)),
                  sa.func.count(Like.id).filter(Like.user_id.is_(None)))
        .where(Like.contribution_id.in_(ids))).one()
    return named + anonymous


# -- reading the history ---------------------------------------------------------------------------

_HISTORY = (
    sa.select(ContributionEvent)
    .where(ContributionEvent.contribution_id == sa.bindparam("contribution_id"),
           ContributionEvent.kind != EventKind.COMMENTED)
    .options(joinedload(ContributionEvent.actor), joinedload(ContributionEvent.related))
    .order_by(ContributionEvent.created_at.desc(), ContributionEvent.id.desc())
)


def history(contribution: Contribution) -> list[ContributionEvent]:
    """What happened to a contribution, newest first (the comments themselves are shown apart)."""
    return list(db.session.scalars(_HISTORY, {"contribution_id": contribution.id}))


# The events that say why something is hidden: the hiding itself, or a later decision to keep it so.
HIDING_KINDS = (EventKind.STATUS, EventKind.COMMENT_STATUS, EventKind.FLAGS_REVIEWED)


def hiding_event(contribution: Contribution, comment: Comment | None = None) -> ContributionEvent | None:
    """The latest event that hid a contribution (or one of its comments) or kept it hidden, with its reason."""
    query = (sa.select(ContributionEvent).where(ContributionEvent.contribution_id == contribution.id,
                                                ContributionEvent.kind.in_(HIDING_KINDS),
                                                ContributionEvent.new_value == "hidden")
             .order_by(ContributionEvent.id.desc()).limit(1))
    query = query.where(ContributionEvent.comment_id == comment.id if comment is not None
                        else ContributionEvent.comment_id.is_(None))
    return db.session.scalar(query)


def latest(events: list[ContributionEvent], kinds, new: str | None = None) -> ContributionEvent | None:
    """The newest of `events` (newest first) of one of these kinds (and this new value), about the
    contribution itself rather than one of its comments."""
    kinds = (kinds,) if isinstance(kinds, EventKind) else kinds
    return next((e for e in events if e.kind in kinds and (new is None or e.new_value == new)
                 and e.comment_id is None), None)

