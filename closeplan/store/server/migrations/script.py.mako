"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

The SQL is in the file of the same name ending in .sql (frozen history, like this file).
"""

from pathlib import Path

from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def _run(suffix: str) -> None:
    script = Path(__file__).with_name(Path(__file__).stem + suffix).read_text(encoding="utf-8")
    driver = op.get_bind().connection.driver_connection  # the driver's own: no bind markers
    assert driver is not None
    driver.execute(script)


def upgrade() -> None:
    _run(".sql")


def downgrade() -> None:
    _run(".down.sql")
