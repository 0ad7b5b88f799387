"""Backups of the database file, the start-up health check and recovery.

Backups live in ``backups/`` next to the database and are named
``<stem>.<kind>.<key>.sqlite3``: ``daily.2026-11-23``, ``weekly.2026-W48``,
``before-migration-0003.20261123T093000``, ``before-restore.20261123T093000``.
Each copy is made with SQLite's backup API (consistent while the app has the file open)
and verified with ``PRAGMA integrity_check`` before it replaces anything or before an old
one is dropped. A file's modification time is set to the moment it was taken.

A damaged database is never deleted: it is renamed (with its ``-wal`` and ``-shm``) to
``<name>.damaged-<stamp>`` beside itself, and the newest good backup takes its place.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from closeplan.store.engine import DatabaseError

KEEP_DAILY = 7
KEEP_WEEKLY = 4
SIDE_FILES = ("-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseDamaged(DatabaseError):
    """The database file is damaged and could not be recovered from a backup; it was not changed."""


class BackupFailed(DatabaseError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # daily | weekly | before-migration | before-restore | other
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
    moved_aside: list[Path] = field(default_factory=list)
    restored_from: Backup | None = None


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
    """Why ``path`` is not a healthy SQLite database, or None if it is (or does not exist yet).

    The quick check reads every page once (``PRAGMA quick_check``); ``thorough`` runs the full
    ``integrity_check`` (indexes too). A -wal left by a crash is replayed by SQLite as usual."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return "it is not an SQLite database file"
    try:
        connection = sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        return f"it cannot be opened ({exc})"
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"SQLite reports: {exc}"
    finally:
        connection.close()
    if rows != [("ok",)]:
        first = "; ".join(str(r[0]) for r in rows[:3])
        return f"SQLite's check found damage: {first}"
    return None


# --- copying --------------------------------------------------------------------------


def _sqlite_backup(source: Path, destination: Path) -> None:
    """Copy every page of ``source`` into ``destination`` with SQLite's online backup API."""
    src = sqlite3.connect(source, timeout=5)
    try:
        dst = sqlite3.connect(destination, timeout=5)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def copy_database(source: Path, destination: Path, taken: datetime | None = None) -> Path:
    """Copy a (possibly open) SQLite database with the backup API, verify the copy, then move
    it into place. The copy is readable by its owner only. Raises BackupFailed, leaving any
    existing ``destination`` as it was."""
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
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        raise BackupFailed(f"could not copy {source} to {destination}: {exc}") from exc
    except OSError as exc:
        raise BackupFailed(f"could not write {destination}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return destination


_NAME = re.compile(r"^(?P<stem>.+)\.(?P<kind>daily|weekly|before-migration-[0-9a-z]+|before-restore)\.(?P<key>[0-9TW-]+)\.sqlite3$")


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


def take_backups(db_path: Path, now: datetime, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
                 only_if_missing: bool = False) -> Rotation:
    """Today's and this week's backup (replacing earlier ones of the same day and week), then
    drop the oldest beyond ``keep_daily`` days and ``keep_weekly`` weeks — only once the new
    copies passed their integrity check. With ``only_if_missing`` nothing is copied if today's
    backup exists already."""
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
    backup_dir_for(db_path).mkdir(parents=True, exist_ok=True)
    os.chmod(backup_dir_for(db_path), 0o700)
    copy_database(db_path, daily, now)
    rotation.written.append(daily)
    copy_database(daily, weekly, now)
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
    """Rename the database and its -wal/-shm to ``<name>.<label>-<stamp>`` (never deleting them)."""
    db_path = Path(db_path)
    target = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}")
    counter = 1
    while target.exists():
        counter += 1
        target = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}-{counter}")
    moved = []
    for source, suffix in ((db_path, ""), *zip(_side_files(db_path), SIDE_FILES)):
        if source.exists():
            destination = Path(str(target) + suffix)
            os.replace(source, destination)
            moved.append(destination)
    return moved


def recover_if_damaged(db_path: Path, now: datetime) -> Recovery | None:
    """The start-up check. A healthy (or new) database: None. A damaged one with a good backup:
    moved aside and replaced by the newest good backup. Without a good backup: DatabaseDamaged,
    and nothing is changed."""
    db_path = Path(db_path)
    problem = problem_with(db_path)
    if problem is None:
        return None
    backup = newest_good_backup(db_path)
    if backup is None:
        raise DatabaseDamaged(
            f"{db_path} is damaged: {problem}. There is no good backup in {backup_dir_for(db_path)}, "
            "so the file was left exactly as it is. Keep it; a specialist may still rescue data from it."
        )
    recovery = Recovery(db_path, problem, restored_from=backup)
    recovery.moved_aside = move_aside(db_path, now)
    copy_database(backup.path, db_path)
    os.chmod(db_path, 0o600)
    return recovery


def restore_backup(db_path: Path, backup: Path, now: datetime) -> Path | None:
    """Replace a closed database's content with a backup. The current content is first saved as a
    ``before-restore`` backup (so the restore can itself be undone from the list). Returns that copy."""
    db_path, backup = Path(db_path), Path(backup)
    problem = problem_with(backup, thorough=True)
    if problem is not None or not backup.exists():
        raise BackupFailed(f"{backup} cannot be restored: {problem or 'it does not exist'}; nothing was changed")
    safety = _named(db_path, "before-restore", stamp(now))
    counter = 1
    while safety.exists():  # two restores within a second: never overwrite a backup
        counter += 1
        safety = _named(db_path, "before-restore", f"{stamp(now)}-{counter}")
    if db_path.exists() and problem_with(db_path) is None:
        copy_database(db_path, safety, now)
    elif db_path.exists():
        move_aside(db_path, now)
        safety = None
    try:
        private_file(db_path)
        _sqlite_backup(backup, db_path)
    except sqlite3.Error as exc:
        raise BackupFailed(f"could not restore {backup} into {db_path}: {exc}") from exc
    return safety
