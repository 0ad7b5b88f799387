"""Damaged database files for the recovery tests, made from a healthy one the same way each run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def page_size(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()


def root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()


def flip_bytes(path: Path, table: str = "step") -> None:
    """Overwrite the b-tree page header of a table's root page with garbage: SQLite's checks
    (and any read of the table) notice."""
    size = page_size(path)
    with open(path, "r+b") as handle:
        handle.seek((root_page(path, table) - 1) * size)
        handle.write(b"\xf2" + b"\xa5" * 11)


def truncate(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2 + 100)


def not_a_database(path: Path) -> None:
    path.write_text("Meeting notes, not a database\n" * 50, encoding="utf-8")


def checkpointed(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def crashed_copy(source: Path, folder: Path, statement: str) -> Path:
    """A copy of ``source`` as a crash leaves it: the last commit (``statement``) only in its -wal."""
    checkpointed(source)
    folder.mkdir(parents=True, exist_ok=True)
    live = folder / "live.sqlite3"
    shutil.copy(source, live)
    connection = sqlite3.connect(live, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute(statement)
        crashed = folder / source.name  # copied while the connection is open, as a crash would leave them
        shutil.copy(live, crashed)
        shutil.copy(Path(str(live) + "-wal"), Path(str(crashed) + "-wal"))
    finally:
        connection.close()
    return crashed


def corrupt_index(path: Path, index: str = "sqlite_autoindex_stakeholder_1", row: int = 5) -> None:
    """Change five bytes of one key in an index page (the table keeps its value): every page still
    reads (``quick_check`` passes), ``integrity_check`` finds the row missing from the index."""
    connection = sqlite3.connect(path)
    try:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
        key = connection.execute("SELECT id FROM stakeholder ORDER BY rowid LIMIT 1 OFFSET ?", (row - 1,)).fetchone()[0]
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        page = handle.read(size)
        at = page.find(key.encode())
        assert at >= 0, "the key is not on the index's root page"
        start = (root - 1) * size + at + 27
        handle.seek(start)
        old = handle.read(5)
        handle.seek(start)
        handle.write(bytes(0x30 if byte != 0x30 else 0x31 for byte in old))
