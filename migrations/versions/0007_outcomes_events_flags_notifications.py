"""An answer for every contribution: the outcome beside the status, merges, events that carry every
change (with the comments' moderation), members' reports, answer templates, notifications.

- `contributions.outcome` (none, review, answered, declined, promoted: what became of it) beside
  `status`, which keeps its one meaning "is it on the boards?" (and gains `merged`, with
  `merged_into_id`). Existing contributions have no outcome yet ("none").
- `contribution_events` gets what every change needs: the consultation (for its audit log), the
  comment or the other contribution concerned, the actor's role, and `old_value`/`new_value` (the
  former `old_status`/`new_status`, now also outcomes and comment statuses) with `data` (the text
  before an edit). Existing events get their consultation, and the role of their actor as the
  author or the member they were.
- The moderation of comments moves from three columns of `comments` (`hidden_reason`,
  `hidden_by_id`, `hidden_at`) to events: each hidden comment gets its `comment_status` event,
  with its reason, who hid it and when, before the columns go.
- `flags`, `answer_templates`, `notifications`; `consultations.flag_threshold`;
  `users.email_frequency`, `last_digest_at`, `unread_notifications`; `outgoing_emails.headers`.

On SQLite, `contributions` is altered in place (it carries the full-text triggers, and copying it
with the foreign keys on would delete the rows that reference it). `comments` is copied by hand:
its copy refers to itself, so dropping the old table (which deletes its rows first, foreign keys
being on) deletes nothing else, and no other table refers to comments before this revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COMMENT_COLUMNS = "id, contribution_id, parent_id, author_id, body, status, created_at, edited_at"
_COMMENT_INDEXES = (("ix_comments_author_id", "author_id"), ("ix_comments_contribution_id", "contribution_id"),
                    ("ix_comments_parent_id", "parent_id"))


def _rebuild_comments_on_sqlite(extra_columns: str = "", extra_select: str = "", extra_names: str = "") -> None:
    """Copy `comments` with the columns of _COMMENT_COLUMNS (and the extra ones given), keeping its
    rows, its replies and its indexes."""
    op.execute(f"""CREATE TABLE comments_new (
        id INTEGER NOT NULL, contribution_id INTEGER NOT NULL, parent_id INTEGER, author_id INTEGER,
        body TEXT NOT NULL, status VARCHAR(32) NOT NULL, created_at DATETIME NOT NULL, edited_at DATETIME{extra_columns},
        CONSTRAINT pk_comments PRIMARY KEY (id),
        CONSTRAINT fk_comments_contribution_id_contributions FOREIGN KEY(contribution_id)
            REFERENCES contributions (id) ON DELETE CASCADE,
        CONSTRAINT fk_comments_parent_id_comments FOREIGN KEY(parent_id) REFERENCES comments_new (id) ON DELETE CASCADE,
        CONSTRAINT fk_comments_author_id_users FOREIGN KEY(author_id) REFERENCES users (id) ON DELETE SET NULL)""")
    op.execute(f"INSERT INTO comments_new ({_COMMENT_COLUMNS}{extra_names}) "
               f"SELECT {_COMMENT_COLUMNS}{extra_select} FROM comments ORDER BY id")
    op.execute("DROP TABLE comments")
    op.execute("ALTER TABLE comments_new RENAME TO comments")
    for name, column in _COMMENT_INDEXES:
        op.create_index(name, "comments", [column])


def upgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"

    # -- contributions: the outcome, and where a merged one went ---------------------------------
    op.add_column("contributions", sa.Column("outcome", sa.String(length=32), nullable=False, server_default="none"))
    if sqlite:
        op.execute("ALTER TABLE contributions ADD COLUMN merged_into_id INTEGER CONSTRAINT "
                   "fk_contributions_merged_into_id_contributions REFERENCES contributions (id) ON DELETE SET NULL")
    else:
        op.add_column("contributions", sa.Column("merged_into_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_contributions_merged_into_id_contributions", "contributions", "contributions",
                              ["merged_into_id"], ["id"], ondelete="SET NULL")
    op.create_index("ix_contributions_merged_into_id", "contributions", ["merged_into_id"])
    op.create_index("ix_contributions_outcome", "contributions", ["consultation_id", "outcome", "id"])

    # -- events: every change, with its consultation, its actor's role, before and after ----------
    with op.batch_alter_table("contribution_events") as batch:
        batch.add_column(sa.Column("consultation_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("comment_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("related_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("actor_role", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("data", sa.JSON(), nullable=True))
        batch.alter_column("old_status", new_column_name="old_value", existing_type=sa.String(length=32))
        batch.alter_column("new_status", new_column_name="new_value", existing_type=sa.String(length=32))
    op.execute("UPDATE contribution_events SET consultation_id = (SELECT c.consultation_id FROM contributions c "
               "WHERE c.id = contribution_events.contribution_id)")
    # The role each actor held: the author of the contribution, else their membership, else admin.
    op.execute("""UPDATE contribution_events SET actor_role = CASE
        WHEN actor_id IS NULL THEN ''
        WHEN actor_id = (SELECT c.author_id FROM contributions c WHERE c.id = contribution_events.contribution_id)
            THEN 'author'
        ELSE coalesce((SELECT m.role FROM memberships m WHERE m.user_id = contribution_events.actor_id
                       AND m.consultation_id = contribution_events.consultation_id), 'admin') END""")
    with op.batch_alter_table("contribution_events") as batch:
        batch.alter_column("consultation_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key("fk_contribution_events_consultation_id_consultations", "consultations",
                                 ["consultation_id"], ["id"], ondelete="CASCADE")
        batch.create_foreign_key("fk_contribution_events_related_id_contributions", "contributions",
                                 ["related_id"], ["id"], ondelete="SET NULL")
        batch.create_index("ix_contribution_events_log", ["consultation_id", "id"])
        batch.create_index("ix_contribution_events_actor", ["consultation_id", "actor_id", "id"])
        batch.create_index("ix_contribution_events_kind", ["consultation_id", "kind", "id"])

    # -- the moderation of comments becomes events ---------------------------------------------------
    op.execute("""INSERT INTO contribution_events (consultation_id, contribution_id, actor_id, actor_role, kind,
                  old_value, new_value, note, created_at, comment_id)
        SELECT c.consultation_id, m.contribution_id, m.hidden_by_id,
               CASE WHEN m.hidden_by_id IS NULL THEN '' ELSE coalesce((SELECT r.role FROM memberships r
                    WHERE r.user_id = m.hidden_by_id AND r.consultation_id = c.consultation_id), 'admin') END,
               'comment_status', 'visible', 'hidden', m.hidden_reason, coalesce(m.hidden_at, m.created_at), m.id
        FROM comments m JOIN contributions c ON c.id = m.contribution_id WHERE m.status = 'hidden'""")
    if sqlite:
        _rebuild_comments_on_sqlite()
    else:
        for column in ("hidden_reason", "hidden_by_id", "hidden_at"):
            op.drop_column("comments", column)
    # Only now may another table refer to comments (see the rebuild above).
    with op.batch_alter_table("contribution_events") as batch:
        batch.create_foreign_key("fk_contribution_events_comment_id_comments", "comments", ["comment_id"], ["id"],
                                 ondelete="CASCADE")
        batch.create_index("ix_contribution_events_comment_id", ["comment_id"])

    # -- reports of members, answer templates, notifications ---------------------------------------
    op.add_column("consultations", sa.Column("flag_threshold", sa.Integer(), nullable=False, server_default="3"))
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=24), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"], name="fk_flags_consultation_id_consultations",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contribution_id"], ["contributions.id"],
                                name="fk_flags_contribution_id_contributions", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["comment_id"], ["comments.id"], name="fk_flags_comment_id_comments", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_flags_user_id_users", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["users.id"], name="fk_flags_resolved_by_id_users",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_flags"),
        sa.UniqueConstraint("user_id", "target", name="uq_flags_user_id_target"),
    )
    op.create_index("ix_flags_open", "flags", ["consultation_id", "resolved_at", "target"])
    op.create_index("ix_flags_contribution_id", "flags", ["contribution_id"])
    op.create_index("ix_flags_comment_id", "flags", ["comment_id"])
    op.create_table(
        "answer_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"],
                                name="fk_answer_templates_consultation_id_consultations", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_answer_templates"),
    )
    op.create_index("ix_answer_templates_consultation_id", "answer_templates", ["consultation_id"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.Column("mailed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("(event_id IS NULL) <> (report_id IS NULL)", name="ck_notifications_one_subject"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_notifications_user_id_users", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"],
                                name="fk_notifications_consultation_id_consultations", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["contribution_events.id"],
                                name="fk_notifications_event_id_contribution_events", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_notifications_report_id_reports",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_notifications"),
    )
    op.create_index("ix_notifications_user", "notifications", ["user_id", "id"])
    op.create_index("ix_notifications_unsent", "notifications", ["mailed_at", "user_id"])
    op.create_index("ix_notifications_consultation_id", "notifications", ["consultation_id"])
    op.create_index("ix_notifications_event_id", "notifications", ["event_id"])
    op.create_index("ix_notifications_report_id", "notifications", ["report_id"])
    op.add_column("users", sa.Column("email_frequency", sa.String(length=32), nullable=False, server_default="daily"))
    op.add_column("users", sa.Column("last_digest_at", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("unread_notifications", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("outgoing_emails", sa.Column("headers", sa.JSON(), nullable=True))


def downgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column in (("outgoing_emails", "headers"), ("users", "unread_notifications"),
                          ("users", "last_digest_at"), ("users", "email_frequency"),
                          ("consultations", "flag_threshold")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("notifications")
    op.drop_table("answer_templates")
    op.drop_table("flags")
    # The comments' moderation back to their columns, from their latest event.
    with op.batch_alter_table("contribution_events") as batch:
        batch.drop_index("ix_contribution_events_comment_id")
        batch.drop_constraint("fk_contribution_events_comment_id_comments", type_="foreignkey")
    latest = ("(SELECT {column} FROM contribution_events e WHERE e.comment_id = comments.id AND e.kind = "
              "'comment_status' AND e.new_value = 'hidden' ORDER BY e.id DESC LIMIT 1)")
    if sqlite:
        _rebuild_comments_on_sqlite(", hidden_reason TEXT NOT NULL DEFAULT '', hidden_by_id INTEGER "
                                    "REFERENCES users (id) ON DELETE SET NULL, hidden_at DATETIME",
                                    ", coalesce(" + latest.format(column="note") + ", ''), "
                                    + latest.format(column="actor_id") + ", " + latest.format(column="created_at"),
                                    ", hidden_reason, hidden_by_id, hidden_at")
    else:
        op.add_column("comments", sa.Column("hidden_reason", sa.Text(), nullable=False, server_default=""))
        op.add_column("comments", sa.Column("hidden_by_id", sa.Integer(), nullable=True))
        op.add_column("comments", sa.Column("hidden_at", sa.DateTime(), nullable=True))
        op.create_foreign_key("fk_comments_hidden_by_id_users", "comments", "users", ["hidden_by_id"], ["id"],
                              ondelete="SET NULL")
        for name, column in (("hidden_reason", "note"), ("hidden_by_id", "actor_id"), ("hidden_at", "created_at")):
            op.execute(f"UPDATE comments SET {name} = " + latest.format(column=column) + " WHERE status = 'hidden'")
    # Events that the first revisions did not know go; the others keep their values.
    op.execute("DELETE FROM contribution_events WHERE kind NOT IN ('posted', 'captured', 'imported', 'edited', "
               "'status') OR new_value = 'merged' OR old_value = 'merged'")
    with op.batch_alter_table("contribution_events") as batch:
        batch.drop_index("ix_contribution_events_kind")
        batch.drop_index("ix_contribution_events_actor")
        batch.drop_index("ix_contribution_events_log")
        batch.drop_constraint("fk_contribution_events_related_id_contributions", type_="foreignkey")
        batch.drop_constraint("fk_contribution_events_consultation_id_consultations", type_="foreignkey")
        batch.alter_column("old_value", new_column_name="old_status", existing_type=sa.String(length=32))
        batch.alter_column("new_value", new_column_name="new_status", existing_type=sa.String(length=32))
        for column in ("data", "actor_role", "related_id", "comment_id", "consultation_id"):
            batch.drop_column(column)
    op.execute("UPDATE contributions SET status = 'published' WHERE status = 'merged'")
    op.drop_index("ix_contributions_outcome", table_name="contributions")
    op.drop_index("ix_contributions_merged_into_id", table_name="contributions")
    if not sqlite:
        op.drop_constraint("fk_contributions_merged_into_id_contributions", "contributions", type_="foreignkey")
    for column in ("merged_into_id", "outcome"):
        op.execute(f"ALTER TABLE contributions DROP COLUMN {column}")
