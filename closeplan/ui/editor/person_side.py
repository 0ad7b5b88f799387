"""People once: a new name typed where a person is asked for becomes a stakeholder of the deal.
When the side it belongs to is not plain (the owner of a joint step), it is asked, once, in a bar
above the table that never takes the keyboard: typing goes on in the table meanwhile."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from closeplan.domain import edits as E
from closeplan.domain.model import Deal, OwnerSide, Side
from closeplan.ui.i18n import translate


class NewPersonBar(QWidget):
    """ "Which side is Ann on? [The customer] [Our company] [Not a stakeholder]": the answer
    adds her to the deal's people as its own (undoable) edit. Names wait their turn."""

    def __init__(self, tab):
        super().__init__(tab)
        self.setObjectName("newPersonBar")
        self.tab = tab
        self.waiting: list[tuple[uuid.UUID, str]] = []
        self.question = QLabel()
        self.question.setObjectName("newPersonQuestion")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question)
        for key, side in (("customer", Side.CUSTOMER), ("vendor", Side.VENDOR), ("none", None)):
            button = QPushButton()
            button.setObjectName(f"newPerson_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the table
            button.clicked.connect(lambda _c=False, s=side: self.answer(s))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.hide()

    def ask(self, deal_id: uuid.UUID, name: str) -> None:
        if (deal_id, name) not in self.waiting:
            self.waiting.append((deal_id, name))
        self._show_first()

    def _show_first(self) -> None:
        if not self.waiting:
            self.hide()
            return
        _deal_id, name = self.waiting[0]
        self.question.setText(translate("PersonSide", "Which side is {name} on?").format(name=name))
        self.buttons["customer"].setText(translate("PersonSide", "The customer"))
        self.buttons["vendor"].setText(translate("PersonSide", "Our company"))
        self.buttons["none"].setText(translate("PersonSide", "Not a stakeholder"))
        self.show()

    def answer(self, side: Side | None) -> None:
        if not self.waiting:
            return
        deal_id, name = self.waiting.pop(0)
        if side is not None:
            self.tab.apply_to(deal_id, translate("PersonSide", "New person"), E.person_named(name, side))
        self._show_first()


def side_for_new_person(tab: QWidget, deal: Deal, name: str, side: OwnerSide) -> Side | None:
    """The side of ``name`` when it is a new person of ``deal``: the step's own side. For a joint
    step the question goes to the tab's bar (answered later) and None is returned, as it is for
    a known person or no name: nobody to add now."""
    if E.known_person(deal, name):
        return None
    plain = E.stakeholder_side(side)
    if plain is not None:
        return plain
    bar = tab.findChild(NewPersonBar)
    if bar is None:
        bar = NewPersonBar(tab)
        layout = tab.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, bar)  # (below the tab's buttons, above its table)
    bar.ask(deal.id, name.strip())
    return None
