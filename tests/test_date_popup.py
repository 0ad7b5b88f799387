"""A date cell of the plan table, typed over as text, also opens a calendar: Alt+Down, F4 or its
calendar button. A day picked there (Enter, or a click) is saved as Enter saves a typed date,
through the table's own edit path, and read back from the database opened again; Escape
closes the calendar and leaves the cell as it was."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView, QToolButton

from closeplan.services.deals import DealService
from closeplan.ui.dates import DateCellEdit
from closeplan.ui.plan_model import DUE
from tests.conftest import TODAY, fixed_clock
from tests.qt_helpers import shown_window


@pytest.fixture
def window(qtbot, demo_service):
    QSettings().remove("plan/hiddenColumns")
    win = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.plan)
    return win


def _stored_due(demo_service, deal_id, step_id):
    """The step's date as stored: read from the database file opened anew, as a restarted app would."""
    reopened = DealService.open(demo_service.file, fixed_clock)
    try:
        return next(s for s in reopened.get_deal(deal_id).steps if s.id == step_id).due_date
    finally:
        reopened.close()


def _open_date_cell(qtbot, window):
    """The keyboard on the second step's date cell, its editor opened with F2."""
    plan = window.editor.plan
    view, model = plan.view, plan.model
    step = model.step(plan.proxy.mapToSource(view.model().index(1, 0)).row())
    view.setFocus()
    view.setCurrentIndex(view.model().index(model.row_of(step.id), model.column_of(DUE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateCellEdit)
    return step, editor


def _calendar_view(popup) -> QTableView:
    return popup.calendar.findChild(QTableView)


def test_alt_down_opens_the_calendar_and_enter_saves_the_day(qtbot, window, demo_service):
    deal_id = window.current_deal_id()
    step, editor = _open_date_cell(qtbot, window)
    before = step.due_date
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = editor.popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    assert popup.calendar.selectedDate() == QDate(before.year, before.month, before.day)  # the cell's day
    keys = QApplication.focusWidget()
    assert keys is _calendar_view(popup)  # the keyboard is in the month
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # the next day …
    qtbot.keyClick(keys, Qt.Key.Key_Down)  # … a week later
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    expected = before + timedelta(days=8)
    qtbot.waitUntil(lambda: _stored_due(demo_service, deal_id, step.id) == expected)
    view = window.editor.plan.view
    assert view.state() != QTableView.State.EditingState  # saved and closed (the calendar with it), as Enter does
    assert view.currentIndex().row() == window.editor.plan.model.row_of(step.id) + 1  # … and down a row


def test_f4_or_the_button_and_a_click_on_a_day_save_it(qtbot, window, demo_service):
    deal_id = window.current_deal_id()
    step, editor = _open_date_cell(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: editor.popup is not None and editor.popup.isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.popup.isVisible())
    button = next(b for b in editor.findChildren(QToolButton) if b.defaultAction() is editor.calendar_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = editor.popup
    qtbot.waitUntil(popup.isVisible)
    cells = _calendar_view(popup)
    model = cells.model()
    shown = popup.calendar.selectedDate()
    day_15 = next(
        model.index(r, c)
        for r in range(1, model.rowCount())  # (row 0: the days' names; column 0: the week numbers)
        for c in range(1, model.columnCount())
        if str(model.index(r, c).data()) == "15"
    )  # (a 15th appears once in the six weeks shown: the month's own)
    qtbot.mouseClick(cells.viewport(), Qt.MouseButton.LeftButton, pos=cells.visualRect(day_15).center())
    expected = shown.addDays(15 - shown.day()).toPython()
    qtbot.waitUntil(lambda: _stored_due(demo_service, deal_id, step.id) == expected)


def test_escape_closes_the_calendar_and_leaves_the_cell_unchanged(qtbot, window, demo_service):
    deal_id = window.current_deal_id()
    step, editor = _open_date_cell(qtbot, window)
    before, text = step.due_date, editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = editor.popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    keys = QApplication.focusWidget()
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    qtbot.keyClick(keys, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert editor.text() == text and QApplication.focusWidget() is editor  # still editing, as it was
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert _stored_due(demo_service, deal_id, step.id) == before


@pytest.mark.parametrize(
    "typed, wanted",
    [
        ("2027/1/5", "2027-01-05"),
        ("2027年1月5日", "2027-01-05"),
        ("12/31", "2026-12-31"),
        ("2027. 1. 5.", "2027-01-05"),
    ],
)
def test_a_date_typed_as_people_write_it_is_saved(qtbot, window, demo_service, typed, wanted):
    """Without leading zeros (2027/1/5, as Japanese write it), with the CJK units, or without the
    year (the next such day): each is the day it says, stored."""
    from datetime import date

    deal_id = window.current_deal_id()
    step, editor = _open_date_cell(qtbot, window)
    editor.setText(typed)  # (CJK text is set, not typed: pytest-qt's keyClicks aborts on it)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored_due(demo_service, deal_id, step.id) == date.fromisoformat(wanted))


def test_a_text_that_names_no_day_keeps_the_cell_open_and_says_how(qtbot, window, demo_service):
    """Enter over "31/12" saved nothing, closed the cell and threw the text away without a word.
    Now the cell stays open with its text, says how to type a day, and Escape keeps the date."""
    deal_id = window.current_deal_id()
    step, editor = _open_date_cell(qtbot, window)
    editor.selectAll()
    qtbot.keyClicks(editor, "31/12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor and editor.text() == "31/12"
    assert "“31/12” is not a day" in editor.toolTip()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateCellEdit))
    assert _stored_due(demo_service, deal_id, step.id) == step.due_date
