"""When the disk or the database fails: a killed process loses no reported save, a full disk or
a read-only file keeps the edit on screen and the database unchanged."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from closeplan.services.deals import DealService, WriteFailed
from closeplan.services.demo import install_demo
from closeplan.services.editing import EditService
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.plan_model import TITLE
from tests import damage
from tests.conftest import TODAY, fixed_clock
from tests.qt_helpers import table_rows

# --- killed while saving ------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from closeplan.services.deals import DealService
    from closeplan.services.editing import EditService

    service = DealService.open(sys.argv[1], lambda: datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    deal_id = service.list_deals()[0].id
    n = int(service.get_deal(deal_id).name.split()[-1])
    editing = EditService(service)
    while True:
        n += 1
        editing.edit(deal_id, "rename", lambda d, n=n: setattr(d, "name", f"save {n}"))
        print(n, flush=True)  # reported only after the transaction committed
""")


def test_killing_a_process_that_saves_in_a_loop_never_loses_a_reported_save(tmp_path):
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    deal_id = service.list_deals()[0].id
    EditService(service).edit(deal_id, "rename", lambda d: setattr(d, "name", "save 0"))
    steps = len(service.get_deal(deal_id).steps)
    service.close()
    rng = random.Random(20261123)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    last_reported = 0
    for _round in range(12):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env)
        wanted = rng.randint(1, 25)
        for _ in range(wanted):  # let it report some saves, then kill it wherever it is
            line = child.stdout.readline()
            assert line, f"the writer stopped on its own (exit {child.poll()})"
            last_reported = int(line)
        child.send_signal(signal.SIGKILL)
        for line in child.stdout:  # saves reported between our last read and the kill
            last_reported = int(line)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        assert damage.integrity(path) == "ok"
        service = DealService.open(path, fixed_clock)
        try:
            deal = service.get_deal(deal_id)
            saved = int(deal.name.split()[-1])
            assert saved >= last_reported, f"save {last_reported} was reported done but the database has {saved}"
            assert saved <= last_reported + 1  # at most the one in flight when it was killed
            assert len(deal.steps) == steps  # a whole deal every time, never half of one
        finally:
            service.close()
    assert last_reported >= 12


# --- the window, when the database cannot be written ---------------------------------------


@pytest.fixture
def window(qtbot, tmp_path):
    service = DealService.open(tmp_path / "closeplan.sqlite3", fixed_clock)
    install_demo(service, TODAY)
    win = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(win)
    win.show()
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    yield win
    win.controller.discard_unsaved()
    service.close()


def type_title(qtbot, win: MainWindow, row: int, text: str) -> None:
    view = win.editor.plan.view
    index = view.model().index(row, win.editor.plan.model.column_of(TITLE))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text in table_rows(view, 1))  # the edit is delivered queued


class disk_full:
    """Every write past ``limit`` bytes of any file fails, as on a full disk (RLIMIT_FSIZE),
    until the block ends or ``release`` is called (space was freed)."""

    def __init__(self, limit: int = 1024):
        self.limit = limit
        self._previous = None

    def __enter__(self) -> disk_full:
        self._handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        self._previous = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, self._previous[1]))
        return self

    def release(self) -> None:
        if self._previous is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, self._previous)
            signal.signal(signal.SIGXFSZ, self._handler)
            self._previous = None

    def __exit__(self, *_exc) -> None:
        self.release()


def test_a_full_disk_keeps_the_edit_on_screen_and_the_database_unchanged(qtbot, window):
    service = window.service
    deal_id = window.current_deal_id()
    titles = table_rows(window.editor.plan.view, 1)
    row = 2
    damage.checkpointed(service.db.path)
    before = damage.dump(service.db.path)
    with disk_full():
        type_title(qtbot, window, row, "Security review with Brightwater IT (Ingrid)")
        type_title(qtbot, window, row + 1, "Second change while the disk is still full")
    assert damage.dump(service.db.path) == before  # nothing was written
    assert damage.integrity(service.db.path) == "ok"
    shown = table_rows(window.editor.plan.view, 1)
    assert shown[row] == "Security review with Brightwater IT (Ingrid)"  # what was typed is still there
    assert shown[row + 1] == "Second change while the disk is still full"
    bar = window.editor.unsaved_bar
    assert bar.isVisible() and "could not be written" in bar.text.text() and "2 change" in bar.text.text()
    assert str(service.db.path) in bar.text.text()
    assert not window.undo_action.isEnabled() and window.windowTitle().startswith("* ")
    # another deal and back: the unsaved edit is still shown
    window.search.setText("")
    window.select_deal(next(r.id for r in service.list_deals() if r.id != deal_id))
    window.select_deal(deal_id)
    assert table_rows(window.editor.plan.view, 1)[row] == "Security review with Brightwater IT (Ingrid)"

    bar.retry_button.click()  # space was freed
    assert not bar.isVisible() and not window.windowTitle().startswith("* ")
    stored = [s.title for s in service.get_deal(deal_id).steps]
    assert "Security review with Brightwater IT (Ingrid)" in stored
    assert "Second change while the disk is still full" in stored
    window.undo_action.trigger()  # each kept edit became its own undo step
    assert "Second change while the disk is still full" not in [s.title for s in service.get_deal(deal_id).steps]
    assert titles != table_rows(window.editor.plan.view, 1)


def test_unsaved_edits_are_saved_to_a_file_before_closing(qtbot, window, tmp_path, monkeypatch):
    damage.checkpointed(window.service.db.path)
    with disk_full():
        type_title(qtbot, window, 1, "Kept through a full disk")
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    monkeypatch.setattr("closeplan.ui.main_window.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    with disk_full() as full:  # still full while closing: the retry fails, so the user is asked

        def answer(count):
            full.release()  # (the USB stick has room)
            return "save" if count == 1 else "cancel"

        window.unsaved_prompt = answer
        window.close()
    assert not window.isVisible()
    written = list(folder.glob("*.json"))
    assert len(written) == 1 and "Kept through a full disk" in written[0].read_text(encoding="utf-8")
    report = window.service.import_bundles(written)  # once the disk has room, importing brings it in
    assert report.of("updated")


def test_closing_with_unsaved_edits_can_be_cancelled(qtbot, window):
    damage.checkpointed(window.service.db.path)
    with disk_full():
        type_title(qtbot, window, 1, "Not to be lost")
        window.unsaved_prompt = lambda count: "cancel"
        window.close()
    assert window.isVisible() and window.editor.unsaved_bar.isVisible()


@contextlib.contextmanager
def read_only(path: Path):
    """Make the database file read-only for this process, even when it runs as root."""
    os.chmod(path, 0o444)
    immutable = False
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            os.chmod(path, 0o600)
            pytest.skip("running as root on a file system without chattr +i: a file cannot be made read-only")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, 0o600)


def test_a_read_only_database_refuses_the_save_clearly_and_keeps_the_edit(qtbot, tmp_path):
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    service.close()
    damage.dump(path)  # the last connection closed: no -wal left behind
    before = damage.dump(path)
    with read_only(path):
        service = DealService.open(path, fixed_clock)
        win = MainWindow(Workspace(service, TODAY))
        qtbot.addWidget(win)
        win.show()
        win.search.setText("Norrskog")
        win.table.selectRow(0)
        try:
            type_title(qtbot, win, 0, "Typed into a read-only database")
            assert table_rows(win.editor.plan.view, 1)[0] == "Typed into a read-only database"
            assert "read-only" in win.editor.unsaved_bar.text.text()
            with pytest.raises(WriteFailed, match="read-only"):
                EditService(service).edit(win.current_deal_id(), "x", lambda d: setattr(d, "name", "x"))
        finally:
            win.controller.discard_unsaved()
            win.close()
            service.close()
    assert damage.dump(path) == before


# --- what a database error says, and what the log keeps --------------------------------------

SECRET = "Confidential: Ingrid's board memo"  # customer data: never in a message or the log


@contextlib.contextmanager
def closeplan_log():
    """The app's log file (as the app sets it up), and what was written to it in the block."""
    from closeplan.services import paths
    from closeplan.ui import app

    app.setup_logging()
    target = paths.log_dir() / "closeplan.log"
    start = target.stat().st_size if target.exists() else 0
    written: list[str] = []
    try:
        yield written
    finally:
        for handler in app.log.handlers:
            handler.flush()
        with open(target, encoding="utf-8") as handle:
            handle.seek(start)
            written.append(handle.read())


def refuse_titles_like(path: Path, pattern: str) -> None:
    """Another program's trigger in the database file: SQLite refuses the steps it matches."""
    connection = sqlite3.connect(path)
    with connection:
        for event in ("INSERT", "UPDATE"):  # an edit writes a changed step's row in place
            connection.execute(
                f"CREATE TRIGGER refuse_title_{event.lower()} BEFORE {event} ON step "
                f"WHEN NEW.title LIKE '{pattern}' BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
            )
    connection.close()


def no_sql_nor_data(text: str) -> None:
    for word in ("INSERT", "DELETE", "SELECT", "[SQL", "parameters", SECRET, "Ingrid's"):
        assert word not in text, f"{word!r} in {text!r}"


def test_a_database_error_during_an_edit_leaves_no_sql_nor_customer_data_in_message_or_log(qtbot, window):
    service = window.service
    refuse_titles_like(service.db.path, "Confidential%")
    before = damage.dump(service.db.path)
    with closeplan_log() as written:
        type_title(qtbot, window, 1, SECRET)
    assert damage.dump(service.db.path) == before
    bar = window.editor.unsaved_bar
    shown, said = bar.isVisible(), bar.text.text()
    window.controller.discard_unsaved()  # else closing the window asks what to do with it
    assert shown and str(service.db.path) in said
    no_sql_nor_data(said)
    log_text = written[0]
    assert "was not written" in log_text, log_text
    no_sql_nor_data(log_text)
    with pytest.raises(WriteFailed) as failed:  # the service's own message, as the command line says it
        EditService(service).edit(window.current_deal_id(), "retitle", lambda d: setattr(d.steps[0], "title", SECRET))
    assert failed.value.reason == "other" and "refused by a trigger" in str(failed.value)
    no_sql_nor_data(str(failed.value))
    assert failed.value.__cause__ is None and failed.value.__suppress_context__


def test_an_id_another_deal_holds_fails_the_edit_in_words_without_sql(tmp_path):
    from closeplan.domain.edits import add_step

    service = DealService.open(tmp_path / "closeplan.sqlite3", fixed_clock)
    install_demo(service, TODAY)
    first, second = service.all_ids()[:2]
    taken = service.get_deal(first).steps[0]
    copy = dataclasses.replace(taken, title=SECRET)
    with pytest.raises(WriteFailed) as failed:
        EditService(service).edit(second, "add", add_step(copy))
    message = str(failed.value)
    assert "UNIQUE constraint failed: step.id" in message and str(service.db.path) in message
    no_sql_nor_data(message)
    assert SECRET not in [s.title for s in service.get_deal(second).steps]
    service.close()
