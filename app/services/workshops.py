"""Workshops, their missions and who attended them."""
from dataclasses import dataclass
from datetime import date, time

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Attendance, Membership, Mission, User, Workshop, WorkshopStatus
from .errors import DomainError, NotAllowed
from .ordering import reorder
from .permissions import Access
from .text import clean_line, clean_text, slugify

TITLE_MAX = 160
PLACE_MAX = 160
MISSION_TITLE_MAX = 200


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
    .order_by(Workshop.starts_on.is_(None), Workshop.starts_on, Workshop.start_time.is_(None), Workshop.start_time,
              Workshop.id)
    for drafts in (False, True)
}


def list_workshops(access: Access, with_missions: bool = False) -> list[Workshop]:
    """The workshops of the consultation this access looks at, drafts only for facilitators (with
    their missions read at once, for a page that lists them all)."""
    query = _WORKSHOPS[access.is_facilitator]
    if with_missions:
        query = query.options(selectinload(Workshop.missions))
    return list(db.session.scalars(query, {"consultation_id": access.consultation.id}))


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


def get_by_room_code(code: str) -> Workshop | None:
    """The workshop whose room this code joins (typed in any case, with or without spaces)."""
    code = "".join(ch for ch in (code or "").upper() if ch.isalnum())[:12]
    if not code:
        return None
    return db.session.scalar(sa.select(Workshop).where(Workshop.room_code == code)
                             .options(selectinload(Workshop.missions), joinedload(Workshop.consultation)))


def get_workshop_and_mission(access: Access, workshop_id: int, mission_id: int) -> tuple[Workshop | None, Mission | None]:
    """A mission and its workshop in one query, if they belong together, to this consultation,
    and this access may see the workshop."""
    row = db.session.execute(_WORKSHOP_AND_MISSION, {"workshop_id": workshop_id, "mission_id": mission_id,
                                                     "consultation_id": access.consultation.id}).first()
    if row is None or not access.can_view_workshop(row[0]):
        return None, None
    return row[0], row[1]


def find_mission(access: Access, mission_id: int) -> Mission | None:
    """A mission of this consultation, in a workshop this access may see."""
    mission = db.session.get(Mission, mission_id)
    if mission is None or get_workshop(access, mission.workshop_id) is None:
        return None
    return mission


def get_mission(workshop: Workshop, mission_id: int) -> Mission | None:
    mission = db.session.get(Mission, mission_id)
    return mission if mission is not None and mission.workshop_id == workshop.id else None


@dataclass(frozen=True)
class MissionDraft:
    """A mission typed in the workshop's creation form (a row)."""
    title: str
    instructions: str = ""


def unique_key(wanted: str, taken: set[str], fallback: str) -> str:
    """A key made of `wanted` (slugified), not in `taken`: "perimetre", else "perimetre-2"…"""
    base = slugify(wanted, max_length=40) or fallback
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def _workshop_keys(consultation_id: int) -> set[str]:
    return set(db.session.scalars(sa.select(Workshop.key).where(Workshop.consultation_id == consultation_id)))


def _mission_keys(workshop_id: int) -> set[str]:
    return set(db.session.scalars(sa.select(Mission.key).where(Mission.workshop_id == workshop_id)))


def _title(value: str, field: str, limit: int) -> str:
    value = _required(clean_line(value), field)
    if len(value) > limit:
        raise DomainError(_l("%(n)s caractères au plus.", n=limit), field=field)
    return value


def create_workshop(access: Access, title: str, starts_on: date | None, start_time: time | None, place: str,
                    description: str, status: WorkshopStatus | str,
                    missions: list[MissionDraft] | tuple = (), key: str | None = None) -> Workshop:
    """A workshop and its missions, in the order given (rows without a title are left out). Its
    key is made from its title unless given."""
    _require_manager(access)
    title = _title(title, "title", TITLE_MAX)
    workshop = Workshop(
        consultation_id=access.consultation.id,
        key=unique_key(key or title, _workshop_keys(access.consultation.id), "atelier"),
        title=title,
        starts_on=starts_on,
        start_time=start_time if starts_on else None,
        place=clean_line(place)[:PLACE_MAX],
        description=clean_text(description),
        status=WorkshopStatus(status),
    )
    db.session.add(workshop)
    db.session.flush()
    taken: set[str] = set()
    for position, draft in enumerate((d for d in missions if clean_line(d.title)), start=1):
        mission_title = _title(draft.title, "missions", MISSION_TITLE_MAX)
        key = unique_key(mission_title, taken, "mission")
        taken.add(key)
        db.session.add(Mission(workshop_id=workshop.id, key=key, position=position, title=mission_title,
                               instructions=clean_text(draft.instructions), is_open=True))
    db.session.flush()
    return workshop


def update_workshop(access: Access, workshop: Workshop, title: str, starts_on: date | None,
                    start_time: time | None, place: str, description: str, status: WorkshopStatus | str) -> None:
    _require_manager(access)
    workshop.title = _title(title, "title", TITLE_MAX)
    workshop.starts_on = starts_on
    workshop.start_time = start_time if starts_on else None
    workshop.place = clean_line(place)[:PLACE_MAX]
    workshop.description = clean_text(description)
    workshop.status = WorkshopStatus(status)
    db.session.flush()


def add_mission(access: Access, workshop: Workshop, title: str, instructions: str,
                is_open: bool = True, key: str | None = None) -> Mission:
    _require_manager(access)
    last = db.session.scalar(
        sa.select(sa.func.max(Mission.position)).where(Mission.workshop_id == workshop.id)
    )
    title = _title(title, "title", MISSION_TITLE_MAX)
    mission = Mission(
        workshop_id=workshop.id,
        key=unique_key(key or title, _mission_keys(workshop.id), "mission"),
        position=(last or 0) + 1,
        title=title,
        instructions=clean_text(instructions),
        is_open=is_open,
    )
    db.session.add(mission)
    db.session.flush()
    return mission


def update_mission(access: Access, mission: Mission, title: str, instructions: str, is_open: bool) -> None:
    _require_manager(access)
    mission.title = _title(title, "title", MISSION_TITLE_MAX)
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
    siblings = db.session.scalars(
        sa.select(Mission).where(Mission.workshop_id == mission.workshop_id).order_by(Mission.position, Mission.id))
    reorder(list(siblings), mission, offset)


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
