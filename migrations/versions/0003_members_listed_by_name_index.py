"""Members listed by name from one index: each membership keeps its member's folded name.

The who's who and the members' list used to read every member of the consultation and sort them
by the users' names, at every page: a cost that grew with the number of members. Memberships now
hold a copy of User.sort_name (kept in step when a member renames), indexed with the
consultation, so a page is one index range. Existing memberships are filled from their users.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:40:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("memberships", sa.Column("sort_name", sa.String(length=80), nullable=True))
    op.execute("UPDATE memberships SET sort_name = "
               "(SELECT users.sort_name FROM users WHERE users.id = memberships.user_id)")
    # SQLite cannot make a column NOT NULL in place: the batch copies the table (no trigger on it).
    with op.batch_alter_table("memberships") as batch:
        batch.alter_column("sort_name", existing_type=sa.String(length=80), nullable=False)
    op.create_index("ix_memberships_by_name", "memberships", ["consultation_id", "sort_name", "user_id"])


def downgrade():
    op.drop_index("ix_memberships_by_name", table_name="memberships")
    op.execute("ALTER TABLE memberships DROP COLUMN sort_name")
