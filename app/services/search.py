"""Full-text search over contributions, behind one function whatever the database.

SQLite: an FTS5 index (`contributions_fts`, kept in sync by triggers, accents folded).
PostgreSQL: a GIN index on to_tsvector('concerto_french', title || ' ' || body): French stemming
with accents folded (the configuration is created by the migration, with the unaccent extension).
Both are created by the migrations (see migrations/versions/).
"""
import re

import sqlalchemy as sa

from ..extensions import db
from ..models import Contribution

_WORD = re.compile(r"\w+", re.UNICODE)
PG_DOCUMENT = "to_tsvector('concerto_french', coalesce(contributions.title, '') || ' ' || coalesce(contributions.body, ''))"


def _words(q: str) -> list[str]:
    return _WORD.findall(q)[:12]


def _fts5_query(q: str) -> str:
    """User words as an FTS5 query: every word must appear, each as a prefix."""
    return " ".join(f'"{word}"*' for word in _words(q))


def _tsquery(q: str) -> str:
    """User words as a PostgreSQL tsquery: every word (stemmed, accents folded) as a prefix.
    Only \\w characters reach it, so no tsquery operator can be injected."""
    return " & ".join(f"{word}:*" for word in _words(q))


def matching(q: str):
    """A WHERE condition on `contributions` keeping the rows that match the words of `q`,
    or None when `q` holds no word."""
    if not _WORD.search(q or ""):
        return None
    dialect = db.session.get_bind().dialect.name
    if dialect == "sqlite":
        ids = sa.text("SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH :fts_match")
        return Contribution.id.in_(
            ids.bindparams(fts_match=_fts5_query(q)).columns(sa.column("rowid", sa.Integer))
        )
    if dialect == "postgresql":
        return sa.text(f"{PG_DOCUMENT} @@ to_tsquery('concerto_french', :ts_query)").bindparams(ts_query=_tsquery(q))
    words = _words(q)
    return sa.and_(*(
        sa.or_(Contribution.title.ilike(f"%{w}%"), Contribution.body.ilike(f"%{w}%")) for w in words
    ))
