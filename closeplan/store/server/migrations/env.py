"""Alembic environment of the team server's schema: closeplan passes an open connection (inside
its transaction, as the role closeplan_owner) in config.attributes. The version table is
closeplan.alembic_version, beside the tables it versions."""

from alembic import context

SCHEMA = "closeplan"


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=None, version_table_schema=SCHEMA)
    with context.begin_transaction():
        context.run_migrations()


run()
