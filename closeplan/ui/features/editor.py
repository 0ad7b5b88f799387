"""The editor's commands in the window's menus: Alt+1… for its tabs, the account calendar, and
the plan tab's own actions in the Plan menu once the editor is there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from closeplan.ui.editor.tabs import TABS as EDITOR_TABS
from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow


class EditorCommands(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.account_action = self.action(
            "accountCalendar",
            QT_TRANSLATE_NOOP("MainWindow", "Account &calendar and authority table…"),
            lambda: self.editor.edit_account_calendar(),
            "Ctrl+Shift+A",
            needs="workspace",
        )
        self.tab_actions = []
        for i in range(len(EDITOR_TABS)):
            action = self.add(f"tab{i + 1}", f"Alt+{i + 1}", needs="workspace")
            action.triggered.connect(lambda _c=False, i=i: self.show_tab(i))
            self.tab_actions.append(action)

    def attached(self) -> None:
        for action in self.editor.plan.actions_.values():
            self.window.plan_menu.addAction(action)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for action, (_key, title) in zip(self.tab_actions, EDITOR_TABS):
            action.setText(translate("DealEditor", title))

    def show_tab(self, index: int) -> None:
        if not self.window.ensure_ready():
            return
        tabs = self.editor.tabs
        tabs.setCurrentIndex(index)
        tabs.currentWidget().setFocus()
