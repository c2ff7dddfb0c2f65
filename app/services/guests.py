"""Guests of the room: people who post (and vote) from their phone without an account, while the
facilitators keep guest posting open. A guest is a name and the workshop, nothing else; their
phone holds a signed cookie naming that row (the views). Someone who later creates an account on
the same phone may claim what they posted as a guest."""
import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Contribution, EventKind, Guest, Origin, Room, Workshop
from .errors import DomainError, NotAllowed
from .lifecycle import record
from .consultations import role_of
from .permissions import access_for, guest_may_take_part
from .text import clean_line

NAME_MAX = 40


def become_guest(room: Room | None, workshop: Workshop, name: str) -> Guest:
    if not guest_may_take_part(room, workshop):
        raise NotAllowed(_l("La participation des invités est fermée pour cet atelier."))
    name = clean_line(name)
    if not name:
        raise DomainError(_l("Indiquez un prénom ou un pseudonyme."), field="name")
    if len(name) > NAME_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=NAME_MAX), field="name")
    guest = Guest(workshop_id=workshop.id, name=name)
    db.session.add(guest)
    db.session.flush()
    return guest


def guests_by_id(ids) -> dict[int, Guest]:
    ids = [int(i) for i in ids]
    if not ids:
        return {}
    return {g.id: g for g in db.session.scalars(sa.select(Guest).where(Guest.id.in_(ids)))}


def contributions_of(guest_ids, unclaimed_only: bool = False) -> list[Contribution]:
    """What these guests posted, newest first."""
    if not guest_ids:
        return []
    query = sa.select(Contribution).where(Contribution.guest_id.in_(list(guest_ids)),
                                          Contribution.origin == Origin.GUEST)
    if unclaimed_only:
        query = query.where(Contribution.author_id.is_(None))
    return list(db.session.scalars(query.order_by(Contribution.id.desc())))


def claim(user, guests: list[Guest]) -> int:
    """Make `user` the author of what these guests (this phone's) posted and nobody claimed yet;
    each contribution's history says so. Returns how many contributions were claimed."""
    claimed = 0
    accesses = {}
    for contribution in contributions_of([g.id for g in guests if g.user_id in (None, user.id)],
                                         unclaimed_only=True):
        consultation = contribution.consultation
        if consultation.id not in accesses:
            accesses[consultation.id] = access_for(user, consultation, role_of(user, consultation))
        contribution.author_id = user.id
        db.session.flush()
        record(contribution, EventKind.CLAIMED, accesses[consultation.id], notify=False)
        claimed += 1
    for guest in guests:
        if guest.user_id is None:
            guest.user_id = user.id
    db.session.flush()
    return claimed

