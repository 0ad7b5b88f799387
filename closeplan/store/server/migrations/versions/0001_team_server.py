"""the team server: deals as items, the log of changes, conflicts, members, row-level security

Revision ID: 0001
Revises:
Create Date: 2026-12-01

The SQL is in 0001_team_server.sql (upgrade) and 0001_team_server.down.sql (downgrade), frozen
history like this file. It is run through the driver's own connection, so that PL/pgSQL's ``%``
and ``:=`` are not taken for bind markers.
"""

from pathlib import Path

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _run(suffix: str) -> None:
    script = Path(__file__).with_name(Path(__file__).stem + suffix).read_text(encoding="utf-8")
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.execute(script)


def upgrade() -> None:
    _run(".sql")


def downgrade() -> None:
    _run(".down.sql")
