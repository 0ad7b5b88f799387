"""Model validation: each rule gives a message naming the field."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from closeplan.domain.model import (
    ApprovalMethod,
    OwnerSide,
    Side,
    Stakeholder,
    Step,
    StepKind,
    StepStatus,
)
from closeplan.domain.validation import ValidationError, ensure_valid, validate_deal
from closeplan.services.demo import demo_deals, synthetic_deals
from tests.conftest import TODAY


@pytest.fixture
def deal():
    return demo_deals(TODAY)[0]


def errors_for(deal) -> dict[str, str]:
    return {e.field: e.message for e in validate_deal(deal)}


def test_demo_and_synthetic_deals_are_valid():
    for deal in demo_deals(TODAY) + synthetic_deals(30, TODAY, seed=7):
        assert validate_deal(deal) == [], deal.name


def test_completed_date_without_done_status(deal):
    deal.steps[3].status = StepStatus.IN_PROGRESS
    deal.steps[3].completed_date = TODAY
    errors = errors_for(deal)
    assert "steps[3].completed_date" in errors
    assert "in_progress" in errors["steps[3].completed_date"]


def test_done_step_needs_completed_date(deal):
    deal.steps[0].completed_date = None
    assert errors_for(deal)["steps[0].completed_date"] == "a done step needs its completed date"


def test_negative_amount(deal):
    deal.amount = Decimal("-1")
    assert "must not be negative" in errors_for(deal)["amount"]


def test_yen_has_no_minor_unit(deal):
    deal.amount = Decimal("48000000.5")
    assert "JPY has no minor unit" in errors_for(deal)["amount"]


def test_unknown_currency(deal):
    deal.currency = "YEN"
    assert "unknown currency 'YEN'" in errors_for(deal)["currency"]


def test_submission_deadline_after_meeting(deal):
    board = next(i for i, s in enumerate(deal.steps) if s.kind is StepKind.BOARD_MEETING)
    step = deal.steps[board]
    step.submission_deadline = step.meeting_date + timedelta(days=1)
    message = errors_for(deal)[f"steps[{board}].submission_deadline"]
    assert "is after its meeting" in message
    assert step.meeting_date.isoformat() in message


def test_bad_recurrence_rule(deal):
    board = next(i for i, s in enumerate(deal.steps) if s.kind is StepKind.BOARD_MEETING)
    deal.steps[board].recurrence_rule = "every third thursday"
    assert "recurrence rule" in errors_for(deal)[f"steps[{board}].recurrence_rule"]


def test_meeting_fields_only_on_board_meetings(deal):
    deal.steps[0].meeting_date = TODAY
    assert "board-meeting steps only" in errors_for(deal)["steps[0].meeting_date"]


def test_approval_fields_only_on_approval_steps(deal):
    deal.steps[0].approval_method = ApprovalMethod.PAPER
    assert "approval steps only" in errors_for(deal)["steps[0].approver"]


def test_dependency_on_missing_step(deal):
    deal.steps[1].depends_on.append(uuid.UUID(int=5))
    assert "no step with id" in errors_for(deal)[f"steps[1].depends_on[{len(deal.steps[1].depends_on) - 1}]"]


def test_dependency_cycle_names_the_steps(deal):
    a, b = deal.steps[0], deal.steps[1]
    a.depends_on = [b.id]
    b.depends_on = [a.id]
    message = errors_for(deal)["steps"]
    assert "cycle" in message and a.title in message and b.title in message


def test_approval_path_must_name_a_customer(deal):
    vendor = next(p for p in deal.stakeholders if p.side is Side.VENDOR)
    deal.approval_path.po_signer_id = vendor.id
    assert "customer's side" in errors_for(deal)["approval_path.po_signer_id"]


def test_blank_names_and_language(deal):
    deal.name = "  "
    deal.account = ""
    deal.customer_language = "fr"
    deal.country = "Japan"
    errors = errors_for(deal)
    assert {"name", "account", "customer_language", "country"} <= set(errors)


def test_ensure_valid_raises_with_every_error(deal):
    deal.steps.append(Step(title="", owner_side=OwnerSide.CUSTOMER, due_date=TODAY))
    deal.stakeholders.append(Stakeholder(name="", side=Side.CUSTOMER))
    with pytest.raises(ValidationError) as caught:
        ensure_valid(deal, source="deal.json")
    text = str(caught.value)
    assert text.startswith("deal.json: ")
    assert f"steps[{len(deal.steps) - 1}].title" in text
    assert f"stakeholders[{len(deal.stakeholders) - 1}].name" in text


def test_pushed_close_date_is_counted(deal):
    before = deal.times_close_pushed
    deal.change_target_close(deal.target_close + timedelta(days=30), deal.updated_at)
    assert deal.times_close_pushed == before + 1
    deal.change_target_close(deal.target_close - timedelta(days=3), deal.updated_at)
    assert deal.times_close_pushed == before + 1  # pulling in is not a push


def test_foreign_ids_names_the_fields_whose_ids_another_deal_holds():
    import uuid as _uuid

    from closeplan.domain.validation import foreign_ids, item_ids
    from closeplan.services.demo import demo_deals
    from tests.conftest import TODAY

    deal = demo_deals(TODAY)[0]
    other = _uuid.uuid4()
    owners = {deal.steps[1].id: other, deal.stakeholders[0].id: other, deal.risks[0].id: deal.id}
    errors = foreign_ids(deal, owners)
    assert [e.field for e in errors] == ["steps[1].id", "stakeholders[0].id"]
    assert all("another deal" in e.message for e in errors)
    assert set(item_ids(deal)) >= {s.id for s in deal.steps} | {d.id for d in deal.route.steps}
