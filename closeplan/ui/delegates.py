"""Cell editors: a date picker, choice lists, a person picker (stakeholders or typed)
and a multi-choice list for dependencies. They read and write ``Role.Value`` so Python
values (dates, enums, ids) never pass through text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from closeplan.ui.dates import DateCellEdit
from closeplan.ui.formatting import date_format, label
from closeplan.ui.i18n import translate
from closeplan.ui.models import Index, Role


class DateDelegate(QStyledItemDelegate):
    """A date typed over like any cell: in the locale's form or as "+3d", "+2w", "fri"/"金"/"fre",
    "today" (see ``parse_date``). ``today`` gives the day those count from and the day an empty
    required date starts from (the window's day, never the wall clock read here). A text that
    names no day saves nothing: the cell keeps its date. Alt+Down, F4 or the calendar button
    open a month to pick the day from; a day picked is saved as Enter would save it."""

    def __init__(self, parent=None, optional: bool = False, today: Callable[[], date | None] = lambda: None):
        super().__init__(parent)
        self.optional = optional
        self.today = today

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateCellEdit(parent, display_format=date_format(), today=self.today, optional=self.optional)
        editor.setObjectName("dateEditor")
        editor.picked.connect(lambda: self._commit_and_close(editor))  # a day picked from the calendar
        return editor

    def eventFilter(self, editor, event) -> bool:
        """Enter or Tab over a text that names no day keeps the cell open and says how to type a
        day (it saved nothing, silently, and the typed text was gone); Escape keeps the date."""
        if (
            isinstance(editor, DateCellEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not editor.names_a_day()
        ):
            editor.say_unknown()
            editor.selectAll()
            return True
        return super().eventFilter(editor, event)

    def _commit_and_close(self, editor: DateCellEdit) -> None:
        """Save the cell and close its editor as Enter does (the table then goes down a row)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor = cast(DateCellEdit, editor)  # (made by createEditor)
        value = index.data(Role.Value)
        editor.set_day(value if value is not None or self.optional else self.today())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor = cast(DateCellEdit, editor)
        value = editor.day()
        if value is None and not (self.optional and editor.is_empty()):
            return  # no day named: nothing to save
        if value != index.data(Role.Value):
            model.setData(index, value, Role.Value)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        rect.setWidth(
            max(rect.width(), editor.fontMetrics().horizontalAdvance("0000-00-00 ") + 12 + 22)
        )  # (+ the button)
        editor.setGeometry(rect)


class ChoiceDelegate(QStyledItemDelegate):
    """A fixed list of enum members, labelled in the UI language of the moment."""

    def __init__(self, choices: Sequence[Enum], parent=None):
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("choiceEditor")
        for value in self.choices:
            editor.addItem(label(value), value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor = cast(QComboBox, editor)
        value = index.data(Role.Value)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor = cast(QComboBox, editor)
        if 0 <= editor.currentIndex() < len(self.choices):  # the member itself, not Qt's plain text of it
            model.setData(index, self.choices[editor.currentIndex()], Role.Value)


NEW_PERSON = "closeplan:new-person"  # the "New person…" entry's data: clears the field to type a name


class PersonDelegate(QStyledItemDelegate):
    """A stakeholder's name picked from the list, or a new person's name typed in (the last
    entry, "New person…", empties the field for it)."""

    def __init__(self, names: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("personEditor")
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems(self.names())
        editor.addItem(translate("PersonDelegate", "New person…"), NEW_PERSON)

        def chosen(i: int) -> None:
            if editor.itemData(i) == NEW_PERSON:
                editor.setEditText("")
                editor.setFocus()

        editor.activated.connect(chosen)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor = cast(QComboBox, editor)
        editor.setCurrentText(index.data(Role.Value) or "")
        line = editor.lineEdit()
        if line is not None:  # (it is editable)
            line.selectAll()  # typing over the cell replaces the name, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor = cast(QComboBox, editor)
        text = editor.currentText().strip()
        if text == editor.itemText(editor.count() - 1):
            return  # "New person…" itself is no name
        model.setData(index, text, Role.Value)


class _ChoiceList(QListWidget):
    """The multi-choice editor: its entries' values kept beside them (``values[i]`` is entry i's)."""

    values: list[Any]


class MultiChoiceDelegate(QStyledItemDelegate):
    """Tick any of several (label, value) choices; the cell's value is the list of values."""

    def __init__(self, choices: Callable[[Index], list[tuple[str, Any]]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = _ChoiceList(parent)
        editor.setObjectName("multiChoiceEditor")
        choices = self.choices(index)
        editor.values = [value for _text, value in choices]  # Qt would give enum members back as text
        for text, value in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            editor.addItem(item)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor = cast(_ChoiceList, editor)
        chosen = set(index.data(Role.Value) or [])
        for i in range(editor.count()):
            item = editor.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor = cast(_ChoiceList, editor)
        chosen = [
            editor.values[i] for i in range(editor.count()) if editor.item(i).checkState() == Qt.CheckState.Checked
        ]
        model.setData(index, chosen, Role.Value)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor = cast(_ChoiceList, editor)
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), 320))
        rect.setHeight(min(240, 22 * max(3, editor.count()) + 6))
        editor.setGeometry(rect)
