from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .contribution import Contribution, Outcome
from .discussion import Comment
from .user import User


class FlagReason(StrEnum):
    SPAM = "spam"
    OFFENSIVE = "offensive"
    OFF_TOPIC = "off_topic"
    OTHER = "other"  # said in its text


class FlagResolution(StrEnum):
    HIDDEN = "hidden"  # the facilitators hid what was reported
    KEPT = "kept"      # they read it and kept it


class Flag(db.Model):
    """A member's report (signalement) of a contribution or of one of its comments. Open until a
    facilitator decides; a consultation may hide what enough members reported, until then."""

    __tablename__ = "flags"
    __table_args__ = (
        # One report per member and thing reported ("c12" a contribution, "m34" a comment).
        sa.UniqueConstraint("user_id", "target"),
        sa.Index("ix_flags_open", "consultation_id", "resolved_at", "target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"), index=True)
    comment_id: Mapped[int | None] = mapped_column(sa.ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(sa.String(24))
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[FlagReason] = mapped_column(str_enum(FlagReason))
    text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    resolution: Mapped[FlagResolution | None] = mapped_column(str_enum(FlagResolution))

    contribution: Mapped[Contribution] = relationship()
    comment: Mapped[Comment | None] = relationship()
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])

    @staticmethod
    def target_of(contribution_id: int, comment_id: int | None = None) -> str:
        return f"m{comment_id}" if comment_id else f"c{contribution_id}"


class AnswerTemplate(db.Model):
    """A ready answer of a consultation's facilitators (modèle de réponse), for answering many
    contributions at once: adjusted before it is applied."""

    __tablename__ = "answer_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(120))
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), default=Outcome.ANSWERED)
    body: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
