import secrets
from datetime import date, datetime, time
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .consultation import Consultation


class WorkshopStatus(StrEnum):
    DRAFT = "draft"
    ANNOUNCED = "announced"
    OPEN = "open"
    CLOSED = "closed"


ROOM_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a screen, typed on a phone
ROOM_CODE_LENGTH = 6


def new_room_code() -> str:
    return "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


class Workshop(db.Model):
    __tablename__ = "workshops"
    # A workshop file names its workshop by this key: a second import updates it.
    __table_args__ = (sa.Index("ix_workshops_key", "consultation_id", "key", unique=True),
                      sa.Index("ix_workshops_room_code", "room_code", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(sa.String(80))
    title: Mapped[str] = mapped_column(sa.String(160))
    # The day, and the time it starts when one was given (local time of the territory, Europe/Paris).
    starts_on: Mapped[date | None]
    start_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(sa.String(160), default="")
    description: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[WorkshopStatus] = mapped_column(str_enum(WorkshopStatus), default=WorkshopStatus.DRAFT)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Kept counts over the workshop's published contributions, updated in the transactions that
    # change them (services.contributions): the figures and board totals never count rows.
    contribution_count: Mapped[int] = mapped_column(default=0)
    like_count: Mapped[int] = mapped_column(default=0)
    comment_count: Mapped[int] = mapped_column(default=0)
    # The short code that joins its room from a phone (/salle/<code>, the QR code on the wall). Every
    # workshop has one (NULL is allowed by the schema only: SQLite cannot add NOT NULL in place).
    room_code: Mapped[str | None] = mapped_column(sa.String(12), default=new_room_code)
    # Bumped with the kept counts, and by edits: the wall's refresh tells from it that nothing changed.
    changes: Mapped[int] = mapped_column(default=0, server_default="0")

    consultation: Mapped[Consultation] = relationship()
    missions: Mapped[list["Mission"]] = relationship(
        back_populates="workshop", order_by="Mission.position", cascade="all, delete-orphan"
    )

    @property
    def is_open(self) -> bool:
        return self.status == WorkshopStatus.OPEN


class Mission(db.Model):
    """An instruction given to the groups of a workshop; contributions answer it."""

    __tablename__ = "missions"
    __table_args__ = (sa.Index("ix_missions_key", "workshop_id", "key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(sa.String(80))  # stable within its workshop (workshop files)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(sa.String(200))
    instructions: Mapped[str] = mapped_column(sa.Text, default="")
    is_open: Mapped[bool] = mapped_column(default=True)
    contribution_count: Mapped[int] = mapped_column(default=0)  # published, kept like the workshop's

    workshop: Mapped[Workshop] = relationship(back_populates="missions")


class Attendance(db.Model):
    """Who took part in a workshop in person (shown in the who's who)."""

    __tablename__ = "attendances"

    workshop_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    workshop: Mapped[Workshop] = relationship()
