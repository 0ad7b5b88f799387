"""Risk flags computed from a plan (seed 003, stages 4 and 5) and the deal's risk level.

The flags are a table: each is a ``FlagKind`` (its stable ``code``, its typed parameters and its
wording in every language, see closeplan.domain.flags) and one small function that checks a deal
and raises it with the values that triggered it. Flags come out in the order of this file, then
are sorted by severity. A flag's ``message`` is its English wording, ``data`` its parameters as
JSON (docs/risk-json.md); ``closeplan.export.doc_text.flag_text`` words it in a document's or
the UI's language.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache

from closeplan.domain.accounts import budget_freeze
from closeplan.domain.calendar import WorkCalendar
from closeplan.domain.flags import (
    AMOUNT,
    COUNT,
    DATE,
    ID,
    TEXT,
    TITLES,
    YES_NO,
    Choice,
    EnumOf,
    EnumsOf,
    Flag,
    FlagKind,
    Formatter,
    flag_kind,
)
from closeplan.domain.model import (
    STAGE_ORDER,
    ApprovalMethod,
    Deal,
    FlagBrief,
    Influence,
    Level,
    OwnerSide,
    RiskStatus,
    RouteMethod,
    RouteRole,
    RouteStatus,
    Side,
    Stage,
    Step,
    StepKind,
    Tri,
)
from closeplan.domain.route import CRITICAL_SLACK, route_gaps, route_person
from closeplan.domain.scheduling import Projection, project

OVERDUE_STEP = "overdue_step"
CLOSE_SLIP = "close_slip"
CLOSE_PUSHED = "close_pushed_repeatedly"
PO_SIGNER_UNKNOWN = "po_signer_unknown"
FINAL_APPROVER_UNKNOWN = "final_approver_unknown"
APPROVAL_METHOD_UNKNOWN = "approval_method_unknown"
PAPER_APPROVAL = "paper_approval"
BOARD_MEETING_MISSING = "board_meeting_missing"
SUBMISSION_DEADLINE_MISSING = "submission_deadline_missing"
SUBMISSION_DEADLINE_NEAR = "submission_deadline_near"
DRAFTER_INEXPERIENCED = "drafter_inexperienced"
NO_CUSTOMER_STEPS = "no_customer_steps"
VAGUE_STEP_TITLE = "vague_step_title"
PLAN_NOT_AGREED = "plan_not_agreed"
ONLY_LOW_INFLUENCE = "only_low_influence_contacts"
PLAN_NOT_UPDATED = "plan_not_updated"
CLOSE_IN_PAST = "target_close_in_past"
MANUAL_RISK = "manual_risk"
ROUTE_INCOMPLETE = "route_incomplete"
ROUTE_TOO_LONG = "route_too_long"
ROUTE_RETURNED = "route_returned"
ABOVE_DRAFTER_BAND = "above_drafter_band"
SEAL_ON_CRITICAL_PATH = "seal_on_critical_path"
BUDGET_FREEZE = "budget_freeze"
TOO_MANY_STEPS = "too_many_open_steps"
CUSTOMER_STEP_NO_PERSON = "customer_step_without_person"
CUSTOMER_STEPS_IDLE = "customer_steps_idle"

# overdue grading, in working days: up to AT_RISK_UP_TO "at risk", beyond it "stalled"
AT_RISK_UP_TO = 6
AT_RISK, STALLED = "at_risk", "stalled"
MAX_OPEN_STEPS = 30  # plans with more open steps win no more often than no plan at all
IDLE_AFTER_DAYS = 14  # a customer step in play that has not moved for this long
STALE_AFTER_DAYS = 14
DEADLINE_WINDOW = 5  # working days
MEDIUMS_MAKE_HIGH = 4
SHOWN_TITLES = 3  # titles a flag about several steps names
_RANK = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}


@dataclass
class Assessment:
    deal_id: uuid.UUID
    level: Level
    flags: list[Flag]
    projection: Projection

    @property
    def projected_close(self) -> date:
        return self.projection.projected_close

    @property
    def slip_days(self) -> int:
        return self.projection.slip_days


def level_of(flags: list[Flag]) -> Level:
    """High with any high flag or four medium ones; medium with any medium; else low."""
    highs = sum(1 for f in flags if f.severity is Level.HIGH)
    mediums = sum(1 for f in flags if f.severity is Level.MEDIUM)
    if highs or mediums >= MEDIUMS_MAKE_HIGH:
        return Level.HIGH
    if mediums:
        return Level.MEDIUM
    return Level.LOW


# --- vague titles ---------------------------------------------------------------------

_VAGUE = [
    "decision",
    "decide",
    "decisions",
    "final decision",
    "approval",
    "approve",
    "review",
    "discussion",
    "follow up",
    "follow-up",
    "next steps",
    "tbd",
    "check",
    "consider",
    "consideration",
    "internal",
    "決定",
    "意思決定",
    "検討",
    "判断",
    "確認",
    "承認",
    "稟議",
    "決裁",
    "결정",
    "의사결정",
    "검토",
    "확인",
    "승인",
    "결재",
    "품의",
    "beslut",
    "besluta",
    "beslutet",
    "godkännande",
    "godkänna",
    "granskning",
    "diskussion",
    "uppföljning",
]
_FILLER = [
    "final",
    "internal",
    "customer",
    "the",
    "a",
    "an",
    "of",
    "on",
    "by",
    "and",
    "step",
    "process",
    "社内",
    "最終",
    "内部",
    "顧客",
    "先方",
    "の",
    "による",
    "社内での",
    "최종",
    "내부",
    "고객",
    "사내",
    "의",
    "slutligt",
    "slutlig",
    "slutgiltigt",
    "internt",
    "intern",
    "kundens",
    "kunden",
    "om",
    "av",
    "och",
]
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def _alternation(words: list[str]) -> str:
    # Latin words match whole words only ("a" must not eat the a of "board"); CJK and Hangul
    # terms match anywhere, as those scripts do not put spaces between words.
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"\b{escaped}\b" if word.isascii() or word[0].isascii() else escaped)
    return "|".join(parts)


_VAGUE_RE = re.compile(_alternation(_VAGUE + _FILLER), re.IGNORECASE)
_LATIN_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@lru_cache(maxsize=65536)
def is_vague(title: str) -> bool:
    """A title made only of vague words (decision, 決定, 検討, 결정, beslut, …) and filler.

    "Board approval" or "契約書の法務レビュー" name a concrete action and pass; "Decision",
    "社内検討", "최종 결정", "Beslut" do not.
    """
    text = title.strip().casefold()
    if not text:
        return True
    if not _VAGUE_RE.search(text):
        return False
    rest = _VAGUE_RE.sub(" ", text)
    rest = _PUNCT.sub(" ", rest).strip()
    if not rest:
        return True
    if rest.isascii():
        return not _LATIN_WORD.search(rest)
    return len(rest.replace(" ", "")) < 2


# --- assessment -----------------------------------------------------------------------


def _late(stage: Stage) -> bool:
    return STAGE_ORDER.index(stage) >= STAGE_ORDER.index(Stage.NEGOTIATION)


def _person(deal: Deal, stakeholder_id) -> str:
    person = deal.stakeholder(stakeholder_id)
    return person.name if person else ""


def _manual_severity(likelihood: Level, impact: Level) -> Level:
    """Likelihood × impact: high only when both are high; low when both are at most low/medium."""
    score = (_RANK[likelihood] + 1) * (_RANK[impact] + 1)
    return Level.HIGH if score >= 9 else Level.MEDIUM if score >= 3 else Level.LOW


@dataclass
class Situation:
    """What every check looks at: one open deal as of ``today``, with its projection."""

    deal: Deal
    today: date
    calendar: WorkCalendar
    projection: Projection
    late: bool  # negotiation or approval: unknown approval facts weigh more

    @cached_property
    def open_steps(self) -> list[Step]:
        return [s for s in self.deal.steps if s.is_open]

    @cached_property
    def boards(self) -> list[Step]:
        return [s for s in self.deal.steps if s.kind is StepKind.BOARD_MEETING]


Check = Callable[[Situation], Iterable[Flag]]
TABLE: list[tuple[FlagKind, Check]] = []  # in the order flags are raised


def check(kind: FlagKind) -> Callable[[Check], Check]:
    """Registers the function that raises ``kind``."""

    def register(function: Check) -> Check:
        TABLE.append((kind, function))
        return function

    return register


def assess(deal: Deal, today: date, calendar: WorkCalendar, projection: Projection | None = None) -> Assessment:
    """Flags, level and projection of one deal as of ``today``."""
    projection = projection or project(deal, today, calendar)
    if not deal.stage.is_open:
        return Assessment(deal.id, Level.LOW, [], projection)
    situation = Situation(deal, today, calendar, projection, _late(deal.stage))
    flags = [flag for _kind, raise_ in TABLE for flag in raise_(situation)]
    flags.sort(key=lambda f: -_RANK[f.severity])
    return Assessment(deal.id, level_of(flags), flags, projection)


def overdue_grade(working_days: int) -> str:
    """1–6 working days overdue: at risk; 7 or more: stalled."""
    return AT_RISK if working_days <= AT_RISK_UP_TO else STALLED


# --- the flags: what each checks and how it reads ----------------------------------------

OVERDUE = flag_kind(
    OVERDUE_STEP,
    {
        "title": TEXT,
        "due": DATE,
        "working_days": COUNT,
        "owner_side": EnumOf(OwnerSide),
        "owner": TEXT,
        "grade": Choice(
            {
                AT_RISK: {"en": "at risk", "ja": "(要注意)", "ko": " (위험)", "sv": " (i riskzonen)"},
                STALLED: {"en": "stalled", "ja": "(停滞)", "ko": " (정체)", "sv": " (har stannat av)"},
            }
        ),
    },
    en="“{title}” ({owner_side}[, {owner}]) was due {due}, {working_days} working {working_days:day|days} ago: {grade}",
    ja="「{title}」の期日 {due} を{working_days}営業日過ぎています{grade}",
    ko="'{title}'의 기한 {due}이(가) {working_days}영업일 지났습니다{grade}",
    sv="”{title}” skulle vara klar {due}, för {working_days} {working_days:arbetsdag|arbetsdagar} sedan{grade}",
)


@check(OVERDUE)
def overdue_steps(s: Situation) -> Iterator[Flag]:
    for step in s.deal.steps:
        if step.is_open and step.due_date < s.today:
            days = max(1, s.calendar.between(step.due_date, s.today))
            grade = overdue_grade(days)
            yield OVERDUE(
                Level.HIGH if grade == STALLED else Level.MEDIUM,
                step.id,
                title=step.title,
                due=step.due_date,
                working_days=days,
                owner_side=step.owner_side,
                owner=step.owner_person,
                grade=grade,
            )


SLIP = flag_kind(
    CLOSE_SLIP,
    {"projected_close": DATE, "target_close": DATE, "slip_days": COUNT, "cause": TEXT},
    en="Projected close {projected_close} is {slip_days} {slip_days:day|days} after the target close {target_close}"
    "[: because of “{cause}”]",
    ja="予測成約日 {projected_close} は目標 {target_close} より{slip_days}日遅れ({cause})",
    ko="예상 계약일 {projected_close}이(가) 목표 {target_close}보다 {slip_days}일 늦습니다({cause})",
    sv="Beräknat avslut {projected_close} ligger {slip_days} {slip_days:dag|dagar} efter planerat avslut {target_close} ({cause})",
)


@check(SLIP)
def close_slip(s: Situation) -> Iterator[Flag]:
    """The projected close is after the target; the cause is the last step (or desk) that moved."""
    deal, projection = s.deal, s.projection
    slip = projection.slip_days
    if slip <= 0:
        return
    culprit = None
    for sid in reversed(projection.order):
        sp = projection.steps[sid]
        if sp.moved and sp.planned <= deal.target_close:
            culprit = sp.because_of or sid
            break
    titles = {step.id: step.title for step in deal.steps}
    for desk in deal.route.steps:
        titles.setdefault(desk.id, route_person(desk) or desk.role.value.replace("_", " "))
    yield SLIP(
        Level.HIGH if slip > 14 else Level.MEDIUM,
        culprit,
        projected_close=projection.projected_close,
        target_close=deal.target_close,
        slip_days=slip,
        cause=titles.get(culprit, "") if culprit else "",
    )


PUSHED = flag_kind(
    CLOSE_PUSHED,
    {"times": COUNT, "from": DATE, "to": DATE},
    en="The target close date has been pushed {times} {times:time|times} (last {from} → {to})",
    ja="目標成約日が{times}回延期されています(直近 {from} → {to})",
    ko="목표 계약일이 {times}번 연기되었습니다(최근 {from} → {to})",
    sv="Avslutsdatumet har flyttats fram {times} {times:gång|gånger} (senast {from} → {to})",
)


@check(PUSHED)
def close_pushed(s: Situation) -> Iterator[Flag]:
    pushes = s.deal.times_close_pushed
    if pushes >= 2:
        last = [c for c in s.deal.close_date_history if c.from_date and c.to_date > c.from_date][-1]
        assert last.from_date is not None
        yield PUSHED(
            Level.HIGH if pushes >= 3 else Level.MEDIUM, times=pushes, **{"from": last.from_date, "to": last.to_date}
        )


PO_SIGNER = flag_kind(
    PO_SIGNER_UNKNOWN,
    en="Nobody is named to sign the purchase order: the PO can be late even after approval",
    ja="発注書の署名者が不明です:承認後も発注が遅れる恐れ",
    ko="발주서 서명자를 모릅니다: 결재 후에도 발주가 늦어질 수 있습니다",
    sv="Ingen är utsedd att underteckna beställningen: den kan dröja även efter beslut",
)


@check(PO_SIGNER)
def po_signer_unknown(s: Situation) -> Iterator[Flag]:
    if s.deal.approval_path.po_signer_id is None:
        yield PO_SIGNER(Level.HIGH if s.late else Level.LOW)


FINAL_APPROVER = flag_kind(
    FINAL_APPROVER_UNKNOWN,
    en="The real final approver is not known (the nominal approver may only rubber-stamp)",
    ja="実質的な決裁者が不明です(名目上の決裁者は追認のみの可能性)",
    ko="실질 결재권자를 모릅니다(명목상 결재권자는 형식적 승인일 수 있음)",
    sv="Den som faktiskt beslutar är okänd",
)


@check(FINAL_APPROVER)
def final_approver_unknown(s: Situation) -> Iterator[Flag]:
    if s.deal.approval_path.real_final_approver_id is None:
        yield FINAL_APPROVER(Level.HIGH if s.late else Level.LOW)


METHOD_UNKNOWN = flag_kind(
    APPROVAL_METHOD_UNKNOWN,
    en="It is not known whether approval is electronic, paper or verbal",
    ja="承認方法(電子・紙・口頭)が不明です",
    ko="결재 방식(전자·서면·구두)을 모릅니다",
    sv="Okänt om attesten är elektronisk, på papper eller muntlig",
)


@check(METHOD_UNKNOWN)
def approval_method_unknown(s: Situation) -> Iterator[Flag]:
    if s.deal.approval_path.approval_method is ApprovalMethod.UNKNOWN:
        yield METHOD_UNKNOWN(Level.MEDIUM if s.late else Level.LOW)


PAPER = flag_kind(
    PAPER_APPROVAL,
    {"approver": TEXT},
    en="Approval is on paper: it stalls while [{approver}|an approver] is travelling",
    ja="紙の稟議:{approver}の出張中は止まります",
    ko="서면 결재: {approver} 출장 중에는 멈춥니다",
    sv="Attest på papper: den stannar när {approver} reser",
)


@check(PAPER)
def paper_approval(s: Situation) -> Iterator[Flag]:
    path = s.deal.approval_path
    if path.approval_method is ApprovalMethod.PAPER:
        approver = _person(s.deal, path.real_final_approver_id) or _person(s.deal, path.nominal_approver_id)
        yield PAPER(Level.MEDIUM, approver=approver)


BOARD_MISSING = flag_kind(
    BOARD_MEETING_MISSING,
    en="A board resolution is needed but the plan has no board-meeting step",
    ja="取締役会決議が必要ですが、計画に取締役会がありません",
    ko="이사회 의결이 필요하지만 계획에 이사회가 없습니다",
    sv="Styrelsebeslut krävs men planen saknar styrelsemöte",
)


@check(BOARD_MISSING)
def board_meeting_missing(s: Situation) -> Iterator[Flag]:
    if s.deal.approval_path.board_resolution_needed is Tri.YES and not s.boards:
        yield BOARD_MISSING(Level.HIGH)


DEADLINE_MISSING = flag_kind(
    SUBMISSION_DEADLINE_MISSING,
    {"title": TEXT},
    en="The board meeting “{title}” has no submission deadline",
    ja="取締役会「{title}」の資料提出期限が不明です",
    ko="이사회 '{title}'의 자료 제출 기한을 모릅니다",
    sv="Styrelsemötet ”{title}” saknar sista dag för underlag",
)


@check(DEADLINE_MISSING)
def submission_deadline_missing(s: Situation) -> Iterator[Flag]:
    for board in s.boards:
        if board.is_open and board.submission_deadline is None:
            yield DEADLINE_MISSING(Level.HIGH, board.id, title=board.title)


DEADLINE_NEAR = flag_kind(
    SUBMISSION_DEADLINE_NEAR,
    {"deadline": DATE, "working_days": COUNT, "title": TEXT, "open": TITLES},
    derived={"needed": (COUNT, lambda p: len(p["open"]))},
    en="The submission deadline {deadline} for “{title}” is in {working_days} working {working_days:day|days} and {needed} {needed:step|steps} "
    "it needs {needed:is|are} open: {open}",
    ja="「{title}」の資料提出期限 {deadline} まで{working_days}営業日、未完了の前提タスクがあります:{open}",
    ko="'{title}'의 자료 제출 기한 {deadline}까지 {working_days}영업일, 끝나지 않은 선행 업무: {open}",
    sv="Sista dag för underlag {deadline} till ”{title}” är om {working_days} {working_days:arbetsdag|arbetsdagar} och förberedelser "
    "återstår: {open}",
)


@check(DEADLINE_NEAR)
def submission_deadline_near(s: Situation) -> Iterator[Flag]:
    """A board meeting's papers are due within DEADLINE_WINDOW working days and steps it needs are open."""
    by_id = {step.id: step for step in s.deal.steps}
    for board in s.boards:
        deadline = board.submission_deadline
        if not board.is_open or deadline is None or s.today > deadline:
            continue
        days_left = s.calendar.between(s.calendar.on_or_after(s.today), deadline)
        if days_left > DEADLINE_WINDOW:
            continue
        prerequisites = [by_id[d] for d in board.depends_on if d in by_id and by_id[d].is_open]
        if prerequisites:
            yield DEADLINE_NEAR(
                Level.HIGH,
                board.id,
                deadline=deadline,
                working_days=days_left,
                title=board.title,
                open=tuple(p.title for p in prerequisites),
            )


ABOVE_BAND = flag_kind(
    ABOVE_DRAFTER_BAND,
    {"drafter": TEXT, "amount": AMOUNT, "limit": AMOUNT, "currency": TEXT},
    en="{amount} is above what [{drafter}|the drafter] usually gets approved ({limit})",
    ja="{amount} は{drafter}が通常通す金額({limit})を超えています",
    ko="{amount}은(는) {drafter}이(가) 평소 올리는 금액({limit})을 넘습니다",
    sv="{amount} är mer än {drafter} brukar få igenom ({limit})",
)


@check(ABOVE_BAND)
def above_drafter_band(s: Situation) -> Iterator[Flag]:
    deal, route = s.deal, s.deal.route
    if route.drafter_usual_limit is not None and deal.amount > route.drafter_usual_limit:
        drafter = next((step for step in route.steps if step.role is RouteRole.DRAFTER), None)
        yield ABOVE_BAND(
            Level.MEDIUM,
            drafter=route_person(drafter) if drafter else "",
            amount=deal.amount,
            limit=route.drafter_usual_limit,
            currency=deal.currency,
        )


ROUTE_GAPS = flag_kind(
    ROUTE_INCOMPLETE,
    {"no_final": YES_NO, "unknown": COUNT, "roles": EnumsOf(RouteRole)},
    en="The approval route is incomplete: [{?no_final}no final approver is named][{?no_final}{?unknown}; ]"
    "[{unknown} {unknown:desk|desks} without a person ({roles})]",
    ja="稟議ルートが不完全です:[{?no_final}決裁者が不明][{?no_final}{?unknown}、][担当者不明の段階が{unknown}件]",
    ko="결재 라인이 불완전합니다: [{?no_final}결재권자 미정][{?no_final}{?unknown}, ][담당자를 모르는 단계 {unknown}개]",
    sv="Attestkedjan är ofullständig: [{?no_final}ingen beslutsfattare namngiven][{?no_final}{?unknown}, ]"
    "[{unknown} steg utan person]",
)


@check(ROUTE_GAPS)
def route_incomplete(s: Situation) -> Iterator[Flag]:
    """No final approver is named on the route, or desks have no person (once the route is timed)."""
    if s.projection.route is None:
        return
    no_final, unknown = route_gaps(s.deal)
    if no_final or unknown:
        yield ROUTE_GAPS(
            Level.HIGH if s.late else Level.MEDIUM,
            no_final=no_final,
            unknown=len(unknown),
            roles=tuple(desk.role for desk in unknown),
        )


RETURNED = flag_kind(
    ROUTE_RETURNED,
    {"person": TEXT, "finish": DATE},
    en="The approval request was returned by {person}: it goes back to the drafter and passes every desk again "
    "(now expected {finish})",
    ja="稟議が{person}から差し戻されました:起案者に戻り全員が再承認(完了予定 {finish})",
    ko="{person}이(가) 품의를 반려했습니다: 기안자에게 돌아가 모두 다시 결재합니다(완료 예상 {finish})",
    sv="{person} skickade tillbaka ärendet: det går till handläggaren och alla attesterar igen (klart {finish})",
)


@check(RETURNED)
def route_returned(s: Situation) -> Iterator[Flag]:
    timing = s.projection.route
    if timing is None:
        return
    returned = next((desk for desk in s.deal.route.steps if desk.status is RouteStatus.RETURNED), None)
    if returned is not None:
        yield RETURNED(Level.HIGH, person=route_person(returned) or returned.role.value, finish=timing.finish)


TOO_LONG = flag_kind(
    ROUTE_TOO_LONG,
    {"lead": COUNT, "finish": DATE, "needed_by": DATE, "title": TEXT},
    en="The approval route needs {lead} working {lead:day|days} and passes on {finish}, after “{title}” needs it ({needed_by})",
    ja="稟議ルートに{lead}営業日かかり {finish} に完了予定:「{title}」に必要な {needed_by} に間に合いません",
    ko="결재 라인에 {lead}영업일이 걸려 {finish}에 끝납니다: '{title}'에 필요한 {needed_by}보다 늦습니다",
    sv="Attestkedjan tar {lead} {lead:arbetsdag|arbetsdagar} och blir klar {finish}, efter {needed_by} då ”{title}” behöver den",
)


@check(TOO_LONG)
def route_too_long(s: Situation) -> Iterator[Flag]:
    timing = s.projection.route
    if timing is not None and not timing.fits and timing.before is not None and timing.needed_by is not None:
        yield TOO_LONG(
            Level.HIGH if s.late else Level.MEDIUM,
            timing.before.id,
            lead=timing.lead,
            finish=timing.finish,
            needed_by=timing.needed_by,
            title=timing.before.title,
        )


SEAL = flag_kind(
    SEAL_ON_CRITICAL_PATH,
    {"person": TEXT, "method": EnumOf(RouteMethod), "slack": COUNT, "away": COUNT},
    en="{method:cap} approval by {person} is on the critical path ({slack} working {slack:day|days} of slack"
    "[, away {away} working {away:day|days}])",
    ja="{person}の{method}がクリティカルパス上にあります(余裕 {slack}営業日、不在 {away}営業日)",
    ko="{person}의 {method} 결재가 주경로에 있습니다(여유 {slack}영업일, 부재 {away}영업일)",
    sv="Attest ({method}) av {person} ligger på den kritiska linjen ({slack} {slack:arbetsdag|arbetsdagar} marginal, borta {away})",
)


@check(SEAL)
def seal_on_critical_path(s: Situation) -> Iterator[Flag]:
    """A paper or seal approval not yet passed, with CRITICAL_SLACK working days of slack or less."""
    timing = s.projection.route
    if timing is None or timing.needed_by is None:
        return
    slack = s.calendar.between(timing.finish, timing.needed_by)
    for desk in s.deal.route.steps:
        leg = timing.leg(desk.id)
        if desk.method.needs_presence and leg is not None and not leg.done and slack <= CRITICAL_SLACK:
            yield SEAL(
                Level.HIGH if leg.away else Level.MEDIUM,
                person=route_person(desk) or desk.role.value,
                method=desk.method,
                slack=max(slack, 0),
                away=leg.away,
            )


DRAFTER = flag_kind(
    DRAFTER_INEXPERIENCED,
    {"drafter": TEXT},
    en="[{drafter}|The drafter] has not passed an approval of this amount before",
    ja="{drafter}はこの金額の稟議を通した経験がありません",
    ko="{drafter}은(는) 이 금액의 품의를 통과시킨 경험이 없습니다",
    sv="{drafter} har inte fått igenom ett beslut av denna storlek tidigare",
)


@check(DRAFTER)
def drafter_inexperienced(s: Situation) -> Iterator[Flag]:
    path = s.deal.approval_path
    if path.drafter_passed_this_amount is Tri.NO:
        yield DRAFTER(Level.MEDIUM, drafter=_person(s.deal, path.drafter_id))


NOT_MUTUAL = flag_kind(
    NO_CUSTOMER_STEPS,
    {"steps": COUNT},
    en="[{?steps}No step is owned by the customer: the plan is not mutual"
    "|The plan has no steps: nothing is agreed with the customer]",
    ja="顧客側のタスクがありません:相互の計画になっていません",
    ko="고객 측 업무가 없습니다: 상호 계획이 아닙니다",
    sv="Kunden äger ingen aktivitet: planen är inte gemensam",
)


@check(NOT_MUTUAL)
def no_customer_steps(s: Situation) -> Iterator[Flag]:
    """No step is the customer's; late in the deal, no step at all is as bad."""
    steps = s.deal.steps
    if (steps and not any(step.owner_side is OwnerSide.CUSTOMER for step in steps)) or (not steps and s.late):
        yield NOT_MUTUAL(Level.HIGH, steps=len(steps))


VAGUE = flag_kind(
    VAGUE_STEP_TITLE,
    {"title": TEXT},
    en="“{title}” is vague: name the concrete action (e.g. board approval, PO issued)",
    ja="「{title}」は曖昧です:具体的な行為を書いてください",
    ko="'{title}'은(는) 모호합니다: 구체적인 행동으로 쓰십시오",
    sv="”{title}” är vag: skriv den konkreta åtgärden",
)


@check(VAGUE)
def vague_step_title(s: Situation) -> Iterator[Flag]:
    for step in s.deal.steps:
        if is_vague(step.title):
            yield VAGUE(Level.LOW, step.id, title=step.title)


NOT_AGREED = flag_kind(
    PLAN_NOT_AGREED,
    {"stage": EnumOf(Stage)},
    en="The deal is in {stage} but the plan has not been agreed with the customer",
    ja="{stage}の段階ですが、計画が顧客と合意されていません",
    ko="{stage} 단계이지만 계획이 고객과 합의되지 않았습니다",
    sv="Affären är i fasen {stage} men planen är inte överenskommen med kunden",
)


@check(NOT_AGREED)
def plan_not_agreed(s: Situation) -> Iterator[Flag]:
    if s.late and s.deal.plan_agreed_on is None:
        yield NOT_AGREED(Level.MEDIUM, stage=s.deal.stage)


LOW_INFLUENCE = flag_kind(
    ONLY_LOW_INFLUENCE,
    {"contacts": COUNT},
    en="None of the {contacts} customer {contacts:contact|contacts} is known to have high influence",
    ja="顧客側の{contacts}名の中に影響力の高い人がいません",
    ko="고객 측 연락처 {contacts}명 중 영향력이 높은 사람이 없습니다",
    sv="Ingen av kundens {contacts} kontakter har känt stort inflytande",
)


@check(LOW_INFLUENCE)
def only_low_influence(s: Situation) -> Iterator[Flag]:
    customers = [p for p in s.deal.stakeholders if p.side is Side.CUSTOMER]
    if customers and not any(p.influence is Influence.HIGH for p in customers):
        yield LOW_INFLUENCE(Level.MEDIUM if s.late else Level.LOW, contacts=len(customers))


TOO_MANY = flag_kind(
    TOO_MANY_STEPS,
    {"open": COUNT, "limit": COUNT},
    en="The plan has {open} open steps: plans over {limit} steps win no more often than no plan; keep the ones "
    "the customer must act on",
    ja="未完了のタスクが{open}件あります:{limit}件を超える計画は計画なしと受注率が変わりません",
    ko="미완료 업무가 {open}개입니다: {limit}개가 넘는 계획은 계획이 없을 때보다 성공률이 높지 않습니다",
    sv="Planen har {open} öppna aktiviteter: planer med fler än {limit} vinner inte oftare än ingen plan",
)


@check(TOO_MANY)
def too_many_open_steps(s: Situation) -> Iterator[Flag]:
    """Is the plan one a customer will keep using? Short enough to read."""
    if len(s.open_steps) > MAX_OPEN_STEPS:
        yield TOO_MANY(Level.MEDIUM, open=len(s.open_steps), limit=MAX_OPEN_STEPS)


def _more(params) -> bool:
    return params["count"] > len(params["titles"])


NOBODY = flag_kind(
    CUSTOMER_STEP_NO_PERSON,
    {"count": COUNT, "titles": TITLES},
    derived={"more": (YES_NO, _more)},
    en="{count} customer {count:step has|steps have} no named person: {titles}[{?more} …]",
    ja="顧客側のタスク{count}件に担当者名がありません:{titles}",
    ko="고객 측 업무 {count}개에 담당자 이름이 없습니다: {titles}",
    sv="{count} av kundens aktiviteter saknar namngiven person: {titles}",
)


@check(NOBODY)
def customer_step_without_person(s: Situation) -> Iterator[Flag]:
    nobody = [step for step in s.open_steps if step.owner_side is OwnerSide.CUSTOMER and not step.owner_person.strip()]
    if nobody:
        yield NOBODY(
            Level.MEDIUM if s.late else Level.LOW,
            nobody[0].id,
            count=len(nobody),
            titles=tuple(step.title for step in nobody[:SHOWN_TITLES]),
        )


IDLE = flag_kind(
    CUSTOMER_STEPS_IDLE,
    {"count": COUNT, "days": COUNT, "titles": TITLES},
    derived={"more": (YES_NO, _more)},
    en="{count} customer {count:step|steps} due soon {count:has|have} not moved for {days} {days:day|days} or more: {titles}[{?more} …]",
    ja="期限の近い顧客側タスク{count}件が{days}日以上動いていません:{titles}",
    ko="기한이 가까운 고객 측 업무 {count}개가 {days}일 이상 움직이지 않았습니다: {titles}",
    sv="{count} av kundens aktiviteter med nära förfallodag har inte rört sig på {days} {days:dag|dagar}: {titles}",
)


@check(IDLE)
def customer_steps_idle(s: Situation) -> Iterator[Flag]:
    """Customer steps due within IDLE_AFTER_DAYS whose date or status has not changed for as long."""
    last_change = last_changes(s.deal)
    horizon = s.today + timedelta(days=IDLE_AFTER_DAYS)
    idle = [
        step
        for step in s.open_steps
        if step.owner_side is OwnerSide.CUSTOMER
        and step.due_date <= horizon
        and (s.today - last_change[step.id]).days >= IDLE_AFTER_DAYS
    ]
    if idle:
        yield IDLE(
            Level.MEDIUM,
            idle[0].id,
            count=len(idle),
            days=IDLE_AFTER_DAYS,
            titles=tuple(step.title for step in idle[:SHOWN_TITLES]),
        )


FREEZE = flag_kind(
    BUDGET_FREEZE,
    {"title": TEXT, "date": DATE, "account": TEXT, "start": DATE, "end": DATE},
    en="“{title}” ({date}) falls in {account}'s budget freeze ({start} – fiscal year end {end})",
    ja="「{title}」({date})が{account}の予算凍結期間({start}〜期末 {end})に入ります",
    ko="'{title}'({date})이(가) {account}의 예산 동결 기간({start} ~ 회계연도 말 {end})에 걸립니다",
    sv="”{title}” ({date}) hamnar i {account}s budgetstopp ({start} – räkenskapsårets slut {end})",
)


@check(FREEZE)
def budget_freeze_ahead(s: Situation) -> Iterator[Flag]:
    """The first PO, signature or approval projected into the account's budget freeze."""
    for step in s.open_steps:
        if step.kind in (StepKind.PURCHASE_ORDER, StepKind.SIGNATURE, StepKind.APPROVAL):
            when = s.projection.steps[step.id].projected if step.id in s.projection.steps else step.due_date
            freeze = budget_freeze(s.deal.account_profile, when)
            if freeze is not None:
                yield FREEZE(
                    Level.MEDIUM,
                    step.id,
                    title=step.title,
                    date=when,
                    account=s.deal.account,
                    start=freeze.start,
                    end=freeze.end,
                )
                return


NOT_UPDATED = flag_kind(
    PLAN_NOT_UPDATED,
    {"days": COUNT},
    en="The plan has not been updated for {days} {days:day|days}",
    ja="計画が{days}日間更新されていません",
    ko="계획이 {days}일 동안 갱신되지 않았습니다",
    sv="Planen har inte uppdaterats på {days} {days:dag|dagar}",
)


@check(NOT_UPDATED)
def plan_not_updated(s: Situation) -> Iterator[Flag]:
    idle = (s.today - s.deal.updated_at.date()).days
    if idle >= STALE_AFTER_DAYS:
        yield NOT_UPDATED(Level.MEDIUM, days=idle)


IN_PAST = flag_kind(
    CLOSE_IN_PAST,
    {"target_close": DATE},
    en="The target close {target_close} is in the past but the deal is still open",
    ja="目標成約日 {target_close} を過ぎていますが案件は未完了です",
    ko="목표 계약일 {target_close}이(가) 지났지만 건이 아직 진행 중입니다",
    sv="Planerat avslut {target_close} har passerat men affären är öppen",
)


@check(IN_PAST)
def target_close_in_past(s: Situation) -> Iterator[Flag]:
    if s.deal.target_close < s.today:
        yield IN_PAST(Level.HIGH, target_close=s.deal.target_close)


MANUAL = flag_kind(
    MANUAL_RISK,
    {"risk_id": ID, "likelihood": EnumOf(Level), "impact": EnumOf(Level), "description": TEXT},
    # a risk entered by hand keeps its own words in every language
    en="{description}",
    ja="{description}",
    ko="{description}",
    sv="{description}",
)


@check(MANUAL)
def manual_risks(s: Situation) -> Iterator[Flag]:
    for risk in s.deal.risks:
        if risk.status is RiskStatus.OPEN:
            yield MANUAL(
                _manual_severity(risk.likelihood, risk.impact),
                risk_id=risk.id,
                likelihood=risk.likelihood,
                impact=risk.impact,
                description=risk.description,
            )


KINDS: dict[str, FlagKind] = {kind.code: kind for kind, _check in TABLE}
ALL_CODES: tuple[str, ...] = tuple(KINDS)


def flag_text(flag: Flag | FlagBrief, fmt: Formatter) -> str:
    """A flag, or a list row's brief of one, in ``fmt``'s language. A brief is worded from its
    JSON ``data``; one stored before its flag had every parameter keeps its English message."""
    if isinstance(flag, Flag):
        return flag.text(fmt)
    kind = KINDS.get(flag.code)
    params = kind.decode(flag.data) if kind is not None else None
    if kind is None or params is None:
        return flag.message
    return kind.text(params, fmt)


def last_changes(deal: Deal) -> dict[uuid.UUID, date]:
    """The last day each step's date or status changed (its creation counts as a change)."""
    created = deal.created_at.date()
    last = {s.id: s.changed_on or created for s in deal.steps}
    for move in deal.step_moves:
        if move.step_id in last and move.moved_on > last[move.step_id]:
            last[move.step_id] = move.moved_on
    return last
