"""Promotion: the link first, then the contribution's outcome through its door (its people told);
one already promoted feeds another action without its outcome changing; detaching needs a reason,
stays in both histories, and a contribution left in no action goes back to "under review"."""
import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import (
    ActionEvent,
    ActionSource,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Like,
    Notification,
    Outcome,
    Role,
)
from app.services import lifecycle, promotion, strategy
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for
from app.services.strategy import ActionFields

from .. import factories


def _facilitator(s):
    return access_for(s.facilitator, s.consultation, Role.FACILITATOR)


def _kinds(contribution):
    return db.session.scalars(sa.select(ContributionEvent.kind).where(
        ContributionEvent.contribution_id == contribution.id).order_by(ContributionEvent.id)).all()


def test_promoting_links_then_sets_the_outcome_and_tells_the_people(app):
    s = factories.scene()
    idea = factories.contribution(s.workshop, author=s.other, title="Une navette l'été")
    db.session.add(Like(contribution_id=idea.id, user_id=s.elected.id))
    db.session.flush()
    who = _facilitator(s)
    action = promotion.promote_into_new(who, s.strategy, s.objective.id, promotion.draft_from([idea]), [idea],
                                        "La plus soutenue de l'atelier.")
    assert action.title == "Une navette l'été" and f"#{idea.id} Une navette l'été" in action.description
    assert idea.outcome == Outcome.PROMOTED
    outcome = db.session.scalar(sa.select(ContributionEvent).where(ContributionEvent.contribution_id == idea.id,
                                                                   ContributionEvent.kind == EventKind.OUTCOME))
    assert (outcome.new_value, outcome.note, outcome.data) == ("promoted", "La plus soutenue de l'atelier.",
                                                               {"action_id": action.id})
    told = dict(db.session.execute(sa.select(Notification.user_id, Notification.reason)
                                   .where(Notification.event_id == outcome.id)).all())
    assert told == {s.other.id: "author", s.elected.id: "liker"}
    kinds = db.session.scalars(sa.select(ActionEvent.kind).where(ActionEvent.action_id == action.id)
                               .order_by(ActionEvent.id)).all()
    assert kinds == ["created", "attached"]


def test_an_idea_promoted_twice_keeps_its_outcome_and_says_it_feeds_one_more_action(app):
    s = factories.scene()
    who = _facilitator(s)
    idea = factories.contribution(s.workshop, author=s.other, title="Des vélos")
    first = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Pistes cyclables"))
    second = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Location de vélos"))
    promotion.promote(who, s.strategy, first, [idea])
    promotion.promote(who, s.strategy, second, [idea], "Aussi ici.")
    promotion.promote(who, s.strategy, second, [idea])  # already there: nothing more
    assert _kinds(idea) == ["posted", "outcome", "linked"]
    assert [a.id for a in promotion.actions_of([idea.id])[idea.id]] == [first.id, second.id]


def test_detaching_needs_a_reason_and_the_last_one_puts_it_back_under_review(app):
    s = factories.scene()
    who = _facilitator(s)
    idea = factories.contribution(s.workshop, author=s.other, title="Un kit ambassadeur")
    other = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Accueil"))
    promotion.promote(who, s.strategy, s.action, [idea])
    promotion.promote(who, s.strategy, other, [idea])
    source = promotion.get_source(s.strategy, s.action.id, idea.id)
    with pytest.raises(DomainError) as error:
        promotion.detach(who, source, "  ")
    assert error.value.field == "reason"
    promotion.detach(who, source, "Doublon de l'action Accueil.")
    assert idea.outcome == Outcome.PROMOTED and _kinds(idea)[-1] == "unlinked"
    promotion.detach(who, promotion.get_source(s.strategy, other.id, idea.id), "Reportée au prochain plan.")
    assert idea.outcome == Outcome.REVIEW
    last = db.session.scalar(sa.select(ContributionEvent).where(ContributionEvent.contribution_id == idea.id)
                             .order_by(ContributionEvent.id.desc()).limit(1))
    assert (last.kind, last.old_value, last.new_value, last.note) == ("outcome", "promoted", "review",
                                                                     "Reportée au prochain plan.")
    # Both links stay, detached, with who and why.
    links = db.session.scalars(sa.select(ActionSource).where(ActionSource.contribution_id == idea.id)).all()
    assert all(link.detached_at and link.detached_by_id == s.facilitator.id for link in links)
    # Promoted again later, the same link is used again.
    promotion.promote(who, s.strategy, s.action, [idea])
    assert idea.outcome == Outcome.PROMOTED
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActionSource)
                             .where(ActionSource.contribution_id == idea.id)) == 2


def test_only_published_contributions_of_the_consultation_are_promoted_by_facilitators(app):
    s = factories.scene()
    who = _facilitator(s)
    with pytest.raises(DomainError):
        promotion.promote(who, s.strategy, s.action, [s.private_contribution])
    withdrawn = factories.contribution(s.workshop, author=s.participant, title="Retirée")
    lifecycle.set_status(access_for(s.participant, s.consultation, Role.PARTICIPANT), withdrawn,
                         ContributionStatus.WITHDRAWN)
    with pytest.raises(DomainError):
        promotion.promote(who, s.strategy, s.action, [withdrawn])
    with pytest.raises(DomainError):
        promotion.promote(who, s.strategy, s.action, [])
    for person, role in ((s.participant, Role.PARTICIPANT), (s.elected, Role.ELECTED)):
        with pytest.raises(NotAllowed):
            promotion.promote(access_for(person, s.consultation, role), s.strategy, s.action, [s.contribution])


def test_candidates_are_ranked_by_likes_and_comments_and_filtered(app):
    s = factories.scene()
    quiet = factories.contribution(s.workshop, author=s.other, title="Calme", likes=0, comments=0)
    loved = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="Aimée", likes=9, comments=3)
    page = promotion.candidates(_facilitator(s), promotion.CandidateFilters())
    titles = [c.title for c in page.items]
    assert titles.index("Aimée") < titles.index("Calme")
    page = promotion.candidates(_facilitator(s), promotion.CandidateFilters(mission_id=s.mission.id))
    assert loved in page.items and quiet not in page.items
    promotion.promote(_facilitator(s), s.strategy, s.action, [loved])
    page = promotion.candidates(_facilitator(s), promotion.CandidateFilters(not_promoted=True))
    assert loved not in page.items and quiet in page.items
    page = promotion.candidates(_facilitator(s), promotion.CandidateFilters(outcome=Outcome.PROMOTED))
    assert page.items == [loved] and page.actions[loved.id] == [s.action]


def test_what_became_of_the_ideas_counts_them_and_finds_ones_own(app):
    s = factories.scene()
    who = _facilitator(s)
    mine = factories.contribution(s.workshop, author=s.participant, title="Mon idée")
    theirs = factories.contribution(s.workshop, author=s.other, title="Leur idée")
    second = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Deuxième"))
    promotion.promote(who, s.strategy, s.action, [mine, theirs])
    promotion.promote(who, s.strategy, second, [mine])
    found = promotion.ideas(s.strategy)
    # The scene's own contribution is linked to the first action too (a link alone counts).
    assert (found.contributions, len(found.actions)) == (3, 2)
    assert [(c.title, [n.number for n in nodes]) for c, nodes in promotion.own_ideas(s.strategy, s.participant.id)] == [
        ("Une navette vers le Pont du Gard", ["1.1"]), ("Mon idée", ["1.1", "1.2"])]
    assert promotion.own_ideas(s.strategy, s.other.id)[0][0].title == "Leur idée"
    assert promotion.own_ideas(s.strategy, None) == []
    assert promotion.ideas(s.private_strategy).contributions == 1
