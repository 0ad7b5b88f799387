"""The demo: four real close plans in a database of their own, opened in place of the current
one (from the File menu, or the empty list's button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow, Workspace


class Demo(Feature):
    def __init__(self, window: MainWindow, open_demo: Callable[[], Workspace] | None):
        super().__init__(window)
        self._open_demo = open_demo
        self.demo_action = self.action(
            "openDemo", QT_TRANSLATE_NOOP("MainWindow", "Open the &demo"), self.open_demo, needs="workspace"
        )

    def open_demo(self) -> None:
        window = self.window
        if self._open_demo is None or not window.ensure_ready():
            return
        workspace = self._open_demo()
        old = self.workspace
        window.workspace = workspace
        self.controller.service = workspace.service  # (its edits go there too)
        if old.service is not workspace.service:
            old.service.close()
        window.search.clear()
        window.reload()
