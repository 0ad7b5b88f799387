"""Passive Qt table models: rows are pushed in, so the models stay database-free.

Each model has a role enum; sorting uses ``Role.Sort`` so money and dates sort
by value, not by their display text.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from closeplan.domain.currency import format_amount
from closeplan.domain.model import DealSummary, Step, StepStatus

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Sort = Qt.ItemDataRole.UserRole + 2
    Search = Qt.ItemDataRole.UserRole + 3
    Object = Qt.ItemDataRole.UserRole + 4


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


class Column:
    def __init__(self, title: str, text: Callable[[Any], str], sort: Callable[[Any], Any] | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft):
        self.title = title
        self.text = text
        self.sort = sort or text
        self.align = align


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of plain objects."""

    columns: Sequence[Column] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: dict[int, str] = {}

    # rows in -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search: dict[int, str] = {}
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # Qt interface ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        obj = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(obj)
        if role == Role.Sort:
            return column.sort(obj)
        if role == Role.Id:
            return str(obj.id)
        if role == Role.Object:
            return obj
        if role == Role.Search:
            text = self._search.get(index.row())
            if text is None:
                text = self._search[index.row()] = self.search_text(obj)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(obj, index.column(), role)

    def search_text(self, obj: Any) -> str:
        return " ".join(c.text(obj) for c in self.columns).casefold()

    def extra_data(self, obj: Any, column: int, role: int):
        return None


_RIGHT = Qt.AlignmentFlag.AlignRight


class DealTableModel(RowTableModel):
    columns = (
        Column("Deal", lambda d: d.name),
        Column("Account", lambda d: d.account),
        Column("Amount", lambda d: format_amount(d.amount, d.currency), lambda d: f"{d.currency}{d.amount:030.6f}", _RIGHT),
        Column("Stage", lambda d: d.stage.value.replace("_", " "), lambda d: list(type(d.stage)).index(d.stage)),
        Column("Target close", lambda d: fmt_date(d.target_close), lambda d: d.target_close.toordinal()),
        Column("Owner", lambda d: d.owner),
        Column("Steps done", lambda d: f"{d.done_count}/{d.step_count}", lambda d: d.done_count / d.step_count if d.step_count else -1.0, _RIGHT),
        Column(
            "Next customer step",
            lambda d: f"{fmt_date(d.next_customer_date)}  {d.next_customer_step}" if d.next_customer_step else "",
            lambda d: d.next_customer_date.toordinal() if d.next_customer_date else 10**7,
        ),
    )

    def summary(self, row: int) -> DealSummary:
        return self._rows[row]


_OVERDUE = QColor("#b3261e")


class StepTableModel(RowTableModel):
    """The steps of one plan, in time order, read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today: date | None = None
        self.people: dict[str, str] = {}

    columns = (
        Column("Due", lambda s: fmt_date(s.due_date), lambda s: s.due_date.toordinal()),
        Column("Step", lambda s: s.title),
        Column("Owner side", lambda s: s.owner_side.value),
        Column("Owner", lambda s: s.owner_person),
        Column("Kind", lambda s: s.kind.value.replace("_", " ")),
        Column(
            "Status",
            lambda s: s.status.value.replace("_", " ")
            + (f" {fmt_date(s.completed_date)}" if s.status is StepStatus.DONE and s.completed_date else ""),
        ),
        Column("Customer sees", lambda s: "yes" if s.customer_visible else "no"),
    )

    def set_plan(self, steps: Sequence[Step], today: date) -> None:
        self.today = today
        self.set_rows(steps)

    def is_overdue(self, step: Step) -> bool:
        return self.today is not None and step.is_open and step.due_date < self.today

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole and index.column() == 5:
            step = self._rows[index.row()]
            text = super().data(index, role)
            return f"{text} — overdue" if self.is_overdue(step) else text
        return super().data(index, role)

    def extra_data(self, obj: Step, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(obj):
            return QBrush(_OVERDUE)
        return None
