"""approval routes, account calendars and authority tables, step change dates

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Each deal gets its customer's approval route (desks in order, with settings on the
approval_path row); each account a calendar (closures, fiscal year, budget freeze,
governance meetings) and an approval-authority table; each step the day it last changed.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('changed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('approval_path', schema=None) as batch_op:
        batch_op.add_column(sa.Column('route_drafter_limit', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('route_starts_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('route_before_step', sa.Uuid(), nullable=True))
    op.create_table(
        'route_step',
        sa.Column('deal_id', sa.Uuid(), sa.ForeignKey('deal.id', ondelete='CASCADE'), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('job_title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('days', sa.Integer(), nullable=True),
        sa.Column('away_days', sa.Integer(), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('customer_visible', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_route_step_deal', 'route_step', ['deal_id'], unique=False)
    op.create_table(
        'account_profile',
        sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('fiscal_year_end', sa.Date(), nullable=True),
        sa.Column('budget_freeze_days', sa.Integer(), nullable=False),
        sa.Column('closures', sa.Text(), nullable=False),
        sa.Column('meetings', sa.Text(), nullable=False),
        sa.Column('authority_currency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('authority', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('account'),
    )


def downgrade() -> None:
    op.drop_table('account_profile')
    op.drop_index('ix_route_step_deal', table_name='route_step')
    op.drop_table('route_step')
    with op.batch_alter_table('approval_path', schema=None) as batch_op:
        batch_op.drop_column('route_before_step')
        batch_op.drop_column('route_starts_on')
        batch_op.drop_column('route_drafter_limit')
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.drop_column('changed_on')
