"""Table views set up the way closeplan's lists look and behave, and the filters above them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

from closeplan.domain.basics import Level, Stage
from closeplan.ui.formatting import label
from closeplan.ui.i18n import translate


def list_table(name: str, model) -> QTableView:
    """A read-only, sortable list: whole rows selected one at a time, no row numbers."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


# --- the filters above the deal list and the review --------------------------------------

FILTER_LEVELS = (Level.HIGH, Level.MEDIUM, Level.LOW)


def _filter(name: str, members=()) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem("", None)  # "All …": texts are set by retranslate_filters
    for member in members:
        box.addItem("", member)
    if members:
        box.choices = [None, *members]  # the members themselves (see closeplan.ui.values)
    return box


def filter_boxes(prefix: str) -> tuple[QComboBox, QComboBox, QComboBox]:
    """(stage, owner, risk level) filters, each starting with "all"; None means no filter."""
    return (_filter(f"{prefix}StageFilter", Stage), _filter(f"{prefix}OwnerFilter"),
            _filter(f"{prefix}LevelFilter", FILTER_LEVELS))


def retranslate_filters(stages: QComboBox, owners: QComboBox, levels: QComboBox, all_owners: str) -> None:
    stages.setItemText(0, translate("Filters", "All stages"))
    for i, stage in enumerate(Stage, start=1):
        stages.setItemText(i, label(stage))
    owners.setItemText(0, all_owners)
    levels.setItemText(0, translate("Filters", "Any risk"))
    for i, level in enumerate(FILTER_LEVELS, start=1):
        levels.setItemText(i, translate("Filters", "Risk: {level}").format(level=label(level)))


def fill_owners(box: QComboBox, rows, all_owners: str) -> None:
    """The owners of ``rows`` to choose from, keeping the one chosen (without a change signal)."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(all_owners, None)
    for owner in sorted({r.owner for r in rows if r.owner}):
        box.addItem(owner, owner)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


class DropsBundles:
    """Mixin for a widget that imports bundle files and folders dropped on it through
    its ``import_dropped(paths)``."""

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_dropped(paths)
