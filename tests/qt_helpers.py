"""Reading what a table view shows, as a user sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def table_rows(view, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def column_of(view, title: str) -> int:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title!r}")


def shown_window(qtbot, service, today, size=(1400, 900)):
    """The main window on ``service``, shown, exposed and active (so keys reach its widgets)."""
    from closeplan.ui.main_window import MainWindow, Workspace

    win = MainWindow(Workspace(service, today))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win
