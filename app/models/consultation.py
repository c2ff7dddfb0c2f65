from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .user import User


class Visibility(StrEnum):
    PUBLIC = "public"
    MEMBERS = "members"


class Role(StrEnum):
    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"
    ELECTED = "elected"


class Consultation(db.Model):
    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    title: Mapped[str] = mapped_column(sa.String(160))
    territory: Mapped[str] = mapped_column(sa.String(120), default="")
    description: Mapped[str] = mapped_column(sa.Text, default="")
    visibility: Mapped[Visibility] = mapped_column(str_enum(Visibility), default=Visibility.PUBLIC)
    join_code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # A contribution or comment reported by this many members is hidden until a facilitator
    # decides (0: never hidden by reports alone).
    flag_threshold: Mapped[int] = mapped_column(default=3, server_default="3")

    themes: Mapped[list["Theme"]] = relationship(
        back_populates="consultation", order_by="Theme.name", cascade="all, delete-orphan"
    )

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC

    def __repr__(self) -> str:
        return f"<Consultation {self.slug}>"


class Membership(db.Model):
    __tablename__ = "memberships"
    __table_args__ = (
        sa.UniqueConstraint("consultation_id", "user_id"),
        # The who's who and the members' list, in name order page by page: one index range.
        sa.Index("ix_memberships_by_name", "consultation_id", "sort_name", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.PARTICIPANT)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The member's User.sort_name, copied so that a consultation's members are listed by name from
    # one index (kept in step by accounts.update_profile). Required: no membership without it.
    sort_name: Mapped[str] = mapped_column(sa.String(80))

    consultation: Mapped[Consultation] = relationship()
    user: Mapped[User] = relationship()


class Theme(db.Model):
    """A theme (tag) of a consultation, managed by its facilitators."""

    __tablename__ = "themes"
    __table_args__ = (sa.UniqueConstraint("consultation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(sa.String(60))

    consultation: Mapped[Consultation] = relationship(back_populates="themes")
