"""Kept counts on workshops and missions, card excerpts, one index per board scope and sort,
and a folded name to list people in order page by page.

Existing rows are filled in: the counts from the contributions, the excerpts from their bodies.
Columns are added in place (no table rebuild), so the full-text triggers of 0001 stay.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:38:36

"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_INDEXES = {
    "ix_contributions_consultation_board": ["consultation_id", "status", "id"],
    "ix_contributions_workshop_board": ["workshop_id", "status", "id"],
    "ix_contributions_mission_board": ["mission_id", "status", "id"],
}
SORTS = {"newest": ["id"], "trend": ["trend_score", "id"], "likes": ["like_count", "id"],
         "comments": ["comment_count", "id"], "shuffle": ["shuffle_key", "id"]}
NEW_INDEXES = {
    f"ix_contributions_{scope.split('_')[0]}_{name}": [scope, "status", *columns]
    for scope in ("consultation_id", "workshop_id", "mission_id") for name, columns in SORTS.items()
}


def _fill_excerpts():
    from app.services.text import plain_text  # the same function the application uses

    connection = op.get_bind()
    contributions = sa.table("contributions", sa.column("id"), sa.column("body"), sa.column("excerpt"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(contributions.c.id, contributions.c.body).where(contributions.c.id > last)
            .order_by(contributions.c.id).limit(1000)).all()
        if not rows:
            return
        connection.execute(
            contributions.update().where(contributions.c.id == sa.bindparam("row_id"))
            .values(excerpt=sa.bindparam("text")),
            [{"row_id": row_id, "text": plain_text(body, 240)} for row_id, body in rows])
        last = rows[-1][0]


def _fill_sort_names():
    from app.services.text import sort_key

    connection = op.get_bind()
    users = sa.table("users", sa.column("id"), sa.column("display_name"), sa.column("sort_name"))
    rows = connection.execute(sa.select(users.c.id, users.c.display_name)).all()
    if rows:
        connection.execute(users.update().where(users.c.id == sa.bindparam("row_id")).values(
            sort_name=sa.bindparam("name")), [{"row_id": i, "name": sort_key(name)} for i, name in rows])


def upgrade():
    op.add_column("users", sa.Column("sort_name", sa.String(length=80), nullable=False, server_default=""))
    op.create_index("ix_users_sort_name", "users", ["sort_name", "id"])
    op.add_column("contributions", sa.Column("excerpt", sa.String(length=300), nullable=False, server_default=""))
    op.add_column("missions", sa.Column("contribution_count", sa.Integer(), nullable=False, server_default="0"))
    for name in ("contribution_count", "like_count", "comment_count"):
        op.add_column("workshops", sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    for name in OLD_INDEXES:
        op.drop_index(name, table_name="contributions")
    for name, columns in NEW_INDEXES.items():
        op.create_index(name, "contributions", columns)

    published = "FROM contributions c WHERE c.{key} = {table}.id AND c.status = 'published'"
    op.execute("UPDATE workshops SET "
               f"contribution_count = (SELECT count(*) {published.format(key='workshop_id', table='workshops')}), "
               f"like_count = (SELECT coalesce(sum(c.like_count), 0) {published.format(key='workshop_id', table='workshops')}), "
               f"comment_count = (SELECT coalesce(sum(c.comment_count), 0) {published.format(key='workshop_id', table='workshops')})")
    op.execute("UPDATE missions SET "
               f"contribution_count = (SELECT count(*) {published.format(key='mission_id', table='missions')})")
    _fill_excerpts()
    _fill_sort_names()


def downgrade():
    op.drop_index("ix_users_sort_name", table_name="users")
    for name in NEW_INDEXES:
        op.drop_index(name, table_name="contributions")
    for name, columns in OLD_INDEXES.items():
        op.create_index(name, "contributions", columns)
    # Plain ALTER TABLE (SQLite 3.35+ and PostgreSQL): no table rebuild, the triggers stay.
    for table, column in (("workshops", "comment_count"), ("workshops", "like_count"),
                          ("workshops", "contribution_count"), ("missions", "contribution_count"),
                          ("contributions", "excerpt"), ("users", "sort_name")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
