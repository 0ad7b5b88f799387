"""Backups: the keeper that takes today's and this week's copy of the database, the list of
backups, and restoring one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from closeplan.ui.features.base import Feature, present
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.backups import BackupDialog, BackupKeeper
    from closeplan.ui.main_window import MainWindow


class Backups(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.restore_action = self.action(
            "restoreBackup",
            QT_TRANSLATE_NOOP("MainWindow", "Restore from &backup…"),
            self.open_backups,
            "Ctrl+Shift+B",
            needs="workspace",
        )

    def keeper(self) -> BackupKeeper:
        """The keeper of the open database's backups (started by the app once the window is up)."""
        from closeplan.ui.backups import BackupKeeper

        window = self.window
        keeper = BackupKeeper(lambda: self.workspace.service, window)
        keeper.failed.connect(
            lambda message: self.say(translate("MainWindow", "The backup failed: {error}").format(error=message), 30000)
        )
        return keeper

    def open_backups(self) -> BackupDialog:
        from closeplan.ui.backups import BackupDialog

        dialog = BackupDialog(self.window.service, parent=self.window)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Path) -> None:
        """Replace the database's content with a backup; undo history refers to the old content,
        so it is cleared. What was there is kept as a backup (the service does that)."""
        window = self.window
        present(window.backup_keeper).wait()
        self.controller.forget_history()
        failed: list[str] = []
        safety = self.controller.run(lambda: window.service.restore_backup(Path(backup)), on_failure=failed.append)
        if failed:
            self.say(failed[0], 20000)
            return
        window.deals.set_rows([])
        window.reload()
        message = translate("MainWindow", "Restored {backup}.").format(backup=Path(backup).name)
        if safety is not None:
            message += " " + translate("MainWindow", "What was there before is kept as {file}.").format(
                file=safety.name
            )
        self.say(message, 20000)
