"""How values look in the UI: dates with four-digit years, money with its currency,
enum labels, and the risk colours (always shown together with text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from closeplan.domain.currency import format_amount
from closeplan.domain.model import Level

DATE_FORMAT = "yyyy-MM-dd"

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


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_money(amount: Decimal, currency: str) -> str:
    return format_amount(amount, currency)


_LABELS = {"it_security": "IT/security", "po_signer": "PO signer", "purchase_order": "Purchase order (PO)"}


def label(value: Enum | None) -> str:
    """The display label of an enum value ("in_progress" -> "In progress")."""
    if value is None:
        return ""
    raw = str(value.value)
    if raw in _LABELS:
        return _LABELS[raw]
    text = raw.replace("_", " ")
    return text[:1].upper() + text[1:]


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())
