"""The permission rules as a matrix: role × consultation visibility × workshop state × mission state."""
import itertools

import pytest

from app.models import (
    Consultation, Contribution, ContributionStatus, Mission, Role, Visibility, Workshop, WorkshopStatus,
)
from app.services.permissions import Access

ROLES = [None, Role.PARTICIPANT, Role.ELECTED, Role.FACILITATOR, "admin"]
VISIBILITIES = list(Visibility)
STATES = list(WorkshopStatus)


def access(role, visibility, user_id=1):
    consultation = Consultation(id=1, visibility=visibility)
    if role == "admin":
        return Access(consultation, user_id=user_id, is_admin=True)
    return Access(consultation, user_id=user_id if role else None, role=role)


def objects(state, mission_open=True, author_id=2, status=ContributionStatus.PUBLISHED):
    workshop = Workshop(id=1, consultation_id=1, status=state)
    mission = Mission(id=1, workshop_id=1, is_open=mission_open)
    contribution = Contribution(id=1, consultation_id=1, workshop=workshop, author_id=author_id, status=status)
    return workshop, mission, contribution


@pytest.mark.parametrize("role,visibility", list(itertools.product(ROLES, VISIBILITIES)))
def test_who_sees_a_consultation(role, visibility):
    expected = visibility == Visibility.PUBLIC or role is not None
    assert access(role, visibility).can_view() is expected


@pytest.mark.parametrize("role,visibility,state", list(itertools.product(ROLES, VISIBILITIES, STATES)))
def test_who_sees_a_workshop(role, visibility, state):
    workshop, _, contribution = objects(state)
    a = access(role, visibility)
    visible = a.can_view() and (state != WorkshopStatus.DRAFT or role in (Role.FACILITATOR, "admin"))
    assert a.can_view_workshop(workshop) is visible
    assert a.can_view_contribution(contribution) is visible


@pytest.mark.parametrize("role,state,mission_open", list(itertools.product(ROLES, STATES, [True, False])))
def test_who_posts(role, state, mission_open):
    workshop, mission, _ = objects(state, mission_open)
    a = access(role, Visibility.PUBLIC)
    member = role in (Role.PARTICIPANT, Role.ELECTED, Role.FACILITATOR)
    assert a.can_post(workshop) is (member and state == WorkshopStatus.OPEN)
    assert a.can_post(workshop, mission) is (member and state == WorkshopStatus.OPEN and mission_open)


@pytest.mark.parametrize("role,state", list(itertools.product(ROLES, STATES)))
def test_likes_and_comments_need_membership_and_an_open_workshop(role, state):
    _, _, contribution = objects(state)
    a = access(role, Visibility.PUBLIC)
    member = role in (Role.PARTICIPANT, Role.ELECTED, Role.FACILITATOR)
    assert a.can_like(contribution) is (member and state == WorkshopStatus.OPEN)
    assert a.can_comment(contribution) is (member and state == WorkshopStatus.OPEN)


def test_nobody_likes_their_own_contribution():
    _, _, contribution = objects(WorkshopStatus.OPEN, author_id=1)
    a = access(Role.PARTICIPANT, Visibility.PUBLIC, user_id=1)
    assert a.can_comment(contribution) and not a.can_like(contribution)


@pytest.mark.parametrize("role", ROLES)
def test_moderation_is_for_facilitators_only(role):
    a = access(role, Visibility.PUBLIC)
    allowed = role in (Role.FACILITATOR, "admin")
    assert a.can_manage() is allowed
    _, _, contribution = objects(WorkshopStatus.OPEN)
    assert a.can_set_status(contribution, ContributionStatus.HIDDEN) is allowed


@pytest.mark.parametrize("old,new,who,allowed", [
    (ContributionStatus.PUBLISHED, ContributionStatus.WITHDRAWN, "author", True),
    (ContributionStatus.PUBLISHED, ContributionStatus.WITHDRAWN, Role.FACILITATOR, False),
    (ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN, Role.FACILITATOR, True),
    (ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN, "author", False),
    (ContributionStatus.HIDDEN, ContributionStatus.PUBLISHED, Role.FACILITATOR, True),
    (ContributionStatus.HIDDEN, ContributionStatus.PUBLISHED, "author", False),
    (ContributionStatus.WITHDRAWN, ContributionStatus.PUBLISHED, "author", False),
    (ContributionStatus.WITHDRAWN, ContributionStatus.PUBLISHED, Role.FACILITATOR, False),
    (ContributionStatus.HIDDEN, ContributionStatus.WITHDRAWN, "author", False),
])
def test_status_transitions(old, new, who, allowed):
    _, _, contribution = objects(WorkshopStatus.OPEN, author_id=1, status=old)
    a = access(Role.PARTICIPANT, Visibility.PUBLIC, user_id=1) if who == "author" else access(who, Visibility.PUBLIC, user_id=9)
    assert a.can_set_status(contribution, new) is allowed


def test_authors_edit_only_while_the_workshop_is_open():
    for state in STATES:
        _, _, contribution = objects(state, author_id=1)
        a = access(Role.PARTICIPANT, Visibility.PUBLIC, user_id=1)
        assert a.can_edit_contribution(contribution) is (state == WorkshopStatus.OPEN)
        other = access(Role.PARTICIPANT, Visibility.PUBLIC, user_id=3)
        assert not other.can_edit_contribution(contribution)


@pytest.mark.parametrize("role", ROLES)
def test_directory_is_for_members(role):
    assert access(role, Visibility.PUBLIC).can_view_directory() is (role is not None)
