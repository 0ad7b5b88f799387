"""Table views set up the way closeplan's lists look and behave, the filters above them, and
the page the main window shows instead of an empty list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.basics import Level, Stage
from closeplan.ui.formatting import label
from closeplan.ui.i18n import Retranslating, translate
from closeplan.ui.models import DealTableModel, Role
from closeplan.ui.values import ChoiceBox


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


def list_panel(table: QTableView, search: QWidget, filters: Sequence[QWidget], count: QWidget) -> QWidget:
    """A list with its search box and filters in a row above it and its count below."""
    row = QHBoxLayout()
    row.addWidget(search, 3)
    for box in filters:
        row.addWidget(box, 1)
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(8, 8, 8, 0)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    layout.addWidget(count)
    return panel


def set_widths(table: QTableView, chars: Sequence[int]) -> None:
    """Column widths in character units (measuring 10,000 rows would cost more than drawing
    them), never less than the column's title needs (see size_columns)."""
    size_columns(table, chars)


# --- the filters above the deal list and the review --------------------------------------

FILTER_LEVELS = (Level.HIGH, Level.MEDIUM, Level.LOW)


def _filter(name: str, members=()) -> QComboBox:
    # with members, they themselves are kept beside the entries (see closeplan.ui.values)
    box = ChoiceBox([None, *members]) if members else QComboBox()
    box.setObjectName(name)
    box.addItem("", None)  # "All …": texts are set by retranslate_filters
    for member in members:
        box.addItem("", member)
    return box


def filter_boxes(prefix: str) -> tuple[QComboBox, QComboBox, QComboBox]:
    """(stage, owner, risk level) filters, each starting with "all"; None means no filter."""
    return (
        _filter(f"{prefix}StageFilter", Stage),
        _filter(f"{prefix}OwnerFilter"),
        _filter(f"{prefix}LevelFilter", FILTER_LEVELS),
    )


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


# --- the deal list's filtering, and the page shown while it is empty ---------------------


class DealFilterProxy(QSortFilterProxyModel):
    """Search words (all must match) plus stage, owner and risk-level filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Role.Sort)
        self.setDynamicSortFilter(False)
        self._needle: list[str] = []
        self.stage: Stage | None = None
        self.owner: str | None = None
        self.level: Level | None = None

    def _changed(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._changed(lambda: setattr(self, "_needle", text.strip().casefold().split()))

    def set_filters(self, stage: Stage | None, owner: str | None, level: Level | None) -> None:
        def apply() -> None:
            self.stage, self.owner, self.level = stage, owner, level

        self._changed(apply)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.stage is None and self.owner is None and self.level is None and not self._needle:
            return True
        model = cast(DealTableModel, self.sourceModel())  # (the only model it filters)
        summary = model.summary(source_row)
        # (Qt returns a StrEnum put into a combo box as plain str: compare by value)
        if self.stage is not None and summary.stage != self.stage:
            return False
        if self.owner is not None and summary.owner != self.owner:
            return False
        if self.level is not None and summary.level != self.level:
            return False
        if not self._needle:
            return True
        haystack = model.data(model.index(source_row, 0, source_parent), Role.Search) or ""
        return all(word in haystack for word in self._needle)


class EmptyPage(Retranslating, QWidget):
    """Shown when the database has no deals: offers the demo and a new deal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title = QLabel()
        self.text = text = QLabel()
        text.setObjectName("emptyText")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemoButton")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newDealButton")
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText("<h2>" + translate("EmptyPage", "No deals yet") + "</h2>")
        self.text.setText(
            translate(
                "EmptyPage",
                "Start a mutual close plan for a deal, or open the demo to see four real plans:<br>"
                "a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,<br>"
                "a Swedish styrelsebeslut and an English e-approval.",
            )
        )
        self.demo_button.setText(translate("EmptyPage", "Open the demo"))
        self.new_button.setText(translate("EmptyPage", "New deal"))


class DropsBundles:
    """Mixin for a widget that imports bundle files and folders dropped on it through
    its ``import_dropped(paths)``."""

    import_dropped: Callable[[list[Path]], object]  # the widget's own

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_dropped(paths)


def size_columns(table: QTableView, chars: Sequence[int]) -> None:
    """Give each column about ``chars[i]`` average characters, and never less than its title
    needs (titles are longer in some languages: "Planerat avslut", "Försening")."""
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    for column, count in enumerate(chars):
        header.resizeSection(column, max(count * char + 16, header.sectionSizeHint(column)))


def widen_to_contents(table: QTableView, most_chars: int = 40) -> None:
    """Widen each column (but the last, which takes what is left) to what its rows and title
    need, up to ``most_chars`` average characters: a word such as "Avslutsdatum framflyttat"
    is not cut while a column beside it has room to spare. Columns never get narrower."""
    header = table.horizontalHeader()
    cap = most_chars * table.fontMetrics().averageCharWidth() + 16
    for column in range(max(0, header.count() - 1)):
        wanted = min(cap, max(table.sizeHintForColumn(column), header.sectionSizeHint(column)))
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)
