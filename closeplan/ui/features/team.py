"""The team server: File → Connect to team server…, Sync now and Disconnect; the sync in the
background — when the window opens on a database that syncs, every few minutes while the server
answers (sooner again while it does not), and on closing (a few seconds at most: what is not sent
waits in the outbox); the status bar's indicator; the conflict badges of the deal list and the
editor's conflict panel and read-only banner, fed from what the database says after each sync
and each edit.

A sync never runs on the window's thread: it runs on a worker thread with a DealService of its
own on the same database file (SQLite connections belong to their thread), and what it changed
comes back to the window's thread, where the window refreshes from the change record as after
any other write."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QToolButton

from closeplan.ui.features.base import Feature
from closeplan.ui.formatting import fmt_date
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.services.deals import DealService
    from closeplan.services.sync_status import SyncStatus
    from closeplan.ui.main_window import MainWindow
    from closeplan.ui.team_dialog import ConnectDialog

log = logging.getLogger(__name__)

SERVER_SETTING = "team/server"  # the last server connected to (no password), for the dialog


@dataclass
class Outcome:
    """How a sync ended: "ok" (with its report), "offline" (the server could not be reached) or
    "failed" (it refused, or the login was refused), with the service's one sentence."""

    kind: str
    report: Any = None  # closeplan.services.sync.SyncReport
    message: str = ""
    service: object | None = field(default=None, repr=False)  # the window's service it was for
    error: Exception | None = field(default=None, repr=False)  # the server's failure, worded when shown

    def said(self) -> str:
        """The failure in words in the UI language of the moment (not of when the sync ended)."""
        return server_error_text(self.error) if self.error is not None else self.message


def run_sync(path: Path, clock: Callable[[], datetime], today: Callable[[], date], author: str, url: str,
             password: str | None) -> Outcome:  # fmt: skip
    """One sync of the database file ``path`` (on the caller's thread, with a service of its own)."""
    from closeplan.services.deals import DatabaseError, DealService
    from closeplan.services.sync import SyncService
    from closeplan.services.sync_commands import keyring_password
    from closeplan.services.team import ServerError, ServerUnreachable

    try:
        service = DealService.open(path, clock, today)
        try:
            service.author = author
            report = SyncService(service, url, password=password or keyring_password(url)).sync()
        finally:
            service.close()
    except ServerUnreachable as exc:
        login = exc.cause in ("login-refused", "no-password")
        return Outcome("failed" if login else "offline", message=server_error_text(exc), error=exc)
    except ServerError as exc:
        return Outcome("failed", message=server_error_text(exc), error=exc)
    except DatabaseError as exc:
        log.warning("a sync could not use the database: %s", type(exc).__name__)
        return Outcome("failed", message=str(exc))
    except Exception as exc:  # never let a sync take the app down; its text may hold customer data
        log.error("a sync failed: %s", type(exc).__name__, exc_info=True)
        return Outcome("failed", message=type(exc).__name__)
    return Outcome("ok", report=report)


def server_error_text(exc) -> str:
    """A team-server failure in the UI language (the server's own words, if any, stay as it
    said them); an error the services did not classify keeps its English sentence."""
    texts = {
        "login-refused": translate(
            "TeamSync", "The team server {server} refused the login (wrong password, or no such user)."
        ),
        "no-password": translate(
            "TeamSync",
            "No password for the team server {server}: connect again (File → Connect to team server…), "
            "or use PGPASSWORD or ~/.pgpass.",
        ),
        "nobody-listening": translate("TeamSync", "Nothing answers at {server} (connection refused)."),
        "no-answer": translate("TeamSync", "The team server {server} did not answer in time."),
        "unreachable": translate("TeamSync", "Cannot reach the team server {server}: {detail}"),
        "broken": translate(
            "TeamSync",
            "The connection to the team server {server} broke; nothing is lost, the next sync sends it again.",
        ),
        "refused": translate("TeamSync", "The team server {server} refused: {detail}"),
        "no-schema": translate(
            "TeamSync", "The team server {server} is not set up yet: an admin runs “closeplan server init”."
        ),
    }
    template = texts.get(getattr(exc, "cause", ""))
    if template is None or not getattr(exc, "server", ""):
        return str(exc)
    return template.format(server=exc.server, detail=exc.detail)


class SyncIndicator(QToolButton):
    """The status bar's word on the sync; a click syncs now (or, not connected, connects)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class TeamSync(Feature):
    INTERVAL_MS = 5 * 60 * 1000  # while the server answers
    RETRY_MS = 60 * 1000  # while it does not: soon after the network is back
    START_MS = 1000  # after the window opened on a database that syncs
    CLOSING_WAIT_S = 5.0  # on closing, at most: then the outbox keeps what was not sent

    finished = Signal(object)  # an Outcome, from the worker thread to the window's

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.connect_action = self.action(
            "connectServer",
            QT_TRANSLATE_NOOP("MainWindow", "Connect to &team server…"),
            lambda: self.open_connect(),
            needs="workspace",
        )
        self.sync_action = self.action(
            "syncNow", QT_TRANSLATE_NOOP("MainWindow", "S&ync with team server"), self.sync_now, "F9", needs="workspace"
        )
        self.disconnect_action = self.action(
            "disconnectServer",
            QT_TRANSLATE_NOOP("MainWindow", "Disconnect from team server…"),
            self.disconnect_server,
            needs="workspace",
        )
        self.indicator = SyncIndicator()
        self.indicator.clicked.connect(self._indicator_clicked)
        window.statusBar().addPermanentWidget(self.indicator)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.finished.connect(self._finished)
        self.status: SyncStatus | None = None  # as the database says (after attach)
        self.url: str | None = None  # the server this window syncs with (no password)
        self.password: str | None = None  # typed in the dialog with no keyring: this session only
        self.outcome: Outcome | None = None  # how the last sync ended
        self.dialog: ConnectDialog | None = None
        self._thread: threading.Thread | None = None
        self._busy = False  # from the start of a sync until its outcome is back on this thread
        self._failure_said = ""  # the failure the status bar was given, cleared by the next good sync
        self._service: DealService | None = None  # the window's service the state was read for
        self._closing = False
        self._network: Any = None  # QNetworkInformation, when the system has a backend
        self._show()

    # --- the window ------------------------------------------------------------------------
    def attached(self) -> None:
        self.controller.deal_changed.connect(self._deal_changed)
        self.editor.conflict_panel.decided.connect(self.decide)
        self.window.deals.modelReset.connect(self._list_read)  # a reload: maybe another database
        self._start()

    def _start(self) -> None:
        """Read the link of the window's database; sync soon when it has one."""
        self._service = self.window.service
        self.url, self.password, self.outcome = None, None, None
        self.timer.stop()
        self.refresh()
        if self.status is not None and self.status.server:
            self.url = self.status.server
            self._show()
            self._watch_network()
            self.timer.start(self.START_MS)

    def _list_read(self) -> None:
        if self.window.workspace is not None and self.window.service is not self._service:
            self._start()  # the demo was opened in place of the database

    def _deal_changed(self, _deal_id: object, _changes: object) -> None:
        # the outbox grew by the edit (a trigger queues each action); a decision closed a conflict
        if self.connected or (self.status is not None and self.status.conflicts):
            self.refresh()

    @property
    def connected(self) -> bool:
        return self.url is not None

    @property
    def running(self) -> bool:
        """A sync was started and its outcome has not come back yet."""
        return self._busy

    def refresh(self) -> None:
        """Read the link's state (after an edit, a sync, a decision) and show it everywhere."""
        if self.window.workspace is None or self._closing:
            return
        from closeplan.services.sync_status import status

        self.status = status(self.window.service)
        self.window.deals.set_conflicts(self.status.conflicts)
        self.editor.show_team_state(self.status.conflicts)
        self._show()

    # --- the indicator ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._show()

    def _show(self) -> None:
        self.indicator.setText(self.indicator_text())
        self.indicator.setToolTip(self._tooltip())
        for action in (self.sync_action, self.disconnect_action):
            action.setVisible(self.connected)

    def indicator_text(self) -> str:
        """ "synced at 10:42 · 3 changes waiting", "offline · 3 changes waiting", "syncing…",
        "not connected"."""
        if not self.connected:
            return translate("TeamSync", "not connected")
        if self.running:
            return translate("TeamSync", "syncing…")
        waiting = self.status.waiting if self.status is not None else 0
        kind = self.outcome.kind if self.outcome is not None else "ok"
        if kind == "offline":
            state = translate("TeamSync", "offline")
        elif kind == "failed":
            state = translate("TeamSync", "not synced")
        elif self.status is not None and self.status.last_synced_at is not None:
            state = translate("TeamSync", "synced at {time}").format(time=self._when(self.status.last_synced_at))
        else:
            state = translate("TeamSync", "not synced yet")
        if waiting == 1:
            return state + " · " + translate("TeamSync", "1 change waiting")
        if waiting:
            return state + " · " + translate("TeamSync", "{count} changes waiting").format(count=waiting)
        return state

    def _when(self, at: datetime) -> str:
        """When the last sync was, in local time: the hour today, else the day and the hour."""
        local = at.astimezone()
        if local.date() == self.workspace.today:
            return f"{local:%H:%M}"
        return f"{fmt_date(local.date())} {local:%H:%M}"

    def _tooltip(self) -> str:
        if not self.connected:
            return translate("TeamSync", "This database is not synced with a team server: click to connect.")
        lines = [translate("TeamSync", "Team server: {server}").format(server=self.url)]
        if self.outcome is not None and self.outcome.kind != "ok" and self.outcome.said():
            from closeplan.ui.team_dialog import sentence

            lines.append(sentence(self.outcome.said()))
        if self.status is not None and self.status.last_synced_at is not None:
            lines.append(
                translate("TeamSync", "Last synced: {time}").format(
                    time=f"{fmt_date(self.status.last_synced_at.astimezone().date())} "
                    f"{self.status.last_synced_at.astimezone():%H:%M}"
                )
            )
        lines.append(translate("TeamSync", "Click to sync now (F9)."))
        return "\n".join(lines)

    def _indicator_clicked(self) -> None:
        if self.window.workspace is None:
            return
        if self.connected:
            self.sync_now()
        else:
            self.open_connect()

    # --- connecting ------------------------------------------------------------------------------
    def open_connect(self) -> ConnectDialog | None:
        from closeplan.ui.team_dialog import ConnectDialog

        if not self.window.ensure_ready():
            return None
        if self.workspace.is_demo:
            self.say(
                translate(
                    "TeamSync",
                    "The demo database is not synced with a team server: open your own database to connect it.",
                ),
                20000,
            )
            return None
        remembered = QSettings().value(SERVER_SETTING, "")
        url = self.url or (remembered if isinstance(remembered, str) else "")
        dialog = ConnectDialog(url, parent=self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.connect_to(dialog.url, dialog.password, dialog.keyring_problem))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ConnectDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def connect_to(self, url: str, password: str = "", keyring_problem: str | None = None) -> None:
        """Sync with the server at ``url`` from now on (its password: in the keyring, or for this
        session only when there is no keyring), and sync now."""
        QSettings().setValue(SERVER_SETTING, url)  # the URL only: never a password
        self.url = url
        self.password = password if keyring_problem and password else None
        self.outcome = None
        if keyring_problem:
            self._say_no_keyring(keyring_problem)
        self._watch_network()
        self.sync_now()

    def _say_no_keyring(self, problem: str) -> None:
        first = (
            translate("TeamSync", "There is no system keyring on this computer, so the password was not saved.")
            if problem == "none"
            else translate("TeamSync", "The system keyring did not take the password, so it was not saved.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("TeamSync", "Password not saved"),
            first,
            parent=self.window,
        )
        box.setObjectName("noKeyringBox")
        box.setInformativeText(
            translate(
                "TeamSync",
                "closeplan uses it until it closes. To sync after that without typing it again, set PGPASSWORD "
                "or put the password in ~/.pgpass (PostgreSQL's own password file).",
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def disconnect_server(self) -> None:
        """Stop syncing this database (after asking, when changes are still waiting)."""
        if not self.connected or not self.window.ensure_ready():
            return
        if self.running:
            self.say(translate("TeamSync", "A sync is running: disconnect when it is done."))
            return
        waiting = self.status.waiting if self.status is not None else 0
        if not self.confirm_disconnect(waiting):
            return
        from closeplan.services.sync_status import disconnect

        url = self.url or ""
        self.controller.run(lambda: disconnect(self.window.service))
        self._forget_password(url)
        self.url, self.password, self.outcome = None, None, None
        self.timer.stop()
        self.window.reload()  # the team's read-only deals may be changed here now
        self.refresh()
        self.say(translate("TeamSync", "Disconnected from the team server; the deals stay in this database."))

    def confirm_disconnect(self, waiting: int) -> bool:  # a method of its own: tests put their answer in its place
        text = translate("TeamSync", "Stop syncing this database with the team server?")
        if waiting:
            text += "\n\n" + (
                translate(
                    "TeamSync", "{count} change has not been sent yet: it stays in this database but is never sent."
                )
                if waiting == 1
                else translate(
                    "TeamSync", "{count} changes have not been sent yet: they stay in this database but are never sent."
                )
            ).format(count=waiting)
        answer = QMessageBox.question(self.window, translate("TeamSync", "Disconnect from team server"), text)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _forget_password(url: str) -> None:
        try:
            import keyring

            from closeplan.services.sync_commands import KEYRING_SERVICE, keyring_key

            keyring.delete_password(KEYRING_SERVICE, keyring_key(url))
        except Exception:  # no keyring, or nothing in it: nothing to forget
            pass

    # --- syncing --------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync on a worker thread (False when none could start)."""
        if self._closing or self.window.workspace is None:
            return False
        if not self.connected:
            self.open_connect()
            return False
        if self.running:
            self.say(translate("TeamSync", "A sync is running; its outcome shows here when it is done."))
            return False
        service = self.window.service
        path = service.file
        if path is None:
            self.say(translate("TeamSync", "Only a database file can be synced."))
            return False
        self.timer.stop()
        url = self.url or ""
        args = (path, service.clock, service.today, service.author, url, self.password)
        self._thread = threading.Thread(target=self._run, args=(service, args), name="closeplan-sync", daemon=True)
        self._busy = True
        self._thread.start()
        self._show()
        return True

    def _run(self, service: DealService, args: tuple[Any, ...]) -> None:  # on the worker thread
        outcome = run_sync(*args)
        outcome.service = service
        try:
            self.finished.emit(outcome)
        except RuntimeError:  # the window is gone: the database has what the sync did
            pass

    def _finished(self, outcome: Outcome) -> None:
        """On the window's thread: refresh from what the sync changed, plan the next one."""
        self._busy = False
        if self._closing or self.window.workspace is None or outcome.service is not self.window.service:
            return
        before = self.outcome
        self.outcome = outcome
        if outcome.kind == "ok":
            bar = self.window.statusBar()
            if self._failure_said and bar.currentMessage() == self._failure_said:
                bar.clearMessage()  # the "offline" said before is over
            self._failure_said = ""
            self._apply(outcome.report)
        elif before is None or before.kind != outcome.kind:  # said once, not every retry
            from closeplan.ui.team_dialog import sentence

            what = (
                translate("TeamSync", "Offline: {reason}")
                if outcome.kind == "offline"
                else translate("TeamSync", "Not synced: {reason}")
            )
            self._failure_said = what.format(reason=sentence(outcome.message))
            self.say(self._failure_said, 20000)
        self.refresh()
        if self.connected:
            self.timer.start(self.INTERVAL_MS if outcome.kind == "ok" else self.RETRY_MS)

    def _apply(self, report: Any) -> None:
        window = self.window
        changes = report.changes
        touched: list[uuid.UUID] = [*changes.added, *changes.updated, *changes.removed]
        window.service.forget_cached(touched)  # and the rights the server gives, read anew
        if changes.removed:
            window.reload()  # (the window's own path for removals is the undoable delete's)
        elif changes:
            window.deal_changed(None, changes)
        if report.refused:
            self.say(
                (
                    translate("TeamSync", "The team server refused {count} change to a deal you may not change.")
                    if report.refused == 1
                    else translate("TeamSync", "The team server refused {count} changes to deals you may not change.")
                ).format(count=report.refused),
                20000,
            )
        elif report.held:
            self.say(
                (
                    translate(
                        "TeamSync",
                        "{count} deal is kept as it is here: the team's changes to it do not fit together. "
                        "It is taken as soon as a change makes them fit.",
                    )
                    if report.held == 1
                    else translate(
                        "TeamSync",
                        "{count} deals are kept as they are here: the team's changes to them do not fit together. "
                        "They are taken as soon as a change makes them fit.",
                    )
                ).format(count=report.held),
                20000,
            )
        elif report.mended:
            self.say(
                (
                    translate(
                        "TeamSync",
                        "Synced: {count} deal mended where the team's changes did not fit together (see its History).",
                    )
                    if report.mended == 1
                    else translate(
                        "TeamSync",
                        "Synced: {count} deals mended where the team's changes did not fit together "
                        "(see their History).",
                    )
                ).format(count=report.mended),
                20000,
            )
        elif report.conflicts and (self.status is None or sum(self.status.conflicts.values()) < report.conflicts):
            self.say(
                (
                    translate("TeamSync", "Synced: {count} conflict to decide (marked in the deal list).")
                    if report.conflicts == 1
                    else translate("TeamSync", "Synced: {count} conflicts to decide (marked in the deal list).")
                ).format(count=report.conflicts),
                20000,
            )

    def _watch_network(self) -> None:
        """Sync as soon as the system says the network is back (when it can say so)."""
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                self._network = False
                return
            information = QNetworkInformation.instance()
            information.reachabilityChanged.connect(self._reachability)
            self._network = information
        except Exception:  # no QtNetwork plugin: the retry timer does it
            self._network = False

    def _reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        online = reachability == QNetworkInformation.Reachability.Online
        if online and self.connected and self.outcome is not None and self.outcome.kind == "offline":
            self.sync_now()

    # --- conflicts ------------------------------------------------------------------------------
    def decide(self, conflict_id: uuid.UUID, keep: str) -> None:
        """Keep mine or theirs: the decision is an operation of the deal (through the window's
        one write runner), sent with the next sync — started soon."""
        from closeplan.services.sync import resolve_conflict

        deal = self.editor.deal
        service = self.window.service
        try:
            self.controller.run(lambda: resolve_conflict(service, conflict_id, keep), deal.id if deal else None)
        except LookupError:  # decided meanwhile (by a sync): what is there is shown
            self.say(translate("TeamSync", "This conflict was decided already."))
        self.refresh()
        if self.connected and not self.running:
            self.timer.start(2000)

    # --- closing --------------------------------------------------------------------------------
    def closing(self) -> None:
        """The window closes: send what waits, a few seconds at most (then the outbox keeps it)."""
        self.timer.stop()
        if not self.connected or self.window.workspace is None or self._closing:
            self._closing = True
            return
        started = time.monotonic()
        if self._alive():
            self._join(self.CLOSING_WAIT_S)
        waiting = self._waiting_now()
        self._closing = True
        left = self.CLOSING_WAIT_S - (time.monotonic() - started)
        if waiting and not self._alive() and left > 0.5:
            self.indicator.setText(translate("TeamSync", "syncing…"))
            service = self.window.service
            if service.file is not None:
                args = (service.file, service.clock, service.today, service.author, self.url or "", self.password)
                self._thread = threading.Thread(target=run_sync, args=args, name="closeplan-sync", daemon=True)
                self._thread.start()
                self._join(left)
        if self._alive():
            log.info("closing before the sync ended: the outbox keeps what was not sent")

    def _alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _join(self, seconds: float) -> None:
        """Wait at most ``seconds`` for the sync thread. Polled with sleeps, not a timed join: a
        timed wait on a lock computes its deadline from a clock that faketime moves, and then
        waits by another one (the suite runs with the clock moved)."""
        import time

        deadline = time.monotonic() + max(0.0, seconds)
        while self._alive() and time.monotonic() < deadline:
            time.sleep(0.02)

    def _waiting_now(self) -> int:
        from closeplan.services.sync_status import status

        try:
            return status(self.window.service).waiting
        except Exception:  # the database is gone: nothing to send
            return 0
