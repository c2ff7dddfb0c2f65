"""The synthesis assistant: one vector per contribution, computed when its text is written
(`flask --app app assistant vectors` computes those of the contributions written before).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('contribution_vectors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_contribution_vectors_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_contribution_vectors_contribution_id_contributions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution_vectors')),
    sa.UniqueConstraint('contribution_id', name=op.f('uq_contribution_vectors_contribution_id')),
    sqlite_autoincrement=True
    )
    op.create_index('ix_contribution_vectors_consultation', 'contribution_vectors', ['consultation_id', 'id'], unique=False)


def downgrade():
    op.drop_index('ix_contribution_vectors_consultation', table_name='contribution_vectors')
    op.drop_table('contribution_vectors')
