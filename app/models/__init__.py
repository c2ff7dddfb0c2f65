"""SQLAlchemy models, one module per domain. Importing this package registers every table."""
from .consultation import Consultation, Membership, Role, Theme, Visibility
from .contribution import (
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Origin,
    Outcome,
    contribution_themes,
)
from .discussion import Comment, CommentStatus, Like
from .mail import OutgoingEmail
from .moderation import AnswerTemplate, Flag, FlagReason, FlagResolution
from .notification import Notification, NotificationReason
from .report import Attachment, Report, ReportKind, ReportStatus
from .user import EmailFrequency, Sector, User
from .workshop import Attendance, Mission, Workshop, WorkshopStatus

__all__ = [
    "AnswerTemplate",
    "Attachment",
    "Attendance",
    "Comment",
    "CommentStatus",
    "Consultation",
    "Contribution",
    "ContributionEvent",
    "ContributionStatus",
    "EmailFrequency",
    "EventKind",
    "Flag",
    "FlagReason",
    "FlagResolution",
    "Like",
    "Membership",
    "Mission",
    "Notification",
    "NotificationReason",
    "Origin",
    "Outcome",
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
