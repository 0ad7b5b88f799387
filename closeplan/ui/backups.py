"""Backups in the app: taken in the background (after start-up, hourly if the day has none yet,
and when the window closes), and File → Restore from backup…"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from closeplan.services.deals import Backup, DatabaseError, DealService, Recovery
from closeplan.ui.formatting import fmt_date
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate

log = logging.getLogger(__name__)

HOURLY_MS = 60 * 60 * 1000


class BackupKeeper(QObject):
    """Keeps today's and this week's backup of the open database. Copies run on a worker thread
    (SQLite's backup API works beside the app's own connections); a failure is logged and
    reported once through ``failed``."""

    failed = Signal(str)

    def __init__(self, service: Callable[[], DealService], parent=None):
        super().__init__(parent)
        self._service = service
        self._thread: threading.Thread | None = None
        self._reported = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.take_if_due)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.take_if_due)

    def take_if_due(self) -> None:
        """Today's backup, if there is none yet (in the background)."""
        if self._thread is not None and self._thread.is_alive():
            return
        service = self._service()
        self._thread = threading.Thread(target=self._take, args=(service, True), name="closeplan-backup", daemon=True)
        self._thread.start()

    def take_now(self) -> None:
        """Refresh today's and this week's backup and wait for it (on closing)."""
        self.wait()
        self._take(self._service(), False)

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _take(self, service: DealService, only_if_missing: bool) -> None:
        # the first backup after start checks the whole database first (integrity_check, which
        # finds damaged indexes that the start-up's quick check misses), off the window's thread
        checked, self._checked = not getattr(self, "_checked", False), True
        try:
            rotation = service.backup(only_if_missing=only_if_missing, checked=checked)
            if rotation.written:
                log.info("backed up %s to %s", service.location, ", ".join(str(p) for p in rotation.written))
        except Exception as exc:  # never let a backup failure take the app down
            # closeplan's own failures say what happened; of anything else, only its kind
            said = str(exc) if isinstance(exc, (DatabaseError, OSError)) else type(exc).__name__
            log.error("backup of %s failed: %s", service.location, said)
            if not self._reported:
                self._reported = True
                self.failed.emit(said)


def kind_text(kind: str) -> str:
    names = {
        "daily": translate("BackupDialog", "Daily"),
        "weekly": translate("BackupDialog", "Weekly"),
        "before-migration": translate("BackupDialog", "Before an update"),
        "before-restore": translate("BackupDialog", "Before a restore"),
        # a backup with more deals than the copy that would have replaced it (never rotated away)
        "kept": translate("BackupDialog", "Kept (had more deals)"),
    }
    return names.get(kind, kind)


class BackupDialog(Retranslating, QDialog):
    """The backups of the open database, newest first; restoring one asks first."""

    restore_requested = Signal(object)  # Path of the chosen backup

    def __init__(self, service: DealService, parent=None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.service = service
        self.resize(760, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("openBackupFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.backups: list[Backup] = []
        self.confirm: Callable[[Backup], bool] = self._confirm
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("BackupDialog", "Restore from backup"))
        self.restore_button.setText(translate("BackupDialog", "&Restore…"))
        self.folder_button.setText(translate("BackupDialog", "Open backup &folder"))
        self.intro.setText(
            translate(
                "BackupDialog",
                "closeplan keeps a copy of your database for each of the last 7 days and 4 weeks, "
                "checked when it is made. They are in {folder}. Restoring one replaces what is in the database now; "
                "the current content is kept as a backup first, so a restore can be undone from this list.",
            ).format(folder=self.service.backup_folder)
        )
        self.refresh()

    def refresh(self) -> None:
        self.backups = self.service.backups()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                translate("BackupDialog", "Taken"),
                translate("BackupDialog", "Kind"),
                translate("BackupDialog", "Deals"),
                translate("BackupDialog", "Size"),
                translate("BackupDialog", "File"),
            ]
        )
        for backup in self.backups:
            deals = self.service.deals_in_backup(backup.path)
            cells = [
                f"{fmt_date(backup.taken.date())} {backup.taken:%H:%M}",
                kind_text(backup.kind),
                "—" if deals is None else str(deals),
                f"{backup.size / 1e6:.1f} MB",
                backup.path.name,
            ]
            items = [QStandardItem(text) for text in cells]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm(backup):
            self.restore_requested.emit(backup.path)
            self.refresh()

    def _confirm(self, backup: Backup) -> bool:
        answer = QMessageBox.question(
            self,
            translate("BackupDialog", "Restore from backup"),
            translate(
                "BackupDialog",
                "Replace the database with the backup taken {when}? Changes made since then will "
                "not be in it; what is there now is kept as a backup.",
            ).format(when=f"{fmt_date(backup.taken.date())} {backup.taken:%H:%M}"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_folder(self) -> None:
        if self.service.backup_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.service.backup_folder)))


# What the start-up check found (closeplan.store.backups says it in English, for the log and
# the command line: its sentences start so), in the UI language; SQLite's own words stay there.
DAMAGE = (
    ("it is not an SQLite database file", QT_TRANSLATE_NOOP("BackupDialog", "it is no longer an SQLite database file")),
    ("it is empty (0 bytes)", QT_TRANSLATE_NOOP("BackupDialog", "it is empty (0 bytes)")),
    ("it has none of closeplan's tables", QT_TRANSLATE_NOOP("BackupDialog", "it has none of closeplan's tables")),
    ("SQLite's check found damage", QT_TRANSLATE_NOOP("BackupDialog", "SQLite's check found damage in it")),
    ("SQLite reports", QT_TRANSLATE_NOOP("BackupDialog", "SQLite reports it damaged")),
)


def damage_words(problem: str) -> str:
    """The start-up check's finding in the UI language (as found, if it is none of DAMAGE)."""
    for start, words in DAMAGE:
        if problem.startswith(start):
            return translate("BackupDialog", words)
    return problem


def recovery_message(recovery: Recovery) -> str:
    """What the start-up check did, in the UI language."""
    backup = recovery.restored_from
    return translate(
        "BackupDialog",
        "The database {database} was damaged ({problem}). closeplan put the newest good backup "
        "in its place, taken {when}; changes made after that are not in it. The damaged file was kept, "
        "not deleted: {kept}",
    ).format(
        database=recovery.database,
        problem=damage_words(recovery.problem),
        when=f"{fmt_date(backup.taken.date())} {backup.taken:%H:%M}",
        kept=", ".join(Path(p).name for p in recovery.moved_aside),
    )
