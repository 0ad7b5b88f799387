"""Starting the desktop app: QApplication, logging, error reporting, the window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import date
from importlib import resources
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from closeplan import APP_NAME, __version__
from closeplan.services import paths
from closeplan.services.deals import DatabaseError, DealService, Recovery, recovery_text, system_clock
from closeplan.services.demo import install_demo
from closeplan.ui import i18n
from closeplan.ui.backups import recovery_message
from closeplan.ui.fonts import install_fonts
from closeplan.ui.i18n import translate
from closeplan.ui.main_window import MainWindow, Workspace

log = logging.getLogger("closeplan")


def setup_logging() -> None:
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "closeplan.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class ErrorReporter:
    """Logs every unexpected exception and shows each distinct one once; the app keeps running
    (the message box is not modal, so no event loop is blocked by it)."""

    def __init__(self, show=None) -> None:
        self.shown: set[str] = set()
        self.boxes: list[QMessageBox] = []
        self._show = show or self._message_box

    def __call__(self, kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        key = f"{kind.__name__}: {value}"
        if key in self.shown or QApplication.instance() is None:
            return
        self.shown.add(key)
        self._show(kind, value, "".join(traceback.format_exception(kind, value, tb)))

    def _message_box(self, kind, value, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "closeplan",
                          translate("ErrorReporter", "Something went wrong. Your saved work is safe."))
        box.setObjectName("errorBox")
        box.setInformativeText(f"{kind.__name__}: {value}\n\n" + translate(
            "ErrorReporter", "The details were written to the log in {folder}.").format(folder=paths.log_dir()))
        box.setDetailedText(details)
        box.finished.connect(lambda _r, b=box: self.boxes.remove(b) if b in self.boxes else None)
        self.boxes.append(box)
        box.open()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # ties windows to the installed .desktop file (and its icon)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    if not getattr(app, "_closeplan_fonts", None):
        app._closeplan_fonts = install_fonts(app)
        i18n.set_language(i18n.preferred())  # "" follows the system locale
    return app


APP_ID = "org.closeplan.Closeplan"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("closeplan.resources").joinpath("icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(folder.joinpath(f"closeplan-{size}.png")), QSize(size, size))
    return icon


def demo_workspace(today: date) -> Workspace:
    service, recovery = DealService.open_checked(paths.demo_database(), system_clock)
    if recovery is not None:
        log.warning("demo database recovered: %s", recovery)
    if service.count() == 0:
        install_demo(service, today)
    return Workspace(service, today, is_demo=True)


def open_workspace(database: str, demo: bool, today: date) -> tuple[Workspace, Recovery | None]:
    """The workspace to start on, after the start-up check of its database (DatabaseError if it
    cannot be opened; a damaged file with a good backup comes back restored, with a Recovery)."""
    if demo:
        return demo_workspace(today), None
    service, recovery = DealService.open_checked(database, system_clock)
    if recovery is not None:
        log.warning("%s", recovery_text(recovery))
    return Workspace(service, today), recovery


def start_window(database: str, demo: bool, today: date) -> MainWindow | None:
    """Open the database and show the window; say what the start-up check did. None (after a
    message naming the file) when the database cannot be opened."""
    try:
        workspace, recovery = open_workspace(database, demo, today)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "closeplan",
                          translate("ErrorReporter", "The database could not be opened."))
        box.setObjectName("openFailedBox")
        box.setInformativeText(str(exc))
        box.exec()
        return None
    window = MainWindow(workspace, open_demo=lambda: demo_workspace(today))
    window.show()
    window.backup_keeper.start()
    if recovery is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "closeplan", recovery_message(recovery), parent=window)
        box.setObjectName("recoveryBox")
        box.open()
        window.recovery_box = box
    return window


def _smoke_report(window: MainWindow, screenshot: str) -> None:
    window.grab().save(screenshot)
    menus = [action.text() for action in window.menuBar().actions()]
    print(f"language: {i18n.current()}; menus: {' | '.join(menus)}; deals: {window.deals.rowCount()}", flush=True)
    window.close()


def run(database: str, demo: bool = False, today: date | None = None) -> int:
    setup_logging()
    app = make_application()
    sys.excepthook = ErrorReporter()
    today = today or system_clock().astimezone().date()
    window = start_window(database, demo, today)
    if window is None:
        return 2
    smoke = os.environ.get("CLOSEPLAN_SMOKE_TEST")
    if smoke:  # checking a built bundle: start, paint, save a screenshot, say what is shown, quit
        QTimer.singleShot(0, lambda: _smoke_report(window, smoke))
    code = app.exec()
    window.workspace.service.close()
    return code
