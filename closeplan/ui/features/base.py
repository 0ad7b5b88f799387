"""What every feature of the main window has: its actions, their texts, and when they work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from closeplan.ui.i18n import translate

if TYPE_CHECKING:
    from closeplan.ui.controller import EditController
    from closeplan.ui.editor.editor import DealEditor
    from closeplan.ui.main_window import MainWindow, Workspace

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
Needs = Literal["workspace", "deal"] | None
T = TypeVar("T")


def present(part: T | None) -> T:
    """A part of the window that ``attach`` gives it (the workspace, the controller, the editor):
    the commands that use one are enabled only once it is there."""
    if part is None:
        raise RuntimeError("the window has no database yet")
    return part


class Feature(QObject):
    """A part of the main window with its own actions (an action collection)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        self.needs_workspace: list[QAction] = []  # enabled once the database is open
        self.needs_a_deal: list[QAction] = []  # enabled while the list has a deal
        self._texts: list[tuple[QAction, str]] = []

    def action(
        self, name: str, text: str, slot: Callable[..., object], shortcut: Shortcut = None, needs: Needs = None
    ) -> QAction:
        """An action named ``name``; ``text`` is its English source (QT_TRANSLATE_NOOP in the
        "MainWindow" context), translated in retranslate_ui. Until what it ``needs`` is there
        it is disabled."""
        action = self.add(name, shortcut, needs)
        action.triggered.connect(slot)
        self._texts.append((action, text))
        return action

    def add(self, name: str, shortcut: Shortcut = None, needs: Needs = None) -> QAction:
        """An action whose text and slot the feature sets itself."""
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        self.actions.append(action)
        if needs == "workspace":
            self.needs_workspace.append(action)
        elif needs == "deal":
            self.needs_a_deal.append(action)
        if needs is not None:
            action.setEnabled(False)
        return action

    def retranslate_ui(self) -> None:
        for action, text in self._texts:
            action.setText(translate("MainWindow", text))

    def attached(self) -> None:
        """The window has its workspace now (the editor, the controller, the service)."""

    # the window's parts once attached (see ``present``)
    @property
    def workspace(self) -> Workspace:
        return present(self.window.workspace)

    @property
    def controller(self) -> EditController:
        return present(self.window.controller)

    @property
    def editor(self) -> DealEditor:
        return present(self.window.editor)

    def say(self, message: str, milliseconds: int = 8000) -> None:
        self.window.statusBar().showMessage(message, milliseconds)
