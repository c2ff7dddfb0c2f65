"""Reading a consultation's strategy: the numbered tree (enjeux, axes numbered through the whole
strategy, objectives lettered within their axis, actions numbered within their axis: "7.3"), and
an action with everything its page shows. A bounded number of queries whatever the size."""
from dataclasses import dataclass, field
from datetime import date
from string import ascii_uppercase
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import (
    Action,
    ActionEvent,
    ActionProgress,
    ActionSource,
    Axis,
    Contribution,
    Indicator,
    IndicatorValue,
    Objective,
    Priority,
    ProgressState,
    Strategy,
)


@dataclass
class ActionNode:
    action: Action
    number: str
    progress: dict[int, ActionProgress] = field(default_factory=dict)
    sources: int = 0


@dataclass
class ObjectiveNode:
    objective: Objective
    letter: str
    actions: list[ActionNode] = field(default_factory=list)


@dataclass
class AxisNode:
    axis: Axis
    number: int
    objectives: list[ObjectiveNode] = field(default_factory=list)

    @property
    def action_count(self) -> int:
        return sum(len(o.actions) for o in self.objectives)


@dataclass
class PriorityNode:
    priority: Priority | None  # None: the strategy has no enjeu level, or axes wait for one
    number: int
    axes: list[AxisNode] = field(default_factory=list)


@dataclass
class Tree:
    strategy: Strategy
    priorities: list[PriorityNode]

    def axes(self):
        return [axis for priority in self.priorities for axis in priority.axes]

    def objectives(self):
        return [objective for axis in self.axes() for objective in axis.objectives]

    def actions(self):
        return [action for objective in self.objectives() for action in objective.actions]

    def find(self, action_id: int) -> tuple[PriorityNode, AxisNode, ObjectiveNode, ActionNode] | None:
        for priority in self.priorities:
            for axis in priority.axes:
                for objective in axis.objectives:
                    for node in objective.actions:
                        if node.action.id == action_id:
                            return priority, axis, objective, node
        return None


def letter(index: int) -> str:
    """A, B, ... Z, AA, AB...: objectives within their axis."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = ascii_uppercase[rest] + text
    return text


def tree(strategy: Strategy, with_progress: bool = True, year: int | None = None, partners: bool = True) -> Tree:
    """The whole strategy, numbered, in five to seven queries: with every year's state (or only
    `year`'s), and the actions' partners unless `partners` is False."""
    priorities = list(db.session.scalars(sa.select(Priority).where(Priority.strategy_id == strategy.id)
                                         .order_by(Priority.position, Priority.id)))
    axes = list(db.session.scalars(sa.select(Axis).where(Axis.strategy_id == strategy.id)
                                   .order_by(Axis.position, Axis.id)))
    objectives = list(db.session.scalars(
        sa.select(Objective).join(Axis, Axis.id == Objective.axis_id).where(Axis.strategy_id == strategy.id)
        .order_by(Objective.position, Objective.id)))
    actions = list(db.session.scalars(sa.select(Action).where(Action.strategy_id == strategy.id)
                                      .options(*((selectinload(Action.partners),) if partners else ()))
                                      .order_by(Action.position, Action.id)))
    progress: dict[int, dict[int, ActionProgress]] = {}
    if with_progress:
        query = (sa.select(ActionProgress).join(Action, Action.id == ActionProgress.action_id)
                 .where(Action.strategy_id == strategy.id))
        for row in db.session.scalars(query if year is None else query.where(ActionProgress.year == year)):
            progress.setdefault(row.action_id, {})[row.year] = row
    sources = dict(db.session.execute(
        sa.select(ActionSource.action_id, sa.func.count()).join(Action, Action.id == ActionSource.action_id)
        .where(Action.strategy_id == strategy.id, ActionSource.detached_at.is_(None))
        .group_by(ActionSource.action_id)).all())

    by_objective: dict[int, list[Action]] = {}
    for action in actions:
        by_objective.setdefault(action.objective_id, []).append(action)
    by_axis: dict[int, list[Objective]] = {}
    for objective in objectives:
        by_axis.setdefault(objective.axis_id, []).append(objective)
    by_priority: dict[int | None, list[Axis]] = {}
    known = {p.id for p in priorities}
    for axis in axes:
        by_priority.setdefault(axis.priority_id if axis.priority_id in known else None, []).append(axis)

    groups: list[Priority | None] = list(priorities) if strategy.has_priorities else []
    if by_priority.get(None) or not groups:
        groups.append(None)
    nodes, axis_number = [], 0
    for index, priority in enumerate(groups, start=1):
        node = PriorityNode(priority, index)
        for axis in by_priority.get(priority.id if priority is not None else None, []):
            axis_number += 1
            axis_node = AxisNode(axis, axis_number)
            action_number = 0
            for o_index, objective in enumerate(by_axis.get(axis.id, [])):
                objective_node = ObjectiveNode(objective, letter(o_index))
                for action in by_objective.get(objective.id, []):
                    action_number += 1
                    objective_node.actions.append(ActionNode(action, f"{axis_number}.{action_number}",
                                                             progress.get(action.id, {}), sources.get(action.id, 0)))
                axis_node.objectives.append(objective_node)
            node.axes.append(axis_node)
        nodes.append(node)
    return Tree(strategy, nodes)


# -- one item ---------------------------------------------------------------------------------------

# The levels as addresses name them (the territory's own names are the strategy's labels).
LEVELS = {"enjeu": Priority, "chantier": Axis, "objectif": Objective, "action": Action}


def get_item(strategy: Strategy, level: str, item_id: int):
    """The enjeu, axis, objective or action `item_id` of this strategy, or None."""
    model = LEVELS.get(level)
    item = db.session.get(model, item_id) if model is not None and item_id < 2**31 else None
    if item is None:
        return None
    owner = db.session.get(Axis, item.axis_id).strategy_id if isinstance(item, Objective) else item.strategy_id
    return item if owner == strategy.id else None


def progress_of(action: Action, year: int) -> ActionProgress | None:
    return db.session.scalar(sa.select(ActionProgress).where(ActionProgress.action_id == action.id,
                                                             ActionProgress.year == year))


def action_number(strategy: Strategy, action: Action) -> str:
    """"7.3": the action's number in its axis."""
    found = locate(strategy, action.id)
    return found[3].number if found else ""


class Place(NamedTuple):
    """Where an action stands in its strategy, numbered."""
    priority: PriorityNode
    axis: AxisNode
    objective: ObjectiveNode
    node: ActionNode


def locate(strategy: Strategy, action_id: int) -> Place | None:
    """An action with the numbers of its enjeu, axis, objective and its own, as the tree numbers
    them, from the ids of its neighbours alone (three small queries, whatever the strategy's size)."""
    return locate_many(strategy, [action_id]).get(action_id)


def locate_many(strategy: Strategy, action_ids: list[int], year: int | None = None) -> dict[int, Place]:
    """`locate` for several actions of this strategy at once, in the same three queries (the
    actions with their objective, axis and enjeu, and their state in `year` if given; the order of
    the axes; the objectives and actions of their axes). Ids of other strategies are left out."""
    if not action_ids:
        return {}
    query = (sa.select(Action, Objective, Axis, Priority).join(Objective, Objective.id == Action.objective_id)
             .join(Axis, Axis.id == Objective.axis_id).outerjoin(Priority, Priority.id == Axis.priority_id)
             .where(Action.id.in_(action_ids), Action.strategy_id == strategy.id))
    if year is not None:
        query = query.add_columns(ActionProgress).outerjoin(
            ActionProgress, sa.and_(ActionProgress.action_id == Action.id, ActionProgress.year == year))
    rows = [(*row[:4], row[4] if year is not None else None) for row in db.session.execute(query)]
    if not rows:
        return {}
    # Axes in the tree's order: by enjeu (those without one last), then by position.
    order = db.session.execute(
        sa.select(Axis.id, Priority.id).outerjoin(Priority, Priority.id == Axis.priority_id)
        .where(Axis.strategy_id == strategy.id)
        .order_by(Priority.id.is_(None), Priority.position, Priority.id, Axis.position, Axis.id)).all() \
        if strategy.has_priorities else [(a, None) for a in db.session.scalars(
            sa.select(Axis.id).where(Axis.strategy_id == strategy.id).order_by(Axis.position, Axis.id))]
    axis_numbers = {axis_id: n for n, (axis_id, _) in enumerate(order, start=1)}
    priority_ids = list(dict.fromkeys(p for _, p in order if p is not None))
    # The objectives of these axes and their actions, in order (an objective without actions once, with None).
    objectives: dict[int, list[int]] = {}
    actions: dict[int, list[int]] = {}
    for axis_id, objective_id, action_id in db.session.execute(
            sa.select(Objective.axis_id, Objective.id, Action.id).outerjoin(Action, Action.objective_id == Objective.id)
            .where(Objective.axis_id.in_({row[2].id for row in rows}))
            .order_by(Objective.axis_id, Objective.position, Objective.id, Action.position, Action.id)):
        in_axis = objectives.setdefault(axis_id, [])
        if not in_axis or in_axis[-1] != objective_id:
            in_axis.append(objective_id)
        if action_id is not None:
            actions.setdefault(axis_id, []).append(action_id)
    found = {}
    for action, objective, axis, priority, progress in rows:
        if priority is not None and priority.id not in priority_ids:
            priority = None
        priority_number = priority_ids.index(priority.id) + 1 if priority is not None else len(priority_ids) + 1
        axis_number = axis_numbers[axis.id]
        found[action.id] = Place(
            PriorityNode(priority, priority_number), AxisNode(axis, axis_number),
            ObjectiveNode(objective, letter(objectives[axis.id].index(objective.id))),
            ActionNode(action, f"{axis_number}.{actions[axis.id].index(action.id) + 1}",
                       {year: progress} if progress is not None else {}))
    return found


def shown_year(strategy: Strategy | None) -> int:
    """The year the strategy's pages show first: this one, within the plan's years."""
    year = date.today().year
    return min(max(year, strategy.first_year), strategy.last_year) if strategy is not None else year


def level_label(strategy: Strategy, level: str) -> str:
    """The territory's name of a level: "chantier", "axe", "fonction"..."""
    return {"enjeu": strategy.priority_label, "chantier": strategy.axis_label,
            "objectif": strategy.objective_label, "action": strategy.action_label}[level]


# -- one action -------------------------------------------------------------------------------------

@dataclass
class IndicatorView:
    indicator: Indicator
    values: dict[int, float]

    @property
    def latest(self) -> tuple[int, float] | None:
        return max(self.values.items()) if self.values else None

    @property
    def share_of_target(self) -> int | None:
        """How far the latest value went from the baseline to the target, in percent (capped at 0)."""
        latest, target = self.latest, self.indicator.target
        baseline = self.indicator.baseline or 0
        if latest is None or target is None or target == baseline:
            return None
        return max(0, round(100 * (latest[1] - baseline) / (target - baseline)))

    @property
    def on_target(self) -> bool | None:
        """Whether the latest value reached the target (in the direction from the baseline)."""
        latest, target, baseline = self.latest, self.indicator.target, self.indicator.baseline
        if latest is None or target is None:
            return None
        if baseline is not None and target < baseline:
            return latest[1] <= target
        return latest[1] >= target


@dataclass
class ActionPage:
    priority: PriorityNode
    axis: AxisNode
    objective: ObjectiveNode
    node: ActionNode
    indicators: list[IndicatorView]
    sources: list[ActionSource]
    events: list[ActionEvent]


def action_page(strategy: Strategy, action_id: int, place: Place | None = None) -> ActionPage | None:
    """An action of this strategy with its place in the tree (`place` when already located),
    indicators, sources and history."""
    found = place or locate(strategy, action_id)
    if found is None:
        return None
    priority, axis, objective, node = found
    node.progress = {row.year: row for row in db.session.scalars(
        sa.select(ActionProgress).where(ActionProgress.action_id == action_id))}
    indicators = list(db.session.scalars(sa.select(Indicator).where(Indicator.action_id == action_id)
                                         .order_by(Indicator.position, Indicator.id)))
    values: dict[int, dict[int, float]] = {}
    if indicators:
        for row in db.session.scalars(sa.select(IndicatorValue).where(
                IndicatorValue.indicator_id.in_([i.id for i in indicators]))):
            values.setdefault(row.indicator_id, {})[row.year] = row.value
    sources = list(db.session.scalars(
        sa.select(ActionSource).where(ActionSource.action_id == action_id)
        .options(joinedload(ActionSource.contribution).joinedload(Contribution.author))
        .order_by(ActionSource.detached_at.is_not(None), ActionSource.created_at)))
    events = list(db.session.scalars(sa.select(ActionEvent).where(ActionEvent.action_id == action_id)
                                     .options(joinedload(ActionEvent.actor), joinedload(ActionEvent.contribution))
                                     .order_by(ActionEvent.id.desc())))
    return ActionPage(priority, axis, objective, node,
                      [IndicatorView(i, dict(sorted(values.get(i.id, {}).items()))) for i in indicators],
                      sources, events)


# -- the dashboard ----------------------------------------------------------------------------------

# What counts as behind schedule: a year that went badly, or a plan still "planned" once its year is past.
_BEHIND = (ProgressState.NOT_DONE, ProgressState.OUTSIDE_CAUSE, ProgressState.POSTPONED)


@dataclass
class AxisProgress:
    axis: AxisNode
    counts: dict[ProgressState, int]
    running: int  # actions of the axis that run in the year

    def share(self, state: ProgressState) -> int:
        return round(100 * self.counts.get(state, 0) / self.running) if self.running else 0


@dataclass
class Behind:
    node: ActionNode
    axis: AxisNode
    year: int
    row: ActionProgress


@dataclass
class OffTarget:
    node: ActionNode
    indicator: IndicatorView
    expected: int  # the share of the way to the target due by the latest measure, in percent


@dataclass
class Dashboard:
    tree: Tree
    year: int
    tally: dict[int, dict[ProgressState, int]]  # year -> state -> actions
    running: dict[int, int]                      # year -> actions that run that year
    axes: list[AxisProgress]
    behind: list[Behind]
    off_target: list[OffTarget]


def dashboard(strategy: Strategy, year: int, today_year: int) -> Dashboard:
    """The tallies of every year (the table of seed 003, counting actions), the progress of each
    axis in `year`, the actions behind schedule and the indicators off their course (below the
    straight line from baseline to target over the plan's years), in eight queries."""
    numbered = tree(strategy, partners=False)
    tally = {y: {state: 0 for state in ProgressState} for y in strategy.years}
    running = {y: 0 for y in strategy.years}
    axes, behind = [], []
    for axis in numbered.axes():
        counts = {state: 0 for state in ProgressState}
        in_year = 0
        for objective in axis.objectives:
            for node in objective.actions:
                for y, row in node.progress.items():
                    if y in tally:
                        tally[y][row.state] += 1
                        running[y] += 1
                if year in node.progress:
                    counts[node.progress[year].state] += 1
                    in_year += 1
                late = _behind(node, today_year)
                if late is not None:
                    behind.append(Behind(node, axis, late.year, late))
        axes.append(AxisProgress(axis, counts, in_year))
    return Dashboard(numbered, year, tally, running, axes, behind, _off_target(strategy, numbered))


def _behind(node: ActionNode, today_year: int) -> ActionProgress | None:
    """The latest year, up to this one, that puts this action behind schedule (unless it was done
    since)."""
    past = sorted((y, row) for y, row in node.progress.items() if y <= today_year)
    if not past or past[-1][1].state == ProgressState.DONE:
        return None
    for y, row in reversed(past):
        if row.state in _BEHIND or (row.state == ProgressState.PLANNED and y < today_year):
            return row
    return None


def _off_target(strategy: Strategy, numbered: Tree) -> list[OffTarget]:
    nodes = {node.action.id: node for node in numbered.actions()}
    indicators = list(db.session.scalars(
        sa.select(Indicator).join(Action, Action.id == Indicator.action_id)
        .where(Action.strategy_id == strategy.id, Indicator.target.is_not(None))
        .order_by(Indicator.action_id, Indicator.position, Indicator.id)))
    values: dict[int, dict[int, float]] = {}
    for row in db.session.scalars(sa.select(IndicatorValue).join(Indicator, Indicator.id == IndicatorValue.indicator_id)
                                  .join(Action, Action.id == Indicator.action_id)
                                  .where(Action.strategy_id == strategy.id)):
        values.setdefault(row.indicator_id, {})[row.year] = row.value
    span = strategy.last_year - strategy.first_year + 1
    found = []
    for indicator in indicators:
        view = IndicatorView(indicator, dict(sorted(values.get(indicator.id, {}).items())))
        if view.latest is None or view.on_target or view.share_of_target is None:
            continue
        expected = round(100 * min(span, view.latest[0] - strategy.first_year + 1) / span)
        if view.share_of_target < expected and indicator.action_id in nodes:
            found.append(OffTarget(nodes[indicator.action_id], view, expected))
    return found
