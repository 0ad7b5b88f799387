"""Saving the selected deal's plan as a template for new deals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow


class Templates(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.template_action = self.action(
            "saveTemplate",
            QT_TRANSLATE_NOOP("MainWindow", "Save plan as &template…"),
            self.save_template,
            "Ctrl+Shift+S",
            needs="deal",
        )

    def save_template(self) -> None:
        window = self.window
        deal_id = window.current_deal_id()
        if deal_id is None:
            return
        from closeplan.services.planning import PlanningService

        deal = window.service.get_deal(deal_id)
        ask = QInputDialog(window)
        ask.setObjectName("templateNameDialog")
        ask.setWindowTitle(translate("MainWindow", "Save plan as template"))
        ask.setLabelText(translate("MainWindow", "Template name:"))
        ask.setTextValue(translate("MainWindow", "{account} plan").format(account=deal.account))
        # wide enough for the suggested name (Qt's own is 200 pixels: a long account was cut)
        wide = ask.fontMetrics().horizontalAdvance(ask.textValue()) + 80
        ask.resize(max(ask.sizeHint().width(), min(wide, 640)), ask.sizeHint().height())
        ok = ask.exec() == QInputDialog.DialogCode.Accepted
        name = ask.textValue()
        ask.deleteLater()
        if ok and name.strip():
            template = PlanningService(window.service).save_as_template(deal_id, name)
            self.say(
                translate("MainWindow", "Saved template “{name}”").format(name=template.name_in(deal.customer_language))
            )
