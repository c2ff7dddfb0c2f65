"""The transition tables as literal truth tables: for each role and each state a contribution (or a
comment) can be in, the states each may move it to. Written out row by row, not computed from the
tables they check: a change of rule must change a line here."""
import pytest

from app.models import Comment, CommentStatus, Consultation, Contribution, ContributionStatus, Outcome, Role, Workshop
from app.models import WorkshopStatus
from app.services.permissions import Access

AUTHOR = "author"  # a participant who wrote it
ROLES = {
    "visitor": dict(user_id=None),
    AUTHOR: dict(user_id=2, role=Role.PARTICIPANT),
    "participant": dict(user_id=3, role=Role.PARTICIPANT),
    "elected": dict(user_id=4, role=Role.ELECTED),
    "facilitator": dict(user_id=5, role=Role.FACILITATOR),
    "admin": dict(user_id=6, is_admin=True),
}
P, W, H, M = (ContributionStatus.PUBLISHED, ContributionStatus.WITHDRAWN, ContributionStatus.HIDDEN,
              ContributionStatus.MERGED)

# (role, status now): the statuses it may be moved to by the plain door (merges are their own operation).
STATUS_TABLE = {
    ("visitor", P): set(), ("visitor", W): set(), ("visitor", H): set(), ("visitor", M): set(),
    (AUTHOR, P): {W}, (AUTHOR, W): set(), (AUTHOR, H): set(), (AUTHOR, M): set(),
    ("participant", P): set(), ("participant", W): set(), ("participant", H): set(), ("participant", M): set(),
    ("elected", P): set(), ("elected", W): set(), ("elected", H): set(), ("elected", M): set(),
    ("facilitator", P): {H}, ("facilitator", W): set(), ("facilitator", H): {P}, ("facilitator", M): set(),
    ("admin", P): {H}, ("admin", W): set(), ("admin", H): {P}, ("admin", M): set(),
}
# (role, status now): the statuses the merge operation may move it to (merge, or undo a merge).
MERGE_TABLE = {
    ("facilitator", P): {M}, ("facilitator", M): {P}, ("admin", P): {M}, ("admin", M): {P},
}

N, R, A, D, PR = Outcome.NONE, Outcome.REVIEW, Outcome.ANSWERED, Outcome.DECLINED, Outcome.PROMOTED
# (role, outcome now): the outcomes a facilitator's answer may give a published contribution (giving
# the same one again completes the answer); promotion belongs to the strategy's operation.
OUTCOME_TABLE = {
    ("facilitator", N): {R, A, D}, ("facilitator", R): {R, A, D}, ("facilitator", A): {R, A, D},
    ("facilitator", D): {R, A, D}, ("facilitator", PR): {R, A, D},
    ("admin", N): {R, A, D}, ("admin", R): {R, A, D}, ("admin", A): {R, A, D}, ("admin", D): {R, A, D},
    ("admin", PR): {R, A, D},
}
PROMOTION_TABLE = {("facilitator", N): {PR}, ("facilitator", R): {PR}, ("facilitator", A): {PR},
                   ("facilitator", D): {PR}, ("facilitator", PR): set()}

V, CW, CH = CommentStatus.VISIBLE, CommentStatus.WITHDRAWN, CommentStatus.HIDDEN
COMMENT_TABLE = {
    ("visitor", V): set(), ("visitor", CW): set(), ("visitor", CH): set(),
    (AUTHOR, V): {CW}, (AUTHOR, CW): set(), (AUTHOR, CH): set(),
    ("participant", V): set(), ("participant", CW): set(), ("participant", CH): set(),
    ("elected", V): set(), ("elected", CW): set(), ("elected", CH): set(),
    ("facilitator", V): {CH}, ("facilitator", CW): set(), ("facilitator", CH): {V},
    ("admin", V): {CH}, ("admin", CW): set(), ("admin", CH): {V},
}


def access(role):
    return Access(Consultation(id=1), **ROLES[role])


def contribution(status=P, outcome=N):
    workshop = Workshop(id=1, consultation_id=1, status=WorkshopStatus.OPEN)
    return Contribution(id=1, consultation_id=1, workshop=workshop, author_id=2, status=status, outcome=outcome)


@pytest.mark.parametrize("role,status", sorted(STATUS_TABLE, key=str))
def test_status_truth_table(role, status):
    a, c = access(role), contribution(status)
    assert {target for target in ContributionStatus if a.can_set_status(c, target)} == STATUS_TABLE[(role, status)]
    merged = {target for target in ContributionStatus if a.can_set_status(c, target, "merge")}
    assert merged == MERGE_TABLE.get((role, status), set())


@pytest.mark.parametrize("role,outcome", [(role, outcome) for role in ROLES for outcome in Outcome])
def test_outcome_truth_table(role, outcome):
    a, c = access(role), contribution(P, outcome)
    assert {target for target in Outcome if a.can_set_outcome(c, target)} == OUTCOME_TABLE.get((role, outcome), set())
    promoted = {target for target in Outcome if a.can_set_outcome(c, target, "promotion")}
    assert promoted == (PROMOTION_TABLE.get((role, outcome), set()) if role != "admin"
                        else PROMOTION_TABLE.get(("facilitator", outcome), set()))


@pytest.mark.parametrize("status", [W, H, M])
def test_only_what_is_on_the_boards_gets_an_answer(status):
    assert not any(access("facilitator").can_set_outcome(contribution(status), target) for target in Outcome)


@pytest.mark.parametrize("role,status", sorted(COMMENT_TABLE, key=str))
def test_comment_truth_table(role, status):
    comment = Comment(id=1, contribution_id=1, author_id=2, status=status)
    a = access(role)
    assert {target for target in CommentStatus if a.can_set_comment_status(comment, target)} == \
        COMMENT_TABLE[(role, status)]
