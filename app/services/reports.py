"""Reports: the minutes (compte-rendu) and syntheses of a workshop or of a consultation, drafted,
published, and their live blocks, computed from live data while a draft and frozen at publication
so that a published report never changes by itself."""
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload, undefer

from ..extensions import db
from ..models import Contribution, ContributionStatus, Mission, Report, ReportKind, ReportStatus, Workshop, WorkshopStatus
from ..models.base import utcnow
from . import boards, notifications, votes
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import Directive, clean_line, clean_text, directives

TITLE_MAX = 200
AUTHORS_MAX = 200
BODY_MAX = 100_000


def _require_writer(access: Access) -> None:
    if not access.can_write_reports():
        raise NotAllowed(_l("Seule l'équipe d'animation rédige les comptes-rendus et les synthèses."))


def _validated(title: str, body: str, authors: str) -> tuple[str, str, str]:
    title, body, authors = clean_line(title), clean_text(body), clean_line(authors)
    if not title:
        raise DomainError(_l("Donnez un titre au document."), field="title")
    if len(title) > TITLE_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=TITLE_MAX), field="title")
    if len(authors) > AUTHORS_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=AUTHORS_MAX), field="authors")
    if len(body) > BODY_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=BODY_MAX), field="body")
    return title, body, authors


# -- reading --------------------------------------------------------------------------------

def list_reports(access: Access, workshop: Workshop | None = None, limit: int | None = None) -> list[Report]:
    """The reports of a workshop (or of the whole consultation, workshop reports included), the
    published ones newest first, after the drafts for the facilitators who see them."""
    query = (sa.select(Report).join(Workshop, Workshop.id == Report.workshop_id, isouter=True)
             .where(Report.consultation_id == access.consultation.id)
             .options(undefer(Report.attachment_count), joinedload(Report.workshop))
             .order_by(Report.status, Report.published_at.desc(), Report.id.desc()))
    if workshop is not None:
        query = query.where(Report.workshop_id == workshop.id)
    if not access.is_facilitator:
        query = query.where(Report.status == ReportStatus.PUBLISHED,
                            sa.or_(Report.workshop_id.is_(None), Workshop.status != WorkshopStatus.DRAFT))
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def get_report(access: Access, report_id: int) -> Report | None:
    report = db.session.scalar(sa.select(Report).where(Report.id == report_id,
                                                       Report.consultation_id == access.consultation.id)
                               .options(joinedload(Report.workshop), selectinload(Report.attachments)))
    return report if report is not None and access.can_view_report(report) else None


# -- writing --------------------------------------------------------------------------------

def create_report(access: Access, workshop: Workshop | None, kind: ReportKind | str, title: str, body: str,
                  authors: str) -> Report:
    _require_writer(access)
    if workshop is not None and workshop.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Cet atelier n'est pas dans cette concertation."))
    title, body, authors = _validated(title, body, authors)
    report = Report(consultation_id=access.consultation.id, workshop_id=workshop.id if workshop else None,
                    kind=ReportKind(kind), title=title, body=body, authors=authors, created_by_id=access.user_id,
                    status=ReportStatus.DRAFT)
    db.session.add(report)
    db.session.flush()
    return report


def update_report(access: Access, report: Report, title: str, body: str, authors: str) -> None:
    """Save a report. A published one keeps its frozen blocks; a block added since is frozen now."""
    _require_writer(access)
    report.title, report.body, report.authors = _validated(title, body, authors)
    report.updated_at = utcnow()
    if report.is_published:
        frozen = _frozen(report)
        report.frozen_blocks = _freeze(access, report, keep=frozen)
    db.session.flush()


def body_hash(body: str) -> str:
    return hashlib.sha256((body or "").encode()).hexdigest()


def unchanged_draft(report: Report) -> bool:
    """A synthesis drafted by the assistant that nobody has changed yet."""
    return report.drafted_hash is not None and body_hash(report.body) == report.drafted_hash


def publish_report(access: Access, report: Report, published_at: datetime | None = None) -> None:
    """Publish: members see it; its live blocks are frozen as they stand now. A draft of the
    assistant is published only once a facilitator has changed it."""
    _require_writer(access)
    if report.is_published:
        return
    if unchanged_draft(report):
        raise DomainError(_l("Ce brouillon a été rédigé automatiquement : relisez-le et modifiez-le avant de le "
                             "publier."))
    report.status = ReportStatus.PUBLISHED
    report.published_at = published_at or utcnow()
    report.frozen_blocks = _freeze(access, report)
    db.session.flush()
    if report.workshop is None or report.workshop.status != WorkshopStatus.DRAFT:  # members can read it
        notifications.notify_report(report, access.user_id)


def unpublish_report(access: Access, report: Report) -> None:
    """Back to a draft: members no longer see it, and its blocks follow the live data again."""
    _require_writer(access)
    report.status, report.published_at, report.frozen_blocks = ReportStatus.DRAFT, None, ""
    db.session.flush()


def synthesis_template(workshop: Workshop) -> str:
    """The draft of a workshop's synthesis: three headings, and a live block per mission (and the
    result of its dot vote, when the room voted on it)."""
    voted = votes.voted_missions(workshop)
    lines = [str(_l("## Le but de l'atelier")), "", str(_l("Ce que l'atelier cherchait, qui était là.")), "",
             str(_l("## Ce qui en est sorti")), ""]
    for number, mission in enumerate(workshop.missions, start=1):
        lines += [f"### {_l('Mission %(n)s : %(title)s', n=number, title=mission.title)}", "",
                  str(_l("Ce que les groupes ont proposé, les idées qui reviennent, les désaccords.")), "",
                  f"[[plus-aimees mission={mission.key} nombre=3]]", ""]
        if mission.id in voted:
            lines += [f"[[gommettes mission={mission.key} nombre=5]]", ""]
    if not workshop.missions:
        lines += [f"[[plus-aimees atelier={workshop.key} nombre=5]]", ""]
    lines += [str(_l("## Et maintenant ?")), "", str(_l("Ce qui sera fait des propositions, par qui, quand."))]
    return "\n".join(lines)


# -- live blocks --------------------------------------------------------------------------------

@dataclass
class BlockData:
    """A live block's content, without its links: what is frozen at publication."""
    title: str
    items: list[dict] = field(default_factory=list)  # {"id", "title", "by", "likes"} or "dots" for a vote
    as_of: str = ""  # ISO date of the freeze; "" while live
    missing: str = ""


def _by(card) -> str:
    if card.is_guest:
        return card.author_name
    if card.is_captured:
        return card.author_name or card.group_label or str(_l("Post-it de l'atelier"))
    return card.author.display_name if card.author else str(_l("Participant·e anonyme"))


def _scope(access: Access, report: Report, directive: Directive) -> tuple[Workshop | None, Mission | None, str]:
    """The workshop and mission a directive points at, or why it points at nothing."""
    workshop = report.workshop
    if directive.workshop:
        workshop = db.session.scalar(sa.select(Workshop).where(Workshop.consultation_id == access.consultation.id,
                                                               Workshop.key == directive.workshop))
        if workshop is None or not access.can_view_workshop(workshop):
            return None, None, str(_l("aucun atelier n'a la clé « %(key)s ».", key=directive.workshop))
    if directive.mission:
        if workshop is None:
            return None, None, str(_l("indiquez l'atelier de la mission : [[plus-aimees atelier=… mission=%(key)s]].",
                                      key=directive.mission))
        mission = next((m for m in workshop.missions if m.key == directive.mission), None)
        if mission is None:
            keys = ", ".join(m.key for m in workshop.missions) or "—"
            return workshop, None, str(_l("l'atelier n'a pas de mission « %(key)s » (ses missions : %(keys)s).",
                                          key=directive.mission, keys=keys))
        return workshop, mission, ""
    return workshop, None, ""


def _compute(access: Access, report: Report, directive: Directive) -> BlockData:
    workshop, mission, missing = _scope(access, report, directive)
    if mission is not None:
        number = workshop.missions.index(mission) + 1
        where = str(_l("Mission %(n)s : %(title)s", n=number, title=mission.title))
    elif workshop is not None:
        where = str(_l("atelier « %(title)s »", title=workshop.title))
    else:
        where = str(_l("toute la concertation"))
    if missing:
        return BlockData(title=str(_l("Bloc « %(source)s »", source=directive.source)), missing=missing)
    if directive.kind == "dots":
        return _dot_vote_block(access, directive, mission, where)
    title = str(_l("Les contributions les plus aimées — %(where)s", where=where))
    filters = boards.BoardFilters(access.consultation, workshop=workshop, mission=mission,
                                  include_drafts=access.is_facilitator)
    cards = boards.board(filters, boards.Sort.LIKED, page_size=directive.count, with_total=False).items
    items = [{"id": c.id, "title": c.title, "by": _by(c), "likes": c.like_count} for c in cards if c.like_count]
    return BlockData(title=title, items=items)


def _dot_vote_block(access: Access, directive: Directive, mission: Mission | None, where: str) -> BlockData:
    """The result of the last dot vote on a mission (the contributions with dots, most first)."""
    if mission is None:
        return BlockData(title=str(_l("Bloc « %(source)s »", source=directive.source)),
                         missing=str(_l("indiquez la mission du vote : [[gommettes mission=…]].")))
    vote = votes.last_vote_of_mission(mission)
    title = str(_l("Vote par gommettes — %(where)s", where=where))
    if vote is None:
        return BlockData(title=title, missing=str(_l("aucun vote par gommettes sur cette mission pour l'instant.")))
    ranked = votes.ranking(vote, limit=directive.count)
    cards = {card.id: card for card in boards.cards_where(
        access.consultation, Contribution.id.in_([cid for cid, _ in ranked]),
        Contribution.status == ContributionStatus.PUBLISHED)}
    items = [{"id": cid, "title": cards[cid].title, "by": _by(cards[cid]), "dots": dots}
             for cid, dots in ranked if cid in cards]
    return BlockData(title=title, items=items)


def _frozen(report: Report) -> dict[str, BlockData]:
    if not report.frozen_blocks:
        return {}
    data = json.loads(report.frozen_blocks)
    return {source: BlockData(**block) for source, block in data.get("blocks", {}).items()}


def _freeze(access: Access, report: Report, keep: dict[str, BlockData] | None = None) -> str:
    keep = keep or {}
    today = utcnow().date().isoformat()
    blocks = {}
    for directive in directives(report.body):
        block = keep.get(directive.source) or _compute(access, report, directive)
        if not block.as_of:
            block.as_of = today
        blocks[directive.source] = block.__dict__
    return json.dumps({"version": 1, "blocks": blocks}, ensure_ascii=False, sort_keys=True)


def blocks_of(access: Access, report: Report | None, body: str, workshop: Workshop | None = None
              ) -> dict[str, BlockData]:
    """The live blocks of `body` (a report's, or the text of a new one being previewed, about
    `workshop`): frozen when the report is published, else computed now (one board query each)."""
    if report is not None and report.is_published and body == report.body:
        frozen = _frozen(report)
        return {d.source: frozen[d.source] for d in directives(body) if d.source in frozen}
    target = report or Report(consultation_id=access.consultation.id, workshop=workshop)
    frozen = _frozen(report) if report is not None else {}
    return {d.source: frozen.get(d.source) or _compute(access, target, d) for d in directives(body)}
