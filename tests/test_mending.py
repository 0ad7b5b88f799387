"""Mending a deal that changes merged from two laptops left invalid (domain/mending.py): each
kind of break a field-by-field merge can make, mended to a deal validation takes, the same way
whichever laptop mends it."""

from __future__ import annotations

import copy
import uuid

from closeplan.domain.mending import mend
from closeplan.domain.model import ApprovalMethod, Side, StepKind, StepStatus
from closeplan.domain.validation import validate_deal
from closeplan.services.demo import demo_deals
from tests.conftest import TODAY


def _deal():
    deal = copy.deepcopy(demo_deals(TODAY)[0])
    assert validate_deal(deal) == []
    return deal


def test_a_valid_deal_is_left_as_it_is():
    deal = _deal()
    mended = mend(deal)
    assert mended.valid and mended.done == [] and mended.deal == deal


def test_dangling_references_are_dropped_and_the_rest_kept():
    deal = _deal()
    gone = uuid.uuid4()
    deal.steps[3].depends_on = [*deal.steps[3].depends_on, gone, deal.steps[3].id]
    customer = next(p for p in deal.stakeholders if p.side is Side.CUSTOMER)
    deal.approval_path.po_signer_id = uuid.uuid4()
    deal.approval_path.real_final_approver_id = customer.id
    deal.route.before_step_id = gone
    if deal.route.steps:
        deal.route.steps[0].person_id = uuid.uuid4()
    assert validate_deal(deal) != []
    before = list(deal.steps[3].depends_on)
    mended = mend(deal)
    assert mended.valid, mended.left
    assert deal.steps[3].depends_on == before  # the deal given is not changed
    assert mended.deal.steps[3].depends_on == [d for d in before if d not in (gone, deal.steps[3].id)]
    assert mended.deal.approval_path.po_signer_id is None
    assert mended.deal.approval_path.real_final_approver_id == customer.id
    assert mended.deal.route.before_step_id is None
    assert mended.done


def test_a_cycle_is_broken_at_the_step_latest_in_the_plan():
    deal = _deal()
    a, b, c = deal.steps[2], deal.steps[4], deal.steps[6]
    a.depends_on, b.depends_on, c.depends_on = [c.id], [a.id], [b.id]
    mended = mend(deal)
    assert mended.valid, mended.left
    steps = {s.id: s for s in mended.deal.steps}
    assert steps[a.id].depends_on == [c.id] and steps[b.id].depends_on == [a.id]
    assert b.id not in steps[c.id].depends_on
    assert mend(copy.deepcopy(deal)).deal == mended.deal  # the same on every laptop


def test_fields_of_another_kind_of_step_are_cleared():
    deal = _deal()
    task = next(s for s in deal.steps if s.kind is StepKind.TASK)
    task.approver, task.approval_method = "Mr. Sato", ApprovalMethod.PAPER
    other = next(s for s in deal.steps if s.kind is StepKind.TASK and s is not task)
    other.meeting_date, other.recurrence_rule = TODAY, "FREQ=MONTHLY;BYDAY=+3TH"
    planned = next(s for s in deal.steps if s.status is StepStatus.PLANNED)
    planned.completed_date = TODAY
    mended = mend(deal)
    assert mended.valid, mended.left
    fixed = {s.id: s for s in mended.deal.steps}
    assert (fixed[task.id].approver, fixed[task.id].approval_method) == ("", None)
    assert (fixed[other.id].meeting_date, fixed[other.id].recurrence_rule) == (None, "")
    assert fixed[planned.id].completed_date is None


def test_what_cannot_be_mended_is_said():
    deal = _deal()
    deal.name = ""
    mended = mend(deal)
    assert not mended.valid and [e.field for e in mended.left] == ["name"]


def test_a_board_meeting_moved_on_one_laptop_and_its_step_on_another_is_due_on_the_meeting():
    from datetime import timedelta

    deal = _deal()
    board = next(s for s in deal.steps if s.kind is StepKind.BOARD_MEETING)
    assert board.meeting_date is not None
    board.due_date = board.meeting_date + timedelta(days=3)
    board.submission_deadline = board.meeting_date + timedelta(days=1)
    mended = mend(deal)
    assert mended.valid, mended.left
    fixed = next(s for s in mended.deal.steps if s.id == board.id)
    assert fixed.due_date == board.meeting_date and fixed.submission_deadline is None
