"""closeplan's application_id in the SQLite header

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The header's application_id (bytes 68-71) marks the file as closeplan's, so that opening
another program's SQLite file can be refused before anything in it is touched. Databases from
before this revision are recognised by their alembic_version table and closeplan's tables.
"""
from alembic import op

from closeplan.store.sqlite_reader import APPLICATION_ID


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
