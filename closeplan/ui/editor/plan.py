"""The Plan tab: the steps in time order, edited in place."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QIdentityProxyModel, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QStyle, QToolButton, QVBoxLayout

from closeplan.domain import edits as E
from closeplan.domain.baselines import slips_since_baseline, step_histories
from closeplan.domain.model import OwnerSide, Step, StepKind, StepStatus
from closeplan.domain.risk import OVERDUE_STEP, is_vague
from closeplan.ui.delegates import ChoiceDelegate, DateDelegate, MultiChoiceDelegate, PersonDelegate
from closeplan.ui.editor.base import EditorTab
from closeplan.ui.editor.person_side import side_for_new_person
from closeplan.ui.formatting import fmt_date
from closeplan.ui.i18n import translate
from closeplan.ui.plan_model import (
    BASELINE,
    DEPENDS,
    DONE_ON,
    DUE,
    KEYS,
    KIND,
    KIND_CHOICES,
    PERSON,
    SIDE,
    SIDE_CHOICES,
    STATUS,
    STATUS_CHOICES,
    TITLE,
    VISIBLE,
    PlanTableModel,
)
from closeplan.ui.sheet import ColumnChooser, FrozenColumn, SheetView

HIDDEN_BY_DEFAULT = (KIND, DONE_ON, VISIBLE, DEPENDS)  # behind the column chooser until chosen


class PlanTab(EditorTab):
    step_selected = Signal(object)  # step id or None

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.model = PlanTableModel(self)
        self.model.edit_requested.connect(self._cell_edited, Qt.ConnectionType.QueuedConnection)
        # the model sorts its rows itself (one Python sort with a key, see RowTableModel), so an edit
        # that moves one step is a layout change of the model, not a sort of every row in a proxy
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = SheetView()
        self.view.setObjectName("planTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the titles fill what is left (view.fit_column)
        column = self.model.column_of
        self.view.setItemDelegateForColumn(column(DUE), DateDelegate(self, today=lambda: self.today))
        self.view.setItemDelegateForColumn(column(DONE_ON), DateDelegate(self, optional=True, today=lambda: self.today))
        self.view.setItemDelegateForColumn(column(SIDE), ChoiceDelegate(SIDE_CHOICES, self))
        self.view.setItemDelegateForColumn(column(KIND), ChoiceDelegate(KIND_CHOICES, self))
        self.view.setItemDelegateForColumn(column(STATUS), ChoiceDelegate(STATUS_CHOICES, self))
        self.view.setItemDelegateForColumn(column(PERSON), PersonDelegate(self._people, self))
        self.view.setItemDelegateForColumn(column(DEPENDS), MultiChoiceDelegate(self._dependency_choices, self))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        # what matters first fits a 1366-pixel window: the rest behind the column chooser; the
        # title gives way before the table scrolls, and stays in place while it does
        self.view.fit_column = column(TITLE)
        self.frozen = FrozenColumn(self.view, column(TITLE))
        self.columns = ColumnChooser(
            self.view, "plan/hiddenColumns", KEYS, HIDDEN_BY_DEFAULT, always=(DUE, TITLE), changed=self.view.fit_columns
        )
        self.below = QAction(self)  # Ctrl+Enter, as in a spreadsheet: a new step below this one
        self.below.setObjectName("step_below")
        self.below.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.below.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.below.triggered.connect(self.add_below)
        self.view.addAction(self.below)

        self.hint = QLabel()
        self.hint.setObjectName("planHint")
        self.hint.setStyleSheet("color: #555")
        self.actions_: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for key, _text, shortcut, slot in self._action_specs():
            action = QAction(self)
            action.setObjectName(f"step_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_[key] = action
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        self.column_button = QToolButton()
        self.column_button.setObjectName("planColumns")
        # an icon, not a word: the row of buttons must keep room for longer translations
        self.column_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.column_button.clicked.connect(self._choose_columns)
        buttons.addWidget(self.column_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._sized = False
        self.retranslate_ui()

    def _action_specs(self):
        return (
            ("add", translate("PlanTab", "Add step"), "Ctrl+T", self.add_step),
            ("insert", translate("PlanTab", "Insert after"), "Ctrl+Shift+T", self.insert_after),
            ("duplicate", translate("PlanTab", "Duplicate"), "Ctrl+Shift+D", self.duplicate),
            ("delete", translate("PlanTab", "Delete step"), "Ctrl+Del", self.delete),
            ("done", translate("PlanTab", "Mark done today"), "Ctrl+D", self.mark_done),
            ("agree", translate("PlanTab", "Agree plan with customer"), "Ctrl+Shift+G", self.agree_plan),
        )

    def retranslate_ui(self) -> None:
        for key, text, shortcut, _slot in self._action_specs():
            action = self.actions_[key]
            action.setText(text)
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        self.below.setText(translate("PlanTab", "New step below"))
        self.column_button.setAccessibleName(translate("PlanTab", "Columns…"))
        self.column_button.setToolTip(translate("PlanTab", "Choose the columns shown (or right-click the header)"))
        super().retranslate_ui()

    def _choose_columns(self) -> None:
        self.columns.menu(self).exec(self.column_button.mapToGlobal(self.column_button.rect().bottomLeft()))

    # filling -------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.current_step_id()
        deal, today = self.deal, self.today
        if deal is None or today is None:  # (a deal is shown with its day)
            self.model.set_plan([], today)
            self._set_hint("")
            return
        projection = self.assessment.projection if self.assessment else None
        histories = step_histories(deal)
        grades = {
            f.step_id: f.data["grade"]
            for f in (self.assessment.flags if self.assessment else ())
            if f.code == OVERDUE_STEP and f.step_id is not None and "grade" in f.data
        }
        self.model.set_plan(deal.steps_in_time_order(), today, projection, deal.id, histories, grades)
        overdue = sum(1 for s in deal.steps if s.is_open and s.due_date < today)
        vague = sum(1 for s in deal.steps if is_vague(s.title))
        bits = [translate("PlanTab", "Steps: {count}").format(count=len(deal.steps))]
        if overdue:
            bits.append(translate("PlanTab", "overdue: {count}").format(count=overdue))
        if vague:
            bits.append(translate("PlanTab", "vague titles: {count}").format(count=vague))
        if deal.plan_agreed_on is not None:
            bits.append(translate("PlanTab", "agreed {date}").format(date=fmt_date(deal.plan_agreed_on)))
            slipped = len(slips_since_baseline(deal, histories))
            if slipped:
                bits.append(translate("PlanTab", "later than agreed: {count}").format(count=slipped))
        self._set_hint(" · ".join(bits))
        if not self._sized and deal.steps:
            self._sized = True
            self.view.resizeColumnsToContents()
            header = self.view.horizontalHeader()
            for col in range(header.count()):
                header.resizeSection(col, min(header.sectionSize(col) + 14, 380))
            header.resizeSection(
                self.model.column_of(DEPENDS), min(header.sectionSize(self.model.column_of(DEPENDS)), 200)
            )
            header.resizeSection(
                self.model.column_of("customer_visible"),
                self.view.fontMetrics().horizontalAdvance(
                    self.model.headerData(self.model.column_of(VISIBLE), Qt.Orientation.Horizontal)
                )
                + 20,
            )
            self.view.fit_columns()
        if deal.plan_agreed_on is not None and any(s.baseline_date for s in deal.steps):
            agreed = self.model.column_of(BASELINE)
            needed = self.view.sizeHintForColumn(agreed) + 14
            if self.view.horizontalHeader().sectionSize(agreed) < needed:
                self.view.horizontalHeader().resizeSection(agreed, needed)
        if selected:
            self.select_step(selected)
        for action in self.actions_.values():
            action.setEnabled(True)

    def _set_hint(self, text: str) -> None:
        """The counts above the table. The label keeps the size of its text: a label whose size may
        change asks the tab widget to lay out (and repaint) the whole tab, after every edit."""
        if text != self.hint.text():
            self.hint.setText(text)
            self.hint.setFixedSize(self.hint.sizeHint())

    def agree_plan(self) -> None:
        """The plan as it stands is agreed with the customer today: keep every date as the baseline."""
        if self.deal is not None and self.deal.steps and self.today is not None:
            self.apply(translate("PlanTab", "Agree plan with customer"), E.agree_plan(self.today))

    def _people(self) -> list[str]:
        if self.deal is None:
            return []
        customers = [p.name for p in self.deal.stakeholders if p.side.value == "customer"]
        vendors = [p.name for p in self.deal.stakeholders if p.side.value == "vendor"]
        return customers + vendors

    def _dependency_choices(self, index) -> list[tuple[str, uuid.UUID]]:
        """The steps this one may wait for: not itself and none that waits for it (directly or
        through others), so a choice can never make a cycle. Those it waits for stay offered."""
        source = self.proxy.mapToSource(index)
        me = self.model.step(source.row())
        steps = self.model.steps_in_time_order()
        waiting: dict[uuid.UUID, list[uuid.UUID]] = {}
        for step in steps:
            for needed in step.depends_on:
                waiting.setdefault(needed, []).append(step.id)
        after_me, todo = {me.id}, [me.id]
        while todo:  # iteratively: a long chain must not exhaust the stack
            for later in waiting.get(todo.pop(), ()):
                if later not in after_me:
                    after_me.add(later)
                    todo.append(later)
        return [
            (f"{fmt_date(s.due_date)}  {s.title}", s.id) for s in steps if s.id not in after_me or s.id in me.depends_on
        ]

    # selection ------------------------------------------------------------------------
    def current_step_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.step(self.proxy.mapToSource(index).row()).id

    def select_step(self, step_id: uuid.UUID | None, column: int | None = None) -> None:
        """Make the step current, in ``column`` (by default the column the keyboard is in, else the title)."""
        row = self.model.row_of(step_id) if step_id else -1
        if row < 0:
            return
        if column is None:
            current = self.view.currentIndex()
            column = current.column() if current.isValid() else self.model.column_of(TITLE)
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _row_changed(self, current, _previous) -> None:
        self.step_selected.emit(self.current_step_id())

    # edits -------------------------------------------------------------------------------
    def _cell_edited(self, deal_id, step_id, field: str, value) -> None:
        labels = {
            DUE: translate("PlanTab", "Change due date"),
            TITLE: translate("PlanTab", "Rename step"),
            SIDE: translate("PlanTab", "Change owner side"),
            PERSON: translate("PlanTab", "Change owner"),
            KIND: translate("PlanTab", "Change kind"),
            STATUS: translate("PlanTab", "Change status"),
            DONE_ON: translate("PlanTab", "Change completed date"),
            VISIBLE: translate("PlanTab", "Change customer visibility"),
            DEPENDS: translate("PlanTab", "Change dependencies"),
        }
        deal = self.deal_for(deal_id) if field == PERSON else None
        step = next((s for s in deal.steps if s.id == step_id), None) if deal is not None else None
        if deal is not None and step is not None:  # people once: a new owner becomes a stakeholder
            side = side_for_new_person(self, deal, value, step.owner_side)
            self.apply_to(deal_id, labels[PERSON], E.set_step_owner(step_id, value, side))
            return
        values = {field: value}
        if field == STATUS and value is StepStatus.DONE:
            values["completed_date"] = self.today
        if field == DONE_ON and value is not None:
            values["status"] = StepStatus.DONE
        self.apply_to(deal_id, labels.get(field, translate("PlanTab", "Edit step")), E.set_step(step_id, **values))

    def _new_step(self, due) -> Step:
        return Step(
            title=translate("PlanTab", "New step"), owner_side=OwnerSide.CUSTOMER, due_date=due, kind=StepKind.TASK
        )

    def add_step(self) -> None:
        if self.deal is None:
            return
        last = max((s.due_date for s in self.deal.steps), default=self.today)
        step = self._new_step(last)
        if self.apply(translate("PlanTab", "Add step"), E.add_step(step)):
            self.select_step(step.id)
            self._edit_title()

    def insert_after(self) -> None:
        current = self.current_step_id()
        if self.deal is None or current is None:
            self.add_step()
            return
        after = next(s for s in self.deal.steps if s.id == current)
        step = self._new_step(after.due_date + timedelta(days=1))
        if self.apply(translate("PlanTab", "Insert step"), E.add_step(step, after=current)):
            self.select_step(step.id)
            self._edit_title()

    def add_below(self) -> None:
        """Ctrl+Enter: what is being typed is saved first, then a new step goes below this one."""
        self.view.commit_open_editor()
        QTimer.singleShot(0, self.insert_after)  # after the save, queued by the model before it

    def duplicate(self) -> None:
        current = self.current_step_id()
        if current is None:
            return
        twin = uuid.uuid4()
        if self.apply(translate("PlanTab", "Duplicate step"), E.duplicate_step(current, twin)):
            self.select_step(twin)

    def delete(self) -> None:
        current = self.current_step_id()
        if current is None:
            return
        row = self.view.currentIndex().row()
        if self.apply(translate("PlanTab", "Delete step"), E.delete_step(current)):
            count = self.proxy.rowCount()
            if count:
                self.view.selectRow(min(row, count - 1))

    def mark_done(self) -> None:
        current = self.current_step_id()
        if current is None or self.today is None:
            return
        self.apply(translate("PlanTab", "Mark step done"), E.mark_done(current, self.today))
        self.select_step(current)

    def _edit_title(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(self.model.column_of(TITLE)))
