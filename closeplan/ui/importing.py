"""Importing bundles — from the menu or by dropping files and folders on a window — and
showing what the import did."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.writes import direct

if TYPE_CHECKING:  # the main window imports this module before the services are loaded
    from closeplan.services.deals import DealService, ImportFailed, ImportReport


OUTCOMES = {
    "added": QT_TRANSLATE_NOOP("ImportResultDialog", "added"),
    "updated": QT_TRANSLATE_NOOP("ImportResultDialog", "updated"),
    "skipped": QT_TRANSLATE_NOOP("ImportResultDialog", "skipped"),
}


def _problem(error: object) -> str:
    """A file's problem with its field in words ("due date of step" for "deal.steps[3].due_date");
    a problem of the whole file ("(file)") without one."""
    field, message = getattr(error, "field", None), getattr(error, "message", None)
    if not isinstance(field, str) or not isinstance(message, str):
        return str(error)
    from closeplan.ui.problems import problem_text

    message = problem_text(error)
    if not field or field.startswith("("):
        return message
    from closeplan.ui.field_names import path_label

    return f"{path_label(None, field)}: {message}"


class ImportResultDialog(QDialog):
    """What an import did: added, updated, skipped with the reason; or why nothing was imported."""

    def __init__(self, report: ImportReport | None, failure: ImportFailed | None, parent=None):
        super().__init__(parent)
        self.setObjectName("importResult")
        self.setWindowTitle(translate("ImportResultDialog", "Import"))
        self.resize(720, 380)
        self.list = QListWidget()
        self.list.setObjectName("importLines")
        if failure is not None:
            summary = translate("ImportResultDialog", "Nothing was imported: fix these files and import again.")
            lines = [f"{error.source}: {_problem(e)}" for error in failure.errors for e in error.errors]
        else:
            assert report is not None  # (a report or a failure: one of the two)
            added, updated, skipped = (len(report.of(k)) for k in ("added", "updated", "skipped"))
            summary = translate("ImportResultDialog", "{added} added, {updated} updated, {skipped} skipped").format(
                added=added, updated=updated, skipped=skipped
            )
            lines = [
                f"{translate('ImportResultDialog', OUTCOMES.get(o.outcome, o.outcome))}: {o.deal_name}"
                f" ({Path(o.source).name})" + (f" — {o.reason}" if o.reason else "")
                for o in report.outcomes
            ]
        self.summary = QLabel(summary)
        self.summary.setObjectName("importSummary")
        self.list.addItems(lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)


def import_paths(
    service: DealService, paths: Sequence[str | Path], run: Callable = direct
) -> tuple[ImportReport | None, ImportFailed | None]:
    """Import bundle files and folders: the code behind the menu and drag & drop, through the
    window's write runner (``run``: EditController.run). (None, None): the runner said why not."""
    from closeplan.services.deals import ImportFailed, bundle_files

    files = bundle_files(paths)
    try:
        return run(lambda: service.import_bundles(files), passes=(ImportFailed,)), None
    except ImportFailed as failure:
        return None, failure


def import_and_report(
    parent: QWidget,
    service: DealService,
    paths: Sequence[str | Path],
    imported: Callable[[ImportReport], None],
    run: Callable = direct,
) -> ImportResultDialog | None:
    """Import, call ``imported`` when something was read, and show the result dialog (none when
    the write failed: the runner said why)."""
    report, failure = import_paths(service, paths, run)
    if report is None and failure is None:
        return None
    if report is not None:
        imported(report)
    dialog = ImportResultDialog(report, failure, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
