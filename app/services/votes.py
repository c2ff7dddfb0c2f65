"""Dot votes (vote par gommettes): a facilitator starts one on a mission; each participant, member
or guest, spreads their dots over the mission's contributions from their phone and changes them
until it closes; the result stays with the workshop.

A voter's dots fill numbered slots, one row each, unique per vote and voter: a dot counts once
whatever the number of taps, tabs or servers, and nobody holds more dots than the vote gives. A
phone asks for a number of dots on a contribution (not "one more"), so sending it twice changes
nothing. The room's row is written first: the writers of one room take their turn, and what a
voter holds is read after it.
"""
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Contribution, ContributionStatus, Dot, DotVote, Mission, Room, Workshop
from ..models.base import utcnow
from .counts import bump_room
from .errors import DomainError, NotAllowed
from .permissions import Access

DOTS_DEFAULT = 3
DOTS_MAX = 10


@dataclass(frozen=True)
class Voter:
    """A member (user_id) or a guest of the room (guest_id)."""
    user_id: int | None = None
    guest_id: int | None = None

    def condition(self):
        return Dot.user_id == self.user_id if self.user_id is not None else Dot.guest_id == self.guest_id


# -- the facilitators ----------------------------------------------------------------------------

def open_vote(workshop: Workshop) -> DotVote | None:
    return db.session.scalar(sa.select(DotVote).where(DotVote.workshop_id == workshop.id,
                                                      DotVote.closed_at.is_(None)))


def start_vote(access: Access, workshop: Workshop, mission: Mission, dots_per_person: int = DOTS_DEFAULT,
               stacking: bool = False) -> DotVote:
    """Open a dot vote on a mission (one open vote per workshop); the wall and the phones go to it."""
    if not access.can_run_room(workshop):
        raise NotAllowed(_l("Seule l'équipe d'animation lance un vote."))
    if mission is None or mission.workshop_id != workshop.id:
        raise DomainError(_l("Choisissez une mission de cet atelier."), field="mission")
    if not workshop.is_open:
        raise DomainError(_l("Ouvrez d'abord l'atelier aux contributions."))
    if not 1 <= dots_per_person <= DOTS_MAX:
        raise DomainError(_l("De 1 à %(n)s gommettes par personne.", n=DOTS_MAX), field="dots")
    room = db.session.get(Room, workshop.id)
    if room is None:
        room = Room(workshop_id=workshop.id, guests_open=False, version=0)
        db.session.add(room)
        db.session.flush()
    bump_room(workshop.id)  # after this write, the check below cannot race another start
    if open_vote(workshop) is not None:
        raise DomainError(_l("Un vote est déjà en cours dans cet atelier : terminez-le d'abord."))
    vote = DotVote(workshop=workshop, mission=mission, dots_per_person=dots_per_person, stacking=stacking,
                   opened_by_id=access.user_id)
    db.session.add(vote)
    # The room follows the vote: the wall shows its mission, and the phones post to it.
    room.mission_id, room.highlighted_id = mission.id, None
    db.session.flush()
    return vote


def close_vote(access: Access, vote: DotVote) -> bool:
    """Close the vote: its result is kept as it stands. False when it was closed already."""
    if not access.can_run_room(vote.workshop):
        raise NotAllowed(_l("Seule l'équipe d'animation termine un vote."))
    bump_room(vote.workshop_id)
    closed = db.session.execute(sa.update(DotVote).where(DotVote.id == vote.id, DotVote.closed_at.is_(None))
                                .values(closed_at=utcnow()).returning(DotVote.id)).first() is not None
    db.session.refresh(vote)
    return closed


def get_vote(workshop: Workshop, vote_id: int) -> DotVote | None:
    vote = db.session.get(DotVote, vote_id)
    return vote if vote is not None and vote.workshop_id == workshop.id else None


def votes_of(workshop: Workshop) -> list[DotVote]:
    """The workshop's votes, latest first (their missions are the workshop's, read with it)."""
    workshop.missions  # noqa: B018  (loaded: each vote's mission then comes from the session, no query)
    return list(db.session.scalars(sa.select(DotVote).where(DotVote.workshop_id == workshop.id)
                                   .order_by(DotVote.id.desc())))


def shown_vote(workshop: Workshop, mission: Mission | None) -> DotVote | None:
    """The vote the wall shows for a mission: the open one, else its last one."""
    if mission is None:
        return None
    return db.session.scalar(sa.select(DotVote).where(DotVote.workshop_id == workshop.id,
                                                      DotVote.mission_id == mission.id)
                             .order_by(DotVote.closed_at.is_(None).desc(), DotVote.id.desc()).limit(1))


def voted_missions(workshop: Workshop) -> set[int]:
    """The missions of a workshop that had a dot vote."""
    return set(db.session.scalars(sa.select(DotVote.mission_id).where(DotVote.workshop_id == workshop.id,
                                                                      DotVote.mission_id.is_not(None))))


def last_vote_of_mission(mission: Mission) -> DotVote | None:
    return db.session.scalar(sa.select(DotVote).where(DotVote.mission_id == mission.id)
                             .order_by(DotVote.id.desc()).limit(1))


# -- the result -----------------------------------------------------------------------------------

def tally(vote: DotVote) -> tuple[dict[int, int], int]:
    """Dots per contribution (published ones), and how many people voted, in one query."""
    rows = db.session.execute(
        sa.select(Dot.contribution_id, Dot.user_id, Dot.guest_id)
        .join(Contribution, Contribution.id == Dot.contribution_id)
        .where(Dot.vote_id == vote.id, Contribution.status == ContributionStatus.PUBLISHED)
    ).all()
    dots = Counter(row.contribution_id for row in rows)
    voters = {(row.user_id, row.guest_id) for row in rows}
    return dict(dots), len(voters)


def ranking(vote: DotVote, limit: int | None = None) -> list[tuple[int, int]]:
    """(contribution id, dots), most dots first (ties: the older first)."""
    dots, _ = tally(vote)
    ranked = sorted(dots.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:limit] if limit is not None else ranked


# -- the voters -----------------------------------------------------------------------------------

def dots_of(vote: DotVote, voter: Voter) -> dict[int, int]:
    """How many dots this voter put on each contribution."""
    return dict(Counter(db.session.scalars(sa.select(Dot.contribution_id).where(Dot.vote_id == vote.id,
                                                                                 voter.condition()))))


def set_dots(vote: DotVote, voter: Voter, contribution: Contribution, count: int) -> int:
    """Put `count` dots of this voter on `contribution` (0 takes them back); returns how many
    dots they have left. The caller checks that the voter may vote (Access.can_place_dots, or
    permissions.guest_may_take_part for a guest)."""
    if not vote.is_open:
        raise DomainError(_l("Ce vote est terminé."))
    if (contribution.workshop_id != vote.workshop_id or contribution.mission_id != vote.mission_id
            or contribution.status != ContributionStatus.PUBLISHED):
        raise DomainError(_l("Cette contribution ne fait pas partie du vote."))
    most = vote.dots_per_person if vote.stacking else 1
    if not 0 <= count <= most:
        raise DomainError(_l("Une gommette au plus par contribution.") if most == 1
                          else _l("%(n)s gommettes au plus par contribution.", n=most))
    bump_room(vote.workshop_id)  # the room's writers take their turn: what follows cannot race
    mine = db.session.execute(sa.select(Dot.id, Dot.slot, Dot.contribution_id)
                              .where(Dot.vote_id == vote.id, voter.condition()).order_by(Dot.slot)).all()
    here = [row for row in mine if row.contribution_id == contribution.id]
    if count < len(here):
        db.session.execute(sa.delete(Dot).where(Dot.id.in_([row.id for row in here[count:]])))
    elif count > len(here):
        used = {row.slot for row in mine}
        free = [slot for slot in range(1, vote.dots_per_person + 1) if slot not in used]
        if len(free) < count - len(here):
            raise DomainError(_l("Vous avez posé toutes vos gommettes : retirez-en une pour la placer ailleurs."))
        db.session.execute(sa.insert(Dot), [
            {"vote_id": vote.id, "contribution_id": contribution.id, "user_id": voter.user_id,
             "guest_id": voter.guest_id, "slot": slot} for slot in free[:count - len(here)]])
    return vote.dots_per_person - (len(mine) - len(here) + count)
