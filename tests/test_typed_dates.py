"""A whole date typed into a date field (the Overview's target close, the wizard's close date)
is the date typed. QDateEdit takes typing a section at a time and, between the sections, fixes
the date up against its range: "2026-12-10" typed over 2027-03-31 became 2027-12-10, and
"2027-02-30" became 2027-02-03, and was saved so, counted as a push of the close date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from closeplan.services.deals import DealService
from tests.conftest import TODAY, fixed_clock
from tests.qt_helpers import shown_window


def _stored(demo_service, deal_id):
    reopened = DealService.open(demo_service.file, fixed_clock)
    try:
        return reopened.get_deal(deal_id)
    finally:
        reopened.close()


@pytest.fixture
def overview(qtbot, demo_service):
    win = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.overview)
    return win


def _type_over(qtbot, field, text: str) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("start, typed", [("2027-03-31", "2026-12-10"), ("2026-12-10", "2027-03-31")])
def test_a_whole_date_typed_into_the_target_close_is_stored_as_typed(qtbot, overview, demo_service, start, typed):
    deal_id = overview.current_deal_id()
    field = overview.editor.overview.target_close
    field.setDate(QDate.fromString(start, "yyyy-MM-dd"))
    _type_over(qtbot, field, start)  # from a known date
    qtbot.waitUntil(lambda: _stored(demo_service, deal_id).target_close == date.fromisoformat(start))
    _type_over(qtbot, field, typed)
    qtbot.waitUntil(lambda: _stored(demo_service, deal_id).target_close == date.fromisoformat(typed))
    assert field.date().toString("yyyy-MM-dd") == typed


def test_a_date_that_does_not_exist_is_not_stored_as_another(qtbot, overview, demo_service):
    deal_id = overview.current_deal_id()
    field = overview.editor.overview.target_close
    before = _stored(demo_service, deal_id).target_close
    _type_over(qtbot, field, "2027-02-30")
    qtbot.wait(50)
    assert _stored(demo_service, deal_id).target_close in (before, date(2027, 2, 28))
