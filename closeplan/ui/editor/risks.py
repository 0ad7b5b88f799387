"""The Risks tab: computed flags with their explanation, and risks entered by hand."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from closeplan.domain import edits as E
from closeplan.domain.model import Level, Risk, RiskStatus
from closeplan.ui.delegates import ChoiceDelegate, PersonDelegate
from closeplan.ui.editor.base import EditorTab
from closeplan.ui.formatting import LEVEL_COLOURS, LEVEL_TINTS, flag_text, fmt_date, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.models import Column, EditableRowModel, RowTableModel
from closeplan.ui.sheet import SheetView

RISK_FIELDS = ("description", "likelihood", "impact", "mitigation", "owner", "status")


class FlagModel(RowTableModel):
    context = "FlagModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("FlagModel", "Severity"),
            lambda f: label(f.severity),
            lambda f: {"high": 3, "medium": 2, "low": 1}[f.severity.value],
        ),
        Column(QT_TRANSLATE_NOOP("FlagModel", "What"), flag_text),
    )  # (a flag's code is no word for a user: never on screen)

    def extra_data(self, flag, column: int, role: int):
        if column == 0 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LEVEL_TINTS[flag.severity])
        if column == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LEVEL_COLOURS[flag.severity])
        return None


class RiskModel(EditableRowModel):
    fields = RISK_FIELDS
    context = "RiskModel"
    entity = "risk"

    columns = (
        Column(QT_TRANSLATE_NOOP("RiskModel", "Risk"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("RiskModel", "Likelihood"), lambda r: label(r.likelihood)),
        Column(QT_TRANSLATE_NOOP("RiskModel", "Impact"), lambda r: label(r.impact)),
        Column(QT_TRANSLATE_NOOP("RiskModel", "Mitigation"), lambda r: r.mitigation),
        Column(QT_TRANSLATE_NOOP("RiskModel", "Owner"), lambda r: r.owner),
        Column(QT_TRANSLATE_NOOP("RiskModel", "Status"), lambda r: label(r.status)),
    )


class RisksTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.summary = QLabel()
        self.summary.setObjectName("riskSummary")
        self.summary.setWordWrap(True)
        self.flags = FlagModel(self)
        self.flag_view = QTableView()
        self.flag_view.setObjectName("flagTable")
        self.flag_view.setModel(self.flags)
        self.flag_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flag_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flag_view.verticalHeader().setVisible(False)
        self.flag_view.setWordWrap(True)
        header = self.flag_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.flags_box = QGroupBox()
        flags_layout = QVBoxLayout(self.flags_box)
        flags_layout.addWidget(self.summary)
        flags_layout.addWidget(self.flag_view)

        self.risks = RiskModel(self)
        self.risks.edit_requested.connect(self._edited, Qt.ConnectionType.QueuedConnection)
        self.risk_view = SheetView()
        self.risk_view.setObjectName("riskTable")
        self.risk_view.setModel(self.risks)
        self.risk_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.risk_view.verticalHeader().setVisible(False)
        risk_header = self.risk_view.horizontalHeader()
        for column in range(len(RISK_FIELDS)):
            risk_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        risk_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        risk_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.risk_view.setItemDelegateForColumn(1, ChoiceDelegate(tuple(Level), self))
        self.risk_view.setItemDelegateForColumn(2, ChoiceDelegate(tuple(Level), self))
        self.risk_view.setItemDelegateForColumn(5, ChoiceDelegate(tuple(RiskStatus), self))
        self.risk_view.setItemDelegateForColumn(4, PersonDelegate(self._people, self))
        self.add = QPushButton()
        self.add.setObjectName("addRisk")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton()
        self.remove.setObjectName("removeRisk")
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.manual_box = QGroupBox()
        manual_layout = QVBoxLayout(self.manual_box)
        manual_layout.addLayout(buttons)
        manual_layout.addWidget(self.risk_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.flags_box, 3)
        layout.addWidget(self.manual_box, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.flags_box.setTitle(translate("RisksTab", "Computed flags"))
        self.manual_box.setTitle(translate("RisksTab", "Risks entered by hand (internal)"))
        self.add.setText(translate("RisksTab", "Add risk"))
        self.remove.setText(translate("RisksTab", "Remove risk"))
        super().retranslate_ui()

    def load(self) -> None:
        deal, assessment = self.deal, self.assessment
        self.flags.set_rows(assessment.flags if assessment else [])
        self.flag_view.resizeRowsToContents()
        self.risks.deal_id = deal.id if deal else None
        self.risks.set_rows(deal.risks if deal else [])
        if deal is None or assessment is None:
            self.summary.setText("")
            return
        slip = assessment.slip_days
        text = translate(
            "RisksTab", "<b>Risk: {level}</b> · target close {target} · projected close {projected}"
        ).format(
            level=label(assessment.level),
            target=fmt_date(deal.target_close),
            projected=fmt_date(assessment.projected_close),
        )
        if slip > 0:
            text += (
                ' · <span style="color:#c62828">'
                + translate("RisksTab", "slip: {days} days").format(days=slip)
                + "</span>"
            )
        else:
            text += " · " + translate("RisksTab", "on plan")
        self.summary.setText(text)

    def _edited(self, deal_id, risk_id, field: str, value) -> None:
        deal = self.deal_for(deal_id)
        risk = next((r for r in deal.risks if r.id == risk_id), None) if deal else None
        if risk is None:
            return
        changed = copy.deepcopy(risk)
        setattr(changed, field, value)
        self.apply_to(deal_id, translate("RisksTab", "Change risk"), E.put_risk(changed))

    def _people(self) -> list[str]:
        """The deal's stakeholders, ours first (a risk is usually ours to mitigate)."""
        if self.deal is None:
            return []
        people = sorted(self.deal.stakeholders, key=lambda p: p.side.value != "vendor")
        return [p.name for p in people]

    def _add(self) -> None:
        risk = Risk(translate("RisksTab", "New risk: describe what could stop the deal"))
        if self.apply(translate("RisksTab", "Add risk"), E.put_risk(risk)):
            row = next(i for i, r in enumerate(self.risks.rows()) if r.id == risk.id)
            self.risk_view.setCurrentIndex(self.risks.index(row, 0))
            self.risk_view.edit(self.risks.index(row, 0))

    def _remove(self) -> None:
        index = self.risk_view.currentIndex()
        if index.isValid():
            self.apply(translate("RisksTab", "Remove risk"), E.delete_risk(self.risks.row_object(index.row()).id))
