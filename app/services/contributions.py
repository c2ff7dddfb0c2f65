"""Contributions: posting, editing, the single door for status changes, boards and history."""
import math
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from ..database import written_limit
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
    User,
    Workshop,
    WorkshopStatus,
    contribution_themes,
)
from ..models.base import utcnow
from . import search
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_line, clean_text, plain_text

TITLE_MAX = 140
BODY_MAX = 5000
EXCERPT_LENGTH = 240
SHUFFLE_MODULUS = 2**31

# -- trending -----------------------------------------------------------------------------------
# Engagement on a log scale plus age: a contribution two days younger weighs as much as one
# with ten times the engagement. Stored (and indexed) so that the sort costs nothing at read time.
_TREND_EPOCH = datetime(2020, 1, 1)
_TREND_SECONDS_PER_DECADE = 2 * 24 * 3600


def trend_score(likes: int, comments: int, created_at: datetime) -> float:
    engagement = max(1, likes + 2 * comments)
    return math.log10(engagement) + (created_at - _TREND_EPOCH).total_seconds() / _TREND_SECONDS_PER_DECADE


def _adjust_workshop(workshop_id: int, mission_id: int | None, contributions: int = 0, likes: int = 0,
                     comments: int = 0) -> None:
    """Keep the workshop's (and mission's) counts of published contributions, likes and comments,
    in SQL so that concurrent requests never lose an update."""
    workshops = Workshop.__table__
    db.session.execute(
        sa.update(workshops).where(workshops.c.id == workshop_id).values(
            contribution_count=workshops.c.contribution_count + contributions,
            like_count=workshops.c.like_count + likes,
            comment_count=workshops.c.comment_count + comments,
        )
    )
    if mission_id is not None and contributions:
        missions = Mission.__table__
        db.session.execute(sa.update(missions).where(missions.c.id == mission_id)
                           .values(contribution_count=missions.c.contribution_count + contributions))
    # The objects already loaded in this session read their new counts again when next used.
    for model, ident, names in ((Workshop, workshop_id, ["contribution_count", "like_count", "comment_count"]),
                                (Mission, mission_id, ["contribution_count"])):
        loaded = db.session.identity_map.get(identity_key(model, ident)) if ident is not None else None
        if loaded is not None:
            db.session.expire(loaded, names)


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
    if contribution.status == ContributionStatus.PUBLISHED:
        _adjust_workshop(contribution.workshop_id, contribution.mission_id, likes=likes, comments=comments)


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
        excerpt=plain_text(body, EXCERPT_LENGTH),
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
    _adjust_workshop(workshop.id, mission.id if mission else None, contributions=1)
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
    contribution.excerpt = plain_text(body, EXCERPT_LENGTH)
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
    was_published = contribution.status == ContributionStatus.PUBLISHED
    contribution.status = new_status
    db.session.flush()
    if was_published != (new_status == ContributionStatus.PUBLISHED):
        sign = 1 if new_status == ContributionStatus.PUBLISHED else -1
        _adjust_workshop(contribution.workshop_id, contribution.mission_id, contributions=sign,
                         likes=sign * contribution.like_count, comments=sign * contribution.comment_count)
    return event


# -- reading ------------------------------------------------------------------------------------

_CONTRIBUTION = (  # built once (read on every contribution page, like and comment)
    sa.select(Contribution)
    .where(Contribution.id == sa.bindparam("id"), Contribution.consultation_id == sa.bindparam("consultation_id"))
    .options(joinedload(Contribution.workshop))
)
_CONTRIBUTION_FOR_PAGE = _CONTRIBUTION.options(
    joinedload(Contribution.author), joinedload(Contribution.mission), selectinload(Contribution.themes))


def get_contribution(access: Access, contribution_id: int, for_page: bool = True) -> Contribution | None:
    """The contribution if it belongs to this consultation and this access may see it; with what
    its page shows (author, mission, themes) unless `for_page` is False (a like needs none of it)."""
    contribution = db.session.scalar(_CONTRIBUTION_FOR_PAGE if for_page else _CONTRIBUTION,
                                     {"id": contribution_id, "consultation_id": access.consultation.id})
    if contribution is None or not access.can_view_contribution(contribution):
        return None
    return contribution


_HISTORY = (
    sa.select(ContributionEvent)
    .where(ContributionEvent.contribution_id == sa.bindparam("contribution_id"))
    .options(joinedload(ContributionEvent.actor))
    .order_by(ContributionEvent.created_at.desc(), ContributionEvent.id.desc())
)


def history(contribution: Contribution) -> list[ContributionEvent]:
    """What happened to a contribution, newest first."""
    return list(db.session.scalars(_HISTORY, {"contribution_id": contribution.id}))


# -- boards -------------------------------------------------------------------------------------

class Sort(StrEnum):
    TRENDING = "tendance"
    LIKED = "plus-aimees"
    COMMENTED = "plus-commentees"
    NEWEST = "recentes"
    RANDOM = "hasard"


# Each sort is an order on indexed columns (see the indexes of models.Contribution), so that a
# page, first or deep, is one range scan. The random order is the order of a random key drawn at
# creation, rotated to start at the visitor's own seed: two segments (keys from the seed up, then
# the keys below it), each a range of the same index.
_SORTS: dict[Sort, tuple[tuple[str, ...], bool, tuple[type, ...]]] = {
    Sort.TRENDING: (("trend_score", "id"), True, (float, int)),
    Sort.LIKED: (("like_count", "id"), True, (int, int)),
    Sort.COMMENTED: (("comment_count", "id"), True, (int, int)),
    Sort.NEWEST: (("id",), True, (int,)),
    Sort.RANDOM: (("shuffle_key", "id"), False, (int, int)),
}


@dataclass(frozen=True)
class _Shape:
    """What a board's query looks like, apart from the values of its parameters: its statements
    are built once per shape (SQLAlchemy then finds their compiled SQL at once)."""
    scope: str  # "mission", "workshop", "consultation" or "published-workshops" (drafts left out)
    theme: bool
    # When words narrow the board: (database kind, number of words, few matches: see search.few_matches)
    search: tuple[str, int, bool] | None


@lru_cache(maxsize=64)
def _conditions(shape: _Shape) -> tuple:
    scope = sa.bindparam("scope_id")
    # With few matches, the board starts from them: its columns are written so that SQLite does
    # not walk the board's own indexes instead (a column in an expression uses no index).
    from_matches = bool(shape.search and shape.search[2])

    def column(attribute):
        return attribute + 0 if from_matches else attribute

    conditions = [Contribution.status == ContributionStatus.PUBLISHED]
    if shape.scope == "mission":
        conditions.append(column(Contribution.mission_id) == scope)
    elif shape.scope == "workshop":
        conditions.append(column(Contribution.workshop_id) == scope)
    else:
        conditions.append(column(Contribution.consultation_id) == scope)
        if shape.scope == "published-workshops":
            conditions.append(column(Contribution.workshop_id).in_(
                sa.select(Workshop.id).where(Workshop.consultation_id == scope, Workshop.status != WorkshopStatus.DRAFT)
            ))
    if shape.theme:
        conditions.append(Contribution.id.in_(
            sa.select(contribution_themes.c.contribution_id)
            .where(contribution_themes.c.theme_id == sa.bindparam("theme_id"))
        ))
    if shape.search:
        conditions.append(search.condition(*shape.search[:2]))
    return tuple(conditions)


@dataclass
class BoardFilters:
    consultation: Consultation
    workshop: Workshop | None = None
    mission: Mission | None = None
    theme_id: int | None = None
    q: str = ""
    include_drafts: bool = False  # facilitators see contributions of draft workshops too
    _shape: _Shape | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def narrowed(self) -> bool:
        """True when a theme or words narrow the board (its total must then be counted)."""
        return bool(self.theme_id) or bool(search.words(self.q))

    def shape(self) -> _Shape:
        """The shape of the board's query (worked out once: it may ask the search index)."""
        if self._shape is None:
            scope = ("mission" if self.mission is not None else "workshop" if self.workshop is not None
                     else "consultation" if self.include_drafts else "published-workshops")
            words = search.words(self.q)
            found = None
            if words:
                dialect = search.dialect()
                found = (dialect, len(words), search.few_matches(self.q, dialect))
            self._shape = _Shape(scope, bool(self.theme_id), found)
        return self._shape

    def parameters(self) -> dict:
        scope = self.mission or self.workshop or self.consultation
        values = {"scope_id": scope.id}
        if self.theme_id:
            values["theme_id"] = self.theme_id
        if search.words(self.q):
            values.update(search.parameters(self.q, search.dialect()))
        return values


@dataclass
class BoardPage:
    items: list["Card"]
    total: int
    next_cursor: str | None = None
    prev_cursor: str | None = None
    liked: set[int] = field(default_factory=set)


# -- cards: what boards show of a contribution, read as plain rows (no ORM objects to build) ------

@dataclass(frozen=True, slots=True)
class AuthorRef:
    display_name: str
    organisation: str


@dataclass(frozen=True, slots=True)
class MissionRef:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class WorkshopRef:
    id: int
    title: str
    status: WorkshopStatus
    consultation_id: int


@dataclass(frozen=True, slots=True)
class ThemeRef:
    name: str


@dataclass(slots=True)
class Card:
    """A contribution as a board shows it. Has the attributes the permissions and templates read
    on a Contribution (status, author_id, workshop.status, mission.title, themes...)."""
    id: int
    consultation: Consultation
    consultation_id: int
    title: str
    excerpt: str
    status: ContributionStatus
    author_id: int | None
    created_at: datetime
    edited_at: datetime | None
    like_count: int
    comment_count: int
    trend_score: float
    shuffle_key: int
    author: AuthorRef | None
    mission: MissionRef | None
    workshop: WorkshopRef
    liked: bool = False  # by the member looking at the board
    themes: list = field(default_factory=list)

    @property
    def is_published(self) -> bool:
        return self.status == ContributionStatus.PUBLISHED


_CARD_COLUMNS = (
    Contribution.id, Contribution.consultation_id, Contribution.title, Contribution.excerpt, Contribution.status,
    Contribution.author_id, Contribution.created_at, Contribution.edited_at, Contribution.like_count,
    Contribution.comment_count, Contribution.trend_score, Contribution.shuffle_key,
    User.display_name, User.organisation, Mission.id, Mission.title,
    Workshop.id, Workshop.title, Workshop.status, Workshop.consultation_id,
)


def _card_query(*where, order=(), limit=None, viewer: bool = False):
    """The columns of cards, for the contributions matching `where`; with `viewer`, whether the
    member given by the parameter viewer_id likes each one. With a `limit`, the page's ids are
    chosen first and the cards joined to them: PostgreSQL then checks the viewer's like for the
    page's rows only, where it would otherwise read all the member's likes into a hash."""
    liked = (sa.exists().where(Like.contribution_id == Contribution.id, Like.user_id == sa.bindparam("viewer_id"))
             if viewer else sa.false())
    query = sa.select(*_CARD_COLUMNS, liked.label("liked"))
    if limit is None:
        query = query.where(*where)
    else:
        page = sa.select(Contribution.id).where(*where).order_by(*order).limit(written_limit(limit)).subquery("page")
        query = query.select_from(page).join(Contribution, Contribution.id == page.c.id)
    return (query.join(Workshop, Workshop.id == Contribution.workshop_id)
            .outerjoin(User, User.id == Contribution.author_id)
            .outerjoin(Mission, Mission.id == Contribution.mission_id)
            .order_by(*order))


_CARD_THEMES = (
    sa.select(contribution_themes.c.contribution_id, Theme.name)
    .join(Theme, Theme.id == contribution_themes.c.theme_id)
    .where(contribution_themes.c.contribution_id.in_(sa.bindparam("ids", expanding=True))).order_by(Theme.name)
)


def _cards(consultation: Consultation, rows) -> list[Card]:
    """Cards from rows of _card_query, with their themes (one more query)."""
    cards = [
        Card(id=r[0], consultation=consultation, consultation_id=r[1], title=r[2], excerpt=r[3], status=r[4],
             author_id=r[5], created_at=r[6], edited_at=r[7], like_count=r[8], comment_count=r[9],
             trend_score=r[10], shuffle_key=r[11],
             author=AuthorRef(r[12], r[13] or "") if r[12] is not None else None,
             mission=MissionRef(r[14], r[15]) if r[14] is not None else None,
             workshop=WorkshopRef(r[16], r[17], r[18], r[19]), liked=bool(r[20]))
        for r in rows
    ]
    if cards:
        by_id = {card.id: card for card in cards}
        for contribution_id, name in db.session.execute(_CARD_THEMES, {"ids": list(by_id)}):
            by_id[contribution_id].themes.append(ThemeRef(name))
    return cards


@dataclass(frozen=True)
class _Cursor:
    segment: int
    values: tuple


def _cursor_of(contribution: Contribution, sort: Sort, seed: int) -> str:
    columns = _SORTS[sort][0]
    values = [repr(getattr(contribution, c)) if c == "trend_score" else str(getattr(contribution, c)) for c in columns]
    if sort == Sort.RANDOM:
        values.insert(0, "0" if contribution.shuffle_key >= seed else "1")
    return "_".join(values)


def _parse_cursor(cursor: str | None, sort: Sort) -> _Cursor | None:
    if not cursor:
        return None
    types = _SORTS[sort][2]
    parts = cursor.split("_")
    segment = 0
    if sort == Sort.RANDOM:
        if not parts or parts[0] not in ("0", "1"):
            return None
        segment, parts = int(parts[0]), parts[1:]
    if len(parts) != len(types):
        return None
    try:
        values = tuple(kind(part) for kind, part in zip(types, parts, strict=True))
    except ValueError:
        return None
    if any(isinstance(v, float) and not math.isfinite(v) for v in values):
        return None
    return _Cursor(segment, values)


def _bound_parameters(values: tuple) -> dict:
    return {f"bound_{i}": value for i, value in enumerate(values)}


def _after_bound(columns: list, later: bool):
    """key > (bound_0, bound_1...) (or <), on the sort's columns."""
    bound = [sa.bindparam(f"bound_{i}", type_=column.type) for i, column in enumerate(columns)]
    key = sa.tuple_(*columns) if len(columns) > 1 else columns[0]
    value = sa.tuple_(*bound) if len(bound) > 1 else bound[0]
    return key > value if later else key < value


@lru_cache(maxsize=512)
def _page_statement(shape: _Shape, sort: Sort, bounded: bool, forward: bool, limit: int, viewer: bool):
    """`limit` cards in the sort's order (forward) or its reverse, after (or before) the bound."""
    names, descending, _ = _SORTS[sort]
    columns = [getattr(Contribution, name) for name in names]
    where = list(_conditions(shape))
    if bounded:
        where.append(_after_bound(columns, later=not descending if forward else descending))
    reverse = descending == forward
    order = [column.desc() if reverse else column.asc() for column in columns]
    return _card_query(*where, order=order, limit=limit, viewer=viewer)


def _fetch(filters: BoardFilters, sort: Sort, bound: tuple | None, forward: bool, limit: int,
           viewer_id: int | None) -> list[Card]:
    statement = _page_statement(filters.shape(), sort, bound is not None, forward, limit, viewer_id is not None)
    parameters = {**filters.parameters(), **_bound_parameters(bound or ()), "viewer_id": viewer_id}
    return _cards(filters.consultation, db.session.execute(statement, parameters))


@lru_cache(maxsize=256)
def _rotated_statement(shape: _Shape, cursor_segment: int | None, forward: bool, limit: int):
    """The ids of the random order: the segments concerned (keys from the seed up, then below it),
    each one short range scan of the index, joined in a single query (so a page costs the same
    queries whether it spans one segment or both)."""
    key, ident = Contribution.shuffle_key, Contribution.id
    seed = sa.bindparam("seed", type_=key.type)
    segments = [key >= seed, key < seed]
    start = cursor_segment if cursor_segment is not None else 0
    indexes = range(start, len(segments)) if forward else range(start, -1, -1)
    parts = []
    for index in indexes:
        where = [*_conditions(shape), segments[index]]
        if index == cursor_segment:
            where.append(_after_bound([key, ident], later=forward))
        order = (key.asc(), ident.asc()) if forward else (key.desc(), ident.desc())
        part = (sa.select(ident.label("id"), sa.literal(index).label("segment"), key.label("key"))
                .where(*where).order_by(*order).limit(written_limit(limit)).subquery())
        parts.append(sa.select(part.c.id, part.c.segment, part.c.key))
    union = sa.union_all(*parts).subquery()
    direction = sa.asc if forward else sa.desc
    return (sa.select(union.c.id).order_by(direction(union.c.segment), direction(union.c.key), direction(union.c.id))
            .limit(written_limit(limit)))


_CARDS_BY_ID = {viewer: _card_query(Contribution.id.in_(sa.bindparam("ids", expanding=True)), viewer=viewer)
                for viewer in (False, True)}


def _fetch_rotated(filters: BoardFilters, seed: int, cursor: _Cursor | None, forward: bool, limit: int,
                   viewer_id: int | None) -> list[Card]:
    statement = _rotated_statement(filters.shape(), cursor.segment if cursor else None, forward, limit)
    parameters = {**filters.parameters(), "seed": seed, **_bound_parameters(cursor.values if cursor else ())}
    ids = list(db.session.scalars(statement, parameters))
    if not ids:
        return []
    found = {card.id: card for card in _cards(filters.consultation, db.session.execute(
        _CARDS_BY_ID[viewer_id is not None], {"ids": ids, "viewer_id": viewer_id}))}
    return [found[i] for i in ids]


COUNT_LIMIT = 1000


@lru_cache(maxsize=64)
def _count_statement(shape: _Shape):
    matches = (sa.select(Contribution.id).where(*_conditions(shape))
               .limit(sa.bindparam("count_limit", type_=sa.Integer, literal_execute=True)).subquery())
    return sa.select(sa.func.count()).select_from(matches)


_PUBLISHED_IN_CONSULTATION = {
    drafts: sa.select(sa.func.coalesce(sa.func.sum(Workshop.contribution_count), 0)).where(
        Workshop.consultation_id == sa.bindparam("consultation_id"),
        *(() if drafts else (Workshop.status != WorkshopStatus.DRAFT,)))
    for drafts in (False, True)
}


def board_total(filters: BoardFilters) -> int:
    """How many contributions a board holds: the kept counts unless a theme or words narrow it;
    then they are counted, up to COUNT_LIMIT + 1 (beyond, the page says "more than 1,000"), so
    that a common word costs the same over 1,000 or 100,000 contributions."""
    if filters.narrowed:
        return db.session.scalar(_count_statement(filters.shape()),
                                 {**filters.parameters(), "count_limit": COUNT_LIMIT + 1})
    if filters.mission is not None:
        return filters.mission.contribution_count
    if filters.workshop is not None:
        return filters.workshop.contribution_count
    return db.session.scalar(_PUBLISHED_IN_CONSULTATION[filters.include_drafts],
                             {"consultation_id": filters.consultation.id})


def board(filters: BoardFilters, sort: Sort = Sort.TRENDING, after: str | None = None,
          before: str | None = None, seed: int = 0, page_size: int = 20,
          viewer_id: int | None = None, with_total: bool = True) -> BoardPage:
    """One page of a board with keyset pagination: `after`/`before` are cursors from a previous page.
    Index range scans only, whatever the page's depth; the same queries for every page of a sort."""
    cursor = _parse_cursor(after, sort)
    forward = True
    if cursor is None and after is None:
        cursor = _parse_cursor(before, sort)
        forward = cursor is None
    rotated = sort == Sort.RANDOM
    if cursor is not None and cursor.segment >= (2 if rotated else 1):
        cursor = None
    if rotated:
        rows = _fetch_rotated(filters, seed, cursor, forward, page_size + 1, viewer_id)
    else:
        rows = _fetch(filters, sort, cursor.values if cursor else None, forward, page_size + 1, viewer_id)
    more = len(rows) > page_size
    rows = rows[:page_size]
    if not forward:
        rows.reverse()
    page = BoardPage(items=rows, total=0)
    if rows:
        has_next = more if forward else True
        has_prev = (cursor is not None) if forward else more
        page.next_cursor = _cursor_of(rows[-1], sort, seed) if has_next else None
        page.prev_cursor = _cursor_of(rows[0], sort, seed) if has_prev else None
    if with_total:
        page.total = board_total(filters)
    page.liked = {card.id for card in rows if card.liked}
    return page


def highlights(access: Access, sort: Sort, limit: int = 5) -> BoardPage:
    """A few contributions for the consultation's home page (latest, most liked)."""
    filters = BoardFilters(access.consultation, include_drafts=access.is_facilitator)
    return board(filters, sort=sort, page_size=limit, with_total=False, viewer_id=access.user_id)


def mission_counts(workshop: Workshop) -> dict[int | None, int]:
    """Published contributions per mission of a workshop (None: the workshop in general), from the
    kept counts: no query beyond the missions already loaded."""
    counts: dict[int | None, int] = {mission.id: mission.contribution_count for mission in workshop.missions}
    counts[None] = workshop.contribution_count - sum(counts.values())
    return counts


@lru_cache(maxsize=64)
def _top_per_mission_statement(missions: int, per_mission: int):
    """The union of one short index scan per mission (bound parameters m0, m1...) and one for the
    workshop in general; built once per number of missions."""
    parts = []
    for key in [f"m{i}" for i in range(missions)] + [None]:
        condition = Contribution.mission_id == sa.bindparam(key) if key else Contribution.mission_id.is_(None)
        part = (
            sa.select(Contribution.id)
            .where(Contribution.workshop_id == sa.bindparam("workshop_id"),
                   Contribution.status == ContributionStatus.PUBLISHED, condition)
            .order_by(Contribution.trend_score.desc(), Contribution.id.desc())
            .limit(written_limit(per_mission))
            .subquery()
        )
        parts.append(sa.select(part.c.id))
    return _card_query(Contribution.id.in_(sa.union_all(*parts)),
                       order=(Contribution.trend_score.desc(), Contribution.id.desc()))


def top_per_mission(workshop: Workshop, per_mission: int = 3) -> dict[int | None, list[Card]]:
    """The trending few contributions of each mission of a workshop (key None: the workshop in
    general), in one query."""
    missions = workshop.missions
    params = {"workshop_id": workshop.id, **{f"m{i}": mission.id for i, mission in enumerate(missions)}}
    rows = db.session.execute(_top_per_mission_statement(len(missions), per_mission), params)
    grouped: dict[int | None, list[Card]] = {}
    for card in _cards(workshop.consultation, rows):
        grouped.setdefault(card.mission.id if card.mission else None, []).append(card)
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
            return fixed + _recount_workshops()
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


def _recount_workshops() -> int:
    """Recompute the kept counts of workshops and missions; returns how many were wrong."""
    published = sa.and_(Contribution.status == ContributionStatus.PUBLISHED)
    fixed = 0
    actual = {
        workshop_id: (count, likes, comments)
        for workshop_id, count, likes, comments in db.session.execute(
            sa.select(Contribution.workshop_id, sa.func.count(Contribution.id),
                      sa.func.coalesce(sa.func.sum(Contribution.like_count), 0),
                      sa.func.coalesce(sa.func.sum(Contribution.comment_count), 0))
            .where(published).group_by(Contribution.workshop_id))
    }
    for workshop in db.session.scalars(sa.select(Workshop)):
        real = actual.get(workshop.id, (0, 0, 0))
        if (workshop.contribution_count, workshop.like_count, workshop.comment_count) != real:
            workshop.contribution_count, workshop.like_count, workshop.comment_count = real
            fixed += 1
    per_mission = dict(db.session.execute(
        sa.select(Contribution.mission_id, sa.func.count(Contribution.id))
        .where(published, Contribution.mission_id.is_not(None)).group_by(Contribution.mission_id)).all())
    for mission in db.session.scalars(sa.select(Mission)):
        if mission.contribution_count != per_mission.get(mission.id, 0):
            mission.contribution_count = per_mission.get(mission.id, 0)
            fixed += 1
    db.session.flush()
    return fixed
