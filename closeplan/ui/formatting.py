"""How values look in the UI: dates with four-digit years, money with its currency,
enum labels and risk messages in the UI language, and the risk colours (always shown
together with text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from closeplan.domain.basics import Level
from closeplan.domain.currency import format_amount, minor_units
from closeplan.export import doc_text
from closeplan.ui import i18n

ISO_FORMAT = "yyyy-MM-dd"

LEVEL_COLOURS = {
    Level.HIGH: QColor("#c62828"),
    Level.MEDIUM: QColor("#ef8f00"),
    Level.LOW: QColor("#2e7d32"),
}
LEVEL_TINTS = {
    Level.HIGH: QColor("#fde0dc"),
    Level.MEDIUM: QColor("#fff1d6"),
    Level.LOW: QColor("#e3f2e1"),
}
OVERDUE = QColor("#b3261e")
VAGUE = QColor("#8a5a00")
UNKNOWN = QColor("#b3261e")

SIDE_COLOURS = {"vendor": QColor("#1565c0"), "joint": QColor("#6a1b9a"), "customer": QColor("#00838f")}


_formats: dict[str, str] = {}


def date_format() -> str:
    """The user's short date format with a four-digit year (QLocale's short formats use two
    digits in en_US and ko_KR). ISO 8601 for the C locale."""
    locale = QLocale()
    name = locale.name()
    if name not in _formats:
        if locale.language() == QLocale.Language.C:
            _formats[name] = ISO_FORMAT
        else:
            text = locale.dateFormat(QLocale.FormatType.ShortFormat)
            if "yyyy" not in text:
                text = text.replace("yy", "yyyy")
            _formats[name] = text
    return _formats[name]


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    fmt = date_format()
    if fmt == ISO_FORMAT:
        return value.isoformat()
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


_MONTH_FORMATS = {
    QLocale.Language.C: "yyyy-MM",
    QLocale.Language.Japanese: "yyyy年M月",
    QLocale.Language.Korean: "yyyy년 M월",
}


def fmt_month(value: date) -> str:
    """A month as a local reader writes it: "Nov 2026", "2026年11月", "2026년 11월", "nov. 2026"."""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, 1), _MONTH_FORMATS.get(locale.language(), "MMM yyyy"))


def fmt_money(amount: Decimal, currency: str) -> str:
    """The amount with the user's digit grouping and decimal sign, and the currency code
    (so yen and kronor are never confused); yen and won without decimals."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return format_amount(amount, currency)
    places = minor_units(currency)
    return f"{locale.toString(float(amount), 'f', places)}\u00a0{currency}"


def label(value: Enum | None) -> str:
    """An enum value in the UI language ("in_progress" -> "In progress", "対応中"…), from the
    same catalogue as the documents."""
    if value is None:
        return ""
    text = doc_text.enum_label(value, i18n.current())
    return i18n.stretch(text) if i18n.is_pseudo() else text


class _WindowWords:
    """How the window writes a flag's values: its words in the UI language, and dates and
    amounts as every other cell of the window (not the documents' "2026. 8. 24." in a Korean
    window whose dates are 2026-08-24)."""

    def __init__(self, words) -> None:
        self._words = words
        self.language = words.language

    def date(self, value: date) -> str:
        return fmt_date(value)

    def amount(self, value, currency: str) -> str:
        return fmt_money(value, currency)

    def __getattr__(self, name: str):
        return getattr(self._words, name)  # number, enum, titles, words: the language's


def flag_text(flag) -> str:
    """A risk flag's message in the UI language (a hand-entered risk keeps its own words)."""
    language = i18n.current()
    text = doc_text.flag_text(flag, language, _WindowWords(doc_text.flag_words(language)))
    return i18n.stretch(text) if i18n.is_pseudo() else text


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())
