"""Deal bundles: importing files and folders (the menu, or dropped on the window) and
exporting the selected deal as a bundle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from closeplan.ui.importing import ImportResultDialog
    from closeplan.ui.main_window import MainWindow


class Bundles(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.import_action = self.action(
            "importBundles",
            QT_TRANSLATE_NOOP("MainWindow", "&Import bundles…"),
            self.import_bundles,
            "Ctrl+I",
            needs="workspace",
        )
        self.export_action = self.action(
            "exportBundle",
            QT_TRANSLATE_NOOP("MainWindow", "&Export deal as bundle…"),
            self.export_bundle,
            "Ctrl+E",
            needs="deal",
        )

    def import_bundles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("MainWindow", "Import deal bundles"),
            str(Path.home()),
            translate("MainWindow", "closeplan bundles (*.json);;All files (*)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> ImportResultDialog | None:
        """Import bundle files or folders (menu and drag & drop) and show what happened."""
        from closeplan.ui.importing import import_and_report

        window = self.window
        window.ensure_ready()
        # the runner broadcasts what the import changed: the list and editor refresh from that
        return import_and_report(window, window.service, files, lambda _report: None, self.controller.run)

    def export_bundle(self) -> None:
        window = self.window
        deal_id = window.current_deal_id()
        if deal_id is None:
            return
        from closeplan.export.bundle import SUFFIX
        from closeplan.files import safe_file_stem

        deal = window.service.get_deal(deal_id)
        suggested = str(Path.home() / (safe_file_stem(deal.account, deal.name) + SUFFIX))
        target, _ = QFileDialog.getSaveFileName(
            window,
            translate("MainWindow", "Export deal bundle"),
            suggested,
            translate("MainWindow", "closeplan bundles (*.json)"),
        )
        if target:
            window.service.export_bundle(deal_id, Path(target))
            self.say(translate("MainWindow", "Wrote {path}").format(path=target))
