"""The database engine: SQLite by default, with the pragmas closeplan relies on."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A problem with the database file that the user must know about."""


class DatabaseTooNew(DatabaseError):
    pass


class NotACloseplanDatabase(DatabaseError):
    pass


def to_url(target: str | os.PathLike[str]) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory and other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


def _apply_sqlite_pragmas(dbapi_connection, file_backed: bool) -> None:
    # We issue BEGIN ourselves (see _begin below) so that transactions are real
    # and DDL in migrations is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if file_backed:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        checks = {
            "foreign_keys": 1,
            "synchronous": 2,
            "busy_timeout": BUSY_TIMEOUT_MS,
        }
        if file_backed:
            checks["journal_mode"] = "wal"
        for pragma, expected in checks.items():
            value = cursor.execute(f"PRAGMA {pragma}").fetchone()[0]
            if isinstance(value, str):
                value = value.lower()
            if value != expected:
                raise DatabaseError(f"the database refused PRAGMA {pragma}={expected} (it reports {value})")
    finally:
        cursor.close()


def make_engine(target: str | os.PathLike[str]) -> Engine:
    url = to_url(target)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url)
    path = sqlite_path(url)
    if path is None:
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    file_backed = path is not None

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        _apply_sqlite_pragmas(dbapi_connection, file_backed)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open, migrated closeplan database."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self.path = sqlite_path(url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        return str(self.path) if self.path else self.url
