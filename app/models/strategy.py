"""A consultation's strategy: up to four numbered levels (enjeu → chantier → objectif → action by
default, named by the territory), the actions' partners and indicators, their state year by year,
and the contributions each action came from."""
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .consultation import Consultation
from .contribution import Contribution
from .user import User


class ProgressState(StrEnum):
    """The state of an action in one year (suivi annuel)."""
    PLANNED = "planned"              # prévue
    IN_PROGRESS = "in_progress"      # en cours
    DONE = "done"                    # réalisée
    NOT_DONE = "not_done"            # non réalisée
    OUTSIDE_CAUSE = "outside_cause"  # non réalisée pour une cause extérieure (which one: `cause`)
    POSTPONED = "postponed"          # reportée (to which year: `postponed_to`)


class ActionEventKind(StrEnum):
    CREATED = "created"
    IMPORTED = "imported"
    EDITED = "edited"
    MOVED = "moved"
    PROGRESS = "progress"      # a year's state changed
    INDICATOR = "indicator"    # a year's value of an indicator
    ATTACHED = "attached"      # a contribution promoted into it, or attached to it
    DETACHED = "detached"      # a source contribution taken off, with the reason


action_partners = sa.Table(
    "action_partners",
    db.metadata,
    sa.Column("action_id", sa.ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("partner_id", sa.ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Strategy(db.Model):
    """The strategy of one consultation, with the names of its levels. `priority_label` empty: no
    enjeu level (axes are then the top)."""

    __tablename__ = "strategies"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    introduction: Mapped[str] = mapped_column(sa.Text, default="")
    priority_label: Mapped[str] = mapped_column(sa.String(40), default="enjeu")
    axis_label: Mapped[str] = mapped_column(sa.String(40), default="chantier")
    objective_label: Mapped[str] = mapped_column(sa.String(40), default="objectif")
    action_label: Mapped[str] = mapped_column(sa.String(40), default="action")
    first_year: Mapped[int]
    last_year: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    @property
    def has_priorities(self) -> bool:
        return bool(self.priority_label)


class Priority(db.Model):
    """An enjeu: a strategic issue grouping axes."""

    __tablename__ = "priorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(sa.ForeignKey("strategies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text, default="")


class Axis(db.Model):
    """A chantier (axe, fonction): numbered through the whole strategy in the order of its enjeux."""

    __tablename__ = "axes"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(sa.ForeignKey("strategies.id", ondelete="CASCADE"), index=True)
    priority_id: Mapped[int | None] = mapped_column(sa.ForeignKey("priorities.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # among the axes of its enjeu
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text, default="")


class Objective(db.Model):
    __tablename__ = "objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    axis_id: Mapped[int] = mapped_column(sa.ForeignKey("axes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(sa.String(300))
    expected_results: Mapped[str] = mapped_column(sa.Text, default="")


class Partner(db.Model):
    """An organisation working on actions, named once per strategy and reused."""

    __tablename__ = "partners"
    __table_args__ = (sa.UniqueConstraint("strategy_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(sa.ForeignKey("strategies.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(sa.String(200))


class Action(db.Model):
    """An action of an objective, numbered within its axis ("7.3"); `key` is stable across imports."""

    __tablename__ = "actions"
    __table_args__ = (sa.UniqueConstraint("strategy_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(sa.ForeignKey("strategies.id", ondelete="CASCADE"))
    objective_id: Mapped[int] = mapped_column(sa.ForeignKey("objectives.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(sa.String(80))
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    means: Mapped[str] = mapped_column(sa.String(300), default="")      # engagement, outils, moyens
    owner: Mapped[str] = mapped_column(sa.String(200), default="")      # maîtrise d'ouvrage
    operator: Mapped[str] = mapped_column(sa.String(200), default="")   # maîtrise d'œuvre
    remarks: Mapped[str] = mapped_column(sa.Text, default="")
    origin: Mapped[str] = mapped_column(sa.String(300), default="")     # "reconduite du programme 2006/2007"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    objective: Mapped[Objective] = relationship()
    partners: Mapped[list[Partner]] = relationship(secondary=action_partners, order_by=lambda: Partner.name)


class Indicator(db.Model):
    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(sa.String(200))
    unit: Mapped[str] = mapped_column(sa.String(40), default="")
    baseline: Mapped[float | None]
    target: Mapped[float | None]


class IndicatorValue(db.Model):
    __tablename__ = "indicator_values"
    __table_args__ = (sa.UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(sa.ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int]
    value: Mapped[float]


class ActionProgress(db.Model):
    """An action's state in one year; the years an action runs are the years it has a row."""

    __tablename__ = "action_progress"
    __table_args__ = (sa.UniqueConstraint("action_id", "year"), sa.Index("ix_action_progress_year", "year", "state"))

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id", ondelete="CASCADE"))
    year: Mapped[int]
    state: Mapped[ProgressState] = mapped_column(str_enum(ProgressState), default=ProgressState.PLANNED)
    cause: Mapped[str] = mapped_column(sa.String(200), default="")  # the outside cause
    postponed_to: Mapped[int | None]
    note: Mapped[str] = mapped_column(sa.Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class ActionSource(db.Model):
    """A contribution an action came from (retenue dans la stratégie): who linked it, when, why;
    detached links stay, with who detached them and why."""

    __tablename__ = "action_sources"
    __table_args__ = (sa.UniqueConstraint("action_id", "contribution_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id", ondelete="CASCADE"))
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"), index=True)
    promoted_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    detached_at: Mapped[datetime | None]
    detached_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    detach_reason: Mapped[str] = mapped_column(sa.Text, default="")

    action: Mapped[Action] = relationship()
    contribution: Mapped[Contribution] = relationship()


class ActionEvent(db.Model):
    """One row per thing that happened to an action: its history, and the notifications of the
    people behind its source contributions. Written by services.strategy only."""

    __tablename__ = "action_events"
    __table_args__ = (sa.Index("ix_action_events_action", "action_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id", ondelete="CASCADE"))
    contribution_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contributions.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[ActionEventKind] = mapped_column(str_enum(ActionEventKind))
    year: Mapped[int | None]
    old_value: Mapped[str | None] = mapped_column(sa.String(64))
    new_value: Mapped[str | None] = mapped_column(sa.String(64))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    data: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User | None] = relationship()
    contribution: Mapped[Contribution | None] = relationship()
    action: Mapped[Action] = relationship()
    consultation: Mapped[Consultation] = relationship()
