"""Reading the database with Python's own sqlite3 module alone, before the store is opened:
the schema revision and the deal list.

The deal list of 10,000 deals is on screen before SQLAlchemy, Alembic and the domain's
scheduling are imported (they take most of a second); the store's repository reads its list
rows through the same function, so both ways give the same rows.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from closeplan.domain.basics import Level, Stage

if TYPE_CHECKING:
    from closeplan.domain.model import FlagBrief

# The newest schema revision. A test checks it equals Alembic's head, so that opening an
# up-to-date database can skip importing Alembic at all (it costs ~0.1 s at start-up).
SCHEMA_HEAD = "0010"

# closeplan's mark in the SQLite header (``PRAGMA application_id``, bytes 68-71): "ClPn". Set by
# revision 0007; a file with another mark belongs to another program and is never touched.
APPLICATION_ID = 0x436C506E


def sqlite_file(target: str) -> Path | None:
    """The file behind a database argument (a path or a plain ``sqlite:///`` URL), named as the
    engine names it; None for anything else (another database server, URL options, memory)."""
    if "://" not in target:
        return Path(target).expanduser().absolute()
    rest = target[len("sqlite:///") :] if target.startswith("sqlite:///") else ""
    if not rest or "?" in rest or rest.startswith(":memory:") or rest.startswith("file:"):
        return None
    return Path(rest)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither create nor change the file (sqlite3.Error if it cannot be
    opened, e.g. when it does not exist)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in an SQLite file (None when it has none or is unreadable)."""
    try:
        connection = connect_read_only(path)
    except (sqlite3.Error, ValueError):
        return None
    try:
        return schema_revision(connection)
    finally:
        connection.close()


def schema_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_LIST_SQL = """
SELECT d.id, d.name, d.account, d.amount, d.currency, d.stage, d.target_close, d.owner, d.country,
       d.customer_language, d.updated_at, d.version,
       s.as_of, s.projected_close, s.slip_days, s.level, s.top_flags, s.step_count, s.done_count,
       s.overdue_count, s.times_close_pushed, s.next_customer_step, s.next_customer_date
FROM deal AS d LEFT OUTER JOIN deal_summary AS s ON s.deal_id = d.id
"""
_COLUMNS = 23


def _in_list_order(rows: list[tuple]) -> list[tuple]:
    """By target close (ISO dates sort as text), then name: sorted here rather than by SQLite,
    which would sort whole rows (flags and all) through a temporary b-tree, a third slower."""
    rows.sort(key=lambda r: (r[6], r[1]))
    return rows


class _StoredFlags(Sequence):
    """The top flags of a list row, parsed from their JSON only when someone looks
    (most of 10,000 rows are never hovered)."""

    __slots__ = ("_raw", "_parsed")
    _LEVELS = {level.value: level for level in Level}

    def __init__(self, raw: str):
        self._raw = raw
        self._parsed: tuple[FlagBrief, ...] | None = None

    def _items(self) -> tuple[FlagBrief, ...]:
        if self._parsed is None:
            from closeplan.domain.model import FlagBrief

            self._parsed = (
                tuple(
                    FlagBrief(f["code"], self._LEVELS[f["severity"]], f["message"], f.get("data") or {})
                    for f in json.loads(self._raw)
                )
                if self._raw
                else ()
            )
        return self._parsed

    def __getitem__(self, index):
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __eq__(self, other) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._items())


def _day(text):
    return date.fromisoformat(text) if text else None


_STAGES = {stage.value: stage for stage in Stage}
_LEVELS = {level.value: level for level in Level}


class StoredSummary:
    """A deal-list row read from the database, converted field by field only when used.

    It has the attributes of ``DealSummary`` (it is a ``ListRow``); the list of 10,000 deals shows a few dozen
    rows at a time, so most rows never need their ids, amounts and dates turned into
    Python objects."""

    __slots__ = ("_r", "_id")

    def __init__(self, row: tuple):
        self._r = row
        self._id: uuid.UUID | None = None

    id_hex = property(lambda self: self._r[0])
    raw = property(lambda self: self._r)  # the row as read

    @property
    def id(self) -> uuid.UUID:
        if self._id is None:
            self._id = uuid.UUID(hex=self._r[0])
        return self._id

    name = property(lambda self: self._r[1])
    account = property(lambda self: self._r[2])
    amount = property(lambda self: Decimal(self._r[3]))
    currency = property(lambda self: self._r[4])
    stage = property(lambda self: _STAGES[self._r[5]])
    target_close = property(lambda self: date.fromisoformat(self._r[6]))
    owner = property(lambda self: self._r[7])
    country = property(lambda self: self._r[8])
    customer_language = property(lambda self: self._r[9])
    updated_at = property(lambda self: _utc(datetime.fromisoformat(self._r[10])))
    version = property(lambda self: self._r[11])
    as_of = property(lambda self: _day(self._r[12]))
    as_of_text = property(lambda self: self._r[12])  # the day the row was computed for (ISO), None if never
    projected_close = property(lambda self: _day(self._r[13]))
    slip_days = property(lambda self: self._r[14])
    level = property(lambda self: _LEVELS.get(self._r[15]) if self._r[15] else None)
    flags_known = property(lambda self: self._r[16] is not None)  # not in a snapshot
    top_flags = property(lambda self: _StoredFlags(self._r[16]) if self._r[16] and self._r[16] != "[]" else ())
    step_count = property(lambda self: self._r[17] or 0)
    done_count = property(lambda self: self._r[18] or 0)
    overdue_count = property(lambda self: self._r[19] or 0)
    times_close_pushed = property(lambda self: self._r[20] or 0)
    next_customer_step = property(lambda self: self._r[21])
    next_customer_date = property(lambda self: _day(self._r[22]))

    def __eq__(self, other) -> bool:
        return isinstance(other, StoredSummary) and other._r == self._r

    def __hash__(self) -> int:
        return hash(self._r[0])

    def __repr__(self) -> str:
        return f"StoredSummary({self.name!r}, {self.account!r}, {self._r[0]})"


def read_list(connection: sqlite3.Connection, ids: Sequence[uuid.UUID] | None = None) -> list[StoredSummary]:
    """Every deal (or those in ``ids``) as a list row, in one query, ordered by target close
    and name.

    This is the hot path of the deal list and the manager review (10,000 rows): it reads
    plain tuples from the driver and converts values only when they are used.
    Rows not yet computed have no projection (None)."""
    if ids is None:
        queries: list[tuple[str, tuple[str, ...]]] = [(_LIST_SQL, ())]
    else:  # at most 500 ids to a query (SQLite's limit on parameters)
        chunks = [ids[start : start + 500] for start in range(0, len(ids), 500)]
        queries = [
            (_LIST_SQL + " WHERE d.id IN (" + ",".join("?" * len(chunk)) + ")", tuple(i.hex for i in chunk))
            for chunk in chunks
        ]
    fetched: list[tuple] = []
    cursor = connection.cursor()
    try:
        for sql, params in queries:
            fetched.extend(cursor.execute(sql, params).fetchall())
    finally:
        cursor.close()
    return [StoredSummary(row) for row in _in_list_order(fetched)]


# --- the list snapshot ---------------------------------------------------------------------
# When the app closes it keeps the deal list (without the risk flags' texts) in a file of its
# cache; the next start shows it before reading the database, if the database file is still
# exactly as it was then (same size, modification time and inode, no write-ahead log since).
# The database is read right after in any case, so a snapshot is never the last word.

_SNAPSHOT_FORMAT = 1
_FLAGS = 16  # the column of the risk flags' JSON, left out of snapshots


def file_identity(path: Path) -> tuple[int, ...]:
    """What changes whenever SQLite writes the file (OSError if it is gone)."""
    main = path.stat()
    try:
        wal = Path(f"{path}-wal").stat()
        log = (wal.st_size, wal.st_mtime_ns)
    except FileNotFoundError:
        log = (-1, -1)
    return (main.st_size, main.st_mtime_ns, main.st_ino, *log)


def write_kept(path: Path, target: Path, form: int, payload: object) -> None:
    """Keep ``payload`` (plain values marshal writes) for the database file ``path`` in
    ``target``, with the file's identity as it is now (after closing) and the schema revision."""
    import marshal
    import os

    data = marshal.dumps((form, SCHEMA_HEAD, str(path.absolute()), file_identity(path), payload))  # type: ignore[arg-type]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, target)


def read_kept(path: Path, source: Path, form: int) -> object | None:
    """What ``write_kept`` kept in ``source`` for the database ``path``, if the database has not
    been written since and is at the current schema; None otherwise (or if the file is damaged)."""
    import marshal

    try:
        data = source.read_bytes()
        identity = file_identity(path)
    except OSError:
        return None
    try:
        kept_form, revision, name, kept_for, payload = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if kept_form != form or revision != SCHEMA_HEAD or name != str(path.absolute()) or tuple(kept_for) != identity:
        return None
    return payload


def write_snapshot(path: Path, target: Path, rows: Sequence[StoredSummary]) -> None:
    """Keep ``rows``, the deal list of the database file ``path`` read just before it was
    closed, in ``target``."""
    write_kept(path, target, _SNAPSHOT_FORMAT, [row.raw[:_FLAGS] + (None,) + row.raw[_FLAGS + 1 :] for row in rows])


def read_snapshot(path: Path, source: Path) -> list[StoredSummary] | None:
    """The deal list kept in ``source`` for the database ``path`` (see ``read_kept``)."""
    rows = read_kept(path, source, _SNAPSHOT_FORMAT)
    if not isinstance(rows, list) or not all(isinstance(row, tuple) and len(row) == _COLUMNS for row in rows):
        return None
    return [StoredSummary(row) for row in rows]
