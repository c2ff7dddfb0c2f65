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

