"""Edits the database refused (a full disk, a read-only file) stay on screen; they can be
written as bundle files somewhere else — from the editor's bar, or when the window closes."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from closeplan.ui.features.base import Feature
from closeplan.ui.i18n import translate


class UnsavedEdits(Feature):
    def attached(self) -> None:
        self.controller.unsaved_changed.connect(self.changed)
        self.editor.unsaved_bar.save_copy_requested.connect(lambda: self.save_copy())

    def changed(self, deal_id: uuid.UUID) -> None:
        """Edits the database refused stay on screen (or were written at last)."""
        window = self.window
        window.undo.update()
        window.update_title()
        if window.current_deal_id() == deal_id:
            selected_step = self.editor.plan.current_step_id()
            self.editor.show_deal(self.controller.shown_deal(deal_id), self.workspace.today)
            self.editor.plan.select_step(selected_step)

    def save_copy(self, target: str | None = None) -> Path | None:
        """Write the shown deal with its unsaved edits as a bundle somewhere else (another disk)."""
        window = self.window
        deal = self.editor.deal
        pending = self.controller.unsaved.get(deal.id) if deal else None
        if pending is None:
            return None
        if target is None:
            from closeplan.export.bundle import SUFFIX
            from closeplan.files import safe_file_stem

            suggested = str(Path.home() / (safe_file_stem(pending.deal.account, pending.deal.name) + SUFFIX))
            target, _ = QFileDialog.getSaveFileName(
                window,
                translate("MainWindow", "Save the unsaved changes to a file"),
                suggested,
                translate("MainWindow", "closeplan bundles (*.json)"),
            )
            if not target:
                return None
        try:
            path = window.service.write_bundle(pending.deal, Path(target), newer=True)
        except OSError as exc:
            QMessageBox.warning(
                window,
                "closeplan",
                translate("MainWindow", "Could not write to {folder}: {error}").format(
                    folder=target, error=exc.strerror or exc
                ),
            )
            return None
        self.say(
            translate("MainWindow", "Wrote {path} — import it (Ctrl+I) once the database can be written again").format(
                path=path
            ),
            15000,
        )
        return path

    def settle(self) -> bool:
        """Before closing: write refused edits if the database takes them now; otherwise ask whether
        to save them to files elsewhere, discard them, or stay. True when the window may close."""
        window = self.window
        controller = self.controller
        for deal_id in list(controller.unsaved):
            controller.retry(deal_id)
        if not controller.unsaved:
            return True
        choice = window.unsaved_prompt(sum(len(p.edits) for p in controller.unsaved.values()))
        if choice == "discard":
            controller.discard_unsaved()
            return True
        if choice != "save":
            return False
        folder = QFileDialog.getExistingDirectory(
            window, translate("MainWindow", "Folder for the unsaved changes"), str(Path.home())
        )
        if not folder:
            return False
        from closeplan.export.bundle import SUFFIX
        from closeplan.files import safe_file_stem

        try:
            for pending in controller.unsaved.values():
                name = safe_file_stem(pending.deal.account, pending.deal.name) + " (unsaved)" + SUFFIX
                window.service.write_bundle(pending.deal, Path(folder) / name, newer=True)
        except OSError as exc:
            QMessageBox.warning(
                window,
                "closeplan",
                translate("MainWindow", "Could not write to {folder}: {error}").format(
                    folder=folder, error=exc.strerror or exc
                ),
            )
            return False
        controller.discard_unsaved()
        return True

    def prompt(self, count: int) -> str:
        """Ask what to do with edits that could not be saved: "save", "discard" or "cancel"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "closeplan",
            (
                translate("MainWindow", "{count} change could not be saved to the database.")
                if count == 1
                else translate("MainWindow", "{count} changes could not be saved to the database.")
            ).format(count=count),
            parent=self.window,
        )
        box.setInformativeText(
            translate(
                "MainWindow",
                "Save them as bundle files on another disk (import them later with Ctrl+I), or discard them?",
            )
        )
        save = box.addButton(translate("MainWindow", "Save to files…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"
