"""A new deal (the wizard) and deleting the selected one; Undo brings either back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow
    from closeplan.ui.wizard import NewDealWizard


class DealCommands(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.new_action = self.action(
            "newDeal",
            QT_TRANSLATE_NOOP("MainWindow", "&New deal…"),
            self.new_deal,
            QKeySequence.StandardKey.New,
            needs="workspace",
        )
        self.delete_deal_action = self.action(
            "deleteDeal",
            QT_TRANSLATE_NOOP("MainWindow", "&Delete deal"),
            self.delete_deal,
            "Ctrl+Shift+Del",
            needs="deal",
        )

    def new_deal(self) -> None:
        window = self.window
        if not window.ensure_ready():
            return
        from closeplan.services.planning import PlanningService
        from closeplan.ui.wizard import NewDealWizard

        wizard = NewDealWizard(PlanningService(window.service), self.workspace.today, parent=window)
        wizard.accepted.connect(lambda: window._deal_created(wizard))
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()

    def deal_created(self, wizard: NewDealWizard) -> None:
        from closeplan.services.deals import Changes

        window = self.window
        deal = wizard.created
        if deal is None:
            return
        self.controller.record_created(deal, translate("MainWindow", "Create {name}").format(name=deal.name))
        window.search.clear()
        for box in window.filters:
            box.setCurrentIndex(0)
        window.deal_changed(deal.id, Changes(added=[deal.id]))
        window.select_deal(deal.id)
        for feature in window.features:  # the first deal of an empty database: now there is one
            for action in feature.needs_a_deal:
                action.setEnabled(True)
        self.say(
            translate("MainWindow", "Created {account} — {name} (steps: {count})").format(
                account=deal.account, name=deal.name, count=len(deal.steps)
            )
        )

    def delete_deal(self) -> None:
        """Delete the selected deal; Undo (Ctrl+Z) brings it back."""
        window = self.window
        deal_id = window.current_deal_id()
        if deal_id is None:
            return
        summary = window.deals.summary(window.deals.row_of(deal_id))
        if not self.controller.delete_deal(deal_id, translate("MainWindow", "Delete {name}").format(name=summary.name)):
            return  # refused: the editor says why
        self.say(
            translate("MainWindow", "Deleted {account} — {name}. Undo (Ctrl+Z) brings it back.").format(
                account=summary.account, name=summary.name
            ),
            10000,
        )
