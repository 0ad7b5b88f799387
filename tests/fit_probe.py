"""Every window of the app opened on a 1366×768 screen, in one UI language: what is cut off.

Run by tests/test_windows_fit.py in a process of its own, because the screen's size is fixed
when Qt starts (the offscreen platform reads it from a config file: ``QT_QPA_PLATFORM=
offscreen:configfile=FILE``, see ``screen_config``), and pytest's QApplication has the default
800×800 screen. ``python -m tests.fit_probe LANG [SHOTS_DIR]`` prints one JSON object: the
screen Qt gave, and for every window opened (its name, e.g. ``dialog:PreferencesDialog``) the
problems found; with SHOTS_DIR it saves a screenshot of each window there.

The windows are found, not listed: every action of the main window's menus is triggered (the
destructive ones excepted) and whatever window appears is checked; the blocking dialogs
(``exec``, QMessageBox's and QFileDialog's static functions, QInputDialog)
are shown as the user would see them, checked, and answered with Cancel. The wizard is checked
on every page, the main window and the review on every tab.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
    QWizard,
)

WIDTH, HEIGHT = 1366, 768
# the menu entries not opened: they quit, replace or delete what the other windows show
SKIP = {"quit", "openDemo", "deleteDeal", "disconnectServer", "undo", "redo", "reload"}
RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+(?:\.[a-z_]+)*\b|\bFREQ=")
FILE_NAME = re.compile(r"\S*/\S*|\S+\.[a-z]{2,4}\b")  # (a path or a file's name is no code)


def screen_config(folder: Path) -> Path:
    """The offscreen platform's config: one 1366×768 screen at 96 dpi."""
    path = folder / "screen-1366x768.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}))
    return path


def fill(page: QWidget) -> None:
    """Type into a wizard page's empty fields what a user would (long, to stretch the layout)."""
    for edit in page.findChildren(QLineEdit):
        if edit.isVisible() and edit.isEnabled() and not edit.text() and not edit.isReadOnly():
            name = edit.objectName().lower()
            edit.setText("48000000" if "amount" in name else "Tōhō Seimitsu Kōgyō Kabushiki-gaisha")


def _in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area's viewport (it may be scrolled out of view)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _count(method) -> int:
    """A model's row or column count (PySide6 makes some models want no parent, others one)."""
    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            pass
    return 1  # (a list model's column count is private: it has one)


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()  # its headers and first cells
        hidden = getattr(widget, "isColumnHidden", lambda _c: False)
        columns = [c for c in range(_count(model.columnCount)) if not hidden(c)]
        texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        for row in range(min(_count(model.rowCount), 30)):
            texts += [str(model.index(row, c).data() or "") for c in columns]
        return texts
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    return []


def problems(top: QWidget) -> list[str]:
    """What does not fit in ``top``, shown on the 1366×768 screen."""
    found: list[str] = []
    room = top.screen().availableGeometry()
    frame = top.frameGeometry()
    if not room.contains(frame):
        found.append(f"window {frame.getRect()} outside the screen {room.getRect()}")
    hint = top.minimumSizeHint()
    if hint.width() > room.width() or hint.height() > room.height():
        found.append(f"window needs {hint.width()}×{hint.height()}")
    inside = top.rect()
    for child in top.findChildren(QWidget):
        if not child.isVisibleTo(top) or child.isWindow() or not child.isVisible():
            continue
        name = f"{type(child).__name__} {child.objectName()!r}"
        for text in _texts(child):
            plain = FILE_NAME.sub(" ", re.sub(r"<[^>]*>", " ", text))
            for code in RAW_CODE.findall(plain):
                found.append(f"{name} shows a raw code {code!r} in {plain[:80]!r}")
        if _in_scrolled_content(child, top):
            continue  # (it may be scrolled out of view: checked as far as its scroll area is)
        rect = QRect(child.mapTo(top, child.rect().topLeft()), child.size())
        if not inside.contains(rect):
            found.append(f"{name} at {rect.getRect()} outside the window {inside.getRect()}")
            continue
        if isinstance(child, QLabel) and child.text() and child.pixmap().isNull():
            text = child.text().replace("\n", " ")[:60]
            if child.wordWrap():
                need = child.heightForWidth(child.width())
                if need > child.height() + 1:
                    found.append(
                        f"{name} {text!r} cut: needs height {need} at width {child.width()}, has {child.height()}"
                    )
            elif child.sizeHint().width() > child.width() + 1:
                found.append(f"{name} {text!r} cut: needs width {child.sizeHint().width()}, has {child.width()}")
        if isinstance(child, QAbstractButton) and child.text() and child.sizeHint().width() > child.width() + 1:
            found.append(f"{name} {child.text()!r} cut: needs width {child.sizeHint().width()}, has {child.width()}")
    for box in top.findChildren(QDialogButtonBox):
        if box.isVisible():
            for button in box.buttons():
                if not button.isVisible():
                    found.append(f"button {button.text()!r} not visible")
    if isinstance(top, QDialog) and not isinstance(top, QMessageBox):  # (a message box is never resizable)
        constraint = top.layout().sizeConstraint() if top.layout() is not None else None
        if top.minimumSize() == top.maximumSize() or constraint == QLayout.SizeConstraint.SetFixedSize:
            found.append("fixed size: cannot be resized")
        elif top.width() + 40 <= room.width():
            before = top.size()
            top.resize(before + QSize(40, 0))
            if top.width() != before.width() + 40:
                found.append("cannot be made wider")
            top.resize(before)
    return found


class Probe:
    def __init__(self, app: QApplication, shots: Path | None):
        self.app = app
        self.shots = shots
        self.windows: dict[str, list[str]] = {}

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()
        QThreadPool.globalInstance().waitForDone(3000)
        QTest.qWait(30)  # (a preview drawn in the background, a layout done in a queued call)

    def check(self, top: QWidget, name: str) -> None:
        self.settle()
        if name in self.windows:
            name = f"{name}#{sum(1 for n in self.windows if n.startswith(name))}"
        if self.shots is not None:  # (before the resizing test, which a PDF preview draws again after)
            top.grab().save(str(self.shots / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name) + ".png")))
        self.windows[name] = problems(top)

    def check_window(self, top: QWidget, name: str) -> None:
        """``top`` and, for a wizard, each page it can go on to; for tabs, each tab."""
        self.check(top, name)
        if isinstance(top, QWizard):
            seen = {top.currentId()}
            while top.nextId() != -1:
                top.next()
                self.settle()
                if top.currentId() in seen:  # refused: what it says, then filled in
                    self.check(top, f"{name}/refused")
                    fill(top.currentPage())
                    top.next()
                    self.settle()
                self.settle()
                if top.currentId() in seen:
                    break
                seen.add(top.currentId())
                self.check(top, f"{name}/page {type(top.currentPage()).__name__}")
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            start = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != start:
                    tabs.setCurrentIndex(i)
                    self.check(top, f"{name}/tab {i}")
            tabs.setCurrentIndex(start)

    def block(self) -> None:
        """The blocking dialogs show, are checked and answer Cancel (or a message box No)."""
        probe = self

        def shown(dialog: QWidget, name: str) -> None:
            dialog.show()
            probe.check_window(dialog, name)
            dialog.hide()

        def exec_dialog(dialog: QDialog) -> int:
            shown(dialog, f"dialog:{type(dialog).__name__}")
            return QDialog.DialogCode.Rejected

        def message(kind, default):
            def box(parent, title, text, buttons=default, *args, **kwargs):
                dialog = QMessageBox(kind, title, text, buttons, parent)
                shown(dialog, f"message:{kind.name}")
                dialog.deleteLater()
                return QMessageBox.StandardButton.No

            return staticmethod(box)

        def text_input(parent, title, label, *args, **kwargs):
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            dialog.setTextValue(kwargs.get("text", ""))
            shown(dialog, f"input:{title}")
            dialog.deleteLater()
            return "", False

        QDialog.exec = exec_dialog
        ok, yes_no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        QMessageBox.question = message(QMessageBox.Icon.Question, yes_no)
        QMessageBox.warning = message(QMessageBox.Icon.Warning, ok)
        QMessageBox.information = message(QMessageBox.Icon.Information, ok)
        QMessageBox.critical = message(QMessageBox.Icon.Critical, ok)
        QInputDialog.getText = staticmethod(text_input)
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
            setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
        QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: "")

    def new_windows(self, before: set[int]) -> list[QWidget]:
        self.settle()
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]

    def opened(self, open_it, what: str = "") -> None:
        """Call ``open_it`` and check every window that it shows."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        for top in self.new_windows(before):
            kind = "dialog" if isinstance(top, QDialog) else "window"
            self.check_window(top, f"{kind}:{type(top).__name__}{what}")
            top.close()
            if isinstance(top, QDialog):
                top.reject()
        self.settle()

    def trigger_all(self, window: QMainWindow) -> None:
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                if action.isSeparator() or not action.isEnabled() or action.objectName() in SKIP:
                    continue
                self.opened(action.trigger)

    def extras(self, window, folder: Path) -> None:
        """What no menu entry opens: dialogs with content, the panels and boxes of moments."""
        from closeplan.ui.app import ErrorReporter

        crm = Path(__file__).parent / "fixtures" / "crm"
        for name in ("salesforce_en_bad_rows.csv", "hubspot_en_no_company.csv"):
            self.opened(lambda name=name: window.crm.import_crm(crm / name), f" {name}")
        broken = folder / "broken.json"
        broken.write_text('{"format": "closeplan-deal", "version": 1, "deal": {"name": 3}}')
        self.opened(lambda: window.bundles.import_files([broken, folder / "missing.json"]), " failed")
        self.opened(lambda: ErrorReporter()(OSError, OSError(13, "denied", str(folder / "plan.pdf")), None))
        self.opened(lambda: window.team._say_no_keyring("none"))
        self.boxes(window, folder)
        backups = window.backups.open_backups()  # its question before a restore (answered No)
        self.settle()
        backups.restore_selected()
        backups.reject()
        window.editor.tabs.setCurrentWidget(window.editor.plan)
        plan = window.editor.plan  # its Columns button's menu (QMenu.exec cannot be patched)
        menu = plan.columns.menu(plan)
        menu.popup(plan.column_button.mapToGlobal(plan.column_button.rect().bottomLeft()))
        self.check(menu, "menu:columnChooser")
        menu.hide()
        self.conflicts(window)
        review = window.review.open_review()  # what changed since a day long ago: rows in its table
        review.tabs.setCurrentWidget(review.changes)
        review.changes.set_since(date(2026, 8, 1))
        self.check(review, "window:ReviewView changes since 2026-08-01")
        review.close()

    def boxes(self, window, folder: Path) -> None:
        """The start-up's message boxes, as closeplan.ui.app builds them: a database restored from
        a backup, and a second start on a database already open."""
        from datetime import datetime
        from types import SimpleNamespace

        from closeplan.ui.app import already_open_text
        from closeplan.ui.backups import recovery_message

        database = folder / "a rather long folder name" / "closeplan.sqlite3"
        backup = SimpleNamespace(taken=datetime(2026, 11, 22, 18, 5), path=folder / "closeplan.daily.sqlite3")
        recovery = SimpleNamespace(
            database=str(database),
            problem="database disk image is malformed",
            restored_from=backup,
            moved_aside=[str(database) + ".damaged-2026-11-23"],
        )
        for name, text in (
            ("recovery", recovery_message(recovery)),  # type: ignore[arg-type]
            ("already open", already_open_text(SimpleNamespace(raised=False, database=str(database)))),
        ):
            box = QMessageBox(QMessageBox.Icon.Warning, "closeplan", text, parent=window)
            box.show()
            self.check(box, f"message:{name}")
            box.close()

    def conflicts(self, window) -> None:
        """The main window with the conflict panel over a deal of somebody else's."""
        import uuid
        from datetime import UTC, datetime

        from closeplan.store.sync_state import StoredConflict

        deal = window.editor.deal
        at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        conflicts = [
            StoredConflict(
                uuid.uuid4(),
                deal.id,
                "step",
                step.id,
                "title",
                step.title,
                step.title + " (rev. 2)",
                step.title + " — agreed with legal",
                "Megan Clarke",
                at,
                "Kim Min-jun",
                at,
            )
            for step in deal.steps[:3]
        ]
        window.editor.conflict_panel.show_conflicts(deal, conflicts, owner="Erik Lindqvist")
        window.editor.read_only_bar.show_owner("Erik Lindqvist")
        self.check(window, "window:MainWindow conflicts")
        window.editor.conflict_panel.show_conflicts(deal, [])
        window.editor.read_only_bar.show_owner(None)


def main(language: str, shots: Path | None) -> dict:
    from closeplan.services.deals import DealService
    from closeplan.services.demo import install_demo
    from closeplan.ui import i18n
    from closeplan.ui.app import make_application
    from closeplan.ui.main_window import MainWindow, Workspace

    app = make_application()
    from tests.conftest import TODAY, fixed_clock  # (after Qt started: it sets QT_QPA_PLATFORM)

    i18n.set_language(language)
    screen = app.primaryScreen().availableGeometry()
    probe = Probe(app, shots)
    probe.block()
    with tempfile.TemporaryDirectory() as folder:
        service = DealService.open(Path(folder) / "demo.sqlite3", fixed_clock)
        install_demo(service, TODAY)
        service.backup()  # (the backups dialog lists one)
        window = MainWindow(Workspace(service, TODAY))
        window.show()
        window.table.selectRow(0)
        probe.check_window(window, "window:MainWindow")
        tabs = window.editor.tabs
        for row in range(1, window.table.model().rowCount()):  # every demo deal's approval tabs
            window.table.selectRow(row)
            probe.settle()
            probe.opened(window.editor.edit_account_calendar, f" deal {row}")  # its meetings and cadences
            for tab in (window.editor.approval, window.editor.route, window.editor.risks):
                tabs.setCurrentWidget(tab)
                probe.check(window, f"window:MainWindow deal {row}/tab {tabs.indexOf(tab)}")
        window.table.selectRow(0)
        tabs.setCurrentWidget(window.editor.plan)
        probe.trigger_all(window)
        probe.extras(window, Path(folder))
        window.close()
        service.close()
    return {"language": i18n.current(), "screen": screen.getRect(), "windows": probe.windows}


if __name__ == "__main__":
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(main(sys.argv[1], folder), ensure_ascii=False))
