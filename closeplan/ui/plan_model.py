"""The editable plan table. Passive: steps are pushed in with ``set_plan``; an edit in
a cell does not change the model but emits ``edit_requested`` for the editor to turn
into an undoable command (which saves through a service and pushes the new plan back).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont

from closeplan.domain.baselines import StepHistory
from closeplan.domain.model import OwnerSide, Step, StepKind, StepStatus
from closeplan.domain.operations import same
from closeplan.domain.risk import is_vague
from closeplan.domain.scheduling import Projection
from closeplan.ui.cadence import in_words
from closeplan.ui.formatting import OVERDUE, SIDE_COLOURS, VAGUE, fmt_date, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.models import (
    ACCESSIBLE_TEXT,
    CHECK_STATE,
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    TOOLTIP,
    VALUE,
    Column,
    Index,
    Role,
    RowTableModel,
)
from closeplan.ui.values import to_domain

# Column keys, in order. The key is the Step field an edit of the cell changes.
DUE, TITLE, SIDE, PERSON, KIND, STATUS, DONE_ON, VISIBLE, DEPENDS, PROJECTED, BASELINE = (
    "due_date",
    "title",
    "owner_side",
    "owner_person",
    "kind",
    "status",
    "completed_date",
    "customer_visible",
    "depends_on",
    "projected",
    "baseline",
)
KEYS = (DUE, TITLE, SIDE, PERSON, KIND, STATUS, DONE_ON, VISIBLE, DEPENDS, PROJECTED, BASELINE)
DERIVED = (PROJECTED, BASELINE)  # computed, not edited
_STEP_ROLES = frozenset((FOREGROUND, FONT, TOOLTIP, ACCESSIBLE_TEXT))  # the roles extra_data answers
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class PlanTableModel(RowTableModel):
    edit_requested = Signal(object, object, str, object)  # deal id, step id, field, new value
    context = "PlanTableModel"
    entity = "step"
    update_in_place = True
    # computed from the whole plan and today: they change when another step does
    derived_columns = (KEYS.index(STATUS), KEYS.index(DEPENDS), KEYS.index(PROJECTED), KEYS.index(BASELINE))

    def field_of(self, column: int) -> str:
        return KEYS[column]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today: date | None = None
        self.projection: Projection | None = None
        self._titles: dict[uuid.UUID, str] = {}
        self.deal_id: uuid.UUID | None = None
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("PlanTableModel", "Due"),
                lambda s: fmt_date(s.due_date),
                lambda s: s.due_date.toordinal(),
            ),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Step"), lambda s: s.title),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Side"), lambda s: label(s.owner_side)),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Owner"), lambda s: s.owner_person),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Kind"), lambda s: label(s.kind)),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Status"), self._status_text),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Done on"), lambda s: fmt_date(s.completed_date)),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Customer sees"), lambda s: ""),
            Column(
                QT_TRANSLATE_NOOP("PlanTableModel", "Depends on"),
                lambda s: ", ".join(self._titles.get(d, "?") for d in s.depends_on),
            ),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Projected"), self._projected_text, self._projected_sort),
            Column(QT_TRANSLATE_NOOP("PlanTableModel", "Agreed date"), self._baseline_text, self._baseline_sort),
        )
        self.histories: dict[uuid.UUID, StepHistory] = {}
        self.grades: dict[uuid.UUID, str] = {}
        self._in_time_order: list[Step] = []
        self._flags: dict[int, Qt.ItemFlag] = {}

    def retranslate(self, _language: str = "") -> None:
        super().retranslate(_language)
        if self._sort is not None:  # sorted by a label (side, kind, status): their order may change
            self.sort(*self._sort)

    def column_of(self, key: str) -> int:
        return KEYS.index(key)

    # rows in ------------------------------------------------------------------
    def set_plan(
        self,
        steps: Sequence[Step],
        today: date | None,
        projection: Projection | None = None,
        deal_id: uuid.UUID | None = None,
        histories: dict[uuid.UUID, StepHistory] | None = None,
        grades: dict[uuid.UUID, str] | None = None,
    ) -> None:
        self.deal_id = deal_id
        self.grades = grades or {}  # overdue steps: "at_risk" (1–6 working days) or "stalled" (7+)
        self.histories = histories or {}
        self.today = today
        self.projection = projection
        self._titles = {s.id: s.title for s in steps}
        self._in_time_order = list(steps)
        self.set_rows(steps)

    def steps_in_time_order(self) -> list[Step]:
        """The steps as the deal orders them in time (the rows are in the order of the sort column)."""
        return list(self._in_time_order)

    def step(self, row: int) -> Step:
        return self._rows[row]

    def row_of(self, step_id: uuid.UUID) -> int:
        for row, step in enumerate(self._rows):
            if step.id == step_id:
                return row
        return -1

    # derived texts ---------------------------------------------------------------
    def is_overdue(self, step: Step) -> bool:
        return self.today is not None and step.is_open and step.due_date < self.today

    def _status_text(self, step: Step) -> str:
        text = label(step.status)
        if not self.is_overdue(step):
            return text
        grade = self.grades.get(step.id)
        if grade == "stalled":
            return translate("PlanTableModel", "{status} — overdue, stalled").format(status=text)
        if grade == "at_risk":
            return translate("PlanTableModel", "{status} — overdue, at risk").format(status=text)
        return translate("PlanTableModel", "{status} — overdue").format(status=text)

    def _projected(self, step: Step) -> date | None:
        if self.projection is None or step.id not in self.projection.steps:
            return None
        return self.projection.steps[step.id].projected

    def _projected_text(self, step: Step) -> str:
        projected = self._projected(step)
        if projected is None or not step.is_open:
            return ""
        if projected == step.due_date:
            return translate("PlanTableModel", "on plan")
        return translate("PlanTableModel", "{date} (+{days} d)").format(
            date=fmt_date(projected), days=(projected - step.due_date).days
        )

    def _baseline_text(self, step: Step) -> str:
        """The date agreed with the customer, and how far and how often the step moved since."""
        history = self.histories.get(step.id)
        if history is None or history.baseline is None:
            return ""
        if not history.moved:
            return translate("PlanTableModel", "{date} (as agreed)").format(date=fmt_date(history.baseline))
        return translate("PlanTableModel", "{date} ({days:+d} d, moved {moves}×)").format(
            date=fmt_date(history.baseline), days=history.shift_days, moves=history.moves
        )

    def _baseline_sort(self, step: Step) -> int:
        history = self.histories.get(step.id)
        return history.shift_days or 0 if history else 0

    def _projected_sort(self, step: Step) -> int:
        projected = self._projected(step)
        return projected.toordinal() if projected else 0

    # Qt --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        column = index.column()
        known = self._flags.get(column)  # (asked for every cell painted; the same for a whole column)
        if known is not None:
            return known
        base = super().flags(index)
        if not index.isValid():
            return base
        key = KEYS[column]
        if key == VISIBLE:
            flags = base | Qt.ItemFlag.ItemIsUserCheckable
        elif key in DERIVED:
            flags = base
        else:
            flags = base | Qt.ItemFlag.ItemIsEditable
        self._flags[column] = flags
        return flags

    def data(self, index: Index, role: int = DISPLAY):
        row = index.row()  # (an invalid index has row -1)
        if not 0 <= row < len(self._rows):
            return None
        key = KEYS[index.column()]
        if key == VISIBLE:
            if role == CHECK_STATE:
                return _CHECKED if self._rows[row].customer_visible else _UNCHECKED
            if role == DISPLAY:
                return None
        if role == VALUE:
            return None if key in DERIVED else getattr(self._rows[row], key)
        if role == EDIT and key in (TITLE, PERSON):
            return getattr(self._rows[row], key)
        return super().data(index, role)

    def extra_data(self, step: Step, column: int, role: int):
        if role not in _STEP_ROLES:  # asked for every cell painted: background, decoration, check box
            return None
        key = KEYS[column]
        overdue = self.is_overdue(step)
        vague = key == TITLE and is_vague(step.title)
        if role == FOREGROUND:
            if overdue:
                return QBrush(OVERDUE)
            if vague:
                return QBrush(VAGUE)
            if key == SIDE:
                return QBrush(SIDE_COLOURS[step.owner_side.value])
        if role == FONT:
            if vague:
                font = QFont()
                font.setItalic(True)
                font.setUnderline(True)
                return font
            if step.kind in (StepKind.BOARD_MEETING, StepKind.PURCHASE_ORDER, StepKind.SIGNATURE) and key == TITLE:
                font = QFont()
                font.setBold(True)
                return font
        if role == TOOLTIP:
            if vague:
                return translate(
                    "PlanTableModel",
                    "Vague title: name the concrete action (e.g. “Board approval”, “PO issued by purchasing”).",
                )
            if overdue and key in (DUE, STATUS):
                return translate("PlanTableModel", "Overdue since {date}").format(date=fmt_date(step.due_date))
            if step.kind is StepKind.BOARD_MEETING and key == TITLE:
                return translate(
                    "PlanTableModel", "Meeting {meeting}, submission deadline {deadline}, cadence {rule}"
                ).format(
                    meeting=fmt_date(step.meeting_date),
                    deadline=fmt_date(step.submission_deadline) or "—",
                    rule=in_words(step.recurrence_rule)
                    if step.recurrence_rule
                    else translate("PlanTableModel", "unknown"),
                )
        if role == ACCESSIBLE_TEXT and overdue:
            return translate("PlanTableModel", "overdue")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        step = self._rows[index.row()]
        key = KEYS[index.column()]
        if key == VISIBLE and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if checked != step.customer_visible:
                self.edit_requested.emit(self.deal_id, step.id, VISIBLE, checked)
            return True
        if role not in (Qt.ItemDataRole.EditRole, Role.Value) or key in (*DERIVED, VISIBLE):
            return False
        value = to_domain(Step, key, value)  # the one conversion from what Qt hands over
        if key in (TITLE, PERSON):
            value = value.strip() if key == PERSON else value
        if same(value, getattr(step, key)):
            return False
        self.edit_requested.emit(self.deal_id, step.id, key, value)
        return True


# Choices of the cell editors: enum members, labelled in the UI language when an editor opens.
SIDE_CHOICES = tuple(OwnerSide)
KIND_CHOICES = tuple(StepKind)
STATUS_CHOICES = tuple(StepStatus)
