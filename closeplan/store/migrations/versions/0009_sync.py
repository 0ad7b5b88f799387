"""syncing with a team server

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

The server this database syncs with and its cursor, the outbox of actions not yet acknowledged,
what the server says of each deal (owner, rights, freshness) and the conflicts it recorded.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_text = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'sync_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('server', sa.Text(), nullable=False),
        sa.Column('login', _text(), nullable=False),
        sa.Column('cursor', sa.Integer(), nullable=False),
        sa.Column('uploaded', sa.Boolean(), nullable=False),
        sa.Column('last_synced_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'outbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('action_id', sa.Uuid(), nullable=False),
        sa.Column('deal_id', sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_outbox_action_id', 'outbox', ['action_id'], unique=False)
    op.create_table(
        'deal_replica',
        sa.Column('deal_id', sa.Uuid(), nullable=False),
        sa.Column('owner', _text(), nullable=False),
        sa.Column('team', _text(), nullable=False),
        sa.Column('can_edit', sa.Boolean(), nullable=False),
        sa.Column('server_rev', sa.Integer(), nullable=False),
        sa.Column('owner_synced_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('deal_id'),
    )
    op.create_table(
        'sync_conflict',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('deal_id', sa.Uuid(), nullable=False),
        sa.Column('entity', _text(), nullable=False),
        sa.Column('entity_id', sa.Uuid(), nullable=True),
        sa.Column('field', _text(), nullable=False),
        sa.Column('base', sa.Text(), nullable=False),
        sa.Column('mine', sa.Text(), nullable=False),
        sa.Column('theirs', sa.Text(), nullable=False),
        sa.Column('mine_author', _text(), nullable=False),
        sa.Column('mine_at', sa.DateTime(), nullable=True),
        sa.Column('theirs_author', _text(), nullable=False),
        sa.Column('theirs_at', sa.DateTime(), nullable=True),
        sa.Column('resolution', _text(), nullable=True),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('reason', _text(), nullable=False, server_default='changed'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_sync_conflict_deal_id', 'sync_conflict', ['deal_id'], unique=False)
    # Once the database syncs (a sync_state row exists), every action made here goes into the
    # outbox, in the same transaction as its history rows, whichever program made it. Actions
    # pulled from the server (source "sync") and account calendar changes (kept per account,
    # not sent) are not queued.
    op.execute(
        "CREATE TRIGGER operation_to_outbox AFTER INSERT ON operation "
        "WHEN NEW.seq = 0 AND NEW.source NOT IN ('sync', 'account') AND EXISTS (SELECT 1 FROM sync_state) "
        "BEGIN INSERT INTO outbox (action_id, deal_id) VALUES (NEW.action_id, NEW.deal_id); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS operation_to_outbox")
    op.drop_index('ix_sync_conflict_deal_id', table_name='sync_conflict')
    op.drop_table('sync_conflict')
    op.drop_table('deal_replica')
    op.drop_index('ix_outbox_action_id', table_name='outbox')
    op.drop_table('outbox')
    op.drop_table('sync_state')
