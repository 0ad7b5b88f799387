"""Approval routes in scheduling, authority tables, and customer calendars in back-scheduling."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from closeplan.domain.accounts import (
    budget_freeze,
    calendar_with,
    closure_days,
    deal_calendar,
    preset,
    required_level,
)
from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import (
    AccountProfile,
    AuthorityBand,
    Closure,
    ClosureRepeat,
    RouteMethod,
    RouteRole,
    RouteStatus,
    StepStatus,
)
from closeplan.domain.route import REWORK_DAYS, route_timing
from closeplan.domain.scheduling import ROUTE, back_schedule, project
from closeplan.services.planning import builtin_templates
from tests.test_risk import JP, TODAY, clean_deal


def _desk(deal, role):
    return next(s for s in deal.route.steps if s.role is role)


def _po(deal):
    return deal.steps[3]


def wd(n: int) -> date:
    return JP.add(TODAY, n)


# --- the route in scheduling ---------------------------------------------------------------


def test_a_route_that_fits_leaves_the_plan_alone():
    deal = clean_deal()
    timing = route_timing(deal, TODAY, JP)
    # starts when the request is drafted (wd 8), 1 + 2 + 2 working days: passes on wd 13, PO on wd 15
    assert (timing.start, timing.finish, timing.needed_by) == (wd(8), wd(13), wd(15))
    assert timing.fits
    assert not project(deal, TODAY, JP).of(_po(deal).id).moved


def test_a_returned_route_goes_back_to_the_drafter_and_pushes_the_purchase_order():
    later = wd(10)  # the drafter passed it on wd 8; the reviewer has it now
    deal = clean_deal()
    deal.steps[1].status, deal.steps[1].completed_date = StepStatus.DONE, wd(8)
    _desk(deal, RouteRole.DRAFTER).status = RouteStatus.PASSED
    _desk(deal, RouteRole.REVIEWER).status = RouteStatus.HOLDING
    holding = route_timing(deal, later, JP)
    assert holding.finish == JP.add(later, 2 + 2)  # the reviewer's 2 days and the final approver's 2
    assert not project(deal, later, JP).of(_po(deal).id).moved

    reviewer = _desk(deal, RouteRole.REVIEWER)
    reviewer.status = RouteStatus.RETURNED
    returned = route_timing(deal, later, JP)
    # rework by the drafter, then every desk again: 3 + 1 + 2 + 2 working days from today
    assert returned.returned and returned.lead == REWORK_DAYS + 1 + 2 + 2
    assert returned.finish == JP.add(later, REWORK_DAYS + 5)
    projection = project(deal, later, JP)
    po = projection.of(_po(deal).id)
    assert (po.projected, po.reason, po.because_of) == (returned.finish, ROUTE, reviewer.id)
    assert projection.projected_close > deal.target_close


def test_a_seal_waits_for_a_travelling_approver_an_electronic_approval_does_not():
    deal = clean_deal()
    final = _desk(deal, RouteRole.FINAL_APPROVER)
    final.away_days = 4  # 山本本部長 is abroad for four working days
    final.method = RouteMethod.ELECTRONIC
    assert route_timing(deal, TODAY, JP).finish == wd(13)
    assert not project(deal, TODAY, JP).of(_po(deal).id).moved

    final.method = RouteMethod.SEAL
    timing = route_timing(deal, TODAY, JP)
    assert timing.finish == wd(17) and not timing.fits  # 1 + 2 + (2 + 4) from wd 8
    assert timing.leg(final.id).away == 4
    po = project(deal, TODAY, JP).of(_po(deal).id)
    assert (po.projected, po.reason) == (wd(17), ROUTE)


def test_a_route_before_a_board_meeting_must_pass_by_its_submission_deadline():
    from tests.test_risk import _board

    deal = clean_deal()
    _board(deal, 4, open_prerequisite=False)  # meeting on wd 10, papers due on wd 4
    board = deal.steps[-1]
    deal.route.before_step_id = board.id
    deal.route.starts_on = TODAY
    deal.steps[2].due_date = wd(4)  # the plan has 山本 approve by the papers deadline
    timing = route_timing(deal, TODAY, JP)
    assert timing.needed_by == wd(4) and timing.finish == wd(5) and not timing.fits
    assert timing.legs[-1].late  # the route reaches him a day after the plan's date
    moved = project(deal, TODAY, JP).of(board.id)
    assert moved.projected > board.meeting_date  # the next regular meeting
    assert moved.projected.weekday() == 3  # a third Thursday


def test_unknown_desk_days_are_assumed_and_shown_as_assumed():
    deal = clean_deal()
    _desk(deal, RouteRole.REVIEWER).days = None
    leg = route_timing(deal, TODAY, JP).leg(_desk(deal, RouteRole.REVIEWER).id)
    assert leg.assumed and leg.days == 2


# --- the authority table ------------------------------------------------------------------


TABLE = AccountProfile(
    "北辰物産株式会社",
    authority_currency="JPY",
    authority=[
        AuthorityBand(None, "取締役会"),
        AuthorityBand(Decimal("1000000"), "課長"),
        AuthorityBand(Decimal("50000000"), "本部長"),
        AuthorityBand(Decimal("10000000"), "部長"),
    ],
)


@pytest.mark.parametrize(
    "amount, level",
    [
        ("800000", "課長"),
        ("1000000", "課長"),
        ("1000001", "部長"),
        ("30000000", "本部長"),
        ("50000000", "本部長"),
        ("120000000", "取締役会"),
    ],
)
def test_the_authority_table_names_the_level_an_amount_needs(amount, level):
    assert required_level(TABLE, Decimal(amount), "JPY").level == level


def test_an_authority_table_in_another_currency_is_not_guessed():
    assert required_level(TABLE, Decimal("30000"), "USD") is None
    assert required_level(None, Decimal("30000"), "JPY") is None


# --- customer calendars -----------------------------------------------------------------------


def _year_end(day: date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


@pytest.mark.parametrize("template_id", ["enterprise-jp-ringi", "midmarket-e-approval"])
def test_nothing_lands_in_nenmatsu_nenshi_for_a_japanese_customer_with_the_preset(template_id):
    template = next(t for t in builtin_templates() if t.id == template_id)
    plain, customer = calendar_for("JP"), calendar_with("JP", preset("JP").closures)
    landed_without = []
    for offset in range(0, 60):
        close = date(2026, 12, 1) + timedelta(days=offset)
        schedule = back_schedule(template, close, customer, date(2026, 10, 1), "ja", cadence="")
        assert not [s.due_date for s in schedule.steps if _year_end(s.due_date)], close
        without = back_schedule(template, close, plain, date(2026, 10, 1), "ja", cadence="")
        landed_without += [s.due_date for s in without.steps if _year_end(s.due_date)]
    # the national calendar alone works on 29 and 30 December: the preset is what keeps them free
    assert {d for d in landed_without} & {date(2026, 12, 29), date(2026, 12, 30)}


def test_an_overdue_step_is_projected_past_the_customer_closure():
    deal = clean_deal()
    deal.account_profile = preset("JP", deal.account)
    today = date(2026, 12, 28)
    deal.steps[1].due_date, deal.steps[1].depends_on = date(2026, 12, 25), []
    projection = project(deal, today, deal_calendar(deal))
    assert projection.of(deal.steps[1].id).projected == date(2026, 12, 28)
    projection = project(deal, date(2026, 12, 29), deal_calendar(deal))
    assert projection.of(deal.steps[1].id).projected == date(2027, 1, 4)  # first working day after 年末年始


def test_presets_cover_obon_golden_week_seollal_chuseok_and_the_swedish_july():
    jp = calendar_with("JP", preset("JP").closures)
    assert not jp.is_working_day(date(2027, 8, 13)) and not jp.is_working_day(date(2027, 4, 30))
    assert calendar_for("JP").is_working_day(date(2027, 8, 13))
    kr = calendar_with("KR", preset("KR").closures)
    # Chuseok 2027 is 14–16 September: with a day either side the office is shut 13–17 September
    assert [kr.is_working_day(date(2027, 9, d)) for d in (10, 13, 17, 20)] == [True, False, False, True]
    assert calendar_for("KR").is_working_day(date(2027, 9, 13))
    se = calendar_with("SE", preset("SE").closures)
    assert se.working_days(date(2027, 7, 1), date(2027, 7, 31)) == []
    assert se.on_or_after(date(2027, 7, 1)) == date(2027, 8, 2)


def test_yearly_closures_wrap_over_the_year_end_and_one_off_closures_happen_once():
    yearly = Closure("年末年始", ClosureRepeat.YEARLY, date(2000, 12, 29), date(2000, 1, 3))
    days = closure_days(yearly)
    assert {date(2030, 12, 29), date(2031, 1, 3)} <= days and date(2031, 1, 4) not in days
    once = Closure("Inventory", ClosureRepeat.ONCE, date(2027, 6, 7), date(2027, 6, 8))
    assert closure_days(once) == {date(2027, 6, 7), date(2027, 6, 8)}


def test_budget_freeze_before_the_fiscal_year_end():
    profile = AccountProfile("x", fiscal_year_end=date(2000, 3, 31), budget_freeze_days=14)
    assert budget_freeze(profile, date(2027, 3, 18)) is not None
    assert budget_freeze(profile, date(2027, 3, 17)) is None
    assert budget_freeze(profile, date(2027, 4, 1)) is None


# --- the route and the slips in the documents --------------------------------------------------


def _section(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[start : text.index(next_heading, start)]


def test_the_customer_pdf_shows_only_customer_visible_desks_and_the_internal_one_the_whole_chain(
    demo_service, tmp_path
):
    from closeplan.domain import edits as E
    from closeplan.services.editing import EditService
    from closeplan.services.exports import ExportService
    from tests.test_living_plan import _pdf_text

    today = date(2026, 11, 23)
    deal_id = demo_service.resolve("東邦")
    exports = ExportService(demo_service)
    exports.write_pdf(deal_id, "customer", tmp_path / "customer.pdf", today, "ja", draft=True)
    route = _section(_pdf_text(tmp_path / "customer.pdf"), "稟議ルート", "連絡先")
    assert "山本 直樹" in route and "高橋 誠" in route and "押印" in route
    assert "小林 大輔" not in route and "経理部" not in route and "中村 由美" not in route
    assert "2026年12月10日" in route  # when 山本本部長 is expected to pass it

    editing = EditService(demo_service)
    editing.edit(deal_id, "agree", E.agree_plan(today))
    deal = demo_service.get_deal(deal_id)
    legal = next(s for s in deal.steps if "法務レビュー" in s.title)
    editing.edit(deal_id, "move", E.set_step(legal.id, due_date=legal.due_date + timedelta(days=7)))
    exports.write_pdf(deal_id, "internal", tmp_path / "internal.pdf", today, "ja")
    text = _pdf_text(tmp_path / "internal.pdf")
    chain = _section(text, "稟議ルート\n全体", "合意(")
    for name in ("中村 由美", "小林 大輔", "渡辺 剛", "経理部 部長", "山本 直樹", "高橋 誠"):
        assert name in chain
    assert "不在 3日" in chain and "この金額の決裁権限: 社長" in chain
    slips = _section(text, "合意(2026年11月23日)以降に動いたタスク", "計画")
    assert "基本契約書・個別契約書の法務レビュー" in slips and "+7日・1回" in slips


# --- account calendars through the services ------------------------------------------------------


def test_a_new_account_gets_its_country_preset_and_later_deals_reuse_the_edited_calendar(service):
    from closeplan.services.deals import NewDeal
    from closeplan.services.planning import PlanningService

    planning = PlanningService(service)
    today = date(2026, 11, 2)
    new = NewDeal("生産スケジューラ導入", "北辰物産株式会社", Decimal("12000000"), "JPY", date(2027, 1, 15), "JP", "ja")
    deal, schedule, _ = planning.create_from_template(new, "midmarket-e-approval", today)
    stored = service.account_profile("北辰物産株式会社")
    assert [c.name for c in stored.closures] == ["年末年始", "お盆", "ゴールデンウィーク"]
    assert not [s for s in deal.steps if _year_end(s.due_date)]

    # the AE records the customer's own calendar: a stocktaking week and a board on the first Monday
    stored.closures.append(Closure("棚卸", ClosureRepeat.ONCE, date(2027, 1, 4), date(2027, 1, 8)))
    from closeplan.domain.model import GovernanceMeeting, MeetingKind

    stored.meetings.append(GovernanceMeeting("取締役会", MeetingKind.BOARD, "FREQ=MONTHLY;BYDAY=+1MO", 4))
    changes = service.put_account_profile("北辰物産株式会社", stored)
    assert changes.updated == [deal.id]  # its deals' list rows were recomputed

    second = NewDeal("品質管理クラウド", "北辰物産株式会社", Decimal("30000000"), "JPY", date(2027, 3, 19), "JP", "ja")
    preview = planning.preview("enterprise-jp-ringi", second.target_close, "JP", today, "ja", None, second.account)
    board = next(s for s in preview.steps if s.kind.value == "board_meeting")
    assert board.due_date.weekday() == 0 and board.due_date.day <= 7  # the account's own board: first Monday
    assert board.submission_deadline == calendar_with("JP", stored.closures).add(board.due_date, -4)
    assert not [s for s in preview.steps if date(2027, 1, 4) <= s.due_date <= date(2027, 1, 8)]


def test_a_bundle_brings_its_account_calendar_only_where_there_is_none(demo_service, service, tmp_path):
    deal = demo_service.get_deal(demo_service.resolve("東邦"))
    path = demo_service.export_bundle(deal.id, tmp_path / "toho.json")
    service.import_bundles([path])
    assert service.account_profile(deal.account) == deal.account_profile

    mine = preset("JP", deal.account)  # someone with their own, different calendar for that account
    demo_service.put_account_profile(deal.account, mine)
    newer = demo_service.get_deal(deal.id)
    newer.version += 5
    demo_service.write_bundle(newer, tmp_path / "newer.json")
    demo_service.import_bundles([tmp_path / "newer.json"])
    assert demo_service.account_profile(deal.account).authority == []  # kept theirs, not the file's


def test_the_plan_table_grades_overdue_steps(qtbot, demo_service):
    from closeplan.ui.main_window import MainWindow, Workspace
    from closeplan.ui.plan_model import STATUS
    from tests.qt_helpers import table_rows

    window = MainWindow(Workspace(demo_service, date(2026, 12, 10)))  # 13 working days after the demo's today
    qtbot.addWidget(window)
    window.search.setText("Brightwater")
    window.table.selectRow(0)
    statuses = table_rows(window.editor.plan.view, window.editor.plan.model.column_of(STATUS))
    assert any(text.endswith("overdue, stalled") for text in statuses)
    assert _grades_match_severity(window)


def _grades_match_severity(window) -> bool:
    from closeplan.domain import risk as R

    flags = [f for f in window.editor.assessment.flags if f.code == R.OVERDUE_STEP]
    return all((f.data["grade"] == R.STALLED) == (f.severity.value == "high") for f in flags) and flags
