"""Every dialog and the main window fit a 1366×768 screen: opened offscreen at that size,
nothing is cut off (every visible child inside the window), and every dialog can be resized.
Quitting (Ctrl+Q) closes every window of the program, the review included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from closeplan.services.crm import CrmImportService
from closeplan.services.deals import ImportFailed
from closeplan.services.exports import ExportService
from closeplan.services.planning import PlanningService, TemplateLibrary
from closeplan.ui.account_dialog import AccountDialog
from closeplan.ui.backups import BackupDialog
from closeplan.ui.crm_dialog import CrmImportDialog
from closeplan.ui.export_dialog import ExportDialog
from closeplan.ui.importing import ImportResultDialog
from closeplan.ui.preferences import PreferencesDialog
from closeplan.ui.team_dialog import ConnectDialog
from closeplan.ui.wizard import NewDealWizard
from tests.conftest import TODAY
from tests.qt_helpers import shown_window

SCREEN = QRect(0, 0, 1366, 768)


@pytest.fixture
def window(qtbot, demo_service):
    win = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    win.table.selectRow(0)
    return win


def _dialogs(win, service, tmp_path):
    deal = service.get_deal(win.current_deal_id())
    return {
        "export": lambda: ExportDialog(ExportService(service), deal.id, TODAY, parent=win),
        "backups": lambda: BackupDialog(service, win),
        "crm": lambda: CrmImportDialog(CrmImportService(service), parent=win),
        "preferences": lambda: PreferencesDialog(win),
        "connect": lambda: ConnectDialog("", parent=win),
        "account": lambda: AccountDialog(
            deal.account, deal.country, deal.currency, deal.account_profile, win, today=TODAY
        ),
        "import result": lambda: ImportResultDialog(None, ImportFailed([]), win),
        "wizard": lambda: NewDealWizard(PlanningService(service, TemplateLibrary(tmp_path / "t")), TODAY, parent=win),
    }


def _cut_off(top: QWidget) -> list[str]:
    """The visible children of ``top`` that reach outside it."""
    inside = top.rect()
    bad = []
    for child in top.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        rect = QRect(child.mapTo(top, child.rect().topLeft()), child.size())
        if not inside.contains(rect):
            bad.append(f"{type(child).__name__} {child.objectName()!r} at {rect.getRect()} outside {inside.getRect()}")
    return bad


def _fits(qtbot, top: QWidget, name: str) -> None:
    top.show()
    qtbot.waitExposed(top)
    qtbot.wait(20)
    size = top.size()
    assert size.width() <= SCREEN.width() and size.height() <= SCREEN.height(), f"{name}: {size} > 1366×768"
    hint = top.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), f"{name}: needs {hint}"
    assert _cut_off(top) == [], name


def test_the_main_window_fits(qtbot, window):
    _fits(qtbot, window, "main window")


@pytest.mark.parametrize(
    "name", ["export", "backups", "crm", "preferences", "connect", "account", "import result", "wizard"]
)
def test_every_dialog_fits_and_can_be_resized(qtbot, window, demo_service, tmp_path, name):
    dialog = _dialogs(window, demo_service, tmp_path)[name]()
    qtbot.addWidget(dialog)
    _fits(qtbot, dialog, name)
    assert dialog.minimumSize() != dialog.maximumSize(), f"{name} has a fixed size"
    bigger = dialog.size() + QSize(40, 0)
    dialog.resize(bigger)
    assert dialog.width() == bigger.width(), f"{name} cannot be resized"
    assert isinstance(dialog, QDialog)


def test_the_review_fits(qtbot, window):
    review = window.review.open_review()
    qtbot.addWidget(review)
    _fits(qtbot, review, "review")


def test_quitting_closes_every_window(qtbot, window):
    review = window.review.open_review()
    qtbot.waitExposed(review)
    window.activateWindow()
    action = next(a for a in window.findChildren(type(window.review.review_window_action)) if a.objectName() == "quit")
    assert action.shortcut().toString() == "Ctrl+Q"
    action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not review.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []


def test_ctrl_q_in_the_review_quits_too(qtbot, window):
    review = window.review.open_review()
    qtbot.waitExposed(review)
    review.activateWindow()
    review.setFocus()
    qtbot.keyClick(review, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not review.isVisible()


def test_the_timeline_zooms_and_ticks_weeks(qtbot, window):
    tab = window.editor.timeline
    window.editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.view.markers))
    view = tab.view
    wide = view.scene().sceneRect().width()
    qtbot.mouseClick(tab.zoom_in, Qt.MouseButton.LeftButton)
    assert view.scene().sceneRect().width() > wide
    qtbot.mouseClick(tab.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.zoom_out, Qt.MouseButton.LeftButton)
    assert view.scene().sceneRect().width() < wide
    assert view.markers and "today" in view.lines  # drawn again, with its markers, at the new zoom
