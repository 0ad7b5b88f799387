"""Nothing a user enters is lost: every editing control of every editor tab, and every editable
cell of the first row of every table, changed by keyboard as a user would, reaches the database
in exactly its field (read back through a second connection), with no error on screen.

The walk finds the controls itself (tests/widget_walk.py), so a control added later is covered
without a new test; a control that does not say which field it edits fails the test."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from closeplan.domain.operations import diff
from closeplan.services.deals import DealService
from closeplan.ui import i18n
from closeplan.ui.editor.tabs import TABS
from closeplan.ui.main_window import MainWindow, Workspace
from tests.conftest import TODAY, fixed_clock
from tests.widget_walk import (
    Cell, change_cell, change_control, editable_cells, editing_controls, field_of, plus, tables, usable,
)

# What else a change may change with it (the rest of the deal must stay as it was).
CONSEQUENCES = {
    "deal.target_close": {"close_change.add"},
    "step.due_date": {"step_move.add", "step.changed_on", "step.meeting_date"},
    "step.status": {"step.completed_date", "step.changed_on"},
    "step.completed_date": {"step.status", "step.changed_on"},
    "step.kind": {"step.approver", "step.approval_method", "step.meeting_date", "step.submission_deadline",
                  "step.recurrence_rule", "step.extraordinary_possible"},
    "step.meeting_date": {"step.due_date", "step_move.add", "step.changed_on"},
    "step.recurrence_rule": {"step.meeting_date", "step.submission_deadline", "step.due_date", "step_move.add",
                             "step.changed_on"},
}
# Changes the editor refuses, with its reason on screen, for a row where the rule applies (the
# drafter of the approval path cannot move to our side); any other refusal fails the test.
REFUSED = {"stakeholder.side": "customer"}
# Text typed into text controls, by field (the rest get " x" appended).
TYPED = {
    "deal.amount": lambda current: plus(current),
    "route.drafter_usual_limit": lambda current: plus(current or 5_000_000),
    "deal.currency": lambda current: "EUR" if current != "EUR" else "USD",
    "deal.country": lambda current: "DE" if current != "DE" else "SE",
    "step.recurrence_rule": lambda current: "FREQ=MONTHLY;BYDAY=+2TU",
    "stakeholder.email": lambda current: "new.contact@example.com",
    "stakeholder.phone": lambda current: "+46 8 123 45 67",
    "step.owner_person": lambda current: "Pat Example",
    "route_desk.person": lambda current: "Pat Example",
}


def _typed(address: str, current: str) -> str:
    make = TYPED.get(address)
    if make:
        return make(current)
    # pytest-qt types ASCII only (CJK aborts keyClicks): a Japanese text is replaced, not extended
    return f"{current} x" if current.isascii() else "Edited by keyboard"


def _address(op) -> str:
    return f"{op.entity}.{op.field}" if op.field else f"{op.entity}.{op.kind}"


@pytest.fixture
def reader(demo_service):
    """A second connection to the window's database file: what is really stored."""
    other = DealService.open(demo_service.file, fixed_clock)
    yield other
    other.close()


def _window(qtbot, demo_service, language: str) -> MainWindow:
    i18n.set_language(language)
    QCoreApplication.processEvents()
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.resize(1500, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def english():
    yield "en"
    i18n.set_language("en")


def _no_error_on_screen(win: MainWindow) -> None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not boxes, [b.text() for b in boxes]
    assert win.editor.message.text() == "", win.editor.message.text()


def _check_stored(qtbot, reader, win, deal_id, before, address: str, item_id: uuid.UUID | None, what: str):
    """Wait until the stored deal changed, then check it changed in exactly ``address``."""
    def changed():
        return bool(diff(before, reader.get_deal(deal_id)))

    try:
        qtbot.waitUntil(changed, timeout=3000)
    except Exception:
        if REFUSED.get(address, "\0") in win.editor.message.text():
            win.editor.message.setText("")
            return None
        raise AssertionError(f"{what}: nothing was stored for {address}; on screen: {win.editor.message.text()!r}, "
                             f"focus: {QApplication.focusWidget()!r}") from None
    after = reader.get_deal(deal_id)
    ops = diff(before, after)
    touched = {_address(op) for op in ops}
    assert address in touched, f"{what}: {address} not stored (changed: {sorted(touched)})"
    extra = touched - {address} - CONSEQUENCES.get(address, set())
    assert not extra, f"{what}: changed more than {address}: {sorted(extra)}"
    if item_id is not None:
        ids = {op.entity_id for op in ops if _address(op) == address}
        assert ids == {item_id}, f"{what}: changed another item"
    _no_error_on_screen(win)
    return after


def walk_editor(qtbot, win: MainWindow, reader, deal_id: uuid.UUID) -> tuple[list[str], list[str]]:
    """Change every control and first-row cell of every tab; returns (changed, skipped)."""
    changed, skipped, unbound = [], [], []
    for i, (key, _title) in enumerate(TABS):
        win.editor.tabs.setCurrentIndex(i)
        tab: QWidget = getattr(win.editor, key)
        QCoreApplication.processEvents()
        for control in editing_controls(tab):
            address = field_of(control)
            name = f"{key}/{control.objectName() or type(control).__name__}"
            if address is None:
                unbound.append(name)
                continue
            if not usable(control):
                skipped.append(name)
                continue
            before = reader.get_deal(deal_id)
            current = control.text() if hasattr(control, "text") and not hasattr(control, "currentText") else (
                control.currentText() if hasattr(control, "currentText") else "")
            change_control(qtbot, control, TODAY, lambda w, a=address, c=current: _typed(a, c))
            _check_stored(qtbot, reader, win, deal_id, before, address, None, name)
            changed.append(name)
        for view in tables(tab):
            for cell in [*editable_cells(view, 0), *editable_cells(view, 1)]:  # the first rows
                name = f"{key}/{view.objectName()}[{cell.column}]" + (f"@{cell.row}" if cell.row else "")
                if not cell.field:
                    unbound.append(name)
                    continue
                before = reader.get_deal(deal_id)
                source = view.model()
                row_object = source.data(cell.index, 0x0100 + 4)  # Role.Object: the step, person, risk, desk
                item_id = getattr(row_object, "id", None)
                current = cell.index.data() or ""
                if not change_cell(qtbot, cell, TODAY, lambda c, _e, a=cell.field, t=current: _typed(a, t)):
                    skipped.append(name)
                    continue
                _check_stored(qtbot, reader, win, deal_id, before, cell.field, item_id, name)
                changed.append(name)
    assert not unbound, f"controls that do not say which field they edit (bind them): {unbound}"
    return changed, skipped


@pytest.mark.parametrize(("language", "deal"), [("en", "Brightwater"), ("en", "Norrskog"), ("ja", "東邦精機")])
def test_every_control_of_every_tab_keeps_what_the_user_entered(qtbot, demo_service, reader, english, language, deal):
    win = _window(qtbot, demo_service, language)
    win.search.setText(deal)
    win.table.selectRow(0)
    deal_id = win.current_deal_id()
    assert deal_id is not None
    changed, skipped = walk_editor(qtbot, win, reader, deal_id)
    # every kind of control was walked: the deal's fields, BANT, the approval path and the tables
    assert len(changed) >= 50, (changed, skipped)
    for must in ("overview/stage", "overview/bant_budget", "approval/approvalMethod", "plan/planTable[2]",
                 "stakeholders/stakeholderTable[4]", "risks/riskTable[1]"):
        assert must in changed, (must, changed, skipped)
