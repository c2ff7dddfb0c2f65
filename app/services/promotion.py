"""From contributions to actions: the candidates a facilitator chooses from, promotion into a new
or an existing action (the link written, then the contribution's outcome changed through its door
in services.lifecycle, which tells its people), detachment with its reason, and what became of the
ideas of a consultation."""
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import (
    Action,
    ActionEventKind,
    ActionProgress,
    ActionSource,
    Contribution,
    ContributionStatus,
    EventKind,
    Outcome,
    Strategy,
    Workshop,
    WorkshopStatus,
    contribution_themes,
)
from ..models.base import utcnow
from . import lifecycle, plan
from . import strategy as strategies
from .errors import DomainError, NotAllowed
from .lifecycle import REASON_MAX
from .permissions import Access
from .text import clean_text, is_visible

CANDIDATES_PAGE = 50
SELECTION_MAX = 50


# -- the candidates -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CandidateFilters:
    workshop_id: int | None = None
    mission_id: int | None = None
    theme_id: int | None = None
    outcome: Outcome | None = None
    not_promoted: bool = False


@dataclass
class CandidatePage:
    items: list[Contribution]
    actions: dict[int, list[Action]]  # contribution id -> the actions it is in
    page: int
    has_more: bool


def candidates(access: Access, filters: CandidateFilters, page: int = 1) -> CandidatePage:
    """The consultation's published contributions, the most liked and commented first, narrowed by
    the filters; with the actions each is already in. Three queries a page."""
    c = Contribution
    query = (sa.select(c).join(Workshop, Workshop.id == c.workshop_id)
             .where(c.consultation_id == access.consultation.id, c.status == ContributionStatus.PUBLISHED,
                    Workshop.status != WorkshopStatus.DRAFT)
             .options(selectinload(c.author)))
    if filters.workshop_id:
        query = query.where(c.workshop_id == filters.workshop_id)
    if filters.mission_id:
        query = query.where(c.mission_id == filters.mission_id)
    if filters.theme_id:
        query = query.where(c.id.in_(sa.select(contribution_themes.c.contribution_id)
                                     .where(contribution_themes.c.theme_id == filters.theme_id)))
    if filters.outcome is not None:
        query = query.where(c.outcome == filters.outcome)
    if filters.not_promoted:
        query = query.where(c.outcome != Outcome.PROMOTED)
    page = max(1, min(page, 200))
    rows = list(db.session.scalars(query.order_by((c.like_count + c.comment_count).desc(), c.like_count.desc(),
                                                  c.id.desc())
                                   .limit(CANDIDATES_PAGE + 1).offset((page - 1) * CANDIDATES_PAGE)))
    items = rows[:CANDIDATES_PAGE]
    return CandidatePage(items, actions_of([i.id for i in items]), page, len(rows) > CANDIDATES_PAGE)


def actions_of(contribution_ids: list[int]) -> dict[int, list[Action]]:
    """The actions each contribution is attached to (one query)."""
    found: dict[int, list[Action]] = {}
    if not contribution_ids:
        return found
    for contribution_id, action in db.session.execute(
            sa.select(ActionSource.contribution_id, Action).join(Action, Action.id == ActionSource.action_id)
            .where(ActionSource.contribution_id.in_(contribution_ids), ActionSource.detached_at.is_(None))
            .order_by(Action.id)):
        found.setdefault(contribution_id, []).append(action)
    return found


def selection(access: Access, ids: list[int]) -> list[Contribution]:
    """The chosen contributions of this consultation (published), in the order given."""
    if len(ids) > SELECTION_MAX:
        raise DomainError(_l("%(n)s contributions au plus à la fois.", n=SELECTION_MAX), field="ids")
    if not ids:
        return []
    rows = {c.id: c for c in db.session.scalars(sa.select(Contribution).where(
        Contribution.id.in_(ids), Contribution.consultation_id == access.consultation.id,
        Contribution.status == ContributionStatus.PUBLISHED))}
    return [rows[i] for i in dict.fromkeys(ids) if i in rows]


# -- promotion ----------------------------------------------------------------------------------------

def _note(text: str, field: str = "note", required: bool = False) -> str:
    text = clean_text(text or "")
    if required and not is_visible(text):
        raise DomainError(_l("Dites pourquoi : la raison est montrée dans les deux historiques."), field=field)
    if len(text) > REASON_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=REASON_MAX), field=field)
    return text


def promote(access: Access, strategy: Strategy, action: Action, contributions: list[Contribution],
            note: str = "") -> list[ActionSource]:
    """Attach contributions to an action of the strategy. For each: the link (who, when, why), an
    event of the action, and the contribution's outcome becomes "promoted" through its door (its
    author, its commenters and those who liked it are told); one already promoted elsewhere keeps
    its outcome and its history says it fed one more action. Returns the links written."""
    if not access.can_edit_strategy():
        raise NotAllowed(_l("Seule l'équipe d'animation retient des contributions dans la stratégie."))
    if not contributions:
        raise DomainError(_l("Choisissez au moins une contribution."), field="ids")
    note = _note(note)
    written = []
    for contribution in contributions:
        if contribution.consultation_id != strategy.consultation_id or \
                contribution.status != ContributionStatus.PUBLISHED:
            raise DomainError(_l("Seules les contributions publiées de cette concertation sont retenues."), field="ids")
        source = db.session.scalar(sa.select(ActionSource).where(ActionSource.action_id == action.id,
                                                                 ActionSource.contribution_id == contribution.id))
        if source is not None and source.detached_at is None:
            continue
        if source is None:
            source = ActionSource(action_id=action.id, contribution_id=contribution.id)
            db.session.add(source)
        source.promoted_by_id, source.note, source.created_at = access.user_id, note, utcnow()
        source.detached_at, source.detached_by_id, source.detach_reason = None, None, ""
        db.session.flush()
        strategies.record(action, ActionEventKind.ATTACHED, access, contribution_id=contribution.id, note=note)
        if contribution.outcome != Outcome.PROMOTED:
            lifecycle.set_outcome(access, contribution, Outcome.PROMOTED, note, operation="promotion",
                                  data={"action_id": action.id})
        else:
            lifecycle.record(contribution, EventKind.LINKED, access, note=note, data={"action_id": action.id})
        written.append(source)
    return written


def promote_into_new(access: Access, strategy: Strategy, objective_id: int | None, fields: strategies.ActionFields,
                     contributions: list[Contribution], note: str = "") -> Action:
    """A new action, pre-filled from the contributions, with them as its sources."""
    if not contributions:
        raise DomainError(_l("Choisissez au moins une contribution."), field="ids")
    action = strategies.add_action(access, strategy, objective_id, fields)
    promote(access, strategy, action, contributions, note)
    return action


def draft_from(contributions: list[Contribution]) -> strategies.ActionFields:
    """What a new action starts from: the first contribution's title, and where it comes from."""
    first = contributions[0]
    lines = [str(_l("Issue des contributions de la concertation :"))] + [f"- #{c.id} {c.title}" for c in contributions]
    return strategies.ActionFields(title=first.title[:strategies.TITLE_MAX], description="\n".join(lines))


def detach(access: Access, source: ActionSource, reason: str) -> None:
    """Take a contribution off an action, with the reason, kept in both histories. A contribution
    left in no action goes back to "under review" through its door (with that reason)."""
    if not access.can_edit_strategy():
        raise NotAllowed(_l("Seule l'équipe d'animation retient des contributions dans la stratégie."))
    if source.detached_at is not None:
        raise DomainError(_l("Cette contribution est déjà détachée de cette action."))
    reason = _note(reason, "reason", required=True)
    source.detached_at, source.detached_by_id, source.detach_reason = utcnow(), access.user_id, reason
    db.session.flush()
    action, contribution = source.action, source.contribution
    strategies.record(action, ActionEventKind.DETACHED, access, contribution_id=contribution.id, note=reason)
    still = db.session.scalar(sa.select(sa.func.count()).select_from(ActionSource).where(
        ActionSource.contribution_id == contribution.id, ActionSource.detached_at.is_(None)))
    if not still and contribution.outcome == Outcome.PROMOTED and contribution.status == ContributionStatus.PUBLISHED:
        lifecycle.set_outcome(access, contribution, Outcome.REVIEW, reason, data={"action_id": action.id})
    else:
        lifecycle.record(contribution, EventKind.UNLINKED, access, note=reason, data={"action_id": action.id})


def get_source(strategy: Strategy, action_id: int, contribution_id: int) -> ActionSource | None:
    source = db.session.scalar(sa.select(ActionSource).join(Action, Action.id == ActionSource.action_id).where(
        ActionSource.action_id == action_id, ActionSource.contribution_id == contribution_id,
        Action.strategy_id == strategy.id))
    return source


# -- what became of the ideas -----------------------------------------------------------------------

@dataclass
class ContributionAction:
    """An action a contribution is in, with its state this year (the contribution's page)."""
    action: Action
    progress: ActionProgress | None


def actions_of_contribution(contribution: Contribution, year: int) -> list[ContributionAction]:
    """The actions a promoted contribution feeds, with their state in `year` (one query)."""
    rows = db.session.execute(
        sa.select(Action, ActionProgress).join(ActionSource, ActionSource.action_id == Action.id)
        .outerjoin(ActionProgress, sa.and_(ActionProgress.action_id == Action.id, ActionProgress.year == year))
        .where(ActionSource.contribution_id == contribution.id, ActionSource.detached_at.is_(None))
        .order_by(Action.id)).all()
    return [ContributionAction(action, progress) for action, progress in rows]


@dataclass
class IdeasAction:
    node: plan.ActionNode
    contributions: list[Contribution] = field(default_factory=list)


@dataclass
class Ideas:
    strategy: Strategy | None
    year: int
    actions: list[IdeasAction]
    contributions: int


def _promoted(current: Strategy):
    """The links of published contributions to this strategy's actions, not detached."""
    return (sa.select(ActionSource.action_id, Contribution).join(Contribution, Contribution.id == ActionSource.contribution_id)
            .join(Action, Action.id == ActionSource.action_id)
            .where(Action.strategy_id == current.id, ActionSource.detached_at.is_(None),
                   Contribution.status == ContributionStatus.PUBLISHED))


def ideas(current: Strategy | None) -> Ideas:
    """Every promoted contribution under its actions (in the strategy's order) with their state
    this year, and the figure "N contributions retenues dans M actions": the same for every reader."""
    if current is None:
        return Ideas(None, plan.shown_year(None), [], 0)
    year = plan.shown_year(current)
    rows = db.session.execute(_promoted(current).options(joinedload(Contribution.author))
                              .order_by(ActionSource.action_id, Contribution.like_count.desc(), Contribution.id)).all()
    places = plan.locate_many(current, list({action_id for action_id, _ in rows}), year)
    by_action: dict[int, IdeasAction] = {}
    for action_id, contribution in rows:
        by_action.setdefault(action_id, IdeasAction(places[action_id].node)).contributions.append(contribution)
    ordered = sorted(by_action.values(), key=lambda item: (places[item.node.action.id].axis.number,
                                                           [int(n) for n in item.node.number.split(".")]))
    return Ideas(current, year, ordered, len({contribution.id for _, contribution in rows}))


def own_ideas(current: Strategy | None, user_id: int | None) -> list[tuple[Contribution, list[plan.ActionNode]]]:
    """The person's promoted contributions, each with its actions (numbered, with this year's
    state), in four queries whatever their number (one when they have none)."""
    if current is None or user_id is None:
        return []
    year = plan.shown_year(current)
    rows = db.session.execute(_promoted(current).where(Contribution.author_id == user_id)
                              .order_by(Contribution.id, ActionSource.action_id)).all()
    places = plan.locate_many(current, list({action_id for action_id, _ in rows}), year)
    mine: dict[int, tuple[Contribution, list[plan.ActionNode]]] = {}
    for action_id, contribution in rows:
        mine.setdefault(contribution.id, (contribution, []))[1].append(places[action_id].node)
    return list(mine.values())
