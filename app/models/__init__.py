"""SQLAlchemy models, one module per domain. Importing this package registers every table."""
from .assistant import ContributionVector, Grouping, GroupingGroup, GroupingMember
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
from .strategy import (
    Action,
    ActionEvent,
    ActionEventKind,
    ActionProgress,
    ActionSource,
    Axis,
    Indicator,
    IndicatorValue,
    Objective,
    Partner,
    Priority,
    ProgressState,
    Strategy,
    action_partners,
)
from .user import EmailFrequency, Sector, User
from .workshop import Attendance, Mission, Workshop, WorkshopStatus

__all__ = [
    "Action",
    "ActionEvent",
    "ActionEventKind",
    "ActionProgress",
    "ActionSource",
    "AnswerTemplate",
    "Attachment",
    "Attendance",
    "Axis",
    "Comment",
    "CommentStatus",
    "Consultation",
    "Contribution",
    "ContributionEvent",
    "ContributionStatus",
    "ContributionVector",
    "EmailFrequency",
    "EventKind",
    "Flag",
    "Grouping",
    "GroupingGroup",
    "GroupingMember",
    "FlagReason",
    "FlagResolution",
    "Indicator",
    "IndicatorValue",
    "Like",
    "Membership",
    "Mission",
    "Notification",
    "NotificationReason",
    "Objective",
    "Origin",
    "Outcome",
    "OutgoingEmail",
    "Partner",
    "Priority",
    "ProgressState",
    "Report",
    "ReportKind",
    "ReportStatus",
    "Role",
    "Sector",
    "Strategy",
    "Theme",
    "User",
    "Visibility",
    "Workshop",
    "WorkshopStatus",
    "action_partners",
    "contribution_themes",
]
