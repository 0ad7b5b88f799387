"""A read-only view of one deal: its header, the plan in time order, the approval
path (with what is still unknown) and the people on both sides."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.currency import format_amount
from closeplan.domain.model import ApprovalMethod, Deal, Side, Tri
from closeplan.ui.models import Column, RowTableModel, StepTableModel, fmt_date


class StakeholderTableModel(RowTableModel):
    columns = (
        Column("Name", lambda p: p.name),
        Column("Title", lambda p: p.title),
        Column("Side", lambda p: p.side.value),
        Column("Roles", lambda p: ", ".join(r.value.replace("_", " ") for r in p.roles)),
        Column("Influence", lambda p: p.influence.value),
        Column("Seniority", lambda p: p.seniority.value.replace("_", " ")),
        Column("Attitude", lambda p: p.attitude.value),
        Column("Contact", lambda p: "  ".join(x for x in (p.email, p.phone) if x)),
    )


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


_UNKNOWN = '<span style="color:#b3261e; font-weight:600">unknown</span>'


def _tri(value: Tri) -> str:
    return _UNKNOWN if value is Tri.UNKNOWN else value.value


class DealView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dealView")
        self.header = QLabel()
        self.header.setObjectName("dealHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps = StepTableModel(self)
        self.step_view = _table(self.steps)
        self.step_view.setObjectName("stepTable")
        self.people = StakeholderTableModel(self)
        self.people_view = _table(self.people)
        self.people_view.setObjectName("stakeholderTable")
        self.approval = QLabel()
        self.approval.setObjectName("approvalPath")
        self.approval.setTextFormat(Qt.TextFormat.RichText)
        self.approval.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.approval.setWordWrap(True)
        self.approval.setMargin(12)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.step_view, "Plan")
        self.tabs.addTab(self.approval, "Approval path")
        self.tabs.addTab(self.people_view, "Stakeholders")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.deal: Deal | None = None

    def show_deal(self, deal: Deal | None, today: date) -> None:
        self.deal = deal
        if deal is None:
            self.header.setText("")
            self.steps.set_plan([], today)
            self.people.set_rows([])
            self.approval.setText("")
            return
        self.header.setText(self._header_html(deal, today))
        self.steps.set_plan(deal.steps_in_time_order(), today)
        self.people.set_rows(sorted(deal.stakeholders, key=lambda p: (p.side is not Side.CUSTOMER,)))
        self.approval.setText(self._approval_html(deal))
        for view in (self.step_view, self.people_view):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column) + 12, 420))

    @staticmethod
    def _header_html(deal: Deal, today: date) -> str:
        overdue = sum(1 for s in deal.steps if s.is_open and s.due_date < today)
        done = sum(1 for s in deal.steps if s.status.value == "done")
        bits = [
            f"<b>{escape(deal.account)}</b> — {escape(deal.name)}",
            f"{escape(format_amount(deal.amount, deal.currency))} · stage: {deal.stage.value.replace('_', ' ')}"
            f" · target close <b>{fmt_date(deal.target_close)}</b>"
            + (f" · project start {fmt_date(deal.project_start)}" if deal.project_start else ""),
            f"owner: {escape(deal.owner) or '—'} · {done} of {len(deal.steps)} steps done"
            + (f' · <span style="color:#b3261e">{overdue} overdue</span>' if overdue else "")
            + (f" · close date pushed {deal.times_close_pushed}×" if deal.times_close_pushed else "")
            + (f" · plan agreed {fmt_date(deal.plan_agreed_on)}" if deal.plan_agreed_on else " · plan not yet agreed"),
        ]
        return "<br>".join(bits)

    @staticmethod
    def _approval_html(deal: Deal) -> str:
        path = deal.approval_path

        def person(ref) -> str:
            found = deal.stakeholder(ref)
            if found is None:
                return _UNKNOWN
            return escape(found.name) + (f" ({escape(found.title)})" if found.title else "")

        method = _UNKNOWN if path.approval_method is ApprovalMethod.UNKNOWN else path.approval_method.value
        rows = [
            ("Real final approver", person(path.real_final_approver_id)),
            ("Nominal approver", person(path.nominal_approver_id)),
            ("Signs the purchase order", person(path.po_signer_id)),
            ("Approval method", method),
            ("Board resolution needed", _tri(path.board_resolution_needed)),
            ("Drafter", person(path.drafter_id)),
            ("Drafter has passed an approval of this amount", _tri(path.drafter_passed_this_amount)),
        ]
        for step in deal.steps_in_time_order():
            if step.kind.value == "board_meeting":
                extra = _UNKNOWN if step.extraordinary_possible in (None, Tri.UNKNOWN) else step.extraordinary_possible.value
                rows.append(("Board meeting", f"{fmt_date(step.meeting_date)} — {escape(step.title)}"))
                rows.append(("Submission deadline", fmt_date(step.submission_deadline) or _UNKNOWN))
                rows.append(("Next regular meeting rule", escape(step.recurrence_rule) or _UNKNOWN))
                rows.append(("Extraordinary meeting possible", extra))
        table = "".join(
            f"<tr><td style='padding:3px 16px 3px 0; color:#555'>{k}</td><td style='padding:3px 0'>{v}</td></tr>"
            for k, v in rows
        )
        notes = f"<p>{escape(path.notes)}</p>" if path.notes else ""
        return f"<table>{table}</table>{notes}"
