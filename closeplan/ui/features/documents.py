"""The selected deal's documents: the customer's close plan and the internal review as PDF
(through the export dialog), and the customer's plan as a calendar or a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.export_dialog import ExportDialog
    from closeplan.ui.main_window import MainWindow


class Documents(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.pdf_action = self.action(
            "exportPdf",
            QT_TRANSLATE_NOOP("MainWindow", "Export close plan &PDF…"),
            lambda: self.export_pdf("customer"),
            "Ctrl+P",
            needs="deal",
        )
        self.review_action = self.action(
            "exportReview",
            QT_TRANSLATE_NOOP("MainWindow", "Export internal &review PDF…"),
            lambda: self.export_pdf("internal"),
            "Ctrl+Shift+P",
            needs="deal",
        )
        self.ics_action = self.action(
            "exportIcs",
            QT_TRANSLATE_NOOP("MainWindow", "Export plan as &calendar (.ics)…"),
            lambda: self.export_customer_file("ics"),
            "Ctrl+Shift+K",
            needs="deal",
        )
        self.sheet_action = self.action(
            "exportSheet",
            QT_TRANSLATE_NOOP("MainWindow", "Export plan as &spreadsheet…"),
            lambda: self.export_customer_file("xlsx"),
            "Ctrl+Shift+X",
            needs="deal",
        )

    def export_pdf(self, audience: str) -> ExportDialog | None:
        window = self.window
        deal_id = window.current_deal_id()
        if deal_id is None:
            return None
        from closeplan.services.exports import ExportService
        from closeplan.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            ExportService(window.service),
            deal_id,
            self.workspace.today,
            audience,
            parent=window,
            run=self.controller.run,
        )
        dialog.accepted.connect(lambda: self.say(translate("MainWindow", "Wrote {path}").format(path=dialog.saved_to)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_customer_file(self, fmt: str, target: str | None = None) -> Path | None:
        """The customer's plan as a calendar (.ics) or spreadsheet (.xlsx or .csv)."""
        window = self.window
        deal_id = window.current_deal_id()
        if deal_id is None:
            return None
        from closeplan.services.exports import ExportService

        exports = ExportService(window.service)
        if target is None:
            if fmt == "ics":
                filters = translate("MainWindow", "Calendar (*.ics)")
            else:
                filters = translate("MainWindow", "Excel workbook (*.xlsx);;CSV (*.csv)")
            suggested = str(Path.home() / exports.suggested_name(deal_id, "customer", "." + fmt))
            target, chosen = QFileDialog.getSaveFileName(
                window, translate("MainWindow", "Export the plan"), suggested, filters
            )
            if not target:
                return None
            if fmt != "ics" and (target.lower().endswith(".csv") or "csv" in chosen.lower()):
                fmt = "csv"
        path = Path(target)
        if path.suffix.lower() != "." + fmt:
            path = path.with_suffix("." + fmt)
        exports.write_customer_file(deal_id, fmt, path, self.workspace.today)
        self.say(translate("MainWindow", "Wrote {path}").format(path=path))
        return path
