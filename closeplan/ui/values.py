"""The one boundary where widget values become domain values.

Qt hands enum item data (``StrEnum`` in ``QComboBox.itemData``, model roles) back as plain
``str``, dates as ``QDate``, check boxes as ``Qt.CheckState``. Every model, delegate and form
passes what a widget gives through ``to_domain`` (for a field of an entity) or reads a choice
box with ``choice_value``, so the services only ever see values of the field's declared type
(they refuse anything else with ``FieldTypeError``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from closeplan.domain.fields import coerce
from closeplan.ui.formatting import from_qdate


def from_qt(value: Any) -> Any:
    """A Qt value as the Python value it stands for (QDate → date, a check state → bool)."""
    if isinstance(value, QDate):
        return from_qdate(value)
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value


def to_domain(owner: type, name: str, value: Any) -> Any:
    """``value`` from a widget as the declared type of ``owner.name`` (FieldTypeError if it cannot be)."""
    return coerce(owner, name, from_qt(value))


class ChoiceBox(QComboBox):
    """A combo box of fixed choices that keeps the values themselves beside its entries
    (``choices[i]`` is entry i's), not only as item data."""

    def __init__(self, choices: list[Any] | None = None):
        super().__init__()
        self.choices: list[Any] = list(choices or ())


def set_choices(box: ChoiceBox, values: list[Any], labels: list[str]) -> None:
    """Fill a choice box, keeping the values themselves beside it (not only as item data)."""
    box.clear()
    box.choices = list(values)
    for value, text in zip(values, labels):
        box.addItem(text, value)


def choice_value(box: QComboBox) -> Any:
    """The value of the chosen entry: the member itself for boxes filled with ``choices``, else
    the item data (which Qt may have turned into plain text)."""
    index = box.currentIndex()
    members = getattr(box, "choices", None)
    if members is not None and 0 <= index < len(members):
        return members[index]
    return box.currentData()
