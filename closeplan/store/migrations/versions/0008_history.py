"""the history of operations

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Every change to a deal is kept as field-level operations (entity, id, field, old and new value)
with the action it belongs to, its author and time, and the deal's version it was made on.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'operation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('deal_id', sa.Uuid(), nullable=False),
        sa.Column('action_id', sa.Uuid(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('entity_id', sa.Uuid(), nullable=True),
        sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('old', sa.Text(), nullable=False),
        sa.Column('new', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=True),
        sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('base_version', sa.Integer(), nullable=False),
        sa.Column('undoes', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_operation_deal', 'operation', ['deal_id', 'id'], unique=False)
    op.create_index('ix_operation_action', 'operation', ['action_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_operation_action', table_name='operation')
    op.drop_index('ix_operation_deal', table_name='operation')
    op.drop_table('operation')
