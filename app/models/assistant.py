"""What the synthesis assistant keeps: one vector per contribution (what its text means, computed
when the text is written), and the groupings of contributions into themes that facilitators edit."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class ContributionVector(db.Model):
    """The vector of a contribution's title and text, packed (services/embeddings.pack), with the
    method that computed it. A new text gets a new row (a higher id): a worker's index of a
    concertation reads only the rows above the last id it has seen."""
    __tablename__ = "contribution_vectors"
    __table_args__ = (sa.Index("ix_contribution_vectors_consultation", "consultation_id", "id"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"), unique=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(sa.String(20))
    vector: Mapped[bytes] = mapped_column(sa.LargeBinary)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Grouping(db.Model):
    """Themes proposed by the assistant for a workshop, a mission or the whole concertation, then
    edited by a facilitator (renamed, moved, merged, split) and saved as the concertation's themes.
    `input_hash` names what it was computed from (the contributions' ids and texts, the method)."""
    __tablename__ = "groupings"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[int | None] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"))
    mission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("missions.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(sa.String(20))
    input_hash: Mapped[str] = mapped_column(sa.String(64))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    saved_at: Mapped[datetime | None] = mapped_column()  # when its groups last became themes

    groups: Mapped[list["GroupingGroup"]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan", order_by="GroupingGroup.position")
    consultation = relationship("Consultation")
    workshop = relationship("Workshop")
    mission = relationship("Mission")


class GroupingGroup(db.Model):
    __tablename__ = "grouping_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(sa.ForeignKey("groupings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column()
    label: Mapped[str] = mapped_column(sa.String(120))
    misc: Mapped[bool] = mapped_column(default=False)  # "Divers": what fits in no theme

    grouping: Mapped[Grouping] = relationship(back_populates="groups")


class GroupingMember(db.Model):
    """A contribution's place in a grouping: exactly one group per contribution and grouping."""
    __tablename__ = "grouping_members"

    grouping_id: Mapped[int] = mapped_column(sa.ForeignKey("groupings.id", ondelete="CASCADE"), primary_key=True)
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"),
                                                 primary_key=True, index=True)
    group_id: Mapped[int] = mapped_column(sa.ForeignKey("grouping_groups.id", ondelete="CASCADE"), index=True)
