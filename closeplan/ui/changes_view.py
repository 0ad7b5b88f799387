"""What changed since a day the manager chooses (a week ago unless told): close dates pushed,
steps that slipped and new high risks, of every deal, newest first (closeplan.services.changes)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from closeplan.domain.model import Level
from closeplan.services.changes import CLOSE_PUSHED, KINDS, NEW_HIGH_RISK, STEP_SLIPPED, Change, changes_since
from closeplan.services.deals import DealService
from closeplan.ui.editor.base import date_edit, get_date, set_date
from closeplan.ui.formatting import LEVEL_COLOURS, fmt_date, fmt_money
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from closeplan.ui.models import Column, RowTableModel
from closeplan.ui.views import list_table, size_columns, widen_to_contents

KIND_TEXT = {
    CLOSE_PUSHED: QT_TRANSLATE_NOOP("ChangesModel", "Close date pushed"),
    STEP_SLIPPED: QT_TRANSLATE_NOOP("ChangesModel", "Step slipped"),
    NEW_HIGH_RISK: QT_TRANSLATE_NOOP("ChangesModel", "New high risk"),
}


def kind_text(kind: str) -> str:
    return translate("ChangesModel", KIND_TEXT[kind])


def _days(change: Change) -> str:
    days = change.days
    return translate("ChangesModel", "+{days} d").format(days=days) if days else ""


class ChangesModel(RowTableModel):
    context = "ChangesModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("ChangesModel", "On"), lambda c: fmt_date(c.on), lambda c: c.on),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "Change"), lambda c: kind_text(c.kind), lambda c: KINDS.index(c.kind)),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "AE"), lambda c: c.owner),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "Account"), lambda c: c.account),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "Deal"), lambda c: c.deal),
        Column(
            QT_TRANSLATE_NOOP("ChangesModel", "Amount"),
            lambda c: fmt_money(c.amount, c.currency),
            lambda c: (c.currency, c.amount),
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "Step or risk"), lambda c: c.what),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "From"), lambda c: fmt_date(c.old), lambda c: c.old or date.min),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "To"), lambda c: fmt_date(c.new), lambda c: c.new or date.min),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "By"), _days, lambda c: c.days or 0, Qt.AlignmentFlag.AlignRight),
        Column(QT_TRANSLATE_NOOP("ChangesModel", "Who"), lambda c: c.author),
    )
    KIND, WHAT = 1, 6

    def change(self, row: int) -> Change:
        return self._rows[row]

    def extra_data(self, obj: Change, column: int, role: int):
        if column == self.KIND and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LEVEL_COLOURS[Level.HIGH if obj.kind != STEP_SLIPPED else Level.MEDIUM])
        if column == self.WHAT and role == Qt.ItemDataRole.ToolTipRole and obj.what:
            return obj.what
        return None


class ChangesView(Retranslating, QWidget):
    """The "What changed" tab of the review window."""

    open_requested = Signal(object)  # deal id

    FILTERS = (
        (QT_TRANSLATE_NOOP("ChangesView", "All changes"), None),
        (KIND_TEXT[CLOSE_PUSHED], CLOSE_PUSHED),
        (KIND_TEXT[STEP_SLIPPED], STEP_SLIPPED),
        (KIND_TEXT[NEW_HIGH_RISK], NEW_HIGH_RISK),
    )

    def __init__(self, service: DealService, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("changesView")
        self.service, self.today = service, today
        self.changes: Sequence[Change] = []
        self.since = date_edit("changesSince")
        set_date(self.since, today - timedelta(days=7))
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.since_caption = QLabel()
        self.since_caption.setBuddy(self.since)
        self.kind = QComboBox()
        self.kind.setObjectName("changesKind")
        for _text, code in self.FILTERS:
            self.kind.addItem("", code)
        self.kind.currentIndexChanged.connect(lambda _i: self._show())
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.since_caption)
        bar.addWidget(self.since)
        bar.addWidget(self.kind)
        bar.addWidget(self.summary, 1)
        self.model = ChangesModel(self)
        self.table = list_table("changesTable", self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel()
        self.empty.setObjectName("changesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate_ui()  # the review window reads the changes when it reads its deals (reload)

    def retranslate_ui(self) -> None:
        size_columns(self.table, (11, 18, 14, 22, 26, 17, 30, 11, 11, 7, 12))
        self.since_caption.setText(translate("ChangesView", "&Since"))
        for i, (text, _code) in enumerate(self.FILTERS):
            self.kind.setItemText(i, translate("ChangesModel" if i else "ChangesView", text))
        self.empty.setText(translate("ChangesView", "Nothing changed since that day."))
        self._summarize()

    def since_day(self) -> date:
        return get_date(self.since) or self.today - timedelta(days=7)

    def reload(self) -> None:
        """Read the changes since the chosen day (a few queries for every deal)."""
        self.changes = changes_since(self.service, self.since_day())
        self._show()

    def set_since(self, day: date) -> None:
        set_date(self.since, day)
        self.reload()

    def shown(self) -> list[Change]:
        kind = self.kind.currentData()
        return [c for c in self.changes if kind is None or c.kind == kind]

    def _show(self) -> None:
        rows = self.shown()
        self.model.set_rows(rows)
        widen_to_contents(self.table)
        self.empty.setVisible(not rows)
        self._summarize()

    def _summarize(self) -> None:
        counts = {kind: sum(c.kind == kind for c in self.changes) for kind in KINDS}
        self.summary.setText(
            translate(
                "ChangesView", "Close dates pushed: {pushed} · steps slipped: {slipped} · new high risks: {risks}"
            ).format(pushed=counts[CLOSE_PUSHED], slipped=counts[STEP_SLIPPED], risks=counts[NEW_HIGH_RISK])
        )

    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.change(index.row()).deal_id if index.isValid() else None

    def _open(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.change(index.row()).deal_id)
