"""A synthesis drafted by the assistant keeps the fingerprint of its body as written: it cannot be
published before a facilitator has changed it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 20:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('drafted_hash', sa.String(length=64), nullable=True))


def downgrade():
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_column('drafted_hash')
