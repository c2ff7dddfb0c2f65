"""The record of a workshop's room in the database: a workshop file or a spreadsheet of post-its,
compared with what is there, then written in one go; and a workshop written back as a file.

`import_workshop` and `import_post_its` say what they would create and update (dry_run, for the
previews and `--dry-run`) or do it, by the same code, so a preview is exactly what happens. Keys
make a second import a no-op. Nothing is ever deleted; contributions posted online, and the likes
and comments of post-its, are never touched. New post-its are written in bulk (one statement per
table), so a file of a thousand post-its imports in well under a second.
"""
import secrets
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import (
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Mission,
    Origin,
    Theme,
    Workshop,
    contribution_themes,
)
from ..models.base import utcnow
from .boards import SHUFFLE_MODULUS
from .contributions import EXCERPT_LENGTH
from .counts import adjust_workshop, trend_score
from .errors import NotAllowed
from .lifecycle import actor_role, record
from .imports import ImportFailed, MissionSpec, PostItSpec, Problem, WorkshopSpec, auto_title
from . import similar
from .permissions import Access
from .text import plain_text

WORKSHOP_FIELDS = {"title": _l("titre"), "starts_on": _l("date"), "start_time": _l("heure"), "place": _l("lieu"),
                   "status": _l("statut"), "description": _l("présentation")}
MISSION_FIELDS = {"title": _l("intitulé"), "instructions": _l("consigne"), "is_open": _l("ouverture"),
                  "position": _l("ordre")}
_CHUNK = 500  # keys looked up per statement


@dataclass
class ImportReport:
    """What an import creates, updates and leaves as it is (or would, when dry_run)."""
    file: str
    workshop: Workshop | None = None
    workshop_action: str = ""  # "created", "updated", "unchanged" ("" for post-its alone)
    workshop_changes: list[str] = field(default_factory=list)
    missions_created: list[str] = field(default_factory=list)
    missions_updated: list[str] = field(default_factory=list)
    missions_unchanged: int = 0
    post_its_created: int = 0
    post_its_updated: int = 0
    post_its_unchanged: int = 0
    themes_created: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def changes_anything(self) -> bool:
        return bool(self.workshop_action in ("created", "updated") or self.missions_created or self.missions_updated
                    or self.post_its_created or self.post_its_updated or self.themes_created)


def _require(access: Access, workshop: Workshop | None = None) -> None:
    if not access.can_manage() or (workshop is not None and not access.can_capture(workshop)):
        raise NotAllowed(_l("Seule l'équipe d'animation importe les ateliers et leurs post-it."))


def import_workshop(access: Access, spec: WorkshopSpec, dry_run: bool = False) -> ImportReport:
    """Create or update the workshop a file describes, its missions and its post-its."""
    _require(access)
    report = ImportReport(spec.file)
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.consultation_id == access.consultation.id,
                                                           Workshop.key == spec.key))
    values = {"title": spec.title, "starts_on": spec.starts_on, "start_time": spec.start_time, "place": spec.place,
              "status": spec.status, "description": spec.description}
    if workshop is None:
        report.workshop_action = "created"
        if dry_run:
            workshop = Workshop(consultation_id=access.consultation.id, key=spec.key, **values)
        else:
            workshop = Workshop(consultation_id=access.consultation.id, key=spec.key, **values)
            db.session.add(workshop)
            db.session.flush()
    else:
        report.workshop_changes = [str(WORKSHOP_FIELDS[name]) for name, value in values.items()
                                   if getattr(workshop, name) != value]
        report.workshop_action = "updated" if report.workshop_changes else "unchanged"
        if not dry_run:
            for name, value in values.items():
                setattr(workshop, name, value)
    report.workshop = workshop
    missions = _sync_missions(workshop, spec.missions, report, dry_run)
    _sync_post_its(access, workshop, missions, spec.post_its, report, dry_run, Origin.IMPORTED)
    if not dry_run:
        db.session.flush()
    report.applied = not dry_run
    return report


def import_post_its(access: Access, workshop: Workshop, post_its: list[PostItSpec], file: str,
                    dry_run: bool = False) -> ImportReport:
    """Add (or update, by key) post-its of the room to a workshop's missions, from a spreadsheet."""
    _require(access, workshop)
    report = ImportReport(file, workshop=workshop)
    missions = {mission.key: mission for mission in workshop.missions}
    _sync_post_its(access, workshop, missions, post_its, report, dry_run, Origin.IMPORTED)
    if not dry_run:
        db.session.flush()
    report.applied = not dry_run
    return report


def _sync_missions(workshop: Workshop, specs: list[MissionSpec], report: ImportReport,
                   dry_run: bool) -> dict[str, Mission]:
    """The workshop's missions by key, created or updated from the file, in the file's order; the
    workshop's other missions keep their order after them."""
    existing = {mission.key: mission for mission in workshop.missions} if workshop.id else {}
    others = [m for m in sorted(existing.values(), key=lambda m: (m.position, m.id))
              if m.key not in {spec.key for spec in specs}]
    result: dict[str, Mission] = {}
    for position, spec in enumerate(specs, start=1):
        values = {"title": spec.title, "instructions": spec.instructions, "is_open": spec.is_open, "position": position}
        mission = existing.get(spec.key)
        if mission is None:
            report.missions_created.append(spec.title)
            mission = Mission(key=spec.key, **values)
            if not dry_run:
                mission.workshop_id = workshop.id
                db.session.add(mission)
        else:
            changed = [str(MISSION_FIELDS[name]) for name, value in values.items() if getattr(mission, name) != value]
            if changed:
                report.missions_updated.append(f"{spec.title} ({', '.join(changed)})")
            else:
                report.missions_unchanged += 1
            if not dry_run:
                for name, value in values.items():
                    setattr(mission, name, value)
        result[spec.key] = mission
    if not dry_run:
        for position, mission in enumerate(others, start=len(specs) + 1):
            mission.position = position
        db.session.flush()
        db.session.refresh(workshop, ["missions"])
    return {**{m.key: m for m in others}, **result}


def _themes_by_name(access: Access, names: set[str], report: ImportReport, dry_run: bool) -> dict[str, Theme]:
    """The consultation's themes by lower-case name, those missing created (unless dry_run)."""
    themes = {theme.name.lower(): theme for theme in db.session.scalars(
        sa.select(Theme).where(Theme.consultation_id == access.consultation.id))}
    for name in sorted(names, key=str.lower):
        if name.lower() not in themes:
            report.themes_created.append(name)
            theme = Theme(consultation_id=access.consultation.id, name=name)
            if not dry_run:
                db.session.add(theme)
            themes[name.lower()] = theme
    if not dry_run and report.themes_created:
        db.session.flush()
    return themes


def _existing_by_key(consultation_id: int, keys: list[str]) -> dict[str, Contribution]:
    found: dict[str, Contribution] = {}
    for start in range(0, len(keys), _CHUNK):
        for contribution in db.session.scalars(
                sa.select(Contribution).where(Contribution.consultation_id == consultation_id,
                                              Contribution.key.in_(keys[start:start + _CHUNK]))
                .options(selectinload(Contribution.themes), selectinload(Contribution.workshop))):
            found[contribution.key] = contribution
    return found


def _sync_post_its(access: Access, workshop: Workshop, missions: dict[str, Mission], specs: list[PostItSpec],
                   report: ImportReport, dry_run: bool, origin: Origin) -> None:
    existing = _existing_by_key(access.consultation.id, [spec.key for spec in specs]) if specs else {}
    problems = [
        Problem(report.file, spec.line, "cle", str(_l("la clé « %(key)s » est déjà celle d'un post-it de l'atelier "
                                                       "« %(title)s ».", key=spec.key,
                                                       title=existing[spec.key].workshop.title)))
        for spec in specs if spec.key in existing and existing[spec.key].workshop_id != workshop.id
    ]
    if problems:
        raise ImportFailed(problems)
    themes = _themes_by_name(access, {name for spec in specs for name in spec.themes}, report, dry_run)
    new, changed = [], []
    for spec in specs:
        contribution = existing.get(spec.key)
        if contribution is None:
            new.append(spec)
        elif _differs(contribution, spec, missions):
            changed.append((contribution, spec))
        else:
            report.post_its_unchanged += 1
    report.post_its_created, report.post_its_updated = len(new), len(changed)
    if dry_run:
        return
    _insert(access, workshop, missions, new, themes, origin)
    for contribution, spec in changed:
        _update(access, contribution, spec, missions, themes)


def _title(spec: PostItSpec) -> str:
    return spec.title or auto_title(spec.text)


def _differs(contribution: Contribution, spec: PostItSpec, missions: dict[str, Mission]) -> bool:
    mission = missions.get(spec.mission_key) if spec.mission_key else None
    return ((contribution.body, contribution.title, contribution.group_label, contribution.author_name,
             contribution.mission_id, {t.name.lower() for t in contribution.themes})
            != (spec.text, _title(spec), spec.group, spec.author, mission.id if mission else None,
                {name.lower() for name in spec.themes}))


def _insert(access: Access, workshop: Workshop, missions: dict[str, Mission], specs: list[PostItSpec],
            themes: dict[str, Theme], origin: Origin) -> None:
    """New post-its in bulk: their rows, first events and themes, then the kept counts once per mission."""
    if not specs:
        return
    now = utcnow()
    score = trend_score(0, 0, now)
    rows = []
    per_mission: dict[int | None, int] = {}
    for spec in specs:
        mission = missions.get(spec.mission_key) if spec.mission_key else None
        mission_id = mission.id if mission else None
        per_mission[mission_id] = per_mission.get(mission_id, 0) + 1
        rows.append(dict(consultation_id=workshop.consultation_id, workshop_id=workshop.id, mission_id=mission_id,
                         author_id=None, title=_title(spec), body=spec.text, excerpt=plain_text(spec.text, EXCERPT_LENGTH),
                         status=ContributionStatus.PUBLISHED, origin=origin, group_label=spec.group,
                         author_name=spec.author, key=spec.key, created_at=now, like_count=0, comment_count=0,
                         trend_score=score, shuffle_key=secrets.randbelow(SHUFFLE_MODULUS)))
    db.session.execute(sa.insert(Contribution), rows)
    ids = {}
    keys = [spec.key for spec in specs]
    for start in range(0, len(keys), _CHUNK):
        ids.update(db.session.execute(sa.select(Contribution.key, Contribution.id).where(
            Contribution.consultation_id == workshop.consultation_id,
            Contribution.key.in_(keys[start:start + _CHUNK]))).all())
    # Their first events, in bulk (a new post-it concerns nobody yet: nothing to notify).
    role = actor_role(access)
    db.session.execute(sa.insert(ContributionEvent), [
        dict(consultation_id=workshop.consultation_id, contribution_id=ids[spec.key], actor_id=access.user_id,
             actor_role=role, kind=EventKind.IMPORTED, new_value=ContributionStatus.PUBLISHED.value, note="",
             created_at=now) for spec in specs])
    links = [dict(contribution_id=ids[spec.key], theme_id=themes[name.lower()].id)
             for spec in specs for name in spec.themes]
    if links:
        db.session.execute(contribution_themes.insert(), links)
    for mission_id, count in per_mission.items():
        adjust_workshop(workshop.id, mission_id, contributions=count)
    similar.remember_after_commit([(ids[spec.key], workshop.consultation_id, _title(spec), spec.text)
                                   for spec in specs])


def _update(access: Access, contribution: Contribution, spec: PostItSpec, missions: dict[str, Mission],
            themes: dict[str, Theme]) -> None:
    mission = missions.get(spec.mission_key) if spec.mission_key else None
    mission_id = mission.id if mission else None
    before = {"title": contribution.title, "body": contribution.body}
    if mission_id != contribution.mission_id and contribution.status == ContributionStatus.PUBLISHED:
        adjust_workshop(contribution.workshop_id, contribution.mission_id, contributions=-1)
        adjust_workshop(contribution.workshop_id, mission_id, contributions=1)
    contribution.mission_id = mission_id
    contribution.title, contribution.body = _title(spec), spec.text
    contribution.excerpt = plain_text(spec.text, EXCERPT_LENGTH)
    contribution.group_label, contribution.author_name = spec.group, spec.author
    contribution.themes = [themes[name.lower()] for name in spec.themes]
    contribution.edited_at = utcnow()
    record(contribution, EventKind.EDITED, access, data=before)
    if (contribution.title, contribution.body) != (before["title"], before["body"]):
        similar.remember([(contribution.id, contribution.consultation_id, contribution.title, contribution.body)])


# -- a workshop as a file -------------------------------------------------------------------

def workshop_spec(workshop: Workshop) -> WorkshopSpec:
    """What a workshop file of this workshop holds: the workshop, its missions, and its post-its of
    the room still on the boards (not what members posted online)."""
    missions = {mission.id: mission for mission in workshop.missions}
    captured = db.session.scalars(
        sa.select(Contribution).where(Contribution.workshop_id == workshop.id, Contribution.origin != Origin.ONLINE,
                                      Contribution.status == ContributionStatus.PUBLISHED)
        .options(selectinload(Contribution.themes)).order_by(Contribution.id))
    post_its = [PostItSpec(key=c.key or f"post-it-{c.id}", text=c.body, title=c.title, group=c.group_label,
                           author=c.author_name, themes=tuple(sorted((t.name for t in c.themes), key=str.lower)),
                           mission_key=missions[c.mission_id].key if c.mission_id in missions else None)
                for c in captured]
    order = {mission.key: mission.position for mission in workshop.missions}
    post_its.sort(key=lambda p: order.get(p.mission_key, 0) if p.mission_key else 10**6)
    return WorkshopSpec(
        key=workshop.key, title=workshop.title, starts_on=workshop.starts_on, start_time=workshop.start_time,
        place=workshop.place, status=workshop.status, description=workshop.description,
        missions=[MissionSpec(m.key, m.title, m.instructions, m.is_open) for m in workshop.missions],
        post_its=post_its)
