"""The Approval path tab: seed 003's checklist, each answer with an explicit "unknown"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QVBoxLayout

from closeplan.domain import edits as E
from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import ApprovalMethod, ApprovalPath, Side, Stakeholder, Step, StepKind, Tri
from closeplan.domain.operations import same
from closeplan.domain.scheduling import meetings_after
from closeplan.ui.cadence import CadencePicker, in_words
from closeplan.ui.delegates import NEW_PERSON
from closeplan.ui.editor.base import (
    CommitTextEdit,
    EditorTab,
    bind,
    choice_box,
    choice_label,
    date_edit,
    field_message,
    form_row,
    get_date,
    mark_unknown,
    relabel,
    select_data,
    set_date,
)
from closeplan.ui.formatting import label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.values import choice_value, to_domain

PEOPLE = (
    ("real_final_approver_id", QT_TRANSLATE_NOOP("ApprovalTab", "Real final approver (who really decides)")),
    ("nominal_approver_id", QT_TRANSLATE_NOOP("ApprovalTab", "Nominal approver")),
    ("po_signer_id", QT_TRANSLATE_NOOP("ApprovalTab", "Signs the purchase order")),
    ("drafter_id", QT_TRANSLATE_NOOP("ApprovalTab", "Drafter (writes the approval request)")),
)


class ApprovalTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.people: dict[str, QComboBox] = {}
        form = QFormLayout()
        self.captions = {}
        for field, _text in PEOPLE:
            box = QComboBox()
            box.setObjectName(field)
            box.currentIndexChanged.connect(lambda _i, f=field, b=box: self._path(f, choice_value(b)))
            self.people[field] = box
            self.captions[field] = form_row(form, box)
        self.method = choice_box("approvalMethod", list(ApprovalMethod))
        self.method.currentIndexChanged.connect(lambda _i: self._path("approval_method", choice_value(self.method)))
        self.captions["method"] = form_row(form, self.method)
        self.board_needed = choice_box("boardResolutionNeeded", list(Tri))
        self.board_needed.currentIndexChanged.connect(
            lambda _i: self._path("board_resolution_needed", choice_value(self.board_needed))
        )
        self.captions["board_needed"] = form_row(form, self.board_needed)
        self.drafter_experience = choice_box("drafterPassedThisAmount", list(Tri))
        self.drafter_experience.currentIndexChanged.connect(
            lambda _i: self._path("drafter_passed_this_amount", choice_value(self.drafter_experience))
        )
        self.captions["drafter_experience"] = form_row(form, self.drafter_experience)
        self.path_box = QGroupBox()
        self.path_box.setLayout(form)

        board_form = QFormLayout()
        self.board_title = QLabel()
        self.board_title.setObjectName("boardStep")
        self.meeting = date_edit("meetingDate")
        self.meeting.editingFinished.connect(lambda: self._board(meeting_date=get_date(self.meeting)))
        self.deadline = date_edit("submissionDeadline", optional=True, start=lambda: self.today)
        self.deadline.editingFinished.connect(lambda: self._board(submission_deadline=get_date(self.deadline)))
        self.cadence = CadencePicker("cadence")
        self.cadence.changed.connect(self._cadence_edited)
        self.cadence.bind_field("step.recurrence_rule")
        self.account_meeting = QComboBox()
        self.account_meeting.setObjectName("accountMeeting")
        self.account_meeting.activated.connect(self._meeting_chosen)
        self.extraordinary = choice_box("extraordinaryPossible", list(Tri))
        self.extraordinary.currentIndexChanged.connect(
            lambda _i: self._board(extraordinary_possible=choice_value(self.extraordinary))
        )
        self.board_message = field_message()
        for widget, address in (
            *((box, f"approval_path.{field}") for field, box in self.people.items()),
            (self.method, "approval_path.approval_method"),
            (self.board_needed, "approval_path.board_resolution_needed"),
            (self.drafter_experience, "approval_path.drafter_passed_this_amount"),
            (self.meeting, "step.meeting_date"),
            (self.deadline, "step.submission_deadline"),
            (self.account_meeting, "step.recurrence_rule"),
            (self.extraordinary, "step.extraordinary_possible"),
        ):
            bind(widget, address)
        for key, widget in (
            ("board_step", self.board_title),
            ("meeting", self.meeting),
            ("deadline", self.deadline),
            ("account_meeting", self.account_meeting),
            ("cadence", self.cadence),
            ("extraordinary", self.extraordinary),
        ):
            self.captions[key] = form_row(board_form, widget)
        board_form.addRow("", self.board_message)
        self.board_box = QGroupBox()
        self.board_box.setLayout(board_form)

        self.notes = CommitTextEdit()
        self.notes.setObjectName("approvalNotes")
        bind(self.notes, "approval_path.notes")
        self.notes.setFixedHeight(70)
        self.notes.committed.connect(lambda text: self._path("notes", text))
        self.notes_box = QGroupBox()
        QVBoxLayout(self.notes_box).addWidget(self.notes)

        top = QHBoxLayout()
        top.addWidget(self.path_box, 1)
        top.addWidget(self.board_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes_box)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for field, text in PEOPLE:
            self.captions[field].setText(translate("ApprovalTab", text))
        for key, text in (
            ("method", translate("ApprovalTab", "Approval method")),
            ("board_needed", translate("ApprovalTab", "Board / management resolution needed")),
            ("drafter_experience", translate("ApprovalTab", "Drafter has passed an approval of this amount")),
            ("board_step", translate("ApprovalTab", "Board-meeting step")),
            ("meeting", translate("ApprovalTab", "Meeting date")),
            ("deadline", translate("ApprovalTab", "Submission deadline")),
            ("cadence", translate("ApprovalTab", "Regular meetings")),
            ("account_meeting", translate("ApprovalTab", "The account's meeting")),
            ("extraordinary", translate("ApprovalTab", "Extraordinary meeting possible")),
        ):
            self.captions[key].setText(text)
        self.path_box.setTitle(translate("ApprovalTab", "Who approves, who signs, how"))
        self.board_box.setTitle(translate("ApprovalTab", "Board meeting"))
        self.notes_box.setTitle(translate("ApprovalTab", "Notes on the approval route"))
        relabel(self.method, self.board_needed, self.drafter_experience, self.extraordinary, *self.people.values())
        super().retranslate_ui()

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
            box.addItem(choice_label(None), None)
            for person in customers:
                box.addItem(f"{person.name} — {person.title}" if person.title else person.name, person.id)
            box.addItem(translate("ApprovalTab", "New person…"), NEW_PERSON)
            box.blockSignals(False)
            select_data(box, getattr(deal.approval_path, field))
        select_data(self.method, deal.approval_path.approval_method)
        select_data(self.board_needed, deal.approval_path.board_resolution_needed)
        select_data(self.drafter_experience, deal.approval_path.drafter_passed_this_amount)
        self.notes.set_saved_text(deal.approval_path.notes)
        board = self._board_step()
        for widget in (self.meeting, self.deadline, self.cadence, self.extraordinary, self.account_meeting):
            widget.setEnabled(board is not None)
        self._fill_meetings(board)
        self.meeting.setSpecialValueText("" if board is not None else "—")
        if board is None:
            for edit in (self.meeting, self.deadline):
                set_date(edit, None)  # "—", not some date of the year 2000
            self.cadence.set_rule("")
            needed = deal.approval_path.board_resolution_needed is Tri.YES
            self.board_title.setText(
                translate("ApprovalTab", "No board-meeting step in the plan — but a resolution is needed!")
                if needed
                else translate("ApprovalTab", "No board-meeting step in the plan")
            )
            self.board_title.setStyleSheet("color: #b3261e" if needed else "")
            return
        self.board_title.setText(board.title)
        self.board_title.setStyleSheet("")
        set_date(self.meeting, board.meeting_date or board.due_date)
        set_date(self.deadline, board.submission_deadline)
        self.cadence.set_rule(board.recurrence_rule)
        select_data(self.extraordinary, board.extraordinary_possible or Tri.UNKNOWN)
        self.board_message.setText(
            "" if board.submission_deadline else translate("ApprovalTab", "The submission deadline is unknown.")
        )

    def _path(self, field: str, value) -> None:
        if self._loading or self.deal is None:
            return
        for box in (*self.people.values(), self.method, self.board_needed, self.drafter_experience):
            mark_unknown(box)
        if value == NEW_PERSON:
            self._new_person(field)
            return
        value = to_domain(ApprovalPath, field, value)
        if same(getattr(self.deal.approval_path, field), value):
            return
        self.apply(translate("ApprovalTab", "Change approval path"), E.set_approval_path(**{field: value}))

    def _new_person(self, field: str) -> None:
        """ "New person…": their name asked, they join the customer's people and take this place."""
        name, ok = QInputDialog.getText(
            self, translate("ApprovalTab", "New person"), translate("ApprovalTab", "Name of the customer's person:")
        )
        if not ok or not name.strip() or self.deal is None:
            self.load()  # back to whom it was
            return
        person = Stakeholder(name=name.strip(), side=Side.CUSTOMER)
        self.apply(
            translate("ApprovalTab", "Change approval path"),
            E.in_turn(E.put_stakeholder(person), E.set_approval_path(**{field: person.id})),
        )

    def _board(self, **values) -> None:
        board = self._board_step()
        if self._loading or board is None:
            return
        values = {k: to_domain(Step, k, v) for k, v in values.items()}
        if all(same(getattr(board, k), v) for k, v in values.items()):
            return
        self.apply(translate("ApprovalTab", "Change board meeting"), E.set_step(board.id, **values))

    def _fill_meetings(self, board) -> None:
        """The account's governance meetings (Ctrl+Shift+A): choosing one sets the cadence and deadline."""
        profile = self.deal.account_profile if self.deal else None
        meetings = list(profile.meetings) if profile else []
        self.account_meeting.blockSignals(True)
        self.account_meeting.clear()
        self.account_meeting.addItem(translate("ApprovalTab", "— (none chosen)"), None)
        for i, meeting in enumerate(meetings):
            self.account_meeting.addItem(f"{meeting.name} ({label(meeting.kind)}) · {in_words(meeting.rule)}", i)
            if board is not None and board.recurrence_rule.strip() == meeting.rule.strip():
                self.account_meeting.setCurrentIndex(self.account_meeting.count() - 1)
        self.account_meeting.blockSignals(False)
        self.account_meeting.setEnabled(board is not None and bool(meetings))
        self._meetings = meetings

    def _meeting_chosen(self, _index: int) -> None:
        board = self._board_step()
        choice = self.account_meeting.currentData()
        if board is None or choice is None or self._loading or self.deal is None:  # (a board step: a deal)
            return
        meeting = self._meetings[choice]
        calendar = deal_calendar(self.deal)
        wanted = board.meeting_date or board.due_date
        held = next(meetings_after(meeting.rule, wanted, calendar), wanted)  # that meeting's next date
        self._board(
            recurrence_rule=meeting.rule,
            meeting_date=held,
            submission_deadline=calendar.add(held, -meeting.submission_lead),
        )

    def _cadence_edited(self, rule: str) -> None:
        """A cadence chosen in the picker (always a usable rule, or "" for none): the board step's.
        A meeting that is not on the new cadence moves to its next meeting from there, the
        submission deadline keeping its lead in working days (one action: undo takes all back)."""
        board = self._board_step()
        if board is None or self.deal is None or not rule or board.meeting_date is None:
            self._board(recurrence_rule=rule)
            return
        calendar = deal_calendar(self.deal)
        held = next(meetings_after(rule, board.meeting_date, calendar), None)
        if held is None or held == board.meeting_date:
            self._board(recurrence_rule=rule)
            return
        values: dict = {"recurrence_rule": rule, "meeting_date": held}
        if board.submission_deadline is not None and board.submission_deadline <= board.meeting_date:
            lead = calendar.between(board.submission_deadline, board.meeting_date)
            values["submission_deadline"] = calendar.add(held, -lead)
        self._board(**values)
