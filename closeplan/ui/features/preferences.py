"""The preferences dialog (language, currency, vendor logo): it needs no database, so it works at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow
    from closeplan.ui.preferences import PreferencesDialog


class Preferences(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.preferences_action = self.action(
            "preferences",
            QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
            self.open_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))

    def open_preferences(self) -> PreferencesDialog:
        from closeplan.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
