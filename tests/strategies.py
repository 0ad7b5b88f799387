"""Hypothesis strategies that build valid deals, with text in many scripts, and the hostile
bytes and values the readers must refuse clearly (issue 18)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from closeplan.domain.currency import minor_units
from closeplan.domain.model import (
    LANGUAGES,
    ApprovalMethod,
    ApprovalPath,
    Attitude,
    Bant,
    BantItem,
    CloseDateChange,
    Deal,
    Influence,
    Level,
    OwnerSide,
    Risk,
    RiskStatus,
    Role,
    Seniority,
    Side,
    Stage,
    Stakeholder,
    Step,
    StepKind,
    StepStatus,
    Tri,
)

# Japanese, Korean, Swedish and odd characters, mixed with anything Hypothesis likes — but no
# control characters (C0, DEL, C1) or line separators: a deal refuses those, except newline
# and tab in multi-line fields (domain.validation.text_problem).
_SAMPLES = "稟議決裁者発注書取締役会품의결재권자발주서이사회ÅÄÖåäöéü\"'\\/<>&{}[]#%😀\u200b\u202e\u00a0"
_LINE_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"), exclude_characters="\u2028\u2029")
line = st.text(alphabet=st.one_of(st.sampled_from(_SAMPLES), _LINE_CHARS), max_size=30)
text = st.text(alphabet=st.one_of(st.sampled_from(_SAMPLES + "\t\n"), _LINE_CHARS), max_size=30)  # multi-line fields
title = line.filter(lambda s: s.strip() != "")
dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31))
# the supported dates (domain.validation.MIN_DATE..MAX_DATE), in UTC
moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2197, 12, 31), timezones=st.just(UTC))
ids = st.uuids(version=4)


@st.composite
def steps(draw, count: int) -> list[Step]:
    result: list[Step] = []
    for _ in range(count):
        kind = draw(st.sampled_from(StepKind))
        status = draw(st.sampled_from(StepStatus))
        due = draw(dates)
        step = Step(
            id=draw(ids),
            title=draw(title),
            owner_side=draw(st.sampled_from(OwnerSide)),
            due_date=due,
            kind=kind,
            description=draw(text),
            owner_person=draw(line),
            status=status,
            completed_date=draw(dates) if status is StepStatus.DONE else None,
            customer_visible=draw(st.booleans()),
            internal_note=draw(text),
        )
        if result:
            earlier = [s.id for s in result]
            step.depends_on = draw(st.lists(st.sampled_from(earlier), unique=True, max_size=3))
        if kind is StepKind.APPROVAL:
            step.approver = draw(line)
            step.approval_method = draw(st.none() | st.sampled_from(ApprovalMethod))
        if kind is StepKind.BOARD_MEETING:
            meeting = draw(st.none() | st.just(due))
            step.meeting_date = meeting
            if meeting is not None:
                step.submission_deadline = draw(
                    st.none() | st.integers(0, 30).map(lambda n, m=meeting: m - timedelta(days=n))
                )
            step.recurrence_rule = draw(st.sampled_from(["", "FREQ=MONTHLY;BYDAY=+3TH", "FREQ=WEEKLY;BYDAY=WE"]))
            step.extraordinary_possible = draw(st.none() | st.sampled_from(Tri))
        result.append(step)
    return result


@st.composite
def deals(draw) -> Deal:
    currency = draw(st.sampled_from(["JPY", "KRW", "SEK", "USD", "EUR", "KWD"]))
    places = minor_units(currency)
    amount = Decimal(draw(st.integers(0, 10**15 - 1))).scaleb(-places)
    created = draw(moments)
    updated = created + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=900)))  # stays before 2201
    people = [
        Stakeholder(
            id=draw(ids),
            name=draw(title),
            side=draw(st.sampled_from(Side)),
            title=draw(line),
            roles=draw(st.lists(st.sampled_from(Role), unique=True, max_size=4)),
            influence=draw(st.sampled_from(Influence)),
            seniority=draw(st.sampled_from(Seniority)),
            attitude=draw(st.sampled_from(Attitude)),
            email=draw(line),
            phone=draw(line),
            notes=draw(text),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    customers = [p.id for p in people if p.side is Side.CUSTOMER]
    person = st.none() | st.sampled_from(customers) if customers else st.none()
    history = [
        CloseDateChange(draw(moments), draw(st.none() | dates), draw(dates)) for _ in range(draw(st.integers(0, 3)))
    ]
    return Deal(
        id=draw(ids),
        name=draw(title),
        account=draw(title),
        vendor_company=draw(line),
        crm_id=draw(st.sampled_from(["", "006Q500000AbCdE", "1234567890"])),
        amount=amount,
        currency=currency,
        stage=draw(st.sampled_from(Stage)),
        target_close=draw(dates),
        project_start=draw(st.none() | dates),
        owner=draw(line),
        country=draw(st.sampled_from(["JP", "KR", "SE", "US", "GB", "DE"])),
        customer_language=draw(st.sampled_from(LANGUAGES)),
        business_issue=draw(text),
        problem=draw(text),
        solution=draw(text),
        benefit=draw(text),
        bant=Bant(*(BantItem(draw(st.sampled_from(Tri)), draw(text)) for _ in range(4))),
        internal_notes=draw(text),
        plan_agreed_on=draw(st.none() | dates),
        created_at=created,
        updated_at=updated,
        version=draw(st.integers(1, 10**6)),
        close_date_history=history,
        steps=draw(st.integers(0, 6).flatmap(steps)),
        stakeholders=people,
        approval_path=ApprovalPath(
            real_final_approver_id=draw(person),
            nominal_approver_id=draw(person),
            po_signer_id=draw(person),
            approval_method=draw(st.sampled_from(ApprovalMethod)),
            board_resolution_needed=draw(st.sampled_from(Tri)),
            drafter_id=draw(person),
            drafter_passed_this_amount=draw(st.sampled_from(Tri)),
            notes=draw(text),
        ),
        risks=[
            Risk(
                id=draw(ids),
                description=draw(title),
                likelihood=draw(st.sampled_from(Level)),
                impact=draw(st.sampled_from(Level)),
                mitigation=draw(text),
                owner=draw(line),
                status=draw(st.sampled_from(RiskStatus)),
            )
            for _ in range(draw(st.integers(0, 2)))
        ],
    )


# --- hostile input (issue 18): values and bytes the readers must refuse clearly -------------

# The lenient readings Python accepts and the schema does not, dates and times at and beyond
# the supported range, rules finer than daily, texts at and over their limits.
_HOSTILE_TEXTS = [
    "1_000",
    "٣٣",
    "１２",
    "1E+309",
    "-0",
    "+5",
    " 12",
    "NaN",
    "2026-W50-1",
    "20261218",
    "２０２６-１２-１８",
    "1899-12-31",
    "1900-01-01",
    "2200-12-31",
    "2201-01-01",
    "9999-12-31",
    "0001-01-01T00:00:00+23:59",
    "2026-11-23T09:30:00+14:00",
    "2026-11-23T09:30:00-12:00",
    "2026-11-23 09:30:00Z",
    "FREQ=SECONDLY",
    "FREQ=MINUTELY",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYDAY=+3TH",
    "\ud800",
    "a\udfffb",
    "\x00",
    "\x1b[2J",
    "line\nbreak",
    "tab\there",
    "\u2028",
    "x" * 201,
    "稟" * 4001,
    "e" * 1500,
    "00000000-0000-0000-0000-000000000000",
    "",
    " ",
]
hostile_values = st.one_of(
    st.sampled_from(_HOSTILE_TEXTS),
    st.text(max_size=40),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63, 2**64, -(2**63) - 1, 2**53, 1e308, -0.0, 3.0]),
    st.lists(st.integers(0, 5), max_size=3),
    st.dictionaries(st.sampled_from(["id", "x", "steps"]), st.integers(), max_size=2),
)

# Bytes that break readers of CSV: NUL, BOMs, a lone lead byte of CP932, quotes and separators,
# dates and amounts beyond the range, control characters, long runs.
hostile_bytes = st.one_of(
    st.sampled_from(
        [
            b"",
            b"\x00",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\x82",
            b"\x82\xa0",
            b"\xe3\x81",
            b'"',
            b'""',
            b",",
            b";",
            b"\t",
            b"\n",
            b"\r",
            b"\r\n",
            b"2201/01/01",
            b"0001-01-01",
            b"99999999",
            b"1E+309",
            b"\x1b",
            "１２".encode(),
            "٣٣".encode(),
            b"9" * 40,
            b"x" * 300,
            b"\xed\xa0\x80",
        ]
    ),
    st.binary(max_size=8),
)
