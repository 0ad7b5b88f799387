"""The AE's editor, driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from closeplan.domain.model import StepStatus
from closeplan.services.planning import PlanningService, TemplateLibrary
from closeplan.ui.dates import DateCellEdit
from closeplan.ui.editor.people import StakeholderModel
from closeplan.ui.editor.risks import FlagModel, RiskModel
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.plan_model import DUE, PlanTableModel
from closeplan.ui.wizard import NewDealWizard
from tests.conftest import TODAY
from tests.qt_helpers import table_rows


@pytest.fixture
def window(qtbot, demo_service):
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def open_deal(win: MainWindow, text: str) -> None:
    win.search.setText(text)
    win.table.selectRow(0)


def plan_row(win: MainWindow, title: str) -> int:
    titles = table_rows(win.editor.plan.view, 1)
    return titles.index(title)


def edit_date_in_cell(qtbot, win: MainWindow, row: int, new: date) -> None:
    view = win.editor.plan.view
    index = view.model().index(row, win.editor.plan.model.column_of(DUE))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(DateCellEdit, "dateEditor")
    assert editor is not None and editor.isVisible()
    editor.setDate(QDate(new.year, new.month, new.day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model().index(row if row < view.model().rowCount() else 0, 0).data() is not None)


def test_edit_a_step_date_in_its_editor_undo_it_and_see_the_risk_level_change(qtbot, window, demo_service):
    open_deal(window, "Brightwater")
    deal_id = window.current_deal_id()
    level = window.deals.summary(window.proxy.mapToSource(window.table.currentIndex()).row()).level
    assert level.value == "medium"
    legal = "Redlines on the MSA from legal"
    planned = next(s for s in demo_service.get_deal(deal_id).steps if s.title == legal).due_date
    late = TODAY - timedelta(days=14)  # now ten working days overdue, customer-owned: a high flag
    edit_date_in_cell(qtbot, window, plan_row(window, legal), late)
    qtbot.waitUntil(lambda: next(s for s in demo_service.get_deal(deal_id).steps if s.title == legal).due_date == late)
    risk_column = window.deals.RISK
    qtbot.waitUntil(lambda: window.proxy.index(0, risk_column).data() == "High")
    assert "High" in window.editor.header.text()
    assert any(
        "Redlines on the MSA" in f.message and f.severity.value == "high" for f in window.editor.assessment.flags
    )

    window.undo_action.trigger()
    assert next(s for s in demo_service.get_deal(deal_id).steps if s.title == legal).due_date == planned
    assert window.proxy.index(0, risk_column).data() == "Medium"
    window.redo_action.trigger()
    assert next(s for s in demo_service.get_deal(deal_id).steps if s.title == legal).due_date == late


def test_delete_a_step_and_undo_it(qtbot, window, demo_service):
    open_deal(window, "Norrskog")
    deal_id = window.current_deal_id()
    before = [s.id for s in demo_service.get_deal(deal_id).steps]
    view = window.editor.plan.view
    view.selectRow(2)
    doomed = window.editor.plan.current_step_id()
    window.editor.plan.actions_["delete"].trigger()
    assert doomed not in {s.id for s in demo_service.get_deal(deal_id).steps}
    assert view.model().rowCount() == len(before) - 1
    assert window.undo_action.text().endswith("Delete step")
    window.undo_action.trigger()
    assert [s.id for s in demo_service.get_deal(deal_id).steps] == before
    assert view.model().rowCount() == len(before)


def test_mark_done_with_todays_date_in_one_keystroke(qtbot, window, demo_service):
    open_deal(window, "WMS")
    deal_id = window.current_deal_id()
    overdue = next(s for s in demo_service.get_deal(deal_id).steps if s.is_open and s.due_date < TODAY)
    window.editor.plan.select_step(overdue.id)
    window.editor.plan.view.setFocus()
    qtbot.keyClick(window.editor.plan.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    stored = next(s for s in demo_service.get_deal(deal_id).steps if s.id == overdue.id)
    assert stored.status is StepStatus.DONE and stored.completed_date == TODAY
    statuses = table_rows(window.editor.plan.view, window.editor.plan.model.column_of("status"))
    assert not any("overdue" in s for s in statuses)


def test_undo_stacks_are_per_deal(qtbot, window, demo_service):
    open_deal(window, "WMS")
    window.editor.plan.view.selectRow(0)
    window.editor.plan.actions_["duplicate"].trigger()
    assert window.undo_action.isEnabled()
    open_deal(window, "Norrskog")
    assert not window.undo_action.isEnabled()  # nothing was done to this deal
    open_deal(window, "WMS")
    assert window.undo_action.isEnabled()


def test_a_bad_value_is_refused_with_a_message_and_saves_nothing(qtbot, window, demo_service):
    open_deal(window, "東邦")
    deal_id = window.current_deal_id()
    before = demo_service.get_deal(deal_id)
    window.editor.tabs.setCurrentWidget(window.editor.overview)
    window.editor.overview.amount.setText("48 million")
    window.editor.overview.amount.editingFinished.emit()
    assert "is not an amount" in window.editor.overview.amount_message.text()
    board = window.editor.approval
    board.deadline.setDate(QDate(2027, 3, 31))  # after the meeting
    board.deadline.editingFinished.emit()
    assert "submission deadline of step" in window.editor.message.text()  # in words, not a field path
    assert demo_service.get_deal(deal_id) == before


def test_create_a_deal_from_a_template_through_the_wizard_and_undo_it(qtbot, window, demo_service, tmp_path):
    wizard = NewDealWizard(PlanningService(demo_service, TemplateLibrary(tmp_path / "t")), TODAY, parent=window)
    wizard.accepted.connect(lambda: window._deal_created(wizard))
    wizard.show()
    page = wizard.deal_page
    page.account.setText("北辰物産株式会社")
    page.name.setText("基幹システム刷新")
    page.amount.setText("12,000,000")
    page.country.setText("JP")
    page.currency.setCurrentText("JPY")
    page.language.setCurrentIndex(page.language.findData("ja"))
    page.owner.setText("佐藤 健")
    page.vendor.setText("ルーメンシステムズ株式会社")
    wizard.next()
    plan = wizard.plan_page
    assert plan.template.currentData() == "enterprise-jp-ringi"
    plan.close_date.setDate(QDate(2026, 12, 18))
    plan.refresh()
    assert not plan.isComplete()
    assert "No board meeting fits" in plan.status.text()
    assert plan.use_proposal.isVisibleTo(wizard)
    qtbot.mouseClick(plan.use_proposal, Qt.MouseButton.LeftButton)
    # January's meeting: December's deadline is ahead, but its plan would start before today
    assert plan.close_date.date() == QDate(2027, 2, 2)
    assert plan.isComplete()
    assert plan.preview.rowCount() == 12
    assert min(s.due_date for s in plan.schedule.steps) >= TODAY
    assert not plan.use_proposal.isVisibleTo(wizard)  # nothing left to propose
    wizard.button(QWizard.WizardButton.FinishButton).click()
    created = wizard.created
    assert created is not None
    assert (created.owner, created.vendor_company) == ("佐藤 健", "ルーメンシステムズ株式会社")
    again = NewDealWizard(PlanningService(demo_service, TemplateLibrary(tmp_path / "t")), TODAY, parent=window)
    assert (again.deal_page.owner.text(), again.deal_page.vendor.text()) == ("佐藤 健", "ルーメンシステムズ株式会社")
    again.deleteLater()
    assert window.current_deal_id() == created.id
    titles = table_rows(window.editor.plan.view, 1)
    assert "定例取締役会での導入決議" in titles
    assert len(demo_service.list_deals()) == 5
    window.undo_action.trigger()  # the whole template-created plan goes as one step
    assert len(demo_service.list_deals()) == 4
    assert created.id not in {r.id for r in demo_service.list_deals()}
    window.redo_action.trigger()
    assert len(demo_service.get_deal(created.id).steps) == 12


def test_clicking_a_step_in_the_timeline_selects_it_in_the_table(qtbot, window):
    open_deal(window, "東邦")
    window.editor.tabs.setCurrentWidget(window.editor.timeline)
    view = window.editor.timeline.view
    board = next(s for s in window.editor.deal.steps if s.kind.value == "board_meeting")
    marker = view.markers[board.id]
    view.centerOn(marker)
    point = view.mapFromScene(marker.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.editor.plan.current_step_id() == board.id
    assert set(view.lines) >= {"today", "target"}


def test_the_stakeholder_grid_places_rank_against_influence(window):
    open_deal(window, "東邦")
    grid = window.editor.stakeholders.grid
    places = {p.name: grid.quadrant(p) for p in grid.people}
    assert places["高橋 誠"] == (1, 0)
    assert places["小林 大輔"] == (0, 0)  # high rank, low influence
    assert places["中村 由美"] == (1, 1)  # low rank, high influence


def test_window_remembers_the_last_deal(qtbot, demo_service):
    first = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(first)
    open_deal(first, "Norrskog")
    chosen = first.current_deal_id()
    first.close()
    second = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(second)
    assert second.current_deal_id() == chosen


@pytest.mark.parametrize("model_class", [PlanTableModel, StakeholderModel, RiskModel, FlagModel])
def test_editor_models_pass_the_model_tester(qtmodeltester, window, model_class):
    open_deal(window, "東邦")
    editor = window.editor
    model = {
        PlanTableModel: editor.plan.model,
        StakeholderModel: editor.stakeholders.model,
        RiskModel: editor.risks.risks,
        FlagModel: editor.risks.flags,
    }[model_class]
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_delete_a_deal_and_undo_it(qtbot, window, demo_service):
    open_deal(window, "Norrskog")
    deal_id = window.current_deal_id()
    before = demo_service.get_deal(deal_id)
    window.delete_deal_action.trigger()
    assert deal_id not in {r.id for r in demo_service.list_deals()}
    assert window.deals.row_of(deal_id) == -1
    window.undo_action.trigger()
    assert demo_service.get_deal(deal_id).steps == before.steps
    assert window.deals.row_of(deal_id) >= 0


def test_an_edit_committed_while_switching_deals_goes_to_the_deal_it_was_typed_in(qtbot, window, demo_service):
    open_deal(window, "Norrskog")
    first = window.current_deal_id()
    model = window.editor.plan.model
    row = model.row_of(next(s.id for s in demo_service.get_deal(first).steps if s.title.startswith("Behovsanalys")))
    model.setData(
        model.index(row, model.column_of("title")), "Behovsanalys med driften och IT", Qt.ItemDataRole.EditRole
    )
    open_deal(window, "Brightwater")  # the user clicked another deal before the edit was processed
    assert window.current_deal_id() != first
    qtbot.waitUntil(
        lambda: any(s.title == "Behovsanalys med driften och IT" for s in demo_service.get_deal(first).steps)
    )
    assert window.editor.message.text() == ""
    window.editor.tabs.setCurrentWidget(window.editor.stakeholders)  # where the user types it
    people = window.editor.stakeholders.model
    people.setData(people.index(0, 1), "Chief Operating Officer (acting)", Qt.ItemDataRole.EditRole)
    second = window.current_deal_id()
    open_deal(window, "WMS")
    qtbot.waitUntil(lambda: demo_service.get_deal(second).stakeholders[0].title == "Chief Operating Officer (acting)")
