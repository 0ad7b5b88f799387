"""Backups of the database file, the start-up health check and recovery.

Backups live in ``backups/`` next to the database and are named
``<stem>.<kind>.<key>.sqlite3``: ``daily.2026-11-23``, ``weekly.2026-W48``,
``before-migration-0003.20261123T093000``, ``before-restore.20261123T093000``.
Each copy is made with SQLite's backup API (consistent while the app has the file open)
and verified with ``PRAGMA integrity_check`` before it replaces anything or before an old
one is dropped. A file's modification time is set to the moment it was taken.

A damaged database is never deleted: it is renamed (with its ``-wal`` and ``-shm``) to
``<name>.damaged-<stamp>`` beside itself, and the newest good backup takes its place. Only
damage counts: SQLite's SQLITE_CORRUPT or SQLITE_NOTADB, a failed check, a bad header, or an
empty file (or one without closeplan's tables) that has backups. A database that is busy,
locked, read-only or fails to read (I/O) is reported (DatabaseUnavailable) and nothing is moved;
nothing is moved either without an exclusive lock on the file. See docs/safety-nets.md.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from closeplan.store.engine import (
    DatabaseError,
    DatabaseUnavailable,
    NotACloseplanDatabase,
    is_damage,
    unavailable,
)
from closeplan.store.sqlite_reader import APPLICATION_ID, connect_read_only

try:
    import fcntl
except ImportError:  # Windows: a file another program has open cannot be renamed there anyway
    fcntl = None  # type: ignore[assignment]  # (checked before use)

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
SIDE_FILES = ("-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseDamaged(DatabaseError):
    """The database file is damaged and could not be recovered from a backup; it was not changed."""


class BackupFailed(DatabaseError):
    pass


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of SQLite's full ``integrity_check`` of a database file."""

    database: Path
    problem: str | None  # None: it passed

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def message(self) -> str:
        if self.problem is None:
            return f"{self.database} passed SQLite's integrity check."
        return (
            f"{self.database} failed SQLite's integrity check ({self.problem}). No backup is taken "
            "from it while it fails, and the existing backups are kept as they are; "
            "restore one (File → Restore from backup…, or closeplan backups --restore) or keep working "
            "and export your deals as bundles."
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # daily | weekly | before-migration | before-restore | kept | other
    key: str  # the day, week or moment in the name
    taken: datetime  # when the copy was made (the file's modification time)
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Recovery:
    """What the start-up check did to a damaged database."""

    database: Path
    problem: str
    restored_from: Backup  # the newest good backup, now in the database's place
    moved_aside: list[Path] = field(default_factory=list)


def backup_dir_for(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def private_file(path: Path) -> Path:
    """Create ``path`` empty (if missing) readable and writable by its owner only, so that
    SQLite, which gives its -wal and -shm files the database's permissions, keeps them so too."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    owner_only(path)
    return path


def owner_only(path: Path) -> None:
    """Take group and other permissions away (never adding any: a read-only file stays so)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass  # not ours to change (another owner, a read-only file system)


# --- checking -------------------------------------------------------------------------


def problem_with(path: Path, thorough: bool = False) -> str | None:
    """Why ``path`` is damaged, or None if it is healthy (or does not exist yet, or is empty).

    The quick check reads every page once (``PRAGMA quick_check``); ``thorough`` runs the full
    ``integrity_check`` (indexes too). A -wal left by a crash is replayed by SQLite as usual.
    Only SQLITE_CORRUPT / SQLITE_NOTADB, a failed check or a bad header are damage; any other
    SQLite error (busy, locked, read-only, I/O, cannot open) raises DatabaseUnavailable."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not has_sqlite_header(path):
        return "it is not an SQLite database file"
    try:
        connection = sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return f"SQLite reports: {exc}"
        raise unavailable(exc, str(path)) from exc
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return f"SQLite reports: {exc}"
        raise unavailable(exc, str(path)) from exc
    finally:
        connection.close()
    if rows != [("ok",)]:
        first = "; ".join(str(r[0]) for r in rows[:3])
        return f"SQLite's check found damage: {first}"
    return None


def full_check(path: Path) -> IntegrityReport:
    """SQLite's full ``integrity_check`` of a database file (indexes too). Slow on a big file:
    the app runs it beside the window. DatabaseUnavailable when the file cannot be read now."""
    return IntegrityReport(Path(path), problem_with(path, thorough=True))


def has_sqlite_header(path: Path) -> bool:
    return header_application_id(path) is not None


def header_application_id(path: Path) -> int | None:
    """The application_id of an SQLite file (None when it is not an SQLite file), read by SQLite.

    Never with a plain open() and close() of the file: closing any descriptor of a file drops
    every POSIX lock the process holds on it, its SQLite connections' too (SQLite only guards
    the descriptors it opened itself). The next program to close the database would then take
    itself for the last one and delete the -wal and -shm files this process still writes to.
    SQLite's own descriptors are closed only once the process holds no lock on the file. The
    connection is "immutable": it takes no lock and makes no -wal or -shm file, so like a plain
    read it sees the header in the file itself (a header page still in the -wal is not seen).
    DatabaseUnavailable when the file cannot be read now (no permission)."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise unavailable(exc, str(path)) from exc
    try:
        return int(connection.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.Error as exc:
        if is_damage(exc):  # not a database (no SQLite header, or a header SQLite cannot read)
            return None
        raise unavailable(exc, str(path)) from exc
    finally:
        connection.close()


CLOSEPLAN_TABLES = frozenset({"alembic_version", "deal"})


def ownership(path: Path) -> str:
    """Whose the file is, found without changing it: "missing" (no file, or 0 bytes), "not-sqlite"
    (no SQLite header), "ours" (closeplan's application_id, or from before it: alembic_version and
    closeplan's tables), "empty" (an SQLite file with no tables at all), "foreign" (another
    program's: another application_id or other tables). DatabaseUnavailable when it cannot be
    read now."""
    path = Path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return "missing"
        mark = header_application_id(path)
    except OSError as exc:
        raise DatabaseUnavailable(
            "cannot-open", f"{path} cannot be read now ({exc.strerror or exc}). Nothing was changed or moved."
        ) from exc
    if mark is None:
        return "not-sqlite"
    if mark == APPLICATION_ID:
        return "ours"
    if mark != 0:
        return "foreign"
    try:
        connection = connect_read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return "ours"  # what it holds cannot be read: the check says how it is damaged
        raise unavailable(exc, str(path)) from exc
    if CLOSEPLAN_TABLES <= tables:
        return "ours"
    return "empty" if not tables else "foreign"


def refuse_unless_ours(path: Path) -> str:
    """``ownership`` of a file about to be opened; NotACloseplanDatabase (nothing touched) when
    it is another program's file or not SQLite at all."""
    kind = ownership(path)
    if kind == "not-sqlite":
        raise NotACloseplanDatabase(f"{path} is not a closeplan database (not an SQLite file); it was not changed")
    if kind == "foreign":
        raise NotACloseplanDatabase(
            f"{path} is not a closeplan database (it holds tables that are not closeplan's, or another "
            "program's mark); it was not changed"
        )
    return kind


# --- copying --------------------------------------------------------------------------


def _sqlite_backup(source: Path, destination: Path) -> None:
    """Copy every page of ``source`` into ``destination`` with SQLite's online backup API. The
    copy keeps a rollback journal, not a write-ahead log: a backup is one file, and reading it
    (its check, a restore's preview) leaves no -wal or -shm beside it. (The database opened
    from a restored copy is put back into WAL mode by the engine.)"""
    src = sqlite3.connect(source, timeout=5)
    try:
        dst = sqlite3.connect(destination, timeout=5)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dst.close()
    finally:
        src.close()


def copy_database(
    source: Path, destination: Path, taken: datetime | None = None, before_replace: Callable[[Path], None] | None = None
) -> Path:
    """Copy a (possibly open) SQLite database with the backup API, verify the copy, then move
    it into place (``before_replace`` sees the verified copy first). The copy is readable by its
    owner only. Raises BackupFailed, leaving any existing ``destination`` as it was."""
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    private_file(partial)
    try:
        _sqlite_backup(source, partial)
        problem = problem_with(partial, thorough=True)
        if problem is not None:
            raise BackupFailed(f"the copy of {source} failed its check ({problem}); nothing was replaced")
        os.chmod(partial, 0o600)
        if taken is not None:
            moment = taken.timestamp()
            os.utime(partial, (moment, moment))
        if before_replace is not None:
            before_replace(partial)
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        raise BackupFailed(f"could not copy {source} to {destination}: {exc}") from exc
    except OSError as exc:
        raise BackupFailed(f"could not write {destination}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return destination


_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<kind>daily|weekly|before-migration-[0-9a-z]+|before-restore|kept)\.(?P<key>[0-9TW-]+)\.sqlite3$"
)


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of this database, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem or not path.is_file():
            continue
        kind = match["kind"]
        if kind.startswith("before-migration"):
            kind = "before-migration"
        info = path.stat()
        found.append(Backup(path, kind, match["key"], datetime.fromtimestamp(info.st_mtime).astimezone(), info.st_size))
    return sorted(found, key=lambda b: (b.taken, b.kind == "daily", b.key), reverse=True)


def _named(db_path: Path, kind: str, key: str) -> Path:
    return backup_dir_for(db_path) / f"{Path(db_path).stem}.{kind}.{key}.sqlite3"


def stamp(now: datetime) -> str:
    return now.astimezone().strftime("%Y%m%dT%H%M%S")


@dataclass
class Rotation:
    written: list[Path] = field(default_factory=list)
    dropped: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # fuller backups kept under another name
    notes: list[str] = field(default_factory=list)  # what the rotation did besides, in English


def _unique(path: Path) -> Path:
    candidate, counter = path, 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(path.name.replace(".sqlite3", f"-{counter}.sqlite3"))
    return candidate


def backup_folder(db_path: Path, notes: list[str] | None = None) -> Path:
    """The backups folder, created private if missing. A folder that is a symbolic link is used
    as it is, never chmodded through the link (``notes`` says so)."""
    folder = backup_dir_for(db_path)
    if folder.is_symlink():
        if not folder.is_dir():
            raise BackupFailed(f"{folder} is a link to a folder that does not exist; no backup was taken")
        if notes is not None:
            notes.append(f"{folder} is a link to {os.path.realpath(folder)}; its permissions were left as they are")
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def take_backups(
    db_path: Path,
    now: datetime,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    only_if_missing: bool = False,
) -> Rotation:
    """Today's and this week's backup (replacing earlier ones of the same day and week), then
    drop the oldest beyond ``keep_daily`` days and ``keep_weekly`` weeks — only once the new
    copies passed their integrity check. With ``only_if_missing`` nothing is copied if today's
    backup exists already. A backup holding deals is never replaced by a copy with fewer: it is
    kept as ``<stem>.kept.<stamp>.sqlite3`` (``Rotation.kept`` and ``notes`` say so). A database
    that fails the integrity check is never copied in (BackupFailed naming it)."""
    db_path = Path(db_path)
    rotation = Rotation()
    if not db_path.exists() or db_path.stat().st_size == 0:
        return rotation
    local = now.astimezone()
    year, week, _ = local.isocalendar()
    daily = _named(db_path, "daily", local.date().isoformat())
    weekly = _named(db_path, "weekly", f"{year}-W{week:02d}")
    if only_if_missing and daily.exists() and weekly.exists():
        return rotation
    backup_folder(db_path, rotation.notes)

    def keeping_fuller(destination: Path) -> Callable[[Path], None]:
        def check(copy: Path) -> None:
            if not destination.exists():
                return
            before, after = deal_count(destination), deal_count(copy)
            if before and (after or 0) < before:
                kept = _unique(_named(db_path, "kept", stamp(now)))
                os.replace(destination, kept)
                rotation.kept.append(kept)
                rotation.notes.append(
                    f"{destination.name} held {before} deals and the new copy {after or 0}: "
                    f"the fuller one was kept as {kept.name}"
                )

        return check

    try:
        copy_database(db_path, daily, now, keeping_fuller(daily))
    except BackupFailed as exc:
        report = full_check(db_path)
        if not report.ok:
            raise BackupFailed(
                f"{db_path} itself failed SQLite's integrity check ({report.problem}); "
                "no backup was taken and the existing backups were kept as they are"
            ) from exc
        raise
    rotation.written.append(daily)
    copy_database(daily, weekly, now, keeping_fuller(weekly))
    rotation.written.append(weekly)
    for kind, keep in (("daily", keep_daily), ("weekly", keep_weekly)):
        ours = sorted((b for b in list_backups(db_path) if b.kind == kind), key=lambda b: b.key, reverse=True)
        for old in ours[keep:]:
            old.path.unlink(missing_ok=True)
            rotation.dropped.append(old.path)
    return rotation


def deal_count(path: Path) -> int | None:
    """How many deals a backup holds (None if it cannot be read)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return connection.execute("SELECT count(*) FROM deal").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def newest_good_backup(db_path: Path) -> Backup | None:
    for backup in list_backups(db_path):
        if problem_with(backup.path, thorough=True) is None:
            return backup
    return None


# --- restoring ------------------------------------------------------------------------


def _side_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in SIDE_FILES]


def move_aside(db_path: Path, now: datetime, label: str = "damaged") -> list[Path]:
    """Rename the database and its -wal/-shm to ``<name>.<label>-<stamp>`` (never deleting them):
    all of them or, when a rename fails, none (those already renamed are put back; OSError)."""
    db_path = Path(db_path)
    target = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}")
    counter = 1
    while target.exists():
        counter += 1
        target = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}-{counter}")
    moved: list[tuple[Path, Path]] = []
    try:
        for source, suffix in ((db_path, ""), *zip(_side_files(db_path), SIDE_FILES)):
            if source.exists():
                destination = Path(str(target) + suffix)
                os.replace(source, destination)
                moved.append((source, destination))
    except OSError:
        for source, destination in reversed(moved):
            try:
                os.replace(destination, source)
            except OSError:
                log.error("could not put %s back as %s", destination, source)
        raise
    return [destination for _source, destination in moved]


# SQLite's lock bytes (os.c): a connection that reads or writes the file locks bytes from here.
_PENDING_BYTE = 0x40000000
_LOCK_BYTES = 2 + 510


@contextmanager
def exclusive_lock(db_path: Path) -> Iterator[None]:
    """Hold the database so that no other connection can read or write it (DatabaseUnavailable,
    nothing done, when another program has it open). SQLite's own exclusive lock where SQLite can
    take one; for a file whose first page SQLite cannot read, the same lock bytes taken directly."""
    connection = sqlite3.connect(db_path, timeout=1, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as exc:
        connection.close()
        if not is_damage(exc):
            raise unavailable(exc, str(db_path)) from exc
        with _lock_bytes(db_path):
            yield
        return
    try:
        yield
    finally:
        connection.close()


@contextmanager
def _lock_bytes(db_path: Path) -> Iterator[None]:
    if fcntl is None:  # Windows refuses to rename a file that another program has open
        yield
        return
    fd = os.open(db_path, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _LOCK_BYTES, _PENDING_BYTE, os.SEEK_SET)
        except OSError as exc:
            raise DatabaseUnavailable(
                "busy",
                f"{db_path} cannot be used now: another program is holding it (locked). Nothing was changed or moved.",
            ) from exc
        yield
    finally:
        os.close(fd)  # releases the lock


def _folder_writable(db_path: Path) -> str | None:
    """Why the database's folder cannot take new files (None if it can), tried for real."""
    probe = db_path.with_name(f"{db_path.name}.probe.partial")
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


ORPHAN_AGE = timedelta(minutes=10)


def remove_orphaned_partials(db_path: Path, now: datetime, older_than: timedelta = ORPHAN_AGE) -> list[Path]:
    """Remove the temporary ``*.partial`` files a killed restore, backup or recovery left beside the
    database (named after it) and in its backups folder, once unchanged for ``older_than`` (a
    write in progress in another process keeps its file fresh)."""
    db_path = Path(db_path)
    folder = backup_dir_for(db_path)
    candidates: list[Path] = []
    for suffix in ("", "-wal", "-shm", "-journal"):  # and what SQLite made beside a partial copy
        candidates += db_path.parent.glob(f"{glob_escape(db_path.name)}*.partial{suffix}")
        if folder.is_dir():
            candidates += folder.glob(f"{glob_escape(db_path.stem)}.*.partial{suffix}")
    removed = []
    limit = (now - older_than).timestamp()
    for path in candidates:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError as exc:
            log.warning("could not remove the left-over temporary file %s: %s", path, exc.strerror or exc)
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _startup_problem(db_path: Path, thorough: bool) -> str | None:
    kind = ownership(db_path)
    if kind == "foreign":
        refuse_unless_ours(db_path)
    if kind == "not-sqlite":
        return "it is not an SQLite database file"
    if kind in ("missing", "empty"):
        if not db_path.exists() or not list_backups(db_path):
            return None  # a new database
        return (
            "it is empty (0 bytes)" if db_path.stat().st_size == 0 else "it has none of closeplan's tables"
        ) + ", but it has backups"
    return problem_with(db_path, thorough)


def recover_if_damaged(db_path: Path, now: datetime, thorough: bool = False) -> Recovery | None:
    """The start-up check. A healthy (or new) database: None. A damaged one with a good backup:
    moved aside and replaced by the newest good backup, under an exclusive lock. Without a good
    backup, or when it cannot be moved: DatabaseDamaged, and nothing is changed. Busy, locked,
    read-only or unreadable (I/O): DatabaseUnavailable, nothing is changed. Another program's
    file: NotACloseplanDatabase, nothing is touched. Orphaned ``*.partial`` files are removed."""
    db_path = Path(db_path)
    problem = _startup_problem(db_path, thorough)
    removed = remove_orphaned_partials(db_path, now)
    if removed:
        log.info("removed %d left-over temporary file(s) beside %s", len(removed), db_path)
    if problem is None:
        return None
    backup = newest_good_backup(db_path)
    if backup is None:
        raise DatabaseDamaged(
            f"{db_path} is damaged: {problem}. There is no good backup in {backup_dir_for(db_path)}, "
            "so the file was left exactly as it is. Keep it; a specialist may still rescue data from it."
        )
    cannot = _folder_writable(db_path)
    if cannot is not None:
        raise DatabaseDamaged(
            f"{db_path} is damaged: {problem}. Its folder cannot be written ({cannot}), so nothing was "
            f"moved or restored; the file was left exactly as it is. Make the folder writable, or restore "
            f"{backup.path} by hand."
        )
    recovery = Recovery(db_path, problem, restored_from=backup)
    incoming = db_path.with_name(f"{db_path.name}.restore.partial")
    try:
        copy_database(backup.path, incoming)  # verified beside the database before anything moves
        if os.name == "nt":  # Windows renames no file another program has open: make sure none has, then let go
            with exclusive_lock(db_path):
                pass
            held: AbstractContextManager[None] = nullcontext()
        else:
            held = exclusive_lock(db_path)
        with held:
            try:
                recovery.moved_aside = move_aside(db_path, now)
            except OSError as exc:
                raise DatabaseDamaged(
                    f"{db_path} is damaged: {problem}. It could not be moved aside ({exc.strerror or exc}), so "
                    "nothing was moved or restored; the file was left exactly as it is."
                ) from exc
            try:
                os.replace(incoming, db_path)
            except OSError as exc:
                for moved in reversed(recovery.moved_aside):
                    suffix = next((s for s in SIDE_FILES if moved.name.endswith(s)), "")
                    os.replace(moved, Path(str(db_path) + suffix))
                recovery.moved_aside = []
                raise DatabaseDamaged(
                    f"{db_path} is damaged: {problem}. The backup could not be put in its "
                    f"place ({exc.strerror or exc}); the file was left as it was."
                ) from exc
    finally:
        incoming.unlink(missing_ok=True)
    os.chmod(db_path, 0o600)
    return recovery


def _before_restore_name(db_path: Path, now: datetime) -> Path:
    safety = _named(db_path, "before-restore", stamp(now))
    counter = 1
    while safety.exists():  # two restores within a second: never overwrite a backup
        counter += 1
        safety = _named(db_path, "before-restore", f"{stamp(now)}-{counter}")
    return safety


def check_restorable(backup: Path) -> None:
    """BackupFailed unless ``backup`` exists and passes SQLite's full integrity check."""
    problem = problem_with(Path(backup), thorough=True)
    if problem is not None or not Path(backup).exists():
        raise BackupFailed(f"{backup} cannot be restored: {problem or 'it does not exist'}; nothing was changed")


def before_restore_copy(db_path: Path, now: datetime) -> Path:
    """A verified copy of a sound database, kept as its ``before-restore`` backup (so a restore
    can itself be undone from the list)."""
    safety = _before_restore_name(Path(db_path), now)
    copy_database(Path(db_path), safety, now)
    return safety


def restore_backup(db_path: Path, backup: Path, now: datetime) -> Path | None:
    """Replace a closed database's content with a backup. The current content is first saved as a
    ``before-restore`` backup (so the restore can itself be undone from the list). Returns that copy."""
    db_path, backup = Path(db_path), Path(backup)
    problem = problem_with(backup, thorough=True)
    if problem is not None or not backup.exists():
        raise BackupFailed(f"{backup} cannot be restored: {problem or 'it does not exist'}; nothing was changed")
    safety = _before_restore_name(db_path, now)
    kept: Path | None = safety
    if db_path.exists() and problem_with(db_path) is None:
        copy_database(db_path, safety, now)
    elif db_path.exists():
        with exclusive_lock(db_path) if os.name != "nt" else nullcontext():
            move_aside(db_path, now)
        kept = None
    try:
        private_file(db_path)
        _sqlite_backup(backup, db_path)
    except sqlite3.Error as exc:
        raise BackupFailed(f"could not restore {backup} into {db_path}: {exc}") from exc
    return kept
