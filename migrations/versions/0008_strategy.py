"""The strategy: its levels (enjeux, chantiers, objectives, actions), partners, indicators and their
yearly values, each action's state per year, the contributions it came from, and its history;
notifications may be about an action's event (its yearly follow-up), told to the people behind
its source contributions.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 11:40:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('strategies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('introduction', sa.Text(), nullable=False),
    sa.Column('priority_label', sa.String(length=40), nullable=False),
    sa.Column('axis_label', sa.String(length=40), nullable=False),
    sa.Column('objective_label', sa.String(length=40), nullable=False),
    sa.Column('action_label', sa.String(length=40), nullable=False),
    sa.Column('first_year', sa.Integer(), nullable=False),
    sa.Column('last_year', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_strategies_consultation_id_consultations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_strategies')),
    sa.UniqueConstraint('consultation_id', name=op.f('uq_strategies_consultation_id'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('strategy_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['strategy_id'], ['strategies.id'], name=op.f('fk_partners_strategy_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('strategy_id', 'name', name=op.f('uq_partners_strategy_id_name'))
    )
    op.create_table('priorities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('strategy_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['strategy_id'], ['strategies.id'], name=op.f('fk_priorities_strategy_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priorities'))
    )
    with op.batch_alter_table('priorities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priorities_strategy_id'), ['strategy_id'], unique=False)

    op.create_table('axes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('strategy_id', sa.Integer(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['priority_id'], ['priorities.id'], name=op.f('fk_axes_priority_id_priorities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['strategy_id'], ['strategies.id'], name=op.f('fk_axes_strategy_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_axes'))
    )
    with op.batch_alter_table('axes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_axes_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_axes_strategy_id'), ['strategy_id'], unique=False)

    op.create_table('objectives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('axis_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('expected_results', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['axis_id'], ['axes.id'], name=op.f('fk_objectives_axis_id_axes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objectives'))
    )
    with op.batch_alter_table('objectives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objectives_axis_id'), ['axis_id'], unique=False)

    op.create_table('actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('strategy_id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('means', sa.String(length=300), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('operator', sa.String(length=200), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['objective_id'], ['objectives.id'], name=op.f('fk_actions_objective_id_objectives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['strategy_id'], ['strategies.id'], name=op.f('fk_actions_strategy_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions')),
    sa.UniqueConstraint('strategy_id', 'key', name=op.f('uq_actions_strategy_id_key'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_objective_id'), ['objective_id'], unique=False)

    op.create_table('action_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('created', 'imported', 'edited', 'moved', 'progress', 'indicator', 'attached', 'detached', name='actioneventkind', native_enum=False, length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('old_value', sa.String(length=64), nullable=True),
    sa.Column('new_value', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_events_action_id_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_action_events_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_action_events_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_action_events_contribution_id_contributions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_events'))
    )
    with op.batch_alter_table('action_events', schema=None) as batch_op:
        batch_op.create_index('ix_action_events_action', ['action_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_events_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('action_partners',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_partners_action_id_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_action_partners_partner_id_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'partner_id', name=op.f('pk_action_partners'))
    )
    with op.batch_alter_table('action_partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_partners_partner_id'), ['partner_id'], unique=False)

    op.create_table('action_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('planned', 'in_progress', 'done', 'not_done', 'outside_cause', 'postponed', name='progressstate', native_enum=False, length=32), nullable=False),
    sa.Column('cause', sa.String(length=200), nullable=False),
    sa.Column('postponed_to', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_progress_action_id_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_action_progress_updated_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_progress')),
    sa.UniqueConstraint('action_id', 'year', name=op.f('uq_action_progress_action_id_year'))
    )
    with op.batch_alter_table('action_progress', schema=None) as batch_op:
        batch_op.create_index('ix_action_progress_year', ['year', 'state'], unique=False)

    op.create_table('action_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('promoted_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('detached_at', sa.DateTime(), nullable=True),
    sa.Column('detached_by_id', sa.Integer(), nullable=True),
    sa.Column('detach_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_sources_action_id_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_action_sources_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['detached_by_id'], ['users.id'], name=op.f('fk_action_sources_detached_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['promoted_by_id'], ['users.id'], name=op.f('fk_action_sources_promoted_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_sources')),
    sa.UniqueConstraint('action_id', 'contribution_id', name=op.f('uq_action_sources_action_id_contribution_id'))
    )
    with op.batch_alter_table('action_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_sources_contribution_id'), ['contribution_id'], unique=False)

    op.create_table('indicators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('baseline', sa.Double(), nullable=True),
    sa.Column('target', sa.Double(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_indicators_action_id_actions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_action_id'), ['action_id'], unique=False)

    op.create_table('indicator_values',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_values_indicator_id_indicators'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_values')),
    sa.UniqueConstraint('indicator_id', 'year', name=op.f('uq_indicator_values_indicator_id_year'))
    )

    # A notification is about one thing: an event of a contribution, a document, or an event of an action.
    with op.batch_alter_table("notifications", recreate="auto") as batch:
        batch.add_column(sa.Column("action_event_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_notifications_action_event_id_action_events", "action_events",
                                 ["action_event_id"], ["id"], ondelete="CASCADE")
        batch.create_index("ix_notifications_action_event_id", ["action_event_id"])
        # 0007 named it twice over (the naming convention prefixed a full name): named once from here.
        batch.drop_constraint(batch.f(OLD_NAME), type_="check")
        batch.create_check_constraint(batch.f("ck_notifications_one_subject"), ONE_SUBJECT)


OLD_NAME = "ck_notifications_ck_notifications_one_subject"
ONE_SUBJECT = ("(CASE WHEN event_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN report_id IS NULL THEN 0 ELSE 1 END) "
               "+ (CASE WHEN action_event_id IS NULL THEN 0 ELSE 1 END) = 1")


def downgrade():
    op.execute("DELETE FROM notifications WHERE action_event_id IS NOT NULL")
    with op.batch_alter_table("notifications", recreate="auto") as batch:
        batch.drop_constraint(batch.f("ck_notifications_one_subject"), type_="check")
        batch.drop_index("ix_notifications_action_event_id")
        batch.drop_constraint("fk_notifications_action_event_id_action_events", type_="foreignkey")
        batch.drop_column("action_event_id")
        batch.create_check_constraint(batch.f(OLD_NAME), "(event_id IS NULL) <> (report_id IS NULL)")
    op.drop_table("indicator_values")
    op.drop_table("indicators")
    op.drop_table("action_sources")
    op.drop_table("action_progress")
    op.drop_table("action_partners")
    op.drop_table("action_events")
    op.drop_table("actions")
    op.drop_table("objectives")
    op.drop_table("axes")
    op.drop_table("priorities")
    op.drop_table("partners")
    op.drop_table("strategies")
