from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import str_enum, utcnow


class Sector(StrEnum):
    HEBERGEMENT = "hebergement"
    RESTAURATION = "restauration"
    PLEINE_NATURE = "activites_pleine_nature"
    PATRIMOINE = "patrimoine"
    PRODUCTEUR = "producteur"
    INSTITUTION = "institution"
    COMMUNE = "commune"
    COMMERCE = "commerce"
    ASSOCIATION = "association"
    AUTRE = "autre"


class EmailFrequency(StrEnum):
    """How a person wants their notifications by e-mail."""
    NEVER = "never"
    IMMEDIATE = "immediate"
    DAILY = "daily"
    WEEKLY = "weekly"


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (sa.Index("ix_users_sort_name", "sort_name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(80))
    # The name folded for sorting (no accents, lower case): lists of people are ordered by it.
    sort_name: Mapped[str] = mapped_column(sa.String(80), default="")
    organisation: Mapped[str] = mapped_column(sa.String(120), default="")
    sector: Mapped[Sector] = mapped_column(str_enum(Sector), default=Sector.AUTRE)
    commune: Mapped[str] = mapped_column(sa.String(80), default="")
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    is_admin: Mapped[bool] = mapped_column(default=False)
    show_in_directory: Mapped[bool] = mapped_column(default=True)
    # Bumped when the password changes: older sessions and reset links stop working.
    session_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    # Notifications: how they are e-mailed, when the last digest left, and how many are unread
    # (kept in the transactions that add or read them: the navigation shows it with no query).
    email_frequency: Mapped[EmailFrequency] = mapped_column(
        str_enum(EmailFrequency), default=EmailFrequency.DAILY, server_default="daily")
    last_digest_at: Mapped[datetime | None]
    unread_notifications: Mapped[int] = mapped_column(default=0, server_default="0")

    def get_id(self) -> str:
        return f"{self.id}.{self.session_version}"

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"
