"""The synthesis assistant's groupings: themes proposed for a workshop, a mission or the whole
concertation, their groups as a facilitator edits them, and each contribution's group.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 19:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('groupings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=True),
    sa.Column('mission_id', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('input_hash', sa.String(length=64), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_groupings_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_groupings_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_groupings_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_groupings_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groupings'))
    )
    op.create_index(op.f('ix_groupings_consultation_id'), 'groupings', ['consultation_id'], unique=False)
    op.create_table('grouping_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('grouping_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('misc', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['grouping_id'], ['groupings.id'], name=op.f('fk_grouping_groups_grouping_id_groupings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grouping_groups'))
    )
    op.create_index(op.f('ix_grouping_groups_grouping_id'), 'grouping_groups', ['grouping_id'], unique=False)
    op.create_table('grouping_members',
    sa.Column('grouping_id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_grouping_members_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['grouping_groups.id'], name=op.f('fk_grouping_members_group_id_grouping_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['grouping_id'], ['groupings.id'], name=op.f('fk_grouping_members_grouping_id_groupings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('grouping_id', 'contribution_id', name=op.f('pk_grouping_members'))
    )
    op.create_index(op.f('ix_grouping_members_contribution_id'), 'grouping_members', ['contribution_id'], unique=False)
    op.create_index(op.f('ix_grouping_members_group_id'), 'grouping_members', ['group_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_grouping_members_group_id'), table_name='grouping_members')
    op.drop_index(op.f('ix_grouping_members_contribution_id'), table_name='grouping_members')
    op.drop_table('grouping_members')
    op.drop_index(op.f('ix_grouping_groups_grouping_id'), table_name='grouping_groups')
    op.drop_table('grouping_groups')
    op.drop_index(op.f('ix_groupings_consultation_id'), table_name='groupings')
    op.drop_table('groupings')
