"""The desktop window, driven through its real widgets (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.models import DealTableModel, Role, StepTableModel
from closeplan.ui.new_deal_dialog import NewDealDialog

from tests.conftest import TODAY, fixed_clock

DEMO_NAMES = {
    "生産管理クラウド 全社導入",
    "창고관리시스템(WMS) 고도화",
    "Underhållsplattform för vindkraftparker",
    "Scheduling suite rollout, 14 clinics",
}


def table_rows(view, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def column_of(view, title: str) -> int:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title!r}")


@pytest.fixture
def window(qtbot, demo_service):
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def test_main_window_lists_the_demo_deals(window):
    assert set(table_rows(window.table)) == DEMO_NAMES
    accounts = table_rows(window.table, column_of(window.table, "Account"))
    assert "東邦精機株式会社" in accounts and "한빛물류 주식회사" in accounts
    amounts = table_rows(window.table, column_of(window.table, "Amount"))
    assert "48,000,000 JPY" in amounts and "350,000,000 KRW" in amounts
    assert window.count_label.text() == "4 deals"
    assert window.stack.currentWidget() is window.splitter


def test_selecting_a_deal_shows_its_plan_in_time_order(window):
    window.search.setText("東邦精機")
    assert table_rows(window.table) == ["生産管理クラウド 全社導入"]
    window.table.selectRow(0)
    steps = window.deal_view.step_view
    titles = table_rows(steps, 1)
    assert "定例取締役会での導入決議" in titles
    due = table_rows(steps, 0)
    assert due == sorted(due)
    statuses = table_rows(steps, column_of(steps, "Status"))
    assert sum("overdue" in s for s in statuses) == 1
    assert "plan agreed" in window.deal_view.header.text()
    assert "close date pushed 2×" in window.deal_view.header.text()
    assert "山本 直樹" in window.deal_view.approval.text()


def test_unknowns_in_the_approval_path_are_visible(window):
    window.search.setText("Norrskog")
    window.table.selectRow(0)
    text = window.deal_view.approval.text()
    assert "Drafter has passed an approval of this amount" in text
    assert "unknown" in text  # the Swedish drafter's experience is not known yet


def test_search_filters_the_deal_list(window, qtbot):
    qtbot.keyClicks(window.search, "brightwater")
    assert table_rows(window.table) == ["Scheduling suite rollout, 14 clinics"]
    assert window.count_label.text() == "1 of 4 deals"
    window.search.clear()
    window.search.setText("보안성 검토")  # words of the Korean deal's next customer step
    assert table_rows(window.table) == ["창고관리시스템(WMS) 고도화"]
    window.search.setText("approval 2027")
    assert set(table_rows(window.table)) == {"生産管理クラウド 全社導入", "Underhållsplattform för vindkraftparker"}
    window.search.clear()
    assert len(table_rows(window.table)) == 4


def test_sorting_by_amount_sorts_by_value_within_a_currency(qtbot, tmp_path):
    svc = DealService.open(tmp_path / "sort.sqlite3", fixed_clock)
    from closeplan.services.demo import synthetic_deals

    svc.add_deals(synthetic_deals(40, TODAY, seed=11))
    win = MainWindow(Workspace(svc, TODAY))
    qtbot.addWidget(win)
    column = column_of(win.table, "Amount")
    win.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    rows = [win.proxy.index(r, column).data(Role.Sort) for r in range(win.proxy.rowCount())]
    assert rows == sorted(rows)
    shown = table_rows(win.table, column)
    yen = [int(s.split()[0].replace(",", "")) for s in shown if s.endswith("JPY")]
    assert yen == sorted(yen) and len(yen) > 3
    svc.close()


def test_an_empty_database_offers_the_demo_and_a_new_deal(qtbot, tmp_path):
    empty = DealService.open(tmp_path / "mine.sqlite3", fixed_clock)
    demo_path = tmp_path / "demo.sqlite3"

    def open_demo() -> Workspace:
        svc = DealService.open(demo_path, fixed_clock)
        install_demo(svc, TODAY)
        return Workspace(svc, TODAY, is_demo=True)

    win = MainWindow(Workspace(empty, TODAY), open_demo=open_demo)
    qtbot.addWidget(win)
    win.show()
    assert win.stack.currentWidget() is win.empty
    buttons = {b.text() for b in win.empty.findChildren(QPushButton)}
    assert {"Open the demo", "New deal"} <= buttons
    qtbot.mouseClick(win.empty.demo_button, Qt.MouseButton.LeftButton)
    assert set(table_rows(win.table)) == DEMO_NAMES
    assert win.windowTitle().endswith("(demo)")
    assert win.workspace.service.list_deals()  # the demo database, not the user's
    mine = DealService.open(tmp_path / "mine.sqlite3", fixed_clock)
    assert mine.list_deals() == []
    mine.close()
    win.workspace.service.close()


def test_new_deal_through_the_dialog(qtbot, service):
    win = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.mouseClick(win.empty.new_button, Qt.MouseButton.LeftButton)
    dialog = win.findChild(NewDealDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.account.setText("北辰物産株式会社")
    dialog.name.setText("基幹システム刷新")
    dialog.amount.setText("12,000,000円")
    dialog.currency.setCurrentText("JPY")
    dialog.country.setText("JP")
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.close_date.setDate(QDate(2027, 3, 19))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: the amount has letters
    assert "is not a number" in dialog.error.text()
    assert service.list_deals() == []
    dialog.amount.setText("12,000,000")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert table_rows(win.table) == ["基幹システム刷新"]
    stored = service.get_deal(service.list_deals()[0].id)
    assert (stored.account, str(stored.amount), stored.currency, stored.customer_language) == (
        "北辰物産株式会社", "12000000", "JPY", "ja",
    )
    assert stored.target_close == date(2027, 3, 19)
    assert win.current_deal_id() == stored.id


def test_deal_model_passes_the_model_tester(qtmodeltester, demo_service):
    model = DealTableModel()
    model.set_rows(demo_service.list_deals())
    qtmodeltester.check(model)


def test_step_model_passes_the_model_tester(qtmodeltester, demo_service):
    model = StepTableModel()
    deal = demo_service.get_deal(demo_service.resolve("Norrskog"))
    model.set_plan(deal.steps_in_time_order(), TODAY)
    qtmodeltester.check(model)
    overdue = [r for r in range(model.rowCount()) if model.index(r, 5).data().endswith("overdue")]
    assert len(overdue) == 1
    assert model.index(overdue[0], 1).data() == "Juridisk granskning av avtalet"
