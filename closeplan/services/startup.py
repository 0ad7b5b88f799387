"""The first look at a database when the app starts: its deal list, read before the store
(SQLAlchemy, Alembic, the start-up health check) is opened.

The window shows these rows at once and opens the database properly right after (and shows
the list as read then). With the rows comes the deal the window had open when it last closed,
kept beside them, so that the editor shows it (and takes edits) before the database is open. A first look is only taken from a local file at the current schema,
readable, with deals in it; anything else (a file to migrate or to recover, another database
server, an empty database) starts the usual way. The rows come from the snapshot the app kept
when it last closed, if the file has not been written since, or else from the file itself.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from closeplan.services import paths
from closeplan.store.sqlite_reader import (
    SCHEMA_HEAD,
    StoredSummary,
    connect_read_only,
    read_kept,
    read_list,
    read_snapshot,
    schema_revision,
    sqlite_file,
    write_kept,
    write_snapshot,
)

if TYPE_CHECKING:
    from closeplan.domain.model import Deal
    from closeplan.services.deals import DealService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstLook:
    path: Path
    rows: list[StoredSummary]
    stale: int  # rows computed for another day (or never): recomputed once the store is open
    from_snapshot: bool = False
    deal: Deal | None = None  # the deal open when the app last closed, as stored (see kept_deal)


def first_look(target: str, today: date) -> FirstLook | None:
    """The deal list of the database ``target`` (a path or URL), or None when the database
    must be opened the usual way first."""
    path = sqlite_file(target)
    if path is None or not path.is_file():
        return None
    rows = read_snapshot(path, snapshot_file(path))
    if rows is not None:
        return _look(path, rows, today, from_snapshot=True, deal=kept_deal(path))
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


def _look(
    path: Path, rows: list[StoredSummary], today: date, from_snapshot: bool = False, deal: Deal | None = None
) -> FirstLook | None:
    if not rows:
        return None
    day = today.isoformat()
    stale = sum(1 for row in rows if row.as_of_text != day)
    if deal is not None:
        names = {deal.id.hex, str(deal.id)}
        if not any(row.id_hex in names and row.version == deal.version for row in rows):
            deal = None  # not the deal the list holds
    return FirstLook(path, rows, stale, from_snapshot, deal)


def snapshot_file(path: Path) -> Path:
    """Where the deal-list snapshot of the database file ``path`` is kept."""
    key = zlib.crc32(str(path.absolute()).encode("utf-8"))  # the snapshot also names the file exactly
    return paths.cache_dir() / "lists" / f"{path.stem}-{key:08x}.snapshot"


def close_remembering(service: DealService, open_deal: uuid.UUID | None = None) -> None:
    """Close the service's database, keeping its deal list (and the deal ``open_deal``, the
    one on screen) for the next start. Keeping them never fails the closing (a start without a
    snapshot only takes a little longer)."""
    path = service.file
    rows = None
    deal = None
    if path is not None:
        try:
            rows = service.list_deals()
            if open_deal is not None and open_deal not in service.read_only_deals():
                deal = service.get_deal(open_deal)
        except Exception as exc:  # the database is closed below all the same
            log.warning("could not read the deal list to keep it: %s", type(exc).__name__)
    service.close()
    if path is None or not rows:
        return
    try:
        write_snapshot(path, snapshot_file(path), rows)
        _keep_deal(path, deal)
    except (OSError, ValueError) as exc:
        log.warning("could not keep the deal list for the next start: %s", type(exc).__name__)


# --- the deal kept with the list ------------------------------------------------------------
# Written as the bundle format's plain values (closeplan.export.bundle) with marshal, beside the
# list snapshot and under the same rule: used only while the database file is exactly as it
# was when the app closed, so the deal is the one stored. The database is opened right after
# in any case, and what was typed meanwhile is written to it then.

_DEAL_FORMAT = 1


def deal_file(path: Path) -> Path:
    return snapshot_file(path).with_suffix(".deal")


def _keep_deal(path: Path, deal: Deal | None) -> None:
    from closeplan.export.bundle import deal_to_dict

    target = deal_file(path)
    if deal is None:
        target.unlink(missing_ok=True)
        return
    write_kept(path, target, _DEAL_FORMAT, deal_to_dict(deal))


def kept_deal(path: Path) -> Deal | None:
    """The deal kept when the app last closed on the database file ``path``, if the file has not
    been written since (else, or if the kept file is damaged, None)."""
    raw = read_kept(path, deal_file(path), _DEAL_FORMAT)
    if raw is None:
        return None
    from closeplan.export.bundle import deal_from_dict

    try:
        deal, errors = deal_from_dict(raw)
    except Exception as exc:  # a damaged file is only a slower start
        log.warning("the kept deal could not be read: %s", type(exc).__name__)
        return None
    return deal if not errors else None


def keep_unsaved(deals: list[Deal], now: datetime) -> list[Path]:
    """Write deals with edits that could not be saved (the database would not open) as bundle
    files in the data folder's ``unsaved`` folder; the files written (none that failed)."""
    from dataclasses import replace

    from closeplan.export.bundle import SUFFIX, dumps
    from closeplan.files import safe_file_stem, write_atomic

    folder = paths.data_dir() / "unsaved"
    written = []
    for deal in deals:
        deal = replace(deal, version=deal.version + 1)  # so that importing it replaces the stored one
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = folder / f"{safe_file_stem(deal.account, deal.name)} {stamp}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(target, dumps(deal, now))
        except OSError as exc:
            log.error("could not keep unsaved edits in a file: %s", type(exc).__name__)
            continue
        written.append(target)
    return written
