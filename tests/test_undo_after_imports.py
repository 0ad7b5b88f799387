"""Undo reverts only what the undone action changed — also after a CRM import, a bundle import
or a restore changed the deal meanwhile. Driven through the window (keyboard, menu actions and
the import dialogs); what is stored is read back through a second connection."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from closeplan.services.deals import DealService
from tests.conftest import TODAY, fixed_clock, newer_bundle
from tests.qt_helpers import shown_window

ORIGINAL = "Scheduling suite rollout, 14 clinics"
RENAMED = "Scheduling suite, all 14 clinics"
HEADER = "Opportunity ID,Opportunity Name,Account Name,Amount,Opportunity Currency,Close Date,Stage,Opportunity Owner\n"


@pytest.fixture
def window(qtbot, demo_service):
    return shown_window(qtbot, demo_service, TODAY)


def _rename(qtbot, win, name: str) -> None:
    edit = win.editor.overview.name
    win.editor.tabs.setCurrentWidget(win.editor.overview)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _open(win) -> object:
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    return win.current_deal_id()


def _crm_import(qtbot, win, tmp_path, rows: str):
    path = tmp_path / "opportunities.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    dialog = win.import_crm(path)
    assert dialog.import_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_undo_of_a_rename_after_a_crm_import_keeps_the_imported_amount(qtbot, window, stored, tmp_path):
    deal_id = _open(window)
    _rename(qtbot, window, RENAMED)
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).name == RENAMED)
    _crm_import(
        qtbot,
        window,
        tmp_path,
        f'006Q500000AbC01,"{RENAMED}",Brightwater Dental Group,"$91,000.00",USD,12/3/2026,'
        "Negotiation/Review,Megan Clarke\n",
    )
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).amount == Decimal("91000.00"))
    window.select_deal(deal_id)
    window.undo_action.trigger()  # undo the rename
    deal = stored.get_deal(deal_id)
    assert deal.name == ORIGINAL
    assert deal.amount == Decimal("91000.00") and deal.crm_id == "006Q500000AbC01"  # the import stays


def test_undo_leaves_a_field_the_import_changed_since_and_says_so(qtbot, window, stored, tmp_path):
    deal_id = _open(window)
    _crm_import(
        qtbot,
        window,
        tmp_path,  # the deal gets its CRM id (matched by account and name)
        f'006Q500000AbC01,"{ORIGINAL}",Brightwater Dental Group,"$86,000.00",USD,12/3/2026,'
        "Negotiation/Review,Megan Clarke\n",
    )
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).crm_id == "006Q500000AbC01")
    window.select_deal(deal_id)
    _rename(qtbot, window, RENAMED)
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).name == RENAMED)
    _crm_import(
        qtbot,
        window,
        tmp_path,  # the CRM renames it too, and changes the amount
        '006Q500000AbC01,"Scheduling suite (CRM name)",Brightwater Dental Group,"$91,000.00",USD,'
        "12/3/2026,Negotiation/Review,Megan Clarke\n",
    )
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).name == "Scheduling suite (CRM name)")
    window.select_deal(deal_id)
    window.undo_action.trigger()
    deal = stored.get_deal(deal_id)
    assert deal.name == "Scheduling suite (CRM name)" and deal.amount == Decimal("91000.00")
    said = window.editor.message.text() + window.statusBar().currentMessage()
    assert "name" in said and "changed" in said and "since" in said
    assert window.editor.overview.name.text() == "Scheduling suite (CRM name)"  # the window shows what is stored


def test_undo_after_a_bundle_import_reverts_only_its_own_field(qtbot, window, stored, tmp_path):
    deal_id = _open(window)
    _rename(qtbot, window, RENAMED)
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).name == RENAMED)
    # a colleague's newer copy of the deal: another amount and a later target close
    path = newer_bundle(stored, deal_id, tmp_path / "brightwater.json", amount="99000.00")
    window.import_files([path]).close()
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).amount == Decimal("99000.00"))
    window.select_deal(deal_id)
    window.undo_action.trigger()
    deal = stored.get_deal(deal_id)
    assert deal.name == ORIGINAL and deal.amount == Decimal("99000.00")


def test_a_restore_clears_undo_so_it_cannot_revert_the_restored_deal(qtbot, window, stored, demo_service):
    deal_id = _open(window)
    demo_service.backup()
    backup = demo_service.backups()[0].path
    _rename(qtbot, window, RENAMED)
    qtbot.waitUntil(lambda: stored.get_deal(deal_id).name == RENAMED)
    assert window.undo_action.isEnabled()
    window.restore_backup(backup)
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()
    after = DealService.open(demo_service.file, fixed_clock)
    try:
        assert after.get_deal(deal_id).name == ORIGINAL  # from the backup, and undo changed nothing
    finally:
        after.close()
