"""Backups, restoring them, the start-up check of damaged databases, and private files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from closeplan.domain.edits import set_step
from closeplan.services.deals import BackupFailed, DatabaseDamaged, DealService
from closeplan.services.demo import install_demo
from closeplan.services.editing import EditService
from closeplan.services.exports import ExportService
from closeplan.store.backups import list_backups, problem_with
from tests import damage
from tests.conftest import NOW, TODAY, fixed_clock


class Clock:
    def __init__(self, now=NOW):
        self.now = now

    def __call__(self):
        return self.now


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _deal_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM deal"))
    finally:
        connection.close()


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """A healthy demo database file with a backup of it, the service closed."""
    path = tmp_path / "data" / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    install_demo(svc, TODAY)
    svc.backup()
    svc.close()
    return path


def test_backups_rotate_seven_days_and_four_weeks_each_verified_and_private(tmp_path):
    clock = Clock()
    svc = DealService.open(tmp_path / "closeplan.sqlite3", clock)
    install_demo(svc, TODAY)
    deal = svc.list_deals()[0]
    try:
        for day in range(40):
            clock.now = NOW + timedelta(days=day)
            EditService(svc).edit(deal.id, "rename", lambda d, n=day: setattr(d, "name", f"Day {n}"))
            svc.backup()
    finally:
        svc.close()
    found = list_backups(tmp_path / "closeplan.sqlite3")
    daily = [b for b in found if b.kind == "daily"]
    weekly = [b for b in found if b.kind == "weekly"]
    assert [b.key for b in daily] == [(TODAY + timedelta(days=d)).isoformat() for d in range(39, 32, -1)]
    assert len(weekly) == 4
    assert (
        weekly[0].key
        == f"{(TODAY + timedelta(days=39)).isocalendar()[0]}-W{(TODAY + timedelta(days=39)).isocalendar()[1]:02d}"
    )
    for backup in found:
        assert damage.integrity(backup.path) == "ok"
        assert backup.path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "backups").stat().st_mode & 0o777 == 0o700
    # the newest daily backup holds the last day's edit, the oldest kept one its own day's
    assert "Day 39" in _deal_names(daily[0].path)
    assert "Day 33" in _deal_names(daily[-1].path)


def test_a_backup_that_fails_its_check_drops_nothing(demo_file):
    before = {b.path.name for b in list_backups(demo_file)}
    damage.flip_bytes(demo_file)
    with pytest.raises(BackupFailed):
        from closeplan.store.backups import take_backups

        take_backups(demo_file, NOW + timedelta(days=1))
    assert {b.path.name for b in list_backups(demo_file)} == before
    assert not list(demo_file.parent.glob("backups/*.partial"))


def test_restoring_a_backup_brings_back_its_content_and_keeps_what_was_there(demo_file):
    clock = Clock(NOW + timedelta(days=1))
    svc = DealService.open(demo_file, clock)
    try:
        backup = list_backups(demo_file)[0]
        deal = svc.list_deals()[0]
        EditService(svc).edit(deal.id, "rename", lambda d: setattr(d, "name", "Renamed after the backup"))
        safety = svc.restore_backup(backup.path)
        assert svc.get_deal(deal.id).name == deal.name  # the backup's state is back, the service works
        assert "Renamed after the backup" in _deal_names(safety)  # and what was there is a backup itself
        assert any(b.kind == "before-restore" for b in svc.backups())
        svc.restore_backup(safety)  # a restore can be undone from the list
        assert svc.get_deal(deal.id).name == "Renamed after the backup"
    finally:
        svc.close()
    assert damage.integrity(demo_file) == "ok"


def test_a_damaged_backup_is_not_restored(demo_file, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    damage.not_a_database(bad)
    svc = DealService.open(demo_file, fixed_clock)
    try:
        names = [d.name for d in svc.list_deals()]
        with pytest.raises(BackupFailed, match="cannot be restored"):
            svc.restore_backup(bad)
        assert [d.name for d in svc.list_deals()] == names
    finally:
        svc.close()


DAMAGE = {
    "flipped bytes": damage.flip_bytes,
    "truncated": damage.truncate,
    "not a database": damage.not_a_database,
}


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_database_is_moved_aside_and_the_newest_good_backup_restored(demo_file, how):
    expected = _deal_names(demo_file)
    DAMAGE[how](demo_file)
    damaged_digest = _digest(demo_file)
    assert problem_with(demo_file) is not None
    later = Clock(NOW + timedelta(hours=2))
    svc, recovery = DealService.open_checked(demo_file, later)
    try:
        assert recovery is not None and recovery.restored_from is not None
        assert sorted(d.name for d in svc.list_deals()) == expected
        moved = recovery.moved_aside[0]
        assert moved.name.startswith("closeplan.sqlite3.damaged-")
        assert _digest(moved) == damaged_digest  # never deleted, byte for byte
    finally:
        svc.close()
    assert damage.integrity(demo_file) == "ok"


def _damaged_without_backup(folder: Path, how: str) -> tuple[Path, str]:
    """A demo database damaged ``how``, with no backup; and its digest."""
    path = folder / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    install_demo(svc, TODAY)
    svc.close()
    DAMAGE[how](path)
    return path, _digest(path)


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_database_without_a_backup_is_refused_and_left_alone(tmp_path, how):
    path, digest = _damaged_without_backup(tmp_path, how)
    with pytest.raises(DatabaseDamaged) as refused:
        DealService.open_checked(path, fixed_clock)
    assert str(path) in str(refused.value) and "no good backup" in str(refused.value)
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["closeplan.sqlite3"]


def test_the_last_commit_in_a_stale_wal_survives_a_crash(demo_file, tmp_path):
    crashed = damage.crashed_copy(
        demo_file, tmp_path / "crash", "UPDATE deal SET name = 'Committed just before the crash' WHERE rowid = 1"
    )
    assert Path(str(crashed) + "-wal").stat().st_size > 0
    svc, recovery = DealService.open_checked(crashed, fixed_clock)
    try:
        assert recovery is None
        assert "Committed just before the crash" in [d.name for d in svc.list_deals()]
    finally:
        svc.close()
    assert damage.integrity(crashed) == "ok"


def test_a_garbage_wal_is_ignored(demo_file):
    expected = _deal_names(demo_file)
    damage.checkpointed(demo_file)
    Path(str(demo_file) + "-wal").write_bytes(b"\x37\x7f\x06\x82" + b"garbage" * 500)
    svc, recovery = DealService.open_checked(demo_file, fixed_clock)
    try:
        assert recovery is None
        assert sorted(d.name for d in svc.list_deals()) == expected
        assert all(svc.get_deal(d.id).steps for d in svc.list_deals())
    finally:
        svc.close()


def test_a_torn_wal_loses_only_the_unfinished_commit(demo_file, tmp_path):
    expected = _deal_names(demo_file)
    crashed = damage.crashed_copy(demo_file, tmp_path / "crash", "UPDATE deal SET name = 'Half written'")
    wal = Path(str(crashed) + "-wal")
    with open(wal, "r+b") as handle:  # the power went while the last frame was being written
        handle.truncate(wal.stat().st_size - 100)
    svc, recovery = DealService.open_checked(crashed, fixed_clock)
    try:
        assert recovery is None
        assert sorted(d.name for d in svc.list_deals()) == expected
    finally:
        svc.close()
    assert damage.integrity(crashed) == "ok"


@pytest.mark.parametrize("how", DAMAGE)
def test_the_command_line_refuses_a_damaged_database_clearly(tmp_path, how):
    path, digest = _damaged_without_backup(tmp_path, how)
    result = subprocess.run(
        [sys.executable, "-m", "closeplan", "list", "--db", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert _digest(path) == digest


def test_database_backups_and_exports_are_readable_by_the_owner_only(demo_service, tmp_path):
    demo_service.backup()
    deal_id = demo_service.list_deals()[0].id
    exports = ExportService(demo_service)
    written = [
        exports.write_pdf(deal_id, "customer", tmp_path / "out" / "plan.pdf", TODAY),
        exports.write_customer_file(deal_id, "ics", tmp_path / "out" / "plan.ics", TODAY),
        exports.write_customer_file(deal_id, "xlsx", tmp_path / "out" / "plan.xlsx", TODAY),
        demo_service.export_bundle(deal_id, tmp_path / "out" / "deal.json"),
    ]
    EditService(demo_service).edit(
        deal_id, "touch", set_step(demo_service.get_deal(deal_id).steps[0].id, title="Kick-off")
    )
    database = demo_service.db.path
    files = [
        database,
        Path(str(database) + "-wal"),
        Path(str(database) + "-shm"),
        *written,
        *(b.path for b in demo_service.backups()),
    ]
    modes = {f.name: oct(f.stat().st_mode & 0o777) for f in files}
    assert set(modes.values()) == {"0o600"}, modes


def test_the_command_line_recovers_from_a_backup_and_says_so(demo_file):
    damage.flip_bytes(demo_file)
    result = subprocess.run(
        [sys.executable, "-m", "closeplan", "list", "--db", str(demo_file)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "was damaged" in result.stderr and "kept as" in result.stderr
    assert len(result.stdout.splitlines()) == len(_deal_names(demo_file))


def test_the_command_line_lists_takes_and_restores_backups(demo_file):
    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "closeplan", "backups", "--db", str(demo_file), *a],
            capture_output=True,
            text=True,
            timeout=60,
        )

    listed = run()
    assert listed.returncode == 0 and "daily" in listed.stdout and "weekly" in listed.stdout
    name = list_backups(demo_file)[0].path.name
    restored = run("--restore", name)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    missing = run("--restore", "nope.sqlite3")
    assert missing.returncode == 2 and "no backup 'nope.sqlite3'" in missing.stderr


# --- in the app -------------------------------------------------------------------------


def test_the_app_starts_on_a_restored_backup_and_says_what_happened(qtbot, demo_file):
    from closeplan.ui.app import start_window

    expected = _deal_names(demo_file)
    damage.truncate(demo_file)
    window = start_window(str(demo_file), demo=False, today=TODAY)
    qtbot.addWidget(window)
    window.backup_keeper.wait()
    box = window.recovery_box
    assert box.isVisible() and "was damaged" in box.text() and "closeplan.sqlite3.damaged-" in box.text()
    assert sorted(window.deals.summary(r).name for r in range(window.deals.rowCount())) == expected
    assert list(demo_file.parent.glob("closeplan.sqlite3.damaged-*"))


def test_the_app_refuses_a_damaged_database_without_a_backup_naming_it(qtbot, tmp_path, monkeypatch):
    from closeplan.ui import app

    path = tmp_path / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    install_demo(svc, TODAY)
    svc.close()
    damage.flip_bytes(path)
    shown = []
    monkeypatch.setattr(app.QMessageBox, "exec", lambda box: shown.append(box.text() + " " + box.informativeText()))
    assert app.start_window(str(path), demo=False, today=TODAY) is None
    assert len(shown) == 1 and "could not be opened" in shown[0] and str(path) in shown[0]


def test_restore_from_backup_in_the_app(qtbot, demo_file):
    from closeplan.ui.main_window import MainWindow, Workspace

    service = DealService.open(demo_file, Clock(NOW + timedelta(days=1)))
    window = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    deal_id = window.current_deal_id()
    original = service.get_deal(deal_id).name
    window.controller.apply(deal_id, "Rename", lambda d: setattr(d, "name", "Renamed today"))
    assert window.undo_action.isEnabled()
    dialog = window.open_backups()
    backups_before = dialog.model.rowCount()
    assert dialog.model.index(0, 1).data() in ("Daily", "Weekly")
    assert dialog.model.index(0, 2).data() == str(len(_deal_names(demo_file)))
    dialog.confirm = lambda backup: True
    dialog.restore_button.click()
    assert service.get_deal(deal_id).name == original
    assert window.deals.summary(window.deals.row_of(deal_id)).name == original
    assert not window.undo_action.isEnabled()  # the history referred to the replaced content
    assert "before-restore" in window.statusBar().currentMessage()
    assert dialog.model.rowCount() == backups_before + 1
    assert dialog.model.index(0, 1).data() == "Before a restore"
    window.close()
    service.close()


def test_the_app_backs_up_after_start_and_on_closing(qtbot, tmp_path):
    from closeplan.ui.main_window import MainWindow, Workspace

    path = tmp_path / "closeplan.sqlite3"
    clock = Clock()
    service = DealService.open(path, clock)
    install_demo(service, TODAY)
    window = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(window)
    window.show()
    window.backup_keeper.start()
    qtbot.waitUntil(lambda: window.backup_keeper._thread is not None)
    window.backup_keeper.wait()
    assert {b.kind for b in list_backups(path)} == {"daily", "weekly"}
    clock.now = NOW + timedelta(days=1)
    deal_id = service.list_deals()[0].id
    window.controller.apply(deal_id, "Rename", lambda d: setattr(d, "name", "Renamed before closing"))
    window.close()
    newest = list_backups(path)[0]
    assert newest.key == (TODAY + timedelta(days=1)).isoformat() or newest.kind == "weekly"
    assert any("Renamed before closing" in _deal_names(b.path) for b in list_backups(path))
    service.close()


@pytest.mark.parametrize(
    "language, word", [("en", "Kept (had more deals)"), ("ja", "保持"), ("ko", "보존"), ("sv", "Sparad")]
)
def test_every_kind_of_backup_has_a_label_in_every_language(qapp, language, word):
    from closeplan.ui import i18n
    from closeplan.ui.backups import kind_text

    try:
        i18n.set_language(language)
        assert word in kind_text("kept")
        for kind in ("daily", "weekly", "before-migration", "before-restore", "kept"):
            assert kind_text(kind) != kind
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "sv", "ja"])
def test_a_database_held_by_another_program_is_said_in_the_ui_language(qtbot, tmp_path, monkeypatch, language):
    """The start-up box said the services' English ("… cannot be used now: another program is
    holding it (busy) (SQLITE_BUSY) …") under a Swedish title. Now the box says it in the UI
    language, naming the file; the services' words are behind "Show details". A real second
    process holds the database's write lock."""
    import subprocess
    import sys
    import textwrap

    from closeplan.ui import app, i18n

    path = tmp_path / "closeplan.sqlite3"
    svc = DealService.open(path, fixed_clock)
    install_demo(svc, TODAY)
    svc.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
                import sqlite3, sys, time
                c = sqlite3.connect(sys.argv[1], isolation_level=None)
                c.execute("PRAGMA journal_mode=DELETE")
                c.execute("BEGIN EXCLUSIVE")
                print("held", flush=True)
                time.sleep(60)
            """),
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        i18n.set_language(language)
        shown = []
        monkeypatch.setattr(
            app.QMessageBox, "exec", lambda box: shown.append((box.informativeText(), box.detailedText()))
        )
        assert app.start_window(str(path), demo=False, today=TODAY) is None
    finally:
        holder.kill()
        holder.wait()
        i18n.set_language("en")
    [(said, details)] = shown
    assert str(path) in said
    assert "SQLITE_BUSY" not in said and "SQLITE" in details
    if language == "en":
        assert "Another program is using" in said
    else:
        assert "Another program" not in said
