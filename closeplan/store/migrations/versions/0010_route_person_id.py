"""route desks linked to stakeholders

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

A desk of the approval route names the deal's stakeholder sitting at it by id, so a renamed
stakeholder is renamed on the route too. Existing desks keep their names and no link (NULL).
"""

from alembic import op
import sqlalchemy as sa


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("route_step") as batch:
        batch.add_column(sa.Column("person_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("route_step") as batch:
        batch.drop_column("person_id")
