"""Every window of the app fits a 1366×768 screen, in every UI language: opened offscreen on a
screen of that size (tests/fit_probe.py, in a process of its own: the screen's size is fixed when
Qt starts), nothing is cut off — each window inside the screen, every visible child inside its
window, no label or button narrower than its text, the buttons of a dialog shown, every dialog
resizable, no raw code on screen. ``CLOSEPLAN_FIT_SHOTS=DIR`` saves a screenshot of each window
there (DIR/<language>/…png), to look at. Quitting (Ctrl+Q) closes every window of the program,
the review included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tests.fit_probe import screen_config
from tests.qt_helpers import shown_window

ROOT = Path(__file__).resolve().parent.parent
# what the probe must have found and opened (it finds more: message boxes, the template name…)
EXPECTED = (
    "window:MainWindow",
    *(f"window:MainWindow/tab {i}" for i in (0, 2, 3, 4, 5, 6, 7)),
    "window:MainWindow conflicts",
    "menu:columnChooser",
    "dialog:NewDealWizard",
    "dialog:NewDealWizard/refused",
    "dialog:NewDealWizard/page PlanPage",
    "dialog:NewDealWizard/page PeoplePage",
    "dialog:CrmImportDialog",
    "dialog:CrmImportDialog salesforce_en_bad_rows.csv",
    "dialog:CrmImportDialog hubspot_en_no_company.csv",
    "dialog:ImportResultDialog failed",
    "dialog:ExportDialog",
    "dialog:BackupDialog",
    "dialog:ConnectDialog",
    "dialog:AccountDialog",
    "dialog:AccountDialog/tab 1",
    "dialog:AccountDialog/tab 2",
    "dialog:PreferencesDialog",
    "dialog:QInputDialog",
    "dialog:QMessageBox",
    "message:Question",
    "message:recovery",
    "message:already open",
    "window:ReviewView",
    "window:ReviewView/tab 1",
    "window:ReviewView changes since 2026-08-01",
)


def probe(language: str, folder: Path) -> dict:
    """What tests/fit_probe.py found, run on a 1366×768 offscreen screen with its own home."""
    home = folder / "home"
    env = dict(os.environ, HOME=str(home), CLOSEPLAN_DATA_DIR=str(home / "closeplan-data"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        env[name] = str(home / name.lower())
        Path(env[name]).mkdir(mode=0o700, parents=True, exist_ok=True)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(folder)}"
    command = [sys.executable, "-m", "tests.fit_probe", language]
    if os.environ.get("CLOSEPLAN_FIT_SHOTS"):
        command.append(str(Path(os.environ["CLOSEPLAN_FIT_SHOTS"]) / language))
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "ja", "ko", "sv"])
def test_every_window_fits_a_1366x768_screen(language, tmp_path):
    found = probe(language, tmp_path)
    assert found["screen"] == [0, 0, 1366, 768], "the offscreen screen is not 1366×768"
    assert found["language"] == language
    windows = found["windows"]
    assert [name for name in EXPECTED if name not in windows] == [], f"not opened; opened: {sorted(windows)}"
    cut = {name: problems for name, problems in windows.items() if problems}
    assert cut == {}, json.dumps(cut, indent=1, ensure_ascii=False)


@pytest.fixture
def window(qtbot, demo_service):
    win = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    win.table.selectRow(0)
    return win


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


def test_the_template_name_is_asked_wide_enough_for_its_suggestion(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    asked = []

    def answer(dialog):
        asked.append((dialog.textValue(), dialog.width()))
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    window.templates.template_action.trigger()
    [(name, width)] = asked
    assert name == "Brightwater Dental Group plan"
    assert width >= window.fontMetrics().horizontalAdvance(name) + 40
    assert "Brightwater Dental Group plan" in window.statusBar().currentMessage()


def test_an_import_failure_names_fields_in_words(qtbot):
    from closeplan.domain.validation import FieldError, ValidationError
    from closeplan.services.deals import ImportFailed
    from closeplan.ui.importing import ImportResultDialog

    problems = [FieldError("deal.steps[3].due_date", "not a date"), FieldError("(file)", "cannot be read")]
    dialog = ImportResultDialog(None, ImportFailed([ValidationError(problems, "plan.json")]))
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert lines == ["plan.json: due date of step: not a date", "plan.json: cannot be read"]
