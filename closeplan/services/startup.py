"""The first look at a database when the app starts: its deal list, read before the store
(SQLAlchemy, Alembic, the start-up health check) is opened.

The window shows these rows at once and opens the database properly right after (and shows
the list as read then). A first look is only taken from a local file at the current schema,
readable, with deals in it; anything else (a file to migrate or to recover, another database
server, an empty database) starts the usual way. The rows come from the snapshot the app kept
when it last closed, if the file has not been written since, or else from the file itself.
"""

from __future__ import annotations

import logging
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from closeplan.services import paths
from closeplan.store.sqlite_reader import (
    SCHEMA_HEAD,
    StoredSummary,
    connect_read_only,
    read_list,
    read_snapshot,
    schema_revision,
    sqlite_file,
    write_snapshot,
)

if TYPE_CHECKING:
    from closeplan.services.deals import DealService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstLook:
    path: Path
    rows: list[StoredSummary]
    stale: int  # rows computed for another day (or never): recomputed once the store is open
    from_snapshot: bool = False


def first_look(target: str, today: date) -> FirstLook | None:
    """The deal list of the database ``target`` (a path or URL), or None when the database
    must be opened the usual way first."""
    path = sqlite_file(target)
    if path is None or not path.is_file():
        return None
    rows = read_snapshot(path, snapshot_file(path))
    if rows is not None:
        return _look(path, rows, today, from_snapshot=True)
    try:
        connection = connect_read_only(path)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        if schema_revision(connection) != SCHEMA_HEAD:
            return None
        rows = read_list(connection)
    except sqlite3.Error:  # damaged, locked or not ours: the health check says what is wrong
        return None
    finally:
        connection.close()
    return _look(path, rows, today)


def _look(path: Path, rows: list[StoredSummary], today: date, from_snapshot: bool = False) -> FirstLook | None:
    if not rows:
        return None
    day = today.isoformat()
    stale = sum(1 for row in rows if row.as_of_text != day)
    return FirstLook(path, rows, stale, from_snapshot)


def snapshot_file(path: Path) -> Path:
    """Where the deal-list snapshot of the database file ``path`` is kept."""
    key = zlib.crc32(str(path.absolute()).encode("utf-8"))  # the snapshot also names the file exactly
    return paths.cache_dir() / "lists" / f"{path.stem}-{key:08x}.snapshot"


def close_remembering(service: DealService) -> None:
    """Close the service's database, keeping its deal list for the next start. Keeping it never
    fails the closing (a start without a snapshot only takes a little longer)."""
    path = service.file
    rows = None
    if path is not None:
        try:
            rows = service.list_deals()
        except Exception as exc:  # the database is closed below all the same
            log.warning("could not read the deal list to keep it: %s", type(exc).__name__)
    service.close()
    if path is None or not rows:
        return
    try:
        write_snapshot(path, snapshot_file(path), rows)
    except (OSError, ValueError) as exc:
        log.warning("could not keep the deal list for the next start: %s", type(exc).__name__)
