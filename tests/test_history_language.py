"""The History tab names each action in the UI language, from where it came from and what it
changed; `closeplan history` keeps the label stored with it (English for the command line and
imports), a teammate's action pulled from the team server is named by what it changed too, and
an action from a source the UI does not know shows its stored label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from closeplan.cli import main
from closeplan.domain import edits as E
from closeplan.services.editing import EditService
from closeplan.services.exports import ExportService
from closeplan.ui import i18n
from tests.conftest import NOW, TODAY, newer_bundle
from tests.qt_helpers import shown_window, table_rows

ACTION = 2  # the History table's Action column


@pytest.fixture
def language(qapp):
    yield lambda code: (i18n.set_language(code), QCoreApplication.processEvents())
    i18n.set_language("en")
    QLocale.setDefault(QLocale.c())
    QCoreApplication.processEvents()


def _history_of(win, qtbot, name: str, rows: int):
    win.search.setText(name)
    win.table.selectRow(0)
    tab = win.editor.history
    win.editor.tabs.setCurrentWidget(tab)  # the tab reads the history when it is shown
    qtbot.waitUntil(lambda: tab.model.rowCount() >= rows)
    return tab


def test_the_history_tab_names_actions_in_the_ui_language(qtbot, demo_service, tmp_path, language, capsys):
    deal_id = demo_service.resolve("Brightwater")
    demo_service.import_bundles([newer_bundle(demo_service, deal_id, tmp_path / "b.json", amount="99000.00")])
    db, today = str(demo_service.file), TODAY.isoformat()
    assert (
        main(
            ["edit", "Brightwater", "--set", "amount=91000.00", "--set", "stage=approval", "--db", db, "--today", today]
        )
        == 0
    )
    ExportService(demo_service).write_pdf(deal_id, "customer", tmp_path / "plan.pdf", TODAY)
    EditService(demo_service, source="sync").edit(deal_id, "From Megan's laptop", E.set_deal(NOW, owner="Bo"))
    EditService(demo_service, source="script").edit(deal_id, "From a script", E.set_deal(NOW, owner="Cy"))
    step = next(s for s in demo_service.get_deal(deal_id).steps if s.title.startswith("Redlines"))

    win = shown_window(qtbot, demo_service, TODAY)
    win.controller.apply(deal_id, "Mark step done", E.mark_done(step.id, TODAY))
    win.undo_action.trigger()
    language("ja")
    tab = _history_of(win, qtbot, "Brightwater", 8)
    shown = set(table_rows(tab.view, ACTION))
    done = f"タスク「{step.title}」の状況、完了日を変更"
    assert {
        "バンドルを取り込み (バンドルの取り込み)",
        "金額、フェーズを変更 (コマンドライン)",  # stored: "Set amount, stage"
        "顧客向け PDF 第1版 (顧客向け PDF を発行)",
        "担当者を変更 (チームサーバー)",  # pulled from the team server: by what it changed
        "From a script (script)",  # a source the UI does not know: its own words
        f"{done} (編集)",
        f"取り消し:{done} (取り消し)",
    } <= shown, shown
    cli_row = table_rows(tab.view, ACTION).index("金額、フェーズを変更 (コマンドライン)")
    tip = tab.model.index(cli_row, ACTION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Set amount, stage"  # the stored label, as `closeplan history` prints it

    language("ko")
    assert "금액, 단계 변경 (명령줄)" in table_rows(tab.view, ACTION)
    language("sv")
    assert "Ändra belopp, fas (kommandoraden)" in table_rows(tab.view, ACTION)
    language("en")
    shown = set(table_rows(tab.view, ACTION))
    assert {
        "Set amount, stage (command line)",
        f"Undo: Set status, completed date of step “{step.title}” (undone)",
    } <= shown

    capsys.readouterr()
    assert main(["history", "Brightwater", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Set amount, stage (cli-edit)" in out and "Import a bundle (import-bundle)" in out


def test_an_edit_is_named_by_what_it_added_removed_and_set(qtbot, demo_service, language):
    from closeplan.domain.model import OwnerSide, Step
    from closeplan.ui.action_names import operations_label

    deal_id = demo_service.resolve("Brightwater")
    editing = EditService(demo_service)
    first = Step("Security review by IT", OwnerSide.CUSTOMER, TODAY)
    add = editing.edit(deal_id, "Add", E.add_step(first))
    assert operations_label(add.ops, add.after) == "Add step “Security review by IT”"
    remove = editing.edit(deal_id, "Delete", E.delete_step(first.id))
    assert operations_label(remove.ops, remove.after).startswith("Remove step “Security review by IT”")
    language("sv")
    both = editing.edit(deal_id, "Both", E.set_deal(NOW, amount=add.after.amount + 1, name="Ny"))
    assert operations_label(both.ops, both.after) == "Ändra namn, belopp"
    assert operations_label([], both.after) == ""  # nothing to say: the caller keeps the stored label


def test_undo_names_the_edit_in_the_language_switched_to(qtbot, demo_service):
    """The toolbar said "Undo タスク名の変更" in an English window after a switch from Japanese
    (found by trying the app as a user): the undo stack's names follow the UI language."""
    from PySide6.QtWidgets import QApplication

    from closeplan.domain import edits as E
    from closeplan.ui import i18n
    from tests.conftest import NOW, TODAY
    from tests.qt_helpers import shown_window

    i18n.set_language("ja")
    try:
        win = shown_window(qtbot, demo_service, TODAY)
        win.search.setText("Brightwater")
        win.table.selectRow(0)
        deal_id = win.current_deal_id()
        assert win.controller.apply(deal_id, "担当の変更", E.set_deal(NOW, owner="Someone else")) is not None
        i18n.set_language("en")
        QApplication.processEvents()
        text = win.undo_action.text()
        assert text.startswith("&Undo") and "担当" not in text, text
        assert "owner" in text.lower(), text
    finally:
        i18n.set_language("en")
