"""baselines, step moves and numbered customer revisions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

A plan that stays alive after it is sent: each step keeps the date agreed with the customer,
every change of a step's date is recorded, and each customer PDF is kept as a numbered
revision with the steps it showed, so the next one can list what changed.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('baseline_date', sa.Date(), nullable=True))
    op.create_table(
        'step_move',
        sa.Column('deal_id', sa.Uuid(), sa.ForeignKey('deal.id', ondelete='CASCADE'), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('step_id', sa.Uuid(), nullable=False),
        sa.Column('moved_on', sa.Date(), nullable=False),
        sa.Column('from_date', sa.Date(), nullable=False),
        sa.Column('to_date', sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_step_move_deal', 'step_move', ['deal_id'], unique=False)
    op.create_table(
        'plan_revision',
        sa.Column('deal_id', sa.Uuid(), sa.ForeignKey('deal.id', ondelete='CASCADE'), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('steps', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_plan_revision_deal', 'plan_revision', ['deal_id', 'number'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_plan_revision_deal', table_name='plan_revision')
    op.drop_table('plan_revision')
    op.drop_index('ix_step_move_deal', table_name='step_move')
    op.drop_table('step_move')
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.drop_column('baseline_date')
