"""The database engine: SQLite by default, with the pragmas closeplan relies on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy import exc as sqlalchemy_exc
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


class DatabaseUnavailable(DatabaseError):
    """The database cannot be used now, though nothing says it is damaged: another program holds
    it (busy, locked), it or its folder is read-only, the disk failed to read or write (I/O), or
    it cannot be opened. Nothing was changed or moved. ``reason`` is one of: busy, read-only,
    io, cannot-open."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


# SQLite's primary result codes (the low byte of an extended code), as sqlite3 exceptions carry
# them in ``sqlite_errorcode``: only these two say the file itself is damaged.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
_UNAVAILABLE: dict[int | None, tuple[str, str]] = {  # by sqlite_code (None: not an SQLite error)
    5: ("busy", "another program is holding it (busy)"),  # SQLITE_BUSY
    6: ("busy", "another program is holding it (locked)"),  # SQLITE_LOCKED
    8: ("read-only", "it, or its folder, is read-only"),  # SQLITE_READONLY
    10: ("io", "the disk reported an error reading or writing it (I/O error)"),  # SQLITE_IOERR
    14: ("cannot-open", "it cannot be opened"),  # SQLITE_CANTOPEN
    3: ("read-only", "access to it is not permitted"),  # SQLITE_PERM
    13: ("io", "the disk is full"),  # SQLITE_FULL
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an sqlite3 (or SQLAlchemy-wrapped) error, else None."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def unavailable(exc: BaseException, where: str) -> DatabaseUnavailable:
    """The one-sentence report of an SQLite error that is not damage (busy, locked, I/O, ...)."""
    reason, words = _UNAVAILABLE.get(sqlite_code(exc), ("cannot-open", "SQLite could not use it"))
    original = getattr(exc, "orig", None) or exc
    name = getattr(original, "sqlite_errorname", "") or type(original).__name__
    return DatabaseUnavailable(
        reason,
        f"{where} cannot be used now: {words} ({name}). Nothing was changed or moved; "
        "close the other program or fix the cause, then try again.",
    )


class WriteFailed(DatabaseError):
    """A change could not be written to the database; none of it was saved.

    ``reason`` is one of: disk-full, read-only, busy, io, damaged, other."""

    def __init__(self, reason: str, message: str, where: str = ""):
        super().__init__(message)
        self.reason = reason
        self.where = where


class ReadOnlyDeal(WriteFailed):
    """The team server lets this user read the deal but not change it (a manager's view of an
    AE's deal, a deal shared for reading): nothing was written."""

    def __init__(self, where: str, deal_id=None, owner: str = ""):
        whose = f"{owner}'s" if owner else "another user's"
        super().__init__(
            "read-only-deal",
            f"Not saved: this deal is {whose} on the team server; you can read it, not change it "
            f"(ask its owner to share it for editing). The database was not changed.",
            where,
        )
        self.deal_id = deal_id
        self.owner = owner


_REASONS = (
    ("SQLITE_FULL", "disk-full", "the disk is full"),
    ("SQLITE_READONLY", "read-only", "the database file is read-only"),
    ("SQLITE_BUSY", "busy", "another program is holding the database"),
    ("SQLITE_LOCKED", "busy", "another program is holding the database"),
    ("SQLITE_IOERR", "io", "the disk could not be written (it may be full, or disconnected)"),
    ("SQLITE_CANTOPEN", "io", "the database file cannot be opened (was it moved?)"),
    ("SQLITE_CORRUPT", "damaged", "the database file is damaged"),
    ("SQLITE_NOTADB", "damaged", "the database file is damaged"),
)


class StaleVersion(WriteFailed):
    """Another writer (another window, another process) saved the deal since it was read: the
    change was not written. Read the deal again and re-apply the change (``EditService`` does)."""

    def __init__(self, where: str, deal_id=None, expected: int | None = None, found: int | None = None):
        if found is None:
            state = "was deleted"
        elif expected is None:
            state = f"was stored meanwhile, at version {found}"
        else:
            state = f"is now at version {found}, not {expected}"
        super().__init__(
            "busy",
            f"Not saved: another writer changed this deal since it was read (it {state}; "
            f"{where}). The database was not changed.",
            where,
        )
        self.deal_id = deal_id
        self.expected = expected
        self.found = found


def plain_reason(original: BaseException) -> str:
    """What SQLite said, without SQL or values: sqlite3's own message names the failed constraint
    or condition only; anything else (an SQLAlchemy wrapper's text holds the statement) is
    reduced to the kind of error."""
    if isinstance(original, sqlite3.Error):
        return str(original).splitlines()[0][:200] if str(original) else type(original).__name__
    if isinstance(original, OSError):
        return original.strerror or type(original).__name__
    return type(original).__name__


def write_failure(exc: BaseException, where: str) -> WriteFailed:
    """A clear WriteFailed for an error SQLite (or the OS) raised while writing ``where``. Its
    message never holds SQL or the values of the change (they may be customer data)."""
    original = getattr(exc, "orig", None) or exc
    name = getattr(original, "sqlite_errorname", "") or ""
    text = plain_reason(original)
    for prefix, reason, words in _REASONS:  # noqa: B007 - the match is used after the loop
        if name.startswith(prefix):
            break
    else:
        if isinstance(original, OSError) and original.errno == 28:
            reason, words = "disk-full", "the disk is full"
        elif "readonly" in text or "read-only" in text:
            reason, words = "read-only", "the database file is read-only"
        elif name.startswith("SQLITE_CONSTRAINT") or isinstance(original, sqlite3.IntegrityError):
            reason, words = "other", "the change conflicts with what the database holds"
        else:
            reason, words = "other", "the database refused the change"
    return WriteFailed(reason, f"Not saved: {words} ({where}: {text}). The database was not changed.", where)


class NotALocalDatabase(DatabaseError):
    """A URL of another kind of database: closeplan's own database is a SQLite file; a team's
    PostgreSQL server is synced with, not opened."""

    def __init__(self, target: str):
        scheme = target.split("://", 1)[0]
        if scheme.startswith("postgres"):
            text = (
                "a PostgreSQL server is not opened as a database: it is the team server, which a "
                "database file syncs with (closeplan sync --db FILE --server URL)"
            )
        else:
            text = f"{scheme}:// is not a closeplan database: give a database file (or a sqlite:/// URL)"
        super().__init__(f"--db: {text}")


def to_url(target: str | os.PathLike[str]) -> str:
    """Turn a file path or an SQLite URL into an SQLAlchemy URL (NotALocalDatabase for others)."""
    text = os.fspath(target)
    if "://" in text:
        if not text.split("://", 1)[0].lower().startswith("sqlite"):
            raise NotALocalDatabase(text)
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
        checks: dict[str, int | str] = {
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
        return create_engine(url, hide_parameters=True)
    path = sqlite_path(url)
    if path is None:
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, poolclass=StaticPool, hide_parameters=True
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error's text never carries the values of a statement (customer data)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)

    file_backed = path is not None

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        _apply_sqlite_pragmas(dbapi_connection, file_backed)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # A write takes the write lock at once (BEGIN IMMEDIATE), so that SQLite's busy timeout
        # applies: a deferred transaction that reads, then writes, fails at once with "database
        # is locked" when another writer committed in between. Reads stay deferred (WAL lets
        # them run beside a writer).
        immediate = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


WRITE_OPTION = "closeplan_write"


def for_writing(engine: Engine) -> Engine:
    """The engine whose transactions begin with ``BEGIN IMMEDIATE`` (see make_engine)."""
    return engine.execution_options(**{WRITE_OPTION: True})


class Database:
    """An open, migrated closeplan database."""

    def __init__(self, engine: Engine, url: str, label: str = "", read_only: bool = False):
        self.engine = engine
        self.url = url
        self.path = sqlite_path(url)
        self.label = label  # what describe() names, when not the URL (a file read into memory)
        self.read_only = read_only  # opened for a dry run: every transaction is refused
        self.writer = for_writing(engine)  # its transactions begin with BEGIN IMMEDIATE

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error.

        It begins with ``BEGIN IMMEDIATE``: it waits (up to the busy timeout) for another writer
        to finish, and what it reads stays current until it commits. An error SQLite raises is a
        WriteFailed whose message holds neither SQL nor values."""
        if self.read_only:
            raise WriteFailed(
                "read-only",
                f"Not saved: {self.describe()} was opened read-only (a dry run); nothing was written.",
                self.describe(),
            )
        try:
            with Session(self.writer, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (sqlalchemy_exc.OperationalError, sqlalchemy_exc.DatabaseError, sqlite3.Error, OSError) as exc:
            # not chained: the wrapped error's text holds the SQL statement
            raise write_failure(exc, self.describe()) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read in. An error SQLite raises becomes a DatabaseError in one sentence
        (damaged, busy, I/O …) that holds neither SQL nor values."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except (sqlalchemy_exc.OperationalError, sqlalchemy_exc.DatabaseError, sqlite3.Error) as exc:
            if is_damage(exc):
                original = getattr(exc, "orig", None) or exc
                raise DatabaseError(
                    f"cannot read the database {self.describe()}: it is damaged ({plain_reason(original)})"
                ) from None
            raise unavailable(exc, self.describe()) from None

    def close(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        return str(self.path) if self.path else (self.label or self.url)
