"""A date field that may be empty, and that can be typed into while it is.

QDateEdit shows "no date" as its minimum date with a special text ("—"); typing digits over
that text does nothing (the text is not a date, so nothing parses), and the user's keys are
lost. Here, the first digit typed into an empty field starts from a real date (the window's
today, never the wall clock), selects it and lets the typing replace it; Delete or Backspace
over the whole text empties the field again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

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


# --- dates typed as words ---------------------------------------------------------------------
# The day names and words a date cell understands, in every UI language at once (an AE in Tokyo
# may type "fri" as well as "金"). A name matches in full or by a prefix of two letters or more.
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "måndag", "月曜日", "월요일", "月", "월"),
    ("tuesday", "tisdag", "火曜日", "화요일", "火", "화"),
    ("wednesday", "onsdag", "水曜日", "수요일", "水", "수"),
    ("thursday", "torsdag", "木曜日", "목요일", "木", "목"),
    ("friday", "fredag", "金曜日", "금요일", "金", "금"),
    ("saturday", "lördag", "土曜日", "토요일", "土", "토"),
    ("sunday", "söndag", "日曜日", "일요일", "日", "일"),
)
_TODAY_WORDS = ("today", "idag", "i dag", "今日", "きょう", "本日", "오늘")
_TOMORROW_WORDS = ("tomorrow", "imorgon", "i morgon", "明日", "あした", "내일")
_DAY_UNITS = ("", "d", "day", "days", "dag", "dagar", "日", "일")
_WEEK_UNITS = ("w", "wk", "week", "weeks", "v", "vecka", "veckor", "週", "週間", "주")
_MONTH_UNITS = ("m", "mo", "month", "months", "mån", "månad", "månader", "ヶ月", "か月", "개월", "달")
_OFFSET = re.compile(r"^([+-])\s*(\d{1,4})\s*(\D*)$")


def _weekday(word: str) -> int | None:
    """Monday = 0 … Sunday = 6, for a day's name or a prefix of it of two letters or more."""
    for number, names in enumerate(_WEEKDAYS):
        if any(word == name or (len(word) >= 2 and name.startswith(word)) for name in names):
            return number
    return None


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has 28 days


def parse_date(text: str, today: date | None, display_format: str) -> date | None:
    """The day ``text`` names, or None: a date in ``display_format`` (the locale's) or ISO form,
    "+3d" / "+2w" / "+1m" / "-2d" (from ``today``), a weekday ("fri", "金", "fre": the next one
    after today), "today" or "tomorrow" (in any UI language)."""
    word = " ".join(text.strip().lower().split())
    if not word:
        return None
    for fmt in (display_format, "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd"):
        parsed = QDate.fromString(word, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
        parsed = QLocale().toDate(text.strip(), fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    if today is None:
        return None
    if word in _TODAY_WORDS:
        return today
    if word in _TOMORROW_WORDS:
        return today + timedelta(days=1)
    offset = _OFFSET.match(word)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        count, unit = int(offset.group(2)) * sign, offset.group(3).strip()
        try:
            if unit in _DAY_UNITS:
                return today + timedelta(days=count)
            if unit in _WEEK_UNITS:
                return today + timedelta(weeks=count)
            if unit in _MONTH_UNITS:
                return _add_months(today, count)
        except (OverflowError, ValueError):
            return None
        return None
    weekday = _weekday(word.removeprefix("next ").removeprefix("nästa ").removeprefix("次の").removeprefix("다음 "))
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    return None


class DateCellEdit(QLineEdit):
    """A date cell's editor: the date as text, typed over like any cell. It takes the locale's
    form and the short forms of ``parse_date``; ``date()`` is the day typed (None while the text
    names none). ``today`` is the window's day, the one "+3d" counts from."""

    def __init__(
        self,
        parent: QWidget | None = None,
        display_format: str = "yyyy-MM-dd",
        today: Callable[[], date | None] = lambda: None,
        optional: bool = False,
    ):
        super().__init__(parent)
        self.display_format, self.today, self.optional = display_format, today, optional
        self.textChanged.connect(self._show_day)

    def set_day(self, value: date | None) -> None:
        self.setText("" if value is None else QDate(value.year, value.month, value.day).toString(self.display_format))
        self.selectAll()

    def setDate(self, value: QDate) -> None:  # (as a QDateEdit: tests and scripts set it so)
        self.set_day(date(value.year(), value.month(), value.day()) if value.isValid() else None)

    def day(self) -> date | None:
        return parse_date(self.text(), self.today(), self.display_format)

    def is_empty(self) -> bool:
        return not self.text().strip()

    def _show_day(self, text: str) -> None:
        """While a short form is typed, the day it names is shown in the tooltip; an unknown text is red."""
        day = self.day()
        known = day is not None or (self.optional and self.is_empty())
        self.setStyleSheet("" if known else "color: #b00020")
        self.setToolTip(
            QDate(day.year, day.month, day.day).toString(self.display_format + " dddd") if day is not None else ""
        )
