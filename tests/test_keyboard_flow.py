"""Typing into the plan and stakeholder tables moves like a spreadsheet: Enter saves and goes down
in the same column, Tab saves and goes right into the next cell, Esc cancels, and nothing typed
is dropped or lands in another cell. Checked in the database through a second connection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from closeplan.ui.plan_model import PERSON, TITLE
from tests.conftest import TODAY
from tests.qt_helpers import shown_window


@pytest.fixture
def window(qtbot, demo_service):
    return shown_window(qtbot, demo_service, TODAY)


def _open(win, text: str):
    win.search.setText(text)
    win.table.selectRow(0)
    return win.current_deal_id()


def _keys(qtbot, text: str) -> None:
    """Type as a keyboard does: each key goes to whatever has the focus then (the first key
    over a cell opens its editor, the next ones go into the editor)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def _type(qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    _keys(qtbot, text)
    qtbot.keyClick(QApplication.focusWidget(), key)


def _plan_titles(win) -> list[str]:
    view = win.editor.plan.view
    return [
        view.model().index(r, win.editor.plan.model.column_of(TITLE)).data() for r in range(view.model().rowCount())
    ]


def test_enter_saves_and_goes_down_in_the_same_column_of_the_plan(qtbot, window, stored):
    deal_id = _open(window, "Brightwater")
    window.editor.tabs.setCurrentWidget(window.editor.plan)
    view = window.editor.plan.view
    owner = window.editor.plan.model.column_of(PERSON)
    titles_before = _plan_titles(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, owner))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "Ann Owner")
    # Enter went down one row, in the Owner column (it used to jump to the Step column)
    qtbot.waitUntil(lambda: view.model().index(2, owner).data() == "Ann Owner")
    assert view.currentIndex().row() == 3 and view.currentIndex().column() == owner
    # typing now replaces the owner of the next step, not a step title
    _type(qtbot, "Bo")
    qtbot.waitUntil(lambda: view.model().index(3, owner).data() == "Bo")
    assert view.currentIndex().row() == 4 and view.currentIndex().column() == owner
    deal = stored.get_deal(deal_id)
    by_title = {s.title: s for s in deal.steps}
    assert by_title[titles_before[2]].owner_person == "Ann Owner"
    assert by_title[titles_before[3]].owner_person == "Bo"
    assert _plan_titles(window) == titles_before  # no title was overwritten


def test_escape_cancels_a_cell_edit(qtbot, window, stored):
    deal_id = _open(window, "Brightwater")
    window.editor.tabs.setCurrentWidget(window.editor.plan)
    view = window.editor.plan.view
    title = window.editor.plan.model.column_of(TITLE)
    before = stored.get_deal(deal_id)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, title))
    _keys(qtbot, "typed by mistake")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.wait(100)
    assert stored.get_deal(deal_id) == before
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == title


def test_tab_saves_and_goes_right_keeping_what_is_typed_next(qtbot, window, stored):
    deal_id = _open(window, "Brightwater")
    tab = window.editor.stakeholders
    window.editor.tabs.setCurrentWidget(tab)
    view = tab.view
    person_id = tab.model.row_object(0).id
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "Ann Example", Qt.Key.Key_Tab)  # into the Title cell's editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and view.currentIndex().column() == 1
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _keys(qtbot, "Head of")
    qtbot.wait(200)  # the name is saved meanwhile and the table refreshed: the open editor stays
    _keys(qtbot, " operations")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def saved():
        person = next(p for p in stored.get_deal(deal_id).stakeholders if p.id == person_id)
        return person.name == "Ann Example" and person.title == "Head of operations"

    qtbot.waitUntil(saved)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1
