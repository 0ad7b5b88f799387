"""Risk flags computed from a plan (seed 003, stages 4 and 5) and the deal's risk level.

Every flag has a stable ``code``, a ``severity``, an English ``message`` that names the
step or person concerned, and ``data``: the values that triggered it (also the
parameters a translation needs).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from closeplan.domain.accounts import budget_freeze
from closeplan.domain.calendar import WorkCalendar
from closeplan.domain.model import (
    STAGE_ORDER,
    ApprovalMethod,
    Deal,
    Influence,
    Level,
    OwnerSide,
    RiskStatus,
    RouteRole,
    RouteStatus,
    Side,
    Stage,
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

ALL_CODES = (
    OVERDUE_STEP,
    CLOSE_SLIP,
    CLOSE_PUSHED,
    PO_SIGNER_UNKNOWN,
    FINAL_APPROVER_UNKNOWN,
    APPROVAL_METHOD_UNKNOWN,
    PAPER_APPROVAL,
    BOARD_MEETING_MISSING,
    SUBMISSION_DEADLINE_MISSING,
    SUBMISSION_DEADLINE_NEAR,
    DRAFTER_INEXPERIENCED,
    NO_CUSTOMER_STEPS,
    VAGUE_STEP_TITLE,
    PLAN_NOT_AGREED,
    ONLY_LOW_INFLUENCE,
    PLAN_NOT_UPDATED,
    CLOSE_IN_PAST,
    MANUAL_RISK,
    ROUTE_INCOMPLETE,
    ROUTE_TOO_LONG,
    ROUTE_RETURNED,
    ABOVE_DRAFTER_BAND,
    SEAL_ON_CRITICAL_PATH,
    BUDGET_FREEZE,
    TOO_MANY_STEPS,
    CUSTOMER_STEP_NO_PERSON,
    CUSTOMER_STEPS_IDLE,
)

# overdue grading, in working days: up to AT_RISK_UP_TO "at risk", beyond it "stalled"
AT_RISK_UP_TO = 6
AT_RISK, STALLED = "at_risk", "stalled"
MAX_OPEN_STEPS = 30  # plans with more open steps win no more often than no plan at all
IDLE_AFTER_DAYS = 14  # a customer step in play that has not moved for this long
STALE_AFTER_DAYS = 14
DEADLINE_WINDOW = 5  # working days
MEDIUMS_MAKE_HIGH = 4
_RANK = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}


@dataclass(frozen=True)
class Flag:
    code: str
    severity: Level
    message: str
    step_id: uuid.UUID | None = None
    data: dict[str, Any] = field(default_factory=dict, hash=False)


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


def assess(deal: Deal, today: date, calendar: WorkCalendar, projection: Projection | None = None) -> Assessment:
    """Flags, level and projection of one deal as of ``today``."""
    projection = projection or project(deal, today, calendar)
    flags: list[Flag] = []
    if not deal.stage.is_open:
        return Assessment(deal.id, Level.LOW, flags, projection)
    add = flags.append
    late = _late(deal.stage)
    titles = {s.id: s.title for s in deal.steps}

    for step in deal.steps:
        if step.is_open and step.due_date < today:
            days = max(1, calendar.between(step.due_date, today))
            grade = overdue_grade(days)
            who = f", {step.owner_person}" if step.owner_person else ""
            add(
                Flag(
                    OVERDUE_STEP,
                    Level.HIGH if grade == STALLED else Level.MEDIUM,
                    f"“{step.title}” ({step.owner_side.value}{who}) was due {step.due_date.isoformat()}, "
                    f"{days} working day(s) ago: {grade.replace('_', ' ')}",
                    step.id,
                    {
                        "title": step.title,
                        "due": step.due_date.isoformat(),
                        "working_days": days,
                        "owner_side": step.owner_side.value,
                        "owner": step.owner_person,
                        "grade": grade,
                    },
                )
            )

    slip = projection.slip_days
    if slip > 0:
        culprit = None
        for sid in reversed(projection.order):
            sp = projection.steps[sid]
            if sp.moved and sp.planned <= deal.target_close:
                culprit = sp.because_of or sid
                break
        for desk in deal.route.steps:
            titles.setdefault(desk.id, route_person(desk) or desk.role.value.replace("_", " "))
        cause = f": because of “{titles[culprit]}”" if culprit in titles else ""
        add(
            Flag(
                CLOSE_SLIP,
                Level.HIGH if slip > 14 else Level.MEDIUM,
                f"Projected close {projection.projected_close.isoformat()} is {slip} day(s) after the target "
                f"close {deal.target_close.isoformat()}{cause}",
                culprit,
                {
                    "projected_close": projection.projected_close.isoformat(),
                    "target_close": deal.target_close.isoformat(),
                    "slip_days": slip,
                    "cause": titles.get(culprit, ""),
                },
            )
        )

    pushes = deal.times_close_pushed
    if pushes >= 2:
        last = [c for c in deal.close_date_history if c.from_date and c.to_date > c.from_date][-1]
        add(
            Flag(
                CLOSE_PUSHED,
                Level.HIGH if pushes >= 3 else Level.MEDIUM,
                f"The target close date has been pushed {pushes} times "
                f"(last {last.from_date.isoformat()} → {last.to_date.isoformat()})",
                None,
                {"times": pushes, "from": last.from_date.isoformat(), "to": last.to_date.isoformat()},
            )
        )

    path = deal.approval_path
    unknown_severity = Level.HIGH if late else Level.LOW
    if path.po_signer_id is None:
        add(
            Flag(
                PO_SIGNER_UNKNOWN,
                unknown_severity,
                "Nobody is named to sign the purchase order: the PO can be late even after approval",
                None,
                {},
            )
        )
    if path.real_final_approver_id is None:
        add(
            Flag(
                FINAL_APPROVER_UNKNOWN,
                unknown_severity,
                "The real final approver is not known (the nominal approver may only rubber-stamp)",
                None,
                {},
            )
        )
    if path.approval_method is ApprovalMethod.UNKNOWN:
        add(
            Flag(
                APPROVAL_METHOD_UNKNOWN,
                Level.MEDIUM if late else Level.LOW,
                "It is not known whether approval is electronic, paper or verbal",
                None,
                {},
            )
        )
    elif path.approval_method is ApprovalMethod.PAPER:
        approver = _person(deal, path.real_final_approver_id) or _person(deal, path.nominal_approver_id)
        who = approver or "an approver"
        add(
            Flag(
                PAPER_APPROVAL,
                Level.MEDIUM,
                f"Approval is on paper: it stalls while {who} is travelling",
                None,
                {"approver": approver},
            )
        )

    boards = [s for s in deal.steps if s.kind is StepKind.BOARD_MEETING]
    if path.board_resolution_needed is Tri.YES and not boards:
        add(
            Flag(
                BOARD_MEETING_MISSING,
                Level.HIGH,
                "A board resolution is needed but the plan has no board-meeting step",
                None,
                {},
            )
        )
    for board in boards:
        if board.is_open and board.submission_deadline is None:
            add(
                Flag(
                    SUBMISSION_DEADLINE_MISSING,
                    Level.HIGH,
                    f"The board meeting “{board.title}” has no submission deadline",
                    board.id,
                    {"title": board.title},
                )
            )
        deadline = board.submission_deadline
        if board.is_open and deadline is not None and today <= deadline:
            days_left = calendar.between(calendar.on_or_after(today), deadline)
            if days_left <= DEADLINE_WINDOW:
                by_id = {s.id: s for s in deal.steps}
                prerequisites = [by_id[d] for d in board.depends_on if d in by_id and by_id[d].is_open]
                if prerequisites:
                    names = ", ".join(f"“{s.title}”" for s in prerequisites)
                    add(
                        Flag(
                            SUBMISSION_DEADLINE_NEAR,
                            Level.HIGH,
                            f"The submission deadline {deadline.isoformat()} for “{board.title}” is in {days_left} "
                            f"working day(s) and {len(prerequisites)} step(s) it needs are open: {names}",
                            board.id,
                            {
                                "deadline": deadline.isoformat(),
                                "working_days": days_left,
                                "title": board.title,
                                "open": [s.title for s in prerequisites],
                            },
                        )
                    )

    flags.extend(route_flags(deal, projection, calendar, late))

    if path.drafter_passed_this_amount is Tri.NO:
        drafter = _person(deal, path.drafter_id)
        add(
            Flag(
                DRAFTER_INEXPERIENCED,
                Level.MEDIUM,
                f"{drafter or 'The drafter'} has not passed an approval of this amount before",
                None,
                {"drafter": drafter},
            )
        )

    if deal.steps and not any(s.owner_side is OwnerSide.CUSTOMER for s in deal.steps):
        add(Flag(NO_CUSTOMER_STEPS, Level.HIGH, "No step is owned by the customer: the plan is not mutual", None, {}))
    elif not deal.steps and late:
        add(Flag(NO_CUSTOMER_STEPS, Level.HIGH, "The plan has no steps: nothing is agreed with the customer", None, {}))

    for step in deal.steps:
        if is_vague(step.title):
            add(
                Flag(
                    VAGUE_STEP_TITLE,
                    Level.LOW,
                    f"“{step.title}” is vague: name the concrete action (e.g. board approval, PO issued)",
                    step.id,
                    {"title": step.title},
                )
            )

    if late and deal.plan_agreed_on is None:
        add(
            Flag(
                PLAN_NOT_AGREED,
                Level.MEDIUM,
                f"The deal is in {deal.stage.value} but the plan has not been agreed with the customer",
                None,
                {"stage": deal.stage.value},
            )
        )

    customers = [p for p in deal.stakeholders if p.side is Side.CUSTOMER]
    if customers and not any(p.influence is Influence.HIGH for p in customers):
        add(
            Flag(
                ONLY_LOW_INFLUENCE,
                Level.MEDIUM if late else Level.LOW,
                f"None of the {len(customers)} customer contact(s) is known to have high influence",
                None,
                {"contacts": len(customers)},
            )
        )

    flags.extend(health_flags(deal, today, calendar, projection, late))

    idle = (today - deal.updated_at.date()).days
    if idle >= STALE_AFTER_DAYS:
        add(
            Flag(PLAN_NOT_UPDATED, Level.MEDIUM, f"The plan has not been updated for {idle} days", None, {"days": idle})
        )

    if deal.target_close < today:
        add(
            Flag(
                CLOSE_IN_PAST,
                Level.HIGH,
                f"The target close {deal.target_close.isoformat()} is in the past but the deal is still open",
                None,
                {"target_close": deal.target_close.isoformat()},
            )
        )

    for risk in deal.risks:
        if risk.status is RiskStatus.OPEN:
            add(
                Flag(
                    MANUAL_RISK,
                    _manual_severity(risk.likelihood, risk.impact),
                    risk.description,
                    None,
                    {"risk_id": str(risk.id), "likelihood": risk.likelihood.value, "impact": risk.impact.value},
                )
            )

    flags.sort(key=lambda f: -_RANK[f.severity])
    return Assessment(deal.id, level_of(flags), flags, projection)


def overdue_grade(working_days: int) -> str:
    """1–6 working days overdue: at risk; 7 or more: stalled."""
    return AT_RISK if working_days <= AT_RISK_UP_TO else STALLED


def route_flags(deal: Deal, projection: Projection, calendar: WorkCalendar, late: bool) -> list[Flag]:
    """What can hold up the customer's approval route (timed by the projection)."""
    flags: list[Flag] = []
    route = deal.route
    if route.drafter_usual_limit is not None and deal.amount > route.drafter_usual_limit:
        drafter = next((s for s in route.steps if s.role is RouteRole.DRAFTER), None)
        name = route_person(drafter) if drafter else ""
        flags.append(
            Flag(
                ABOVE_DRAFTER_BAND,
                Level.MEDIUM,
                f"{deal.amount} {deal.currency} is above what {name or 'the drafter'} usually gets "
                f"approved ({route.drafter_usual_limit} {deal.currency})",
                None,
                {
                    "drafter": name,
                    "amount": str(deal.amount),
                    "limit": str(route.drafter_usual_limit),
                    "currency": deal.currency,
                },
            )
        )
    timing = projection.route
    if timing is None:
        return flags
    no_final, unknown = route_gaps(deal)
    if no_final or unknown:
        missing = [s.role.value for s in unknown]
        flags.append(
            Flag(
                ROUTE_INCOMPLETE,
                Level.HIGH if late else Level.MEDIUM,
                "The approval route is incomplete: "
                + ("no final approver is named" if no_final else "")
                + ("; " if no_final and unknown else "")
                + (f"{len(unknown)} desk(s) without a person ({', '.join(missing)})" if unknown else ""),
                None,
                {"no_final": no_final, "unknown": len(unknown)},
            )
        )
    returned = next((s for s in route.steps if s.status is RouteStatus.RETURNED), None)
    if returned is not None:
        who = route_person(returned) or returned.role.value
        flags.append(
            Flag(
                ROUTE_RETURNED,
                Level.HIGH,
                f"The approval request was returned by {who}: it goes back to the drafter and "
                f"passes every desk again (now expected {timing.finish.isoformat()})",
                None,
                {"person": who, "finish": timing.finish.isoformat()},
            )
        )
    if not timing.fits and timing.before is not None and timing.needed_by is not None:
        flags.append(
            Flag(
                ROUTE_TOO_LONG,
                Level.HIGH if late else Level.MEDIUM,
                f"The approval route needs {timing.lead} working day(s) and passes on "
                f"{timing.finish.isoformat()}, after “{timing.before.title}” needs it "
                f"({timing.needed_by.isoformat()})",
                timing.before.id,
                {
                    "lead": timing.lead,
                    "finish": timing.finish.isoformat(),
                    "needed_by": timing.needed_by.isoformat(),
                    "title": timing.before.title,
                },
            )
        )
    if timing.needed_by is not None:
        slack = calendar.between(timing.finish, timing.needed_by)
        for step in route.steps:
            leg = timing.leg(step.id)
            if step.method.needs_presence and leg is not None and not leg.done and slack <= CRITICAL_SLACK:
                who = route_person(step) or step.role.value
                away = leg.away
                flags.append(
                    Flag(
                        SEAL_ON_CRITICAL_PATH,
                        Level.HIGH if away else Level.MEDIUM,
                        f"{step.method.value.capitalize()} approval by {who} is on the critical path "
                        f"({max(slack, 0)} working day(s) of slack"
                        + (f", away {away} working day(s)" if away else "")
                        + ")",
                        None,
                        {"person": who, "method": step.method.value, "slack": max(slack, 0), "away": away},
                    )
                )
    return flags


def health_flags(deal: Deal, today: date, calendar: WorkCalendar, projection: Projection, late: bool) -> list[Flag]:
    """Is the plan one a customer will keep using: short, with named owners, and moving?"""
    flags: list[Flag] = []
    open_steps = [s for s in deal.steps if s.is_open]
    if len(open_steps) > MAX_OPEN_STEPS:
        flags.append(
            Flag(
                TOO_MANY_STEPS,
                Level.MEDIUM,
                f"The plan has {len(open_steps)} open steps: plans over {MAX_OPEN_STEPS} steps win no "
                f"more often than no plan; keep the ones the customer must act on",
                None,
                {"open": len(open_steps), "limit": MAX_OPEN_STEPS},
            )
        )
    nobody = [s for s in open_steps if s.owner_side is OwnerSide.CUSTOMER and not s.owner_person.strip()]
    if nobody:
        names = ", ".join(f"“{s.title}”" for s in nobody[:3]) + (" …" if len(nobody) > 3 else "")
        flags.append(
            Flag(
                CUSTOMER_STEP_NO_PERSON,
                Level.MEDIUM if late else Level.LOW,
                f"{len(nobody)} customer step(s) have no named person: {names}",
                nobody[0].id,
                {"count": len(nobody), "titles": [s.title for s in nobody[:3]]},
            )
        )
    last_change = last_changes(deal)
    horizon = today + timedelta(days=IDLE_AFTER_DAYS)
    idle = [
        s
        for s in open_steps
        if s.owner_side is OwnerSide.CUSTOMER
        and s.due_date <= horizon
        and (today - last_change[s.id]).days >= IDLE_AFTER_DAYS
    ]
    if idle:
        names = ", ".join(f"“{s.title}”" for s in idle[:3]) + (" …" if len(idle) > 3 else "")
        flags.append(
            Flag(
                CUSTOMER_STEPS_IDLE,
                Level.MEDIUM,
                f"{len(idle)} customer step(s) due soon have not moved for {IDLE_AFTER_DAYS} days or more: {names}",
                idle[0].id,
                {"count": len(idle), "days": IDLE_AFTER_DAYS, "titles": [s.title for s in idle[:3]]},
            )
        )
    profile = deal.account_profile
    for step in open_steps:
        if step.kind in (StepKind.PURCHASE_ORDER, StepKind.SIGNATURE, StepKind.APPROVAL):
            when = projection.steps[step.id].projected if step.id in projection.steps else step.due_date
            freeze = budget_freeze(profile, when)
            if freeze is not None:
                flags.append(
                    Flag(
                        BUDGET_FREEZE,
                        Level.MEDIUM,
                        f"“{step.title}” ({when.isoformat()}) falls in {deal.account}'s budget freeze "
                        f"({freeze.start.isoformat()} – fiscal year end {freeze.end.isoformat()})",
                        step.id,
                        {
                            "title": step.title,
                            "date": when.isoformat(),
                            "account": deal.account,
                            "start": freeze.start.isoformat(),
                            "end": freeze.end.isoformat(),
                        },
                    )
                )
                break
    return flags


def last_changes(deal: Deal) -> dict[uuid.UUID, date]:
    """The last day each step's date or status changed (its creation counts as a change)."""
    created = deal.created_at.date()
    last = {s.id: s.changed_on or created for s in deal.steps}
    for move in deal.step_moves:
        if move.step_id in last and move.moved_on > last[move.step_id]:
            last[move.step_id] = move.moved_on
    return last
