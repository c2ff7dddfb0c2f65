"""The room: the wall on the projector and its controls, guests who post without an account, dot votes.

- `workshops.room_code` (the short code a phone joins the room with; every workshop gets one now)
  and `workshops.changes` (bumped with the kept counts: the wall's refresh compares it).
- `contributions.guest_id`: the guest who posted it (origin `guest`).
- `rooms`, `wall_removals`, `guests`, `dot_votes`, `dots`.

On SQLite, `contributions` and `workshops` are altered in place: contributions carry the full-text
triggers, and copying either with the foreign keys on would delete the rows that reference them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 21:30:00

"""
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def upgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "guests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_guests_user_id_users", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], name="fk_guests_workshop_id_workshops",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_guests"),
    )
    op.create_index("ix_guests_workshop_id", "guests", ["workshop_id"])

    op.create_table(
        "dot_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=True),
        sa.Column("dots_per_person", sa.Integer(), nullable=False),
        sa.Column("stacking", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["mission_id"], ["missions.id"], name="fk_dot_votes_mission_id_missions",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["opened_by_id"], ["users.id"], name="fk_dot_votes_opened_by_id_users",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], name="fk_dot_votes_workshop_id_workshops",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_dot_votes"),
    )
    op.create_index("ix_dot_votes_mission_id", "dot_votes", ["mission_id"])
    op.create_index("ix_dot_votes_workshop_id", "dot_votes", ["workshop_id"])
    op.create_index("ix_dot_votes_open", "dot_votes", ["workshop_id"], unique=True,
                    sqlite_where=sa.text("closed_at IS NULL"), postgresql_where=sa.text("closed_at IS NULL"))

    op.create_table(
        "dots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("guest_id", sa.Integer(), nullable=True),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.CheckConstraint("(user_id IS NULL) <> (guest_id IS NULL)", name="ck_dots_one_voter"),
        sa.ForeignKeyConstraint(["contribution_id"], ["contributions.id"], name="fk_dots_contribution_id_contributions",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["guest_id"], ["guests.id"], name="fk_dots_guest_id_guests", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_dots_user_id_users", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["vote_id"], ["dot_votes.id"], name="fk_dots_vote_id_dot_votes", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_dots"),
        sa.UniqueConstraint("vote_id", "guest_id", "slot", name="uq_dots_guest_slot"),
        sa.UniqueConstraint("vote_id", "user_id", "slot", name="uq_dots_user_slot"),
    )
    op.create_index("ix_dots_contribution", "dots", ["vote_id", "contribution_id"])
    op.create_index("ix_dots_contribution_id", "dots", ["contribution_id"])
    op.create_index("ix_dots_guest_id", "dots", ["guest_id"])
    op.create_index("ix_dots_user_id", "dots", ["user_id"])

    op.create_table(
        "rooms",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("wall_token", sa.String(length=64), nullable=True),
        sa.Column("guests_open", sa.Boolean(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=True),
        sa.Column("paused_at_id", sa.Integer(), nullable=True),
        sa.Column("highlighted_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["highlighted_id"], ["contributions.id"], name="fk_rooms_highlighted_id_contributions",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["mission_id"], ["missions.id"], name="fk_rooms_mission_id_missions",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], name="fk_rooms_workshop_id_workshops",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", name="pk_rooms"),
        sa.UniqueConstraint("wall_token", name="uq_rooms_wall_token"),
    )
    op.create_table(
        "wall_removals",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contribution_id"], ["contributions.id"],
                                name="fk_wall_removals_contribution_id_contributions", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], name="fk_wall_removals_workshop_id_workshops",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", "contribution_id", name="pk_wall_removals"),
    )

    if sqlite:
        op.execute("ALTER TABLE contributions ADD COLUMN guest_id INTEGER CONSTRAINT "
                   "fk_contributions_guest_id_guests REFERENCES guests (id) ON DELETE SET NULL")
    else:
        op.add_column("contributions", sa.Column("guest_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_contributions_guest_id_guests", "contributions", "guests", ["guest_id"], ["id"],
                              ondelete="SET NULL")
    op.create_index("ix_contributions_guest_id", "contributions", ["guest_id"])

    op.add_column("workshops", sa.Column("room_code", sa.String(length=12), nullable=True))
    op.add_column("workshops", sa.Column("changes", sa.Integer(), nullable=False, server_default="0"))
    workshops = sa.table("workshops", sa.column("id", sa.Integer), sa.column("room_code", sa.String))
    connection = op.get_bind()
    ids = connection.execute(sa.select(workshops.c.id)).scalars().all()
    codes = set()
    while len(codes) < len(ids):
        codes.add("".join(secrets.choice(_ALPHABET) for _ in range(6)))
    for ident, code in zip(ids, codes):
        connection.execute(sa.update(workshops).where(workshops.c.id == ident).values(room_code=code))
    op.create_index("ix_workshops_room_code", "workshops", ["room_code"], unique=True)


def downgrade():
    op.drop_index("ix_workshops_room_code", table_name="workshops")
    op.drop_index("ix_contributions_guest_id", table_name="contributions")
    if op.get_bind().dialect.name == "sqlite":
        for table, column in (("workshops", "changes"), ("workshops", "room_code"), ("contributions", "guest_id")):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column("workshops", "changes")
        op.drop_column("workshops", "room_code")
        op.drop_constraint("fk_contributions_guest_id_guests", "contributions", type_="foreignkey")
        op.drop_column("contributions", "guest_id")
    for table in ("wall_removals", "rooms", "dots", "dot_votes", "guests"):
        op.drop_table(table)
