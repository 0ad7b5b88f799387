"""A table edited like a spreadsheet, by keyboard.

Typing over a cell starts editing it; Enter saves and goes down to the next row in the same
column; Tab saves and goes right (Shift+Tab left), into the next cell's editor; Esc cancels.
The rows are refreshed in place after a save (see ``RowTableModel.update_in_place``), so the
current cell stays where the keyboard put it and an editor already open in the next cell keeps
what is typed into it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class SheetView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setTabKeyNavigation(True)

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
