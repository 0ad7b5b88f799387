"""A date field that may be empty, and that can be typed into while it is.

QDateEdit shows "no date" as its minimum date with a special text ("—"); typing digits over
that text does nothing (the text is not a date, so nothing parses), and the user's keys are
lost. Here, the first digit typed into an empty field starts from a real date (the window's
today, never the wall clock), selects it and lets the typing replace it; Delete or Backspace
over the whole text empties the field again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1999, 12, 31)  # shown as the special text: "no date"


class DateEdit(QDateEdit):
    def __init__(
        self,
        parent: QWidget | None = None,
        optional: bool = False,
        empty_text: str = "—",
        start: Callable[[], date | None] = lambda: None,
    ):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.optional = optional
        self.start = start  # where typing into an empty field starts (None: the field's own date)
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(empty_text)

    def is_empty(self) -> bool:
        return self.optional and self.date() == self.minimumDate()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if self.is_empty() and text and text.isdigit():
            begin = self.start()
            self.setDate(QDate(begin.year, begin.month, begin.day) if begin else QDate(2000, 1, 1))
            self.lineEdit().selectAll()
        elif (
            self.optional
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setDate(self.minimumDate())
            return
        super().keyPressEvent(event)
