"""Safety nets that never make things worse: the start-up check, recovery, the backup rotation
and dry runs, driven through real SQLite files, real second processes holding locks and real kills.

Every case also checks that the live file's deals are all still there."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from closeplan.services.deals import (
    BackupFailed,
    DatabaseDamaged,
    DatabaseUnavailable,
    DealService,
    NotACloseplanDatabase,
)
from closeplan.services.demo import install_demo, synthetic_deals
from closeplan.store.backups import list_backups, remove_orphaned_partials, take_backups
from closeplan.store.engine import make_engine
from closeplan.store.migrate import current_revision, open_database, upgrade
from closeplan.store.sqlite_reader import APPLICATION_ID, SCHEMA_HEAD
from tests import damage
from tests.conftest import NOW, TODAY, fixed_clock

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CRM_CSV = ROOT / "tests" / "fixtures" / "crm" / "salesforce_en.csv"


class Clock:
    def __init__(self, now=NOW):
        self.now = now

    def __call__(self):
        return self.now


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM deal"))
    finally:
        connection.close()


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "closeplan", *args], capture_output=True, text=True, timeout=timeout, env=ENV
    )


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


@pytest.fixture
def live(tmp_path) -> tuple[Path, list[str]]:
    """A demo database with a backup of its four deals, then a fifth deal added after the backup
    (so that restoring the backup would lose it); the service closed. Returns it and its names."""
    path = tmp_path / "data" / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    install_demo(svc, TODAY)
    svc.backup()
    svc.add_deals(synthetic_deals(1, TODAY, seed=7, steps=3))
    svc.close()
    return path, _names(path)


def _holder(script: str, *args: str) -> subprocess.Popen:
    """A second process that holds the database as ``script`` says, until its stdin closes."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert child.stdout.readline().strip() == "held", f"the holder failed (exit {child.poll()})"
    return child


def _release(child: subprocess.Popen) -> None:
    child.stdin.close()
    child.wait(timeout=30)


EXCLUSIVE_HOLDER = """
    import sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA locking_mode=EXCLUSIVE")
    c.execute("BEGIN IMMEDIATE")
    c.execute("UPDATE deal SET name = name WHERE rowid = 1")
    c.execute("COMMIT")
    print("held", flush=True)
    sys.stdin.read()
"""

READER_HOLDER = """
    import sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("BEGIN")
    c.execute("SELECT count(*) FROM deal").fetchall()
    print("held", flush=True)
    sys.stdin.read()
"""


# --- 1. busy, locked, I/O errors are not damage ----------------------------------------------------


def test_a_locked_database_is_reported_in_one_sentence_and_nothing_is_moved(live):
    path, names = live
    holder = _holder(EXCLUSIVE_HOLDER, str(path))
    try:
        result = _cli("list", "--db", str(path))
        with pytest.raises(DatabaseUnavailable) as caught:
            DealService.health_check(path, fixed_clock)
    finally:
        _release(holder)
    assert result.returncode == 2, result.stderr
    assert "cannot be used now" in result.stderr and "busy" in result.stderr and str(path) in result.stderr
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert caught.value.reason == "busy"
    assert not _aside(path)
    assert _names(path) == names  # the deal added after the backup is still there


WAL_WRITER = """
    import sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA wal_autocheckpoint=0")
    for n in range(6):
        c.execute("UPDATE deal SET name = ? WHERE rowid = ?", (f"written by the writer {n}", n + 1))
    print("held", flush=True)
    sys.stdin.read()
    c.close()
"""


def test_a_wal_deleted_under_an_open_writer_is_an_io_error_not_damage(live):
    path, names = live
    damage.checkpointed(path)
    writer = _holder(WAL_WRITER, str(path))
    try:
        Path(f"{path}-wal").unlink()
        result = _cli("list", "--db", str(path))
        assert not _aside(path)
    finally:
        _release(writer)  # the writer still has its log open and checkpoints it when it closes
    assert result.returncode == 2, result.stderr
    assert "cannot be used now" in result.stderr and "damaged" not in result.stderr
    assert not _aside(path) and not list_backups(path)[0].path.name.startswith("closeplan.before-restore")
    assert len(_names(path)) == len(names)
    assert sum(name.startswith("written by the writer") for name in _names(path)) == 5  # five deals: rowid 1-5


def test_a_damaged_database_another_process_has_open_is_not_moved(live):
    path, names = live
    damage.flip_bytes(path)  # the step table: the holder reads deals only
    digest = _digest(path)
    holder = _holder(READER_HOLDER, str(path))
    try:
        with pytest.raises(DatabaseUnavailable, match="cannot be used now"):
            DealService.health_check(path, fixed_clock)
    finally:
        _release(holder)
    assert not _aside(path) and _digest(path) == digest
    assert not list(path.parent.glob("*.partial"))
    # once nobody holds it, it is recovered as usual, the damaged file kept
    recovery = DealService.health_check(path, fixed_clock)
    assert recovery is not None and _digest(recovery.moved_aside[0]) == digest


@pytest.fixture
def immutable_folder():
    made = []

    def make(folder: Path) -> None:
        if os.geteuid() != 0:
            os.chmod(folder, 0o500)
        elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr +i: a folder cannot be made read-only")
        made.append(folder)

    yield make
    for folder in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, 0o700)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_damaged_database_in_a_read_only_folder_is_left_alone_on_purpose(live, immutable_folder, journal):
    path, names = live
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={journal}")
    connection.close()
    damage.flip_bytes(path)
    digest = _digest(path)
    immutable_folder(path.parent)
    with pytest.raises((DatabaseDamaged, DatabaseUnavailable)) as caught:
        DealService.health_check(path, fixed_clock)
    if journal == "delete":  # SQLite can read it: the damage is found, and the folder tried before any move
        assert isinstance(caught.value, DatabaseDamaged) and "cannot be written" in str(caught.value)
        assert "nothing was moved" in str(caught.value)
    else:  # a WAL database whose folder cannot take its -shm cannot even be read: said so
        assert isinstance(caught.value, DatabaseUnavailable)
    assert str(path) in str(caught.value)
    assert _digest(path) == digest and not _aside(path)


# --- 2. an empty file is not a new database when it has backups ------------------------------------


def test_a_zero_byte_database_with_backups_is_recovered_and_the_backups_survive(live):
    path, names = live
    backed_up = _names(list_backups(path)[0].path)
    before = {b.path.name: _digest(b.path) for b in list_backups(path)}
    path.write_bytes(b"")
    result = _cli("list", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "was damaged" in result.stderr and "empty (0 bytes)" in result.stderr
    assert len(result.stdout.splitlines()) == len(backed_up) == 4
    assert [p.stat().st_size for p in _aside(path) if not p.name.endswith(("-wal", "-shm"))] == [0]  # kept
    take = _cli("backups", "--take", "--db", str(path))
    assert take.returncode == 0, take.stderr
    assert _names(path) == backed_up
    for backup in list_backups(path):
        if backup.path.name in before:
            assert len(_names(backup.path)) >= 4


def test_an_sqlite_file_without_closeplans_tables_but_with_backups_is_recovered(live):
    path, _names_before = live
    path.unlink()
    damage_empty_sqlite(path)
    recovery = DealService.health_check(path, fixed_clock)
    assert recovery is not None and "none of closeplan's tables" in recovery.problem
    assert len(_names(path)) == 4


def damage_empty_sqlite(path: Path) -> None:
    """An SQLite file of one empty page (what a program that created it and stopped leaves)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("DROP TABLE t")
    connection.commit()
    connection.close()


def test_a_zero_byte_database_without_backups_is_a_new_one(tmp_path):
    path = tmp_path / "closeplan.sqlite3"
    path.write_bytes(b"")
    svc, recovery = DealService.open_checked(path, fixed_clock)
    try:
        assert recovery is None and svc.count() == 0
    finally:
        svc.close()


def test_the_rotation_never_replaces_a_fuller_backup_with_an_emptier_copy(tmp_path):
    path = tmp_path / "closeplan.sqlite3"
    svc = DealService.open(path, Clock(NOW))
    try:
        install_demo(svc, TODAY)
        svc.backup()
        for deal_id in svc.all_ids():
            svc.delete(deal_id)
        rotation = svc.backup()  # the same day and week: it would replace both
    finally:
        svc.close()
    assert len(rotation.kept) == 2 and len(rotation.notes) == 2
    assert "held 4 deals and the new copy 0" in rotation.notes[0]
    assert all(len(_names(kept)) == 4 for kept in rotation.kept)
    assert {b.kind for b in list_backups(path)} == {"daily", "weekly", "kept"}
    assert all(_names(p) == [] for p in rotation.written)


# --- 3. index corruption: the full check ------------------------------------------------------------


def test_index_corruption_fails_the_full_check_and_no_damaged_copy_is_rotated_in(live):
    path, names = live
    damage.corrupt_index(path)
    assert damage.integrity(path) != "ok"
    before = {b.path: _digest(b.path) for b in list_backups(path)}
    svc, recovery = DealService.open_checked(path, Clock(NOW + timedelta(days=1)))
    try:
        assert recovery is None  # every page reads: the quick start-up check passes
        report = svc.full_check()
        assert not report.ok and "row 5 missing from index sqlite_autoindex_stakeholder_1" in report.problem
        assert str(path) in report.message and "kept" in report.message
        with pytest.raises(BackupFailed, match="itself failed SQLite's integrity check"):
            svc.backup()
    finally:
        svc.close()
    result = _cli("backups", "--take", "--db", str(path))
    assert result.returncode == 2 and str(path) in result.stderr and "integrity check" in result.stderr
    assert {b.path: _digest(b.path) for b in list_backups(path)} == before
    assert not list(path.parent.glob("backups/*.partial"))
    assert _names(path) == names


def test_a_healthy_database_passes_the_full_check(live):
    path, _ = live
    svc = DealService.open(path, fixed_clock)
    try:
        assert svc.full_check().ok
    finally:
        svc.close()


# --- 4. a dry run writes nothing -----------------------------------------------------------------


def test_a_dry_run_on_a_missing_database_creates_nothing(tmp_path):
    path = tmp_path / "new.sqlite3"
    result = _cli("import-crm", str(CRM_CSV), "--dry-run", "--db", str(path), "--currency", "USD")
    assert result.returncode in (0, 1), result.stderr
    assert "dry run: nothing was written" in result.stdout and " new" in result.stdout
    assert sorted(tmp_path.iterdir()) == []


def test_a_dry_run_on_a_damaged_database_recovers_nothing(live):
    path, _ = live
    damage.flip_bytes(path)
    digest = _digest(path)
    backups_before = sorted(b.path.name for b in list_backups(path))
    result = _cli("import-crm", str(CRM_CSV), "--dry-run", "--db", str(path), "--currency", "USD")
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr and "dry run" in result.stderr.lower()
    assert "nothing was written" not in result.stdout
    assert _digest(path) == digest and not _aside(path)
    assert sorted(b.path.name for b in list_backups(path)) == backups_before


def test_a_dry_run_leaves_a_healthy_database_byte_identical(live):
    path, names = live
    damage.checkpointed(path)
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    info, digest = path.stat(), _digest(path)
    result = _cli("import-crm", str(CRM_CSV), "--dry-run", "--db", str(path), "--currency", "USD")
    assert result.returncode in (0, 1), result.stderr
    assert "dry run: nothing was written" in result.stdout
    assert _digest(path) == digest and path.stat().st_mtime_ns == info.st_mtime_ns
    assert _names(path) == names


def test_a_read_only_service_refuses_writes_and_reads_an_old_schema_in_memory(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0006")
    engine.dispose()
    digest = _digest(path)
    svc = DealService.open_read_only(path, fixed_clock)
    try:
        assert svc.count() == 0
        with pytest.raises(Exception, match="read-only"):
            svc.add_deals(synthetic_deals(1, TODAY, seed=1, steps=2))
    finally:
        svc.close()
    assert _digest(path) == digest


# --- 5. another program's file is refused before anything is touched -----------------------------


def _foreign(path: Path, application_id: int = 0) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER, total TEXT)")
    connection.execute("INSERT INTO invoices VALUES (1, '100.00')")
    if application_id:
        connection.execute(f"PRAGMA application_id = {application_id}")
    connection.commit()
    connection.close()
    os.chmod(path, 0o644)
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))


@pytest.mark.parametrize("application_id", [0, 0x4D504258])
def test_another_programs_sqlite_file_is_refused_byte_identical(tmp_path, application_id):
    path = tmp_path / "invoices.sqlite3"
    _foreign(path, application_id)
    info, digest = path.stat(), _digest(path)
    for command in (["list"], ["backups", "--take"], ["import-crm", str(CRM_CSV), "--dry-run", "--currency", "USD"]):
        result = _cli(*command, "--db", str(path))
        assert result.returncode == 2, result.stderr
        assert "not a closeplan database" in result.stderr and "not changed" in result.stderr
    with pytest.raises(NotACloseplanDatabase):
        open_database(path, now=NOW)
    after = path.stat()
    assert _digest(path) == digest
    assert (after.st_mode, after.st_mtime_ns) == (info.st_mode, info.st_mtime_ns)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoices.sqlite3"]


def _application_id(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()


def test_closeplan_databases_carry_their_application_id_old_ones_get_it_by_migration(tmp_path):
    new = tmp_path / "new.sqlite3"
    open_database(new, now=NOW).close()
    assert _application_id(new) == APPLICATION_ID
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old)
    upgrade(engine, "0006")
    engine.dispose()
    assert _application_id(old) == 0
    db = open_database(old, now=NOW)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
    assert _application_id(old) == APPLICATION_ID


# --- 6. left-over temporary files, a linked backups folder ---------------------------------------

SLOW_COPY = """
    import sqlite3, sys, time
    from closeplan.store.backups import private_file
    source, partial = sys.argv[1], sys.argv[2]
    private_file(__import__("pathlib").Path(partial))
    src, dst = sqlite3.connect(source), sqlite3.connect(partial)
    def progress(status, remaining, total):
        print("held", flush=True)
        time.sleep(0.5)
    src.backup(dst, pages=1, progress=progress)
"""


def test_a_partial_file_left_by_a_killed_copy_is_removed_at_start(live):
    path, names = live
    partial = path.parent / "backups" / f"{path.stem}.before-restore.20261123T093000.sqlite3.partial"
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SLOW_COPY), str(path), str(partial)],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert child.stdout.readline().strip() == "held"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert partial.exists()
    # what SQLite kept beside the partial copy when the copy was killed goes with it
    partial_wal = partial.with_name(partial.name + "-wal")
    partial_shm = partial.with_name(partial.name + "-shm")
    for leftover in (partial_wal, partial_shm):
        if not leftover.exists():
            leftover.write_bytes(b"")
    beside = path.with_name(f"{path.name}.restore.partial")
    beside.write_bytes(b"half a database")
    fresh = path.with_name(f"{path.name}.other.partial")
    fresh.write_bytes(b"being written right now")
    old = (NOW - timedelta(hours=1)).timestamp()
    for orphan in (partial, beside, partial_wal, partial_shm):
        os.utime(orphan, (old, old))
    os.utime(fresh, (NOW.timestamp(), NOW.timestamp()))
    unrelated = path.parent / "notes.txt.partial"
    unrelated.write_text("someone else's")
    os.utime(unrelated, (old, old))
    assert DealService.health_check(path, fixed_clock) is None
    assert not partial.exists() and not beside.exists()
    assert not partial_wal.exists() and not partial_shm.exists()
    assert fresh.exists() and unrelated.exists()  # in progress, or not ours
    assert _names(path) == names


def test_a_backups_folder_that_is_a_link_is_used_without_chmod_and_said_so(tmp_path):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    path = tmp_path / "data" / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    try:
        install_demo(svc, TODAY)
        (path.parent / "backups").symlink_to(elsewhere, target_is_directory=True)
        rotation = svc.backup()
    finally:
        svc.close()
    assert elsewhere.stat().st_mode & 0o777 == 0o755
    assert any("is a link" in note for note in rotation.notes)
    assert {p.parent for p in rotation.written} == {path.parent / "backups"}
    assert len(_names(rotation.written[0])) == 4


def test_removing_partials_never_touches_fresh_ones(tmp_path):
    db = tmp_path / "closeplan.sqlite3"
    fresh = tmp_path / "closeplan.sqlite3.restore.partial"
    fresh.write_bytes(b"x")
    os.utime(fresh, (NOW.timestamp(), NOW.timestamp()))
    assert remove_orphaned_partials(db, NOW) == []
    assert remove_orphaned_partials(db, NOW + timedelta(minutes=11)) == [fresh]


def test_the_rotation_with_a_damaged_database_keeps_every_backup(live):
    path, names = live
    before = {b.path: _digest(b.path) for b in list_backups(path)}
    damage.corrupt_index(path)
    with pytest.raises(BackupFailed, match=str(path)):
        take_backups(path, NOW + timedelta(days=1))
    assert {b.path: _digest(b.path) for b in list_backups(path)} == before
    assert _names(path) == names


# --- tidiness: what an export must not tell -------------------------------------------------


def test_the_calendar_does_not_tell_how_often_the_deal_was_edited(demo_service):
    import re

    from closeplan.domain.edits import set_deal
    from closeplan.services.editing import EditService
    from closeplan.services.exports import ExportService

    exports = ExportService(demo_service)
    deal_id = demo_service.all_ids()[0]
    before = exports.customer_file(deal_id, "ics", TODAY)
    editing = EditService(demo_service)
    for n in range(7):  # internal edits: none of them shows in the customer's calendar
        editing.edit(deal_id, "notes", set_deal(NOW, internal_notes=f"internal note {n}"))
    assert demo_service.get_deal(deal_id).version >= 7
    after = exports.customer_file(deal_id, "ics", TODAY)
    sequences = set(re.findall(rb"SEQUENCE:(\d+)", after))
    assert sequences == {b"0"}, sequences
    assert after == before


def test_export_file_names_are_cut_by_bytes_so_every_name_can_be_written(tmp_path):
    """A 78-character Japanese account and name is 234 bytes of UTF-8: with the temporary name's
    14 bytes and the suffix it failed with "File name too long". Names are cut by bytes, and a
    file name with its temporary suffix stays within 255 bytes."""
    from closeplan.services.exports import ExportService

    service = DealService.open(tmp_path / "long.sqlite3", fixed_clock, lambda: TODAY)
    deal = synthetic_deals(1, TODAY, seed=3, steps=3)[0]
    deal.account, deal.name = "東" * 38, "邦" * 40
    service.add_deals([deal])
    written = service.export_all(tmp_path / "out")
    assert len(written) == 1 and written[0].is_file()
    exports = ExportService(service)
    for audience, extension in (("customer", ".pdf"), ("internal", ".pdf"), ("customer", ".xlsx")):
        name = exports.suggested_name(deal.id, audience, extension)
        assert len(name.encode("utf-8")) + 14 <= 255, name
        exports.save(tmp_path / "out" / name, b"%PDF-")  # written through its temporary name
    assert written[0].name.startswith("東" * 38)
    service.close()
    from closeplan.files import MAX_STEM_BYTES, safe_file_stem, write_atomic

    for parts in (("é" * 300,), ("a" * 400,), ("東" * 100, "邦 .")):
        stem = safe_file_stem(*parts)
        assert 0 < len(stem.encode("utf-8")) <= MAX_STEM_BYTES and not stem.endswith((" ", "."))
    longest = tmp_path / "out" / ("x" * 250 + ".json")  # any name that fits, its temporary one too
    write_atomic(longest, "{}")
    assert longest.read_text() == "{}"
    assert [p.name for p in longest.parent.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_the_window_checks_the_whole_database_after_start_and_says_so(qtbot, tmp_path):
    """Index damage passes the start-up's quick check; the first backup after start runs the full
    integrity check beside the window, keeps the backups as they are and says what it found."""
    from closeplan.ui.main_window import MainWindow, Workspace

    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    service.backup()
    kept = {b.path: b.path.read_bytes() for b in service.backups()}
    service.close()
    damage.corrupt_index(path)
    service = DealService.open(path, fixed_clock)
    window = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(window)
    window.show()
    said = []
    window.backup_keeper.failed.connect(said.append)
    window.backup_keeper.take_if_due()
    window.backup_keeper.wait()
    qtbot.waitUntil(lambda: bool(said))
    assert "integrity" in said[0] and str(path) in said[0]
    assert {b.path: b.path.read_bytes() for b in service.backups()} == kept
    service.close()


def test_a_backup_is_one_file_and_reading_it_leaves_nothing_beside_it(live):
    """Backups were copied in WAL mode, so every check or preview of one could leave a -wal and
    a -shm in the backups folder (found there after the app was killed once)."""
    path, names = live
    taken = take_backups(path, NOW + timedelta(days=2)).written
    assert taken
    for backup in taken:
        connection = sqlite3.connect(backup)
        try:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            connection.close()
        assert _names(backup) == names
        assert not backup.with_name(backup.name + "-wal").exists()
        assert not backup.with_name(backup.name + "-shm").exists()
