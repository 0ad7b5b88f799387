"""Starting the desktop app: QApplication, logging, error reporting, the window.

Start-up shows the deal list first: it is read with Python's sqlite3 module before the services
(SQLAlchemy, Alembic, the scheduling and risk rules) are imported, and the database is opened
properly — health check, migrations, the editor — right after the list has been painted.
Those modules are imported inside the functions that open the database, not at the top.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from closeplan import APP_NAME, __version__
from closeplan.services import paths
from closeplan.services.startup import close_remembering, first_look
from closeplan.ui import i18n
from closeplan.ui.features import present
from closeplan.ui.fonts import install_fonts
from closeplan.ui.i18n import translate
from closeplan.ui.main_window import MainWindow, Workspace

if TYPE_CHECKING:
    from closeplan.services.deals import Recovery

log = logging.getLogger("closeplan")


LOG_BYTES = 1_000_000  # a log grown past this is set aside when the app starts
LOG_KEPT = 3  # closeplan.log.1 … .3


def setup_logging() -> None:
    """Log to closeplan.log in the log folder (older logs kept as .1, .2, .3). A session writes
    little, so the log is rotated when the app starts rather than while it runs (which would
    need logging.handlers, slow to import before the window shows)."""
    if any(getattr(h, "closeplan_log", False) for h in log.handlers):
        return
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "closeplan.log"
        if target.exists() and target.stat().st_size > LOG_BYTES:
            for number in range(LOG_KEPT - 1, 0, -1):
                older = target.with_name(f"{target.name}.{number}")
                if older.exists():
                    older.replace(target.with_name(f"{target.name}.{number + 1}"))
            target.replace(target.with_name(f"{target.name}.1"))
        handler = _LogFile(target, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class _LogFile(logging.FileHandler):
    closeplan_log = True  # the log file this module set up (not one of the host's handlers)


class ErrorReporter:
    """Logs every unexpected exception and shows each distinct one once; the app keeps running
    (the message box is not modal, so no event loop is blocked by it).

    The user reads what happened in words, in the UI language; the exception itself is behind
    "Show details". The log gets the exception's kind and where it happened, never its message
    (it may hold customer data: a step title, a name, an SQL parameter)."""

    def __init__(self, show=None) -> None:
        self.shown: set[str] = set()
        self.boxes: list[QMessageBox] = []
        self._show = show or self._message_box

    def __call__(self, kind, value, tb) -> None:
        where = "".join(traceback.format_tb(tb)) if tb is not None else ""
        errno = f" (errno {value.errno})" if isinstance(value, OSError) and value.errno else ""
        log.error("unexpected error: %s%s\n%s", kind.__name__, errno, where.rstrip())
        key = f"{kind.__name__}: {value}"
        if key in self.shown or QApplication.instance() is None:
            return
        self.shown.add(key)
        self._show(kind, value, "".join(traceback.format_exception(kind, value, tb)))

    @staticmethod
    def explain(value: BaseException) -> str:
        """What happened, in words (not the exception's), naming the file if there was one."""
        if isinstance(value, MemoryError):
            return translate("ErrorReporter", "The computer ran out of memory while closeplan was working.")
        if isinstance(value, OSError):
            name = value.filename or getattr(value, "filename2", None)
            if name:
                return translate("ErrorReporter", "closeplan could not read or write the file {file}.").format(
                    file=name
                )
            return translate("ErrorReporter", "closeplan could not read or write a file.")
        return translate(
            "ErrorReporter", "closeplan ran into a problem it did not expect and stopped what it was doing."
        )

    def _message_box(self, kind, value, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "closeplan",
            translate("ErrorReporter", "Something went wrong. Your saved work is safe."),
        )
        box.setObjectName("errorBox")
        box.setInformativeText(
            self.explain(value)
            + "\n\n"
            + translate(
                "ErrorReporter", "The app keeps running. The details were written to the log in {folder}."
            ).format(folder=paths.log_dir())
        )
        box.setDetailedText(details)  # "Show details…": the exception, for whoever looks into it
        box.finished.connect(lambda _r, b=box: self.boxes.remove(b) if b in self.boxes else None)
        self.boxes.append(box)
        box.open()


def make_application(argv: list[str] | None = None) -> QApplication:
    # an application made before is closeplan's own (a QApplication), or the tests'
    app = cast(QApplication | None, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # ties windows to the installed .desktop file (and its icon)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    if not app.property("closeplanFonts"):
        from closeplan.services import calendar_cache

        calendar_cache.install()  # each country's closed days kept: no holiday tables to load at start-up
        app.setProperty("closeplanFonts", install_fonts(app))
        i18n.set_language(i18n.preferred())  # "" follows the system locale
    return app


APP_ID = "org.closeplan.Closeplan"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("closeplan.resources").joinpath("icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(folder.joinpath(f"closeplan-{size}.png")), QSize(size, size))
    return icon


_UNCHECKED = object()


def _health(target, checked) -> Recovery | None:
    """The start-up check's outcome: ``checked`` if it ran already, else the check run now."""
    from closeplan.services.deals import DealService, system_clock

    return DealService.health_check(target, system_clock) if checked is _UNCHECKED else checked


def demo_workspace(today: date, checked=_UNCHECKED) -> Workspace:
    from closeplan.services.deals import DealService, system_clock
    from closeplan.services.demo import install_demo

    recovery = _health(paths.demo_database(), checked)
    service = DealService.open(paths.demo_database(), system_clock, lambda: today)
    if recovery is not None:
        log.warning("demo database recovered: %s", recovery)
    if service.count() == 0:
        install_demo(service, today)
    return Workspace(service, today, is_demo=True)


def open_workspace(database: str, demo: bool, today: date, checked=_UNCHECKED) -> tuple[Workspace, Recovery | None]:
    """The workspace to start on, after the start-up check of its database (DatabaseError if it
    cannot be opened; a damaged file with a good backup comes back restored, with a Recovery).
    ``checked``: the outcome of that check, when it was run already (on the warm-up thread).
    The service works for the window's day."""
    from closeplan.services.deals import DealService, recovery_text, system_clock

    if demo:
        return demo_workspace(today, checked), None
    recovery = _health(database, checked)
    service = DealService.open(database, system_clock, lambda: today)
    if recovery is not None:
        log.warning("%s", recovery_text(recovery))
    return Workspace(service, today), recovery


def _open_or_say(
    database: str, demo: bool, today: date, checked=_UNCHECKED, rescue: Callable[[], str] | None = None
) -> tuple[Workspace, Recovery | None] | None:
    """The workspace after the start-up check; None (after a message naming the file) when the
    database cannot be opened. ``rescue`` then keeps what was typed meanwhile and says where."""
    from closeplan.services.deals import DatabaseError

    try:
        if isinstance(checked, DatabaseError):
            raise checked
        return open_workspace(database, demo, today, checked)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", type(exc).__name__)
        kept = rescue() if rescue is not None else ""
        box = QMessageBox(
            QMessageBox.Icon.Critical, "closeplan", translate("ErrorReporter", "The database could not be opened.")
        )
        box.setObjectName("openFailedBox")
        box.setInformativeText(
            open_failure_text(exc, str(paths.demo_database()) if demo else database) + (f"\n\n{kept}" if kept else "")
        )
        box.setDetailedText(str(exc))  # the services' own words, for whoever looks into it
        box.exec()
        return None


def _keep_early_edits(window: MainWindow) -> str:
    """The database would not open: the edits typed into the editor meanwhile are written as
    bundle files (importing one brings them back); what to tell the user, "" if none were typed."""
    from closeplan.services.deals import system_clock
    from closeplan.services.startup import keep_unsaved

    controller = window.controller
    if controller is None:
        return ""
    deals = [pending.deal for pending in controller.unsaved.values() if pending.edits]
    if not deals:
        return ""
    written = keep_unsaved(deals, system_clock())
    if not written:
        return translate("ErrorReporter", "The changes you made meanwhile could not be saved to a file either.")
    return translate(
        "ErrorReporter", "The changes you made meanwhile were saved to {file}; import it once the database opens."
    ).format(file=", ".join(str(path) for path in written))


def open_failure_text(exc: Exception, database: str) -> str:
    """Why the database could not be opened, in the UI language, naming the file (the services
    say it in English: their text is behind "Show details")."""
    from closeplan.services.deals import DatabaseDamaged, DatabaseTooNew, DatabaseUnavailable, NotACloseplanDatabase

    if isinstance(exc, DatabaseUnavailable):
        texts = {
            "busy": translate(
                "ErrorReporter",
                "Another program is using {file} right now. Close it, or wait until it has finished, "
                "and start closeplan again. Nothing was changed.",
            ),
            "read-only": translate("ErrorReporter", "{file} or its folder cannot be written to. Nothing was changed."),
            "io": translate(
                "ErrorReporter",
                "The disk could not read or write {file}. Check the drive and start closeplan again. "
                "Nothing was changed.",
            ),
        }
        text = texts.get(
            exc.reason,
            translate(
                "ErrorReporter",
                "{file} cannot be opened: it may have been moved, or be on a drive that is not connected. "
                "Nothing was changed.",
            ),
        )
    elif isinstance(exc, NotACloseplanDatabase):
        text = translate("ErrorReporter", "{file} is not a closeplan database. It was not changed.")
    elif isinstance(exc, DatabaseTooNew):
        text = translate("ErrorReporter", "{file} was saved by a newer closeplan. Update closeplan to open it.")
    elif isinstance(exc, DatabaseDamaged):
        text = translate(
            "ErrorReporter",
            "{file} is damaged and no good backup of it was found. It was not changed; "
            "the details below say what is wrong.",
        )
    else:
        return str(exc)
    return text.format(file=database)


def _opened(window: MainWindow, recovery: Recovery | None) -> None:
    """Start the backups and say what the start-up check did."""
    present(window.backup_keeper).start()
    if recovery is not None:
        from closeplan.ui.backups import recovery_message

        box = QMessageBox(QMessageBox.Icon.Warning, "closeplan", recovery_message(recovery), parent=window)
        box.setObjectName("recoveryBox")
        box.open()
        window.recovery_box = box


def start_window(database: str, demo: bool, today: date) -> MainWindow | None:
    """Open the database and show the complete window; say what the start-up check did. None
    (after a message naming the file) when the database cannot be opened."""
    opened = _open_or_say(database, demo, today)
    if opened is None:
        return None
    workspace, recovery = opened
    window = MainWindow(workspace, open_demo=lambda: demo_workspace(today))
    window.show()
    _opened(window, recovery)
    return window


# What opening the database needs that has nothing to do with Qt: loaded on another thread
# after the list is painted, so that the list scrolls and the search box takes text while
# Python reads SQLAlchemy, the scheduling rules and the holiday tables (most of a second).
WARM_UP = (
    "closeplan.services.deals",
    "closeplan.services.editing",
    "closeplan.domain.baselines",
    "closeplan.domain.route",
    "closeplan.domain.templates",
    "holidays.countries",
    # the editor's modules: only imported here (classes defined, no widget made: widgets are
    # made on the window's thread when the workspace is attached)
    "closeplan.ui.controller",
    "closeplan.ui.editor.editor",
)


class _WarmUp(QObject):
    """On a thread of its own: imports WARM_UP and runs the database's health check (its
    outcome, a Recovery, None or the DatabaseError, is kept in ``checked``); then calls back on
    the window's thread."""

    finished = Signal()

    def __init__(self, parent: QObject, target: str, callback: Callable[[], object]):
        super().__init__(parent)
        self.checked = _UNCHECKED
        self._target = target
        self.finished.connect(callback, Qt.ConnectionType.QueuedConnection)
        self.worker = threading.Thread(target=self._run, name="closeplan-warm-up", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        try:
            for name in WARM_UP:
                importlib.import_module(name)
            from closeplan.services.deals import DatabaseError, DealService, system_clock

            try:
                self.checked = DealService.health_check(self._target, system_clock)
            except DatabaseError as exc:
                self.checked = exc
        except Exception as exc:  # opening the database meets it again on the window's thread, and says it
            # its kind and where, never its text (it may hold SQL or customer data)
            log.error(
                "preparing to open the database failed: %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)).rstrip(),
            )
        finally:
            self.finished.emit()


class _FirstPaint(QObject):
    """Calls back once, in the event loop's next turn after ``widget`` was first painted (or
    after ``at_latest`` ms, should it not be painted, e.g. on a hidden desktop)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], at_latest: int = 2000):
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(at_latest, self, self._fire)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def launch(database: str, demo: bool, today: date) -> MainWindow | None:
    """Show the window. With a first look at the database, its deal list is on screen at once
    and the database is opened right after the list is painted (when the database cannot be
    opened then, the message is shown and the app quits with status 2); otherwise the window
    comes complete, as ``start_window`` makes it."""
    target = str(paths.demo_database()) if demo else database
    look = first_look(target, today)
    if look is None:
        return start_window(database, demo, today)
    window = MainWindow(open_demo=lambda: demo_workspace(today))

    def finish() -> None:
        # a command given while the warm-up runs waits for it: the check never runs twice at once
        warm_up = getattr(window, "warm_up", None)
        if warm_up is not None:
            warm_up.worker.join()
        opened = _open_or_say(
            database,
            demo,
            today,
            warm_up.checked if warm_up is not None else _UNCHECKED,
            rescue=lambda: _keep_early_edits(window),
        )
        if opened is None:
            window.close()
            QApplication.exit(2)
            return
        workspace, recovery = opened
        # the rows on screen are kept when they are today's and the file was not put back from a backup
        window.attach(workspace, list_is_current=look.stale == 0 and recovery is None and not demo)
        _opened(window, recovery)

    window.show_first_look(look.rows, str(look.path), look.stale, ready=finish)
    if look.deal is not None and window.current_deal_id() == look.deal.id:
        from closeplan.services.clock import system_clock

        window.show_early_editor(look.deal, today, system_clock)  # taking edits before the database is open
    window.show()

    def warm_up() -> None:
        if window.workspace is None and window.isVisible():  # not attached (or closed) in the meantime
            window.warm_up = _WarmUp(window, target, window.become_ready)

    window.first_paint = _FirstPaint(window.table.viewport(), warm_up)
    return window


def _smoke_report(window: MainWindow, screenshot: str) -> None:
    window.ensure_ready()
    window.grab().save(screenshot)
    menus = [action.text() for action in window.menuBar().actions()]
    print(f"language: {i18n.current()}; menus: {' | '.join(menus)}; deals: {window.deals.rowCount()}", flush=True)
    window.close()


def already_open_text(refusal) -> str:
    """What a second start on a database another window has open says (AlreadyOpen)."""
    if refusal.raised:
        return translate(
            "SingleInstance",
            "closeplan is already open on {file} in another window. That window was brought to the front.",
        ).format(file=refusal.database)
    return translate(
        "SingleInstance",
        "closeplan is already open on {file} in another window. Switch to that "
        "window, or close it and start closeplan again.",
    ).format(file=refusal.database)


def _claim(database: str, demo: bool):
    """This app's claim on its database file (see single_instance), None for a database that is
    not a local file; AlreadyOpen when another window has it."""
    from closeplan.services.startup import sqlite_file  # the file as the first look names it
    from closeplan.ui import single_instance

    path = paths.demo_database() if demo else sqlite_file(database)
    return single_instance.claim(Path(path)) if path is not None else None


def _say_already_open(refusal) -> None:
    """Say it on standard error and, where there is a screen to show it on, in a message box."""
    text = already_open_text(refusal)
    log.info(
        "refused a second window on %s (the first %s)",
        refusal.database,
        "was brought to the front" if refusal.raised else "did not answer",
    )
    print(f"closeplan: {text}", file=sys.stderr, flush=True)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        box = QMessageBox(QMessageBox.Icon.Information, "closeplan", text)
        box.setObjectName("alreadyOpenBox")
        box.exec()


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def run(database: str, demo: bool = False, today: date | None = None) -> int:
    from closeplan.ui.single_instance import AlreadyOpen

    setup_logging()
    app = make_application()
    sys.excepthook = ErrorReporter()
    today = today or datetime.now().astimezone().date()
    try:
        claim = _claim(database, demo)  # one window per database: a second start raises the first
    except AlreadyOpen as refusal:
        _say_already_open(refusal)
        return 2
    try:
        return _run_window(app, claim, database, demo, today)
    finally:
        if claim is not None:
            claim.release()


def _run_window(app: QApplication, claim, database: str, demo: bool, today: date) -> int:
    window = launch(database, demo, today)
    if window is None:
        return 2
    if claim is not None:
        claim.raise_requested.connect(lambda: bring_to_front(window))
    smoke = os.environ.get("CLOSEPLAN_SMOKE_TEST")
    if smoke:  # checking a built bundle: start, paint, save a screenshot, say what is shown, quit
        QTimer.singleShot(0, lambda: _smoke_report(window, smoke))
    code = app.exec()
    warm_up = getattr(window, "warm_up", None)
    if warm_up is not None:  # closed at once: a recovery the check may be making is let finish
        warm_up.worker.join()
    if window.workspace is not None:
        # its deal list, and the deal on screen, are shown at once next time
        close_remembering(window.workspace.service, window.current_deal_id())
    return code
