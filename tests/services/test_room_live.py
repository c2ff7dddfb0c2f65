"""The room while it runs: the facilitators' controls of the wall, guests who post without an
account, and dot votes whose dots count once whatever the taps."""
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.models import (
    Contribution,
    ContributionEvent,
    Dot,
    EventKind,
    Guest,
    Origin,
    Role,
    WorkshopStatus,
)
from app.services import contributions, discussion, guests, reports, room, votes
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for

from .. import factories

HOSTILE = '<script>alert("x")</script> « Uzès ⇄ Pont du Gard » 🚌 \u202e'


def _accesses(s):
    return (access_for(s.facilitator, s.consultation, Role.FACILITATOR),
            access_for(s.participant, s.consultation, Role.PARTICIPANT))


def _ideas(s, n=3, mission=None):
    made = [factories.contribution(s.workshop, author=s.other, mission=mission or s.mission, title=f"Idée {i}")
            for i in range(n)]
    db.session.commit()
    return made


# -- the controls ---------------------------------------------------------------------------------

def test_only_facilitators_control_the_room(app):
    s = factories.scene()
    facilitator, participant = _accesses(s)
    for control in (lambda a: room.create_wall_link(a, s.workshop), lambda a: room.set_guests_open(a, s.workshop, False),
                    lambda a: room.set_paused(a, s.workshop, True), lambda a: room.show_mission(a, s.workshop, None),
                    lambda a: room.highlight(a, s.workshop, s.contribution),
                    lambda a: room.set_on_wall(a, s.workshop, s.contribution, False)):
        with pytest.raises(NotAllowed):
            control(participant)
        control(facilitator)


def test_a_new_wall_link_revokes_the_old_one(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    old = s.room.wall_token
    room.create_wall_link(facilitator, s.workshop)
    db.session.commit()
    assert room.room_by_token(old) is None and room.wall_version(old) is None
    new = s.room.wall_token
    assert room.room_by_token(new).workshop_id == s.workshop.id
    room.revoke_wall_link(facilitator, s.workshop)
    db.session.commit()
    assert room.room_by_token(new) is None and s.room.wall_token is None


def test_the_wall_shows_the_current_mission_newest_first_without_what_was_taken_off(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    db.session.delete(s.vote)
    ideas = _ideas(s)
    elsewhere = factories.contribution(s.workshop, author=s.other, mission=s.closed_mission, title="Ailleurs")
    db.session.commit()
    wall = room.wall(s.workshop, s.room)
    assert wall.mission.id == s.mission.id
    assert [c.id for c in wall.cards] == [i.id for i in reversed(ideas)] + [s.contribution.id]
    assert elsewhere.id not in {c.id for c in wall.cards}
    room.set_on_wall(facilitator, s.workshop, ideas[0], False)
    room.highlight(facilitator, s.workshop, ideas[1])
    db.session.commit()
    wall = room.wall(s.workshop, s.room)
    assert ideas[0].id not in {c.id for c in wall.cards} and wall.highlighted.id == ideas[1].id
    # Taken off the wall, it stays on the boards and on the facilitators' list.
    assert db.session.get(Contribution, ideas[0].id).is_published
    assert ideas[0].id in {c.id for c in room.wall(s.workshop, s.room, with_removed=True).cards}
    room.set_on_wall(facilitator, s.workshop, ideas[0], True)
    room.show_mission(facilitator, s.workshop, s.closed_mission)
    db.session.commit()
    wall = room.wall(s.workshop, s.room)
    assert [c.id for c in wall.cards] == [elsewhere.id] and wall.highlighted is None


def test_a_paused_wall_keeps_what_it_showed(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    before = _ideas(s, 2)
    room.set_paused(facilitator, s.workshop, True)
    db.session.commit()
    after = _ideas(s, 1)
    shown = {c.id for c in room.wall(s.workshop, s.room).cards}
    assert {c.id for c in before} <= shown and after[0].id not in shown
    room.set_paused(facilitator, s.workshop, False)
    db.session.commit()
    assert after[0].id in {c.id for c in room.wall(s.workshop, s.room).cards}


def test_the_wall_version_moves_with_posts_likes_edits_dots_and_controls_only(app):
    s = factories.scene()
    facilitator, participant = _accesses(s)
    token = s.room.wall_token
    seen = [room.wall_version(token)]

    def moved():
        db.session.commit()
        db.session.expire_all()
        seen.append(room.wall_version(token))
        return seen[-1] != seen[-2]

    assert not moved()
    contribution = contributions.post_contribution(participant, s.workshop, s.mission, "Un vélo", "En libre-service.")
    assert moved()
    discussion.set_like(access_for(s.elected, s.consultation, Role.ELECTED), contribution, True)
    assert moved()
    contributions.edit_contribution(participant, contribution, "Des vélos", "En libre-service.")
    assert moved()
    votes.set_dots(s.vote, votes.Voter(user_id=s.elected.id), contribution, 1)
    assert moved()
    # A post-it typed on the capture page reaches the wall like the others.
    post_it = contributions.capture_post_it(facilitator, s.workshop, s.mission, "Un banc à l'ombre", group_label="Table 2")
    assert moved()
    assert post_it.id in {c.id for c in room.wall(s.workshop, s.room).cards}
    room.set_paused(facilitator, s.workshop, True)
    assert moved()
    assert not moved()


# -- guests ---------------------------------------------------------------------------------------

def test_a_guest_posts_with_a_name_only_marked_and_moderated_like_any_other(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    nobody = access_for(None, s.consultation)
    guest = guests.become_guest(s.room, s.workshop, "  <b>Julie</b> ⇄ 🚌 \u202e  ")
    contribution = contributions.post_as_guest(nobody, guest, s.room, s.workshop, s.mission, f"Des bancs {HOSTILE}")
    db.session.commit()
    assert contribution.origin == Origin.GUEST and contribution.author_id is None and contribution.is_guest
    assert contribution.guest_id == guest.id and contribution.author_name == guest.name
    assert contribution.title.startswith("Des bancs") and contribution.is_published
    event = db.session.scalar(sa.select(ContributionEvent).where(ContributionEvent.contribution_id == contribution.id))
    assert (event.kind, event.actor_id, event.actor_role, event.data) == (EventKind.POSTED, None, "guest",
                                                                           {"name": guest.name})
    # Nothing else is kept about a guest than the name and the workshop.
    assert set(Guest.__table__.columns.keys()) == {"id", "workshop_id", "name", "created_at", "user_id"}
    # Moderated like any other contribution.
    from app.models import ContributionStatus
    from app.services import lifecycle
    lifecycle.set_status(facilitator, contribution, ContributionStatus.HIDDEN, "Hors sujet")
    db.session.commit()
    assert not contribution.is_published


@pytest.mark.parametrize("name,message", [("", "Indiquez un prénom"), ("x" * 41, "40 caractères")])
def test_a_guest_needs_a_short_name(app, name, message):
    s = factories.scene()
    with pytest.raises(DomainError, match=message):
        guests.become_guest(s.room, s.workshop, name)


def test_closing_guest_posting_ends_it_at_once(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    nobody = access_for(None, s.consultation)
    room.set_guests_open(facilitator, s.workshop, False)
    db.session.commit()
    with pytest.raises(NotAllowed):
        contributions.post_as_guest(nobody, s.guest, s.room, s.workshop, s.mission, "Encore une idée")
    with pytest.raises(NotAllowed):
        guests.become_guest(s.room, s.workshop, "Zoé")
    # A closed workshop cannot open it, nor keep it: guests post while the workshop is open.
    s.workshop.status = WorkshopStatus.CLOSED
    with pytest.raises(DomainError):
        room.set_guests_open(facilitator, s.workshop, True)


def test_a_guest_of_another_workshop_cannot_post_here(app):
    s = factories.scene()
    other = factories.workshop(s.consultation, title="Autre atelier")
    stranger = factories.guest(other)
    with pytest.raises(NotAllowed):
        contributions.post_as_guest(access_for(None, s.consultation), stranger, s.room, s.workshop, s.mission, "Idée")


def test_an_account_claims_what_its_phone_posted_as_a_guest_once(app):
    s = factories.scene()
    nobody = access_for(None, s.consultation)
    mine = [contributions.post_as_guest(nobody, s.guest, s.room, s.workshop, s.mission, f"Idée {i}") for i in range(2)]
    db.session.commit()
    assert guests.claim(s.outsider, [s.guest]) == 2
    db.session.commit()
    assert {c.author_id for c in mine} == {s.outsider.id} and s.guest.user_id == s.outsider.id
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ContributionEvent).where(
        ContributionEvent.kind == EventKind.CLAIMED, ContributionEvent.actor_id == s.outsider.id)) == 2
    # Claimed once: another account on the same phone claims nothing more.
    assert guests.claim(s.elected, [s.guest]) == 0
    assert {c.author_id for c in mine} == {s.outsider.id}


# -- dot votes ------------------------------------------------------------------------------------

def test_only_facilitators_start_a_vote_one_at_a_time_with_sensible_dots(app):
    s = factories.scene()
    facilitator, participant = _accesses(s)
    with pytest.raises(NotAllowed):
        votes.start_vote(participant, s.workshop, s.mission)
    with pytest.raises(DomainError, match="déjà en cours"):
        votes.start_vote(facilitator, s.workshop, s.mission)
    votes.close_vote(facilitator, s.vote)
    for dots in (0, votes.DOTS_MAX + 1):
        with pytest.raises(DomainError, match="gommettes par personne"):
            votes.start_vote(facilitator, s.workshop, s.mission, dots)
    with pytest.raises(DomainError, match="mission de cet atelier"):
        votes.start_vote(facilitator, s.workshop, factories.mission(s.draft))
    vote = votes.start_vote(facilitator, s.workshop, s.mission, 5, stacking=True)
    db.session.commit()
    assert votes.open_vote(s.workshop).id == vote.id


def test_a_vote_takes_the_wall_and_the_phones_to_its_mission(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    other = factories.mission(s.workshop, title="Vendre")
    votes.close_vote(facilitator, s.vote)
    room.highlight(facilitator, s.workshop, s.contribution)
    db.session.commit()
    assert room.wall(s.workshop, s.room).mission.id == s.mission.id
    vote = votes.start_vote(facilitator, s.workshop, other)
    db.session.commit()
    wall = room.wall(s.workshop, s.room)
    assert wall.mission.id == other.id and wall.vote.id == vote.id and wall.highlighted is None
    assert room.current_mission(s.workshop, s.room).id == other.id


def test_during_a_vote_the_wall_keeps_the_most_dotted_however_old_and_the_newest(app, monkeypatch):
    """The wall holds WALL_SIZE cards: half for the most dotted ideas, the rest for the newest."""
    monkeypatch.setattr(room, "WALL_SIZE", 4)
    s = factories.scene()
    oldest, *newer = _ideas(s, 5)
    votes.set_dots(s.vote, votes.Voter(user_id=s.elected.id), oldest, 1)
    votes.set_dots(s.vote, votes.Voter(guest_id=s.guest.id), oldest, 1)
    votes.set_dots(s.vote, votes.Voter(guest_id=s.guest.id), newer[0], 1)
    db.session.commit()
    wall = room.wall(s.workshop, s.room)
    assert [c.id for c in wall.cards] == [oldest.id, newer[0].id, newer[3].id, newer[2].id]
    assert wall.dots == {oldest.id: 2, newer[0].id: 1} and wall.voters == 2
    latest = _ideas(s, 1)[0]  # a new idea still reaches the wall, under the dotted ones
    assert [c.id for c in room.wall(s.workshop, s.room).cards] == [oldest.id, newer[0].id, latest.id, newer[3].id]


def test_the_database_keeps_one_open_vote_per_workshop(app):
    s = factories.scene()
    with pytest.raises(IntegrityError):  # the scene's vote is open
        factories.dot_vote(s.workshop, s.mission)
    db.session.rollback()


def test_a_dot_counts_once_whatever_the_taps(app):
    s = factories.scene()
    ideas = _ideas(s)
    me = votes.Voter(user_id=s.elected.id)
    assert votes.set_dots(s.vote, me, ideas[0], 1) == 2
    assert votes.set_dots(s.vote, me, ideas[0], 1) == 2  # the same tap again: nothing more
    db.session.commit()
    assert votes.dots_of(s.vote, me) == {ideas[0].id: 1}
    with pytest.raises(DomainError, match="Une gommette au plus"):
        votes.set_dots(s.vote, me, ideas[1], 2)
    votes.set_dots(s.vote, me, ideas[1], 1)
    votes.set_dots(s.vote, me, ideas[2], 1)
    with pytest.raises(DomainError, match="toutes vos gommettes"):
        votes.set_dots(s.vote, me, s.contribution, 1)
    assert votes.set_dots(s.vote, me, ideas[2], 0) == 1  # taken back, placed elsewhere
    assert votes.set_dots(s.vote, me, s.contribution, 1) == 0
    db.session.commit()
    assert votes.tally(s.vote) == ({ideas[0].id: 1, ideas[1].id: 1, s.contribution.id: 1}, 1)


def test_stacking_spreads_up_to_the_dots_given_and_guests_vote_apart(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    votes.close_vote(facilitator, s.vote)
    vote = votes.start_vote(facilitator, s.workshop, s.mission, 3, stacking=True)
    idea = _ideas(s, 1)[0]
    member, guest = votes.Voter(user_id=s.elected.id), votes.Voter(guest_id=s.guest.id)
    assert votes.set_dots(vote, member, idea, 3) == 0
    assert votes.set_dots(vote, guest, idea, 2) == 1
    with pytest.raises(DomainError, match="3 gommettes au plus"):
        votes.set_dots(vote, guest, idea, 4)
    assert votes.set_dots(vote, member, idea, 1) == 2
    db.session.commit()
    assert votes.tally(vote) == ({idea.id: 3}, 2)
    assert votes.ranking(vote) == [(idea.id, 3)]


def test_slots_are_unique_per_voter_in_the_database(app):
    """Two servers placing the same voter's dot at once write the same slot: the second fails."""
    s = factories.scene()
    db.session.add(Dot(vote_id=s.vote.id, contribution_id=s.contribution.id, user_id=s.elected.id, slot=1))
    db.session.commit()
    db.session.add(Dot(vote_id=s.vote.id, contribution_id=s.contribution.id, user_id=s.elected.id, slot=1))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    db.session.add(Dot(vote_id=s.vote.id, contribution_id=s.contribution.id, user_id=s.elected.id,
                       guest_id=s.guest.id, slot=2))
    with pytest.raises(IntegrityError):  # one voter per dot
        db.session.commit()
    db.session.rollback()


def test_a_closed_vote_and_other_missions_refuse_dots(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    me = votes.Voter(user_id=s.elected.id)
    elsewhere = factories.contribution(s.workshop, author=s.other, mission=s.closed_mission)
    with pytest.raises(DomainError, match="ne fait pas partie du vote"):
        votes.set_dots(s.vote, me, elsewhere, 1)
    assert votes.close_vote(facilitator, s.vote) is True
    assert votes.close_vote(facilitator, s.vote) is False
    with pytest.raises(DomainError, match="terminé"):
        votes.set_dots(s.vote, me, s.contribution, 1)


def test_the_synthesis_places_the_vote_result_as_a_live_block(app):
    s = factories.scene()
    facilitator, _ = _accesses(s)
    ideas = _ideas(s, 2)
    for user, idea in ((s.elected, ideas[1]), (s.other, ideas[1]), (s.participant, ideas[0])):
        votes.set_dots(s.vote, votes.Voter(user_id=user.id), idea, 1)
    votes.close_vote(facilitator, s.vote)
    db.session.commit()
    body = reports.synthesis_template(s.workshop)
    assert f"[[gommettes mission={s.mission.key} nombre=5]]" in body
    blocks = reports.blocks_of(facilitator, None, body, s.workshop)
    block = blocks[f"[[gommettes mission={s.mission.key} nombre=5]]"]
    assert [(item["id"], item["dots"]) for item in block.items] == [(ideas[1].id, 2), (ideas[0].id, 1)]
    assert not block.missing
