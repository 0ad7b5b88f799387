"""the CRM id of an imported opportunity

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Re-importing a CRM export updates the deals it created instead of duplicating them
(seed 001: duplicate opportunities are the classic CRM failure), so a deal keeps the
opportunity's id from the CRM.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('crm_id', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
        batch_op.create_index('ix_deal_crm_id', ['crm_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_crm_id')
        batch_op.drop_column('crm_id')
