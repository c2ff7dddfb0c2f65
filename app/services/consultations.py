"""Consultations, memberships, roles, themes, figures and the who's who."""
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from ..database import written_limit
from ..extensions import db
from ..models import (
    Attendance,
    Consultation,
    Membership,
    Report,
    ReportStatus,
    Role,
    Sector,
    Theme,
    User,
    Visibility,
    Workshop,
    WorkshopStatus,
    contribution_themes,
)
from . import keyset
from .counts import COUNT_LIMIT  # lists count this far, then say "more than"
from .errors import DomainError, NotAllowed
from .permissions import Access, can_create_consultation
from .text import clean_line, clean_text, slugify, sort_key

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def normalize_code(code: str) -> str:
    return "".join(ch for ch in clean_line(code).upper() if ch.isalnum() or ch == "-")


def new_join_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))


# Statements read on every request are built once: SQLAlchemy then skips building them and
# computing their cache key, and finds their compiled SQL at once.
_BY_SLUG = sa.select(Consultation).where(Consultation.slug == sa.bindparam("slug"))
_WITH_ROLE = (
    sa.select(Consultation, Membership.role)
    .outerjoin(Membership, sa.and_(Membership.consultation_id == Consultation.id,
                                   Membership.user_id == sa.bindparam("user_id")))
    .where(Consultation.slug == sa.bindparam("slug"))
)


def get_by_slug(slug: str) -> Consultation | None:
    return db.session.scalar(_BY_SLUG, {"slug": slug})


def find_by_code(code: str) -> Consultation | None:
    code = normalize_code(code or "")
    if not code:
        return None
    return db.session.scalar(sa.select(Consultation).where(Consultation.join_code == code))


def get_with_role(slug: str, user) -> tuple[Consultation | None, Role | None]:
    """The consultation and the user's role in it, in one query."""
    if user is None or not getattr(user, "is_authenticated", False):
        return get_by_slug(slug), None
    row = db.session.execute(_WITH_ROLE, {"slug": slug, "user_id": user.id}).first()
    return (row[0], row[1]) if row else (None, None)


def role_of(user, consultation: Consultation) -> Role | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return db.session.scalar(
        sa.select(Membership.role).where(
            Membership.consultation_id == consultation.id, Membership.user_id == user.id
        )
    )


def _unique_slug(title: str, exclude_id: int | None = None) -> str:
    base = slugify(title) or "concertation"
    slug, n = base, 1
    while True:
        query = sa.select(Consultation.id).where(Consultation.slug == slug)
        if exclude_id is not None:
            query = query.where(Consultation.id != exclude_id)
        if db.session.scalar(query) is None:
            return slug
        n += 1
        slug = f"{base}-{n}"


def _check_code(code: str, exclude_id: int | None = None) -> str:
    code = normalize_code(code) or new_join_code()
    if len(code) < 4:
        raise DomainError(_l("Le code doit comporter au moins 4 lettres ou chiffres."), field="join_code")
    query = sa.select(Consultation.id).where(Consultation.join_code == code)
    if exclude_id is not None:
        query = query.where(Consultation.id != exclude_id)
    if db.session.scalar(query) is not None:
        raise DomainError(_l("Ce code est déjà pris par une autre concertation."), field="join_code")
    return code


def create_consultation(actor: User, title: str, territory: str = "", description: str = "",
                        visibility: Visibility | str = Visibility.PUBLIC, join_code: str = "",
                        slug: str | None = None) -> Consultation:
    if not can_create_consultation(actor):
        raise NotAllowed(_l("Seuls les administrateurs créent des concertations."))
    consultation = Consultation(
        title=clean_line(title),
        slug=slug or _unique_slug(title),
        territory=clean_line(territory),
        description=clean_text(description),
        visibility=Visibility(visibility),
        join_code=_check_code(join_code),
        created_by_id=actor.id,
    )
    db.session.add(consultation)
    db.session.flush()
    return consultation


FLAG_THRESHOLD_MAX = 50


def update_consultation(access: Access, title: str, territory: str, description: str,
                        visibility: Visibility | str, join_code: str, flag_threshold: int | None = None) -> Consultation:
    """Change a consultation; `flag_threshold`: how many members' reports hide a contribution or a
    comment until a facilitator decides (0: never; None: unchanged)."""
    if not access.can_edit_consultation():
        raise NotAllowed(_l("Vous ne pouvez pas modifier cette concertation."))
    consultation = access.consultation
    if flag_threshold is not None:
        if not 0 <= flag_threshold <= FLAG_THRESHOLD_MAX:
            raise DomainError(_l("Un nombre de 0 à %(n)s.", n=FLAG_THRESHOLD_MAX), field="flag_threshold")
        consultation.flag_threshold = flag_threshold
    consultation.join_code = _check_code(join_code, exclude_id=consultation.id)
    consultation.title = clean_line(title)
    consultation.territory = clean_line(territory)
    consultation.description = clean_text(description)
    consultation.visibility = Visibility(visibility)
    db.session.flush()
    return consultation


def join(user: User, consultation: Consultation) -> Membership:
    """Make `user` a member (participant) of `consultation`; joining twice changes nothing."""
    existing = db.session.scalar(
        sa.select(Membership).where(
            Membership.consultation_id == consultation.id, Membership.user_id == user.id
        )
    )
    if existing is not None:
        return existing
    membership = Membership(consultation_id=consultation.id, user_id=user.id, role=Role.PARTICIPANT,
                            sort_name=user.sort_name)
    try:
        with db.session.begin_nested():
            db.session.add(membership)
    except IntegrityError:  # joined at the same moment in another tab
        return db.session.scalar(
            sa.select(Membership).where(
                Membership.consultation_id == consultation.id, Membership.user_id == user.id
            )
        )
    return membership


def consultations_for(user) -> list[tuple[Consultation, Role | None]]:
    """What the home page lists: the user's consultations with their role, then the public ones."""
    mine: list[tuple[Consultation, Role | None]] = []
    if user is not None and getattr(user, "is_authenticated", False):
        rows = db.session.execute(
            sa.select(Consultation, Membership.role)
            .join(Membership, Membership.consultation_id == Consultation.id)
            .where(Membership.user_id == user.id)
            .order_by(Consultation.created_at.desc())
        ).all()
        mine = [(c, role) for c, role in rows]
    seen = {c.id for c, _ in mine}
    others = db.session.scalars(
        sa.select(Consultation)
        .where(sa.true() if getattr(user, "is_admin", False) else Consultation.visibility == Visibility.PUBLIC)
        .order_by(Consultation.created_at.desc())
    ).all()
    return mine + [(c, None) for c in others if c.id not in seen]


@dataclass(frozen=True)
class Figures:
    workshops: int
    participants: int
    contributions: int
    likes: int
    comments: int
    reports: int


_FIGURES = sa.select(  # built once: read on every home page
    sa.func.count(Workshop.id),
    sa.select(sa.func.count(Membership.id)).where(Membership.consultation_id == sa.bindparam("consultation_id"))
    .scalar_subquery(),
    sa.func.coalesce(sa.func.sum(Workshop.contribution_count), 0),
    sa.func.coalesce(sa.func.sum(Workshop.like_count), 0),
    sa.func.coalesce(sa.func.sum(Workshop.comment_count), 0),
    sa.select(sa.func.count(Report.id)).where(Report.consultation_id == sa.bindparam("consultation_id"),
                                              Report.status == ReportStatus.PUBLISHED).scalar_subquery(),
).where(Workshop.consultation_id == sa.bindparam("consultation_id"), Workshop.status != WorkshopStatus.DRAFT)


def figures(consultation: Consultation) -> Figures:
    """The "en chiffres" block, in one query, from the workshops' kept counts (public workshops)."""
    row = db.session.execute(_FIGURES, {"consultation_id": consultation.id}).one()
    return Figures(*(int(value) for value in row))


# -- members and roles ------------------------------------------------------------------------

@dataclass
class PeoplePage:
    """A page of people in name order, with keyset cursors (constant cost at any depth), and how
    many people the list holds, counted up to COUNT_LIMIT (`more`: there are more than `total`)."""
    rows: list
    total: int
    more: bool = False
    next_cursor: str | None = None
    prev_cursor: str | None = None


_PERSON_KEY = (int, str)  # a person's place in name order: (user id, folded name), the name last


def _people_page(query, conditions: list, after: str | None, before: str | None, size: int, user_of) -> PeoplePage:
    """`query` selects from memberships joined to users, where `conditions`; pages follow the
    memberships' name index."""
    window = keyset.Window.of(after, before, _PERSON_KEY)
    order, bound = keyset.ordered((Membership.sort_name, Membership.user_id), False, window.forward,
                                  window.bound is not None)
    parameters = {} if window.bound is None else {"bound_0": window.bound[1], "bound_1": window.bound[0]}
    rows = list(db.session.execute(query.where(*bound).order_by(*order).limit(written_limit(size + 1)),
                                   parameters).all())
    rows, next_cursor, prev_cursor = window.finish(
        rows, size, lambda row: keyset.format_cursor((user_of(row).id, user_of(row).sort_name)))
    counted = sa.select(Membership.id).join(User, User.id == Membership.user_id).where(*conditions)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(
        counted.limit(written_limit(COUNT_LIMIT + 1)).subquery()))
    return PeoplePage(rows=rows, total=min(total, COUNT_LIMIT), more=total > COUNT_LIMIT,
                      next_cursor=next_cursor, prev_cursor=prev_cursor)


def members(consultation: Consultation, role: Role | None = None, q: str = "", after: str | None = None,
            before: str | None = None, size: int = 50) -> PeoplePage:
    """Members with their role, for facilitators: in name order, filtered, page by page."""
    conditions = [Membership.consultation_id == consultation.id]
    if role is not None:
        conditions.append(Membership.role == role)
    q = clean_line(q)
    if q:
        pattern = f"%{sort_key(q)}%"
        conditions.append(sa.or_(Membership.sort_name.like(pattern), sa.func.lower(User.organisation).like(f"%{q.lower()}%")))
    query = (sa.select(Membership, User).join(User, User.id == Membership.user_id).where(*conditions)
             .options(sa.orm.contains_eager(Membership.user)))
    page = _people_page(query, conditions, after, before, size, lambda row: row[1])
    page.rows = [membership for membership, _ in page.rows]
    return page


def all_members(consultation: Consultation) -> list[Membership]:
    """Every member, in name order (for forms that list them all, such as attendance)."""
    return list(db.session.scalars(
        sa.select(Membership).join(User, User.id == Membership.user_id)
        .where(Membership.consultation_id == consultation.id)
        .options(sa.orm.contains_eager(Membership.user)).order_by(Membership.sort_name, Membership.user_id)))


def get_membership(consultation: Consultation, membership_id: int) -> Membership | None:
    membership = db.session.get(Membership, membership_id)
    if membership is None or membership.consultation_id != consultation.id:
        return None
    return membership


def set_role(access: Access, membership: Membership, role: Role | str) -> None:
    role = Role(role)
    if membership.consultation_id != access.consultation.id or not access.can_assign_role(role):
        raise NotAllowed(_l("Vous ne pouvez pas attribuer ce rôle."))
    if membership.user_id == access.user_id and not access.is_admin and role != Role.FACILITATOR:
        raise DomainError(_l("Vous ne pouvez pas retirer votre propre rôle d'animateur ou d'animatrice."))
    membership.role = role
    db.session.flush()


@dataclass(frozen=True)
class DirectoryEntry:
    user: User
    role: Role
    workshops: list[Workshop]


def directory(consultation: Consultation, sector: Sector | str | None = None, after: str | None = None,
              before: str | None = None, size: int = 48) -> PeoplePage:
    """The who's who: members who chose to appear, in name order, page by page, each with the
    workshops they attended (three queries whatever the number of members)."""
    conditions = [Membership.consultation_id == consultation.id, User.show_in_directory.is_(True)]
    if sector:
        conditions.append(User.sector == Sector(sector))
    query = sa.select(User, Membership.role).select_from(Membership).join(User, User.id == Membership.user_id).where(*conditions)
    page = _people_page(query, conditions, after, before, size, lambda row: row[0])
    attended: dict[int, list[Workshop]] = {}
    if page.rows:
        pairs = db.session.execute(
            sa.select(Attendance.user_id, Workshop)
            .join(Workshop, Workshop.id == Attendance.workshop_id)
            .where(
                Workshop.consultation_id == consultation.id,
                Workshop.status != WorkshopStatus.DRAFT,
                Attendance.user_id.in_([user.id for user, _ in page.rows]),
            )
            .order_by(Workshop.starts_on, Workshop.start_time, Workshop.id)
        ).all()
        for user_id, workshop in pairs:
            attended.setdefault(user_id, []).append(workshop)
    page.rows = [DirectoryEntry(user, role, attended.get(user.id, [])) for user, role in page.rows]
    return page


# -- themes -----------------------------------------------------------------------------------

def _theme_name(name: str) -> str:
    name = clean_line(name)
    if not name:
        raise DomainError(_l("Donnez un nom au thème."), field="name")
    if len(name) > 60:
        raise DomainError(_l("60 caractères au plus."), field="name")
    return name


def _check_theme_unique(consultation: Consultation, name: str, exclude_id: int | None = None) -> None:
    query = sa.select(Theme.id).where(
        Theme.consultation_id == consultation.id, sa.func.lower(Theme.name) == name.lower()
    )
    if exclude_id is not None:
        query = query.where(Theme.id != exclude_id)
    if db.session.scalar(query) is not None:
        raise DomainError(_l("Ce thème existe déjà."), field="name")


def add_theme(access: Access, name: str) -> Theme:
    if not access.can_manage():
        raise NotAllowed(_l("Seule l'équipe d'animation gère les thèmes."))
    name = _theme_name(name)
    _check_theme_unique(access.consultation, name)
    theme = Theme(consultation_id=access.consultation.id, name=name)
    db.session.add(theme)
    db.session.flush()
    return theme


def rename_theme(access: Access, theme: Theme, name: str) -> None:
    if not access.can_manage() or theme.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Seule l'équipe d'animation gère les thèmes."))
    name = _theme_name(name)
    _check_theme_unique(access.consultation, name, exclude_id=theme.id)
    theme.name = name
    db.session.flush()


def delete_theme(access: Access, theme: Theme) -> None:
    """Remove a theme; the contributions keep everything else."""
    if not access.can_manage() or theme.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Seule l'équipe d'animation gère les thèmes."))
    db.session.delete(theme)
    db.session.flush()


def themes_with_counts(consultation: Consultation) -> list[tuple[Theme, int]]:
    rows = db.session.execute(
        sa.select(Theme, sa.func.count(contribution_themes.c.contribution_id))
        .outerjoin(contribution_themes, contribution_themes.c.theme_id == Theme.id)
        .where(Theme.consultation_id == consultation.id)
        .group_by(Theme.id)
        .order_by(Theme.name)
    ).all()
    return [(theme, count) for theme, count in rows]


_THEME_CHOICES = (sa.select(Theme.id, Theme.name).where(Theme.consultation_id == sa.bindparam("consultation_id"))
                  .order_by(Theme.name))


def theme_choices(consultation: Consultation) -> list[tuple[int, str]]:
    """(id, name) of the consultation's themes, in name order (for the boards' filter)."""
    return [tuple(row) for row in db.session.execute(_THEME_CHOICES, {"consultation_id": consultation.id})]


def get_theme(consultation: Consultation, theme_id: int) -> Theme | None:
    theme = db.session.get(Theme, theme_id)
    return theme if theme is not None and theme.consultation_id == consultation.id else None
