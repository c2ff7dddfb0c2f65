"""Every "may X do Y here" rule. Views, services and templates all ask this module.

An `Access` is the acting user seen from one consultation: built once per request from the user
and their membership, it answers every question about that consultation without further queries.
"""
from dataclasses import dataclass

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from ..models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionStatus,
    Mission,
    Origin,
    Outcome,
    Role,
    Workshop,
    WorkshopStatus,
)

# -- transitions ----------------------------------------------------------------------------------
# Every change of a contribution's status or outcome, and of a comment's status, is one row of
# these tables: who may make it, whether it needs a reason (shown to the author and the readers),
# the sentence the history shows, and the operation that makes it when it is not a plain change
# (a merge, a promotion into the strategy). A change that is not in a table is refused.
AUTHOR, FACILITATOR, SYSTEM = "author", "facilitator", "system"
NO_REASON, OPTIONAL, REQUIRED = "none", "optional", "required"


@dataclass(frozen=True)
class Transition:
    by: frozenset[str]
    reason: str
    sentence: LazyString  # %(actor)s: who acted, with their role
    operation: str | None = None  # "merge", "promotion": only that operation makes this change

    def needs_reason(self) -> bool:
        return self.reason == REQUIRED


S, O, CS = ContributionStatus, Outcome, CommentStatus
_BY_AUTHOR, _BY_FACILITATOR = frozenset({AUTHOR}), frozenset({FACILITATOR})
_BY_MODERATION = frozenset({FACILITATOR, SYSTEM})  # a facilitator, or reports past the threshold

STATUS_TRANSITIONS: dict[tuple[ContributionStatus, ContributionStatus], Transition] = {
    (S.PUBLISHED, S.WITHDRAWN): Transition(_BY_AUTHOR, NO_REASON, _l("%(actor)s a retiré cette contribution.")),
    (S.PUBLISHED, S.HIDDEN): Transition(_BY_MODERATION, REQUIRED, _l("%(actor)s a masqué cette contribution.")),
    (S.HIDDEN, S.PUBLISHED): Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s a rétabli cette contribution.")),
    (S.PUBLISHED, S.MERGED): Transition(_BY_FACILITATOR, OPTIONAL,
                                        _l("%(actor)s a fusionné cette contribution dans une autre."), "merge"),
    (S.MERGED, S.PUBLISHED): Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s a annulé la fusion."), "merge"),
}

_REVIEW = Transition(_BY_FACILITATOR, OPTIONAL, _l("%(actor)s a mis cette contribution à l'étude."))
_ANSWER = Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s a répondu à cette contribution."))
_DECLINE = Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s n'a pas retenu cette contribution."))
_PROMOTE = Transition(_BY_FACILITATOR, OPTIONAL, _l("%(actor)s a retenu cette contribution dans la stratégie."),
                      "promotion")
_NEW_ANSWER = Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s a complété sa réponse."))
# (outcome before, outcome after): an answer given again on the same outcome completes it.
OUTCOME_TRANSITIONS: dict[tuple[Outcome, Outcome], Transition] = {
    (O.NONE, O.REVIEW): _REVIEW, (O.NONE, O.ANSWERED): _ANSWER, (O.NONE, O.DECLINED): _DECLINE,
    (O.NONE, O.PROMOTED): _PROMOTE,
    (O.REVIEW, O.REVIEW): _NEW_ANSWER, (O.REVIEW, O.ANSWERED): _ANSWER, (O.REVIEW, O.DECLINED): _DECLINE,
    (O.REVIEW, O.PROMOTED): _PROMOTE,
    (O.ANSWERED, O.REVIEW): _REVIEW, (O.ANSWERED, O.ANSWERED): _NEW_ANSWER, (O.ANSWERED, O.DECLINED): _DECLINE,
    (O.ANSWERED, O.PROMOTED): _PROMOTE,
    (O.DECLINED, O.REVIEW): _REVIEW, (O.DECLINED, O.ANSWERED): _ANSWER, (O.DECLINED, O.DECLINED): _NEW_ANSWER,
    (O.DECLINED, O.PROMOTED): _PROMOTE,
    # Leaving the strategy says why (the strategy's own page keeps the link's history).
    (O.PROMOTED, O.REVIEW): Transition(_BY_FACILITATOR, REQUIRED, _REVIEW.sentence),
    (O.PROMOTED, O.ANSWERED): _ANSWER, (O.PROMOTED, O.DECLINED): _DECLINE,
}

COMMENT_TRANSITIONS: dict[tuple[CommentStatus, CommentStatus], Transition] = {
    (CS.VISIBLE, CS.WITHDRAWN): Transition(_BY_AUTHOR, NO_REASON, _l("%(actor)s a retiré son commentaire.")),
    (CS.VISIBLE, CS.HIDDEN): Transition(_BY_MODERATION, REQUIRED, _l("%(actor)s a masqué un commentaire.")),
    (CS.HIDDEN, CS.VISIBLE): Transition(_BY_FACILITATOR, REQUIRED, _l("%(actor)s a rétabli un commentaire.")),
}

# The outcomes a facilitator gives with an answer (promotion is the strategy's operation).
ANSWER_OUTCOMES = (O.REVIEW, O.ANSWERED, O.DECLINED)


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

    def can_view_strategy(self) -> bool:
        """The strategy, its actions and their follow-up: whoever reads the consultation."""
        return self.can_view()

    def can_edit_strategy(self) -> bool:
        """Writing the strategy, promoting contributions into it, its yearly follow-up, its import."""
        return self.is_facilitator

    def can_export_contributions(self) -> bool:
        """The table of every contribution (CSV, XLSX): for the facilitators and elected officials
        who take it to their councils."""
        return self.is_facilitator or self.role == Role.ELECTED

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

    # -- changes of state (the tables above) ----------------------------------------------------
    def acts_as(self, obj: Contribution | Comment) -> frozenset[str]:
        """What this person is for `obj`, in the terms of the transition tables."""
        kinds = set()
        if self.is_own(obj):
            kinds.add(AUTHOR)
        if self.is_facilitator:
            kinds.add(FACILITATOR)
        return frozenset(kinds)

    def may(self, transition: Transition | None, obj, operation: str | None = None) -> bool:
        return (transition is not None and transition.operation == operation
                and bool(transition.by & self.acts_as(obj)))

    def can_set_status(self, contribution: Contribution, new_status: ContributionStatus,
                       operation: str | None = None) -> bool:
        return self.may(STATUS_TRANSITIONS.get((contribution.status, new_status)), contribution, operation)

    def can_set_outcome(self, contribution: Contribution, new_outcome: Outcome, operation: str | None = None) -> bool:
        """An outcome is given to what is on the boards (and its own answer, from the table)."""
        return contribution.status == ContributionStatus.PUBLISHED and self.may(
            OUTCOME_TRANSITIONS.get((contribution.outcome, new_outcome)), contribution, operation)

    def can_answer(self, contribution: Contribution) -> bool:
        return any(self.can_set_outcome(contribution, outcome) for outcome in ANSWER_OUTCOMES)

    def can_set_comment_status(self, comment: Comment, new_status: CommentStatus) -> bool:
        return self.may(COMMENT_TRANSITIONS.get((comment.status, new_status)), comment)

    def can_merge(self, contribution: Contribution) -> bool:
        """Merging it into another (or another into it)."""
        return self.can_set_status(contribution, ContributionStatus.MERGED, "merge")

    def can_unmerge(self, contribution: Contribution) -> bool:
        return self.can_set_status(contribution, ContributionStatus.PUBLISHED, "merge")

    def can_moderate(self) -> bool:
        """The reports' queue, the audit log, answer templates."""
        return self.is_facilitator

    def can_flag(self, obj: Contribution | Comment, contribution: Contribution) -> bool:
        """Members report what others wrote and is shown (a contribution on the boards, a visible
        comment); facilitators need not: they hide or keep it themselves."""
        if (not self.is_member or self.is_facilitator or self.is_own(obj)
                or contribution.status != ContributionStatus.PUBLISHED):
            return False
        return not isinstance(obj, Comment) or obj.status == CommentStatus.VISIBLE

    def can_capture(self, workshop: Workshop) -> bool:
        """Typing in or importing the post-its of a workshop's room, whatever its state."""
        return self.is_facilitator and workshop.consultation_id == self.consultation.id

    def can_undo_capture(self, contribution: Contribution) -> bool:
        return (self.is_facilitator and contribution.origin == Origin.ROOM
                and contribution.like_count == 0 and contribution.comment_count == 0)

    # -- the room ---------------------------------------------------------------------------
    def can_run_room(self, workshop: Workshop) -> bool:
        """The wall and its secret link, guests, dot votes: the facilitators, whatever the state."""
        return self.is_facilitator and workshop.consultation_id == self.consultation.id

    def can_place_dots(self, vote) -> bool:
        """Members spread their dots while the vote and its workshop are open (guests: see
        `guest_may_take_part`)."""
        return self.is_member and vote.is_open and vote.workshop.status == WorkshopStatus.OPEN

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
        return self.can_set_comment_status(comment, CommentStatus.WITHDRAWN)

    def can_hide_comment(self, comment: Comment) -> bool:
        return self.can_set_comment_status(comment, CommentStatus.HIDDEN)

    def can_restore_comment(self, comment: Comment) -> bool:
        return self.can_set_comment_status(comment, CommentStatus.VISIBLE)


def guest_may_take_part(room, workshop: Workshop) -> bool:
    """Guests of the room post and vote while the facilitators keep guest posting open, and the
    workshop is open for contributions."""
    return room is not None and room.guests_open and workshop.status == WorkshopStatus.OPEN


def access_for(user, consultation: Consultation, role: Role | None = None) -> Access:
    """The Access of `user` (a User, or an anonymous user) in `consultation`; `role` is their
    membership role, looked up by the caller (see services.consultations.role_of)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return Access(consultation)
    return Access(consultation, user_id=user.id, is_admin=user.is_admin, role=role)


def can_create_consultation(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_admin)
