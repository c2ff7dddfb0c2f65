"""Writing a consultation's strategy: its settings, its four levels (created, edited, moved,
reordered, deleted when empty), an action's partners and its state year by year. Every change
of an action writes one ActionEvent (its history). Reading is services.plan."""
from dataclasses import dataclass

import sqlalchemy as sa
from babel.numbers import NumberFormatError, parse_decimal
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import (
    Action,
    ActionEvent,
    ActionEventKind,
    ActionProgress,
    ActionSource,
    Axis,
    Consultation,
    Indicator,
    IndicatorValue,
    Objective,
    Partner,
    Priority,
    ProgressState,
    Strategy,
)
from ..models.base import utcnow
from . import notifications
from .errors import DomainError, NotAllowed
from .ordering import reorder
from .permissions import Access
from .text import clean_line, clean_text, slugify

TITLE_MAX = 300
STRATEGY_TITLE_MAX = 200
LABEL_MAX = 40
NAME_MAX = 200        # owner, operator, a partner
MEANS_MAX = 300
ORIGIN_MAX = 300
TEXT_MAX = 10000      # descriptions, expected results, remarks
NOTE_MAX = 2000
CAUSE_MAX = 200
YEARS_MAX = 15        # a plan runs a few years; more is a typing error
YEAR_MIN, YEAR_MAX = 1990, 2100
DEFAULT_LABELS = ("enjeu", "chantier", "objectif", "action")


def _require_editor(access: Access) -> None:
    if not access.can_edit_strategy():
        raise NotAllowed(_l("Seule l'équipe d'animation écrit la stratégie."))


def _line(value: str, field: str, limit: int, required: bool = False) -> str:
    value = clean_line(value or "")
    if required and not value:
        raise DomainError(_l("Champ obligatoire."), field=field)
    if len(value) > limit:
        raise DomainError(_l("%(n)s caractères au plus.", n=limit), field=field)
    return value


def _text(value: str, field: str, limit: int = TEXT_MAX) -> str:
    value = clean_text(value or "")
    if len(value) > limit:
        raise DomainError(_l("%(n)s caractères au plus.", n=limit), field=field)
    return value


def get(consultation_id: int) -> Strategy | None:
    return db.session.scalar(sa.select(Strategy).where(Strategy.consultation_id == consultation_id))


# -- the strategy itself -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Settings:
    title: str
    first_year: int
    last_year: int
    introduction: str = ""
    priority_label: str = DEFAULT_LABELS[0]  # empty: no enjeu level
    axis_label: str = DEFAULT_LABELS[1]
    objective_label: str = DEFAULT_LABELS[2]
    action_label: str = DEFAULT_LABELS[3]


def save_settings(access: Access, consultation: Consultation, settings: Settings,
                  strategy: Strategy | None = None) -> Strategy:
    """Create the consultation's strategy, or change its title, introduction, level names and years.
    Years that hold follow-up cannot leave the span."""
    _require_editor(access)
    title = _line(settings.title, "title", STRATEGY_TITLE_MAX, required=True)
    first, last = settings.first_year, settings.last_year
    for value, field in ((first, "first_year"), (last, "last_year")):
        if not YEAR_MIN <= value <= YEAR_MAX:
            raise DomainError(_l("Une année entre %(a)s et %(b)s.", a=YEAR_MIN, b=YEAR_MAX), field=field)
    if last < first:
        raise DomainError(_l("La dernière année suit la première."), field="last_year")
    if last - first + 1 > YEARS_MAX:
        raise DomainError(_l("%(n)s ans au plus.", n=YEARS_MAX), field="last_year")
    labels = {name: _line(getattr(settings, name), name, LABEL_MAX, required=name != "priority_label").lower()
              for name in ("priority_label", "axis_label", "objective_label", "action_label")}
    if strategy is None:
        if get(consultation.id) is not None:
            raise DomainError(_l("Cette concertation a déjà sa stratégie."))
        strategy = Strategy(consultation_id=consultation.id)
        db.session.add(strategy)
    else:
        used = db.session.execute(
            sa.select(sa.func.min(ActionProgress.year), sa.func.max(ActionProgress.year))
            .join(Action, Action.id == ActionProgress.action_id).where(Action.strategy_id == strategy.id)).one()
        if used[0] is not None and (used[0] < first or used[1] > last):
            raise DomainError(_l("Le suivi couvre déjà %(a)s à %(b)s : gardez ces années.", a=used[0], b=used[1]),
                              field="first_year")
        if not labels["priority_label"] and _count(Priority, Priority.strategy_id == strategy.id):
            raise DomainError(_l("Des %(level)s existent : gardez ce niveau.", level=plural(strategy.priority_label)),
                              field="priority_label")
    strategy.title, strategy.introduction = title, _text(settings.introduction, "introduction")
    strategy.first_year, strategy.last_year = first, last
    for name, value in labels.items():
        setattr(strategy, name, value)
    strategy.updated_at = utcnow()
    db.session.flush()
    return strategy


def plural(label: str) -> str:
    """French plural of a level's name: enjeu -> enjeux, axe -> axes, chantier -> chantiers."""
    if not label or label[-1] in "sxz":
        return label
    return label + ("x" if label.endswith(("eu", "au")) else "s")


def _count(model, *where) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


# -- the levels -------------------------------------------------------------------------------------

def _next_position(model, *where) -> int:
    return (db.session.scalar(sa.select(sa.func.max(model.position)).where(*where)) or 0) + 1


def add_priority(access: Access, strategy: Strategy, title: str, description: str = "") -> Priority:
    _require_editor(access)
    if not strategy.has_priorities:
        raise DomainError(_l("Cette stratégie n'a pas de niveau au-dessus des %(level)s.",
                             level=plural(strategy.axis_label)))
    priority = Priority(strategy_id=strategy.id, title=_line(title, "title", TITLE_MAX, required=True),
                        description=_text(description, "description"),
                        position=_next_position(Priority, Priority.strategy_id == strategy.id))
    db.session.add(priority)
    db.session.flush()
    return priority


def update_priority(access: Access, priority: Priority, title: str, description: str = "") -> Priority:
    _require_editor(access)
    priority.title = _line(title, "title", TITLE_MAX, required=True)
    priority.description = _text(description, "description")
    db.session.flush()
    return priority


def _priority_of(strategy: Strategy, priority_id: int | None) -> int | None:
    """The enjeu of an axis; none is allowed (a plan imported without enjeux): the axis is listed
    apart until a facilitator gives it one."""
    if not strategy.has_priorities or priority_id is None:
        return None
    priority = db.session.get(Priority, priority_id)
    if priority is None or priority.strategy_id != strategy.id:
        raise DomainError(_l("Ce choix n'existe pas."), field="parent")
    return priority.id


def add_axis(access: Access, strategy: Strategy, priority_id: int | None, title: str, description: str = "") -> Axis:
    _require_editor(access)
    parent = _priority_of(strategy, priority_id)
    axis = Axis(strategy_id=strategy.id, priority_id=parent, title=_line(title, "title", TITLE_MAX, required=True),
                description=_text(description, "description"),
                position=_next_position(Axis, Axis.strategy_id == strategy.id, Axis.priority_id == parent))
    db.session.add(axis)
    db.session.flush()
    return axis


def update_axis(access: Access, strategy: Strategy, axis: Axis, priority_id: int | None, title: str,
                description: str = "") -> Axis:
    """Change an axis; given another enjeu, it moves there, last."""
    _require_editor(access)
    parent = _priority_of(strategy, priority_id)
    axis.title = _line(title, "title", TITLE_MAX, required=True)
    axis.description = _text(description, "description")
    if parent != axis.priority_id:
        axis.priority_id = parent
        axis.position = _next_position(Axis, Axis.strategy_id == strategy.id, Axis.priority_id == parent)
    db.session.flush()
    return axis


def _axis_of(strategy: Strategy, axis_id: int | None) -> Axis:
    axis = db.session.get(Axis, axis_id) if axis_id is not None else None
    if axis is None or axis.strategy_id != strategy.id:
        raise DomainError(_l("Choisissez un %(level)s.", level=strategy.axis_label), field="parent")
    return axis


def add_objective(access: Access, strategy: Strategy, axis_id: int | None, title: str,
                  expected_results: str = "") -> Objective:
    _require_editor(access)
    axis = _axis_of(strategy, axis_id)
    objective = Objective(axis_id=axis.id, title=_line(title, "title", TITLE_MAX, required=True),
                          expected_results=_text(expected_results, "expected_results"),
                          position=_next_position(Objective, Objective.axis_id == axis.id))
    db.session.add(objective)
    db.session.flush()
    return objective


def update_objective(access: Access, strategy: Strategy, objective: Objective, axis_id: int | None, title: str,
                     expected_results: str = "") -> Objective:
    _require_editor(access)
    axis = _axis_of(strategy, axis_id)
    objective.title = _line(title, "title", TITLE_MAX, required=True)
    objective.expected_results = _text(expected_results, "expected_results")
    if axis.id != objective.axis_id:
        objective.axis_id = axis.id
        objective.position = _next_position(Objective, Objective.axis_id == axis.id)
    db.session.flush()
    return objective


# -- actions ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActionFields:
    """What a facilitator types (or a row of a plan gives) for an action."""
    title: str
    description: str = ""
    means: str = ""
    owner: str = ""
    operator: str = ""
    partners: tuple[str, ...] = ()
    remarks: str = ""
    origin: str = ""


# The fields of ActionFields that are plain text on the action (partners are a list of names).
TEXT_FIELDS = ("title", "description", "means", "owner", "operator", "remarks", "origin")


def _objective_of(strategy: Strategy, objective_id: int | None) -> Objective:
    objective = db.session.get(Objective, objective_id) if objective_id is not None else None
    if objective is None or db.session.get(Axis, objective.axis_id).strategy_id != strategy.id:
        raise DomainError(_l("Choisissez un %(level)s.", level=strategy.objective_label), field="parent")
    return objective


def _apply_fields(strategy: Strategy, action: Action, fields: ActionFields) -> dict:
    """Set the action's fields; returns what changed ({field: [old, new]}) for its history."""
    values = {
        "title": _line(fields.title, "title", TITLE_MAX, required=True),
        "description": _text(fields.description, "description"),
        "means": _line(fields.means, "means", MEANS_MAX),
        "owner": _line(fields.owner, "owner", NAME_MAX),
        "operator": _line(fields.operator, "operator", NAME_MAX),
        "remarks": _text(fields.remarks, "remarks"),
        "origin": _line(fields.origin, "origin", ORIGIN_MAX),
    }
    changed = {name: [getattr(action, name) or "", value] for name, value in values.items()
               if (getattr(action, name) or "") != value}
    for name, value in values.items():
        setattr(action, name, value)
    partners = partner_names(fields.partners)
    before = [p.name for p in action.partners] if action.id is not None else []
    if {p.casefold() for p in partners} != {p.casefold() for p in before}:
        action.partners = find_partners(strategy, partners)
        changed["partners"] = [", ".join(before), ", ".join(partners)]
    return changed


def partner_names(names) -> list[str]:
    """Partners as typed ("A, B" or a list), cleaned, each once, in order."""
    if isinstance(names, str):
        names = names.replace(";", ",").split(",")
    seen, result = set(), []
    for name in names:
        name = clean_line(name)
        if len(name) > NAME_MAX:
            raise DomainError(_l("Un partenaire tient en %(n)s caractères.", n=NAME_MAX), field="partners")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def find_partners(strategy: Strategy, names: list[str]) -> list[Partner]:
    """The strategy's partners of these names (the same spelling, whatever the case, is one
    partner), created when new."""
    existing = {p.name.casefold(): p for p in db.session.scalars(
        sa.select(Partner).where(Partner.strategy_id == strategy.id))}
    partners = []
    for name in names:
        partner = existing.get(name.casefold())
        if partner is None:
            partner = existing[name.casefold()] = Partner(strategy_id=strategy.id, name=name)
            db.session.add(partner)
        partners.append(partner)
    db.session.flush()
    return partners


def _unique_key(strategy: Strategy, title: str, wanted: str = "") -> str:
    base = slugify(wanted or title)[:70] or "action"
    taken = set(db.session.scalars(sa.select(Action.key).where(Action.strategy_id == strategy.id,
                                                              Action.key.startswith(base))))
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def add_action(access: Access | None, strategy: Strategy, objective_id: int | None, fields: ActionFields,
               key: str = "", *, system: bool = False, kind: ActionEventKind = ActionEventKind.CREATED) -> Action:
    if not system:
        _require_editor(access)
    objective = _objective_of(strategy, objective_id)
    action = Action(strategy_id=strategy.id, objective_id=objective.id, key=_unique_key(strategy, fields.title, key),
                    position=_next_position(Action, Action.objective_id == objective.id))
    action.partners = []
    _apply_fields(strategy, action, fields)
    db.session.add(action)
    db.session.flush()
    record(action, kind, access, system=system)
    return action


def update_action(access: Access | None, strategy: Strategy, action: Action, objective_id: int | None,
                  fields: ActionFields, *, system: bool = False) -> Action:
    """Change an action (given another objective, it moves there, last): one event with what changed."""
    if not system:
        _require_editor(access)
    objective = _objective_of(strategy, objective_id)
    changed = _apply_fields(strategy, action, fields)
    if objective.id != action.objective_id:
        changed["objective"] = [action.objective_id, objective.id]
        action.objective_id = objective.id
        action.position = _next_position(Action, Action.objective_id == objective.id)
    if changed:
        action.updated_at = utcnow()
        db.session.flush()
        record(action, ActionEventKind.MOVED if list(changed) == ["objective"] else ActionEventKind.EDITED, access,
               system=system, data={"changed": changed})
    return action


def record(action: Action, kind: ActionEventKind, access: Access | None, *, system: bool = False,
           year: int | None = None, old: str | None = None, new: str | None = None, note: str = "",
           contribution_id: int | None = None, data: dict | None = None) -> ActionEvent:
    """Write one event of `action`: the only writer of its history (and of the notifications that
    follow it: a year's follow-up tells the people behind its source contributions)."""
    # The strategy is in the session (the caller loaded it): no query.
    event = ActionEvent(consultation_id=db.session.get(Strategy, action.strategy_id).consultation_id, action_id=action.id, kind=kind, year=year,
                        actor_id=None if system or access is None else access.user_id, old_value=old,
                        new_value=new, note=note, contribution_id=contribution_id, data=data, created_at=utcnow())
    db.session.add(event)
    db.session.flush()
    notifications.notify_action_event(event)
    return event


# -- order and deletion -----------------------------------------------------------------------------

def siblings_of(item) -> list:
    """The items beside `item` at its level, in order."""
    if isinstance(item, Priority):
        where = (Priority.strategy_id == item.strategy_id,)
    elif isinstance(item, Axis):
        where = (Axis.strategy_id == item.strategy_id, Axis.priority_id == item.priority_id)  # None: IS NULL
    elif isinstance(item, Objective):
        where = (Objective.axis_id == item.axis_id,)
    else:
        where = (Action.objective_id == item.objective_id,)
    model = type(item)
    return list(db.session.scalars(sa.select(model).where(*where).order_by(model.position, model.id)))


def move(access: Access, item, offset: int) -> None:
    """Move an enjeu, axis, objective or action up (-1) or down (+1) among its siblings; the
    numbers follow."""
    _require_editor(access)
    reorder(siblings_of(item), item, offset)


def children_count(item) -> int:
    """What deleting `item` would take with it: axes of an enjeu, objectives of an axis, actions
    of an objective, source contributions of an action."""
    if isinstance(item, Priority):
        return _count(Axis, Axis.priority_id == item.id)
    if isinstance(item, Axis):
        return _count(Objective, Objective.axis_id == item.id)
    if isinstance(item, Objective):
        return _count(Action, Action.objective_id == item.id)
    return _count(ActionSource, ActionSource.action_id == item.id)


def delete(access: Access, item) -> None:
    """Delete an empty level, or an action no contribution was ever promoted into (with its
    follow-up and indicators): anything else is moved or emptied first, so nothing is lost."""
    _require_editor(access)
    if children_count(item):
        raise DomainError(_l("Videz-le d'abord : déplacez ou supprimez ce qu'il contient.")
                          if not isinstance(item, Action) else
                          _l("Des contributions ont été retenues dans cette action : elle reste."))
    siblings = [s for s in siblings_of(item) if s.id != item.id]
    db.session.delete(item)
    for position, sibling in enumerate(siblings, start=1):
        sibling.position = position
    db.session.flush()


# -- follow-up --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearState:
    state: ProgressState
    cause: str = ""
    postponed_to: int | None = None
    note: str = ""


def set_progress(access: Access | None, strategy: Strategy, action: Action, year: int, state: YearState | None,
                 *, system: bool = False) -> ActionEvent | None:
    """An action's state in `year` (None: it does not run that year). Nothing when nothing
    changes; else one event, dated and signed."""
    if not system:
        _require_editor(access)
    if year not in strategy.years:
        raise DomainError(_l("Une année du plan (%(a)s à %(b)s).", a=strategy.first_year, b=strategy.last_year),
                          field="year")
    current = db.session.scalar(sa.select(ActionProgress).where(ActionProgress.action_id == action.id,
                                                                ActionProgress.year == year))
    if state is None:
        if current is None:
            return None
        old = current.state.value
        db.session.delete(current)
        db.session.flush()
        return record(action, ActionEventKind.PROGRESS, access, system=system, year=year, old=old, new=None)
    cause = _line(state.cause, "cause", CAUSE_MAX) if state.state == ProgressState.OUTSIDE_CAUSE else ""
    if state.state == ProgressState.OUTSIDE_CAUSE and not cause:
        raise DomainError(_l("Dites quelle cause extérieure (par exemple : COVID, inondations)."), field="cause")
    postponed_to = state.postponed_to if state.state == ProgressState.POSTPONED else None
    if state.state == ProgressState.POSTPONED and (postponed_to is None or postponed_to <= year):
        raise DomainError(_l("Reportée à une année après %(y)s.", y=year), field="postponed_to")
    note = _text(state.note, "note", NOTE_MAX)
    if current is not None and (current.state, current.cause, current.postponed_to, current.note) == (
            state.state, cause, postponed_to, note):
        return None
    old = current.state.value if current is not None else None
    if current is None:
        current = ActionProgress(action_id=action.id, year=year)
        db.session.add(current)
    current.state, current.cause, current.postponed_to, current.note = state.state, cause, postponed_to, note
    current.updated_at = utcnow()
    current.updated_by_id = None if system or access is None else access.user_id
    db.session.flush()
    return record(action, ActionEventKind.PROGRESS, access, system=system, year=year, old=old,
                  new=state.state.value, note=note,
                  data={k: v for k, v in (("cause", cause), ("postponed_to", postponed_to)) if v})



# -- indicators -------------------------------------------------------------------------------------

INDICATOR_NAME_MAX, UNIT_MAX = 200, 40


def add_indicator(access: Access, action: Action, name: str, unit: str = "", baseline: float | None = None,
                  target: float | None = None) -> Indicator:
    _require_editor(access)
    indicator = Indicator(action_id=action.id, name=_line(name, "name", INDICATOR_NAME_MAX, required=True),
                          unit=_line(unit, "unit", UNIT_MAX), baseline=baseline, target=target,
                          position=_next_position(Indicator, Indicator.action_id == action.id))
    db.session.add(indicator)
    db.session.flush()
    return indicator


def set_indicator_value(access: Access, action: Action, indicator: Indicator, year: int, value: float | None,
                        strategy: Strategy) -> ActionEvent | None:
    """An indicator's measure for a year (None: not measured); one event when it changes."""
    _require_editor(access)
    if year not in strategy.years:
        raise DomainError(_l("Une année du plan (%(a)s à %(b)s).", a=strategy.first_year, b=strategy.last_year),
                          field="year")
    row = db.session.scalar(sa.select(IndicatorValue).where(IndicatorValue.indicator_id == indicator.id,
                                                            IndicatorValue.year == year))
    old = None if row is None else row.value
    if old == value:
        return None
    if value is None:
        db.session.delete(row)
    elif row is None:
        db.session.add(IndicatorValue(indicator_id=indicator.id, year=year, value=value))
    else:
        row.value = value
    db.session.flush()
    return record(action, ActionEventKind.INDICATOR, access, year=year, old=None if old is None else f"{old:g}",
                  new=None if value is None else f"{value:g}", data={"indicator": indicator.name})


def parse_number(text: str, field: str) -> float | None:
    """A number as French people type it (« 1 234,5 », « 12 % » without its sign); None when empty."""
    cleaned = (text or "").strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "").rstrip("%€")
    if not cleaned:
        return None
    try:
        value = float(parse_decimal(cleaned, locale="fr_FR")) if "," in cleaned else float(cleaned)
    except (NumberFormatError, ValueError):
        raise DomainError(_l("« %(value)s » n'est pas un nombre.", value=text.strip()[:30]), field=field) from None
    if value != value or abs(value) > 1e15:  # NaN, or a number no indicator counts
        raise DomainError(_l("« %(value)s » n'est pas un nombre.", value=text.strip()[:30]), field=field)
    return value


def save_indicator_values(access: Access, strategy: Strategy, action: Action,
                          typed: dict[tuple[int, int], str]) -> int:
    """The values typed in the table of an action's indicators ((indicator id, year) -> text):
    every one checked before any is written; returns how many changed (one event each)."""
    _require_editor(access)
    indicators = {i.id: i for i in db.session.scalars(sa.select(Indicator).where(Indicator.action_id == action.id))}
    values, problems = {}, []
    for (indicator_id, year), text in typed.items():
        if indicator_id not in indicators or year not in strategy.years:
            continue
        try:
            values[(indicator_id, year)] = parse_number(text, f"v-{indicator_id}-{year}")
        except DomainError as error:
            problems.append(error)
    if problems:
        raise IndicatorValuesRefused(problems)
    changed = 0
    for (indicator_id, year), value in values.items():
        if set_indicator_value(access, action, indicators[indicator_id], year, value, strategy) is not None:
            changed += 1
    return changed


class IndicatorValuesRefused(DomainError):
    """Some typed values are not numbers: each one's message, by its field."""

    def __init__(self, problems: list[DomainError]):
        super().__init__(_l("Certaines valeurs ne sont pas des nombres."))
        self.problems = problems
