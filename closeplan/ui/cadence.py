"""The meeting-cadence picker: "[third] [Thursday] [every month]", and the rule in words below.

It shows and emits RRULE text (``set_rule``, ``changed``) but never shows it: the choices and
the sentence come from closeplan.domain.cadence in the UI language. A stored rule the picker
cannot express is kept as it is ("custom rule"), described in words, until another is chosen.
The picker saves nothing itself: whoever uses it writes the rule it emits through its own path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from closeplan.domain.cadence import (
    ORDINALS,
    REPEATS,
    Cadence,
    Day,
    Frequency,
    Repeat,
    custom_words,
    day_words,
    describe,
    from_rrule,
    ordinal_words,
    repeat_words,
)
from closeplan.ui import i18n
from closeplan.ui.editor.base import bind
from closeplan.ui.i18n import Retranslating, translate
from closeplan.ui.values import ChoiceBox, choice_value

CUSTOM = "custom"  # the repeat box's entry for a stored rule the picker cannot express


def in_words(rule: str) -> str:
    """A stored rule as the UI shows it: in words, in the UI language (never the rule's text)."""
    return describe(rule, i18n.current())


class CadencePicker(Retranslating, QWidget):
    """Choose a cadence with three boxes (ordinal, day, how often); ``changed`` carries the new
    RRULE ("" for no regular meeting) after each choice the user makes, never after ``set_rule``."""

    changed = Signal(str)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self._rule = ""
        self._custom = ""  # the stored rule the picker cannot express, offered as "custom rule"
        self._setting = True  # boxes filled or set by the program: no choice of the user's
        self.repeat = ChoiceBox([None, *REPEATS])
        self.ordinal = ChoiceBox(list(ORDINALS))
        self.day = ChoiceBox(list(Day))
        for box, part in ((self.repeat, "Repeat"), (self.ordinal, "Ordinal"), (self.day, "Day")):
            box.setObjectName(f"{name}{part}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for _value in box.choices:
                box.addItem("")
            box.currentIndexChanged.connect(self._chosen)
        self.ordinal.setCurrentIndex(ORDINALS.index(3))
        self.day.setCurrentIndex(list(Day).index(Day.TH))
        self.words = QLabel()
        self.words.setObjectName(f"{name}Words")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.words)
        self._order: tuple[QComboBox, ...] = ()
        self._setting = False
        self.retranslate_ui()

    def bind_field(self, address: str) -> None:
        """Say which stored field the picker's boxes edit (see closeplan.ui.editor.base.bind)."""
        for box in self.boxes():
            bind(box, address)

    def boxes(self) -> tuple[QComboBox, ...]:
        return (self.repeat, self.ordinal, self.day)

    # --- the stored rule in, the chosen rule out --------------------------------------------------

    def rule(self) -> str:
        """The rule chosen (or shown): RRULE text, "" for no regular meeting."""
        return self._rule

    def set_rule(self, rule: str) -> None:
        """Show a stored rule (no ``changed``)."""
        rule = (rule or "").strip()
        cadence = from_rrule(rule) if rule else None
        self._setting = True
        try:
            if not rule:
                self._select(self.repeat, None)
            elif cadence is None:
                self._custom = rule
                self._offer_custom(True)
                self._select(self.repeat, CUSTOM)
            else:
                self._select(self.repeat, cadence.repeat)
                if cadence.repeat.frequency is not Frequency.WEEKLY:
                    self._select(self.ordinal, cadence.ordinal)
                self._select(self.day, cadence.day)
            if cadence is not None or not rule:
                self._offer_custom(False)
        finally:
            self._setting = False
        self._rule = rule
        self._show()

    def _chosen(self, _index: int) -> None:
        if self._setting:
            return
        rule = self._from_boxes()
        changed = rule != self._rule
        self._rule = rule
        self._show()
        if changed:
            self.changed.emit(rule)

    def _from_boxes(self) -> str:
        """The one place the boxes' entries become a rule (the values themselves, not Qt's data)."""
        repeat = choice_value(self.repeat)
        if repeat is None:
            return ""
        if repeat == CUSTOM:
            return self._custom
        assert isinstance(repeat, Repeat)
        day = choice_value(self.day)
        if repeat.frequency is Frequency.WEEKLY and day is Day.BUSINESS:  # weekly: on a weekday
            self._setting = True
            self._select(self.day, Day.MO)
            self._setting = False
            day = Day.MO
        return Cadence(repeat, day, choice_value(self.ordinal)).to_rrule()

    # --- showing --------------------------------------------------------------------------------

    @staticmethod
    def _select(box: ChoiceBox, value) -> None:
        if value in box.choices:
            box.setCurrentIndex(box.choices.index(value))

    def _offer_custom(self, offered: bool) -> None:
        has = CUSTOM in self.repeat.choices
        if offered and not has:
            self.repeat.choices.append(CUSTOM)
            self.repeat.addItem(custom_words(i18n.current()))
        elif not offered and has:
            index = self.repeat.choices.index(CUSTOM)
            self.repeat.choices.pop(index)
            self.repeat.removeItem(index)

    def _show(self) -> None:
        repeat = choice_value(self.repeat)
        chosen = isinstance(repeat, Repeat)
        weekly = chosen and repeat.frequency is Frequency.WEEKLY
        self.ordinal.setVisible(chosen and not weekly)
        self.day.setVisible(chosen)
        model = self.day.model()
        if isinstance(model, QStandardItemModel):  # no "business day" every week
            item = model.item(self.day.choices.index(Day.BUSINESS))
            if item is not None:
                item.setEnabled(not weekly)
        self.words.setText(in_words(self._rule) if self._rule else "")  # (no meeting: the box says it)

    def retranslate_ui(self) -> None:
        language = i18n.current()
        for i, value in enumerate(self.repeat.choices):
            self.repeat.setItemText(i, custom_words(language) if value == CUSTOM else repeat_words(value, language))
        for i, value in enumerate(self.ordinal.choices):
            self.ordinal.setItemText(i, ordinal_words(value, language))
        for i, value in enumerate(self.day.choices):
            self.day.setItemText(i, day_words(value, language))
        self.repeat.setAccessibleName(translate("CadencePicker", "How often"))
        self.ordinal.setAccessibleName(translate("CadencePicker", "Which one in the month"))
        self.day.setAccessibleName(translate("CadencePicker", "Day"))
        self.words.setAccessibleName(translate("CadencePicker", "Regular meetings in words"))
        self._arrange(language)
        self._show()

    def _arrange(self, language: str) -> None:
        """The boxes in the order the language says it: "third Thursday, every month"; 毎月・第3・木曜日."""
        order = (
            (self.repeat, self.ordinal, self.day) if language in ("ja", "ko") else (self.ordinal, self.day, self.repeat)
        )
        if order == self._order:
            return
        while self.row.count():
            self.row.takeAt(0)
        for box in order:
            self.row.addWidget(box)
        self.row.addStretch(1)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(order[0])
        self._order = order
