"""Back-scheduling, projection and what-if (seed 003, stages 4 and 5)."""

from __future__ import annotations

import copy
import uuid
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from closeplan.domain.calendar import SUPPORTED, calendar_for
from closeplan.domain.model import (
    ApprovalMethod,
    Deal,
    OwnerSide,
    Stage,
    Step,
    StepKind,
    StepStatus,
    Tri,
)
from closeplan.domain.scheduling import (
    EXTRAORDINARY,
    NEXT_MEETING,
    OVERDUE,
    back_schedule,
    meeting_on_or_before,
    project,
    what_if,
)
from closeplan.domain.templates import CLOSE, Template, TemplateStep
from closeplan.services.demo import demo_deals, synthetic_deals
from closeplan.services.planning import builtin_templates
from tests.conftest import NOW, TODAY
from tests.strategies import deals as any_deals

CADENCES = [
    "",
    "FREQ=MONTHLY;BYDAY=+3TH",
    "FREQ=MONTHLY;BYDAY=+2WE",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    "FREQ=MONTHLY;BYDAY=-1FR",
]
JP_RINGI = next(t for t in builtin_templates() if t.id == "enterprise-jp-ringi")


@st.composite
def templates(draw) -> Template:
    count = draw(st.integers(2, 14))
    steps: list[TemplateStep] = []
    board_at = draw(st.none() | st.integers(0, count - 1))
    for i in range(count):
        keys = [s.key for s in steps]
        relative_to = draw(st.sampled_from([CLOSE, *keys])) if keys else CLOSE
        kind = (
            StepKind.BOARD_MEETING
            if i == board_at
            else draw(st.sampled_from([k for k in StepKind if k is not StepKind.BOARD_MEETING]))
        )
        steps.append(
            TemplateStep(
                key=f"k{i}",
                title={"en": f"Step {i}"},
                owner_side=draw(st.sampled_from(OwnerSide)),
                kind=kind,
                relative_to=relative_to,
                offset=draw(st.integers(-40, 15)),
                depends_on=draw(st.lists(st.sampled_from(keys), unique=True, max_size=3)) if keys else [],
                submission_lead=draw(st.integers(0, 10)) if kind is StepKind.BOARD_MEETING else None,
            )
        )
    return Template(
        id="generated",
        name={"en": "Generated"},
        language="en",
        steps=steps,
        board_cadence=draw(st.sampled_from(CADENCES)),
    )


@given(
    template=templates(),
    close=st.dates(min_value=date(2027, 1, 1), max_value=date(2030, 12, 31)),
    country=st.sampled_from(SUPPORTED),
)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_back_scheduling_lands_on_working_days_and_keeps_dependencies(template, close, country):
    calendar = calendar_for(country)
    schedule = back_schedule(template, close, calendar, today=date(2026, 11, 23))
    by_id = {s.id: s for s in schedule.steps}
    for step in schedule.steps:
        assert calendar.is_working_day(step.due_date), step
        for dep in step.depends_on:
            assert by_id[dep].due_date <= step.due_date
        if step.kind is StepKind.BOARD_MEETING:
            assert step.meeting_date == step.due_date
            assert step.submission_deadline <= step.meeting_date
            assert calendar.is_working_day(step.submission_deadline)
            if template.board_cadence:
                assert meeting_on_or_before(template.board_cadence, step.meeting_date, calendar) == step.meeting_date
    assert [s.due_date for s in schedule.steps] == sorted(s.due_date for s in schedule.steps)


def test_the_board_snaps_to_the_latest_meeting_and_the_deadline_follows():
    schedule = back_schedule(JP_RINGI, date(2027, 3, 31), calendar_for("JP"), TODAY)
    assert schedule.feasible
    board = next(s for s in schedule.steps if s.kind is StepKind.BOARD_MEETING)
    assert board.meeting_date == date(2027, 3, 18)  # third Thursday of March, before close - 6 working days
    assert board.submission_deadline == date(2027, 3, 11)  # five working days before
    submit = next(s for s in schedule.steps if s.title.startswith("取締役会付議資料"))
    po = next(s for s in schedule.steps if s.kind is StepKind.PURCHASE_ORDER)
    assert submit.due_date == board.submission_deadline
    assert po.due_date == calendar_for("JP").add(board.meeting_date, 3)


def test_no_meeting_before_the_close_is_said_and_a_feasible_close_proposed():
    schedule = back_schedule(JP_RINGI, date(2026, 12, 18), calendar_for("JP"), TODAY)
    assert not schedule.feasible
    assert "No board meeting fits before the target close 2026-12-18" in schedule.problem
    assert "2026-12-17" in schedule.problem  # the next meeting whose deadline is still ahead
    # ... but a close after that meeting would put the first steps before today (2026-11-23):
    # the proposal is the first close whose every step is still ahead, a month's meeting later
    assert schedule.earliest_feasible_close == date(2027, 1, 29)
    assert "the earliest feasible close is 2027-01-29" in schedule.problem
    proposed = back_schedule(JP_RINGI, schedule.earliest_feasible_close, calendar_for("JP"), TODAY)
    assert proposed.feasible and proposed.board_meeting == date(2027, 1, 21)
    assert min(s.due_date for s in proposed.steps) >= TODAY
    earlier = back_schedule(JP_RINGI, date(2027, 1, 28), calendar_for("JP"), TODAY)
    assert min(s.due_date for s in earlier.steps) < TODAY


def test_a_plan_with_steps_before_today_proposes_a_close_where_none_is():
    schedule = back_schedule(JP_RINGI, date(2027, 1, 8), calendar_for("JP"), TODAY)
    assert any(s.due_date < TODAY for s in schedule.steps)
    proposal = schedule.earliest_feasible_close
    assert proposal is not None
    proposed = back_schedule(JP_RINGI, proposal, calendar_for("JP"), TODAY)
    assert proposed.feasible and all(s.due_date >= TODAY for s in proposed.steps)
    earlier = back_schedule(JP_RINGI, calendar_for("JP").add(proposal, -1), calendar_for("JP"), TODAY)
    assert not earlier.feasible or any(s.due_date < TODAY for s in earlier.steps)


def _ringi_deal(board: date, today_is: date) -> Deal:
    """A minimal approval-stage plan around a monthly (third Thursday) board meeting."""
    jp = calendar_for("JP")
    deadline = jp.add(board, -5)
    draft = Step("稟議書の起案", OwnerSide.CUSTOMER, jp.add(deadline, -6))
    approve = Step(
        "本部長による稟議の承認",
        OwnerSide.CUSTOMER,
        jp.add(deadline, -2),
        StepKind.APPROVAL,
        depends_on=[draft.id],
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    submit = Step("取締役会付議資料の提出", OwnerSide.CUSTOMER, deadline, depends_on=[approve.id])
    meeting = Step(
        "定例取締役会での決議",
        OwnerSide.CUSTOMER,
        board,
        StepKind.BOARD_MEETING,
        depends_on=[submit.id],
        meeting_date=board,
        submission_deadline=deadline,
        recurrence_rule="FREQ=MONTHLY;BYDAY=+3TH",
        extraordinary_possible=Tri.NO,
    )
    po = Step("発注書の発行", OwnerSide.CUSTOMER, jp.add(board, 3), StepKind.PURCHASE_ORDER, depends_on=[meeting.id])
    sign = Step("契約締結", OwnerSide.JOINT, jp.add(board, 5), StepKind.SIGNATURE, depends_on=[po.id])
    return Deal(
        name="稟議テスト",
        account="北辰物産株式会社",
        amount=Decimal("30000000"),
        currency="JPY",
        target_close=sign.due_date,
        created_at=NOW,
        updated_at=NOW,
        country="JP",
        customer_language="ja",
        stage=Stage.APPROVAL,
        steps=[draft, approve, submit, meeting, po, sign],
    )


def test_seed_003_missing_the_submission_deadline_moves_the_close_to_next_months_meeting():
    board = date(2027, 1, 21)  # third Thursday of January
    deal = _ringi_deal(board, TODAY)
    today = date(2027, 1, 15)  # the deadline (Jan 14) has passed; the papers are still not submitted
    for step in deal.steps[:2]:
        step.status, step.completed_date = StepStatus.DONE, step.due_date
    result = project(deal, today, calendar_for("JP"))
    meeting = result.of(deal.steps[3].id)
    assert meeting.projected == date(2027, 2, 18)  # third Thursday of February
    assert meeting.reason == NEXT_MEETING and meeting.because_of == deal.steps[2].id
    assert result.of(deal.steps[4].id).projected == calendar_for("JP").add(date(2027, 2, 18), 3)
    assert result.projected_close == calendar_for("JP").add(date(2027, 2, 18), 5)
    assert result.slip_days == (result.projected_close - deal.target_close).days >= 28


def test_papers_in_on_time_keep_the_meeting():
    deal = _ringi_deal(date(2027, 1, 21), TODAY)
    for step in deal.steps[:3]:
        step.status, step.completed_date = StepStatus.DONE, step.due_date
    result = project(deal, date(2027, 1, 18), calendar_for("JP"))
    assert result.of(deal.steps[3].id).projected == date(2027, 1, 21)
    assert result.slip_days == 0


def test_an_extraordinary_meeting_moves_the_close_less():
    deal = _ringi_deal(date(2027, 1, 21), TODAY)
    deal.steps[3].extraordinary_possible = Tri.YES
    for step in deal.steps[:2]:
        step.status, step.completed_date = StepStatus.DONE, step.due_date
    result = project(deal, date(2027, 1, 15), calendar_for("JP"))
    meeting = result.of(deal.steps[3].id)
    assert meeting.reason == EXTRAORDINARY
    assert date(2027, 1, 21) < meeting.projected < date(2027, 2, 18)


def test_an_overdue_step_pushes_its_dependents_once_the_slack_is_gone():
    deal = _ringi_deal(date(2027, 1, 21), TODAY)
    today = calendar_for("JP").add(deal.steps[1].due_date, 2)  # the approval is two working days late
    deal.steps[0].status, deal.steps[0].completed_date = StepStatus.DONE, deal.steps[0].due_date
    result = project(deal, today, calendar_for("JP"))
    approve = result.of(deal.steps[1].id)
    assert approve.reason == OVERDUE and approve.projected == today
    submit = result.of(deal.steps[2].id)
    assert submit.projected > deal.steps[2].due_date  # past the deadline now
    assert result.of(deal.steps[3].id).projected == date(2027, 2, 18)


@given(deal=any_deals(), offset=st.integers(-400, 400))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_projection_never_earlier_than_the_plan_and_respects_dependencies(deal, offset):
    today = date(2026, 11, 23) + timedelta(days=offset)
    assume(date(2016, 1, 1) < today < date(2044, 1, 1))
    assume(all(date(2016, 1, 1) < s.due_date < date(2044, 1, 1) for s in deal.steps))
    calendar = calendar_for(deal.country)
    result = project(deal, today, calendar)
    by_id = {s.id: s for s in deal.steps}
    for step in deal.steps:
        projected = result.of(step.id).projected
        if step.is_open:
            assert projected >= step.due_date
            assert projected >= calendar.on_or_after(today) or step.due_date >= today
            for dep in step.depends_on:
                if by_id[dep].is_open:
                    assert projected >= result.of(dep).projected
    assert result.projected_close >= deal.target_close
    assert result.slip_days == (result.projected_close - deal.target_close).days


def test_what_if_reports_the_new_close_and_the_moved_steps_without_changing_the_plan():
    deal = next(d for d in demo_deals(TODAY) if d.country == "JP")
    before = copy.deepcopy(deal)
    approval = next(s for s in deal.steps if s.kind is StepKind.APPROVAL)
    board = next(s for s in deal.steps if s.kind is StepKind.BOARD_MEETING)
    # the approval is dated when the ringi reaches 山本本部長, weeks before the board's paper
    # deadline: slipping it past that deadline moves the resolution to the next meeting
    calendar = calendar_for("JP")
    slip = calendar.between(approval.due_date, board.submission_deadline) + 1
    outcome = what_if(deal, approval.id, slip, TODAY, calendar)
    assert deal == before
    assert outcome.projected_close_after > outcome.projected_close_before
    moved = {sid for sid, _, _ in outcome.moved}
    assert {approval.id, board.id} <= moved
    board_move = next(m for m in outcome.moved if m[0] == board.id)
    assert board_move[2] - board_move[1] >= timedelta(days=28)  # the next monthly meeting
    roi = next(s for s in deal.steps if "ROI" in s.title)
    small = what_if(deal, roi.id, 1, TODAY, calendar_for("JP"))
    assert small.projected_close_after == small.projected_close_before  # weeks of slack absorb one day
    assert [sid for sid, _, _ in small.moved] == [roi.id]


def test_what_if_on_an_unknown_step_fails_clearly():
    deal = demo_deals(TODAY)[0]
    try:
        what_if(deal, uuid.uuid4(), 3, TODAY, calendar_for("JP"))
    except KeyError as exc:
        assert deal.name in str(exc)
    else:
        raise AssertionError("expected KeyError")


def test_synthetic_plans_project_without_errors():
    for deal in synthetic_deals(200, TODAY, seed=3):
        result = project(deal, TODAY, calendar_for(deal.country))
        assert result.projected_close >= deal.target_close


def _late_desks(ceo_days: int) -> Deal:
    """The constructed deal of the date-agreement tests (a route from the draft on wd 2: drafter 1,
    IT 3, the CFO 2 + 1 away, so she passes on wd 9, not on her step's wd 3); the CEO's desk takes
    ``ceo_days``, against his step's wd 12."""
    from tests.test_date_agreement import constructed

    deal = constructed()
    deal.route.steps[-1].days = ceo_days
    return deal


def test_a_late_desk_moves_its_steps_projection_to_the_routes_date():
    from closeplan.domain.route import route_timing
    from closeplan.domain.scheduling import ROUTE
    from tests.test_date_agreement import US

    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    deal = _late_desks(1)
    cfo, ceo, po, sign = deal.steps[1:]
    timing = route_timing(deal, TODAY, US)
    ann, sam = timing.legs[2], timing.legs[3]
    assert (ann.planned, ann.finish, ann.late) == (wd(3), wd(9), True)
    assert (sam.planned, sam.finish, sam.late) == (wd(12), wd(12), False)
    projection = project(deal, TODAY, US)
    # the CFO's approval is projected when the route reaches her
    assert projection.of(cfo.id).projected == wd(9)
    assert projection.of(cfo.id).reason == ROUTE and projection.of(cfo.id).because_of == cfo.id
    # the CEO's desk runs on from hers (his own desk's day, not the plan's lead after hers) and passes
    # by his step's date: as in the plan, and so are the PO and the close
    assert projection.of(ceo.id).projected == wd(12) and not projection.of(ceo.id).moved
    assert not projection.of(po.id).moved and projection.slip_days == 0


def test_a_late_desk_slips_the_close():
    """No purchase order: the CEO's approval leads straight to the signature, three working days
    later. Before, the route then never touched the plan; now the late desk moves the close."""
    from closeplan.domain.risk import CLOSE_SLIP, assess
    from closeplan.domain.scheduling import ROUTE
    from tests.test_date_agreement import US

    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    deal = _late_desks(4)  # the CEO's desk from wd 9: passes on wd 13, a day after his step's wd 12
    draft, cfo, ceo, po, sign = deal.steps
    ceo.approver = "Sam Ortiz"
    deal.steps.remove(po)
    sign.depends_on, sign.due_date = [ceo.id], wd(15)
    deal.target_close = sign.due_date
    projection = project(deal, TODAY, US)
    leg = projection.route.legs[3]
    assert (leg.planned, leg.finish, leg.late) == (wd(12), wd(13), True)
    assert projection.of(ceo.id).projected == wd(13) and projection.of(ceo.id).reason == ROUTE
    # the signature keeps its three working days after the approval: the close slips a working day
    assert projection.of(sign.id).projected == projection.projected_close == wd(16)
    assert projection.slip_days == (wd(16) - wd(15)).days > 0
    slip = next(f for f in assess(deal, TODAY, US).flags if f.code == CLOSE_SLIP)
    assert slip.data["cause"] == ceo.title


def test_a_business_day_cadence_meets_on_the_working_day_the_account_calendar_gives():
    """ "Last business day of each quarter" on a year-end holiday is the working day before it,
    and "first business day of every month" after New Year's Day the first one after: never a
    quarter or a month without its meeting (a weekday rule knows no holidays)."""
    from itertools import islice

    from closeplan.domain.calendar import calendar_for
    from closeplan.domain.scheduling import meeting_on_or_before, meetings_after

    japan = calendar_for("JP")
    assert not japan.is_working_day(date(2026, 12, 31))  # a Thursday, closed for the year's end
    quarterly = "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    assert list(islice(meetings_after(quarterly, date(2026, 10, 1), japan), 2)) == [
        date(2026, 12, 30),
        date(2027, 3, 31),
    ]
    assert meeting_on_or_before(quarterly, date(2026, 12, 31), japan) == date(2026, 12, 30)
    monthly = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1"
    assert next(meetings_after(monthly, date(2026, 12, 2), japan)) == date(2027, 1, 4)
    assert meeting_on_or_before(monthly, date(2027, 1, 3), japan) == date(2026, 12, 1)
    assert next(meetings_after(monthly, date(2027, 1, 4), japan, inclusive=False)) == date(2027, 2, 1)
