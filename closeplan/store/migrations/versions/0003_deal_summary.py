"""deal_summary: derived list data (projected close, slip, risk level, top flags)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The deal list shows projected close, slip and risk level for every deal. Computing
them needs the whole plan, so they are kept per deal, rewritten with every save and
recomputed when the day changes. Existing databases get the rows at the next start.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deal_summary',
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('projected_close', sa.Date(), nullable=False),
    sa.Column('slip_days', sa.Integer(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('top_flags', sa.Text(), nullable=False),
    sa.Column('step_count', sa.Integer(), nullable=False),
    sa.Column('done_count', sa.Integer(), nullable=False),
    sa.Column('overdue_count', sa.Integer(), nullable=False),
    sa.Column('times_close_pushed', sa.Integer(), nullable=False),
    sa.Column('next_customer_step', sa.Text(), nullable=True),
    sa.Column('next_customer_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('deal_id')
    )


def downgrade() -> None:
    op.drop_table('deal_summary')
