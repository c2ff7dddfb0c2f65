from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from ..extensions import db
from .base import str_enum, utcnow
from .consultation import Consultation
from .user import User
from .workshop import Workshop


class ReportKind(StrEnum):
    MINUTES = "minutes"      # compte-rendu
    SYNTHESIS = "synthesis"  # synthèse


class ReportStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class Report(db.Model):
    """Minutes or a synthesis of a workshop, or of the whole consultation (workshop_id NULL)."""

    __tablename__ = "reports"
    __table_args__ = (sa.Index("ix_reports_listed", "consultation_id", "status", "published_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"))
    workshop_id: Mapped[int | None] = mapped_column(sa.ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ReportKind] = mapped_column(str_enum(ReportKind))
    status: Mapped[ReportStatus] = mapped_column(str_enum(ReportStatus), default=ReportStatus.DRAFT)
    title: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text, default="")
    authors: Mapped[str] = mapped_column(sa.String(200), default="")  # as the document names them
    published_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # The live blocks of the body as they stood at publication (JSON; empty while a draft): a
    # published report never changes by itself.
    frozen_blocks: Mapped[str] = mapped_column(sa.Text, default="")
    # A synthesis drafted by the assistant: the fingerprint of its body as the assistant wrote it
    # (services/drafts.py). While the body is unchanged, it cannot be published.
    drafted_hash: Mapped[str | None] = mapped_column(sa.String(64))

    consultation: Mapped[Consultation] = relationship()
    workshop: Mapped[Workshop | None] = relationship()
    created_by: Mapped[User | None] = relationship()
    attachments: Mapped[list["Attachment"]] = relationship(back_populates="report", order_by="Attachment.id")

    @property
    def is_published(self) -> bool:
        return self.status == ReportStatus.PUBLISHED


class Attachment(db.Model):
    """A file (slides, a document) of a report, kept through app/storage.py under a generated name."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int | None] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    storage_key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    filename: Mapped[str] = mapped_column(sa.String(200))      # shown and downloaded as; never a path
    content_type: Mapped[str] = mapped_column(sa.String(100))  # found from the content, not the name
    size: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    uploaded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    report: Mapped[Report | None] = relationship(back_populates="attachments")


# How many attachments a report has, read with the report when a list asks for it (undefer).
Report.attachment_count = column_property(
    sa.select(sa.func.count(Attachment.id)).where(Attachment.report_id == Report.id)
    .correlate_except(Attachment).scalar_subquery(), deferred=True)
