"""Alembic environment: closeplan passes an open connection in config.attributes."""

import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import context

from closeplan.store import tables

target_metadata = tables.metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from closeplan.store.engine import make_engine

        url = context.config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("migrations: pass a connection in config.attributes or set sqlalchemy.url")
        engine = make_engine(url)
        with engine.begin() as connection:
            _run_with(connection)
        engine.dispose()
    else:
        _run_with(connection)


def _run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
