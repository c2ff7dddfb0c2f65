"""Boards: the pages of contributions of a mission, a workshop or a consultation, sorted and
filtered, read as cards (plain rows) with keyset pagination on one index per scope and sort; the
highlights of a home page and the trending few of each mission of a workshop."""
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

import sqlalchemy as sa

from ..database import written_limit
from ..extensions import db
from ..models import (
    Consultation,
    Contribution,
    ContributionStatus,
    Like,
    Mission,
    Origin,
    Outcome,
    Theme,
    User,
    Workshop,
    WorkshopStatus,
    contribution_themes,
)
from . import keyset, search
from .counts import COUNT_LIMIT
from .permissions import Access

SHUFFLE_MODULUS = 2**31  # the random key drawn for each contribution, below this

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
    outcome: bool
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
    if shape.outcome:
        conditions.append(Contribution.outcome == sa.bindparam("outcome"))
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
    outcome: Outcome | None = None
    q: str = ""
    include_drafts: bool = False  # facilitators see contributions of draft workshops too
    _shape: _Shape | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def narrowed(self) -> bool:
        """True when a theme, an outcome or words narrow the board (its total must then be counted)."""
        return bool(self.theme_id) or self.outcome is not None or bool(search.words(self.q))

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
            self._shape = _Shape(scope, bool(self.theme_id), self.outcome is not None, found)
        return self._shape

    def parameters(self) -> dict:
        scope = self.mission or self.workshop or self.consultation
        values = {"scope_id": scope.id}
        if self.theme_id:
            values["theme_id"] = self.theme_id
        if self.outcome is not None:
            values["outcome"] = self.outcome.value
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
    outcome: Outcome
    origin: Origin
    group_label: str
    author_name: str
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

    @property
    def is_captured(self) -> bool:
        return self.origin in (Origin.ROOM, Origin.IMPORTED)

    @property
    def is_guest(self) -> bool:
        return self.origin == Origin.GUEST and self.author_id is None


_CARD_COLUMNS = (
    Contribution.id, Contribution.consultation_id, Contribution.title, Contribution.excerpt, Contribution.status,
    Contribution.outcome, Contribution.origin, Contribution.group_label, Contribution.author_name,
    Contribution.author_id, Contribution.created_at, Contribution.edited_at, Contribution.like_count,
    Contribution.comment_count, Contribution.trend_score, Contribution.shuffle_key,
    User.display_name.label("user_name"), User.organisation.label("user_organisation"),
    Mission.id.label("mission_id"), Mission.title.label("mission_title"),
    Workshop.id.label("workshop_id"), Workshop.title.label("workshop_title"), Workshop.status.label("workshop_status"),
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
        Card(id=r.id, consultation=consultation, consultation_id=r.consultation_id, title=r.title, excerpt=r.excerpt,
             status=r.status, outcome=r.outcome, origin=r.origin, group_label=r.group_label, author_name=r.author_name,
             author_id=r.author_id, created_at=r.created_at, edited_at=r.edited_at, like_count=r.like_count,
             comment_count=r.comment_count, trend_score=r.trend_score, shuffle_key=r.shuffle_key,
             author=AuthorRef(r.user_name, r.user_organisation or "") if r.user_name is not None else None,
             mission=MissionRef(r.mission_id, r.mission_title) if r.mission_id is not None else None,
             workshop=WorkshopRef(r.workshop_id, r.workshop_title, r.workshop_status, r.consultation_id),
             liked=bool(r.liked))
        for r in rows
    ]
    if cards:
        by_id = {card.id: card for card in cards}
        for contribution_id, name in db.session.execute(_CARD_THEMES, {"ids": list(by_id)}):
            by_id[contribution_id].themes.append(ThemeRef(name))
    return cards


def cards_where(consultation: Consultation, *where, order=(), limit: int | None = None) -> list[Card]:
    """The cards of the contributions matching `where`, in `order` (the room's wall, a vote's result)."""
    return _cards(consultation, db.session.execute(_card_query(*where, order=order, limit=limit)))


def sort_order(sort: Sort) -> tuple[tuple[str, ...], bool]:
    """The columns a board's sort orders by, and whether it is descending."""
    return _SORTS[sort][:2]


def cursor_of(card, sort: Sort, seed: int) -> str:
    """The cursor of a board page starting after `card` (in the random order, with its segment)."""
    values = [getattr(card, name) for name in _SORTS[sort][0]]
    return keyset.format_cursor(values, segment=(0 if card.shuffle_key >= seed else 1) if sort == Sort.RANDOM else None)


@lru_cache(maxsize=512)
def _page_statement(shape: _Shape, sort: Sort, bounded: bool, forward: bool, limit: int, viewer: bool):
    """`limit` cards in the sort's order (forward) or its reverse, after (or before) the bound."""
    names, descending, _ = _SORTS[sort]
    columns = [getattr(Contribution, name) for name in names]
    order, bound = keyset.ordered(columns, descending, forward, bounded)
    return _card_query(*_conditions(shape), *bound, order=order, limit=limit, viewer=viewer)


def _fetch(filters: BoardFilters, sort: Sort, window: keyset.Window, limit: int, viewer_id: int | None) -> list[Card]:
    statement = _page_statement(filters.shape(), sort, window.bound is not None, window.forward, limit,
                                viewer_id is not None)
    parameters = {**filters.parameters(), **window.parameters(), "viewer_id": viewer_id}
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
            where.append(keyset.where_after([key, ident], later=forward))
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


def _fetch_rotated(filters: BoardFilters, seed: int, window: keyset.Window, limit: int,
                   viewer_id: int | None) -> list[Card]:
    statement = _rotated_statement(filters.shape(), window.segment if window.bound is not None else None,
                                   window.forward, limit)
    parameters = {**filters.parameters(), "seed": seed, **window.parameters()}
    ids = list(db.session.scalars(statement, parameters))
    if not ids:
        return []
    found = {card.id: card for card in _cards(filters.consultation, db.session.execute(
        _CARDS_BY_ID[viewer_id is not None], {"ids": ids, "viewer_id": viewer_id}))}
    return [found[i] for i in ids]



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
    rotated = sort == Sort.RANDOM
    window = keyset.Window.of(after, before, _SORTS[sort][2], segments=2 if rotated else 1)
    if rotated:
        rows = _fetch_rotated(filters, seed, window, page_size + 1, viewer_id)
    else:
        rows = _fetch(filters, sort, window, page_size + 1, viewer_id)
    rows, next_cursor, prev_cursor = window.finish(rows, page_size, lambda card: cursor_of(card, sort, seed))
    page = BoardPage(items=rows, total=0, next_cursor=next_cursor, prev_cursor=prev_cursor)
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

