"""The History tab: who changed what in the deal and when — every field an edit, an undo, an
import or a customer revision changed, from which value to which. Read from the deal's history
(closeplan.domain.operations) when the tab is shown; filter by step. Actions are named in the UI
language from what they did (closeplan.ui.action_names); the stored label is their tooltip."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from closeplan.domain.operations import Action, Op, item_name
from closeplan.domain.replica import CONFLICT
from closeplan.ui.action_names import action_label
from closeplan.ui.cadence import in_words
from closeplan.ui.editor.base import EditorTab, bind
from closeplan.ui.field_names import field_label
from closeplan.ui.formatting import fmt_date, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.models import Column, RowTableModel

SOURCES = {
    "edit": QT_TRANSLATE_NOOP("HistoryTab", "edited"),
    "cli-edit": QT_TRANSLATE_NOOP("HistoryTab", "command line"),
    "undo": QT_TRANSLATE_NOOP("HistoryTab", "undone"),
    "redo": QT_TRANSLATE_NOOP("HistoryTab", "redone"),
    "create": QT_TRANSLATE_NOOP("HistoryTab", "created"),
    "delete": QT_TRANSLATE_NOOP("HistoryTab", "deleted"),
    "import-bundle": QT_TRANSLATE_NOOP("HistoryTab", "bundle import"),
    "import-crm": QT_TRANSLATE_NOOP("HistoryTab", "CRM import"),
    "revision": QT_TRANSLATE_NOOP("HistoryTab", "customer PDF issued"),
    "restore": QT_TRANSLATE_NOOP("HistoryTab", "backup restored"),
    "account": QT_TRANSLATE_NOOP("HistoryTab", "account calendar"),
    "sync": QT_TRANSLATE_NOOP("HistoryTab", "team server"),
    "upload": QT_TRANSLATE_NOOP("HistoryTab", "first sync"),
    "resolve": QT_TRANSLATE_NOOP("HistoryTab", "conflict decided"),
}
KEPT = {"mine": QT_TRANSLATE_NOOP("HistoryTab", "kept mine"), "theirs": QT_TRANSLATE_NOOP("HistoryTab", "kept theirs")}
HIDDEN = {"changed_on"}  # bookkeeping the user never set


class Change:
    """One row: an operation of an action (``label``: the action in words)."""

    def __init__(self, action: Action, op: Op, what: str, label: str):
        self.action, self.op, self.what, self.label = action, op, what, label
        self.id = (action.id, id(op))


def shown(value, limit: int | None = 80) -> str:
    """A value as the editor shows it: dates and money in the user's form, enum words translated
    (cut after ``limit`` characters; None: whole, as a tooltip shows it)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, datetime):
        return fmt_date(value.date())
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, bool):
        return translate("HistoryTab", "yes") if value else translate("HistoryTab", "no")
    if isinstance(value, Decimal):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(shown(v, limit) for v in value) or "—"
    if isinstance(value, uuid.UUID):
        return str(value)[:8]
    if hasattr(value, "__dataclass_fields__"):
        return item_name(value) or "…"
    text = str(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _value(op: Op, value, limit: int | None = 80) -> str:
    """A field's value in a change: a meeting cadence in words (never its rule's text)."""
    if op.field == "recurrence_rule" and isinstance(value, str) and value:
        return in_words(value)
    return shown(value, limit)


def _before(op: Op) -> str:
    return "" if op.kind == "add" or op.entity == CONFLICT else _value(op, op.old)


def _after(op: Op) -> str:
    if op.entity == CONFLICT:  # a decision: which side stayed
        return translate("HistoryTab", KEPT[op.new]) if op.new in KEPT else ""
    return _value(op, op.new) if op.kind != "remove" else ""


class HistoryModel(RowTableModel):
    context = "HistoryModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("HistoryModel", "When"),
            lambda c: c.action.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            lambda c: c.action.at,
        ),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Who"), lambda c: c.action.author),
        Column(
            QT_TRANSLATE_NOOP("HistoryModel", "Action"),
            lambda c: f"{c.label} ({translate('HistoryTab', SOURCES.get(c.action.source, c.action.source))})",
        ),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "What"), lambda c: c.what),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Before"), lambda c: _before(c.op)),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "After"), lambda c: _after(c.op)),
    )

    def extra_data(self, change: Change, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return change.action.label  # as it was stored (and as `closeplan history` prints it)
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5):
            value = change.op.old if column == 4 else change.op.new
            return _value(change.op, value, limit=None) if value is not None else None  # whole, in words
        return None


class HistoryTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.model = HistoryModel(self)
        self.view = QTableView()
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("historyStepFilter")
        bind(self.step_filter, "-")  # a view setting: it changes nothing stored
        self.step_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.caption = QLabel()
        self.count = QLabel()
        self.count.setObjectName("historyCount")
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.step_filter, 1)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._actions: list[Action] = []
        self._stale = True
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(translate("HistoryTab", "Changes of"))
        super().retranslate_ui()

    def load(self) -> None:
        self._stale = True
        if self.isVisible():  # read the history only when it is looked at
            self._read()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        deal = self.deal
        try:
            self._actions = self.controller.service.history(deal.id) if deal is not None else []
        except LookupError:
            self._actions = []
        chosen = self.step_filter.currentData()
        self.step_filter.blockSignals(True)
        self.step_filter.clear()
        self.step_filter.addItem(translate("HistoryTab", "the whole deal"), "")
        for step in deal.steps_in_time_order() if deal else []:
            self.step_filter.addItem(f"{fmt_date(step.due_date)}  {step.title}", str(step.id))
        index = self.step_filter.findData(chosen) if chosen else 0
        self.step_filter.setCurrentIndex(max(0, index))
        self.step_filter.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        step = self.step_filter.currentData() or ""
        rows = []
        by_id = {action.id: action for action in self._actions}
        for action in reversed(self._actions):  # newest first
            label = ""
            for op in action.ops:
                if op.field in HIDDEN or op.entity in ("step_move", "close_change"):
                    continue
                if step and str(op.entity_id) != step:
                    continue
                label = label or action_label(action, self.deal, by_id)
                rows.append(Change(action, op, self._what(op), label))
        self.model.set_rows(rows)
        self.count.setText(translate("HistoryTab", "Changes: {count}").format(count=len(rows)))
        self.view.resizeColumnsToContents()

    def _what(self, op: Op) -> str:
        if op.entity == "deal" and op.kind in ("add", "remove"):
            return (
                translate("HistoryTab", "the deal was created")
                if op.kind == "add"
                else translate("HistoryTab", "the deal was deleted")
            )
        if op.entity == CONFLICT:
            return translate("HistoryTab", "a conflict with the team")
        if op.entity == "revision":
            return translate("HistoryTab", "customer revision {number}").format(number=getattr(op.new, "number", ""))
        text = field_label(self.deal, op)
        if op.kind == "add":
            return translate("HistoryTab", "added: {what}").format(what=text)
        if op.kind == "remove":
            return translate("HistoryTab", "removed: {what}").format(what=text)
        if op.kind == "order":
            return translate("HistoryTab", "new order")
        return text
