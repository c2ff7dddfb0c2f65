"""Initial schema

The whole schema of the core platform, plus full-text search over contributions:
an FTS5 table kept in sync by triggers on SQLite, a GIN index with French stemming on PostgreSQL.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 07:26:58.813174

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


SQLITE_FTS = [
    """CREATE VIRTUAL TABLE contributions_fts USING fts5(
        title, body, content='contributions', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER contributions_fts_insert AFTER INSERT ON contributions BEGIN
        INSERT INTO contributions_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER contributions_fts_delete AFTER DELETE ON contributions BEGIN
        INSERT INTO contributions_fts(contributions_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER contributions_fts_update AFTER UPDATE OF title, body ON contributions BEGIN
        INSERT INTO contributions_fts(contributions_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO contributions_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]
POSTGRES_FTS = [
    # French stemming with accents folded: "hébergements" and "hebergement" match.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION concerto_french (COPY = french)",
    """ALTER TEXT SEARCH CONFIGURATION concerto_french
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem""",
    """CREATE INDEX ix_contributions_search ON contributions USING gin (
        to_tsvector('concerto_french', coalesce(title, '') || ' ' || coalesce(body, '')))""",
]


def upgrade():
    op.create_table('outgoing_emails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_emails'))
    )
    with op.batch_alter_table('outgoing_emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_emails_sent_at'), ['sent_at'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('display_name', sa.String(length=80), nullable=False),
    sa.Column('organisation', sa.String(length=120), nullable=False),
    sa.Column('sector', sa.Enum('hebergement', 'restauration', 'activites_pleine_nature', 'patrimoine', 'producteur', 'institution', 'commune', 'commerce', 'association', 'autre', name='sector', native_enum=False, length=32), nullable=False),
    sa.Column('commune', sa.String(length=80), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('is_admin', sa.Boolean(), nullable=False),
    sa.Column('show_in_directory', sa.Boolean(), nullable=False),
    sa.Column('session_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('consultations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('territory', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('visibility', sa.Enum('public', 'members', name='visibility', native_enum=False, length=32), nullable=False),
    sa.Column('join_code', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_consultations_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations')),
    sa.UniqueConstraint('join_code', name=op.f('uq_consultations_join_code')),
    sa.UniqueConstraint('slug', name=op.f('uq_consultations_slug'))
    )
    op.create_table('memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('participant', 'facilitator', 'elected', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_memberships_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_memberships_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships')),
    sa.UniqueConstraint('consultation_id', 'user_id', name=op.f('uq_memberships_consultation_id_user_id'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_user_id'), ['user_id'], unique=False)

    op.create_table('themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_themes_consultation_id_consultations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes')),
    sa.UniqueConstraint('consultation_id', 'name', name=op.f('uq_themes_consultation_id_name'))
    )
    op.create_table('workshops',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=160), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'announced', 'open', 'closed', name='workshopstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_workshops_consultation_id_consultations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('attendances',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_attendances_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendances_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', 'user_id', name=op.f('pk_attendances'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_user_id'), ['user_id'], unique=False)

    op.create_table('missions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_missions_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_missions'))
    )
    with op.batch_alter_table('missions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_missions_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('contributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=140), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('published', 'withdrawn', 'hidden', name='contributionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('origin', sa.Enum('online', 'room', 'imported', name='origin', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('edited_at', sa.DateTime(), nullable=True),
    sa.Column('like_count', sa.Integer(), nullable=False),
    sa.Column('comment_count', sa.Integer(), nullable=False),
    sa.Column('trend_score', sa.Double(), nullable=False),
    sa.Column('shuffle_key', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_contributions_author_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_contributions_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_contributions_mission_id_missions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_contributions_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contributions'))
    )
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contributions_author_id'), ['author_id'], unique=False)
        batch_op.create_index('ix_contributions_consultation_board', ['consultation_id', 'status', 'id'], unique=False)
        batch_op.create_index('ix_contributions_mission_board', ['mission_id', 'status', 'id'], unique=False)
        batch_op.create_index('ix_contributions_workshop_board', ['workshop_id', 'status', 'id'], unique=False)

    op.create_table('comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('visible', 'withdrawn', 'hidden', name='commentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('edited_at', sa.DateTime(), nullable=True),
    sa.Column('hidden_reason', sa.Text(), nullable=False),
    sa.Column('hidden_by_id', sa.Integer(), nullable=True),
    sa.Column('hidden_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_comments_author_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_comments_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hidden_by_id'], ['users.id'], name=op.f('fk_comments_hidden_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['comments.id'], name=op.f('fk_comments_parent_id_comments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comments_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comments_contribution_id'), ['contribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comments_parent_id'), ['parent_id'], unique=False)

    op.create_table('contribution_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('posted', 'edited', 'status', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('old_status', sa.Enum('published', 'withdrawn', 'hidden', name='contributionstatus', native_enum=False, length=32), nullable=True),
    sa.Column('new_status', sa.Enum('published', 'withdrawn', 'hidden', name='contributionstatus', native_enum=False, length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_contribution_events_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_contribution_events_contribution_id_contributions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution_events'))
    )
    with op.batch_alter_table('contribution_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_events_contribution_id'), ['contribution_id'], unique=False)

    op.create_table('contribution_themes',
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_contribution_themes_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_contribution_themes_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contribution_id', 'theme_id', name=op.f('pk_contribution_themes'))
    )
    with op.batch_alter_table('contribution_themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_themes_theme_id'), ['theme_id'], unique=False)

    op.create_table('likes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_likes_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_likes_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_likes')),
    sa.UniqueConstraint('contribution_id', 'user_id', name=op.f('uq_likes_contribution_id_user_id'))
    )
    with op.batch_alter_table('likes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_likes_user_id'), ['user_id'], unique=False)


    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_FTS, "postgresql": POSTGRES_FTS}.get(dialect, []):
        op.execute(statement)


def downgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS contributions_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_contributions_search")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS concerto_french")
    with op.batch_alter_table('likes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_likes_user_id'))

    op.drop_table('likes')
    with op.batch_alter_table('contribution_themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_themes_theme_id'))

    op.drop_table('contribution_themes')
    with op.batch_alter_table('contribution_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_events_contribution_id'))

    op.drop_table('contribution_events')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comments_parent_id'))
        batch_op.drop_index(batch_op.f('ix_comments_contribution_id'))
        batch_op.drop_index(batch_op.f('ix_comments_author_id'))

    op.drop_table('comments')
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_index('ix_contributions_workshop_board')
        batch_op.drop_index('ix_contributions_mission_board')
        batch_op.drop_index('ix_contributions_consultation_board')
        batch_op.drop_index(batch_op.f('ix_contributions_author_id'))

    op.drop_table('contributions')
    with op.batch_alter_table('missions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_missions_workshop_id'))

    op.drop_table('missions')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_user_id'))

    op.drop_table('attendances')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_consultation_id'))

    op.drop_table('workshops')
    op.drop_table('themes')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memberships_user_id'))

    op.drop_table('memberships')
    op.drop_table('consultations')
    op.drop_table('users')
    with op.batch_alter_table('outgoing_emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_emails_sent_at'))

    op.drop_table('outgoing_emails')
