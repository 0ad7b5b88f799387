"""close-date history, plan agreement date and our company name

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

A close date pushed again and again is a risk signal (seed 001), so every change
of a deal's target close date is kept. Deals also record when the plan was agreed
with the customer and the vendor's company name shown on customer documents.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('vendor_company', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False)
        )
        batch_op.add_column(sa.Column('plan_agreed_on', sa.Date(), nullable=True))

    op.create_table('close_date_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=True),
    sa.Column('to_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('close_date_change', schema=None) as batch_op:
        batch_op.create_index('ix_close_date_change_deal', ['deal_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('close_date_change', schema=None) as batch_op:
        batch_op.drop_index('ix_close_date_change_deal')
    op.drop_table('close_date_change')
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.drop_column('plan_agreed_on')
        batch_op.drop_column('vendor_company')
