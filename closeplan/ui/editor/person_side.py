"""People once: a new name typed where a person is asked for becomes a stakeholder of the deal.
When the side it belongs to is not plain (the owner of a joint step), it is asked, once."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from closeplan.domain.model import Deal, OwnerSide, Side
from closeplan.services import editing as E
from closeplan.ui.i18n import translate


def side_for_new_person(parent: QWidget, deal: Deal, name: str, side: OwnerSide) -> Side | None:
    """The side of ``name`` when it is a new person of ``deal``: the step's own side, else asked
    (a joint step). None: nobody to add (a known person, no name, or the question declined)."""
    if E.known_person(deal, name):
        return None
    plain = E.stakeholder_side(side)
    if plain is not None:
        return plain
    box = QMessageBox(parent)
    box.setObjectName("personSideQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PersonSide", "New person"))
    box.setText(translate("PersonSide", "Which side is {name} on?").format(name=name.strip()))
    customer = box.addButton(translate("PersonSide", "The customer"), QMessageBox.ButtonRole.AcceptRole)
    vendor = box.addButton(translate("PersonSide", "Our company"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("PersonSide", "Not a stakeholder"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(customer)
    box.exec()
    clicked = box.clickedButton()
    return Side.CUSTOMER if clicked is customer else Side.VENDOR if clicked is vendor else None
