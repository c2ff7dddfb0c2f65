"""Contributions: posting, editing, the single door for status changes, boards and history."""
import math
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import (
    Consultation,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Like,
    Mission,
    Origin,
    Theme,
    Workshop,
    WorkshopStatus,
    contribution_themes,
)
from ..models.base import utcnow
from . import search
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_line, clean_text

TITLE_MAX = 140
BODY_MAX = 5000
SHUFFLE_MODULUS = 2**31

# -- trending -----------------------------------------------------------------------------------
# Engagement on a log scale plus age: a contribution two days younger weighs as much as one
# with ten times the engagement. Stored (and indexed) so that the sort costs nothing at read time.
_TREND_EPOCH = datetime(2020, 1, 1)
_TREND_SECONDS_PER_DECADE = 2 * 24 * 3600


def trend_score(likes: int, comments: int, created_at: datetime) -> float:
    engagement = max(1, likes + 2 * comments)
    return math.log10(engagement) + (created_at - _TREND_EPOCH).total_seconds() / _TREND_SECONDS_PER_DECADE


def adjust_counts(contribution: Contribution, likes: int = 0, comments: int = 0) -> None:
    """Add to the kept counts atomically in SQL (concurrent requests never lose an increment),
    then refresh the trend score from the new values."""
    table = Contribution.__table__
    row = db.session.execute(
        sa.update(table)
        .where(table.c.id == contribution.id)
        .values(like_count=table.c.like_count + likes, comment_count=table.c.comment_count + comments)
        .returning(table.c.like_count, table.c.comment_count, table.c.created_at)
    ).one()
    score = trend_score(row.like_count, row.comment_count, row.created_at)
    db.session.execute(sa.update(table).where(table.c.id == contribution.id).values(trend_score=score))
    set_committed_value(contribution, "like_count", row.like_count)
    set_committed_value(contribution, "comment_count", row.comment_count)
    set_committed_value(contribution, "trend_score", score)


# -- writing ------------------------------------------------------------------------------------

def _validated(title: str, body: str) -> tuple[str, str]:
    title, body = clean_line(title), clean_text(body)
    if not title:
        raise DomainError(_l("Donnez un titre à votre contribution."), field="title")
    if len(title) > TITLE_MAX:
        raise DomainError(_l("Le titre fait au plus %(n)s caractères.", n=TITLE_MAX), field="title")
    if len(body) > BODY_MAX:
        raise DomainError(_l("Le texte fait au plus %(n)s caractères.", n=BODY_MAX), field="body")
    return title, body


def _themes(consultation: Consultation, theme_ids) -> list[Theme]:
    ids = {int(i) for i in theme_ids or ()}
    if not ids:
        return []
    themes = list(db.session.scalars(
        sa.select(Theme).where(Theme.consultation_id == consultation.id, Theme.id.in_(ids))
    ))
    if len(themes) != len(ids):
        raise DomainError(_l("Choisissez des thèmes de la liste."), field="themes")
    return themes


def _event(contribution: Contribution, actor_id: int | None, kind: EventKind, **values) -> ContributionEvent:
    event = ContributionEvent(contribution=contribution, actor_id=actor_id, kind=kind, **values)
    db.session.add(event)
    return event


def post_contribution(access: Access, workshop: Workshop, mission: Mission | None, title: str,
                      body: str, theme_ids=(), origin: Origin = Origin.ONLINE,
                      created_at: datetime | None = None) -> Contribution:
    if workshop.consultation_id != access.consultation.id or not access.can_post(workshop, mission):
        raise NotAllowed(_l("Les contributions ne sont pas ouvertes ici."))
    title, body = _validated(title, body)
    created_at = created_at or utcnow()
    contribution = Contribution(
        consultation_id=workshop.consultation_id,
        workshop=workshop,
        mission=mission,
        author_id=access.user_id,
        title=title,
        body=body,
        origin=origin,
        created_at=created_at,
        themes=_themes(access.consultation, theme_ids),
        trend_score=trend_score(0, 0, created_at),
        shuffle_key=secrets.randbelow(SHUFFLE_MODULUS),
    )
    db.session.add(contribution)
    _event(contribution, access.user_id, EventKind.POSTED, new_status=ContributionStatus.PUBLISHED,
           created_at=created_at)
    db.session.flush()
    return contribution


def edit_contribution(access: Access, contribution: Contribution, title: str, body: str, theme_ids=()) -> bool:
    """Save the author's changes; returns False (and records nothing) when nothing changed."""
    if not access.can_edit_contribution(contribution):
        raise NotAllowed(_l("Vous ne pouvez pas modifier cette contribution."))
    title, body = _validated(title, body)
    themes = _themes(access.consultation, theme_ids)
    if (title, body, {t.id for t in themes}) == (contribution.title, contribution.body,
                                                 {t.id for t in contribution.themes}):
        return False
    contribution.title, contribution.body, contribution.themes = title, body, themes
    contribution.edited_at = utcnow()
    _event(contribution, access.user_id, EventKind.EDITED)
    db.session.flush()
    return True


def set_status(access: Access, contribution: Contribution, new_status: ContributionStatus,
               note: str = "") -> ContributionEvent | None:
    """The only code that changes a contribution's status. Does nothing when the status is the
    same; refuses a transition the permissions table does not allow; records one event."""
    new_status = ContributionStatus(new_status)
    if contribution.status == new_status:
        return None
    if not access.can_set_status(contribution, new_status):
        raise NotAllowed(_l("Ce changement n'est pas possible."))
    note = clean_text(note)
    if new_status == ContributionStatus.HIDDEN and not note:
        raise DomainError(_l("Indiquez la raison du masquage : elle est montrée à l'auteur."), field="note")
    if len(note) > 2000:
        raise DomainError(_l("2 000 caractères au plus."), field="note")
    event = _event(contribution, access.user_id, EventKind.STATUS, old_status=contribution.status,
                   new_status=new_status, note=note)
    contribution.status = new_status
    db.session.flush()
    return event


# -- reading ------------------------------------------------------------------------------------

def get_contribution(access: Access, contribution_id: int) -> Contribution | None:
    """The contribution if it belongs to this consultation and this access may see it."""
    contribution = db.session.scalar(
        sa.select(Contribution)
        .where(Contribution.id == contribution_id, Contribution.consultation_id == access.consultation.id)
        .options(joinedload(Contribution.author), joinedload(Contribution.workshop),
                 joinedload(Contribution.mission), selectinload(Contribution.themes))
    )
    if contribution is None or not access.can_view_contribution(contribution):
        return None
    return contribution


def history(contribution: Contribution) -> list[ContributionEvent]:
    return list(db.session.scalars(
        sa.select(ContributionEvent)
        .where(ContributionEvent.contribution_id == contribution.id)
        .options(joinedload(ContributionEvent.actor))
        .order_by(ContributionEvent.created_at.desc(), ContributionEvent.id.desc())
    ))


def liked_ids(user_id: int | None, contribution_ids) -> set[int]:
    ids = list(contribution_ids)
    if user_id is None or not ids:
        return set()
    return set(db.session.scalars(
        sa.select(Like.contribution_id).where(Like.user_id == user_id, Like.contribution_id.in_(ids))
    ))


# -- boards -------------------------------------------------------------------------------------

class Sort(StrEnum):
    TRENDING = "tendance"
    LIKED = "plus-aimees"
    COMMENTED = "plus-commentees"
    NEWEST = "recentes"
    RANDOM = "hasard"


def _sort_columns(sort: Sort, seed: int) -> tuple[list, bool, list[type]]:
    """(columns, descending, python types of the cursor values) for a sort."""
    c = Contribution
    if sort == Sort.LIKED:
        return [c.like_count, c.id], True, [int, int]
    if sort == Sort.COMMENTED:
        return [c.comment_count, c.id], True, [int, int]
    if sort == Sort.NEWEST:
        return [c.id], True, [int]
    if sort == Sort.RANDOM:
        rotated = (sa.cast(c.shuffle_key, sa.BigInteger) + seed) % SHUFFLE_MODULUS
        return [rotated, c.id], False, [int, int]
    return [c.trend_score, c.id], True, [float, int]


@dataclass
class BoardFilters:
    consultation: Consultation
    workshop: Workshop | None = None
    mission: Mission | None = None
    theme_id: int | None = None
    q: str = ""
    include_drafts: bool = False  # facilitators see contributions of draft workshops too

    def where(self) -> list:
        conditions = [
            Contribution.consultation_id == self.consultation.id,
            Contribution.status == ContributionStatus.PUBLISHED,
        ]
        if self.mission is not None:
            conditions.append(Contribution.mission_id == self.mission.id)
        elif self.workshop is not None:
            conditions.append(Contribution.workshop_id == self.workshop.id)
        elif not self.include_drafts:
            conditions.append(Contribution.workshop_id.in_(
                sa.select(Workshop.id).where(Workshop.consultation_id == self.consultation.id,
                                             Workshop.status != WorkshopStatus.DRAFT)
            ))
        if self.theme_id:
            conditions.append(Contribution.id.in_(
                sa.select(contribution_themes.c.contribution_id).where(contribution_themes.c.theme_id == self.theme_id)
            ))
        match = search.matching(self.q)
        if match is not None:
            conditions.append(match)
        return conditions


@dataclass
class BoardPage:
    items: list[Contribution]
    total: int
    next_cursor: str | None = None
    prev_cursor: str | None = None
    liked: set[int] = field(default_factory=set)


def _cursor_of(contribution: Contribution, sort: Sort, seed: int) -> str:
    if sort == Sort.NEWEST:
        values = [contribution.id]
    elif sort == Sort.LIKED:
        values = [contribution.like_count, contribution.id]
    elif sort == Sort.COMMENTED:
        values = [contribution.comment_count, contribution.id]
    elif sort == Sort.RANDOM:
        values = [(contribution.shuffle_key + seed) % SHUFFLE_MODULUS, contribution.id]
    else:
        values = [repr(contribution.trend_score), contribution.id]
    return "_".join(str(v) for v in values)


def _parse_cursor(cursor: str | None, types: list[type]) -> list | None:
    if not cursor:
        return None
    parts = cursor.split("_")
    if len(parts) != len(types):
        return None
    try:
        values = [kind(part) for kind, part in zip(types, parts, strict=True)]
    except ValueError:
        return None
    if any(isinstance(v, float) and not math.isfinite(v) for v in values):
        return None
    return values


def board(filters: BoardFilters, sort: Sort = Sort.TRENDING, after: str | None = None,
          before: str | None = None, seed: int = 0, page_size: int = 20,
          viewer_id: int | None = None, with_total: bool = True) -> BoardPage:
    """One page of a board with keyset pagination: `after`/`before` are cursors from a previous page."""
    columns, descending, types = _sort_columns(sort, seed)
    conditions = filters.where()
    after_values, before_values = _parse_cursor(after, types), _parse_cursor(before, types)
    backwards = before_values is not None and after_values is None
    key = sa.tuple_(*columns) if len(columns) > 1 else columns[0]

    def bound(values):
        return sa.tuple_(*values) if len(values) > 1 else values[0]

    if after_values is not None:
        conditions.append(key < bound(after_values) if descending else key > bound(after_values))
    elif backwards:
        conditions.append(key > bound(before_values) if descending else key < bound(before_values))
    reverse = descending != backwards
    order = [col.desc() if reverse else col.asc() for col in columns]
    rows = list(db.session.scalars(
        sa.select(Contribution)
        .where(*conditions)
        .order_by(*order)
        .limit(page_size + 1)
        .options(joinedload(Contribution.author), joinedload(Contribution.mission),
                 joinedload(Contribution.workshop), selectinload(Contribution.themes))
    ).unique())
    more = len(rows) > page_size
    rows = rows[:page_size]
    if backwards:
        rows.reverse()
    page = BoardPage(items=rows, total=0)
    if rows:
        has_next = more if not backwards else True
        has_prev = (after_values is not None) if not backwards else more
        page.next_cursor = _cursor_of(rows[-1], sort, seed) if has_next else None
        page.prev_cursor = _cursor_of(rows[0], sort, seed) if has_prev else None
    if with_total:
        page.total = db.session.scalar(sa.select(sa.func.count(Contribution.id)).where(*filters.where()))
    page.liked = liked_ids(viewer_id, (c.id for c in rows))
    return page


def highlights(access: Access, sort: Sort, limit: int = 5) -> BoardPage:
    """A few contributions for the consultation's home page (latest, most liked)."""
    filters = BoardFilters(access.consultation, include_drafts=access.is_facilitator)
    return board(filters, sort=sort, page_size=limit, with_total=False, viewer_id=access.user_id)


def mission_counts(workshop: Workshop) -> dict[int | None, int]:
    """Published contributions per mission of a workshop (None: the workshop in general)."""
    rows = db.session.execute(
        sa.select(Contribution.mission_id, sa.func.count(Contribution.id))
        .where(Contribution.workshop_id == workshop.id, Contribution.status == ContributionStatus.PUBLISHED)
        .group_by(Contribution.mission_id)
    ).all()
    return {mission_id: count for mission_id, count in rows}


def top_per_mission(workshop: Workshop, per_mission: int = 3, viewer_id: int | None = None) -> dict[int | None, list[Contribution]]:
    """The trending few contributions of each mission of a workshop (key None: the workshop in
    general), in one query with a window function."""
    rank = sa.func.row_number().over(
        partition_by=Contribution.mission_id, order_by=(Contribution.trend_score.desc(), Contribution.id.desc())
    ).label("rank")
    ranked = (
        sa.select(Contribution.id, rank)
        .where(Contribution.workshop_id == workshop.id, Contribution.status == ContributionStatus.PUBLISHED)
        .subquery()
    )
    rows = db.session.scalars(
        sa.select(Contribution)
        .join(ranked, ranked.c.id == Contribution.id)
        .where(ranked.c.rank <= per_mission)
        .order_by(Contribution.trend_score.desc(), Contribution.id.desc())
        .options(joinedload(Contribution.author), selectinload(Contribution.themes))
    ).all()
    grouped: dict[int | None, list[Contribution]] = {}
    for contribution in rows:
        grouped.setdefault(contribution.mission_id, []).append(contribution)
    return grouped


def recount_all(batch_size: int = 2000) -> int:
    """Recompute kept counts from the likes and visible comments; returns how many rows were wrong.
    Works in batches of ids so that memory stays flat whatever the size."""
    from ..models import Comment, CommentStatus

    likes = (
        sa.select(sa.func.count(Like.id)).where(Like.contribution_id == Contribution.id).scalar_subquery()
    )
    comments = (
        sa.select(sa.func.count(Comment.id))
        .where(Comment.contribution_id == Contribution.id, Comment.status == CommentStatus.VISIBLE)
        .scalar_subquery()
    )
    fixed, last_id = 0, 0
    while True:
        rows = db.session.execute(
            sa.select(Contribution.id, Contribution.like_count, Contribution.comment_count,
                      Contribution.trend_score, Contribution.created_at, likes, comments)
            .where(Contribution.id > last_id).order_by(Contribution.id).limit(batch_size)
        ).all()
        if not rows:
            return fixed
        for cid, like_count, comment_count, score, created_at, real_likes, real_comments in rows:
            real_score = trend_score(real_likes, real_comments, created_at)
            if (like_count, comment_count) != (real_likes, real_comments) or abs(score - real_score) > 1e-9:
                db.session.execute(
                    sa.update(Contribution.__table__).where(Contribution.__table__.c.id == cid)
                    .values(like_count=real_likes, comment_count=real_comments, trend_score=real_score)
                )
                fixed += 1
        last_id = rows[-1][0]
        db.session.flush()
