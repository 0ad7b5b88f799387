"""Undo and Redo: they act on the edit controller's undo group once the workspace is attached,
and name what they undo ("Undo Rename deal") in the UI language of the moment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import translate

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow


class UndoRedo(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.undo_action = self.add("undo", "Ctrl+Z")
        self.redo_action = self.add("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)

    def attached(self) -> None:
        group = self.controller.group
        self.undo_action.triggered.connect(group.undo)
        self.redo_action.triggered.connect(group.redo)
        for signal in (
            group.canUndoChanged,
            group.canRedoChanged,
            group.undoTextChanged,
            group.redoTextChanged,
            group.activeStackChanged,
        ):
            signal.connect(self.update)

    def retranslate_ui(self) -> None:
        if self.window.controller is not None:
            self.window.controller.retranslate()  # (the group's texts change: update follows)
        self.update()

    def update(self, *_args) -> None:
        controller, editor = self.window.controller, self.window.editor
        if controller is None or editor is None:  # (both come with the workspace)
            for action, text in (
                (self.undo_action, translate("MainWindow", "&Undo")),
                (self.redo_action, translate("MainWindow", "&Redo")),
            ):
                action.setText(text)
            return
        group = controller.group
        # while a deal has edits the database refused, undo would only fail as well
        blocked = bool(editor.deal and editor.deal.id in controller.unsaved)
        for action, can, what, plain, named in (
            (
                self.undo_action,
                group.canUndo(),
                group.undoText(),
                translate("MainWindow", "&Undo"),
                translate("MainWindow", "&Undo {what}"),
            ),
            (
                self.redo_action,
                group.canRedo(),
                group.redoText(),
                translate("MainWindow", "&Redo"),
                translate("MainWindow", "&Redo {what}"),
            ),
        ):
            action.setEnabled(can and not blocked)
            action.setText(named.format(what=what) if can and what else plain)
