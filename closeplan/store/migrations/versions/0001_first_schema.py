"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

Deals with their steps, dependencies, stakeholders, approval path and risks.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deal',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('target_close', sa.Date(), nullable=False),
    sa.Column('project_start', sa.Date(), nullable=True),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('business_issue', sa.Text(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('solution', sa.Text(), nullable=False),
    sa.Column('benefit', sa.Text(), nullable=False),
    sa.Column('bant_budget', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('bant_budget_note', sa.Text(), nullable=False),
    sa.Column('bant_authority', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('bant_authority_note', sa.Text(), nullable=False),
    sa.Column('bant_need', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('bant_need_note', sa.Text(), nullable=False),
    sa.Column('bant_timeframe', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('bant_timeframe_note', sa.Text(), nullable=False),
    sa.Column('internal_notes', sa.Text(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.create_index('ix_deal_stage', ['stage'], unique=False)
        batch_op.create_index('ix_deal_target_close', ['target_close'], unique=False)

    op.create_table('approval_path',
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('real_final_approver_id', sa.Uuid(), nullable=True),
    sa.Column('nominal_approver_id', sa.Uuid(), nullable=True),
    sa.Column('po_signer_id', sa.Uuid(), nullable=True),
    sa.Column('approval_method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('board_resolution_needed', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('drafter_id', sa.Uuid(), nullable=True),
    sa.Column('drafter_passed_this_amount', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('deal_id')
    )
    op.create_table('risk',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('likelihood', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('impact', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mitigation', sa.Text(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.create_index('ix_risk_deal', ['deal_id'], unique=False)

    op.create_table('stakeholder',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('side', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('roles', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('influence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seniority', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attitude', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index('ix_stakeholder_deal', ['deal_id'], unique=False)

    op.create_table('step',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('deal_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_side', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('completed_date', sa.Date(), nullable=True),
    sa.Column('customer_visible', sa.Boolean(), nullable=False),
    sa.Column('internal_note', sa.Text(), nullable=False),
    sa.Column('approver', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('approval_method', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('submission_deadline', sa.Date(), nullable=True),
    sa.Column('recurrence_rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('extraordinary_possible', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.create_index('ix_step_deal_due', ['deal_id', 'due_date'], unique=False)

    op.create_table('step_dependency',
    sa.Column('step_id', sa.Uuid(), nullable=False),
    sa.Column('depends_on_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['depends_on_id'], ['step.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['step.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('step_id', 'depends_on_id')
    )


def downgrade() -> None:
    op.drop_table('step_dependency')
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.drop_index('ix_step_deal_due')

    op.drop_table('step')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index('ix_stakeholder_deal')

    op.drop_table('stakeholder')
    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_deal')

    op.drop_table('risk')
    op.drop_table('approval_path')
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_target_close')
        batch_op.drop_index('ix_deal_stage')

    op.drop_table('deal')
