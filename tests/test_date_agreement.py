"""A date shown to the customer has one source: the approval route's desks and the plan's steps
agree in the PDF, or the PDF says in words that the route's estimate is later than the plan.

The dates are read from the PDF's text (pypdf), not from the objects the PDF was made from: the
plan table's date of a step, the route table's date(s) of the desk that step stands for. Which
step a desk stands for is worked out here on its own terms (the approval step whose approver or
owner is the desk's person; for the final approver, else, the unnamed approval step the purchase
order waits for), so the tests also hold the code's own rule to account.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import (
    ApprovalMethod,
    ApprovalRoute,
    Deal,
    OwnerSide,
    RouteMethod,
    RouteRole,
    RouteStatus,
    RouteStep,
    Stage,
    Step,
    StepKind,
    StepStatus,
)
from closeplan.export.doc_text import LABELS, format_date
from closeplan.export.pdf import customer_plan, render_customer_plan, render_internal_review
from closeplan.services.demo import demo_deals

TODAY = date(2026, 11, 23)
LANGUAGES = ("en", "ja", "ko", "sv")


# --- reading the PDF --------------------------------------------------------------------------


def _flat(value: str) -> str:
    """Without any white space: a cell wrapped over lines (CJK anywhere, Latin at spaces) reads the
    same as the text it was made from."""
    return re.sub(r"\s+", "", value)


def pdf_text(data: bytes) -> str:
    return _flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _dates(language: str, around: date) -> dict[str, date]:
    """Every date within two years of ``around`` as the document writes it (flattened)."""
    days = (around + timedelta(days=n) for n in range(-400, 800))
    return {_flat(format_date(day, language)): day for day in days}


def dates_in(segment: str, language: str, around: date) -> list[date]:
    """The dates written in ``segment``, in order."""
    known = _dates(language, around)
    pattern = "|".join(re.escape(k) for k in sorted(known, key=len, reverse=True))
    return [known[m.group(0)] for m in re.finditer(pattern, segment)]


def _section(text: str, language: str, heading: str, after: tuple[str, ...], one_page: bool = False) -> str:
    """The text from a section heading to the next of ``after`` (with ``one_page``, the page's
    footer ends it too)."""
    start = text.index(_flat(LABELS[language][heading]))
    ends = [text.find(_flat(LABELS[language][key]), start + 1) for key in after]
    page = re.escape(_flat(LABELS[language]["page"])).replace(r"\{page\}", r"\d+").replace(r"\{pages\}", r"\d+")
    footer = re.compile(page).search(text, start + 1) if one_page else None
    ends = [e for e in ends if e > 0] + ([footer.start()] if footer else [])
    return text[start : min(ends)] if ends else text[start:]


def plan_date(text: str, language: str, step: Step, around: date) -> date:
    """The date the plan table gives the step: the date cell right before its title."""
    table = _section(text, language, "steps", ("milestones", "route", "contacts"))
    title = _flat(step.title)
    position = table.index(title)
    found = dates_in(table[:position], language, around)
    assert found, f"no date before {step.title!r}"
    return found[-1]


def desk_rows(text: str, language: str, deal: Deal) -> dict[str, str]:
    """The route table's row of each customer-visible desk (person → its flattened text)."""
    table = _section(text, language, "route", ("contacts", "steps", "agreed"), one_page=True)
    header = _flat(LABELS[language]["route_expected"])  # the last column's heading
    table = table[table.index(header) + len(header) :]
    desks = [d for d in deal.route.steps if d.customer_visible]
    rows, position = {}, 0
    starts = []
    for desk in desks:
        at = table.index(_flat(desk.person), position)
        starts.append(at)
        position = at + 1
    for i, desk in enumerate(desks):
        rows[desk.person] = table[starts[i] : starts[i + 1] if i + 1 < len(starts) else len(table)]
    return rows


# --- which plan step a desk stands for (the test's own reading of the plan) -----------------------


def _names(desk: RouteStep, step: Step) -> bool:
    """The step's approver (or, with none, its owner) is the desk's person, maybe with a title."""
    named = " ".join((step.approver or step.owner_person).split())
    return bool(desk.person) and (named == desk.person or named.startswith(desk.person + " "))


def stands_for(deal: Deal) -> dict[str, Step]:
    """person of a customer-visible desk → the open plan step it stands for."""
    approvals = [s for s in deal.steps_in_time_order() if s.kind is StepKind.APPROVAL and s.is_open]
    result: dict[str, Step] = {}
    for desk in deal.route.steps:
        step = next((s for s in approvals if _names(desk, s) and s not in result.values()), None)
        if step is None and desk.role is RouteRole.FINAL_APPROVER:
            po = next((s for s in deal.steps if s.kind is StepKind.PURCHASE_ORDER), None)
            step = next(
                (
                    s
                    for s in reversed(approvals)
                    if po and s.id in po.depends_on and not any(_names(d, s) for d in deal.route.steps)
                ),
                None,
            )
        if step is not None and desk.customer_visible and desk.status is not RouteStatus.PASSED:
            result[desk.person] = step
    return result


def later_wording(language: str, expected: date, planned: date) -> str:
    return _flat(
        LABELS[language]["route_later"].format(
            date=format_date(expected, language), planned=format_date(planned, language)
        )
    )


def check_agreement(deal: Deal, data: bytes, language: str, today: date) -> list[tuple[str, date, date | None]]:
    """Every customer-visible desk's date(s) against its plan step's date; returns
    (person, the plan's date, the route's later estimate or None) of each desk with a step."""
    text = pdf_text(data)
    mapped = stands_for(deal)
    checked = []
    if not any(d.customer_visible for d in deal.route.steps):
        assert _flat(LABELS[language]["route"]) not in text
        return checked
    rows = desk_rows(text, language, deal)
    shown: list[date] = []
    for person, row in rows.items():
        found = dates_in(row, language, today)
        shown.append(max(found) if found else date.min)
        step = mapped.get(person)
        if step is None or not step.customer_visible:  # the plan table shows no date for it to agree with
            continue
        planned = plan_date(text, language, step, today)
        assert found, f"{person}: no date in the route table ({row})"
        assert found[0] == planned, f"{person}: the route says {found[0]}, the plan step “{step.title}” {planned}"
        if len(found) == 1:
            assert _flat(LABELS[language]["route_as_planned"]) in row, row
            checked.append((person, planned, None))
        else:
            # the plan's date, then the wording: "expected to pass by <estimate>, later than the plan's <date>"
            assert len(found) == 3 and found[1] > planned and found[2] == planned, row
            assert later_wording(language, found[1], planned) in row, row
            checked.append((person, planned, found[1]))
    assert shown == sorted(shown), f"the route's dates run backwards: {shown}"
    return checked


# --- the demo deals --------------------------------------------------------------------------------


def _demo(language: str, today: date) -> Deal:
    return next(d for d in demo_deals(today) if d.customer_language == language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("today", [TODAY, date(2027, 4, 26), date(2027, 12, 20)])
def test_the_demo_deals_route_desks_and_plan_steps_agree(language, today):
    deal = _demo(language, today)
    data = render_customer_plan(customer_plan(deal, today), today)
    checked = check_agreement(deal, data, language, today)
    if language != "en":  # the English demo deal has no approval route recorded
        assert checked, "no desk of the demo route stands for a plan step"
        assert all(later is None for _, _, later in checked), f"the demo's own route is late: {checked}"


def test_the_japanese_demo_says_one_date_for_yamamoto():
    """The case of the issue: 山本 approves on the same day in the route and in the plan."""
    deal = _demo("ja", TODAY)
    text = pdf_text(render_customer_plan(customer_plan(deal, TODAY), TODAY))
    step = next(s for s in deal.steps if s.kind is StepKind.APPROVAL and s.approver == "山本 直樹")
    planned = plan_date(text, "ja", step, TODAY)
    assert dates_in(desk_rows(text, "ja", deal)["山本 直樹"], "ja", TODAY) == [planned]


def test_the_exported_demo_pdfs_agree(demo_service, tmp_path):
    """The same through the export service, as `closeplan export DEAL --format pdf --draft` runs it."""
    from closeplan.services.exports import ExportService

    exports = ExportService(demo_service)
    for part, language in (("東邦", "ja"), ("한빛", "ko"), ("Norrskog", "sv"), ("Brightwater", "en")):
        deal_id = demo_service.resolve(part)
        path = exports.write_pdf(deal_id, "customer", tmp_path / f"{language}.pdf", TODAY, draft=True)
        check_agreement(demo_service.get_deal(deal_id), path.read_bytes(), language, TODAY)


# --- a constructed deal: one desk on time, one the route reaches late ---------------------------------


US = calendar_for("US")
NOW = datetime.combine(TODAY, time(9), tzinfo=UTC)


def constructed(language: str = "en") -> Deal:
    """A route that starts on a set day: the CFO's plan step is earlier than the route can reach her
    (late); the CEO, the final approver, stands for the unnamed approval step before the PO."""
    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    draft = Step("Approval request drafted", OwnerSide.CUSTOMER, wd(2), owner_person="Chris Morales")
    cfo = Step(
        "CFO approval",
        OwnerSide.CUSTOMER,
        wd(3),
        StepKind.APPROVAL,
        depends_on=[draft.id],
        approver="Ann Lee (CFO)",
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    ceo = Step("Executive sign-off of the request", OwnerSide.CUSTOMER, wd(12), StepKind.APPROVAL, depends_on=[cfo.id])
    po = Step("Purchase order issued", OwnerSide.CUSTOMER, wd(15), StepKind.PURCHASE_ORDER, depends_on=[ceo.id])
    sign = Step("Order form signed", OwnerSide.JOINT, wd(18), StepKind.SIGNATURE, depends_on=[po.id])
    route = ApprovalRoute(
        [
            RouteStep(RouteRole.DRAFTER, "Chris Morales", "Operations", RouteMethod.ELECTRONIC, 1),
            RouteStep(RouteRole.REVIEWER, "Raj Patel", "IT", RouteMethod.ELECTRONIC, 3, customer_visible=True),
            RouteStep(RouteRole.APPROVER, "Ann Lee", "CFO", RouteMethod.PAPER, 2, away_days=1, customer_visible=True),
            RouteStep(RouteRole.FINAL_APPROVER, "Sam Ortiz", "CEO", RouteMethod.ELECTRONIC, 1, customer_visible=True),
        ],
        starts_on=wd(2),
    )
    return Deal(
        name="Scheduling suite",
        account="Brightwater Dental Group",
        amount=Decimal("90000"),
        currency="USD",
        target_close=sign.due_date,
        country="US",
        customer_language=language,
        vendor_company="Lumen Systems Inc.",
        stage=Stage.APPROVAL,
        steps=[draft, cfo, ceo, po, sign],
        route=route,
        created_at=NOW,
        updated_at=NOW,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_desk_the_route_reaches_late_shows_the_plan_date_and_the_later_estimate(language):
    deal = constructed(language)
    data = render_customer_plan(customer_plan(deal, TODAY), TODAY)
    checked = dict(
        (person, (planned, later)) for person, planned, later in check_agreement(deal, data, language, TODAY)
    )
    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    # the route runs from wd 2: drafter 1, IT 3, CFO 2 + 1 away: she can pass it on wd 9, not on wd 3
    assert checked["Ann Lee"] == (wd(3), wd(9))
    # the CEO runs on from there (wd 10), before his plan step's wd 12: the plan's date stands
    assert checked["Sam Ortiz"] == (wd(12), None)


def test_the_internal_review_shows_the_same_dates_in_the_route_chain():
    from closeplan.domain.risk import assess

    deal = constructed("ja")
    assessment = assess(deal, TODAY, deal_calendar(deal))
    text = pdf_text(render_internal_review(deal, assessment, TODAY))
    chain = text[text.index(_flat("稟議ルート全体")) :]
    wd = lambda n: US.add(TODAY, n)  # noqa: E731
    ann = chain[chain.index("AnnLee") : chain.index("SamOrtiz")]
    assert dates_in(ann, "ja", TODAY)[:2] == [wd(3), wd(9)]
    assert later_wording("ja", wd(9), wd(3)) in ann
    sam = chain[chain.index("SamOrtiz") :]
    assert dates_in(sam, "ja", TODAY)[0] == wd(12) and _flat("計画どおり") in sam[:80]


def test_a_passed_desk_shows_no_date():
    deal = constructed()
    for desk in deal.route.steps[:3]:
        desk.status = RouteStatus.PASSED
    deal.steps[0].status, deal.steps[0].completed_date = StepStatus.DONE, TODAY
    deal.steps[1].status, deal.steps[1].completed_date = StepStatus.DONE, TODAY
    text = pdf_text(render_customer_plan(customer_plan(deal, TODAY), TODAY))
    rows = desk_rows(text, "en", deal)
    assert dates_in(rows["Ann Lee"], "en", TODAY) == []
    assert dates_in(rows["Sam Ortiz"], "en", TODAY) == [US.add(TODAY, 12)]


def test_a_desk_whose_plan_step_the_customer_does_not_see_shows_an_estimate():
    deal = constructed()
    deal.steps[1].customer_visible = False  # the CFO's approval step is internal
    text = pdf_text(render_customer_plan(customer_plan(deal, TODAY), TODAY))
    assert "CFOapproval" not in text
    row = desk_rows(text, "en", deal)["Ann Lee"]
    assert dates_in(row, "en", TODAY) == [US.add(TODAY, 9)]  # the route's date, and nothing of the hidden step
    assert _flat(LABELS["en"]["route_estimate"]) in row and "plan" not in row
