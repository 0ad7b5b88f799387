"""Editing the approval route and the account calendar through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QSpinBox

from closeplan.domain import risk as R
from closeplan.domain.model import ClosureRepeat, RouteMethod, RouteRole, RouteStatus
from closeplan.ui.main_window import MainWindow, Workspace
from tests.qt_helpers import table_rows

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot, demo_service):
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.search.setText("東邦")
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.route)
    return win


def _desks(service, deal_id):
    return service.get_deal(deal_id).route.steps


def _edit_cell(qtbot, tab, row: int, column: int, editor_type, name: str, set_value) -> None:
    index = tab.model.index(row, column)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.findChild(editor_type, name)
    assert editor is not None and editor.isVisible()
    set_value(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_edit_a_route_through_the_route_tab_and_undo(qtbot, window, demo_service):
    tab = window.editor.route
    deal_id = window.current_deal_id()
    assert table_rows(tab.view)[:2] == ["起案者", "回覧先"] or table_rows(tab.view)[0] == "Drafter"
    assert len(tab.chain.desks) == 6 and tab.chain.width() >= 6 * tab.chain.BOX_W
    assert "13 working days in all" in tab.summary.text()
    assert "社長" in tab.authority.text()  # 48 million JPY needs the president in the authority table
    assert R.ROUTE_INCOMPLETE in {f.code for f in window.editor.assessment.flags}  # 経理部長's name is unknown

    # name the finance reviewer: picked from the stakeholders or typed (set directly: CJK key clicks abort)
    _edit_cell(qtbot, tab, 3, 1, QComboBox, "personEditor", lambda e: e.setEditText("佐々木 恵"))
    qtbot.waitUntil(lambda: _desks(demo_service, deal_id)[3].person == "佐々木 恵")
    assert R.ROUTE_INCOMPLETE not in {f.code for f in window.editor.assessment.flags}
    assert "佐々木 恵" in table_rows(tab.view, 1)

    # typical days for that desk: 4 working days
    _edit_cell(qtbot, tab, 3, 4, QSpinBox, "daysEditor", lambda e: e.setValue(4))
    qtbot.waitUntil(lambda: _desks(demo_service, deal_id)[3].days == 4)
    assert "15 working days in all" in tab.summary.text()

    # the legal reviewer returns the request: back to the drafter, a route flag, a later pass date
    finish_before = tab.model.timing.finish
    _edit_cell(
        qtbot, tab, 2, 6, QComboBox, "choiceEditor", lambda e: e.setCurrentIndex(e.findData(RouteStatus.RETURNED))
    )
    qtbot.waitUntil(lambda: _desks(demo_service, deal_id)[2].status is RouteStatus.RETURNED)
    assert tab.model.timing.returned and tab.model.timing.finish > finish_before
    assert R.ROUTE_RETURNED in {f.code for f in window.editor.assessment.flags}

    # a seal approval: the method of the last desk
    _edit_cell(qtbot, tab, 5, 3, QComboBox, "choiceEditor", lambda e: e.setCurrentIndex(e.findData(RouteMethod.PAPER)))
    qtbot.waitUntil(lambda: _desks(demo_service, deal_id)[5].method is RouteMethod.PAPER)

    # add a desk after the current one, move it earlier, remove it
    tab.view.selectRow(1)
    tab.add.click()
    desks = _desks(demo_service, deal_id)
    assert len(desks) == 7 and desks[2].role is RouteRole.REVIEWER and desks[2].person == ""
    added = desks[2].id
    tab.up.click()
    assert _desks(demo_service, deal_id)[1].id == added
    tab.remove.click()
    assert len(_desks(demo_service, deal_id)) == 6

    # the drafter's usual limit, typed with separators
    tab.limit.setText("60,000,000")
    tab.limit.editingFinished.emit()
    assert str(demo_service.get_deal(deal_id).route.drafter_usual_limit) == "60000000"
    assert R.ABOVE_DRAFTER_BAND not in {f.code for f in window.editor.assessment.flags}
    tab.limit.setText("sixty million")
    tab.limit.editingFinished.emit()
    assert "is not an amount" in tab.message.text()
    assert str(demo_service.get_deal(deal_id).route.drafter_usual_limit) == "60000000"

    # every one of those edits is one undo step (add, move, remove, limit: 4; person, days, status, method: 4)
    for _ in range(8):
        window.undo_action.trigger()
    desks = _desks(demo_service, deal_id)
    assert desks[3].person == "" and desks[3].days is None and desks[2].status is RouteStatus.NOT_REACHED
    assert desks[5].method is RouteMethod.SEAL and len(desks) == 6
    assert R.ROUTE_INCOMPLETE in {f.code for f in window.editor.assessment.flags}


def test_edit_the_account_calendar_and_undo(qtbot, window, demo_service):
    deal_id = window.current_deal_id()
    account = demo_service.get_deal(deal_id).account
    before = demo_service.account_profile(account)
    assert [c.name for c in before.closures] == ["年末年始", "お盆", "ゴールデンウィーク"]

    def fill():
        dialog = window.editor.account_dialog
        dialog.add_closure.click()
        row = dialog.closures.rowCount() - 1
        dialog.closures.item(row, 0).setText("棚卸休業")
        repeat = dialog.closures.cellWidget(row, 1)
        repeat.setCurrentIndex(repeat.findData(ClosureRepeat.ONCE))
        dialog.closures.item(row, 2).setText("2026/12/24")
        dialog.closures.item(row, 3).setText("2026-12-25")
        dialog.accept()

    QTimer.singleShot(0, fill)
    assert window.editor.edit_account_calendar()
    after = demo_service.account_profile(account)
    assert after.closures[-1].name == "棚卸休業" and after.closures[-1].start == date(2026, 12, 24)
    # the deal's calendar changed: 24 and 25 December are no longer working days for this customer
    from closeplan.domain.accounts import deal_calendar

    assert not deal_calendar(demo_service.get_deal(deal_id)).is_working_day(date(2026, 12, 24))

    window.undo_action.trigger()
    assert demo_service.account_profile(account).closures == before.closures
    window.redo_action.trigger()
    assert demo_service.account_profile(account).closures[-1].name == "棚卸休業"


def test_a_bad_closure_date_is_named_and_nothing_is_saved(qtbot, window, demo_service):
    deal_id = window.current_deal_id()
    account = demo_service.get_deal(deal_id).account
    before = demo_service.account_profile(account)
    messages = []

    def fill():
        dialog = window.editor.account_dialog
        dialog.add_closure.click()
        row = dialog.closures.rowCount() - 1
        dialog.closures.item(row, 0).setText("Stocktaking")
        dialog.closures.item(row, 2).setText("13-45")
        dialog.accept()
        messages.append(dialog.message.text())
        dialog.reject()

    QTimer.singleShot(0, fill)
    assert not window.editor.edit_account_calendar()
    assert "Closure 4" in messages[0] and "13-45" in messages[0]
    assert demo_service.account_profile(account) == before


def test_the_board_step_takes_a_meeting_of_the_account(qtbot, window, demo_service):
    from closeplan.domain.accounts import deal_calendar

    tab = window.editor.approval
    window.editor.tabs.setCurrentWidget(tab)
    deal_id = window.current_deal_id()
    box = tab.account_meeting
    assert box.isEnabled() and box.currentText().startswith("定例取締役会")  # the plan's cadence is the board's
    committee = next(i for i in range(box.count()) if box.itemText(i).startswith("経営会議"))
    box.setCurrentIndex(committee)
    box.activated.emit(committee)
    deal = demo_service.get_deal(deal_id)
    board = next(s for s in deal.steps if s.kind.value == "board_meeting")
    assert board.recurrence_rule == "FREQ=WEEKLY;BYDAY=MO"
    assert board.meeting_date.weekday() == 0 and board.due_date == board.meeting_date
    assert board.submission_deadline == deal_calendar(deal).add(board.meeting_date, -2)
    window.undo_action.trigger()
    assert (
        next(s for s in demo_service.get_deal(deal_id).steps if s.kind.value == "board_meeting").recurrence_rule
        == "FREQ=MONTHLY;BYDAY=+3TH"
    )


# --- the route tab says the same as the documents -------------------------------------------------


def _route_window(qtbot, service, language: str, part: str) -> MainWindow:
    from closeplan.ui import i18n

    i18n.set_language(language)
    win = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.search.setText(part)
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.route)
    return win


@pytest.fixture
def restore_english():
    yield
    from closeplan.ui import i18n

    i18n.set_language("en")


def _check_desks_as_the_documents(tab, language: str) -> list:
    """Each open desk's tooltip and chain box give the plan's date (or, without a plan step, the
    route's) and the documents' wording of it; a late desk's wording is red. Returns the late legs."""
    from closeplan.export.doc_text import desk_date_note
    from closeplan.ui.editor.route import LATE
    from closeplan.ui.formatting import fmt_date

    timing = tab.model.timing
    assert timing is not None
    late = []
    for row, desk in enumerate(tab.model.rows()):
        leg = timing.leg(desk.id)
        tip = tab.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) or ""
        lines = tab.chain.lines(desk)
        if leg.done:
            assert fmt_date(leg.finish) not in tip
            continue
        shown = fmt_date(leg.planned or leg.finish)
        note = desk_date_note(leg.planned, leg.finish, leg.late, language)
        assert shown in tip and note in tip, (desk.person, tip)
        status = [text for _, text in lines if " → " in text]
        assert status and status[0].endswith(shown), (desk.person, lines)
        assert (
            (LATE.name(), note) in [(colour.name(), text) for colour, text in lines]
            if leg.late
            else note in [text for _, text in lines]
        ), (desk.person, lines)
        if leg.late:
            assert f"color:{LATE.name()}" in tip.replace(" ", "")
            assert tab.model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
            late.append(leg)
    return late


@pytest.mark.parametrize("language, part", [("ja", "東邦"), ("ko", "한빛")])
def test_the_route_tab_gives_the_documents_dates(qtbot, demo_service, restore_english, language, part):
    win = _route_window(qtbot, demo_service, language, part)
    tab = win.editor.route
    assert not _check_desks_as_the_documents(tab, language)  # the demos' routes reach every desk in time
    final = tab.model.timing.legs[-1]
    from closeplan.ui.formatting import fmt_date

    assert fmt_date(final.planned or final.finish) in tab.summary.text()


def test_a_desk_the_route_reaches_late_is_red_with_the_documents_words(qtbot, service, restore_english):
    from closeplan.export.doc_text import desk_date_note
    from closeplan.ui.editor.route import LATE
    from closeplan.ui.formatting import fmt_date
    from tests.test_date_agreement import US, constructed

    service.add_deals([constructed("en")])
    win = _route_window(qtbot, service, "ja", "Scheduling")
    tab = win.editor.route
    late = _check_desks_as_the_documents(tab, "ja")
    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    assert [(leg.planned, leg.finish) for leg in late] == [(wd(3), wd(9))]  # Ann Lee, as in the PDF
    ann = tab.model.rows()[2]
    assert ann.person == "Ann Lee"
    assert fmt_date(wd(9)) not in [text.split(" → ")[-1] for _, text in tab.chain.lines(ann)]
    # the summary: the final approver passes on the plan's date; Ann Lee's later estimate in red
    summary = tab.summary.text()
    assert f"<b>{fmt_date(wd(12))}</b>" in summary
    note = desk_date_note(wd(3), wd(9), True, "ja")
    assert note in summary and f"color:{LATE.name()}" in summary.replace(" ", "")
