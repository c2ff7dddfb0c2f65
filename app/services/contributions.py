"""Contributions: posting (online, or a post-it of the room typed in), editing, and reading one
contribution. Its status, outcome and merges change through services.lifecycle; boards are in
services.boards, kept counts in services.counts."""
import secrets
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import (
    Consultation,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Mission,
    Origin,
    Theme,
    Workshop,
    WorkshopStatus,
)
from ..models.base import utcnow
from .boards import SHUFFLE_MODULUS
from .counts import adjust_workshop, touch_workshop, trend_score
from .errors import DomainError, NotAllowed
from .lifecycle import record
from . import similar
from .permissions import Access, guest_may_take_part
from .text import clean_line, clean_text, plain_text

TITLE_MAX = 140
BODY_MAX = 5000
EXCERPT_LENGTH = 240


# -- writing ------------------------------------------------------------------------------------

def _validated(title: str, body: str) -> tuple[str, str]:
    title, body = clean_line(title), clean_text(body)
    if not title:
        raise DomainError(_l("Donnez un titre à votre contribution."), field="title")
    if len(title) > TITLE_MAX:
        raise DomainError(_l("Le titre fait au plus %(n)s caractères.", n=TITLE_MAX), field="title")
    if len(body) > BODY_MAX:
        raise DomainError(_l("Le texte fait au plus %(n)s caractères.", n=BODY_MAX), field="body")
    return title, body


def _themes(consultation: Consultation, theme_ids) -> list[Theme]:
    ids = {int(i) for i in theme_ids or ()}
    if not ids:
        return []
    themes = list(db.session.scalars(
        sa.select(Theme).where(Theme.consultation_id == consultation.id, Theme.id.in_(ids))
    ))
    if len(themes) != len(ids):
        raise DomainError(_l("Choisissez des thèmes de la liste."), field="themes")
    return themes


def _create(access: Access, workshop: Workshop, mission: Mission | None, kind: EventKind, created_at: datetime,
            event_role: str = "", event_data: dict | None = None, **values) -> Contribution:
    """A new published contribution, its first event, the kept counts and its vector: every way in
    goes here."""
    method, vectors = similar.vectors_of([(values["title"], values["body"])])
    contribution = Contribution(
        consultation_id=workshop.consultation_id,
        workshop=workshop,
        mission=mission,
        excerpt=plain_text(values["body"], EXCERPT_LENGTH),
        created_at=created_at,
        trend_score=trend_score(0, 0, created_at),
        shuffle_key=secrets.randbelow(SHUFFLE_MODULUS),
        **values,
    )
    db.session.add(contribution)
    db.session.flush()
    record(contribution, kind, access, new=ContributionStatus.PUBLISHED.value, created_at=created_at,
           role=event_role, data=event_data)
    adjust_workshop(workshop.id, mission.id if mission else None, contributions=1)
    similar.store(method, [(contribution.id, contribution.consultation_id)], vectors)
    return contribution


def post_contribution(access: Access, workshop: Workshop, mission: Mission | None, title: str,
                      body: str, theme_ids=(), created_at: datetime | None = None) -> Contribution:
    if workshop.consultation_id != access.consultation.id or not access.can_post(workshop, mission):
        raise NotAllowed(_l("Les contributions ne sont pas ouvertes ici."))
    title, body = _validated(title, body)
    return _create(access, workshop, mission, EventKind.POSTED, created_at or utcnow(), author_id=access.user_id,
                   title=title, body=body, origin=Origin.ONLINE, themes=_themes(access.consultation, theme_ids))


# -- post-its of the room, typed in one after the other; ideas of its guests ----------------------

GROUP_MAX = 60
AUTHOR_NAME_MAX = 80


def first_words(text: str) -> str:
    """The title of a post-it given none: its first words."""
    return plain_text(text, 80)[:TITLE_MAX]


def capture_post_it(access: Access, workshop: Workshop, mission: Mission | None, text: str, title: str = "",
                    group_label: str = "", author_name: str = "", theme_ids=()) -> Contribution:
    """A post-it of the room typed in by a facilitator: no author account; the group and the name
    written on it, if any. Not held by the members' posting limit (the view has its own)."""
    if workshop.consultation_id != access.consultation.id or not access.can_capture(workshop) or (
            mission is not None and mission.workshop_id != workshop.id):
        raise NotAllowed(_l("Seule l'équipe d'animation saisit les post-it de l'atelier."))
    text = clean_text(text)
    if not text:
        raise DomainError(_l("Tapez le texte du post-it."), field="text")
    title, body = _validated(title or first_words(text), text)
    group_label, author_name = clean_line(group_label), clean_line(author_name)
    if len(group_label) > GROUP_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=GROUP_MAX), field="group_label")
    if len(author_name) > AUTHOR_NAME_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=AUTHOR_NAME_MAX), field="author_name")
    return _create(access, workshop, mission, EventKind.CAPTURED, utcnow(), author_id=None, title=title, body=body,
                   origin=Origin.ROOM, group_label=group_label, author_name=author_name,
                   key=f"saisie-{secrets.token_hex(6)}", themes=_themes(access.consultation, theme_ids))


def post_as_guest(access: Access, guest, room, workshop: Workshop, mission: Mission | None,
                  text: str) -> Contribution:
    """An idea posted from a phone in the room by a guest without an account: signed with the name
    they gave, marked as a guest's, moderated like any other. Its first words are its title."""
    if (workshop.consultation_id != access.consultation.id or guest.workshop_id != workshop.id
            or not guest_may_take_part(room, workshop)
            or (mission is not None and (mission.workshop_id != workshop.id or not mission.is_open))):
        raise NotAllowed(_l("La participation des invités est fermée pour cet atelier."))
    text = clean_text(text)
    if not text:
        raise DomainError(_l("Écrivez votre idée."), field="text")
    title, body = _validated(first_words(text), text)
    return _create(access, workshop, mission, EventKind.POSTED, utcnow(), event_role="guest",
                   event_data={"name": guest.name}, author_id=None, guest_id=guest.id, title=title, body=body,
                   origin=Origin.GUEST, author_name=guest.name)


def undo_capture(access: Access, contribution: Contribution) -> None:
    """Take back a post-it just typed in (a typo, the wrong mission): it goes, with its history.
    Only while nobody has liked or commented it: then nothing of anyone else is lost."""
    if not access.can_undo_capture(contribution):
        raise NotAllowed(_l("Cette saisie ne peut plus être annulée : elle a reçu des j'aime ou des commentaires."))
    if contribution.status == ContributionStatus.PUBLISHED:
        adjust_workshop(contribution.workshop_id, contribution.mission_id, contributions=-1)
    db.session.delete(contribution)
    db.session.flush()


_RECENT_CAPTURES = (
    sa.select(Contribution)
    .join(ContributionEvent, ContributionEvent.contribution_id == Contribution.id)
    .where(Contribution.workshop_id == sa.bindparam("workshop_id"), ContributionEvent.kind == EventKind.CAPTURED,
           ContributionEvent.actor_id == sa.bindparam("actor_id"))
    .options(joinedload(Contribution.mission))
    .order_by(Contribution.id.desc())
)


def recent_captures(access: Access, workshop: Workshop, limit: int = 10) -> list[Contribution]:
    """The last post-its this facilitator typed into this workshop, newest first."""
    return list(db.session.scalars(_RECENT_CAPTURES.limit(limit), {"workshop_id": workshop.id,
                                                                   "actor_id": access.user_id}))


def edit_contribution(access: Access, contribution: Contribution, title: str, body: str, theme_ids=()) -> bool:
    """Save the author's changes; returns False (and records nothing) when nothing changed. The
    event keeps the title and text as they were, so that the history shows what changed."""
    if not access.can_edit_contribution(contribution):
        raise NotAllowed(_l("Vous ne pouvez pas modifier cette contribution."))
    title, body = _validated(title, body)
    themes = _themes(access.consultation, theme_ids)
    if (title, body, {t.id for t in themes}) == (contribution.title, contribution.body,
                                                 {t.id for t in contribution.themes}):
        return False
    before = {key: value for key, value, new in (("title", contribution.title, title),
                                                 ("body", contribution.body, body)) if value != new}
    method, vectors = similar.vectors_of([(title, body)]) if before else (None, None)
    contribution.title, contribution.body, contribution.themes = title, body, themes
    contribution.excerpt = plain_text(body, EXCERPT_LENGTH)
    contribution.edited_at = utcnow()
    db.session.flush()
    touch_workshop(contribution.workshop_id)
    record(contribution, EventKind.EDITED, access, data=before or None)
    if before:
        similar.store(method, [(contribution.id, contribution.consultation_id)], vectors)
    return True


# -- reading ------------------------------------------------------------------------------------

_CONTRIBUTION = (  # built once (read on every contribution page, like and comment)
    sa.select(Contribution)
    .where(Contribution.id == sa.bindparam("id"), Contribution.consultation_id == sa.bindparam("consultation_id"))
    .options(joinedload(Contribution.workshop))
)
_CONTRIBUTION_FOR_PAGE = _CONTRIBUTION.options(
    joinedload(Contribution.author), joinedload(Contribution.mission), selectinload(Contribution.themes))


def get_contribution(access: Access, contribution_id: int, for_page: bool = True) -> Contribution | None:
    """The contribution if it belongs to this consultation and this access may see it; with what
    its page shows (author, mission, themes) unless `for_page` is False (a like needs none of it)."""
    contribution = db.session.scalar(_CONTRIBUTION_FOR_PAGE if for_page else _CONTRIBUTION,
                                     {"id": contribution_id, "consultation_id": access.consultation.id})
    if contribution is None or not access.can_view_contribution(contribution):
        return None
    return contribution


def get_in_workshop(workshop: Workshop, contribution_id: int) -> Contribution | None:
    """A contribution of this workshop (the room's pages: whoever holds its code sees its workshop)."""
    contribution = db.session.get(Contribution, contribution_id)
    return contribution if contribution is not None and contribution.workshop_id == workshop.id else None


def authored_in(access: Access, workshop: Workshop, limit: int = 10) -> list[Contribution]:
    """This member's contributions in a workshop, newest first."""
    if access.user_id is None:
        return []
    return list(db.session.scalars(sa.select(Contribution).where(
        Contribution.workshop_id == workshop.id, Contribution.author_id == access.user_id)
        .order_by(Contribution.id.desc()).limit(limit)))


def visible_titles(access: Access, ids) -> dict[int, str]:
    """The titles of those of `ids` that are contributions this access sees on the boards of its
    consultation (what #123 in a text may link to)."""
    ids = sorted({int(i) for i in ids if 0 < int(i) < 2**31})
    if not ids:
        return {}
    query = (sa.select(Contribution.id, Contribution.title).join(Workshop, Workshop.id == Contribution.workshop_id)
             .where(Contribution.id.in_(ids), Contribution.consultation_id == access.consultation.id,
                    Contribution.status == ContributionStatus.PUBLISHED))
    if not access.is_facilitator:
        query = query.where(Workshop.status != WorkshopStatus.DRAFT)
    return dict(db.session.execute(query).all())
