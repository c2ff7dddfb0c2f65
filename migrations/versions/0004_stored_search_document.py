"""PostgreSQL: the full-text document of each contribution stored in a generated column.

The GIN index of 0001 was on an expression: PostgreSQL had to compute to_tsvector again for every
row it checked (each match of a GIN search is checked against its row), so a search for common
words over 100,000 contributions computed thousands of them per page. The document is now a stored
generated column (computed when the row is written), indexed in its place. SQLite (FTS5) is
unchanged.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 17:35:00

"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DOCUMENT = "to_tsvector('concerto_french', coalesce(title, '') || ' ' || coalesce(body, ''))"


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE contributions ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED")
    op.execute("DROP INDEX IF EXISTS ix_contributions_search")
    op.execute("CREATE INDEX ix_contributions_search ON contributions USING gin (search_document)")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_contributions_search")
    op.execute("ALTER TABLE contributions DROP COLUMN search_document")
    op.execute(f"CREATE INDEX ix_contributions_search ON contributions USING gin ({DOCUMENT})")
