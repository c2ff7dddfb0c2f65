from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .contribution import ContributionEvent
from .report import Report
from .strategy import ActionEvent
from .user import User


class NotificationReason(StrEnum):
    """Why someone is told: said on the notification, its page and its e-mail."""
    AUTHOR = "author"        # they wrote the contribution
    COAUTHOR = "coauthor"    # they wrote a contribution merged into it
    COMMENTER = "commenter"  # they commented it
    LIKER = "liker"          # they liked it
    REPLIED = "replied"      # someone answered their comment
    COMMENT_AUTHOR = "comment_author"  # their comment was hidden or restored
    MEMBER = "member"        # a document was published in their consultation


class Notification(db.Model):
    """Something that happened, for one person concerned: an event of a contribution, a report
    published, or an event of an action of the strategy (its follow-up). Written in bulk by the door that writes the event; read in the notification centre,
    sent by e-mail as the person chose (services.notifications)."""

    __tablename__ = "notifications"
    __table_args__ = (
        # About one thing: an event of a contribution, a document, or an event of an action.
        sa.CheckConstraint("(CASE WHEN event_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN report_id IS NULL THEN 0 ELSE 1 "
                           "END) + (CASE WHEN action_event_id IS NULL THEN 0 ELSE 1 END) = 1", name="one_subject"),
        sa.Index("ix_notifications_user", "user_id", "id"),
        sa.Index("ix_notifications_unsent", "mailed_at", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contribution_events.id", ondelete="CASCADE"),
                                                 index=True)
    report_id: Mapped[int | None] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    action_event_id: Mapped[int | None] = mapped_column(sa.ForeignKey("action_events.id", ondelete="CASCADE"),
                                                        index=True)
    reason: Mapped[NotificationReason] = mapped_column(str_enum(NotificationReason))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
    # Sent by e-mail (alone or in a digest), or passed over because the person wants none.
    mailed_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()
    event: Mapped[ContributionEvent | None] = relationship()
    report: Mapped[Report | None] = relationship()
    action_event: Mapped[ActionEvent | None] = relationship()
