"""The team server: a PostgreSQL database with the schema ``closeplan`` (docs/sync-protocol.md).

``connection`` opens a connection from a URL and turns libpq's failures into one sentence each
(never with the password); ``schema`` creates or upgrades the roles, the schema, its policies and
functions (its own Alembic migrations, ``migrations/``), creates logins and lists them.
"""
