"""Risk flags: each raised by a minimal case, all silent on a clean plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from closeplan.domain import risk as R
from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import (
    AccountProfile,
    ApprovalMethod,
    ApprovalPath,
    ApprovalRoute,
    CloseDateChange,
    Deal,
    Influence,
    Level,
    OwnerSide,
    Risk,
    Role,
    RouteMethod,
    RouteRole,
    RouteStatus,
    RouteStep,
    Side,
    Stage,
    Stakeholder,
    Step,
    StepKind,
    StepStatus,
    Tri,
)
from closeplan.domain.risk import assess, is_vague, level_of

TODAY = date(2027, 2, 1)  # a Monday
JP = calendar_for("JP")


def clean_deal() -> Deal:
    """A late-stage plan with nothing wrong: every flag must stay silent."""
    wd = lambda n: JP.add(TODAY, n)  # noqa: E731
    drafter = Stakeholder(
        "中村 由美",
        Side.CUSTOMER,
        title="生産管理部 課長",
        roles=[Role.DRAFTER, Role.CHAMPION],
        influence=Influence.HIGH,
    )
    approver = Stakeholder(
        "山本 直樹", Side.CUSTOMER, title="製造本部長", roles=[Role.REAL_DECISION_MAKER], influence=Influence.HIGH
    )
    signer = Stakeholder(
        "伊藤 さやか", Side.CUSTOMER, title="購買部長", roles=[Role.PO_SIGNER], influence=Influence.LOW
    )
    hearing = Step(
        "利用部門との要件ヒアリング",
        OwnerSide.JOINT,
        wd(-10),
        StepKind.MEETING,
        status=StepStatus.DONE,
        completed_date=wd(-10),
    )
    draft = Step("稟議書の起案", OwnerSide.CUSTOMER, wd(8), depends_on=[hearing.id], owner_person="中村 由美")
    approve = Step(
        "本部長による稟議の承認",
        OwnerSide.CUSTOMER,
        wd(13),
        StepKind.APPROVAL,
        depends_on=[draft.id],
        approver="山本 直樹",
        approval_method=ApprovalMethod.ELECTRONIC,
        owner_person="山本 直樹",
    )
    po = Step(
        "発注書の発行",
        OwnerSide.CUSTOMER,
        wd(15),
        StepKind.PURCHASE_ORDER,
        depends_on=[approve.id],
        owner_person="伊藤 さやか",
    )
    sign = Step("契約締結", OwnerSide.JOINT, wd(18), StepKind.SIGNATURE, depends_on=[po.id])
    for step in (hearing, draft, approve, po, sign):
        step.changed_on = TODAY - timedelta(days=3)  # moved at last week's meeting
    now = datetime.combine(TODAY - timedelta(days=2), datetime.min.time(), tzinfo=UTC)
    # the ringi runs from the draft (wd 8): 1 + 2 + 2 working days, passing on wd 13, before the PO (wd 15);
    # 山本's desk stands for his approval step, dated the day the route reaches him
    route = ApprovalRoute(
        [
            RouteStep(RouteRole.DRAFTER, "中村 由美", "生産管理部 課長", RouteMethod.ELECTRONIC, 1),
            RouteStep(RouteRole.REVIEWER, "小林 大輔", "情報システム部長", RouteMethod.ELECTRONIC, 2),
            RouteStep(RouteRole.FINAL_APPROVER, "山本 直樹", "製造本部長", RouteMethod.ELECTRONIC, 2),
        ]
    )
    return Deal(
        name="生産管理クラウド導入",
        account="北辰物産株式会社",
        amount=Decimal("30000000"),
        currency="JPY",
        target_close=sign.due_date,
        created_at=now - timedelta(days=60),
        updated_at=now,
        country="JP",
        customer_language="ja",
        stage=Stage.APPROVAL,
        plan_agreed_on=TODAY - timedelta(days=20),
        steps=[hearing, draft, approve, po, sign],
        stakeholders=[drafter, approver, signer],
        close_date_history=[CloseDateChange(now - timedelta(days=60), None, sign.due_date)],
        route=route,
        approval_path=ApprovalPath(
            real_final_approver_id=approver.id,
            nominal_approver_id=approver.id,
            po_signer_id=signer.id,
            approval_method=ApprovalMethod.ELECTRONIC,
            board_resolution_needed=Tri.NO,
            drafter_id=drafter.id,
            drafter_passed_this_amount=Tri.YES,
        ),
    )


def codes(deal: Deal, today: date = TODAY) -> list[str]:
    return [f.code for f in assess(deal, today, JP).flags]


def test_a_clean_plan_raises_no_flag():
    result = assess(clean_deal(), TODAY, JP)
    assert result.flags == []
    assert result.level is Level.LOW
    assert result.slip_days == 0


def _overdue(d: Deal) -> None:
    d.steps[1].due_date = JP.add(TODAY, -2)


def _slip(d: Deal) -> None:
    """The approval is six working days late and the PO and signature follow closely."""
    d.steps[1].status, d.steps[1].completed_date = StepStatus.DONE, JP.add(TODAY, -8)
    d.steps[1].due_date = JP.add(TODAY, -8)
    d.steps[2].due_date = JP.add(TODAY, -6)
    d.steps[3].due_date = JP.add(TODAY, 1)
    d.steps[4].due_date = d.target_close = JP.add(TODAY, 3)


def _pushed(d: Deal) -> None:
    when = d.created_at
    d.close_date_history += [
        CloseDateChange(when, date(2027, 1, 29), date(2027, 2, 12)),
        CloseDateChange(when, date(2027, 2, 12), d.target_close),
    ]
    d.close_date_history[0].to_date = date(2027, 1, 29)


def _board_without_step(d: Deal) -> None:
    d.approval_path.board_resolution_needed = Tri.YES


def _board(d: Deal, deadline_in: int | None, open_prerequisite: bool = True) -> None:
    meeting = JP.add(TODAY, 10)
    board = Step(
        "取締役会での決議",
        OwnerSide.CUSTOMER,
        meeting,
        StepKind.BOARD_MEETING,
        depends_on=[d.steps[1].id],
        meeting_date=meeting,
        submission_deadline=None if deadline_in is None else JP.add(TODAY, deadline_in),
        recurrence_rule="FREQ=MONTHLY;BYDAY=+3TH",
        extraordinary_possible=Tri.NO,
    )
    if not open_prerequisite:
        d.steps[1].status, d.steps[1].completed_date = StepStatus.DONE, TODAY
    d.steps.append(board)
    d.approval_path.board_resolution_needed = Tri.YES


def _no_customer_steps(d: Deal) -> None:
    for step in d.steps:
        step.owner_side = OwnerSide.VENDOR


def _vague(d: Deal) -> None:
    d.steps[2].title = "社内検討"


def _low_influence(d: Deal) -> None:
    for person in d.stakeholders:
        person.influence = Influence.LOW


def _stale(d: Deal) -> None:
    d.updated_at = datetime.combine(TODAY - timedelta(days=15), datetime.min.time(), tzinfo=UTC)


def _past(d: Deal) -> None:
    d.target_close = TODAY - timedelta(days=1)


def _desk(d: Deal, role: RouteRole) -> RouteStep:
    return next(s for s in d.route.steps if s.role is role)


def _reviewer_unknown(d: Deal) -> None:
    _desk(d, RouteRole.REVIEWER).person = ""


def _route_too_long(d: Deal) -> None:
    _desk(d, RouteRole.REVIEWER).days = 6  # 1 + 6 + 2 from wd 8 passes on wd 17, after the PO on wd 15


def _returned(d: Deal) -> None:
    _desk(d, RouteRole.DRAFTER).status = RouteStatus.PASSED
    _desk(d, RouteRole.REVIEWER).status = RouteStatus.RETURNED


def _above_band(d: Deal) -> None:
    d.route.drafter_usual_limit = Decimal("10000000")


def _seal(d: Deal) -> None:
    final = _desk(d, RouteRole.FINAL_APPROVER)
    final.method, final.away_days = RouteMethod.SEAL, 1  # passes on wd 14: one working day of slack


def _too_many(d: Deal) -> None:
    for n in range(31):
        d.steps.append(
            Step(f"導入準備タスク {n + 1}", OwnerSide.VENDOR, JP.add(TODAY, 20 + n % 5), owner_person="佐藤")
        )


def _nobody(d: Deal) -> None:
    d.steps[3].owner_person = ""


def _idle(d: Deal) -> None:
    d.steps[1].changed_on = TODAY - timedelta(days=15)


def _freeze(d: Deal) -> None:
    po_day = d.steps[3].due_date
    d.account_profile = AccountProfile(d.account, fiscal_year_end=po_day + timedelta(days=2), budget_freeze_days=4)


CASES = [
    (R.ROUTE_INCOMPLETE, _reviewer_unknown, "reviewer"),
    (R.ROUTE_TOO_LONG, _route_too_long, "発注書の発行"),
    (R.ROUTE_RETURNED, _returned, "小林 大輔"),
    (R.ABOVE_DRAFTER_BAND, _above_band, "中村 由美"),
    (R.SEAL_ON_CRITICAL_PATH, _seal, "山本 直樹"),
    (R.BUDGET_FREEZE, _freeze, "発注書の発行"),
    (R.TOO_MANY_STEPS, _too_many, "35 open steps"),
    (R.CUSTOMER_STEP_NO_PERSON, _nobody, "発注書の発行"),
    (R.CUSTOMER_STEPS_IDLE, _idle, "稟議書の起案"),
    (R.OVERDUE_STEP, _overdue, "稟議書の起案"),
    (R.CLOSE_SLIP, _slip, "本部長による稟議の承認"),
    (R.CLOSE_PUSHED, _pushed, "pushed 2 times"),
    (R.PO_SIGNER_UNKNOWN, lambda d: setattr(d.approval_path, "po_signer_id", None), "purchase order"),
    (R.FINAL_APPROVER_UNKNOWN, lambda d: setattr(d.approval_path, "real_final_approver_id", None), "final approver"),
    (R.APPROVAL_METHOD_UNKNOWN, lambda d: setattr(d.approval_path, "approval_method", ApprovalMethod.UNKNOWN), "paper"),
    (R.PAPER_APPROVAL, lambda d: setattr(d.approval_path, "approval_method", ApprovalMethod.PAPER), "山本 直樹"),
    (R.BOARD_MEETING_MISSING, _board_without_step, "no board-meeting step"),
    (R.SUBMISSION_DEADLINE_MISSING, lambda d: _board(d, None), "取締役会での決議"),
    (R.SUBMISSION_DEADLINE_NEAR, lambda d: _board(d, 3), "稟議書の起案"),
    (R.DRAFTER_INEXPERIENCED, lambda d: setattr(d.approval_path, "drafter_passed_this_amount", Tri.NO), "中村 由美"),
    (R.NO_CUSTOMER_STEPS, _no_customer_steps, "not mutual"),
    (R.VAGUE_STEP_TITLE, _vague, "社内検討"),
    (R.PLAN_NOT_AGREED, lambda d: setattr(d, "plan_agreed_on", None), "approval"),
    (R.ONLY_LOW_INFLUENCE, _low_influence, "3 customer contact"),
    (R.PLAN_NOT_UPDATED, _stale, "15 days"),
    (R.CLOSE_IN_PAST, _past, "in the past"),
    (
        R.MANUAL_RISK,
        lambda d: d.risks.append(Risk("本部長が3月に海外出張", likelihood=Level.HIGH, impact=Level.HIGH)),
        "本部長が3月に海外出張",
    ),
]


def test_every_flag_code_has_a_case():
    assert {code for code, _, _ in CASES} == set(R.ALL_CODES)


@pytest.mark.parametrize("code, change, named", CASES, ids=[c[0] for c in CASES])
def test_each_flag_is_raised_by_a_minimal_case_and_names_what_it_is_about(code, change, named):
    deal = clean_deal()
    change(deal)
    result = assess(deal, TODAY, JP)
    flags = [f for f in result.flags if f.code == code]
    assert flags, f"{code} not raised; got {[f.code for f in result.flags]}"
    assert named in flags[0].message
    assert flags[0].severity in (Level.LOW, Level.MEDIUM, Level.HIGH)
    assert isinstance(flags[0].data, dict)


def test_the_deadline_flag_is_silent_when_the_papers_are_done():
    deal = clean_deal()
    _board(deal, 3, open_prerequisite=False)
    assert R.SUBMISSION_DEADLINE_NEAR not in codes(deal)
    deal = clean_deal()
    _board(deal, 9)  # still more than five working days away
    assert R.SUBMISSION_DEADLINE_NEAR not in codes(deal)


def test_won_and_lost_deals_carry_no_flags():
    deal = clean_deal()
    _overdue(deal)
    deal.stage = Stage.WON
    assert assess(deal, TODAY, JP).flags == []


def test_early_stages_treat_unknown_approval_facts_as_low():
    deal = clean_deal()
    deal.stage = Stage.EVALUATION
    deal.approval_path.po_signer_id = None
    flag = next(f for f in assess(deal, TODAY, JP).flags if f.code == R.PO_SIGNER_UNKNOWN)
    assert flag.severity is Level.LOW


def test_levels():
    flag = lambda s: R.Flag("x", s, "m")  # noqa: E731
    assert level_of([]) is Level.LOW
    assert level_of([flag(Level.LOW)] * 5) is Level.LOW
    assert level_of([flag(Level.MEDIUM)]) is Level.MEDIUM
    assert level_of([flag(Level.MEDIUM)] * 4) is Level.HIGH
    assert level_of([flag(Level.HIGH)]) is Level.HIGH


def test_a_slipping_deal_is_high_and_says_why():
    deal = clean_deal()
    _slip(deal)
    result = assess(deal, TODAY, JP)
    assert result.slip_days > 0
    slip = next(f for f in result.flags if f.code == R.CLOSE_SLIP)
    assert slip.data["slip_days"] == result.slip_days
    assert slip.data["projected_close"] == result.projected_close.isoformat()


@pytest.mark.parametrize(
    "title",
    [
        "Decision",
        "Final decision",
        "TBD",
        "決定",
        "社内検討",
        "最終決定",
        "결정",
        "최종 결정",
        "내부 검토",
        "Beslut",
        "Besluta",
        "Slutligt beslut",
        "承認",
    ],
)
def test_vague_titles(title):
    assert is_vague(title)


@pytest.mark.parametrize(
    "title",
    [
        "Board approval",
        "Purchase order issued",
        "取締役会での導入決議",
        "契約書の法務レビュー",
        "稟議書の起案",
        "계약서 법무 검토",
        "대표이사 최종 결재",
        "Styrelsebeslut om investeringen",
        "Juridisk granskning av avtalet",
        "Security review by IT",
    ],
)
def test_concrete_titles(title):
    assert not is_vague(title)


@pytest.mark.parametrize(
    "days_late, grade, severity",
    [
        (1, R.AT_RISK, Level.MEDIUM),
        (6, R.AT_RISK, Level.MEDIUM),
        (7, R.STALLED, Level.HIGH),
        (12, R.STALLED, Level.HIGH),
    ],
)
def test_overdue_steps_are_at_risk_up_to_six_working_days_then_stalled(days_late, grade, severity):
    deal = clean_deal()
    deal.steps[1].due_date = JP.add(TODAY, -days_late)
    flag = next(f for f in assess(deal, TODAY, JP).flags if f.code == R.OVERDUE_STEP)
    assert (flag.data["grade"], flag.severity, flag.data["working_days"]) == (grade, severity, days_late)


def test_idle_customer_steps_count_only_when_due_soon_and_untouched():
    deal = clean_deal()
    deal.steps[3].changed_on = TODAY - timedelta(days=30)  # the PO, due in 15 working days (three weeks)
    assert R.CUSTOMER_STEPS_IDLE not in codes(deal)
    deal.steps[1].changed_on = None  # never touched since the deal was created 62 days ago, due in 8 working days
    assert R.CUSTOMER_STEPS_IDLE in codes(deal)
