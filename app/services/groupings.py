"""Themes for a facilitator: the contributions of a workshop, a mission or the whole concertation
grouped by meaning (services/themes.py), kept as a grouping that the facilitator edits (rename,
move a contribution, merge or split groups) and saves as the concertation's themes.

Every published contribution of the scope lands in exactly one group, "Divers" included; groups
are shown by support (likes and comments of their contributions). Near-identical pairs inside a
group are offered for a merge, which goes through the merge of lifecycle.py: never done here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import (
    Contribution,
    ContributionStatus,
    Grouping,
    GroupingGroup,
    GroupingMember,
    Mission,
    Theme,
    Workshop,
    contribution_themes,
)
from ..models.base import utcnow
from . import consultations, embeddings, similar, themes
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_line

LABEL_MAX = 120
# A group's contributions listed at first (the most supported; the others on demand), and how many
# of them are compared two by two for near-identical pairs.
SHOWN_PER_GROUP = 25
COMPARED_PER_GROUP = 300
# A group's label as a theme of the concertation: as long as the themes' names may be.
THEME_NAME_MAX = Theme.__table__.c.name.type.length


def require_facilitator(access: Access) -> None:
    if not access.is_facilitator:
        raise NotAllowed(_l("Seule l'équipe d'animation regroupe les contributions."))


def _scope_query(consultation_id: int, workshop: Workshop | None, mission: Mission | None):
    query = (sa.select(Contribution.id, Contribution.title, Contribution.body)
             .where(Contribution.consultation_id == consultation_id,
                    Contribution.status == ContributionStatus.PUBLISHED)
             .order_by(Contribution.id))
    if mission is not None:
        query = query.where(Contribution.mission_id == mission.id)
    elif workshop is not None:
        query = query.where(Contribution.workshop_id == workshop.id)
    return query


def input_hash(method: str, rows) -> str:
    """What a grouping was computed from: the method, and each contribution's id, title and text."""
    digest = hashlib.sha256(method.encode())
    for contribution_id, title, body in rows:
        digest.update(f"\x1e{contribution_id}\x1f{title}\x1f{body}".encode())
    return digest.hexdigest()


def is_current(grouping: Grouping) -> bool:
    """Whether the scope's published contributions (ids, titles, texts) and the method are still
    those the grouping was computed from."""
    rows = db.session.execute(_scope_query(grouping.consultation_id, grouping.workshop, grouping.mission)).all()
    return input_hash(embeddings.method(), rows) == grouping.input_hash


def propose(access: Access, workshop: Workshop | None = None, mission: Mission | None = None) -> Grouping:
    """Group the published contributions of the scope by meaning, as a new grouping."""
    require_facilitator(access)
    consultation_id = access.consultation.id
    if mission is not None:
        workshop = mission.workshop
    if workshop is not None and workshop.consultation_id != consultation_id:
        raise NotAllowed(_l("Cet atelier n'est pas dans cette concertation."))
    rows = db.session.execute(_scope_query(consultation_id, workshop, mission)).all()
    if not rows:
        raise DomainError(_l("Il n'y a encore aucune contribution publiée à regrouper ici."))
    method = embeddings.method()
    ids = [row.id for row in rows]
    vectors = similar.vectors_for(consultation_id, rows)
    texts = [embeddings.text_of(row.title, row.body) for row in rows]
    grouping = Grouping(consultation_id=consultation_id, workshop_id=workshop.id if workshop else None,
                        mission_id=mission.id if mission else None, method=method,
                        input_hash=input_hash(method, rows), created_by_id=access.user_id)
    db.session.add(grouping)
    db.session.flush()
    members = []
    for position, found in enumerate(themes.group(vectors, texts)):
        group = GroupingGroup(grouping_id=grouping.id, position=position, label=found.label[:LABEL_MAX],
                              misc=found.misc)
        db.session.add(group)
        db.session.flush()
        members.extend(dict(grouping_id=grouping.id, contribution_id=ids[p], group_id=group.id)
                       for p in found.members)
    db.session.execute(sa.insert(GroupingMember), members)
    return grouping


# -- reading ----------------------------------------------------------------------------------------

@dataclass
class GroupView:
    group: GroupingGroup
    contributions: list  # rows: id, title, excerpt, like_count, comment_count
    likes: int
    comments: int
    near_identical: list  # (row, row, similarity): offered for a merge


def get_grouping(access: Access, grouping_id: int) -> Grouping | None:
    if not access.is_facilitator:
        return None
    return db.session.scalar(sa.select(Grouping).where(Grouping.id == grouping_id,
                                                       Grouping.consultation_id == access.consultation.id))


def groupings(access: Access, limit: int = 20) -> list[Grouping]:
    """The concertation's groupings, the newest first, with what they were made of (their names)."""
    return list(db.session.scalars(
        sa.select(Grouping).where(Grouping.consultation_id == access.consultation.id)
        .options(selectinload(Grouping.workshop), selectinload(Grouping.mission).joinedload(Mission.workshop))
        .order_by(Grouping.id.desc()).limit(limit)))


def view(grouping: Grouping) -> list[GroupView]:
    """The groups with their published contributions (most supported first in each), the most
    supported groups first and "Divers" last; near-identical pairs found inside each group."""
    rows = db.session.execute(
        sa.select(GroupingMember.group_id, Contribution.id, Contribution.title, Contribution.excerpt,
                  Contribution.like_count, Contribution.comment_count)
        .join(Contribution, Contribution.id == GroupingMember.contribution_id)
        .where(GroupingMember.grouping_id == grouping.id, Contribution.status == ContributionStatus.PUBLISHED)
        .order_by(Contribution.like_count.desc(), Contribution.id)).all()
    by_group: dict[int, list] = {}
    for row in rows:
        by_group.setdefault(row.group_id, []).append(row)
    vectors = similar.stored(grouping.method, [row.id for members in by_group.values()
                                               for row in members[:COMPARED_PER_GROUP]])
    views = [GroupView(group, members, sum(r.like_count for r in members), sum(r.comment_count for r in members),
                       _near_identical(members, vectors))
             for group in grouping.groups for members in [by_group.get(group.id, [])]]
    views.sort(key=lambda v: by_support(v.group, v.contributions))
    return views


def by_support(group: GroupingGroup, contributions: list) -> tuple:
    """The order of groups: the most supported first (likes and comments of their contributions),
    "Divers" last whatever its support."""
    return group.misc, -sum(c.like_count + c.comment_count for c in contributions), group.position


def _near_identical(members: list, vectors: dict[int, bytes], most: int = 5) -> list:
    known = [row for row in members if row.id in vectors]  # the first COMPARED_PER_GROUP, read by view()
    if len(known) < 2:
        return []
    matrix = embeddings.unpack([vectors[row.id] for row in known])
    similarity = matrix @ matrix.T
    pairs = [(known[i], known[j], float(similarity[i, j]))
             for i in range(len(known)) for j in range(i + 1, len(known))
             if similarity[i, j] >= themes.NEAR_IDENTICAL]
    return sorted(pairs, key=lambda pair: -pair[2])[:most]


# -- editing ----------------------------------------------------------------------------------------

def _group(grouping: Grouping, group_id) -> GroupingGroup:
    group = next((g for g in grouping.groups if str(g.id) == str(group_id)), None)
    if group is None:
        raise DomainError(_l("Choisissez un groupe de ce regroupement."), field="group")
    return group


def _label(label: str) -> str:
    label = clean_line(label or "")
    if not label:
        raise DomainError(_l("Donnez un nom au groupe."), field="label")
    if len(label) > LABEL_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=LABEL_MAX), field="label")
    return label


def _edited(grouping: Grouping) -> None:
    """After a change: groups left empty go, the positions follow the order, the date moves."""
    counts = dict(db.session.execute(sa.select(GroupingMember.group_id, sa.func.count()).where(
        GroupingMember.grouping_id == grouping.id).group_by(GroupingMember.group_id)).all())
    for group in list(grouping.groups):
        if not counts.get(group.id):
            grouping.groups.remove(group)
    for position, group in enumerate(grouping.groups):
        group.position = position
    grouping.updated_at = utcnow()
    db.session.flush()


def rename(access: Access, grouping: Grouping, group_id, label: str) -> GroupingGroup:
    require_facilitator(access)
    group = _group(grouping, group_id)
    group.label = _label(label)
    _edited(grouping)
    return group


def move(access: Access, grouping: Grouping, contribution_ids, group_id, source_id=None) -> GroupingGroup:
    """Put the chosen contributions (of the group `source_id`, when given) in another group."""
    require_facilitator(access)
    target = _group(grouping, group_id) if group_id else None
    if target is None:
        raise DomainError(_l("Choisissez le groupe où les mettre."), field="group")
    chosen = sorted({int(i) for i in contribution_ids or () if str(i).isdigit() and int(i) < 2**31})
    if not chosen:
        raise DomainError(_l("Cochez les contributions à déplacer."), field="ids")
    where = [GroupingMember.grouping_id == grouping.id, GroupingMember.contribution_id.in_(chosen)]
    if source_id is not None:
        where.append(GroupingMember.group_id == _group(grouping, source_id).id)
    moved = db.session.execute(sa.update(GroupingMember).where(*where).values(group_id=target.id)).rowcount
    if not moved:
        raise DomainError(_l("Ces contributions ne sont pas dans ce groupe."), field="ids")
    _edited(grouping)
    return target


def merge(access: Access, grouping: Grouping, group_id, into_id) -> GroupingGroup:
    """All the contributions of one group into another; the first group goes."""
    require_facilitator(access)
    group, into = _group(grouping, group_id), _group(grouping, into_id)
    if group.id == into.id:
        raise DomainError(_l("Choisissez un autre groupe que celui-ci."), field="into")
    db.session.execute(sa.update(GroupingMember).where(GroupingMember.group_id == group.id).values(group_id=into.id))
    _edited(grouping)
    return into


def split(access: Access, grouping: Grouping, group_id, contribution_ids, label: str) -> GroupingGroup:
    """A new group, named `label`, with the chosen contributions of a group (some, not all)."""
    require_facilitator(access)
    group = _group(grouping, group_id)
    label = _label(label)
    in_group = set(db.session.scalars(sa.select(GroupingMember.contribution_id).where(
        GroupingMember.group_id == group.id)))
    chosen = {int(i) for i in contribution_ids or () if str(i).isdigit()} & in_group
    if not chosen:
        raise DomainError(_l("Cochez les contributions qui forment le nouveau groupe."), field="ids")
    if chosen == in_group:
        raise DomainError(_l("Laissez au moins une contribution dans le groupe : pour tout renommer, "
                             "changez son nom."), field="ids")
    new = GroupingGroup(grouping_id=grouping.id, position=group.position + 1, label=label, misc=False)
    grouping.groups.insert(grouping.groups.index(group) + 1, new)
    db.session.flush()
    db.session.execute(sa.update(GroupingMember).where(
        GroupingMember.grouping_id == grouping.id, GroupingMember.contribution_id.in_(sorted(chosen))
    ).values(group_id=new.id))
    _edited(grouping)
    return new


@dataclass
class Saved:
    themes_created: int
    themes_reused: int
    tagged: int


def save(access: Access, grouping: Grouping) -> Saved:
    """Each group but "Divers" becomes a theme of the concertation (one of the same name is
    reused) and its contributions carry it; themes they had stay."""
    require_facilitator(access)
    existing = {theme.name.lower(): theme for theme in db.session.scalars(
        sa.select(Theme).where(Theme.consultation_id == grouping.consultation_id))}
    created = reused = 0
    links = []
    members: dict[int, list[int]] = {}
    for group_id, contribution_id in db.session.execute(sa.select(
            GroupingMember.group_id, GroupingMember.contribution_id).where(GroupingMember.grouping_id == grouping.id)):
        members.setdefault(group_id, []).append(contribution_id)
    for group in grouping.groups:
        if group.misc:
            continue
        name = group.label[:THEME_NAME_MAX].strip()
        theme = existing.get(name.lower())
        if theme is None:
            theme = existing[name.lower()] = consultations.add_theme(access, name)
            created += 1
        else:
            reused += 1
        links.extend((contribution_id, theme.id) for contribution_id in members.get(group.id, []))
    already = set()
    if links:
        already = set(db.session.execute(sa.select(contribution_themes.c.contribution_id, contribution_themes.c.theme_id)
                                          .where(contribution_themes.c.theme_id.in_({t for _, t in links}))).all())
    new = [dict(contribution_id=c, theme_id=t) for c, t in links if (c, t) not in already]
    if new:
        db.session.execute(contribution_themes.insert(), new)
    grouping.saved_at = utcnow()
    db.session.flush()
    return Saved(created, reused, len(new))
