"""sqlmodel tables, the engine and its pragmas, Alembic migrations, and the repository."""
