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

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QFrame,
    QLineEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from closeplan.ui.i18n import translate

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
        # the date is what the whole text says once typed (see validate): not each text on the way,
        # which the field would write back in its own form ("2027-03-3" as "2027-03-03")
        self.setKeyboardTracking(False)
        self.optional = optional
        self.start = start  # where typing into an empty field starts (None: the field's own date)
        self._typing_from: QDate | None = None  # the date before the text now typed
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(empty_text)

    def is_empty(self) -> bool:
        return self.optional and self.date() == self.minimumDate()

    # A whole date typed is the date typed. QDateEdit takes typing a section at a time and fixes
    # the date up against its range between sections ("2026-12-10" typed over 2027-03-31 became
    # 2027-12-10; "2027-02-30" became 2027-02-03). Here the text is free while it is typed, is
    # read whole (parse_date: the locale's form, 2027/1/5, 2027年1月5日 …) and only a day in the
    # field's range is taken; anything else stays "intermediate" and the field keeps its date.
    def _typed(self, text: str) -> date | None:
        if self.optional and text == self.specialValueText():
            return None
        day = parse_date(text, self.start(), self.displayFormat())
        if day is None:
            return None
        low, high = self.minimumDate(), self.maximumDate()
        if not (date(low.year(), low.month(), low.day()) <= day <= date(high.year(), high.month(), high.day())):
            return None
        return day

    def validate(self, text: str, pos: int):
        if self.optional and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        state = QValidator.State.Acceptable if self._typed(text) is not None else QValidator.State.Intermediate
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = self._typed(text)
        if day is None:
            return (
                super().dateTimeFromText(text) if self.optional and text == self.specialValueText() else self.dateTime()
            )
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def fixup(self, text: str) -> str:
        # a text that names no day once typed: back to the date the field had before the typing
        # (not a day the text named halfway, such as 2027-02-3 on the way to 2027-02-30)
        before = self._typing_from if self._typing_from is not None else self.date()
        self._typing_from = None
        self.setDate(before)
        return self.textFromDateTime(QDateTime(before, QTime(0, 0)))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._typing_from = None

    def selectAll(self) -> None:
        # the line's own: QDateEdit's select-all puts the next key back into its sections, which
        # throw away a text that is no date yet (the first digit of one)
        self.lineEdit().selectAll()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.lineEdit().selectAll()  # typed over whole, as any field (QDateEdit selects a section)

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
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        line = self.lineEdit()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed(line.text()) is not None:
            self._typing_from = None  # a day: taken
        if event.matches(QKeySequence.StandardKey.SelectAll):
            line.selectAll()  # the whole text (QDateEdit's own select-all then puts typing back in sections)
            event.accept()
            return
        if plain and text and text.isprintable():
            if self._typing_from is None:
                self._typing_from = self.date()
            line.insert(text)  # the text as typed, over the selection (QDateEdit would edit a section)
            event.accept()
            return
        if plain and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            line.backspace() if event.key() == Qt.Key.Key_Backspace else line.del_()
            event.accept()
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


# The forms of a whole date typed besides the locale's: ISO, with slashes or dots, with or without
# leading zeros (2027/1/5, as Japanese write it), with the CJK units (2027年1月5日, 2027. 1. 5.).
_WRITTEN = (
    "yyyy-MM-dd",
    "yyyy/MM/dd",
    "yyyy.MM.dd",
    "yyyyMMdd",
    "yyyy-M-d",
    "yyyy/M/d",
    "yyyy.M.d",
    "yyyy. M. d.",
    "yyyy. M. d",
    "yyyy年M月d日",
    "yyyy년 M월 d일",
)
_WITHOUT_YEAR = ("M/d", "M-d", "M.d", "M月d日", "M월 d일")


def parse_date(text: str, today: date | None, display_format: str) -> date | None:
    """The day ``text`` names, or None: a date in ``display_format`` (the locale's) or ISO form,
    "+3d" / "+2w" / "+1m" / "-2d" (from ``today``), a weekday ("fri", "金", "fre": the next one
    after today), "today" or "tomorrow" (in any UI language)."""
    word = " ".join(text.strip().lower().split())
    if not word:
        return None
    for fmt in (display_format, *_WRITTEN):
        parsed = QDate.fromString(word, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
        parsed = QLocale().toDate(text.strip(), fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    if today is None:
        return None
    for fmt in _WITHOUT_YEAR:  # "12/24", "12月24日": the next such day from today on
        parsed = QDate.fromString(word, fmt)
        if parsed.isValid():
            for year in (today.year, today.year + 1):
                day = QDate(year, parsed.month(), parsed.day())
                if day.isValid() and date(year, parsed.month(), parsed.day()) >= today:
                    return date(year, parsed.month(), parsed.day())
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


def calendar_icon() -> QIcon:
    """A small calendar page: a coloured band on top, a grid of days below (drawn, so it looks the
    same on every system and theme)."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        page = QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit)
        p.setPen(QPen(QColor("#546e7a"), max(1.0, unit)))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(page, 1.5 * unit, 1.5 * unit)
        p.fillRect(QRectF(page.left(), page.top(), page.width(), 3.5 * unit), QColor("#1565c0"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#546e7a"))
        for row in range(3):
            for col in range(4):
                p.drawRect(QRectF((3.5 + col * 2.8) * unit, (7.5 + row * 2.2) * unit, 1.6 * unit, 1.4 * unit))
        p.end()
        icon.addPixmap(pixmap)
    return icon


class CalendarPopup(QFrame):
    """The month to pick a day from, under a date cell. Enter, a click or a double click picks
    the day (``picked``); Escape, Alt+Up, F4 or a click outside closes it and picks nothing."""

    picked = Signal(object)  # the day (a date)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("dateCalendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)  # Enter, or a double click
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        if self.isVisible():
            self.hide()
            self.picked.emit(date(day.year(), day.month(), day.day()))

    def open_at(self, day: date | None, below: QWidget) -> None:
        self.calendar.setLocale(QLocale())  # the UI language's names of days and months, its first weekday
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        place = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        if place.y() + self.height() > screen.bottom():  # no room below: above the cell
            place.setY(below.mapToGlobal(QPoint(0, 0)).y() - self.height())
        place.setX(max(screen.left(), min(place.x(), screen.right() - self.width())))
        place.setY(max(screen.top(), place.y()))
        self.move(place)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event) -> None:
        closing = event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4) or (
            event.key() == Qt.Key.Key_Up and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if closing:
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        parent = self.parentWidget()
        if parent is not None and parent.isVisible() and QApplication.focusWidget() is not parent:
            parent.setFocus(Qt.FocusReason.PopupFocusReason)


class DateCellEdit(QLineEdit):
    """A date cell's editor: the date as text, typed over like any cell. It takes the locale's
    form and the short forms of ``parse_date``; ``date()`` is the day typed (None while the text
    names none). ``today`` is the window's day, the one "+3d" counts from.

    The calendar button at its end, Alt+Down or F4 open a month to pick the day from: the day
    picked is put into the cell and ``picked`` tells whoever edits with it to save it, as Enter
    would (the cell's delegate does; the widget itself stores nothing)."""

    picked = Signal()

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
        self.popup: CalendarPopup | None = None  # made when first opened
        self.calendar_action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("dateCalendarAction")
        self.calendar_action.setToolTip(translate("DateCellEdit", "Pick a day from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.open_at(self.day() or self.today(), self)

    def _picked(self, value: date) -> None:
        self.set_day(value)
        self.picked.emit()

    def keyPressEvent(self, event) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_day(self, value: date | None) -> None:
        self.setText("" if value is None else QDate(value.year, value.month, value.day).toString(self.display_format))
        self.selectAll()

    def setDate(self, value: QDate) -> None:  # (as a QDateEdit: tests and scripts set it so)
        self.set_day(date(value.year(), value.month(), value.day()) if value.isValid() else None)

    def day(self) -> date | None:
        return parse_date(self.text(), self.today(), self.display_format)

    def is_empty(self) -> bool:
        return not self.text().strip()

    def names_a_day(self) -> bool:
        """The text is a day (or, in an optional cell, empty): what Enter or Tab can save."""
        return self.day() is not None or (self.optional and self.is_empty())

    def say_unknown(self) -> str:
        """Say, beside the cell, that its text names no day and how to type one; the words said."""
        example = QDate(2026, 12, 24).toString(self.display_format)
        text = translate(
            "DateCellEdit",
            "“{text}” is not a day. Type it as {example}, or as +3d, +2w, fri or today (Esc: keep the date).",
        ).format(text=self.text().strip(), example=example)
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)
        return text

    def _show_day(self, text: str) -> None:
        """While a short form is typed, the day it names is shown in the tooltip; an unknown text is red."""
        day = self.day()
        known = day is not None or (self.optional and self.is_empty())
        self.setStyleSheet("" if known else "color: #b00020")
        self.setToolTip(
            QDate(day.year, day.month, day.day).toString(self.display_format + " dddd") if day is not None else ""
        )
