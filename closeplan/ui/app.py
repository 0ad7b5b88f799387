"""Starting the desktop app: QApplication, logging, error reporting, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import date
from logging.handlers import RotatingFileHandler

from PySide6.QtWidgets import QApplication, QMessageBox

from closeplan import APP_NAME, __version__
from closeplan.services import paths
from closeplan.services.deals import DatabaseError, DealService, system_clock
from closeplan.services.demo import install_demo
from closeplan.ui import i18n
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
    if not getattr(app, "_closeplan_fonts", None):
        app._closeplan_fonts = install_fonts(app)
        i18n.set_language(i18n.preferred())  # "" follows the system locale
    return app


def demo_workspace(today: date) -> Workspace:
    service = DealService.open(paths.demo_database(), system_clock)
    if service.count() == 0:
        install_demo(service, today)
    return Workspace(service, today, is_demo=True)


def run(database: str, demo: bool = False, today: date | None = None) -> int:
    setup_logging()
    app = make_application()
    sys.excepthook = ErrorReporter()
    today = today or system_clock().astimezone().date()
    try:
        if demo:
            workspace = demo_workspace(today)
        else:
            workspace = Workspace(DealService.open(database, system_clock), today)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(None, "closeplan",
                             translate("ErrorReporter", "The database could not be opened.") + f"\n\n{exc}")
        return 2
    window = MainWindow(workspace, open_demo=lambda: demo_workspace(today))
    window.show()
    code = app.exec()
    workspace = window.workspace
    workspace.service.close()
    return code
