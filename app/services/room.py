"""The room of a workshop while it runs: what the facilitators control (the wall's secret link, the
mission shown and posted to, pause, highlight, taking a contribution off the wall, guest posting),
and what the wall shows.

The wall refreshes every few seconds. Its refresh reads one row (`wall_version`): the room's
`version`, bumped by every control and every dot, beside the workshop's `changes`, bumped with its
kept counts (services.counts); when neither moved, the answer is 304 and nothing else is read.
"""
import secrets
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Contribution, ContributionStatus, DotVote, Mission, Room, WallRemoval, Workshop
from . import boards, votes
from .counts import bump_room
from .errors import DomainError, NotAllowed
from .permissions import Access

WALL_SIZE = 60  # contributions on the wall (a room writes a few dozen per mission)


# -- the room's row -------------------------------------------------------------------------------

def room_of(workshop: Workshop) -> Room | None:
    return db.session.get(Room, workshop.id)


def _controlled(access: Access, workshop: Workshop) -> Room:
    """The room of `workshop` for a facilitator's change (created at the first one)."""
    if not access.can_run_room(workshop):
        raise NotAllowed(_l("Seule l'équipe d'animation pilote la salle."))
    room = room_of(workshop)
    if room is None:
        room = Room(workshop_id=workshop.id, guests_open=False, version=0)
        db.session.add(room)
        db.session.flush()
    return room


def _changed(room: Room) -> None:
    db.session.flush()
    bump_room(room.workshop_id)


def current_mission(workshop: Workshop, room: Room | None) -> Mission | None:
    """The mission the wall shows and the phones post to: the one chosen, else the first open one."""
    if room is not None and room.mission_id is not None:
        chosen = next((m for m in workshop.missions if m.id == room.mission_id), None)
        if chosen is not None:
            return chosen
    return next((m for m in workshop.missions if m.is_open), None)


# -- the facilitators' controls ---------------------------------------------------------------------

def create_wall_link(access: Access, workshop: Workshop) -> Room:
    """A new secret link for the wall; the previous one stops working at once."""
    room = _controlled(access, workshop)
    room.wall_token = secrets.token_urlsafe(24)
    _changed(room)
    return room


def revoke_wall_link(access: Access, workshop: Workshop) -> Room:
    room = _controlled(access, workshop)
    room.wall_token = None
    _changed(room)
    return room


def set_guests_open(access: Access, workshop: Workshop, is_open: bool) -> Room:
    """Open guest posting while the workshop runs, or close it: a guest's next post or dot is refused."""
    room = _controlled(access, workshop)
    if is_open and not workshop.is_open:
        raise DomainError(_l("Ouvrez d'abord l'atelier aux contributions."))
    room.guests_open = is_open
    _changed(room)
    return room


def show_mission(access: Access, workshop: Workshop, mission: Mission | None) -> Room:
    room = _controlled(access, workshop)
    if mission is not None and mission.workshop_id != workshop.id:
        raise DomainError(_l("Choisissez une mission de cet atelier."), field="mission")
    room.mission_id = mission.id if mission is not None else None
    room.highlighted_id = None
    _changed(room)
    return room


def set_paused(access: Access, workshop: Workshop, paused: bool) -> Room:
    """Pause the wall (it keeps what it shows; what arrives meanwhile waits), or let it follow again."""
    room = _controlled(access, workshop)
    if paused:
        last = db.session.scalar(sa.select(sa.func.max(Contribution.id))
                                 .where(Contribution.workshop_id == workshop.id))
        room.paused_at_id = last or 0
    else:
        room.paused_at_id = None
    _changed(room)
    return room


def _on_workshop(workshop: Workshop, contribution: Contribution) -> None:
    if contribution.workshop_id != workshop.id:
        raise DomainError(_l("Cette contribution n'est pas de cet atelier."))


def highlight(access: Access, workshop: Workshop, contribution: Contribution | None) -> Room:
    """Show one contribution large at the top of the wall (None: none)."""
    room = _controlled(access, workshop)
    if contribution is not None:
        _on_workshop(workshop, contribution)
    room.highlighted_id = contribution.id if contribution is not None else None
    _changed(room)
    return room


def set_on_wall(access: Access, workshop: Workshop, contribution: Contribution, on_wall: bool) -> Room:
    """Take a contribution off the wall (it stays on the boards), or put it back."""
    room = _controlled(access, workshop)
    _on_workshop(workshop, contribution)
    removal = db.session.get(WallRemoval, (workshop.id, contribution.id))
    if on_wall and removal is not None:
        db.session.delete(removal)
    elif not on_wall and removal is None:
        db.session.add(WallRemoval(workshop_id=workshop.id, contribution_id=contribution.id))
        if room.highlighted_id == contribution.id:
            room.highlighted_id = None
    _changed(room)
    return room


# -- the wall -------------------------------------------------------------------------------------

_VERSION = (sa.select(Room.version, Workshop.changes).join(Workshop, Workshop.id == Room.workshop_id)
            .where(Room.wall_token == sa.bindparam("token")))


def wall_version(token: str) -> str | None:
    """What the wall's refresh compares, from one indexed read; None when the link is not (or no
    longer) valid."""
    row = db.session.execute(_VERSION, {"token": token}).first() if token else None
    return None if row is None else f"{row.version}-{row.changes}"


def room_by_token(token: str) -> Room | None:
    if not token:
        return None
    return db.session.scalar(sa.select(Room).where(Room.wall_token == token).options(
        joinedload(Room.workshop).joinedload(Workshop.consultation)))


@dataclass
class Wall:
    """What the wall (and the facilitators' control page) shows."""
    room: Room | None
    workshop: Workshop
    mission: Mission | None
    cards: list = field(default_factory=list)      # newest first, or by dots while a vote is shown
    highlighted: object = None                      # a card, shown large
    total: int = 0                                  # published contributions where the wall looks
    removed: set[int] = field(default_factory=set)  # ids taken off the wall
    vote: DotVote | None = None                     # the mission's open vote, else its last one
    dots: dict[int, int] = field(default_factory=dict)
    voters: int = 0

    def by_dots(self, contribution_id: int) -> tuple[int, int]:
        """The wall's order during a vote: the most dots first, then the newest."""
        return -self.dots.get(contribution_id, 0), -contribution_id

    @property
    def paused(self) -> bool:
        return self.room is not None and self.room.paused_at_id is not None

    @property
    def version(self) -> str:
        return f"{self.room.version if self.room else 0}-{self.workshop.changes}"


def _where(workshop: Workshop, mission: Mission | None) -> list:
    return [Contribution.workshop_id == workshop.id, Contribution.status == ContributionStatus.PUBLISHED,
            Contribution.mission_id == mission.id if mission is not None else sa.true()]


def wall(workshop: Workshop, room: Room | None, with_removed: bool = False) -> Wall:
    """The wall of a workshop: its mission's contributions (newest first, or by dots when the
    mission has a vote), without those taken off unless `with_removed` (the control page)."""
    mission = current_mission(workshop, room)
    where = _where(workshop, mission)
    removed = set(db.session.scalars(sa.select(WallRemoval.contribution_id)
                                     .where(WallRemoval.workshop_id == workshop.id)))
    shown = list(where)
    if removed and not with_removed:
        shown.append(Contribution.id.not_in(removed))
    if room is not None and room.paused_at_id is not None:
        shown.append(Contribution.id <= room.paused_at_id)
    result = Wall(room, workshop, mission, removed=removed)
    result.vote = votes.shown_vote(workshop, mission)
    order = (Contribution.id.desc(),)
    if result.vote is not None:
        # Half the wall for the most dotted, however old; the rest for the newest, which keep arriving.
        result.dots, result.voters = votes.tally(result.vote)
        most_dotted = sorted(result.dots, key=result.by_dots)[:WALL_SIZE // 2]
        if most_dotted:
            order = (Contribution.id.in_(most_dotted).desc(), *order)
    result.cards = boards.cards_where(workshop.consultation, *shown, order=order, limit=WALL_SIZE)
    result.total = db.session.scalar(sa.select(sa.func.count()).select_from(Contribution).where(*where))
    if result.vote is not None:
        result.cards.sort(key=lambda card: result.by_dots(card.id))
    if room is not None and room.highlighted_id is not None:
        result.highlighted = next((c for c in result.cards if c.id == room.highlighted_id), None)
        if result.highlighted is None and room.highlighted_id not in removed:
            found = boards.cards_where(workshop.consultation, Contribution.id == room.highlighted_id,
                                       Contribution.status == ContributionStatus.PUBLISHED, order=(), limit=1)
            result.highlighted = found[0] if found else None
    return result


def vote_cards(workshop: Workshop, vote: DotVote) -> tuple[list, tuple[dict[int, int], int]]:
    """The cards of a vote's mission, most dots first, with (dots per contribution, voters)."""
    dots, voters = votes.tally(vote)
    mission_condition = (Contribution.mission_id == vote.mission_id if vote.mission_id is not None
                         else Contribution.mission_id.is_(None))
    cards = boards.cards_where(workshop.consultation, Contribution.workshop_id == workshop.id, mission_condition,
                               Contribution.status == ContributionStatus.PUBLISHED, order=(Contribution.id.desc(),))
    cards.sort(key=lambda card: (-dots.get(card.id, 0), card.id))
    return cards, (dots, voters)
