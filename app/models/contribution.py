from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .consultation import Consultation, Theme
from .user import User
from .workshop import Mission, Workshop


class ContributionStatus(StrEnum):
    """Is it on the boards? Only published contributions are: the boards, their indexes, the kept
    counts and the permissions read this column, and nothing else."""
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"  # by its author
    HIDDEN = "hidden"        # by moderation, with a reason
    MERGED = "merged"        # into another contribution (merged_into_id), which carries it on


class Outcome(StrEnum):
    """What became of it, as the facilitators answered (an answered idea stays on the boards)."""
    NONE = "none"
    REVIEW = "review"        # à l'étude
    ANSWERED = "answered"    # répondue
    DECLINED = "declined"    # non retenue, with the reason
    PROMOTED = "promoted"    # retenue dans la stratégie (an action of the strategy)


class Origin(StrEnum):
    ONLINE = "online"
    ROOM = "room"
    IMPORTED = "imported"
    GUEST = "guest"        # posted from a phone in the room by a guest without an account


contribution_themes = sa.Table(
    "contribution_themes",
    db.metadata,
    sa.Column("contribution_id", sa.ForeignKey("contributions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("theme_id", sa.ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Contribution(db.Model):
    __tablename__ = "contributions"
    # One index per board scope and sort: every board page, first or deep, is a range scan of
    # one index (keyset pagination), whatever the number of contributions.
    __table_args__ = (*(
        sa.Index(f"ix_contributions_{scope.split('_')[0]}_{name}", scope, "status", *columns)
        for scope in ("consultation_id", "workshop_id", "mission_id")
        for name, columns in (("newest", ("id",)), ("trend", ("trend_score", "id")), ("likes", ("like_count", "id")),
                              ("comments", ("comment_count", "id")), ("shuffle", ("shuffle_key", "id")))
    ), sa.Index("ix_contributions_key", "consultation_id", "key", unique=True),
        # Boards narrowed to an outcome ("sans réponse", "non retenues"...).
        sa.Index("ix_contributions_outcome", "consultation_id", "outcome", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    workshop_id: Mapped[int] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"))
    mission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("missions.id", ondelete="SET NULL"))
    # NULL once the author deleted their account: shown as an anonymous participant.
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(sa.String(140))
    body: Mapped[str] = mapped_column(sa.Text, default="")
    # The first words of the body as plain text, for cards (computed when the body is written).
    excerpt: Mapped[str] = mapped_column(sa.String(300), default="")
    status: Mapped[ContributionStatus] = mapped_column(
        str_enum(ContributionStatus), default=ContributionStatus.PUBLISHED
    )
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), default=Outcome.NONE, server_default="none")
    # Where a merged contribution went (status MERGED); the target lists what was merged into it.
    merged_into_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contributions.id", ondelete="SET NULL"),
                                                       index=True)
    origin: Mapped[Origin] = mapped_column(str_enum(Origin), default=Origin.ONLINE)
    # Post-its of the room (origin room or imported): who wrote them, as the room knew them, since
    # they have no author account; the key keeps an import from adding one twice (NULL online).
    group_label: Mapped[str] = mapped_column(sa.String(60), default="")
    author_name: Mapped[str] = mapped_column(sa.String(80), default="")
    key: Mapped[str | None] = mapped_column(sa.String(80))
    # A guest's contribution (origin guest): the guest row names them; author_id once they claimed it.
    guest_id: Mapped[int | None] = mapped_column(sa.ForeignKey("guests.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None]
    # Kept counts, updated in the transaction that adds or removes a like or a comment.
    like_count: Mapped[int] = mapped_column(default=0)
    comment_count: Mapped[int] = mapped_column(default=0)
    # Engagement weighted by recency (see services.counts.trend_score).
    trend_score: Mapped[float] = mapped_column(default=0.0)
    # Random number drawn at creation: the "random" sort rotates this order per visitor.
    shuffle_key: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship()
    workshop: Mapped[Workshop] = relationship()
    mission: Mapped[Mission | None] = relationship()
    author: Mapped[User | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=contribution_themes, order_by=Theme.name)

    @property
    def is_published(self) -> bool:
        return self.status == ContributionStatus.PUBLISHED

    @property
    def is_captured(self) -> bool:
        """A post-it of the workshop's room, typed in or imported by a facilitator."""
        return self.origin in (Origin.ROOM, Origin.IMPORTED)

    @property
    def is_guest(self) -> bool:
        """Posted by a guest of the room who has not claimed it with an account."""
        return self.origin == Origin.GUEST and self.author_id is None

    @property
    def is_merged(self) -> bool:
        return self.status == ContributionStatus.MERGED


class EventKind(StrEnum):
    POSTED = "posted"
    CAPTURED = "captured"  # typed in from a post-it of the room
    IMPORTED = "imported"  # from a workshop file or a spreadsheet
    EDITED = "edited"      # data: the title and body before the edit
    STATUS = "status"      # old_value -> new_value, a ContributionStatus; note: the reason
    OUTCOME = "outcome"    # old_value -> new_value, an Outcome; note: the public answer
    MERGED = "merged"      # this contribution went into related_id (its status became merged)
    MERGE_RECEIVED = "merge_received"  # related_id was merged into this one
    UNMERGED = "unmerged"  # the merge into related_id was undone (its status back to published)
    MERGE_UNDONE = "merge_undone"      # related_id, merged into this one, left it again
    COMMENTED = "commented"            # comment_id was posted (a reply when it has a parent)
    COMMENT_STATUS = "comment_status"  # comment_id: old_value -> new_value, a CommentStatus; note: why
    FLAGS_REVIEWED = "flags_reviewed"  # the facilitators read the reports and kept it (note: why)
    LINKED = "linked"      # already promoted, it feeds one more action (data: action_id; note: why)
    UNLINKED = "unlinked"  # taken off an action of the strategy (data: action_id; note: why)
    CLAIMED = "claimed"    # a guest's contribution, claimed by the account its guest created


class ContributionEvent(db.Model):
    """One row per thing that happened to a contribution or to one of its comments: its history,
    the notifications that follow it, the consultation's audit log. Written by the doors of
    services.lifecycle only, never changed afterwards."""

    __tablename__ = "contribution_events"
    __table_args__ = (
        sa.Index("ix_contribution_events_log", "consultation_id", "id"),
        sa.Index("ix_contribution_events_actor", "consultation_id", "actor_id", "id"),
        sa.Index("ix_contribution_events_kind", "consultation_id", "kind", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    contribution_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contributions.id", ondelete="CASCADE"), index=True
    )
    comment_id: Mapped[int | None] = mapped_column(sa.ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    # The other contribution of a merge.
    related_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contributions.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # Who acted, as the history says it: author, participant, facilitator, elected, admin, system.
    actor_role: Mapped[str] = mapped_column(sa.String(32), default="", server_default="")
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    old_value: Mapped[str | None] = mapped_column(sa.String(32))
    new_value: Mapped[str | None] = mapped_column(sa.String(32))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    data: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    contribution: Mapped[Contribution] = relationship(foreign_keys=[contribution_id])
    related: Mapped[Contribution | None] = relationship(foreign_keys=[related_id])
    actor: Mapped[User | None] = relationship()
