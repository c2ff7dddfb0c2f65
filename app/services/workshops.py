"""Workshops, their missions and who attended them."""
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Attendance, Membership, Mission, User, Workshop, WorkshopStatus
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_line, clean_text


def _require_manager(access: Access) -> None:
    if not access.can_manage():
        raise NotAllowed(_l("Seule l'équipe d'animation prépare les ateliers."))


def _required(value: str, field: str) -> str:
    if not value:
        raise DomainError(_l("Champ obligatoire."), field=field)
    return value


_WORKSHOPS = {  # built once (read on every home page); key: with the drafts
    drafts: sa.select(Workshop)
    .where(Workshop.consultation_id == sa.bindparam("consultation_id"),
           *(() if drafts else (Workshop.status != WorkshopStatus.DRAFT,)))
    .order_by(Workshop.starts_at.is_(None), Workshop.starts_at, Workshop.id)
    for drafts in (False, True)
}


def list_workshops(access: Access) -> list[Workshop]:
    """The workshops of the consultation this access looks at, drafts only for facilitators."""
    return list(db.session.scalars(_WORKSHOPS[access.is_facilitator], {"consultation_id": access.consultation.id}))


def get_workshop(access: Access, workshop_id: int) -> Workshop | None:
    """The workshop if it belongs to this consultation and this access may see it."""
    workshop = db.session.get(Workshop, workshop_id)
    if workshop is None or workshop.consultation_id != access.consultation.id:
        return None
    return workshop if access.can_view_workshop(workshop) else None


_WORKSHOP_AND_MISSION = (  # built once: read on every mission board
    sa.select(Workshop, Mission).join(Mission, Mission.workshop_id == Workshop.id)
    .where(Workshop.id == sa.bindparam("workshop_id"), Mission.id == sa.bindparam("mission_id"),
           Workshop.consultation_id == sa.bindparam("consultation_id"))
)


def get_workshop_and_mission(access: Access, workshop_id: int, mission_id: int) -> tuple[Workshop | None, Mission | None]:
    """A mission and its workshop in one query, if they belong together, to this consultation,
    and this access may see the workshop."""
    row = db.session.execute(_WORKSHOP_AND_MISSION, {"workshop_id": workshop_id, "mission_id": mission_id,
                                                     "consultation_id": access.consultation.id}).first()
    if row is None or not access.can_view_workshop(row[0]):
        return None, None
    return row[0], row[1]


def get_mission(workshop: Workshop, mission_id: int) -> Mission | None:
    mission = db.session.get(Mission, mission_id)
    return mission if mission is not None and mission.workshop_id == workshop.id else None


def create_workshop(access: Access, title: str, starts_at: datetime | None, place: str,
                    description: str, status: WorkshopStatus | str) -> Workshop:
    _require_manager(access)
    workshop = Workshop(
        consultation_id=access.consultation.id,
        title=_required(clean_line(title), "title"),
        starts_at=starts_at,
        place=clean_line(place),
        description=clean_text(description),
        status=WorkshopStatus(status),
    )
    db.session.add(workshop)
    db.session.flush()
    return workshop


def update_workshop(access: Access, workshop: Workshop, title: str, starts_at: datetime | None,
                    place: str, description: str, status: WorkshopStatus | str) -> None:
    _require_manager(access)
    workshop.title = _required(clean_line(title), "title")
    workshop.starts_at = starts_at
    workshop.place = clean_line(place)
    workshop.description = clean_text(description)
    workshop.status = WorkshopStatus(status)
    db.session.flush()


def add_mission(access: Access, workshop: Workshop, title: str, instructions: str,
                is_open: bool = True) -> Mission:
    _require_manager(access)
    last = db.session.scalar(
        sa.select(sa.func.max(Mission.position)).where(Mission.workshop_id == workshop.id)
    )
    mission = Mission(
        workshop_id=workshop.id,
        position=(last or 0) + 1,
        title=_required(clean_line(title), "title"),
        instructions=clean_text(instructions),
        is_open=is_open,
    )
    db.session.add(mission)
    db.session.flush()
    return mission


def update_mission(access: Access, mission: Mission, title: str, instructions: str, is_open: bool) -> None:
    _require_manager(access)
    mission.title = _required(clean_line(title), "title")
    mission.instructions = clean_text(instructions)
    mission.is_open = is_open
    db.session.flush()


def set_mission_open(access: Access, mission: Mission, is_open: bool) -> None:
    _require_manager(access)
    mission.is_open = is_open
    db.session.flush()


def move_mission(access: Access, mission: Mission, offset: int) -> None:
    """Move a mission up (offset -1) or down (+1) among its workshop's missions."""
    _require_manager(access)
    siblings = list(
        db.session.scalars(
            sa.select(Mission).where(Mission.workshop_id == mission.workshop_id).order_by(Mission.position, Mission.id)
        )
    )
    index = siblings.index(mission)
    target = index + offset
    if 0 <= target < len(siblings):
        siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, item in enumerate(siblings, start=1):
        item.position = position
    db.session.flush()


# -- attendance ---------------------------------------------------------------------------------

def attendee_ids(workshop: Workshop) -> set[int]:
    return set(db.session.scalars(sa.select(Attendance.user_id).where(Attendance.workshop_id == workshop.id)))


def attendance(workshop: Workshop, user_id: int | None) -> tuple[int, bool]:
    """How many attended the workshop, and whether `user_id` did, in one query."""
    count, mine = db.session.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.max(sa.case((Attendance.user_id == user_id, 1), else_=0)), 0))
        .where(Attendance.workshop_id == workshop.id)
    ).one()
    return count, bool(mine)


def set_attendance(access: Access, workshop: Workshop, user_ids: set[int]) -> None:
    """Facilitators record who came; only members of the consultation can be recorded."""
    _require_manager(access)
    member_ids = set(db.session.scalars(
        sa.select(Membership.user_id).where(Membership.consultation_id == workshop.consultation_id)
    ))
    wanted = set(user_ids) & member_ids
    current = attendee_ids(workshop)
    if current - wanted:
        db.session.execute(
            sa.delete(Attendance).where(
                Attendance.workshop_id == workshop.id, Attendance.user_id.in_(current - wanted)
            )
        )
    for user_id in wanted - current:
        db.session.add(Attendance(workshop_id=workshop.id, user_id=user_id))
    db.session.flush()


def set_own_attendance(access: Access, user: User, workshop: Workshop, attended: bool) -> None:
    """A member says they took part in a workshop (or takes it back)."""
    if not access.is_member or workshop.status in (WorkshopStatus.DRAFT, WorkshopStatus.ANNOUNCED):
        raise NotAllowed(_l("Vous ne pouvez pas indiquer votre présence à cet atelier."))
    exists = db.session.get(Attendance, (workshop.id, user.id))
    if attended and exists is None:
        db.session.add(Attendance(workshop_id=workshop.id, user_id=user.id))
    elif not attended and exists is not None:
        db.session.delete(exists)
    db.session.flush()
