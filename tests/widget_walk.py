"""Walking every editing control of a widget as a user would, by keyboard.

``editing_controls`` finds the controls (combo and check boxes, line and text edits, date and
spin boxes) and ``editable_cells`` every editable cell of the first row of every table;
``change_control`` / ``change_cell`` change one with key presses and typed text, the way a user
does (Down in a closed combo box, Space on a check box, Ctrl+A and typing then Enter in a line
edit or a cell editor). Each control says which stored field it edits through the
``closeplanField`` property (closeplan.ui.editor.base.bind); the tests check the database
against that. Nothing here knows the tabs, so a control added later is walked too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from closeplan.ui.dates import DateCellEdit
from closeplan.ui.editor.base import FIELD_PROPERTY

CONTROL_TYPES = (QComboBox, QCheckBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def _inside(widget: QWidget, kinds) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def editing_controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` a user types or chooses a value in (not the line edit inside
    a combo or spin box, not a table's cell editor)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES):
            continue
        if isinstance(widget, QLineEdit) and _inside(widget, (QComboBox, QAbstractSpinBox)):
            continue
        # a box placed in a table cell (setCellWidget) is a control of its own; a table's cell
        # editors are not open while the walk looks, and are changed through editable_cells
        if _inside(widget, QAbstractItemView) and not _cell_widget(widget):
            continue
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.isReadOnly():
            continue
        found.append(widget)
    return found


def _cell_widget(widget: QWidget) -> bool:
    view = _view_of(widget)
    return view is not None and any(
        view.indexWidget(view.model().index(r, c)) is widget
        for r in range(view.model().rowCount())
        for c in range(view.model().columnCount())
    )


def _view_of(widget: QWidget) -> QAbstractItemView | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractItemView):
        parent = parent.parentWidget()
    return parent


def field_of(widget: QWidget) -> str | None:
    """The field a control says it edits; a box in a table cell edits what its table edits."""
    if widget.dynamicPropertyNames() and FIELD_PROPERTY.encode() in [bytes(n) for n in widget.dynamicPropertyNames()]:
        return str(widget.property(FIELD_PROPERTY))
    view = _view_of(widget)
    return field_of(view) if view is not None and view is not widget else None


def usable(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isEnabled()


@dataclass
class Cell:
    view: QAbstractItemView
    column: int
    field: str  # e.g. "step.status"
    checkable: bool
    row: int = 0

    @property
    def index(self) -> QModelIndex:
        return self.view.model().index(self.row, self.column)


def _source(view: QAbstractItemView):
    model = view.model()
    while hasattr(model, "sourceModel") and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def tables(root: QWidget) -> list[QAbstractItemView]:
    """The item views a user edits in (not a combo box's pop-up list)."""
    return [
        v
        for v in root.findChildren(QAbstractItemView)
        if not _inside(v, (QAbstractItemView, QComboBox))
        and v.window() is root.window()
        and not isinstance(v.parentWidget(), QComboBox)
        and "QComboBoxPrivateContainer"
        not in type(v.parentWidget()).__name__ + v.parentWidget().metaObject().className()
    ]


def editable_cells(view: QAbstractItemView, row: int = 0) -> list[Cell]:
    """Every editable or checkable cell of a row. The model names its entity and the field
    behind each column (``entity``, ``field_of``)."""
    model = view.model()
    if model is None or model.rowCount() <= row:
        return []
    source = _source(view)
    cells = []
    for column in range(model.columnCount()):
        if getattr(view, "isColumnHidden", lambda _c: False)(column):
            continue
        flags = model.flags(model.index(row, column))
        editable = bool(flags & Qt.ItemFlag.ItemIsEditable)
        checkable = bool(flags & Qt.ItemFlag.ItemIsUserCheckable)
        if not (editable or checkable):
            continue
        if view.indexWidget(model.index(row, column)) is not None:
            continue  # a box in the cell: walked as a control
        source_column = model.mapToSource(model.index(row, column)).column() if model is not source else column
        entity = getattr(source, "entity", "")
        name = source.field_of(source_column) if hasattr(source, "field_of") else ""
        address = f"{entity}.{name}" if entity and name else (field_of(view) or "")
        cells.append(Cell(view, column, address, checkable and not editable, row))
    return cells


# --- typing -------------------------------------------------------------------------------------


def _type_over(qtbot, widget: QWidget, text: str, finish: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Select what is there (Ctrl+A) and type ``text`` over it (ASCII: pytest-qt cannot type CJK)."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    if finish is not None:
        qtbot.keyClick(widget, finish)


def _date_text(edit: QDateEdit, value: date) -> str:
    return QDate(value.year, value.month, value.day).toString(edit.displayFormat())


def next_date(edit: QDateEdit, today: date) -> date:
    """A day after the one shown (or, for an empty optional date, three weeks from today)."""
    shown = edit.date()
    empty = bool(edit.specialValueText()) and shown == edit.minimumDate()
    return today + timedelta(days=21) if empty else date(shown.year(), shown.month(), shown.day()) + timedelta(days=1)


def change_combo(qtbot, box: QComboBox, text: str | None = None) -> None:
    box.setFocus()
    if box.isEditable():
        _type_over(qtbot, box.lineEdit(), text or "")
        return
    key = Qt.Key.Key_Down if box.currentIndex() < box.count() - 1 else Qt.Key.Key_Up
    qtbot.keyClick(box, key)


def change_control(qtbot, widget: QWidget, today: date, text: Callable[[QWidget], str]) -> None:
    """Change one control as a user would. ``text`` gives what to type into a text control."""
    widget.setFocus()
    if isinstance(widget, QComboBox):
        change_combo(qtbot, widget, text(widget) if widget.isEditable() else None)
    elif isinstance(widget, QCheckBox):
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    elif isinstance(widget, QDateEdit):
        _type_over(qtbot, widget, _date_text(widget, next_date(widget, today)))
    elif isinstance(widget, QSpinBox):
        qtbot.keyClick(widget, Qt.Key.Key_Up)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    elif isinstance(widget, QLineEdit):
        _type_over(qtbot, widget, text(widget))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(widget, " (checked again)")
        qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leaving the field saves it
    else:  # pragma: no cover - a new kind of control: teach the walk
        raise AssertionError(f"do not know how to change a {type(widget).__name__}")


def open_cell_editor(qtbot, cell: Cell) -> QWidget:
    view = cell.view
    view.setFocus()
    view.setCurrentIndex(cell.index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, f"F2 opened no editor for {cell.field}"
    return editor


def change_cell(qtbot, cell: Cell, today: date, text: Callable[[Cell, QWidget], str]) -> bool:
    """Change a cell as a user would: Space on a check box cell; else F2, change the editor's
    value by keyboard and Enter. False when the editor offers nothing to change (it is closed)."""
    view = cell.view
    if cell.checkable:
        view.setFocus()
        view.setCurrentIndex(cell.index)
        qtbot.keyClick(view, Qt.Key.Key_Space)
        return True
    editor = open_cell_editor(qtbot, cell)
    if isinstance(editor, QLineEdit) and isinstance(editor.parentWidget(), (QComboBox, QAbstractSpinBox)):
        editor = editor.parentWidget()
    if isinstance(editor, QComboBox):
        if editor.isEditable():
            _type_over(qtbot, editor.lineEdit(), text(cell, editor))
        else:
            key = Qt.Key.Key_Down if editor.currentIndex() < editor.count() - 1 else Qt.Key.Key_Up
            qtbot.keyClick(editor, key)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif isinstance(editor, QDateEdit):
        _type_over(qtbot, editor, _date_text(editor, next_date(editor, today)))
    elif isinstance(editor, QSpinBox):
        qtbot.keyClick(editor, Qt.Key.Key_Up)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif isinstance(editor, QListWidget):
        if editor.count() == 0:
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
            return False
        ticked = [i for i in range(editor.count()) if editor.item(i).checkState() == Qt.CheckState.Checked]
        editor.setCurrentRow(ticked[0] if ticked else 0)  # untick one, or tick the first offered
        qtbot.keyClick(editor, Qt.Key.Key_Space)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif isinstance(editor, DateCellEdit):  # a date typed as text: the day after the one shown
        shown = editor.day()
        _type_over(qtbot, editor, "+21d" if shown is None else (shown + timedelta(days=1)).isoformat())
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif isinstance(editor, QLineEdit):
        _type_over(qtbot, editor, text(cell, editor))
    else:  # pragma: no cover
        raise AssertionError(f"do not know how to change a cell editor {type(editor).__name__}")
    return True


def plus(value: Any) -> str:
    """A different value for a numeric text (an amount, a limit)."""
    try:
        return str(int(Decimal(str(value).replace(",", "").replace(" ", "").replace("\u00a0", "") or "0")) + 1000)
    except ArithmeticError:
        return "1000"


def reveal(widget: QWidget) -> None:
    """Bring the tab (or stacked page) that holds ``widget`` to the front, as a user would click it."""
    from PySide6.QtWidgets import QStackedWidget

    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    QApplication.processEvents()
