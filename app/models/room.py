"""The room of a workshop while it runs: the wall on the projector and what it shows, the guests who
post from their phone without an account, and the dot votes (vote par gommettes)."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow
from .workshop import Mission, Workshop


class Room(db.Model):
    """What the facilitators set for a workshop's room: written by their first control (a workshop
    without one shows its first open mission, no guests, no wall link)."""

    __tablename__ = "rooms"

    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    # The secret link of the wall on the projector (/mur/<token>); NULL once revoked.
    wall_token: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    guests_open: Mapped[bool] = mapped_column(default=False)
    # The mission the wall shows and the phones post to (NULL: the first open one).
    mission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("missions.id", ondelete="SET NULL"))
    # While paused, the wall shows the contributions up to this id and none that came after.
    paused_at_id: Mapped[int | None]
    highlighted_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contributions.id", ondelete="SET NULL"))
    # Bumped by every change of the controls and every dot: with the workshop's `changes`, the
    # wall's refresh answers 304 from one read of this row.
    version: Mapped[int] = mapped_column(default=0)

    workshop: Mapped[Workshop] = relationship()
    mission: Mapped[Mission | None] = relationship()


class WallRemoval(db.Model):
    """A contribution taken off the wall by a facilitator: it stays on the boards."""

    __tablename__ = "wall_removals"

    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"),
                                                 primary_key=True)


class Guest(db.Model):
    """A person in the room who posts without an account: the name they gave, and nothing else.
    Their device holds a signed cookie naming this row; `user_id` is the account that claimed
    their contributions."""

    __tablename__ = "guests"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    workshop: Mapped[Workshop] = relationship()


class DotVote(db.Model):
    """A dot vote on a mission's contributions: each participant, member or guest, spreads
    `dots_per_person` dots (several on one contribution when `stacking`) until it closes."""

    __tablename__ = "dot_votes"
    # One vote open at a time per workshop, whatever the number of servers.
    __table_args__ = (sa.Index("ix_dot_votes_open", "workshop_id", unique=True,
                               sqlite_where=sa.text("closed_at IS NULL"),
                               postgresql_where=sa.text("closed_at IS NULL")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    mission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("missions.id", ondelete="SET NULL"), index=True)
    dots_per_person: Mapped[int] = mapped_column(default=3)
    stacking: Mapped[bool] = mapped_column(default=False)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    opened_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    workshop: Mapped[Workshop] = relationship()
    mission: Mapped[Mission | None] = relationship()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Dot(db.Model):
    """One dot of one voter (a member or a guest) on a contribution. A voter's dots fill numbered
    slots, one row per slot: the unique slots make a dot count once whatever the number of taps,
    tabs or servers, and a voter can never hold more than the vote gives."""

    __tablename__ = "dots"
    __table_args__ = (
        sa.UniqueConstraint("vote_id", "user_id", "slot", name="uq_dots_user_slot"),
        sa.UniqueConstraint("vote_id", "guest_id", "slot", name="uq_dots_guest_slot"),
        sa.CheckConstraint("(user_id IS NULL) <> (guest_id IS NULL)", name="one_voter"),
        sa.Index("ix_dots_contribution", "vote_id", "contribution_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(sa.ForeignKey("dot_votes.id", ondelete="CASCADE"))
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    guest_id: Mapped[int | None] = mapped_column(sa.ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    slot: Mapped[int]
