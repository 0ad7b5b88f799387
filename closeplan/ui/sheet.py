"""A table edited like a spreadsheet, by keyboard.

Typing over a cell starts editing it; Enter saves and goes down to the next row in the same
column; Tab saves and goes right (Shift+Tab left), into the next cell's editor; Esc cancels.
The rows are refreshed in place after a save (see ``RowTableModel.update_in_place``), so the
current cell stays where the keyboard put it and an editor already open in the next cell keeps
what is typed into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class SheetView(QTableView):
    """``fit_column`` (a column, or None) takes the width the others leave: it narrows, down to
    ``fit_minimum`` pixels, before a horizontal scroll bar appears, and widens to fill the table."""

    fit_minimum = 160

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setTabKeyNavigation(True)
        self.fit_column: int | None = None
        self.frozen: FrozenColumn | None = None

    def fit_columns(self) -> None:
        """Give ``fit_column`` the width the other columns shown leave (at least ``fit_minimum``):
        the table fills its viewport and scrolls sideways only when even that is too little."""
        column = self.fit_column
        header = self.horizontalHeader()
        if column is None or header.isSectionHidden(column):
            return
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != column and not header.isSectionHidden(c)
        )
        width = max(self.fit_minimum, self.viewport().width() - others)
        if width != header.sectionSize(column):
            header.resizeSection(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        if self.frozen is not None:
            self.frozen.place()

    def commit_open_editor(self) -> None:
        """Save what is being typed in the current cell and close its editor (as Enter would, without moving)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            QTableView.closeEditor(self, editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """A cell of the frozen column is always in view: going to it scrolls back to the left edge,
        where the table itself shows that column (so its editor opens in plain sight)."""
        frozen = self.frozen
        if frozen is not None and index.isValid() and index.column() == frozen.column:
            self.horizontalScrollBar().setValue(0)
        super().scrollTo(index, hint)
        if frozen is not None and index.isValid() and frozen.isVisible():
            left = self.visualRect(index).left()
            covered = frozen.width()
            if left < covered:  # under the frozen column: scroll until it is beside it
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (covered - left))

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:
        """Rows refreshed while a cell is being edited (the previous cell's save came back): repaint,
        but leave the open editor alone — Qt would put the stored value back into it and drop
        what is being typed there."""
        if self.state() == QAbstractItemView.State.EditingState:
            self.viewport().update()
            return
        super().dataChanged(top_left, bottom_right, roles)

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: down, same column
            index = self.currentIndex()
            below = index.sibling(index.row() + 1, index.column()) if index.isValid() else index
            if below.isValid():
                self.setCurrentIndex(below)


class FrozenColumn(QTableView):
    """One column of a SheetView kept in place while the rest scroll horizontally: a second view
    of the same model and selection over the table's left edge, shown only while the table is
    scrolled to the right (at the left edge the table shows the column itself). The column is
    moved to the front of the table."""

    def __init__(self, table: SheetView, column: int):
        super().__init__(table)
        self.table, self.column = table, column
        self.setObjectName(f"{table.objectName()}Frozen")
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setSelectionBehavior(table.selectionBehavior())
        self.setSelectionMode(table.selectionMode())
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the table
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setWordWrap(table.wordWrap())
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setStyleSheet("QTableView { border: none; border-right: 1px solid palette(mid); }")
        delegate = table.itemDelegateForColumn(column)
        if delegate is not None:
            self.setItemDelegateForColumn(column, delegate)
        for c in range(self.model().columnCount()):
            self.setColumnHidden(c, c != column)
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(column), 0)
        header.sectionResized.connect(self._section_resized)
        self.horizontalHeader().setSectionsClickable(False)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(lambda _value: self.place())
        table.horizontalScrollBar().rangeChanged.connect(lambda _low, _high: self.place())
        self.model().rowsInserted.connect(lambda *_: self._sync_rows())
        self.model().layoutChanged.connect(lambda *_: self._sync_rows())
        self.model().modelReset.connect(lambda *_: self._sync_rows())
        table.frozen = self
        self.hide()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == self.column:
            self.setColumnWidth(column, new)
            self.place()

    def _sync_rows(self) -> None:
        self.verticalScrollBar().setValue(self.table.verticalScrollBar().value())

    def place(self) -> None:
        table = self.table
        scrolled = table.horizontalScrollBar().value() > 0
        self.setVisible(scrolled)
        if not scrolled:
            return
        self.setColumnWidth(self.column, table.columnWidth(self.column))
        frame = table.frameWidth()
        self.setGeometry(
            table.verticalHeader().width() + frame,
            frame,
            table.columnWidth(self.column),
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.raise_()


class ColumnChooser:
    """Which columns of a table are shown: ticked in the header's context menu (and in the menu
    of a button, ``menu()``), remembered in QSettings under ``key`` by column key, so that a
    renamed or added column does not shift what was chosen."""

    def __init__(
        self,
        view: QTableView,
        key: str,
        keys: Sequence[str],
        hidden_by_default: Sequence[str],
        always: Sequence[str] = (),
        changed: Callable[[], None] = lambda: None,
    ):
        self.view, self.key, self.keys = view, key, list(keys)
        self.always, self.changed = set(always), changed
        stored = QSettings().value(key)
        if isinstance(stored, str):
            hidden = {k for k in stored.split(",") if k}
        elif isinstance(stored, list):
            hidden = {str(k) for k in stored}
        else:
            hidden = set(hidden_by_default)
        for column, name in enumerate(self.keys):
            view.setColumnHidden(column, name in hidden and name not in self.always)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)

    def hidden(self) -> list[str]:
        return [name for column, name in enumerate(self.keys) if self.view.isColumnHidden(column)]

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self.view)
        menu.setObjectName("columnChooser")
        model = self.view.model()
        for column, name in enumerate(self.keys):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setObjectName(f"column_{name}")
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.setEnabled(name not in self.always)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        if shown and self.view.columnWidth(column) < 30:
            self.view.resizeColumnToContents(column)
        QSettings().setValue(self.key, ",".join(self.hidden()))
        self.changed()

    def _menu_at(self, point: QPoint) -> None:
        header: QHeaderView = self.view.horizontalHeader()
        self.menu().exec(header.mapToGlobal(point))
