"""Start-up with the deal that was open when the app last closed: it is in the editor before
the database is open, and what is typed into it then is kept, shown and written — in order,
each edit undoable — once the database is open; closing at once, or a database that will not
open, loses none of it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from closeplan.export.bundle import read_file
from closeplan.services import paths
from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.services.startup import close_remembering, deal_file, first_look
from closeplan.ui.plan_model import TITLE
from tests import damage
from tests.conftest import TODAY, fixed_clock


@pytest.fixture
def kept_file(tmp_path):
    """A database closed by the app with a deal on screen: its list and that deal are kept."""
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    deal = service.list_deals()[2]
    QSettings().setValue("main/lastDeal", str(deal.id))
    close_remembering(service, deal.id)
    return path, deal.id


def _stored(path, deal_id):
    service = DealService.open(path, fixed_clock)
    try:
        return service.get_deal(deal_id)
    finally:
        service.close()


@pytest.fixture
def held(monkeypatch):
    """The start-up's warm-up (imports, the health check) waits until the test lets it go, so
    the test can type while the database is still being opened, as a user can."""
    from closeplan.ui import app

    gate = threading.Event()
    warm_up = app._WarmUp

    class Held(warm_up):
        def _run(self) -> None:
            gate.wait(30)
            super()._run()

    monkeypatch.setattr(app, "_WarmUp", Held)
    yield gate
    gate.set()


def _launch(qtbot, path):
    from closeplan.ui.app import launch

    window = launch(str(path), False, TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # so that keys reach its widgets
    return window


def _type_title(qtbot, window, row: int, text: str) -> None:
    plan = window.editor.plan
    view = plan.view
    window.editor.tabs.setCurrentWidget(plan)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, plan.model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _title_at(window, row) == text, timeout=5_000)  # (the cell hands it on queued)


def _title_at(window, row: int) -> str:
    plan = window.editor.plan
    return plan.view.model().index(row, plan.model.column_of(TITLE)).data()


def test_the_kept_deal_is_in_the_editor_before_the_database_layer_is_loaded(kept_file):
    """In a fresh process, as `closeplan --db FILE` starts: the editor shows the deal at once,
    its controls enabled, while SQLAlchemy is not even loaded."""
    path, deal_id = kept_file
    script = textwrap.dedent(f"""
        import json, sys
        from datetime import date
        from PySide6.QtCore import QSettings
        from closeplan.ui.app import launch, make_application
        app = make_application()
        QSettings().setValue("main/lastDeal", {str(deal_id)!r})  # the deal on screen when it closed
        window = launch({str(path)!r}, False, date.fromisoformat({TODAY.isoformat()!r}))
        editor = window.editor
        print(json.dumps(dict(
            deal=str(editor.deal.id) if editor and editor.deal else None,
            steps=editor.plan.model.rowCount() if editor else 0,
            enabled=bool(editor) and editor.plan.actions_["add"].isEnabled() and not editor.plan.read_only,
            workspace=window.workspace is not None,
            loaded=sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic") if m in sys.modules),
        )))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["deal"] == str(deal_id) and result["steps"] == len(_stored(path, deal_id).steps)
    assert result["enabled"] and not result["workspace"] and result["loaded"] == []


def test_edits_typed_before_the_database_is_open_are_written_in_order_and_undoable(qtbot, kept_file, held):
    path, deal_id = kept_file
    before = _stored(path, deal_id)
    window = _launch(qtbot, path)
    assert window.editor.deal.id == deal_id and window.workspace is None

    _type_title(qtbot, window, 0, "Typed while opening")
    _type_title(qtbot, window, 1, "And a second one")
    assert _title_at(window, 0) == "Typed while opening" and _title_at(window, 1) == "And a second one"
    assert not window.editor.unsaved_bar.isVisible()  # not a failure: nothing to warn about
    assert window.workspace is None and _stored(path, deal_id) == before  # not written yet

    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.controller.unsaved, timeout=5_000)
    stored = _stored(path, deal_id)
    titles = [s.title for s in stored.steps]
    assert titles[:2] == ["Typed while opening", "And a second one"]
    assert stored.version == before.version + 2  # two edits, each its own
    assert _title_at(window, 0) == "Typed while opening" and window.editor.deal.version == stored.version

    # each is a step of the deal's undo history
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert [s.title for s in _stored(path, deal_id).steps][:2] == ["Typed while opening", before.steps[1].title]
    window.undo_action.trigger()
    assert [s.title for s in _stored(path, deal_id).steps][:2] == [before.steps[0].title, before.steps[1].title]
    window.backup_keeper.wait()


def test_a_new_step_added_before_the_database_is_open_is_kept(qtbot, kept_file, held):
    path, deal_id = kept_file
    count = len(_stored(path, deal_id).steps)
    window = _launch(qtbot, path)
    plan = window.editor.plan
    view = plan.view
    window.editor.tabs.setCurrentWidget(plan)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, plan.model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a new step below
    qtbot.waitUntil(lambda: plan.model.rowCount() == count + 1, timeout=5_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Purchasing issues the PO")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not window.controller.unsaved, timeout=20_000)
    stored = _stored(path, deal_id)
    assert len(stored.steps) == count + 1 and "Purchasing issues the PO" in [s.title for s in stored.steps]
    window.backup_keeper.wait()


def test_closing_before_the_database_is_open_writes_what_was_typed(qtbot, kept_file, held):
    path, deal_id = kept_file
    window = _launch(qtbot, path)
    _type_title(qtbot, window, 0, "Typed, then closed at once")
    held.set()
    window.close()  # waits for the opening, writes, closes
    assert not window.isVisible()
    assert _stored(path, deal_id).steps[0].title == "Typed, then closed at once"


def test_another_deal_chosen_before_the_database_is_open_opens_once_it_is(qtbot, kept_file, held):
    """Choosing another deal does not hold the window up: the early one is greyed out (not to be
    edited as if it were the one chosen), and the chosen one opens when the database is open."""
    path, deal_id = kept_file
    window = _launch(qtbot, path)
    window.table.selectRow(0)
    assert window.current_deal_id() != deal_id
    assert window.workspace is None and not window.editor.isEnabled()
    window.select_deal(deal_id)  # back to it: it may be edited again
    assert window.editor.isEnabled()
    window.table.selectRow(0)
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and window.editor.isEnabled(), timeout=20_000)
    assert window.editor.deal.id == window.current_deal_id() != deal_id
    window.backup_keeper.wait()


def test_a_database_that_will_not_open_keeps_the_edits_in_a_file(qtbot, kept_file, held, monkeypatch):
    """The file is damaged between the first look and the start-up check (and has no backup):
    the message says so, and where the edits typed meanwhile were saved; importing that file
    brings them back."""
    from closeplan.ui import app

    path, deal_id = kept_file
    before = _stored(path, deal_id)
    window = _launch(qtbot, path)
    _type_title(qtbot, window, 0, "Kept in a file")
    damage.flip_bytes(path)
    shown, quit_with = [], []
    monkeypatch.setattr(app.QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    monkeypatch.setattr(app.QApplication, "exit", lambda code=0: quit_with.append(code))
    held.set()
    qtbot.waitUntil(lambda: bool(quit_with), timeout=20_000)
    assert quit_with == [2] and len(shown) == 1 and str(path) in shown[0]
    kept = sorted((paths.data_dir() / "unsaved").glob("*.json"), key=lambda p: p.stat().st_mtime)
    assert kept and str(kept[-1]) in shown[0]
    saved = read_file(kept[-1])
    assert saved.id == deal_id and saved.steps[0].title == "Kept in a file"
    assert saved.version == before.version + 1  # importing it replaces the stored deal


def test_a_kept_deal_is_not_used_once_the_file_was_written_since(kept_file):
    path, deal_id = kept_file
    assert first_look(str(path), TODAY).deal.id == deal_id
    service = DealService.open(path, fixed_clock)
    deal = service.get_deal(deal_id)
    service.save(replace(deal, name="Renamed elsewhere", version=deal.version + 1))
    service.close()
    assert first_look(str(path), TODAY).deal is None
    deal_file(path).write_bytes(b"\x00garbage")
    assert first_look(str(path), TODAY).deal is None


def test_every_plan_cell_changed_before_the_database_is_open_is_stored(qtbot, kept_file, held):
    """The walk of tests/test_every_control.py, before the database is open: every editable cell
    of the plan's first rows, changed by keyboard, is shown at once and, once the database is
    open, stored — each edit its own undo step — exactly as the screen showed it."""
    from closeplan.domain.operations import diff
    from tests.test_every_control import _address, _typed
    from tests.widget_walk import change_cell, editable_cells

    path, deal_id = kept_file
    before = _stored(path, deal_id)
    window = _launch(qtbot, path)
    view = window.editor.plan.view
    controller = window.controller
    walked, edits = set(), 0
    for row in (0, 1):
        for cell in editable_cells(view, row):
            shown_before = controller.shown_deal(deal_id)
            current = cell.index.data() or ""
            if not cell.field or not change_cell(
                qtbot, cell, TODAY, lambda c, _e, a=cell.field, t=current: _typed(a, t)
            ):
                continue
            qtbot.waitUntil(lambda b=shown_before: bool(diff(b, controller.shown_deal(deal_id))), timeout=3_000)
            walked.add(cell.field)
            edits += 1
            assert window.workspace is None and window.editor.message.text() == ""
    assert len(walked) >= 5, walked  # (the columns shown at 1366 px: step, due, side, owner, status)
    on_screen = controller.shown_deal(deal_id)
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not controller.unsaved, timeout=20_000)
    stored = _stored(path, deal_id)
    # what the screen showed is what was stored (besides what writing adds: when a step last
    # changed, and the moves of its date the plan keeps since it was agreed)
    assert [op for op in diff(on_screen, stored) if _address(op) not in ("step.changed_on", "step_move.add")] == []
    qtbot.waitUntil(lambda: window.editor.deal == stored, timeout=5_000)  # and then shown as stored
    assert walked <= {_address(op) for op in diff(before, stored)}
    assert stored.version == before.version + edits and window.undo.undo_action.isEnabled()
    window.backup_keeper.wait()


def test_the_overview_takes_edits_before_the_database_is_open_too(qtbot, kept_file, held):
    """The other tabs are made when first shown; an Overview field typed in waits, as the plan's
    cells do, without holding the window up until the database is open."""
    from tests.widget_walk import editing_controls, field_of

    path, deal_id = kept_file
    window = _launch(qtbot, path)
    window.editor.tabs.setCurrentIndex(0)  # Overview: made now
    overview = window.editor.overview
    assert window.editor.tabs.currentWidget() is overview
    name = next(c for c in editing_controls(overview) if field_of(c) == "deal.name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Renamed at once")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.shown_deal(deal_id).name == "Renamed at once", timeout=3_000)
    assert window.workspace is None  # not opened for it
    assert window.deals.summary(window.deals.row_of(deal_id)).name == "Renamed at once"  # the list too
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not window.controller.unsaved, timeout=20_000)
    assert _stored(path, deal_id).name == "Renamed at once"
    assert "Renamed at once" in window.editor.header.text()
    window.backup_keeper.wait()


def test_the_layout_does_not_move_as_the_other_tabs_are_made(qtbot, kept_file, held):
    """The early editor has the Plan tab only; when the others come, the editor must not grow
    and push the plan down while the user may be typing in it."""
    from closeplan.ui.main_window import MainWindow, Workspace

    path, deal_id = kept_file
    service = DealService.open(path, fixed_clock)
    complete = MainWindow(Workspace(service, TODAY))  # last time: a complete editor, then closed
    qtbot.addWidget(complete)
    complete.resize(1366, 768)
    complete.show()
    qtbot.waitExposed(complete)
    complete.close()
    complete.backup_keeper.wait()
    close_remembering(service, deal_id)  # (the database was written: keep the deal again)

    window = _launch(qtbot, path)
    window.resize(600, 400)  # smaller than the editor needs: the window takes what it needs
    QApplication.processEvents()
    assert window.workspace is None and len(window.editor.made_tabs()) == 1
    early = (
        window.size(),
        window.splitter.sizes(),
        window.editor.plan.view.mapTo(window, window.editor.plan.view.rect().topLeft()),
    )
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and len(window.editor.made_tabs()) == 8, timeout=20_000)
    QApplication.processEvents()
    late = (
        window.size(),
        window.splitter.sizes(),
        window.editor.plan.view.mapTo(window, window.editor.plan.view.rect().topLeft()),
    )
    assert late == early
    window.backup_keeper.wait()


def test_the_title_says_edits_wait_to_be_written(qtbot, kept_file, held):
    path, _deal_id = kept_file
    window = _launch(qtbot, path)
    assert not window.windowTitle().startswith("*")
    _type_title(qtbot, window, 0, "Waiting to be written")
    assert window.windowTitle().startswith("* ")
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not window.controller.unsaved, timeout=20_000)
    assert not window.windowTitle().startswith("*")
    window.backup_keeper.wait()


def test_quitting_right_after_typing_before_the_database_is_open_keeps_it(qtbot, kept_file, held):
    """Closed at once after typing — a cell committed a moment ago (its edit still on its way),
    a cell still being typed in, an Overview field without Enter: all are written."""
    from tests.widget_walk import editing_controls, field_of

    path, deal_id = kept_file
    window = _launch(qtbot, path)
    plan = window.editor.plan
    view = plan.view
    window.editor.tabs.setCurrentIndex(0)
    name = next(c for c in editing_controls(window.editor.overview) if field_of(c) == "deal.name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Named, not entered")  # no Enter: focus still in the field
    window.editor.tabs.setCurrentWidget(plan)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, plan.model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Entered just now")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # its edit is on its way (queued): no waiting here
    QApplication.processEvents()  # (as the event loop does between two keys)
    if QApplication.focusWidget() is view:  # (Enter may already have opened the next row's cell)
        view.setCurrentIndex(view.model().index(1, plan.model.column_of(TITLE)))
        qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    assert view.currentIndex().row() == 1
    editor.selectAll()
    qtbot.keyClicks(editor, "Still being typed")  # the cell editor is open
    held.set()
    window.close()
    stored = _stored(path, deal_id)
    assert stored.name == "Named, not entered"
    assert [s.title for s in stored.steps][:2] == ["Entered just now", "Still being typed"]


def test_a_refusal_before_the_database_is_open_stays_on_screen_when_it_opens(qtbot, kept_file, held):
    path, deal_id = kept_file
    window = _launch(qtbot, path)
    _type_title_refused = window.editor.plan
    view = _type_title_refused.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, _type_title_refused.model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a step without a title: refused
    qtbot.waitUntil(lambda: window.editor.message.text() != "", timeout=3_000)
    refusal = window.editor.message.text()
    held.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not window._pending_open, timeout=20_000)
    QApplication.processEvents()
    assert window.editor.message.text() == refusal
    assert _stored(path, deal_id).steps[0].title  # and nothing was stored
    window.backup_keeper.wait()
