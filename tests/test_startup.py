"""Start-up: the deal list is on screen before the database is opened; the database is opened
right after; a closed app keeps its list for the next start, and anything that wrote the
database since makes it read the file instead."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import timedelta

import pytest

from closeplan.services import paths
from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.services.startup import close_remembering, first_look, snapshot_file
from closeplan.store.sqlite_reader import sqlite_file
from tests import damage
from tests.conftest import TODAY, fixed_clock


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    service.close()
    return path


def _names(path) -> list[str]:
    service = DealService.open(path, fixed_clock)
    try:
        return [row.name for row in service.list_deals()]
    finally:
        service.close()


def test_the_deal_list_is_on_screen_before_the_database_is_opened(demo_file):
    """In a fresh process, as `closeplan --db FILE` starts: the list is there and the
    database layer (SQLAlchemy, the scheduling rules) is not even loaded until it is needed."""
    script = textwrap.dedent(f"""
        import json, sys
        from datetime import date
        from closeplan.ui.app import launch, make_application
        app = make_application()
        window = launch({str(demo_file)!r}, False, date.fromisoformat({TODAY.isoformat()!r}))
        first = dict(
            rows=[window.deals.summary(r).name for r in range(window.deals.rowCount())],
            loaded=sorted(m for m in ("sqlalchemy", "alembic", "closeplan.domain.scheduling") if m in sys.modules),
            editor=window.editor is not None,
            new_enabled=window.new_action.isEnabled(),
            title=window.windowTitle(),
        )
        window.ensure_ready()
        ready = dict(
            editor=window.editor.deal.name if window.editor.deal else None,
            new_enabled=window.new_action.isEnabled(),
            rows=window.deals.rowCount(),
        )
        print(json.dumps(dict(first=first, ready=ready)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    first, ready = result["first"], result["ready"]
    assert first["rows"] == _names(demo_file)
    assert first["loaded"] == []
    assert not first["editor"] and not first["new_enabled"]  # commands wait for the database
    assert str(demo_file) in first["title"]
    assert ready["editor"] in first["rows"] and ready["new_enabled"] and ready["rows"] == len(first["rows"])


def test_the_window_opens_the_database_once_the_list_is_painted(qtbot, demo_file):
    from closeplan.ui.app import launch

    window = launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    assert window.workspace is None and window.deals.rowCount() == len(_names(demo_file))
    assert window.findChild(type(window.count_label), "openingLabel").isVisible()
    qtbot.waitUntil(lambda: window.workspace is not None and window.editor.deal is not None, timeout=10_000)
    assert window.editor.isVisible()
    assert window.editor.deal.id == window.current_deal_id()
    assert window.new_action.isEnabled() and window.undo_action.text() == "&Undo"
    window.backup_keeper.wait()


def test_the_database_opens_and_the_deal_opens_in_separate_turns_of_the_event_loop(qtbot, demo_file):
    """No step of getting ready holds the window up for long: the warm-up's callback attaches
    the workspace (the list on screen is kept: it is today's), the deal opens in the next turn;
    a command that needs the editor at once (ensure_ready) gets it at once."""
    from closeplan.ui.app import launch

    window = launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    shown = [window.deals.summary(r) for r in range(window.deals.rowCount())]
    window.become_ready()
    assert window.workspace is not None and window.editor.deal is None  # still to come
    assert [window.deals.summary(r) for r in range(window.deals.rowCount())] == shown  # kept, not read again
    assert window.new_action.isEnabled()
    qtbot.waitUntil(lambda: window.editor.deal is not None, timeout=5_000)
    assert window.editor.deal.id == window.current_deal_id()
    window.backup_keeper.wait()

    again = launch(str(demo_file), False, TODAY)
    qtbot.addWidget(again)
    again.become_ready()
    assert again.ensure_ready() and again.editor.deal is not None  # at once, when asked for
    again.backup_keeper.wait()


def test_the_last_deal_is_selected_first_and_opened_when_the_database_is(qtbot, demo_file):
    from PySide6.QtCore import QSettings

    from closeplan.ui.app import launch

    last = DealService.open(demo_file, fixed_clock)
    wanted = last.list_deals()[-1]
    last.close()
    QSettings().setValue("main/lastDeal", str(wanted.id))
    window = launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    assert window.current_deal_id() == wanted.id  # already in the list's selection
    window.ensure_ready()
    assert window.editor.deal.id == wanted.id
    window.backup_keeper.wait()


def test_a_command_given_before_the_database_is_open_opens_it_first(qtbot, demo_file):
    from closeplan.ui import app

    window = app.launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    assert window.workspace is None
    dialog = window.open_preferences()  # needs no database: does not wait
    dialog.close()
    assert window.workspace is None
    from closeplan.ui.wizard import NewDealWizard

    window.new_deal()  # needs it: the workspace is attached, then the wizard opens
    assert window.workspace is not None
    wizard = window.findChild(NewDealWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    window.backup_keeper.wait()


def test_a_closed_app_keeps_its_list_and_a_later_write_makes_it_read_the_file(demo_file):
    service = DealService.open(demo_file, fixed_clock)
    close_remembering(service)
    assert snapshot_file(demo_file).is_file()
    kept = first_look(str(demo_file), TODAY)
    assert kept.from_snapshot and [r.name for r in kept.rows] == _names(demo_file) and kept.stale == 0
    assert [r.level for r in kept.rows] == [r.level for r in DealService.open(demo_file, fixed_clock).list_deals()]
    assert first_look(str(demo_file), TODAY + timedelta(days=1)).stale == len(kept.rows)

    # another program (or the app, not closed normally) writes the database
    service = DealService.open(demo_file, fixed_clock)
    deal = service.get_deal(kept.rows[0].id)
    service.save(replace(deal, name="Renamed while the app was away", version=deal.version + 1))
    service.close()
    fresh = first_look(str(demo_file), TODAY)
    assert not fresh.from_snapshot
    assert "Renamed while the app was away" in [r.name for r in fresh.rows]


def test_a_damaged_snapshot_is_not_used(demo_file):
    close_remembering(DealService.open(demo_file, fixed_clock))
    snapshot_file(demo_file).write_bytes(b"\x00not a snapshot")
    look = first_look(str(demo_file), TODAY)
    assert not look.from_snapshot and [r.name for r in look.rows] == _names(demo_file)


def test_a_database_that_is_not_current_or_not_a_file_starts_the_usual_way(demo_file, tmp_path):
    assert first_look(str(tmp_path / "missing.sqlite3"), TODAY) is None
    assert first_look("postgresql://db.example/closeplan", TODAY) is None
    empty = tmp_path / "empty.sqlite3"
    DealService.open(empty, fixed_clock).close()
    assert first_look(str(empty), TODAY) is None  # the empty page offers the demo
    connection = sqlite3.connect(demo_file)
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.commit()
    connection.close()
    assert first_look(str(demo_file), TODAY) is None  # to be migrated first (with its backup)
    assert sqlite_file(f"sqlite:///{demo_file}") == demo_file
    assert sqlite_file("sqlite:///:memory:") is None


def test_a_database_that_fails_its_check_after_the_first_look_is_named_and_the_app_quits(qtbot, demo_file, monkeypatch):
    from closeplan.ui import app

    damage.flip_bytes(demo_file)  # the plan steps are damaged; the list itself still reads
    window = app.launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    assert window.deals.rowCount() > 0
    shown, quit_with = [], []
    monkeypatch.setattr(app.QMessageBox, "exec", lambda box: shown.append(box.text() + " " + box.informativeText()))
    monkeypatch.setattr(app.QApplication, "exit", lambda code=0: quit_with.append(code))
    window.ensure_ready()
    assert len(shown) == 1 and "could not be opened" in shown[0] and str(demo_file) in shown[0]
    assert quit_with == [2] and not window.isVisible() and window.workspace is None


def test_a_long_log_is_set_aside_when_the_app_starts():
    from closeplan.ui import app

    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "closeplan.log"
    log_file.write_bytes(b"x" * (app.LOG_BYTES + 1))
    ours = [h for h in app.log.handlers if getattr(h, "closeplan_log", False)]
    for handler in ours:
        app.log.removeHandler(handler)
        handler.close()
    try:
        app.setup_logging()
        app.log.warning("after the rotation")
        for handler in app.log.handlers:
            handler.flush()
        assert (folder / "closeplan.log.1").stat().st_size == app.LOG_BYTES + 1
        assert log_file.read_text(encoding="utf-8").strip().endswith("after the rotation")
    finally:
        for handler in [h for h in app.log.handlers if getattr(h, "closeplan_log", False)]:
            app.log.removeHandler(handler)
            handler.close()
        logging.getLogger("closeplan").setLevel(logging.WARNING)


def test_list_rows_given_in_their_order_show_as_the_model_would_sort_them(qtbot, demo_file):
    from PySide6.QtCore import Qt

    from closeplan.ui.models import DealTableModel

    rows = first_look(str(demo_file), TODAY).rows
    shuffled = list(reversed(rows))
    sorting, trusting, by_name = DealTableModel(), DealTableModel(), DealTableModel()
    for model in (sorting, trusting):
        model.sort(4, Qt.SortOrder.AscendingOrder)
    by_name.sort(0, Qt.SortOrder.AscendingOrder)
    sorting.set_rows(shuffled)
    trusting.set_rows(rows, sorted_by=(4, Qt.SortOrder.AscendingOrder))
    by_name.set_rows(rows, sorted_by=(4, Qt.SortOrder.AscendingOrder))  # sorted otherwise: sorts
    assert [r.name for r in trusting.rows()] == [r.name for r in sorting.rows()]
    assert all(trusting.row_of(r.id) == i for i, r in enumerate(trusting.rows()))
    assert [r.name for r in by_name.rows()] == sorted(r.name for r in rows)


def test_a_list_computed_for_another_day_is_shown_and_brought_up_to_date(qtbot, demo_file):
    from closeplan.ui.app import launch

    tomorrow = TODAY + timedelta(days=1)
    window = launch(str(demo_file), False, tomorrow)
    qtbot.addWidget(window)
    count = window.deals.rowCount()
    assert f"Bringing {count} deals up to date" in window.statusBar().currentMessage()
    assert {window.deals.summary(r).as_of for r in range(count)} == {TODAY}
    window.ensure_ready()
    assert window.statusBar().currentMessage() == ""
    assert {window.deals.summary(r).as_of for r in range(count)} == {tomorrow}
    window.backup_keeper.wait()


def test_a_window_closed_before_the_database_is_open_does_not_open_it(qtbot, demo_file):
    from closeplan.ui.app import launch

    window = launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    window.close()
    assert not window.ensure_ready() and window.workspace is None


def test_the_health_check_runs_beside_the_window_and_a_damaged_file_is_still_named(qtbot, demo_file, monkeypatch):
    import threading

    from closeplan.ui import app

    checked_on = []
    check = DealService.health_check

    def watched(target, clock):
        checked_on.append(threading.current_thread().name)
        return check(target, clock)

    monkeypatch.setattr(DealService, "health_check", staticmethod(watched))
    shown, quit_with = [], []
    monkeypatch.setattr(app.QMessageBox, "exec", lambda box: shown.append(box.text() + " " + box.informativeText()))
    monkeypatch.setattr(app.QApplication, "exit", lambda code=0: quit_with.append(code))
    damage.flip_bytes(demo_file)
    window = app.launch(str(demo_file), False, TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(quit_with), timeout=10_000)
    assert checked_on == ["closeplan-warm-up"]  # once, and not on the window's thread
    assert len(shown) == 1 and str(demo_file) in shown[0] and quit_with == [2]


def test_quitting_the_app_after_it_opened_the_database_ends_well_and_keeps_the_list(demo_file, tmp_path):
    """A real start as `closeplan --db FILE`, left to open the database (the warm-up thread ran),
    then closed as a user closes it: exit status 0 and the deal list kept for the next start.
    (Quitting once raised AttributeError on the warm-up thread's handle: status 1, list lost.)"""
    script = textwrap.dedent(f"""
        import sys
        from datetime import date
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from closeplan.ui import app as app_module

        app = app_module.make_application()

        def close_when_ready():
            windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
            if not windows or windows[0].workspace is None or windows[0].editor.deal is None:
                QTimer.singleShot(20, close_when_ready)
                return
            windows[0].close()

        QTimer.singleShot(0, close_when_ready)
        sys.exit(app_module.run({str(demo_file)!r}, False, date.fromisoformat({TODAY.isoformat()!r})))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot_file(demo_file).is_file()
    assert first_look(str(demo_file), TODAY).from_snapshot
