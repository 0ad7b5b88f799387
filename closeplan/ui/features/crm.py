"""Importing deals from a CRM export (Salesforce, HubSpot; CSV or xlsx)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.crm_dialog import CrmImportDialog
    from closeplan.ui.main_window import MainWindow


class CrmImport(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.crm_action = self.action(
            "importCrm",
            QT_TRANSLATE_NOOP("MainWindow", "Import from &CRM…"),
            lambda: self.import_crm(),
            "Ctrl+Shift+I",
            needs="workspace",
        )

    def import_crm(self, path: Path | None = None) -> CrmImportDialog:
        from closeplan.services.crm import CrmImportService
        from closeplan.ui.crm_dialog import CrmImportDialog

        window = self.window
        dialog = CrmImportDialog(CrmImportService(window.service), path, parent=window, run=self.controller.run)
        dialog.imported.connect(  # the runner broadcast what changed: the list refreshed from that
            lambda changes: self.say(
                translate("MainWindow", "Imported from the CRM: new {added}, updated {updated}").format(
                    added=len(changes.added), updated=len(changes.updated)
                )
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
