"""Similar ideas: the contributions of a concertation closest in meaning to a text being written.

Every contribution's vector is computed when its text is written (`vectors_of` then `store`, called
by the services that write titles and texts) and stored in `contribution_vectors`; `missing` lists those
written before (`flask --app app assistant vectors` computes them). A request never computes a stored vector
again: it computes only the vector of the text being typed.

Each worker keeps, per concertation, the vectors in memory (`_Index`): 512 signed bytes per
contribution and their signs as 64 bytes. A search compares the signs with all of them (a
popcount: 100,000 contributions are 6.4 MB), then the closest few hundred with their full vectors.
The index reads only the vectors added since its last read (ids only grow), and reads them all
again every few minutes (a transaction committing out of order, a method changed by the command).

Similar means "same subject", never "duplicate": what is found is offered as "idée proche", and
nothing is merged by itself.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, contains_eager

from ..extensions import db
from ..models import Contribution, ContributionStatus, ContributionVector, Like, Workshop, WorkshopStatus
from ..models.base import utcnow
from . import embeddings
from .permissions import Access

# Fewer words than this is not yet an idea to compare.
MIN_WORDS = 3
SHOWN = 5
# How many of the closest by their signs are compared again with their full vectors.
CANDIDATES = 200
# Below this cosine, a contribution is not close enough to be offered. Per method, read off the
# evaluation set (make evaluate): about one pair in twenty of contributions on different themes
# scores above it (the model: median 0.15, 99th centile 0.37; the n-grams: 0.17 and 0.32).
THRESHOLD = {embeddings.MODEL: 0.32, embeddings.MODEL_FREE: 0.28}
# A worker reads every vector of a concertation again after this many seconds.
REREAD_AFTER = 600
# Vectors are computed and written this many at a time (imports, the command).
BATCH = 256


# -- writing --------------------------------------------------------------------------------------

def vectors_of(texts: list[tuple[str, str]]) -> tuple[str, np.ndarray]:
    """The method at work and the vectors of these (title, body). Services call it before their
    first write: the model reads while no write lock of the database is held."""
    encoder = embeddings.encoder()
    return encoder.name, encoder.encode([embeddings.text_of(title, body) for title, body in texts])


def store(method: str, contributions: list[tuple[int, int]], vectors: np.ndarray) -> None:
    """Keep the vectors of these (contribution id, consultation id), replacing any they had (by a
    new row, so that the workers read it)."""
    if not contributions:
        return
    now = utcnow()
    ids = [contribution_id for contribution_id, _ in contributions]
    for start in range(0, len(ids), BATCH):
        db.session.execute(sa.delete(ContributionVector).where(
            ContributionVector.contribution_id.in_(ids[start:start + BATCH])))
    db.session.execute(sa.insert(ContributionVector), [
        dict(contribution_id=contribution_id, consultation_id=consultation_id, method=method,
             vector=embeddings.pack(vector), computed_at=now)
        for (contribution_id, consultation_id), vector in zip(contributions, vectors, strict=True)])


def remember(contributions: list[tuple[int, int, str, str]]) -> None:
    """Compute and keep the vectors of these (id, consultation id, title, body)."""
    for start in range(0, len(contributions), BATCH):
        chunk = contributions[start:start + BATCH]
        method, vectors = vectors_of([(title, body) for _, _, title, body in chunk])
        store(method, [(contribution_id, consultation_id) for contribution_id, consultation_id, _, _ in chunk], vectors)


# Imports of hundreds of post-its: their vectors are computed once the import is committed (the
# model reads 1,000 post-its in about 4 s), by the request after its answer, or by the command.
_NEW, _COMMITTED = "vectors_new", "vectors_committed"


def remember_after_commit(contributions: list[tuple[int, int, str, str]]) -> None:
    db.session.info.setdefault(_NEW, []).extend(contributions)


@event.listens_for(Session, "after_commit")
def _committed(session):
    new = session.info.pop(_NEW, None)
    if new:
        session.info.setdefault(_COMMITTED, []).extend(new)


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session, previous_transaction):
    if previous_transaction.parent is None:
        session.info.pop(_NEW, None)


def take_pending() -> list[tuple[int, int, str, str]]:
    """The contributions of this transaction whose vectors wait for its commit (and forget them):
    for a long transaction that would rather compute them itself (the demo)."""
    return db.session.info.pop(_NEW, [])


def take_committed() -> list[tuple[int, int, str, str]]:
    """The contributions committed whose vectors are still to compute (and forget them)."""
    return db.session.info.pop(_COMMITTED, [])


def missing(consultation_id: int | None = None, every: bool = False):
    """The contributions whose vector is missing, or was computed by another method than the one at
    work now (all of them with `every`), as (id, consultation id, title, body), in batches: the
    caller computes and commits each batch before the next is read."""
    method = embeddings.method()
    query = (sa.select(Contribution.id, Contribution.consultation_id, Contribution.title, Contribution.body)
             .outerjoin(ContributionVector, ContributionVector.contribution_id == Contribution.id)
             .order_by(Contribution.id))
    if not every:
        query = query.where(sa.or_(ContributionVector.id.is_(None), ContributionVector.method != method))
    if consultation_id is not None:
        query = query.where(Contribution.consultation_id == consultation_id)
    after = 0
    while rows := [tuple(row) for row in db.session.execute(query.where(Contribution.id > after).limit(BATCH))]:
        yield rows
        after = rows[-1][0]


def stored(method: str, ids: list[int]) -> dict[int, bytes]:
    """The packed vectors kept for these contributions by this method, by contribution id."""
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), 5000):
        found.update(db.session.execute(sa.select(ContributionVector.contribution_id, ContributionVector.vector).where(
            ContributionVector.contribution_id.in_(ids[start:start + 5000]),
            ContributionVector.method == method)).all())
    return found


def vectors_for(consultation_id: int, rows) -> np.ndarray:
    """The vectors of these contributions (rows with id, title, body), in their order: those kept,
    and those missing (written before the assistant, or by another method) computed and kept now."""
    ids = [row.id for row in rows]
    found = stored(embeddings.method(), ids)
    lacking = [row for row in rows if row.id not in found]
    if lacking:
        method, computed = vectors_of([(row.title, row.body) for row in lacking])
        store(method, [(row.id, consultation_id) for row in lacking], computed)
        found.update((row.id, embeddings.pack(vector)) for row, vector in zip(lacking, computed, strict=True))
    return embeddings.unpack([found[i] for i in ids])


# -- reading --------------------------------------------------------------------------------------

class _Index:
    """The vectors of one concertation computed by one method, in this worker's memory."""

    def __init__(self, consultation_id: int, method: str):
        self.consultation_id, self.method = consultation_id, method
        self.lock = threading.Lock()
        self._clear()

    def _clear(self) -> None:
        self.size, self.last_id, self.read_at = 0, 0, time.monotonic()
        self.ids = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, embeddings.DIMENSIONS), dtype=np.int8)
        # The signs as 8 rows of 64 bits per contribution: each row is compared with the text's at
        # once, along all the contributions (three passes over 6.4 MB at 100,000).
        self.signs = np.zeros((embeddings.DIMENSIONS // 64, 0), dtype=np.uint64)
        self.scratch = np.zeros_like(self.signs)
        self.row_of: dict[int, int] = {}

    def _grow(self, needed: int) -> None:
        capacity = max(needed, 2 * len(self.ids), 64)
        for name in ("ids", "vectors"):
            old = getattr(self, name)
            new = np.zeros((capacity, *old.shape[1:]), dtype=old.dtype)
            new[:self.size] = old[:self.size]
            setattr(self, name, new)
        signs = np.zeros((self.signs.shape[0], capacity), dtype=np.uint64)
        signs[:, :self.size] = self.signs[:, :self.size]
        self.signs, self.scratch = signs, np.zeros_like(signs)

    def refresh(self) -> None:
        """Read the vectors written since the last read (all of them, now and then)."""
        if time.monotonic() - self.read_at > REREAD_AFTER:
            self._clear()
        rows = db.session.execute(
            sa.select(ContributionVector.id, ContributionVector.contribution_id, ContributionVector.vector)
            .where(ContributionVector.consultation_id == self.consultation_id, ContributionVector.id > self.last_id,
                   ContributionVector.method == self.method)
            .order_by(ContributionVector.id)).all()
        if not rows:
            return
        packed = np.frombuffer(b"".join(row.vector for row in rows), dtype=np.int8).reshape(len(rows), -1)
        if self.size + len(rows) > len(self.ids):
            self._grow(self.size + len(rows))
        for row, vector in zip(rows, packed, strict=True):
            position = self.row_of.get(row.contribution_id)
            if position is None:
                position = self.row_of[row.contribution_id] = self.size
                self.size += 1
            self.ids[position] = row.contribution_id
            self.vectors[position] = vector
            self.signs[:, position] = np.packbits(vector > 0).view(np.uint64)
        self.last_id = rows[-1].id

    def nearest(self, vector: np.ndarray, count: int) -> list[tuple[int, float]]:
        """The `count` closest contributions to `vector` (of norm 1), as (id, cosine), closest first."""
        size = self.size
        if size == 0:
            return []
        signs = np.packbits(vector > 0).view(np.uint64)
        differing = self.scratch[:, :size]
        np.bitwise_xor(self.signs[:, :size], signs[:, None], out=differing)
        np.bitwise_count(differing, out=differing)
        distances = differing.sum(axis=0)
        if size > CANDIDATES:
            rows = np.argpartition(distances, CANDIDATES)[:CANDIDATES]
        else:
            rows = np.arange(size)
        full = self.vectors[rows].astype(np.float32)
        scores = full @ vector / np.maximum(np.linalg.norm(full, axis=1), 1e-6)
        best = np.argsort(-scores)[:count]
        return [(int(self.ids[rows[i]]), float(scores[i])) for i in best]


_indexes: dict[tuple[int, str], _Index] = {}
_indexes_lock = threading.Lock()


def _index(consultation_id: int, method: str) -> _Index:
    with _indexes_lock:
        key = (consultation_id, method)
        if key not in _indexes:
            _indexes[key] = _Index(consultation_id, method)
        return _indexes[key]


def forget_indexes() -> None:
    """Drop this worker's indexes (tests that start from a new database)."""
    with _indexes_lock:
        _indexes.clear()


@dataclass(frozen=True)
class CloseIdea:
    contribution: Contribution
    similarity: float
    liked: bool


def enough_words(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS


def close_ideas(access: Access, title: str, body: str = "", limit: int = SHOWN) -> list[CloseIdea]:
    """The published contributions of the access's concertation closest to this title and text,
    those it may read, closest first; none when the text is too short or nothing is close."""
    text = embeddings.text_of(title, body)
    if not enough_words(text):
        return []
    encoder = embeddings.encoder()
    vector = encoder.encode([text])[0]
    index = _index(access.consultation.id, encoder.name)
    with index.lock:
        index.refresh()
        found = [(i, score) for i, score in index.nearest(vector, limit * 3) if score >= THRESHOLD[encoder.name]]
    if not found:
        return []
    ids = [i for i, _ in found]
    query = (sa.select(Contribution).join(Workshop, Workshop.id == Contribution.workshop_id)
             .where(Contribution.id.in_(ids), Contribution.consultation_id == access.consultation.id,
                    Contribution.status == ContributionStatus.PUBLISHED)
             .options(contains_eager(Contribution.workshop)))
    if not access.is_facilitator:
        query = query.where(Workshop.status != WorkshopStatus.DRAFT)
    shown = {c.id: c for c in db.session.scalars(query)}
    liked = set(db.session.scalars(sa.select(Like.contribution_id).where(
        Like.user_id == access.user_id, Like.contribution_id.in_(list(shown))))) if shown and access.user_id else set()
    return [CloseIdea(shown[i], score, i in liked) for i, score in found if i in shown][:limit]
