"""Schema migrations with Alembic, applied when a database is opened.

Before an existing database is migrated, a copy is made with SQLite's backup API
and verified with ``PRAGMA integrity_check``. A database written by a newer
closeplan (an Alembic revision this version does not know) is refused unchanged.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

if TYPE_CHECKING:  # alembic is imported only when a database needs checking or migrating
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from closeplan.store.backups import (
    backup_folder,
    copy_database,
    owner_only,
    private_file,
    refuse_unless_ours,
    stamp,
)
from closeplan.store.engine import (
    Database,
    DatabaseError,
    DatabaseTooNew,
    NotACloseplanDatabase,
    for_writing,
    is_damage,
    make_engine,
    plain_reason,
    sqlite_path,
    to_url,
    unavailable,
)
from closeplan.store.sqlite_reader import SCHEMA_HEAD, connect_read_only, stored_revision


def _script_location() -> str:
    return str(resources.files("closeplan.store").joinpath("migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    return config


def script_directory() -> ScriptDirectory:
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
    with for_writing(engine).begin() as connection:  # BEGIN IMMEDIATE: two starts migrate one after the other
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(target: str | os.PathLike[str], *, now: datetime) -> Database:
    """Open (creating if needed) and migrate a closeplan database.

    Whose the file is is found first, without changing it: another program's SQLite file (or a
    file that is not SQLite) is refused before anything is switched, chmodded or written.
    ``now`` names the backup taken before a migration; callers pass the clock in.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        refuse_unless_ours(path)
        private_file(path)  # SQLite gives the -wal and -shm files the same permissions
    engine = make_engine(url)
    try:
        _migrate(engine, path, now)
    except (sqlalchemy_exc.OperationalError, sqlalchemy_exc.DatabaseError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise DatabaseError(f"cannot read the database {path or url}: it is damaged ({exc.orig})") from exc
        raise unavailable(exc, str(path or url)) from exc
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            candidate = Path(str(path) + suffix)
            if candidate.exists():
                owner_only(candidate)
    return Database(engine, url)


def open_read_only(target: str | os.PathLike[str]) -> Database:
    """A closeplan database opened for reading only, e.g. for a dry run: nothing is created,
    switched, migrated, recovered or written. The file's content is copied into memory (through
    a ``mode=ro`` connection) and migrated there if it is of an older schema; a file that does not
    exist yet reads as an empty database. Damage, another program's file, a newer schema, a busy
    file: DatabaseError (nothing touched)."""
    url = to_url(target)
    path = sqlite_path(url)
    memory = make_engine("sqlite://")
    if path is None or refuse_unless_ours(path) in ("missing", "empty"):
        if path is None and make_url_backend(url) != "sqlite":
            memory.dispose()
            raise DatabaseError(f"a dry run reads a database file; {url} is not one")
        upgrade(memory)
        return Database(memory, "sqlite://", label=str(path or url), read_only=True)
    try:
        problem = problem_with_read_only(path)
        if problem is not None:
            from closeplan.store.backups import DatabaseDamaged

            raise DatabaseDamaged(
                f"{path} is damaged: {problem}. A dry run recovers nothing and the file was not "
                "changed; run the command without --dry-run to have it recovered from a backup."
            )
        revision = stored_revision(path)
        known = {rev.revision for rev in script_directory().walk_revisions()}
        if revision is not None and revision not in known:
            raise DatabaseTooNew(
                f"{path} was written by a newer version of closeplan (schema {revision}); the file was not changed."
            )
        source = connect_read_only(path)
        try:
            raw = memory.raw_connection()
            try:
                source.backup(cast(sqlite3.Connection, raw.driver_connection))  # (an sqlite:// engine)
            finally:
                raw.close()
        finally:
            source.close()
        if revision != SCHEMA_HEAD:
            upgrade(memory)
    except sqlite3.Error as exc:
        memory.dispose()
        if is_damage(exc):
            raise DatabaseError(f"cannot read the database {path}: it is damaged ({exc}); it was not changed") from exc
        raise unavailable(exc, str(path)) from exc
    except BaseException:
        memory.dispose()
        raise
    return Database(memory, "sqlite://", label=str(path), read_only=True)


def make_url_backend(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).get_backend_name()


def problem_with_read_only(path: Path) -> str | None:
    """``quick_check`` through a ``mode=ro`` connection: damage as text, None when healthy;
    sqlite3.Error for anything else."""
    connection = connect_read_only(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return f"SQLite reports: {exc}"
        raise
    finally:
        connection.close()
    if rows != [("ok",)]:
        return "SQLite's check found damage: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


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
    except Exception as exc:  # a damaged file surfaces here; its text may hold SQL: not passed on
        original = getattr(exc, "orig", None) or exc
        raise DatabaseError(f"cannot read the database {path or engine.url}: {plain_reason(original)}") from None
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
        folder = backup_folder(path)
        try:
            copy_database(path, folder / f"{path.stem}.before-migration-{current}.{stamp(now)}.sqlite3", now)
        except DatabaseError as exc:
            raise DatabaseError(f"{exc}; nothing was migrated") from exc
    upgrade(engine)
