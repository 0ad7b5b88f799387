"""The Stakeholders tab: both sides' people, and the seed's rank × influence grid
(high rank with low influence, low rank with high influence)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain import edits as E
from closeplan.domain.model import Attitude, Influence, Role, Seniority, Side, Stakeholder
from closeplan.ui.delegates import ChoiceDelegate, MultiChoiceDelegate
from closeplan.ui.editor.base import EditorTab
from closeplan.ui.formatting import SIDE_COLOURS, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.models import Column, EditableRowModel
from closeplan.ui.sheet import SheetView

FIELDS = ("name", "title", "side", "roles", "influence", "seniority", "attitude", "email", "phone", "notes")
CHOICES = {
    "side": tuple(Side),
    "influence": tuple(Influence),
    "seniority": tuple(Seniority),
    "attitude": tuple(Attitude),
}


class StakeholderModel(EditableRowModel):
    fields = FIELDS
    context = "StakeholderModel"
    entity = "stakeholder"

    columns = (
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Name"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Title"), lambda p: p.title),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Side"), lambda p: label(p.side)),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Roles"), lambda p: ", ".join(label(r) for r in p.roles)),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Influence"), lambda p: label(p.influence)),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Rank"), lambda p: label(p.seniority)),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Attitude"), lambda p: label(p.attitude)),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Email"), lambda p: p.email),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Phone"), lambda p: p.phone),
        Column(QT_TRANSLATE_NOOP("StakeholderModel", "Notes (internal)"), lambda p: p.notes),
    )

    def extra_data(self, obj: Stakeholder, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == FIELDS.index("side"):
            return QBrush(SIDE_COLOURS[obj.side.value])
        return None


class InfluenceGrid(QWidget):
    """Customer contacts placed by rank (up: executive) and influence (right: high)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("influenceGrid")  # painted: its texts are translated on every paint
        self.setMinimumSize(320, 260)
        self.people: list[Stakeholder] = []

    def set_people(self, people: list[Stakeholder]) -> None:
        self.people = [p for p in people if p.side is Side.CUSTOMER]
        self.update()

    def quadrant(self, person: Stakeholder) -> tuple[int, int] | None:
        """(column, row): column 1 = high influence, row 0 = high rank. None when unknown."""
        if person.influence is Influence.UNKNOWN or person.seniority is Seniority.UNKNOWN:
            return None
        high_rank = person.seniority in (Seniority.EXECUTIVE, Seniority.SENIOR_MANAGER)
        return (1 if person.influence is Influence.HIGH else 0, 0 if high_rank else 1)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin_left, margin_top, margin_bottom = 28, 8, 40
        width = self.width() - margin_left - 8
        height = self.height() - margin_top - margin_bottom
        cell_w, cell_h = width / 2, height / 2
        captions = {
            (0, 0): translate("InfluenceGrid", "High rank, low influence\n(may only rubber-stamp)"),
            (1, 0): translate("InfluenceGrid", "High rank, high influence\n(decides)"),
            (0, 1): translate("InfluenceGrid", "Low rank, low influence"),
            (1, 1): translate("InfluenceGrid", "Low rank, high influence\n(the real influence)"),
        }
        tints = {(1, 0): "#e3f2e1", (1, 1): "#e8f0fe", (0, 0): "#fff1d6", (0, 1): "#f5f5f5"}
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        for (col, row), caption in captions.items():
            rect = QRectF(margin_left + col * cell_w, margin_top + row * cell_h, cell_w, cell_h)
            painter.fillRect(rect, QColor(tints[(col, row)]))
            painter.setPen(QPen(QColor("#bdbdbd")))
            painter.drawRect(rect)
            painter.setFont(small)
            painter.setPen(QColor("#757575"))
            painter.drawText(
                rect.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, caption
            )
            names = [p.name for p in self.people if self.quadrant(p) == (col, row)]
            painter.setFont(self.font())
            painter.setPen(QColor("#212121"))
            painter.drawText(
                rect.adjusted(6, 34, -6, -4), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, "\n".join(names)
            )
        painter.setFont(small)
        painter.setPen(QColor("#424242"))
        painter.drawText(
            QRectF(margin_left, self.height() - 36, width, 16),
            Qt.AlignmentFlag.AlignCenter,
            translate("InfluenceGrid", "influence: low → high"),
        )
        unknown = [p.name for p in self.people if self.quadrant(p) is None]
        if unknown:
            painter.setPen(QColor("#b3261e"))
            painter.drawText(
                QRectF(margin_left, self.height() - 20, width, 16),
                Qt.AlignmentFlag.AlignLeft,
                translate("InfluenceGrid", "Rank or influence unknown: {names}").format(names=", ".join(unknown)),
            )
        painter.save()
        painter.translate(14, margin_top + height / 2)
        painter.rotate(-90)
        painter.setPen(QColor("#424242"))
        painter.drawText(
            QRectF(-height / 2, -8, height, 16),
            Qt.AlignmentFlag.AlignCenter,
            translate("InfluenceGrid", "rank: low → high"),
        )
        painter.restore()


class StakeholdersTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.model = StakeholderModel(self)
        self.model.edit_requested.connect(self._edited, Qt.ConnectionType.QueuedConnection)
        self.view = SheetView()
        self.view.setObjectName("stakeholderTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for field, choices in CHOICES.items():
            self.view.setItemDelegateForColumn(FIELDS.index(field), ChoiceDelegate(choices, self))
        self.view.setItemDelegateForColumn(
            FIELDS.index("roles"), MultiChoiceDelegate(lambda _i: [(label(r), r) for r in Role], self)
        )
        self.grid = InfluenceGrid()
        self.add_customer = QPushButton()
        self.add_customer.setObjectName("addCustomer")
        self.add_customer.clicked.connect(lambda: self._add(Side.CUSTOMER))
        self.add_vendor = QPushButton()
        self.add_vendor.setObjectName("addColleague")
        self.add_vendor.clicked.connect(lambda: self._add(Side.VENDOR))
        self.remove = QPushButton()
        self.remove.setObjectName("removeStakeholder")
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_customer, self.add_vendor, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # (3:2 from the start: the table's columns need the room)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_customer.setText(translate("StakeholdersTab", "Add customer contact"))
        self.add_vendor.setText(translate("StakeholdersTab", "Add colleague"))
        self.remove.setText(translate("StakeholdersTab", "Remove"))
        self.grid.update()
        super().retranslate_ui()

    def load(self) -> None:
        people = list(self.deal.stakeholders) if self.deal else []
        people.sort(key=lambda p: p.side is not Side.CUSTOMER)
        self.model.deal_id = self.deal.id if self.deal else None
        self.model.set_rows(people)
        self.grid.set_people(people)
        self.view.resizeColumnsToContents()

    def _edited(self, deal_id, person_id, field: str, value) -> None:
        deal = self.deal_for(deal_id)
        person = next((p for p in deal.stakeholders if p.id == person_id), None) if deal else None
        if person is None:
            return
        changed = copy.deepcopy(person)
        setattr(changed, field, value.strip() if isinstance(value, str) and field == "name" else value)
        column = self.model.headerData(FIELDS.index(field), Qt.Orientation.Horizontal)
        self.apply_to(
            deal_id,
            translate("StakeholdersTab", "Change {field} of {name}").format(field=column, name=person.name),
            E.put_stakeholder(changed),
        )

    def _add(self, side: Side) -> None:
        name = (
            translate("StakeholdersTab", "New contact")
            if side is Side.CUSTOMER
            else translate("StakeholdersTab", "New colleague")
        )
        person = Stakeholder(name=name, side=side)
        if self.apply(translate("StakeholdersTab", "Add stakeholder"), E.put_stakeholder(person)):
            row = next(i for i, p in enumerate(self.model.rows()) if p.id == person.id)
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.edit(self.model.index(row, 0))

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            person = self.model.row_object(index.row())
            self.apply(
                translate("StakeholdersTab", "Remove {name}").format(name=person.name), E.delete_stakeholder(person.id)
            )
