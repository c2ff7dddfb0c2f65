from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .contribution import Contribution
from .user import User


class Like(db.Model):
    """One per member and contribution. user_id becomes NULL when the member deletes their account:
    the like stays counted."""

    __tablename__ = "likes"
    __table_args__ = (sa.UniqueConstraint("contribution_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(sa.ForeignKey("contributions.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommentStatus(StrEnum):
    VISIBLE = "visible"
    WITHDRAWN = "withdrawn"
    HIDDEN = "hidden"


class Comment(db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contributions.id", ondelete="CASCADE"), index=True
    )
    # Replies go one level deep: a reply's parent is always a top-level comment.
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[CommentStatus] = mapped_column(str_enum(CommentStatus), default=CommentStatus.VISIBLE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None]
    # Why it is hidden, and who decided, are on its events (EventKind.COMMENT_STATUS).

    contribution: Mapped[Contribution] = relationship()
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])

    @property
    def is_visible(self) -> bool:
        return self.status == CommentStatus.VISIBLE
