"""An action plan read from a spreadsheet (services.imports.action_plan), compared with the
consultation's strategy and written into it: levels recognised by their titles, actions by their
key, each year's state through the follow-up's door. With dry_run nothing is written and the
report says what would be."""
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import (
    Action,
    ActionEvent,
    ActionEventKind,
    ActionProgress,
    Axis,
    Consultation,
    Objective,
    Partner,
    Priority,
)
from ..models.base import utcnow
from . import strategy as strategies
from .imports.action_plan import ActionRow, PlanFile, header_word, title_key
from .errors import NotAllowed
from .permissions import Access
from .strategy import ActionFields, Settings, YearState

_NEW = object()  # a level the import would create (dry run)


@dataclass
class PlanReport:
    file: str
    strategy_created: bool = False
    years_added: list[int] = field(default_factory=list)
    priorities_created: list[str] = field(default_factory=list)
    axes_created: list[str] = field(default_factory=list)
    objectives_created: list[str] = field(default_factory=list)
    objectives_updated: list[str] = field(default_factory=list)
    actions_created: list[str] = field(default_factory=list)
    actions_updated: list[str] = field(default_factory=list)
    actions_unchanged: int = 0
    partners_created: list[str] = field(default_factory=list)
    states_changed: int = 0
    applied: bool = False

    @property
    def changes_anything(self) -> bool:
        return bool(self.strategy_created or self.years_added or self.priorities_created or self.axes_created
                    or self.objectives_created or self.objectives_updated or self.actions_created
                    or self.actions_updated or self.partners_created or self.states_changed)


def _singular(header: str, default: str) -> str:
    """The level's name from its column's header: « Axes » -> axe, « Chantiers » -> chantier."""
    words = header_word(header).split()
    if not words or len(words) > 1 or len(words[0]) < 3:
        return default
    word = words[0]
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word


def import_plan(access: Access, consultation: Consultation, plan: PlanFile, dry_run: bool = False) -> PlanReport:
    """Create or update the consultation's strategy from `plan`; a second run changes nothing."""
    report = PlanReport(plan.name)
    strategy = strategies.get(consultation.id)
    years = sorted(plan.years)
    if not access.can_edit_strategy():
        raise NotAllowed(_l("Seule l'équipe d'animation écrit la stratégie."))
    if strategy is None:
        report.strategy_created = True
        this_year = date.today().year
        first, last = (years[0], years[-1]) if years else (this_year, this_year + 2)
        header = plan.header
        settings = Settings(
            title=str(_l("Plan d'action %(a)s-%(b)s", a=first, b=last)), first_year=first, last_year=last,
            priority_label=_singular(header[plan.columns["priority"]], "enjeu") if "priority" in plan.columns else "",
            axis_label=_singular(header[plan.columns["axis"]], "axe"),
            objective_label=_singular(header[plan.columns["objective"]], "objectif"),
            action_label=_singular(header[plan.columns["action"]], "action"))
        if dry_run:
            return _report_all_new(report, plan)
        strategy = strategies.save_settings(access, consultation, settings)
    elif years and (years[0] < strategy.first_year or years[-1] > strategy.last_year):
        report.years_added = [y for y in years if y not in strategy.years]
        if not dry_run:
            strategy.first_year, strategy.last_year = min(years[0], strategy.first_year), max(years[-1],
                                                                                               strategy.last_year)
    _sync(access, strategy, plan, report, dry_run)
    if not dry_run:
        db.session.flush()
    report.applied = not dry_run
    return report


def _report_all_new(report: PlanReport, plan: PlanFile) -> PlanReport:
    """A strategy that does not exist yet: everything in the file is new."""
    seen: set = set()
    for row in plan.rows:
        for kind, key, target in (("p", row.priority, report.priorities_created), ("a", row.axis, report.axes_created),
                                  ("o", (row.axis, row.objective), report.objectives_created)):
            if key and (kind, title_key(str(key))) not in seen:
                seen.add((kind, title_key(str(key))))
                target.append(key if isinstance(key, str) else key[1])
        report.actions_created.append(row.title)
        for name in row.partners:
            if ("partner", name.casefold()) not in seen:
                seen.add(("partner", name.casefold()))
                report.partners_created.append(name)
        report.states_changed += sum(1 for state in row.years.values() if state is not None)
    return report


def _sync(access: Access, strategy, plan: PlanFile, report: PlanReport, dry_run: bool) -> None:
    priorities = {title_key(p.title): p for p in db.session.scalars(
        sa.select(Priority).where(Priority.strategy_id == strategy.id))}
    axes = {title_key(a.title): a for a in db.session.scalars(sa.select(Axis).where(Axis.strategy_id == strategy.id))}
    # Objectives by (their axis's title, their title): axes are known by their titles too.
    axis_titles = {axis.id: key for key, axis in axes.items()}
    objectives = {(axis_titles[o.axis_id], title_key(o.title)): o for o in db.session.scalars(
        sa.select(Objective).join(Axis, Axis.id == Objective.axis_id).where(Axis.strategy_id == strategy.id))}
    actions = {a.key: a for a in db.session.scalars(sa.select(Action).where(Action.strategy_id == strategy.id))}
    progress = {(p.action_id, p.year): p for p in db.session.scalars(
        sa.select(ActionProgress).join(Action, Action.id == ActionProgress.action_id)
        .where(Action.strategy_id == strategy.id))}
    partners = {p.name.casefold() for p in db.session.scalars(sa.select(Partner).where(
        Partner.strategy_id == strategy.id))}
    created: list[tuple[ActionRow, Objective]] = []

    for row in plan.rows:
        priority = None
        if strategy.has_priorities and row.priority:
            priority = priorities.get(title_key(row.priority))
            if priority is None:
                report.priorities_created.append(row.priority)
                priority = priorities[title_key(row.priority)] = _NEW if dry_run else strategies.add_priority(
                    access, strategy, row.priority)
        axis = axes.get(title_key(row.axis))
        if axis is None:
            report.axes_created.append(row.axis)
            parent = None if priority is None else priority
            axis = axes[title_key(row.axis)] = _NEW if dry_run or parent is _NEW else strategies.add_axis(
                access, strategy, parent.id if parent is not None else None, row.axis)
        objective_key = (title_key(row.axis), title_key(row.objective))
        objective = objectives.get(objective_key)
        if objective is None:
            report.objectives_created.append(row.objective)
            objective = objectives[objective_key] = _NEW if dry_run or axis is _NEW else strategies.add_objective(
                access, strategy, axis.id, row.objective, row.results)
        elif objective is not _NEW and row.results and objective.expected_results != row.results:
            report.objectives_updated.append(row.objective)
            if not dry_run:
                objective.expected_results = row.results
        for name in row.partners:
            if name.casefold() not in partners:
                partners.add(name.casefold())
                report.partners_created.append(name)
        action = actions.get(row.key)
        fields = _fields(row)
        if action is None:
            report.actions_created.append(row.title)
            report.states_changed += sum(1 for state in row.years.values() if state is not None)
            if not dry_run:
                created.append((row, objective))
            continue
        else:
            moved = objective is _NEW or objective.id != action.objective_id
            if moved or _differs(action, fields):
                report.actions_updated.append(row.title)
                if not dry_run:
                    strategies.update_action(access, strategy, action, objective.id, fields)
            else:
                report.actions_unchanged += 1
        for year, state in row.years.items():
            current = progress.get((action.id, year))
            wanted = None if state is None else (state.state, state.cause, state.postponed_to)
            have = None if current is None else (current.state, current.cause, current.postponed_to)
            if wanted == have:
                continue
            report.states_changed += 1
            if not dry_run:
                note = current.note if current is not None else ""
                strategies.set_progress(access, strategy, action, year, None if state is None else YearState(
                    state.state, state.cause, state.postponed_to, note))

    if created:
        _create(access, strategy, created)


def _fields(row: ActionRow) -> ActionFields:
    return ActionFields(title=row.title, description=row.description, means=row.means, owner=row.owner,
                        operator=row.operator, partners=row.partners, remarks=row.remarks, origin=row.origin)


def _differs(action: Action, fields: ActionFields) -> bool:
    if any((getattr(action, name) or "") != getattr(fields, name) for name in strategies.TEXT_FIELDS):
        return True
    return {p.name.casefold() for p in action.partners} != {p.casefold() for p in fields.partners}


def _create(access: Access, strategy, created: list[tuple[ActionRow, Objective]]) -> None:
    """The new actions of a plan, written together: the actions and their partners in one flush,
    then their "imported" events, their yearly states and the events of those states in one
    statement each (a thousand rows in a fraction of a second). New actions have no source
    contribution yet: nobody is told."""
    known = {p.name.casefold(): p for p in db.session.scalars(sa.select(Partner).where(
        Partner.strategy_id == strategy.id))}
    positions = dict(db.session.execute(
        sa.select(Action.objective_id, sa.func.max(Action.position)).where(Action.strategy_id == strategy.id)
        .group_by(Action.objective_id)).all())
    actions = []
    for row, objective in created:
        positions[objective.id] = positions.get(objective.id, 0) + 1
        action = Action(strategy_id=strategy.id, objective_id=objective.id, position=positions[objective.id],
                        key=row.key, title=row.title, description=row.description, means=row.means, owner=row.owner,
                        operator=row.operator, remarks=row.remarks, origin=row.origin)
        partners = []
        for name in strategies.partner_names(row.partners):
            if name.casefold() not in known:
                known[name.casefold()] = Partner(strategy_id=strategy.id, name=name)
            partners.append(known[name.casefold()])
        action.partners = partners
        actions.append(action)
    db.session.add_all(actions)
    db.session.flush()
    now, actor = utcnow(), access.user_id
    events = [dict(consultation_id=strategy.consultation_id, action_id=a.id, actor_id=actor, kind=ActionEventKind.IMPORTED,
                   note="", created_at=now) for a in actions]
    states = [dict(action_id=a.id, year=year, state=state.state, cause=state.cause, postponed_to=state.postponed_to,
                   note="", updated_at=now, updated_by_id=actor)
              for a, (row, _) in zip(actions, created, strict=True) for year, state in row.years.items()
              if state is not None]
    events += [dict(consultation_id=strategy.consultation_id, action_id=s["action_id"], actor_id=actor,
                    kind=ActionEventKind.PROGRESS, year=s["year"], new_value=s["state"].value, note="",
                    data={k: v for k, v in (("cause", s["cause"]), ("postponed_to", s["postponed_to"])) if v} or None,
                    created_at=now) for s in states]
    if states:
        db.session.execute(sa.insert(ActionProgress), states)
    db.session.execute(sa.insert(ActionEvent), [{"year": None, "new_value": None, "data": None, **e} for e in events])
