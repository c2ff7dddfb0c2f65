"""Workshops and missions get stable keys; a workshop's day and its time are two columns; the
post-its of the room get their group, their author's name and a key.

- `workshops.starts_at` held a day and, at midnight, "no time given": two meanings in one column
  (a workshop with no time showed "à 00h00"). It becomes `starts_on` (the day) and `start_time`
  (NULL when none was given); a time of exactly 00:00 is read as no time.
- `workshops.key` and `missions.key` name them in workshop files (unique per consultation and per
  workshop): existing rows get "atelier-<id>" and "mission-<id>".
- `contributions.group_label`, `author_name` (the post-its of the room have no author account) and
  `key` (a second import adds nothing; NULL for what members post online). Who typed a post-it in
  is the actor of its first event, as for every other change.

Nothing is dropped but `starts_at`, whose values move to the new columns first. No table is
copied: on SQLite, copying `workshops` or `contributions` with the foreign keys on would delete
the rows that reference them, and the contributions carry the full-text triggers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:10:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("workshops", sa.Column("key", sa.String(length=80), nullable=False, server_default=""))
    op.add_column("workshops", sa.Column("starts_on", sa.Date(), nullable=True))
    op.add_column("workshops", sa.Column("start_time", sa.Time(), nullable=True))
    op.execute("UPDATE workshops SET key = 'atelier-' || id")
    if sqlite:  # SQLAlchemy's SQLite Time is text 'HH:MM:SS.ffffff'
        op.execute("UPDATE workshops SET starts_on = date(starts_at), start_time = CASE WHEN time(starts_at) = "
                   "'00:00:00' THEN NULL ELSE time(starts_at) || '.000000' END WHERE starts_at IS NOT NULL")
        op.execute("ALTER TABLE workshops DROP COLUMN starts_at")
    else:
        op.execute("UPDATE workshops SET starts_on = starts_at::date, start_time = CASE WHEN starts_at::time = "
                   "'00:00' THEN NULL ELSE starts_at::time END WHERE starts_at IS NOT NULL")
        op.drop_column("workshops", "starts_at")
    op.create_index("ix_workshops_key", "workshops", ["consultation_id", "key"], unique=True)

    op.add_column("missions", sa.Column("key", sa.String(length=80), nullable=False, server_default=""))
    op.execute("UPDATE missions SET key = 'mission-' || id")
    op.create_index("ix_missions_key", "missions", ["workshop_id", "key"], unique=True)

    op.add_column("contributions", sa.Column("group_label", sa.String(length=60), nullable=False, server_default=""))
    op.add_column("contributions", sa.Column("author_name", sa.String(length=80), nullable=False, server_default=""))
    op.add_column("contributions", sa.Column("key", sa.String(length=80), nullable=True))
    op.create_index("ix_contributions_key", "contributions", ["consultation_id", "key"], unique=True)


def downgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index("ix_contributions_key", table_name="contributions")
    for column in ("key", "author_name", "group_label"):
        op.execute(f"ALTER TABLE contributions DROP COLUMN {column}")
    op.drop_index("ix_missions_key", table_name="missions")
    op.execute("ALTER TABLE missions DROP COLUMN key")
    op.drop_index("ix_workshops_key", table_name="workshops")
    op.add_column("workshops", sa.Column("starts_at", sa.DateTime(), nullable=True))
    if sqlite:
        op.execute("UPDATE workshops SET starts_at = starts_on || ' ' || coalesce(substr(start_time, 1, 8), '00:00:00') "
                   "WHERE starts_on IS NOT NULL")
    else:
        op.execute("UPDATE workshops SET starts_at = starts_on + coalesce(start_time, '00:00') WHERE starts_on IS NOT NULL")
    for column in ("start_time", "starts_on", "key"):
        op.execute(f"ALTER TABLE workshops DROP COLUMN {column}")
