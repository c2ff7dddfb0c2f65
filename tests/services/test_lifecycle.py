"""The doors of a contribution's life: answers, merges without loss, reports of members and moderation,
the audit log. Checked on what the database holds afterwards."""
import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import (
    CommentStatus,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Flag,
    FlagResolution,
    Like,
    Outcome,
    Role,
)
from app.services import answers, boards, consultations, lifecycle, moderation
from app.services.boards import BoardFilters
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for

from .. import factories


def access(s, user, role=None):
    return access_for(user, s.consultation, role)


def events_of(contribution, kind=None):
    query = sa.select(ContributionEvent).where(ContributionEvent.contribution_id == contribution.id)
    if kind is not None:
        query = query.where(ContributionEvent.kind == kind)
    return list(db.session.scalars(query.order_by(ContributionEvent.id)))


# -- answers -------------------------------------------------------------------------------------------

def test_an_answer_is_one_event_with_before_and_after(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    with pytest.raises(DomainError) as missing:
        lifecycle.set_outcome(facilitator, s.contribution, Outcome.DECLINED, "\u200b")
    assert missing.value.field == "answer"
    review = lifecycle.set_outcome(facilitator, s.contribution, Outcome.REVIEW)  # no answer needed to study it
    declined = lifecycle.set_outcome(facilitator, s.contribution, Outcome.DECLINED, "Hors **budget** <script>")
    assert (review.old_value, review.new_value, declined.old_value, declined.new_value) == (
        "none", "review", "review", "declined")
    assert declined.note == "Hors **budget** <script>" and declined.actor_role == "facilitator"
    # Nothing changes, nothing is written; a new answer on the same outcome is one more event.
    assert lifecycle.set_outcome(facilitator, s.contribution, Outcome.DECLINED, "Hors **budget** <script>") is None
    assert lifecycle.set_outcome(facilitator, s.contribution, Outcome.DECLINED, "Hors budget 2027.") is not None
    assert lifecycle.current_answer(s.contribution).note == "Hors budget 2027."
    assert len(events_of(s.contribution, EventKind.OUTCOME)) == 3
    # The status keeps its one meaning: a declined idea stays on the boards.
    assert s.contribution.status == ContributionStatus.PUBLISHED
    assert s.contribution.id in [c.id for c in boards.board(BoardFilters(s.consultation)).items]
    with pytest.raises(NotAllowed):
        lifecycle.set_outcome(access(s, s.elected, Role.ELECTED), s.contribution, Outcome.ANSWERED, "Oui")


def test_boards_filter_by_outcome_and_count_what_they_show(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    others = [factories.contribution(s.workshop, author=s.other, mission=s.mission) for _ in range(3)]
    for c in others[:2]:
        lifecycle.set_outcome(facilitator, c, Outcome.ANSWERED, "Fait.")
    db.session.commit()
    answered = boards.board(BoardFilters(s.consultation, outcome=Outcome.ANSWERED))
    waiting = boards.board(BoardFilters(s.consultation, mission=s.mission, outcome=Outcome.NONE))
    assert {c.id for c in answered.items} == {others[0].id, others[1].id} and answered.total == 2
    assert {c.id for c in waiting.items} == {s.contribution.id, others[2].id} and waiting.total == 2


def test_answer_templates_and_a_selection_answered_at_once(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    with pytest.raises(DomainError):
        answers.save_template(facilitator, None, "Promu", Outcome.PROMOTED, "Non")  # the strategy's operation
    template = answers.save_template(facilitator, None, "  Déjà   prévu ", Outcome.ANSWERED, "C'est prévu.")
    assert template.title == "Déjà prévu"
    chosen = [s.contribution, *(factories.contribution(s.workshop, author=s.other) for _ in range(9))]
    selection = answers.selection(facilitator, [c.id for c in chosen] + [s.private_contribution.id, 999_999])
    assert [c.id for c in selection] == [c.id for c in chosen]  # another consultation's stays out
    events = answers.answer_all(facilitator, selection, template.outcome, template.body)
    assert len(events) == 10 and {e.contribution_id for e in events} == {c.id for c in chosen}
    # All or nothing: one that cannot take the answer stops the whole.
    lifecycle.set_status(access(s, s.participant, Role.PARTICIPANT), s.contribution, ContributionStatus.WITHDRAWN)
    before = db.session.scalar(sa.select(sa.func.count(ContributionEvent.id)))
    with pytest.raises(DomainError):
        answers.answer_all(facilitator, selection, Outcome.DECLINED, "Non.")
    assert db.session.scalar(sa.select(sa.func.count(ContributionEvent.id))) == before
    with pytest.raises(NotAllowed):
        answers.save_template(access(s, s.elected, Role.ELECTED), None, "x", Outcome.ANSWERED, "x")


# -- merges --------------------------------------------------------------------------------------------

def test_a_merge_loses_nothing_and_counts_each_supporter_once(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    target = s.contribution  # by the participant
    duplicate = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="La même navette")
    fans = [factories.member(s.consultation) for _ in range(3)]
    for person in fans:
        factories.like(target, person)
    for person in (fans[0], fans[1], s.elected):  # two like both: they count once
        factories.like(duplicate, person)
    factories.comment(duplicate, s.elected, "Et à vélo ?")
    db.session.commit()
    assert lifecycle.supporters_of([target, duplicate]) == 4
    events = lifecycle.merge(facilitator, [duplicate], target, "Même proposition")
    db.session.commit()
    assert (duplicate.status, duplicate.merged_into_id, events[0].kind, events[0].related_id) == (
        ContributionStatus.MERGED, target.id, EventKind.MERGED, target.id)
    assert [e.related_id for e in events_of(target, EventKind.MERGE_RECEIVED)] == [duplicate.id]
    # Likes and comments stay where they were made; the target shows the distinct supporters and co-authors.
    assert db.session.scalar(sa.select(sa.func.count(Like.id)).where(Like.contribution_id == duplicate.id)) == 3
    assert (duplicate.like_count, duplicate.comment_count, target.like_count) == (3, 1, 3)
    assert lifecycle.supporters(target) == 4
    assert [m.author_id for m in lifecycle.merged_into(target)] == [s.other.id]
    assert duplicate.id not in [c.id for c in boards.board(BoardFilters(s.consultation)).items]
    # Undone with a reason: back on the boards, both histories keep the merge and its undoing.
    with pytest.raises(DomainError):
        lifecycle.unmerge(facilitator, duplicate, " ")
    lifecycle.unmerge(facilitator, duplicate, "Pas la même idée")
    assert (duplicate.status, duplicate.merged_into_id) == (ContributionStatus.PUBLISHED, None)
    assert [e.kind for e in events_of(duplicate)][-2:] == [EventKind.MERGED, EventKind.UNMERGED]
    assert [e.kind for e in events_of(target)][-2:] == [EventKind.MERGE_RECEIVED, EventKind.MERGE_UNDONE]
    assert lifecycle.supporters(target) == 3


def test_merges_that_cannot_be_made_say_why(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    a, b, c = (factories.contribution(s.workshop, author=s.other) for _ in range(3))
    with pytest.raises(DomainError):
        lifecycle.merge(facilitator, [a], a)
    with pytest.raises(DomainError):
        lifecycle.merge(facilitator, [s.private_contribution], a)
    lifecycle.merge(facilitator, [b], a)
    with pytest.raises(DomainError):  # a target that already received others is not merged away
        lifecycle.merge(facilitator, [a], c)
    with pytest.raises(DomainError):  # nor into something that is no longer on the boards
        lifecycle.merge(facilitator, [c], b)
    with pytest.raises(DomainError):
        lifecycle.merge(access(s, s.elected, Role.ELECTED), [c], a)


# -- reports of members and moderation -------------------------------------------------------------------

def test_reports_past_the_threshold_hide_until_a_facilitator_decides(app):
    s = factories.scene()
    reporters = [factories.member(s.consultation) for _ in range(3)]
    db.session.commit()
    with pytest.raises(DomainError) as missing:
        moderation.flag(access(s, reporters[0], Role.PARTICIPANT), s.contribution, None, "other", "  ")
    assert missing.value.field == "text"
    with pytest.raises(NotAllowed):  # nobody reports their own
        moderation.flag(access(s, s.participant, Role.PARTICIPANT), s.contribution, None, "spam")
    assert moderation.flag(access(s, reporters[0], Role.PARTICIPANT), s.contribution, None, "spam") is True
    assert moderation.flag(access(s, reporters[0], Role.PARTICIPANT), s.contribution, None, "spam") is False
    moderation.flag(access(s, reporters[1], Role.PARTICIPANT), s.contribution, None, "offensive")
    assert s.contribution.status == ContributionStatus.PUBLISHED
    moderation.flag(access(s, reporters[2], Role.PARTICIPANT), s.contribution, None, "off_topic")
    assert s.contribution.status == ContributionStatus.HIDDEN
    hidden = events_of(s.contribution, EventKind.STATUS)[-1]
    assert (hidden.actor_id, hidden.actor_role, "3 membres" in hidden.note) == (None, "system", True)
    queue = moderation.queue(s.consultation)
    assert [(item.target, item.count) for item in queue] == [(f"c{s.contribution.id}", 3)]
    # Kept: shown again, with a reason, and the reports are closed.
    event = moderation.decide(access(s, s.facilitator, Role.FACILITATOR), s.contribution, None, moderation.KEEP,
                              "Critique vive mais légitime")
    assert (s.contribution.status, event.new_value, event.note) == (ContributionStatus.PUBLISHED, "published",
                                                                  "Critique vive mais légitime")
    assert moderation.queue(s.consultation) == []
    assert set(db.session.scalars(sa.select(Flag.resolution))) == {FlagResolution.KEPT}


def test_a_reported_comment_and_a_threshold_of_zero(app):
    s = factories.scene()
    consultations.update_consultation(access(s, s.facilitator, Role.FACILITATOR), s.consultation.title, "", "",
                                      "public", s.consultation.join_code, flag_threshold=0)
    reporters = [factories.member(s.consultation) for _ in range(4)]
    for person in reporters:
        moderation.flag(access(s, person, Role.PARTICIPANT), s.contribution, s.comment, "spam")
    assert s.comment.status == CommentStatus.VISIBLE  # 0: never hidden by reports alone
    [item] = moderation.queue(s.consultation)
    assert (item.comment.id, item.count, item.reasons) == (s.comment.id, 4, {"spam": 4})
    event = moderation.decide(access(s, s.facilitator, Role.FACILITATOR), s.contribution, s.comment,
                              moderation.HIDE, "Publicité")
    assert (s.comment.status, event.kind, event.comment_id) == (CommentStatus.HIDDEN, EventKind.COMMENT_STATUS,
                                                                s.comment.id)
    assert moderation.queue(s.consultation) == []
    with pytest.raises(DomainError):
        consultations.update_consultation(access(s, s.facilitator, Role.FACILITATOR), s.consultation.title, "", "",
                                          "public", s.consultation.join_code, flag_threshold=-1)


def test_the_audit_log_reads_the_events_with_filters_and_streams_as_csv(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    lifecycle.set_outcome(facilitator, s.contribution, Outcome.ANSWERED, 'Réponse ; avec "guillemets"\net retour')
    lifecycle.set_comment_status(facilitator, s.comment, CommentStatus.HIDDEN, "Hors sujet")
    db.session.commit()
    every = moderation.audit(s.consultation, moderation.AuditFilters())
    assert [e.kind for e in every.items][:2] == [EventKind.COMMENT_STATUS, EventKind.OUTCOME]
    answers_only = moderation.audit(s.consultation, moderation.AuditFilters(kind=EventKind.OUTCOME))
    assert [e.kind for e in answers_only.items] == [EventKind.OUTCOME]
    by_author = moderation.audit(s.consultation, moderation.AuditFilters(actor_id=s.participant.id))
    assert {e.kind for e in by_author.items} == {EventKind.POSTED}
    by_facilitator = moderation.audit(s.consultation, moderation.AuditFilters(actor_id=s.facilitator.id))
    assert {e.kind for e in by_facilitator.items} == {EventKind.OUTCOME, EventKind.COMMENT_STATUS}
    authors = moderation.audit(s.consultation, moderation.AuditFilters(actor_group="auteurs"))
    assert {e.actor_role for e in authors.items} == {"author"}
    assert [name for _, name in moderation.facilitators(s.consultation)] == ["Fanny Animatrice"]
    pages = moderation.audit(s.consultation, moderation.AuditFilters(), size=1)
    second = moderation.audit(s.consultation, moderation.AuditFilters(), after=pages.next_cursor, size=1)
    assert second.items[0].id < pages.items[0].id
    rows = "".join(moderation.audit_csv(s.consultation, moderation.AuditFilters(),
                                        lambda e: ["id"] if e is None else [e.id, e.note], batch=1))
    import csv
    import io
    parsed = list(csv.reader(io.StringIO(rows), delimiter=";"))
    assert parsed[0] == ["id"] and len(parsed) == 1 + len(every.items)
    assert 'Réponse ; avec "guillemets"\net retour' in [row[1] for row in parsed[1:]]
