"""A draft synthesis written by the assistant from a grouping: per group a heading, a sentence of
figures, and the contributions' most representative sentences quoted as written, each followed by
the contributions it stands for (#123, which reports render as links with their titles).

Every sentence under a heading cites one to five contributions, all published and readable by the
report's readers; a group of fewer than three contributions is never called a trend. The draft
says it was written automatically, from which data and with which fingerprint: the same grouping,
texts and figures give the same draft, word for word. It is saved as a draft synthesis that cannot
be published before a facilitator has changed it (reports.publish_report).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa
from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import ngettext

from .. import labels
from ..extensions import db
from ..models import (
    Contribution,
    ContributionStatus,
    Grouping,
    GroupingGroup,
    GroupingMember,
    Report,
    ReportKind,
    Workshop,
    WorkshopStatus,
)
from . import embeddings, groupings, reports, similar
from .permissions import Access
from .text import plain_text

# A group is a trend from this many contributions on (themes.SMALLEST_THEME).
TREND = 3
MOST_CITED = 5
# A contribution stands behind a quoted sentence when its vector is at least this close to the
# sentence's (the model; the n-grams find less).
STANDS_FOR = {embeddings.MODEL: 0.42, embeddings.MODEL_FREE: 0.3}
# Sentences read per contribution, and their length, for the quotes.
SENTENCES_PER_CONTRIBUTION = 4
SENTENCE_MIN, SENTENCE_MAX = 25, 280
QUOTED_FROM = 12
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«\"'(])")


@dataclass
class _Member:
    id: int
    title: str
    body: str
    like_count: int
    comment_count: int
    person: str  # who wrote it: an account, or the name or group written on a post-it


def _members(grouping: Grouping) -> dict[int, list[_Member]]:
    """The published contributions of each group that every reader of a synthesis may read (not
    those of a workshop in preparation), the most supported first."""
    rows = db.session.execute(
        sa.select(GroupingMember.group_id, Contribution.id, Contribution.title, Contribution.body,
                  Contribution.like_count, Contribution.comment_count, Contribution.author_id,
                  Contribution.author_name, Contribution.group_label)
        .join(Contribution, Contribution.id == GroupingMember.contribution_id)
        .join(Workshop, Workshop.id == Contribution.workshop_id)
        .where(GroupingMember.grouping_id == grouping.id, Contribution.status == ContributionStatus.PUBLISHED,
               Workshop.status != WorkshopStatus.DRAFT)
        .order_by(Contribution.like_count.desc(), Contribution.comment_count.desc(), Contribution.id)).all()
    found: dict[int, list[_Member]] = {}
    for row in rows:
        person = f"u{row.author_id}" if row.author_id else f"n{(row.author_name or row.group_label or row.id)}"
        found.setdefault(row.group_id, []).append(
            _Member(row.id, row.title, row.body or "", row.like_count, row.comment_count, person))
    return found


def fingerprint(grouping: Grouping, groups: list[tuple[GroupingGroup, list[_Member]]]) -> str:
    """What the draft is written from: the method, each group's name and its contributions' ids,
    texts and figures, in order."""
    digest = hashlib.sha256(grouping.method.encode())
    for group, members in groups:
        digest.update(f"\x1d{group.label}\x1d{group.misc}".encode())
        for m in members:
            digest.update(f"\x1e{m.id}\x1f{m.title}\x1f{m.body}\x1f{m.like_count}\x1f{m.comment_count}".encode())
    return digest.hexdigest()


def sentences(member: _Member) -> list[str]:
    """The sentences a contribution may be quoted by, as written (its title when its text has none)."""
    text = plain_text(member.body, 5000) if member.body else ""
    found = [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]
    found = [s for s in found if SENTENCE_MIN <= len(s) <= SENTENCE_MAX][:SENTENCES_PER_CONTRIBUTION]
    title = " ".join(member.title.split())
    return found or ([title] if len(title) >= 10 else [])


def _refs(ids) -> str:
    return ", ".join(f"#{i}" for i in ids)


def _quote(sentence: str) -> str:
    """A sentence quoted as written, made inert for Markdown (it is a quotation, not formatting);
    a number written "#12" in it becomes "n° 12", so that only the draft's own references cite."""
    escaped = re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", re.sub(r"#(?=\d)", "n° ", sentence))
    return f"« {escaped} »"


def _figures(group: GroupingGroup, members: list[_Member]) -> str:
    n = len(members)
    likes = sum(m.like_count for m in members)
    people = len({m.person for m in members})
    cited = _refs(m.id for m in members[:MOST_CITED])
    figures = _("%(contributions)s, %(likes)s, %(people)s", contributions=ngettext(
        "%(num)s contribution", "%(num)s contributions", n), likes=ngettext("%(num)s j'aime", "%(num)s j'aime", likes),
        people=ngettext("de %(num)s participant·e", "de %(num)s participant·es", people))
    if group.misc:
        return _("Des idées isolées, qui ne se rattachent à aucun groupe : %(figures)s (%(cited)s).",
                 figures=figures, cited=cited)
    if n < TREND:
        return _("Pas une tendance, mais à noter : %(figures)s (%(cited)s).", figures=figures, cited=cited)
    return _("Une tendance : %(figures)s (les plus soutenues : %(cited)s).", figures=figures, cited=cited)


def _quotes(members: list[_Member], vectors: dict[int, np.ndarray], method: str, count: int) -> list[str]:
    """The `count` sentences closest to what the group says (its contributions' mean vector), from
    different contributions, each with the contributions it stands for (itself first)."""
    known = [m for m in members if m.id in vectors]
    if not known:
        return []
    centre = np.mean([vectors[m.id] for m in known], axis=0)
    centre /= max(float(np.linalg.norm(centre)), 1e-6)
    # Quotes come from the contributions closest to the group's centre (the sentences of a group of
    # 300 are not all read: the time stays within seconds for 3,000 contributions).
    closest = sorted(known, key=lambda m: (-float(vectors[m.id] @ centre), m.id))[:QUOTED_FROM]
    candidates = [(m, s) for m in closest for s in sentences(m)]
    if not candidates:
        return []
    _method, sentence_vectors = similar.vectors_of([(s, "") for _, s in candidates])
    order = np.argsort(-(sentence_vectors @ centre), kind="stable")
    member_matrix = np.array([vectors[m.id] for m in known])
    chosen, used = [], set()
    for index in order:
        member, sentence = candidates[index]
        if member.id in used:
            continue
        close = member_matrix @ sentence_vectors[index]
        others = [known[i].id for i in np.argsort(-close, kind="stable")
                  if close[i] >= STANDS_FOR[method] and known[i].id != member.id][:MOST_CITED - 1]
        chosen.append(f"- {_quote(sentence)} ({_refs([member.id, *others])})")
        used.add(member.id)
        if len(chosen) == count:
            break
    return chosen


def compose(grouping: Grouping) -> tuple[str, str, int]:
    """The draft's Markdown, its fingerprint and the number of contributions it is written from."""
    by_group = _members(grouping)
    ordered = sorted(((group, by_group[group.id]) for group in grouping.groups if by_group.get(group.id)),
                     key=lambda pair: groupings.by_support(*pair))
    total = sum(len(members) for _, members in ordered)
    mark = fingerprint(grouping, ordered)
    kept = similar.stored(grouping.method, [m.id for _, members in ordered for m in members])
    vectors = dict(zip(kept, embeddings.unpack(list(kept.values()))))
    lines = [_("*Brouillon rédigé automatiquement par l'assistant de synthèse à partir de %(count)s contributions "
               "(%(scope)s, données du %(date)s, empreinte %(mark)s). Chaque phrase renvoie aux contributions "
               "qu'elle résume ou cite ; relisez-le et modifiez-le avant de le publier.*",
               count=total, scope=_scope_words(grouping), date=format_date(grouping.updated_at, "long"),
               mark=mark[:12]), ""]
    for group, members in ordered:
        lines += [f"## {group.label}", "", _figures(group, members), ""]
        count = 1 if len(members) < TREND or group.misc else 2 if len(members) < 8 else 3
        quotes = _quotes(members, vectors, grouping.method, count)
        if quotes:
            lines += [*quotes, ""]
    return "\n".join(lines).rstrip() + "\n", mark, total


def _scope_words(grouping: Grouping) -> str:
    return str(labels.grouping_scope(grouping)).replace("*", "")


def draft_synthesis(access: Access, grouping: Grouping) -> Report:
    """Write the draft as a synthesis in draft, of the grouping's workshop or of the concertation."""
    groupings.require_facilitator(access)
    body, mark, total = compose(grouping)
    workshop = grouping.mission.workshop if grouping.mission is not None else grouping.workshop
    title = _("Synthèse : %(scope)s", scope=_scope_words(grouping))[:200]
    report = reports.create_report(access, workshop, ReportKind.SYNTHESIS, title, body,
                                   _("Brouillon de l'assistant de synthèse"))
    report.drafted_hash = reports.body_hash(report.body)
    db.session.flush()
    return report
