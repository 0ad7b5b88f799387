"""The Approval path tab: seed 003's checklist, each answer with an explicit "unknown"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from closeplan.domain.model import ApprovalMethod, Side, StepKind, Tri
from closeplan.domain.validation import validate_rrule
from closeplan.services import editing as E
from closeplan.ui.editor.base import (
    CommitTextEdit, EditorTab, choice_box, date_edit, field_message, get_date, line_edit, mark_unknown, select_data,
    set_date,
)

PEOPLE = (
    ("real_final_approver_id", "Real final approver (who really decides)"),
    ("nominal_approver_id", "Nominal approver"),
    ("po_signer_id", "Signs the purchase order"),
    ("drafter_id", "Drafter (writes the approval request)"),
)


class ApprovalTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.people: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field, text in PEOPLE:
            box = QComboBox()
            box.setObjectName(field)
            box.currentIndexChanged.connect(lambda _i, f=field, b=box: self._path(f, b.currentData()))
            self.people[field] = box
            form.addRow(text, box)
        self.method = choice_box("approvalMethod", list(ApprovalMethod))
        self.method.currentIndexChanged.connect(lambda _i: self._path("approval_method", self.method.currentData()))
        form.addRow("Approval method", self.method)
        self.board_needed = choice_box("boardResolutionNeeded", list(Tri))
        self.board_needed.currentIndexChanged.connect(
            lambda _i: self._path("board_resolution_needed", self.board_needed.currentData()))
        form.addRow("Board / management resolution needed", self.board_needed)
        self.drafter_experience = choice_box("drafterPassedThisAmount", list(Tri))
        self.drafter_experience.currentIndexChanged.connect(
            lambda _i: self._path("drafter_passed_this_amount", self.drafter_experience.currentData()))
        form.addRow("Drafter has passed an approval of this amount", self.drafter_experience)
        path_box = QGroupBox("Who approves, who signs, how")
        path_box.setLayout(form)

        board_form = QFormLayout()
        self.board_title = QLabel()
        self.board_title.setObjectName("boardStep")
        self.meeting = date_edit("meetingDate")
        self.meeting.editingFinished.connect(lambda: self._board(meeting_date=get_date(self.meeting)))
        self.deadline = date_edit("submissionDeadline", optional=True)
        self.deadline.editingFinished.connect(lambda: self._board(submission_deadline=get_date(self.deadline)))
        self.cadence = line_edit("cadence", self._cadence_edited)
        self.cadence.setPlaceholderText("e.g. FREQ=MONTHLY;BYDAY=+3TH (third Thursday)")
        self.extraordinary = choice_box("extraordinaryPossible", list(Tri))
        self.extraordinary.currentIndexChanged.connect(
            lambda _i: self._board(extraordinary_possible=self.extraordinary.currentData()))
        self.board_message = field_message()
        board_form.addRow("Board-meeting step", self.board_title)
        board_form.addRow("Meeting date", self.meeting)
        board_form.addRow("Submission deadline", self.deadline)
        board_form.addRow("Regular meetings (RRULE)", self.cadence)
        board_form.addRow("Extraordinary meeting possible", self.extraordinary)
        board_form.addRow("", self.board_message)
        self.board_box = QGroupBox("Board meeting")
        self.board_box.setLayout(board_form)

        self.notes = CommitTextEdit()
        self.notes.setObjectName("approvalNotes")
        self.notes.setFixedHeight(70)
        self.notes.committed.connect(lambda text: self._path("notes", text))
        notes_box = QGroupBox("Notes on the approval route")
        QVBoxLayout(notes_box).addWidget(self.notes)

        top = QHBoxLayout()
        top.addWidget(path_box, 1)
        top.addWidget(self.board_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(notes_box)
        layout.addStretch(1)

    def _board_step(self):
        if self.deal is None:
            return None
        return next((s for s in self.deal.steps_in_time_order() if s.kind is StepKind.BOARD_MEETING), None)

    def load(self) -> None:
        deal = self.deal
        if deal is None:
            return
        customers = [p for p in deal.stakeholders if p.side is Side.CUSTOMER]
        for field, box in self.people.items():
            box.blockSignals(True)
            box.clear()
            box.addItem("Unknown", None)
            for person in customers:
                box.addItem(f"{person.name} — {person.title}" if person.title else person.name, person.id)
            box.blockSignals(False)
            select_data(box, getattr(deal.approval_path, field))
        select_data(self.method, deal.approval_path.approval_method)
        select_data(self.board_needed, deal.approval_path.board_resolution_needed)
        select_data(self.drafter_experience, deal.approval_path.drafter_passed_this_amount)
        self.notes.set_saved_text(deal.approval_path.notes)
        board = self._board_step()
        for widget in (self.meeting, self.deadline, self.cadence, self.extraordinary):
            widget.setEnabled(board is not None)
        if board is None:
            needed = deal.approval_path.board_resolution_needed is Tri.YES
            self.board_title.setText("No board-meeting step in the plan" + (" — but a resolution is needed!" if needed else ""))
            self.board_title.setStyleSheet("color: #b3261e" if needed else "")
            return
        self.board_title.setText(board.title)
        self.board_title.setStyleSheet("")
        set_date(self.meeting, board.meeting_date or board.due_date)
        set_date(self.deadline, board.submission_deadline)
        if not self.cadence.hasFocus():
            self.cadence.setText(board.recurrence_rule)
        select_data(self.extraordinary, board.extraordinary_possible or Tri.UNKNOWN)
        self.board_message.setText("" if board.submission_deadline else "The submission deadline is unknown.")

    def _path(self, field: str, value) -> None:
        if self._loading or self.deal is None:
            return
        for box in (*self.people.values(), self.method, self.board_needed, self.drafter_experience):
            mark_unknown(box)
        if getattr(self.deal.approval_path, field) == value:
            return
        self.apply("Change approval path", E.set_approval_path(**{field: value}))

    def _board(self, **values) -> None:
        board = self._board_step()
        if self._loading or board is None:
            return
        if all(getattr(board, k) == v for k, v in values.items()):
            return
        self.apply("Change board meeting", E.set_step(board.id, **values))

    def _cadence_edited(self, text: str) -> None:
        text = text.strip()
        if text:
            problem = validate_rrule(text)
            if problem:
                self.board_message.setText(f"Regular meetings: {problem}")
                return
        self.board_message.setText("")
        self._board(recurrence_rule=text)


