"""SQLAlchemy models, one module per domain. Importing this package registers every table."""
from .consultation import Consultation, Membership, Role, Theme, Visibility
from .contribution import (
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Origin,
    contribution_themes,
)
from .discussion import Comment, CommentStatus, Like
from .mail import OutgoingEmail
from .report import Attachment, Report, ReportKind, ReportStatus
from .user import Sector, User
from .workshop import Attendance, Mission, Workshop, WorkshopStatus

__all__ = [
    "Attachment",
    "Attendance",
    "Comment",
    "CommentStatus",
    "Consultation",
    "Contribution",
    "ContributionEvent",
    "ContributionStatus",
    "EventKind",
    "Like",
    "Membership",
    "Mission",
    "Origin",
    "OutgoingEmail",
    "Report",
    "ReportKind",
    "ReportStatus",
    "Role",
    "Sector",
    "Theme",
    "User",
    "Visibility",
    "Workshop",
    "WorkshopStatus",
    "contribution_themes",
]
