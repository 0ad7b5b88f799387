"""Plan entry by keyboard, as in a spreadsheet: typing over a cell starts editing it with that
key, dates typed as "+3d", "fri", "金" or "today" (from the window's today), Enter down, Tab
right, Ctrl+Enter a new step below; the plan table fits a 1366-pixel window, the Step column
stays in place while the table scrolls. What was typed is read back from the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from closeplan.ui.dates import DateCellEdit, parse_date
from closeplan.ui.plan_model import DUE, KEYS, TITLE
from tests.conftest import TODAY
from tests.qt_helpers import shown_window


def _next(weekday: int):
    return TODAY + timedelta(days=(weekday - TODAY.weekday() - 1) % 7 + 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+3d", TODAY + timedelta(days=3)),
        ("+2w", TODAY + timedelta(weeks=2)),
        ("-1d", TODAY - timedelta(days=1)),
        ("fri", _next(4)),
        ("Friday", _next(4)),
        ("fre", _next(4)),
        ("金", _next(4)),
        ("금요일", _next(4)),
        ("today", TODAY),
        ("今日", TODAY),
        ("2026-12-24", TODAY.replace(year=2026, month=12, day=24)),
        ("nonsense", None),
    ],
)
def test_date_words(qapp, text, expected):
    assert parse_date(text, TODAY, "yyyy-MM-dd") == expected


@pytest.fixture
def window(qtbot, demo_service):
    QSettings().remove("plan/hiddenColumns")
    win = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.plan)
    return win


def _steps(stored, deal_id):
    return {s.id: s for s in stored.get_deal(deal_id).steps}


def test_typing_over_cells_saves_steps_and_dates(qtbot, window, stored):
    plan = window.editor.plan
    view, model = plan.view, plan.model
    deal_id = window.current_deal_id()
    title, due = model.column_of(TITLE), model.column_of(DUE)
    step_id = model.step(plan.proxy.mapToSource(view.model().index(1, 0)).row()).id
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, title))
    qtbot.keyClicks(view, "B")  # the first key opens the editor with that key in it
    editor = QApplication.focusWidget()
    assert editor is not view and editor.text() == "B"
    qtbot.keyClicks(editor, "oard approval")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # saved, and on to the next cell to the right
    qtbot.waitUntil(lambda: _steps(stored, deal_id)[step_id].title == "Board approval")
    header = view.horizontalHeader()
    assert header.visualIndex(view.currentIndex().column()) == header.visualIndex(title) + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # (the next cell's editor: left alone)

    row = model.row_of(step_id)
    view.setCurrentIndex(view.model().index(row, due))
    qtbot.keyClicks(view, "+")
    date_editor = QApplication.focusWidget()
    assert isinstance(date_editor, DateCellEdit) and date_editor.text() == "+"
    qtbot.keyClicks(date_editor, "3d")
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _steps(stored, deal_id)[step_id].due_date == TODAY + timedelta(days=3))

    row = model.row_of(step_id)
    view.setCurrentIndex(view.model().index(row, due))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    date_editor = QApplication.focusWidget()
    date_editor.setText("金")  # (CJK is set, not typed: pytest-qt cannot type it)
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _steps(stored, deal_id)[step_id].due_date == _next(4))

    row = model.row_of(step_id)
    view.setCurrentIndex(view.model().index(row, due))
    qtbot.keyClicks(view, "x")  # no day: nothing saved, the date stays
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(100)
    assert _steps(stored, deal_id)[step_id].due_date == _next(4)


def test_ctrl_enter_adds_a_step_below_and_types_its_title(qtbot, window, stored):
    plan = window.editor.plan
    view, model = plan.view, plan.model
    deal_id = window.current_deal_id()
    before = len(stored.get_deal(deal_id).steps)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(stored.get_deal(deal_id).steps) == before + 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Purchasing issues the PO")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(s.title == "Purchasing issues the PO" for s in stored.get_deal(deal_id).steps))


def test_plan_fits_1366_and_the_chooser_remembers(qtbot, window):
    plan = window.editor.plan
    view = plan.view
    qtbot.wait(50)
    assert view.horizontalScrollBar().maximum() == 0, "the plan table scrolls sideways at 1366 px"
    depends = KEYS.index("depends_on")
    assert view.isColumnHidden(depends)
    menu = plan.columns.menu()
    action = next(a for a in menu.actions() if a.objectName() == "column_depends_on")
    action.setChecked(True)
    assert not view.isColumnHidden(depends)
    assert "depends_on" not in str(QSettings().value("plan/hiddenColumns"))
    QSettings().remove("plan/hiddenColumns")


def test_the_step_column_stays_while_the_table_scrolls(qtbot, window):
    plan = window.editor.plan
    view = plan.view
    for column in range(view.model().columnCount()):
        view.setColumnHidden(column, False)
        view.setColumnWidth(column, 220)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert plan.frozen.isVisible()
    assert plan.frozen.geometry().left() <= view.frameWidth() + 1
    assert plan.frozen.columnWidth(plan.model.column_of(TITLE)) == view.columnWidth(plan.model.column_of(TITLE))
    view.horizontalScrollBar().setValue(0)
    assert not plan.frozen.isVisible()
