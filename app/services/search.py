"""Full-text search over contributions, the same for the boards whatever the database: a WHERE
condition (condition(), built once) and the values of its parameters (parameters()).

SQLite: an FTS5 index (`contributions_fts`, kept in sync by triggers, accents folded).
PostgreSQL: a GIN index on the stored column search_document, to_tsvector('concerto_french',
title || ' ' || body): French stemming with accents folded (the configuration is created by the
migration, with the unaccent extension).
Both are created by the migrations (see migrations/versions/).
"""
import re
from functools import lru_cache

import sqlalchemy as sa

from ..extensions import db
from ..models import Contribution

_WORD = re.compile(r"\w+", re.UNICODE)
# A stored generated column (migration 0004): matches are checked without computing it again.
PG_DOCUMENT = "contributions.search_document"


def _words(q: str) -> list[str]:
    return _WORD.findall(q)[:12]


def _fts5_query(q: str) -> str:
    """User words as an FTS5 query: every word must appear, each as a prefix."""
    return " ".join(f'"{word}"*' for word in _words(q))


def _tsquery(q: str) -> str:
    """User words as a PostgreSQL tsquery: every word (stemmed, accents folded) as a prefix.
    Only \\w characters reach it, so no tsquery operator can be injected."""
    return " & ".join(f"{word}:*" for word in _words(q))


# On SQLite, a search matching at most this many contributions is read from the full-text index
# (each match looked up by id, then sorted); beyond, the board's index is walked in its order and
# each row checked against the matches, which finds a page of common words at once.
FEW_MATCHES = 2000

_FTS_PROBE = sa.text("SELECT count(*) FROM (SELECT rowid FROM contributions_fts WHERE contributions_fts "
                     "MATCH :search LIMIT :limit)")


def few_matches(q: str, dialect_name: str) -> bool:
    """True when the words of `q` match few enough contributions to start from the matches
    (SQLite; PostgreSQL's planner chooses itself from its statistics)."""
    if dialect_name != "sqlite":
        return False
    found = db.session.scalar(_FTS_PROBE, {"search": _fts5_query(q), "limit": FEW_MATCHES + 1})
    return found <= FEW_MATCHES


def words(q: str | None) -> list[str]:
    """The words of a search (at most twelve); none when `q` holds no word."""
    return _words(q or "")


def dialect() -> str:
    return db.session.get_bind().dialect.name


@lru_cache(maxsize=32)
def condition(dialect_name: str, word_count: int):
    """A WHERE condition on `contributions` keeping the rows that match the words given by
    parameters(): built once per database kind (and number of words where it matters)."""
    if dialect_name == "sqlite":
        ids = sa.text("SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH :search")
        return Contribution.id.in_(ids.columns(sa.column("rowid", sa.Integer)))
    if dialect_name == "postgresql":
        # The words are written into the statement (SQLAlchemy quotes them; _tsquery lets only
        # letters, digits and its own operators through): a statement prepared with the words as a
        # parameter may get a generic plan that cannot know how many rows they match, and walks
        # the whole board computing to_tsvector row by row.
        return sa.text(f"{PG_DOCUMENT} @@ to_tsquery('concerto_french', :search)").bindparams(
            sa.bindparam("search", type_=sa.String, literal_execute=True))
    return sa.and_(*(
        sa.or_(Contribution.title.ilike(sa.bindparam(f"search_{i}")), Contribution.body.ilike(sa.bindparam(f"search_{i}")))
        for i in range(word_count)
    ))


def parameters(q: str, dialect_name: str) -> dict:
    """The values of the bound parameters of condition() for the words of `q`."""
    if dialect_name == "sqlite":
        return {"search": _fts5_query(q)}
    if dialect_name == "postgresql":
        return {"search": _tsquery(q)}
    return {f"search_{i}": f"%{word}%" for i, word in enumerate(_words(q))}
