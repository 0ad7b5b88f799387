"""Passive Qt table models: rows are pushed in, so the models stay database-free.

Each model has a role enum; sorting uses ``Role.Sort`` so money and dates sort
by value, not by their display text.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from closeplan.domain.basics import STAGE_ORDER, Level
from closeplan.domain.operations import same
from closeplan.ui import i18n
from closeplan.ui.formatting import LEVEL_COLOURS, LEVEL_TINTS, flag_text, fmt_date, fmt_money, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP
from closeplan.ui.values import to_domain

if TYPE_CHECKING:
    from closeplan.domain.model import DealSummary, ListRow

# what Qt's model and delegate methods are given
Index = QModelIndex | QPersistentModelIndex

# Rows sorted or moved, the columns as they were: the horizontal header keeps its sections (without
# the hint it lays them out anew, and a stretched last column is resized and repainted again)
ROWS_REORDERED = QAbstractItemModel.LayoutChangeHint.VerticalSortHint


def _with_hint(signal: SignalInstance) -> SignalInstance:
    """layoutAboutToBeChanged or layoutChanged, as the overload that carries a hint (PySide6's own
    ``emit()`` of them takes no arguments; its stubs know no overloads)."""
    return signal["QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"]  # type: ignore[index]


# The roles as plain ints, for data(), which runs for every role of every cell painted: reading an
# enum member costs ten times what comparing two ints does.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)


class Role(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Sort = Qt.ItemDataRole.UserRole + 2
    Search = Qt.ItemDataRole.UserRole + 3
    Object = Qt.ItemDataRole.UserRole + 4
    Value = Qt.ItemDataRole.UserRole + 5  # the Python value behind a cell (for editors)


_ID, _SORT, _SEARCH, _OBJECT, VALUE = (int(r) for r in (Role.Id, Role.Sort, Role.Search, Role.Object, Role.Value))


class Column:
    """A column: its title (English source text, translated in the model's context when shown;
    wrap it in QT_TRANSLATE_NOOP so Qt Linguist finds it), its text, sort key and alignment."""

    def __init__(
        self,
        title: str,
        text: Callable[[Any], str],
        sort: Callable[[Any], Any] | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ):
        self.title = title
        self.text = text
        self.sort = sort or text
        self.align = align
        self.alignment = int(align | Qt.AlignmentFlag.AlignVCenter)  # what TextAlignmentRole gives


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of plain objects."""

    columns: Sequence[Column] = ()
    context = "Columns"  # where the column titles are translated
    # Rows of one deal (steps, people, risks, desks) that come back after an edit are the same items
    # with new values: they are updated in place, so the current cell, the selection and an editor
    # open in another cell (Tab moved there) survive the refresh.
    update_in_place = False
    derived_columns: Sequence[int] = ()  # columns computed from more than their row's item

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        i18n.notifier().changed.connect(self.retranslate)

    def retranslate(self, _language: str = "") -> None:
        """Titles and enum labels in the new UI language (the rows stay)."""
        self._search = {}
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # rows in -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], sorted_by: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Show ``rows``; ``sorted_by`` says they come in the order of that column already (a stable
        sort would keep them as they are), which saves sorting them again."""
        rows = list(rows)
        if self.update_in_place and self._rows and self._same_items(rows):
            self._update_in_place(rows)
            return
        self.beginResetModel()
        self._rows = rows
        self._apply_sort(already_sorted=sorted_by is not None and sorted_by == self._sort)
        self.endResetModel()

    def _same_items(self, rows: list[Any]) -> bool:
        return len(rows) == len(self._rows) and {r.id for r in rows} == {r.id for r in self._rows}

    def _update_in_place(self, rows: list[Any]) -> None:
        old = self._rows
        self._sorted(rows)
        if [r.id for r in rows] != [r.id for r in old]:
            # the same items in another order: a layout change, which the current cell, the
            # selection and open editors follow (they are persistent indexes)
            _with_hint(self.layoutAboutToBeChanged).emit([], ROWS_REORDERED)
            position = {r.id: i for i, r in enumerate(rows)}
            moved_from, moved_to = [], []
            for index in self.persistentIndexList():
                if 0 <= index.row() < len(old):
                    moved_from.append(index)
                    moved_to.append(self.index(position[old[index.row()].id], index.column()))
            self._rows = rows
            self._apply_sort(already_sorted=True)
            self.changePersistentIndexList(moved_from, moved_to)
            _with_hint(self.layoutChanged).emit([], ROWS_REORDERED)
            by_id = {r.id: r for r in old}
            before = [by_id[r.id] for r in rows]
        else:
            self._rows, before = rows, old
            self._search = {}
        # only the rows whose item changed, and the columns computed from the whole (projections …),
        # are announced: views repaint what is on screen, nothing reads every row again
        last, changed = (
            len(self.columns) - 1,
            [row for row, (was, now) in enumerate(zip(before, rows)) if was is not now and was != now],
        )
        for first, final in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(final, last))
        for column in self.derived_columns:
            self.dataChanged.emit(self.index(0, column), self.index(len(rows) - 1, column))

    # Sorting happens here, in one Python sort with a key, not in a proxy calling data()
    # for every comparison: with 10,000 rows that is the difference between 20 ms and a second.
    def _apply_sort(self, already_sorted: bool = False) -> None:
        if not already_sorted:
            self._sorted(self._rows)
        self._search = {}

    def _sorted(self, rows: list[Any]) -> None:
        """Put ``rows`` in the order of the sort column (a stable sort: ties keep their order)."""
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self.columns[column].sort, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sort = None  # no column: rows keep the order they are given in
            return
        _with_hint(self.layoutAboutToBeChanged).emit([], ROWS_REORDERED)
        old_rows = list(self._rows)
        self._sort = (column, order)
        self._apply_sort()
        position = {id(r): i for i, r in enumerate(self._rows)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(old_rows):
                moved_from.append(index)
                moved_to.append(self.index(position[id(old_rows[index.row()])], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        _with_hint(self.layoutChanged).emit([], ROWS_REORDERED)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # Qt interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return i18n.translate(self.context, self.columns[section].title)
        return None

    def data(self, index: Index, role: int = DISPLAY):
        row, col = index.row(), index.column()  # (an invalid index has -1 for both)
        if not (0 <= row < len(self._rows) and 0 <= col < len(self.columns)):
            return None
        obj = self._rows[row]
        column = self.columns[col]
        if role == DISPLAY:
            return column.text(obj)
        if role == ALIGNMENT:
            return column.alignment
        if role == TOOLTIP:
            tip = self.extra_data(obj, col, role)
            return tip if tip is not None else column.text(obj)
        if role == _SORT:
            return column.sort(obj)
        if role == _ID:
            return str(obj.id)
        if role == _OBJECT:
            return obj
        if role == _SEARCH:
            text = self._search.get(row)
            if text is None:
                text = self._search[row] = self.search_text(obj)
            return text
        return self.extra_data(obj, col, role)

    def search_text(self, obj: Any) -> str:
        return " ".join(c.text(obj) for c in self.columns).casefold()

    def extra_data(self, obj: Any, column: int, role: int):
        return None


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _key(row) -> str:
    """A list row's deal id as hex, without building a UUID for rows read lazily."""
    return getattr(row, "id_hex", None) or row.id.hex


_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter
_LEVEL_RANK = {Level.HIGH: 3, Level.MEDIUM: 2, Level.LOW: 1}


def _slip_text(d: DealSummary) -> str:
    if d.slip_days is None:
        return ""
    return i18n.translate("DealTableModel", "+{days} d").format(days=d.slip_days) if d.slip_days > 0 else "0"


class DealTableModel(RowTableModel):
    """The deal list. Risk is shown as text and colour, never colour alone."""

    context = "DealTableModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("DealTableModel", "Deal"), lambda d: d.name),
        Column(QT_TRANSLATE_NOOP("DealTableModel", "Account"), lambda d: d.account),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Amount"),
            lambda d: fmt_money(d.amount, d.currency),
            lambda d: f"{d.currency}{d.amount:030.6f}",
            _RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Stage"), lambda d: label(d.stage), lambda d: STAGE_ORDER.index(d.stage)
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Target close"),
            lambda d: fmt_date(d.target_close),
            lambda d: d.target_close.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Projected close"),
            lambda d: fmt_date(d.projected_close),
            lambda d: d.projected_close.toordinal() if d.projected_close else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Slip"),
            _slip_text,
            lambda d: d.slip_days if d.slip_days is not None else -1,
            _RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Risk"), lambda d: label(d.level), lambda d: _LEVEL_RANK.get(d.level, 0)
        ),
        Column(
            QT_TRANSLATE_NOOP("DealTableModel", "Next customer step"),
            lambda d: f"{fmt_date(d.next_customer_date)}  {d.next_customer_step}" if d.next_customer_step else "",
            lambda d: d.next_customer_date.toordinal() if d.next_customer_date else 10**7,
        ),
        Column(QT_TRANSLATE_NOOP("DealTableModel", "Owner"), lambda d: d.owner),
    )
    RISK = 7
    SLIP = 6
    NAME = 0  # carries the badge of the deal's open conflicts with the team

    def __init__(self, parent=None):
        super().__init__(parent)
        self._row_of: dict = {}
        self._conflicts: dict[str, int] = {}  # deal id (hex) → open conflicts

    def set_conflicts(self, counts: Mapping[uuid.UUID, int]) -> None:
        """The open conflicts per deal (after a sync, a conflict decided): their badges."""
        fresh = {deal_id.hex: count for deal_id, count in counts.items() if count}
        if fresh == self._conflicts:
            return
        changed = set(fresh) ^ set(self._conflicts) | {k for k in fresh if fresh[k] != self._conflicts.get(k)}
        self._conflicts = fresh
        for key in changed:
            row = self._row_of.get(key, -1)
            if row >= 0:
                self.dataChanged.emit(self.index(row, self.NAME), self.index(row, self.NAME))

    def summary(self, row: int) -> DealSummary:
        return self._rows[row]

    def row_of(self, deal_id) -> int:
        return self._row_of.get(deal_id.hex, -1)

    def _apply_sort(self, already_sorted: bool = False) -> None:
        super()._apply_sort(already_sorted)
        self._row_of = {_key(r): i for i, r in enumerate(self._rows)}

    def replace_rows(self, summaries: Sequence[ListRow]) -> None:
        """Update rows in place (after an edit) without resetting the whole list."""
        by_id = {_key(s): s for s in summaries}
        for key in list(by_id):  # the rows by their ids: one edit touches one row, not 10,000
            row = self._row_of.get(key, -1)
            if row >= 0:
                self._rows[row] = by_id.pop(key)
                self._search.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if by_id:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(by_id) - 1)
            self._rows.extend(by_id.values())
            self._row_of.update({_key(r): start + i for i, r in enumerate(by_id.values())})
            self.endInsertRows()

    def remove_ids(self, ids) -> None:
        wanted = {i.hex for i in ids}
        for row in reversed(range(len(self._rows))):
            if _key(self._rows[row]) in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._search.clear()
        self._row_of = {_key(r): i for i, r in enumerate(self._rows)}

    def extra_data(self, obj: DealSummary, column: int, role: int):
        if column == self.NAME and self._conflicts:
            count = self._conflicts.get(_key(obj), 0)
            if count and role == Qt.ItemDataRole.DecorationRole:
                return conflict_badge(count)
            if count and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return i18n.translate(
                    "DealTableModel", "Conflicts with the team: {count} (open the deal to decide)"
                ).format(count=count)
        if column == self.RISK and obj.level is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(LEVEL_TINTS[obj.level])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LEVEL_COLOURS[obj.level])
            if role == Qt.ItemDataRole.DecorationRole:
                return LEVEL_COLOURS[obj.level]
            if role == Qt.ItemDataRole.ToolTipRole:
                if not getattr(obj, "flags_known", True):  # a start-up snapshot: flags come with the database
                    return label(obj.level)
                return "\n".join(f"{label(f.severity)}: {flag_text(f)}" for f in obj.top_flags) or i18n.translate(
                    "DealTableModel", "No risk flags"
                )
        if column == self.SLIP and role == Qt.ItemDataRole.ForegroundRole and (obj.slip_days or 0) > 0:
            return QBrush(LEVEL_COLOURS[Level.HIGH])
        return None


CONFLICT_COLOUR = QColor("#e65100")
_badges: dict[int, QIcon] = {}


def conflict_badge(count: int) -> QIcon:
    """An orange badge with the number of open conflicts (the number is the message, not the colour)."""
    if count not in _badges:
        size = 16
        pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on high-DPI screens
        pixmap.setDevicePixelRatio(2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CONFLICT_COLOUR)
        painter.drawRoundedRect(0, 0, size, size, 5, 5)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(11 if count < 10 else 9)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect().adjusted(0, 0, -size, -size), Qt.AlignmentFlag.AlignCenter, str(min(count, 99)))
        painter.end()
        _badges[count] = QIcon(pixmap)
    return _badges[count]


class EditableRowModel(RowTableModel):
    """Rows of a deal's list (stakeholders, risks) edited in place. Passive like the rest:
    an edit emits ``edit_requested`` with the deal it was typed in; the owner saves it and
    pushes the new rows back."""

    edit_requested = Signal(object, object, str, object)  # deal id, item id, field, value
    fields: Sequence[str] = ()  # the item attribute behind each column
    update_in_place = True
    entity = ""  # what a row is, as operations name it ("stakeholder", "risk", "route_desk")

    def field_of(self, column: int) -> str:
        return self.fields[column]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.deal_id = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Role.Value, Qt.ItemDataRole.EditRole):
            value = getattr(self._rows[index.row()], self.fields[index.column()])
            return value if role == Role.Value or isinstance(value, str) else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Role.Value, Qt.ItemDataRole.EditRole):
            return False
        item = self._rows[index.row()]
        field = self.fields[index.column()]
        value = to_domain(type(item), field, value)  # the one conversion from what Qt hands over
        if same(value, getattr(item, field)):
            return False
        self.edit_requested.emit(self.deal_id, item.id, field, value)
        return True
