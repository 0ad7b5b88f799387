"""Nothing a user enters is lost: every editing control of every editor tab, and every editable
cell of the first row of every table, changed by keyboard as a user would, reaches the database
in exactly its field (read back through a second connection), with no error on screen.

The walk finds the controls itself (tests/widget_walk.py), so a control added later is covered
without a new test; a control that does not say which field it edits fails the test."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from closeplan.domain.operations import diff
from closeplan.ui import i18n
from closeplan.ui.editor.tabs import TABS
from closeplan.ui.i18n import translate
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.problems import PROBLEMS
from tests.conftest import TODAY
from tests.widget_walk import (
    change_cell,
    change_control,
    editable_cells,
    editing_controls,
    field_of,
    plus,
    reveal,
    tables,
    usable,
)

# What else a change may change with it (the rest of the deal must stay as it was).
CONSEQUENCES = {
    "deal.target_close": {"close_change.add"},
    "step.due_date": {"step_move.add", "step.changed_on", "step.meeting_date"},
    "step.status": {"step.completed_date", "step.changed_on"},
    "step.completed_date": {"step.status", "step.changed_on"},
    "step.kind": {
        "step.approver",
        "step.approval_method",
        "step.meeting_date",
        "step.submission_deadline",
        "step.recurrence_rule",
        "step.extraordinary_possible",
    },
    "step.meeting_date": {"step.due_date", "step_move.add", "step.changed_on"},
    "step.owner_person": {"stakeholder.add"},  # people once: a new owner joins the deal's people
    "route_desk.person": {"stakeholder.add", "route_desk.person_id"},  # ... and a new desk's person
    # a renamed stakeholder is renamed wherever the deal names them
    "stakeholder.name": {"step.owner_person", "step.approver", "risk.owner", "route_desk.person"},
    "step.recurrence_rule": {
        "step.meeting_date",
        "step.submission_deadline",
        "step.due_date",
        "step_move.add",
        "step.changed_on",
    },
}
# Changes the editor refuses, with its reason on screen, for a row where the rule applies (the
# drafter of the approval path cannot move to our side); any other refusal fails the test.
REFUSED = {"stakeholder.side": "not-customer-side"}  # (its problem's code: said in the UI language)
# Text typed into text controls, by field (the rest get " x" appended).
TYPED = {
    "deal.amount": lambda current: plus(current),
    "route.drafter_usual_limit": lambda current: plus(current or 5_000_000),
    "deal.currency": lambda current: "EUR" if current != "EUR" else "USD",
    "deal.country": lambda current: "DE" if current != "DE" else "SE",
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
def reader(stored):
    """A second connection to the window's database file: what is really stored."""
    return stored


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
        code = REFUSED.get(address)
        if code is not None and translate("Problems", PROBLEMS[code]) in win.editor.message.text():
            win.editor.message.setText("")
            return None
        raise AssertionError(
            f"{what}: nothing was stored for {address}; on screen: {win.editor.message.text()!r}, "
            f"focus: {QApplication.focusWidget()!r}"
        ) from None
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
            if address == "-":  # a view setting (a filter): nothing stored to check
                continue
            if not usable(control):
                skipped.append(name)
                continue
            before = reader.get_deal(deal_id)
            current = (
                control.text()
                if hasattr(control, "text") and not hasattr(control, "currentText")
                else (control.currentText() if hasattr(control, "currentText") else "")
            )
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
    for must in (
        "overview/stage",
        "overview/bant_budget",
        "approval/approvalMethod",
        "plan/planTable[2]",
        "stakeholders/stakeholderTable[4]",
        "risks/riskTable[1]",
    ):
        assert must in changed, (must, changed, skipped)


# --- the new-deal wizard ----------------------------------------------------------------------

WIZARD_BASE = {
    "wizAccount": "Walkthrough Industries",
    "wizName": "Walkthrough deal",
    "wizAmount": "1200000",
    "wizCountry": "JP",  # (English UI: the US by default, whose template has no board meeting)
    "wizOwner": "Walk Owner",
    "wizVendor": "Walk Vendor Inc",
}  # the last two are remembered: reset
# What else one control of the wizard changes in the deal it creates.
WIZARD_CONSEQUENCES = {
    "deal.country": {
        "deal.currency",
        "deal.customer_language",
        "deal.steps",
        "step.due_date",
        "step.owner_side",
        "step.kind",
        "step.meeting_date",
        "step.submission_deadline",
        "step.recurrence_rule",
        "profile",
    },
    "deal.account": {"profile"},  # the new account gets its country's calendar, under its own name
    "deal.customer_language": {"deal.steps"},  # the template's steps in the customer's language
    "deal.target_close": {"step.due_date", "step.meeting_date", "step.submission_deadline", "close_change"},
    "deal.steps": {
        "step.due_date",
        "step.owner_side",
        "step.kind",
        "step.meeting_date",
        "step.submission_deadline",
        "step.recurrence_rule",
    },
    # another meeting day moves the steps before the meeting, which may reorder them (the facts
    # are in time order): the same steps, in another order (checked below)
    "step.recurrence_rule": {
        "step.meeting_date",
        "step.due_date",
        "step.submission_deadline",
        "deal.steps",
        "step.kind",
        "step.owner_side",
    },
}
STEP_FACTS = ("due_date", "owner_side", "kind", "meeting_date", "submission_deadline", "recurrence_rule")


def deal_facts(deal) -> dict[str, object]:
    """What a created deal is, by address, without its ids and times."""
    from closeplan.domain.operations import DEAL_FIELDS

    steps = deal.steps_in_time_order()
    facts: dict[str, object] = {f"deal.{name}": getattr(deal, name) for name in DEAL_FIELDS}
    facts["deal.steps"] = tuple(s.title for s in steps)
    for name in STEP_FACTS:
        facts[f"step.{name}"] = tuple(getattr(s, name) for s in steps)
    facts["close_change"] = tuple(c.to_date for c in deal.close_date_history)
    facts["profile"] = deal.account_profile
    return facts


def _wizard(win):
    from closeplan.ui.wizard import NewDealWizard

    win.new_deal()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewDealWizard) and w.isVisible())
    for name, text in WIZARD_BASE.items():
        wizard.findChild(QWidget, name).setText(text)
    return wizard


def _create(qtbot, win, reader, page: int | None = None, control: int | None = None):
    """Run the wizard with its base values, changing control ``control`` of page ``page`` by
    keyboard; returns the facts of the deal it created (and what was changed)."""
    from PySide6.QtWidgets import QWizard

    wizard = _wizard(win)
    changed = None
    for number in range(2):
        if number == page:
            target = editing_controls(wizard.page(number))[control]
            changed = field_of(target)
            current = (
                target.currentText()
                if hasattr(target, "currentText")
                else (target.text() if isinstance(target, QLineEdit) else "")
            )
            change_control(qtbot, target, TODAY, lambda w, a=changed, c=current: _typed(a, c))
        if number == 0 and wizard.currentId() == 0:  # (Enter in a field may have gone on already)
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
            assert wizard.currentId() == 1, wizard.deal_page.message.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled(), f"{changed}: {wizard.plan_page.status.text()}"
    before = {d.id for d in reader.list_deals()}
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(reader.list_deals()) == len(before) + 1)
    created = next(d for d in reader.list_deals() if d.id not in before)
    return deal_facts(reader.get_deal(created.id)), changed


def test_every_control_of_the_wizard_reaches_the_deal_it_creates(qtbot, demo_service, reader, english):
    from closeplan.ui.wizard import NewDealWizard

    win = _window(qtbot, demo_service, "en")
    base, _ = _create(qtbot, win, reader)
    probe = _wizard(win)
    pages = [editing_controls(probe.page(n)) for n in range(2)]
    unbound = [c.objectName() for page in pages for c in page if field_of(c) is None]
    probe.reject()
    assert not unbound, f"wizard controls that do not say which field they set (bind them): {unbound}"
    walked = []
    for page, controls in enumerate(pages):
        for index in range(len(controls)):
            facts, address = _create(qtbot, win, reader, page, index)
            touched = {key for key in facts if facts[key] != base[key]}
            assert address in touched, f"{address}: the created deal does not show the change ({sorted(touched)})"
            extra = touched - {address} - WIZARD_CONSEQUENCES.get(address, set())
            assert not extra, f"{address}: changed more: {sorted(extra)}"
            if address == "step.recurrence_rule":  # the same steps, perhaps in another order
                assert sorted(facts["deal.steps"]) == sorted(base["deal.steps"]), address
            _no_error_on_screen(win)
            walked.append(address)
    assert {"deal.account", "deal.amount", "deal.currency", "deal.target_close", "deal.steps"} <= set(walked)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NewDealWizard) and w.isVisible()]


# --- the account's calendar and authority table (a dialog) --------------------------------------


def _profile_fields(profile) -> dict[str, object]:
    from dataclasses import fields

    return {f"profile.{f.name}": getattr(profile, f.name) for f in fields(profile)} if profile else {}


def _walk_items(dialog) -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = [("control", c) for c in editing_controls(dialog)]
    for view in tables(dialog):
        items += [("cell", cell) for cell in editable_cells(view, 0)]
    return items


def _different(current: str) -> str:
    """Another valid value of the same form as ``current`` (a day, an amount, a text)."""
    import re

    if re.fullmatch(r"\d{2}-\d{2}", current):
        month, day = int(current[:2]), int(current[3:])
        return f"{month:02d}-{day - 1 if day > 1 else day + 1:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", current):
        from datetime import date, timedelta

        return (date.fromisoformat(current) + timedelta(days=1)).isoformat()
    if re.fullmatch(r"[\d,]+", current):
        return plus(current)
    if re.fullmatch(r"[A-Z]{3}", current):  # a currency code
        return "EUR" if current != "EUR" else "USD"
    return _typed("", current)


@pytest.mark.parametrize(("language", "deal"), [("en", "Norrskog"), ("ja", "東邦精機")])
def test_every_control_of_the_account_dialog_is_saved(qtbot, demo_service, reader, english, language, deal):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    win = _window(qtbot, demo_service, language)
    win.search.setText(deal)
    win.table.selectRow(0)
    deal_id = win.current_deal_id()
    account = reader.get_deal(deal_id).account
    count = len(_walk_items(win.editor.account_dialog or _probe_dialog(win)))
    walked: list[str] = []
    for k in range(count):
        before = _profile_fields(reader.account_profile(account))
        seen: dict[str, object] = {}

        def act(k=k, seen=seen):
            dialog = win.editor.account_dialog
            try:
                change(dialog, k, seen)
            except BaseException as exc:  # never leave the modal dialog open: the test would hang
                seen["error"] = exc
            finally:
                if dialog.isVisible():  # refused (or failed): close it
                    dialog.reject()

        def change(dialog, k, seen):
            kind, item = _walk_items(dialog)[k]
            if kind == "control":
                reveal(item)
                if not usable(item):  # not on screen for this row (a weekly cadence has no "third")
                    seen["skipped"] = True
                    return
                seen["address"] = field_of(item)
                current = item.text() if isinstance(item, QLineEdit) else ""
                change_control(qtbot, item, TODAY, lambda _w, c=current: _different(c))
            else:
                reveal(item.view)
                seen["address"] = item.field
                change_cell(qtbot, item, TODAY, lambda _c, _e, t=item.index.data() or "": _different(t))  # noqa: B008
            ok = dialog.box.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            seen["message"] = dialog.message.text()

        QTimer.singleShot(0, act)
        win.editor.edit_account_calendar()
        if "error" in seen:
            raise seen["error"]
        after = _profile_fields(reader.account_profile(account))
        touched = {key for key in after if after[key] != before.get(key)}
        if seen.get("skipped"):
            continue
        address = seen["address"]
        assert address in touched, f"{address}: not saved ({seen.get('message')!r}; changed: {sorted(touched)})"
        assert touched == {address}, f"{address}: changed more: {sorted(touched)}"
        _no_error_on_screen(win)
        walked.append(address)
    assert {"profile.closures", "profile.meetings", "profile.fiscal_year_end", "profile.budget_freeze_days"} <= set(
        walked
    )


def _probe_dialog(win):
    """A dialog like the one the walk opens, to count its controls."""
    from closeplan.ui.account_dialog import AccountDialog

    deal = win.editor.deal
    dialog = AccountDialog(deal.account, deal.country, deal.currency, deal.account_profile, win, today=TODAY)
    dialog.deleteLater()
    return dialog
