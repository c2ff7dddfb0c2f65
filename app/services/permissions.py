"""Every "may X do Y here" rule. Views, services and templates all ask this module.

An `Access` is the acting user seen from one consultation: built once per request from the user
and their membership, it answers every question about that consultation without further queries.
"""
from dataclasses import dataclass

from ..models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionStatus,
    Mission,
    Origin,
    Role,
    Workshop,
    WorkshopStatus,
)

# Who may move a contribution from one status to another: the only allowed transitions.
AUTHOR, MODERATOR = "author", "moderator"
CONTRIBUTION_TRANSITIONS: dict[tuple[ContributionStatus, ContributionStatus], str] = {
    (ContributionStatus.PUBLISHED, ContributionStatus.WITHDRAWN): AUTHOR,
    (ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN): MODERATOR,
    (ContributionStatus.HIDDEN, ContributionStatus.PUBLISHED): MODERATOR,
}


@dataclass(frozen=True)
class Access:
    consultation: Consultation
    user_id: int | None = None
    is_admin: bool = False
    role: Role | None = None

    # -- who is this ------------------------------------------------------------------------
    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    @property
    def is_member(self) -> bool:
        return self.role is not None

    @property
    def is_facilitator(self) -> bool:
        """Facilitators of this consultation and platform administrators."""
        return self.is_admin or self.role == Role.FACILITATOR

    # -- reading ----------------------------------------------------------------------------
    def can_view(self) -> bool:
        return self.consultation.is_public or self.is_member or self.is_admin

    def can_view_workshop(self, workshop: Workshop) -> bool:
        return self.can_view() and (workshop.status != WorkshopStatus.DRAFT or self.is_facilitator)

    def can_view_contribution(self, contribution: Contribution) -> bool:
        return self.can_view_workshop(contribution.workshop)

    def can_read_contribution_body(self, contribution: Contribution) -> bool:
        if contribution.status == ContributionStatus.PUBLISHED:
            return True
        return self.is_facilitator or self.is_own(contribution)

    def can_view_report(self, report) -> bool:
        """Published reports for whoever sees their workshop (or the consultation); drafts for facilitators."""
        if report.consultation_id != self.consultation.id or not self.can_view():
            return False
        if report.workshop is not None and not self.can_view_workshop(report.workshop):
            return False
        return report.is_published or self.is_facilitator

    def can_write_reports(self) -> bool:
        """Writing, publishing reports and adding or removing their attachments."""
        return self.is_facilitator

    def can_view_directory(self) -> bool:
        return self.is_member or self.is_admin

    # -- managing ---------------------------------------------------------------------------
    def can_manage(self) -> bool:
        """Workshops, missions, themes, members' roles, moderation."""
        return self.is_facilitator

    def can_edit_consultation(self) -> bool:
        return self.is_facilitator

    def can_assign_role(self, role: Role) -> bool:
        return self.is_facilitator

    # -- contributing -----------------------------------------------------------------------
    def is_own(self, obj: Contribution | Comment) -> bool:
        return self.user_id is not None and obj.author_id == self.user_id

    def can_post(self, workshop: Workshop, mission: Mission | None = None) -> bool:
        if not self.is_member or workshop.status != WorkshopStatus.OPEN:
            return False
        return mission is None or (mission.workshop_id == workshop.id and mission.is_open)

    def can_post_somewhere(self, workshop: Workshop) -> bool:
        return self.is_member and workshop.status == WorkshopStatus.OPEN

    def _discussion_open(self, contribution: Contribution) -> bool:
        return (
            self.is_member
            and contribution.status == ContributionStatus.PUBLISHED
            and contribution.workshop.status == WorkshopStatus.OPEN
        )

    def can_edit_contribution(self, contribution: Contribution) -> bool:
        return self.is_own(contribution) and self._discussion_open(contribution)

    def can_set_status(self, contribution: Contribution, new_status: ContributionStatus) -> bool:
        who = CONTRIBUTION_TRANSITIONS.get((contribution.status, new_status))
        if who == AUTHOR:
            return self.is_own(contribution)
        if who == MODERATOR:
            return self.is_facilitator
        return False

    def can_capture(self, workshop: Workshop) -> bool:
        """Typing in or importing the post-its of a workshop's room, whatever its state."""
        return self.is_facilitator and workshop.consultation_id == self.consultation.id

    def can_undo_capture(self, contribution: Contribution) -> bool:
        return (self.is_facilitator and contribution.origin == Origin.ROOM
                and contribution.like_count == 0 and contribution.comment_count == 0)

    def can_like(self, contribution: Contribution) -> bool:
        return self._discussion_open(contribution) and not self.is_own(contribution)

    def can_comment(self, contribution: Contribution) -> bool:
        return self._discussion_open(contribution)

    def can_edit_comment(self, comment: Comment, contribution: Contribution) -> bool:
        return (
            self.is_own(comment)
            and comment.status == CommentStatus.VISIBLE
            and self._discussion_open(contribution)
        )

    def can_withdraw_comment(self, comment: Comment) -> bool:
        return self.is_own(comment) and comment.status == CommentStatus.VISIBLE

    def can_moderate_comment(self, comment: Comment) -> bool:
        return self.is_facilitator


def access_for(user, consultation: Consultation, role: Role | None = None) -> Access:
    """The Access of `user` (a User, or an anonymous user) in `consultation`; `role` is their
    membership role, looked up by the caller (see services.consultations.role_of)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return Access(consultation)
    return Access(consultation, user_id=user.id, is_admin=user.is_admin, role=role)


def can_create_consultation(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_admin)
