"""Schema migrations with Alembic, applied when a database is opened.

Before an existing database is migrated, a copy is made with SQLite's backup API
and verified with ``PRAGMA integrity_check``. A database written by a newer
closeplan (an Alembic revision this version does not know) is refused unchanged.
"""

from __future__ import annotations

import os
from datetime import datetime
from importlib import resources
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

if TYPE_CHECKING:  # alembic is imported only when a database needs checking or migrating
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from closeplan.store.backups import SQLITE_HEADER, backup_dir_for, copy_database, owner_only, private_file, stamp
from closeplan.store.quick import SCHEMA_HEAD, stored_revision
from closeplan.store.engine import (
    Database,
    DatabaseError,
    DatabaseTooNew,
    NotACloseplanDatabase,
    make_engine,
    sqlite_path,
    to_url,
)


def _script_location() -> str:
    return str(resources.files("closeplan.store").joinpath("migrations"))




def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    return config


def script_directory() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(target: str | os.PathLike[str], *, now: datetime) -> Database:
    """Open (creating if needed) and migrate a closeplan database.

    ``now`` names the backup taken before a migration; callers pass the clock in.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        _refuse_non_sqlite(path)
    if path is not None:
        private_file(path)  # SQLite gives the -wal and -shm files the same permissions
    engine = make_engine(url)
    try:
        _migrate(engine, path, now)
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            candidate = Path(str(path) + suffix)
            if candidate.exists():
                owner_only(candidate)
    return Database(engine, url)


def _refuse_non_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotACloseplanDatabase(f"{path} is not a closeplan database (not an SQLite file); it was not changed")


def _migrate(engine: Engine, path: Path | None, now: datetime) -> None:
    if path is not None and path.exists() and stored_revision(path) == SCHEMA_HEAD:
        return  # the common case: nothing to check further, nothing to import
    script = script_directory()
    known = {rev.revision for rev in script.walk_revisions()}
    head = script.get_current_head()
    try:
        current = current_revision(engine)
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    except Exception as exc:  # a damaged file surfaces here
        raise DatabaseError(f"cannot read the database {path or engine.url}: {exc}") from exc
    if current == head:
        return
    if current is None:
        if tables - {"alembic_version"}:
            raise NotACloseplanDatabase(
                f"{path or engine.url} holds tables that are not closeplan's; it was not changed"
            )
    elif current not in known:
        raise DatabaseTooNew(
            f"{path or engine.url} was written by a newer version of closeplan "
            f"(schema {current}; this version knows up to {head}). "
            "Update closeplan to open it; the file was not changed."
        )
    if current is not None and path is not None:
        folder = backup_dir_for(path)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            copy_database(path, folder / f"{path.stem}.before-migration-{current}.{stamp(now)}.sqlite3", now)
        except DatabaseError as exc:
            raise DatabaseError(f"{exc}; nothing was migrated") from exc
    upgrade(engine)
