"""Back-scheduling from a template, projection of a plan, and what-if.

All functions take ``today`` (never the wall clock) and a working-day calendar.

Rules, in the words of seed 003:
- Steps are placed backwards from the target close date in working days; none lands
  on a weekend or holiday.
- A board meeting is held only on the customer's cadence (an RRULE): the step snaps
  to the latest meeting on or before the date it is needed, and its submission
  deadline follows from that meeting.
- Missing the submission deadline moves the resolution to the next regular meeting
  (unless an extraordinary meeting is possible), and everything after it moves too.
- A step keeps the lead time its plan gave it after each step it depends on, up to
  MAX_LEAD working days; a longer gap is slack. So an overdue step pushes its
  dependents once the slack between them is used up (a PO planned three working
  days after the board meeting stays three days after it when the meeting moves).
- An approval step a desk of the customer's approval route stands for (route.desk_steps)
  is projected no earlier than the route reaches that desk: when the route is late for
  it (Leg.late), the step moves to the route's date, as the route tab and the documents
  say. Between two such steps the route's own desk days count, not the planned lead; and the
  step the route must pass before waits for the route (above), not for a lead after it.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import rrulestr

from closeplan.domain.cadence import Day, from_rrule
from closeplan.domain.calendar import FIRST_YEAR, LAST_YEAR, WorkCalendar
from closeplan.domain.model import (
    ApprovalMethod,
    Deal,
    RouteStatus,
    Step,
    StepKind,
    StepStatus,
    Tri,
)
from closeplan.domain.route import RouteTiming, route_timing
from closeplan.domain.templates import CLOSE, Template, anchor_order

# --- board-meeting cadence -------------------------------------------------------


@lru_cache(maxsize=256)
def _occurrences(cadence: str) -> tuple[date, ...]:
    """Every meeting date of a cadence within the calendar's years, computed once."""
    text = cadence.strip()
    if "DTSTART" in text.upper():
        rule = rrulestr(text)
    else:
        if text.upper().startswith("RRULE:"):
            text = text[6:]
        rule = rrulestr(text, dtstart=datetime(_ANCHOR_YEAR, 1, 1))
    start, end = datetime(FIRST_YEAR, 1, 1), datetime(LAST_YEAR, 12, 31, 23, 59)
    return tuple(moment.date() for moment in rule.between(start, end, inc=True))


_ANCHOR_YEAR = 2000  # without a DTSTART, INTERVAL counts from 1 January 2000


@lru_cache(maxsize=256)
def _business_day(cadence: str) -> int | None:
    """For a cadence on "the n-th (or last) business day" of its months, n (-1: the last);
    None for any other."""
    found = from_rrule(cadence)
    return found.ordinal if found is not None and found.day is Day.BUSINESS else None


def _nth_working_day(meeting: date, ordinal: int, calendar: WorkCalendar) -> date | None:
    """The ``ordinal``-th (-1: the last) working day of ``meeting``'s month by ``calendar``."""
    first = meeting.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    days = [first + timedelta(days=n) for n in range((following - first).days)]
    working = [d for d in days if calendar.is_working_day(d)]
    if not working or (ordinal > 0 and ordinal > len(working)):
        return None
    return working[ordinal - 1] if ordinal > 0 else working[ordinal]


def _meetings(cadence: str, calendar: WorkCalendar, dates: Sequence[date]) -> Iterator[date]:
    """The meetings of ``dates`` (occurrences of the rule) on the account's calendar: a meeting on
    a non-working day is skipped; for a business-day cadence (last business day of each quarter)
    the rule's weekdays know no holidays, so the day is the n-th working day of that month by the
    calendar instead (the day before a holiday, not no meeting at all)."""
    ordinal = _business_day(cadence)
    for meeting in dates:
        if ordinal is not None:
            moved = _nth_working_day(meeting, ordinal, calendar)
            if moved is not None:
                yield moved
        elif calendar.is_working_day(meeting):
            yield meeting


def meetings_after(cadence: str, day: date, calendar: WorkCalendar, inclusive: bool = True) -> Iterator[date]:
    """Meetings of the cadence from ``day`` on, on the account's calendar (see _meetings)."""
    dates = _occurrences(cadence)
    start = day - timedelta(days=31) if _business_day(cadence) is not None else day  # a month's day may move
    position = bisect.bisect_left(dates, start)
    for meeting in _meetings(cadence, calendar, dates[position:]):
        if meeting > day or (inclusive and meeting == day):
            yield meeting


def meeting_on_or_before(cadence: str, day: date, calendar: WorkCalendar) -> date | None:
    dates = _occurrences(cadence)
    position = bisect.bisect_right(dates, day + timedelta(days=31))
    found = [m for m in _meetings(cadence, calendar, dates[max(0, position - 62) : position]) if m <= day]
    return found[-1] if found else None


# --- back-scheduling -----------------------------------------------------------------


@dataclass
class Schedule:
    """The result of back-scheduling a template. Check ``feasible`` before using it."""

    steps: list[Step]
    target_close: date
    board_meeting: date | None = None
    submission_deadline: date | None = None
    feasible: bool = True
    problem: str = ""
    earliest_feasible_close: date | None = None
    warnings: list[str] = field(default_factory=list)
    # the same warnings as (code, values), for wording them in another language
    notices: list[tuple[str, dict]] = field(default_factory=list)
    next_meeting: date | None = None  # when infeasible: the next meeting whose deadline is still ahead


def _place(template: Template, close: date, calendar: WorkCalendar, cadence: str) -> dict[str, date]:
    order = anchor_order(template.steps)
    assert order is not None
    dates: dict[str, date] = {}
    for step in order:
        base = close if step.relative_to == CLOSE else dates[step.relative_to]
        needed = calendar.add(base, step.offset)
        if step.kind is StepKind.BOARD_MEETING and cadence:
            meeting = meeting_on_or_before(cadence, needed, calendar)
            dates[step.key] = meeting if meeting is not None else needed
        else:
            dates[step.key] = needed
    # Back-scheduling pulls prerequisites earlier: no step may be due after a step that needs it.
    by_key = {s.key: s for s in template.steps}
    changed = True
    while changed:
        changed = False
        for step in template.steps:
            for dep in step.depends_on:
                if dates[dep] > dates[step.key]:
                    latest = dates[step.key]
                    if by_key[dep].kind is StepKind.BOARD_MEETING and cadence:
                        latest = meeting_on_or_before(cadence, latest, calendar) or latest
                    dates[dep] = latest
                    changed = True
    return dates


def _needed_board_date(template: Template, close: date, calendar: WorkCalendar) -> date:
    """The date the board meeting is needed by for a given close (before snapping)."""
    return _place(template, close, calendar, cadence="")[_board(template).key]


def _board(template: Template):
    return next(s for s in template.steps if s.kind is StepKind.BOARD_MEETING)


def back_schedule(
    template: Template,
    target_close: date,
    calendar: WorkCalendar,
    today: date,
    language: str | None = None,
    cadence: str | None = None,
    submission_lead: int | None = None,
) -> Schedule:
    """Dated steps for a deal closing on ``target_close``, placed backwards on working days.
    ``submission_lead`` (the customer's own board calendar) overrides the template's lead.
    When the plan does not fit (a board deadline passed, or steps that would be due before
    today), ``earliest_feasible_close`` is the first close date whose plan fits: its board
    deadline still ahead and no step before today."""
    schedule = _schedule(template, target_close, calendar, today, language, cadence, submission_lead)
    if not schedule.feasible or any(s.due_date < today for s in schedule.steps):
        proposal = _earliest_fitting_close(
            template, schedule.earliest_feasible_close or target_close, calendar, today, cadence, submission_lead
        )
        old = schedule.earliest_feasible_close
        if old is not None and proposal is not None:
            schedule.problem = schedule.problem.replace(
                f"the earliest feasible close is {old.isoformat()}",
                f"the earliest feasible close is {proposal.isoformat()}",
            )
        schedule.earliest_feasible_close = proposal
    return schedule


FIT_SEARCH = 800  # working days past the target at most (over three years): beyond that, no proposal


def _fits(schedule: Schedule, today: date) -> bool:
    return schedule.feasible and all(s.due_date >= today for s in schedule.steps)


def _earliest_fitting_close(
    template: Template,
    start: date,
    calendar: WorkCalendar,
    today: date,
    cadence: str | None,
    submission_lead: int | None,
) -> date | None:
    """The earliest close on or after ``start`` whose plan fits (see ``back_schedule``): moved on
    by as many working days as its earliest step lies before today, then back while it still fits."""
    candidate = calendar.on_or_after(start)
    limit = calendar.add(candidate, FIT_SEARCH)
    while candidate <= limit:
        schedule = _schedule(template, candidate, calendar, today, None, cadence, submission_lead)
        if _fits(schedule, today):
            while True:  # the earliest such date: a jump may have gone past it
                earlier = calendar.add(candidate, -1)
                if earlier < start or not _fits(
                    _schedule(template, earlier, calendar, today, None, cadence, submission_lead), today
                ):
                    return candidate
                candidate = earlier
        if not schedule.feasible and schedule.earliest_feasible_close and schedule.earliest_feasible_close > candidate:
            candidate = schedule.earliest_feasible_close
            continue
        first = min((s.due_date for s in schedule.steps), default=today)
        behind = calendar.between(first, calendar.on_or_after(today)) if first < today else 0
        candidate = calendar.add(candidate, max(1, behind))
    return None


def _schedule(
    template: Template,
    target_close: date,
    calendar: WorkCalendar,
    today: date,
    language: str | None = None,
    cadence: str | None = None,
    submission_lead: int | None = None,
) -> Schedule:
    language = language or template.language
    cadence = template.board_cadence if cadence is None else cadence.strip()
    close = calendar.on_or_before(target_close)
    warnings: list[str] = []
    notices: list[tuple[str, dict]] = []
    if close != target_close:
        warnings.append(
            f"{target_close.isoformat()} is not a working day in {calendar.country}; "
            f"the plan closes on {close.isoformat()}"
        )
        notices.append(("close_not_working_day", {"date": target_close, "country": calendar.country, "close": close}))
    dates = _place(template, close, calendar, cadence)
    schedule = Schedule(steps=[], target_close=target_close, warnings=warnings, notices=notices)

    if template.has_board_meeting:
        board = _board(template)
        lead = _lead(board, submission_lead)
        if not cadence:
            warnings.append(
                "no board-meeting cadence is known: the meeting date is where the plan needs it, not a real meeting"
            )
            notices.append(("no_cadence", {}))
        meeting = dates[board.key]
        deadline = calendar.add(meeting, -lead)
        schedule.board_meeting, schedule.submission_deadline = meeting, deadline
        if cadence and (
            deadline < today
            or meeting_on_or_before(cadence, _needed_board_date(template, close, calendar), calendar) is None
        ):
            schedule.feasible = False
            first = next(
                (m for m in meetings_after(cadence, today, calendar) if calendar.add(m, -lead) >= today),
                None,
            )
            proposal = _earliest_close_for(template, first, close, calendar) if first else None
            schedule.earliest_feasible_close = proposal
            schedule.next_meeting = first
            schedule.problem = (
                f"No board meeting fits before the target close {target_close.isoformat()}: "
                f"the latest meeting in time is on {meeting.isoformat()}, whose submission deadline "
                f"{deadline.isoformat()} has passed."
                + (
                    f" The next meeting with a deadline still ahead is on {first.isoformat()} "
                    f"(papers by {calendar.add(first, -lead).isoformat()}); "
                    f"the earliest feasible close is {proposal.isoformat()}."
                    if first and proposal
                    else ""
                )
            )

    key_to_id = {s.key: uuid.uuid4() for s in template.steps}
    order = sorted(template.steps, key=lambda s: (dates[s.key], template.steps.index(s)))
    for tstep in order:
        step = Step(
            id=key_to_id[tstep.key],
            title=tstep.title_in(language, template.language),
            owner_side=tstep.owner_side,
            due_date=dates[tstep.key],
            kind=tstep.kind,
            customer_visible=tstep.customer_visible,
            depends_on=[key_to_id[d] for d in tstep.depends_on],
        )
        if tstep.kind is StepKind.APPROVAL:
            step.approval_method = ApprovalMethod.UNKNOWN
        if tstep.kind is StepKind.BOARD_MEETING:
            step.meeting_date = dates[tstep.key]
            step.submission_deadline = calendar.add(dates[tstep.key], -_lead(tstep, submission_lead))
            step.recurrence_rule = cadence or ""
            step.extraordinary_possible = Tri.UNKNOWN
        schedule.steps.append(step)
    past = [s.title for s in schedule.steps if s.due_date < today]
    if past and schedule.feasible:
        warnings.append(
            f"{len(past)} step(s) fall before today ({today.isoformat()}): mark them done or move them: "
            + ", ".join(past[:5])
        )
        notices.append(("steps_in_past", {"count": len(past), "today": today, "titles": past[:5]}))
    return schedule


def _lead(step, override: int | None) -> int:
    """A board meeting's submission lead: the customer's own (``override``), else the template's."""
    return (step.submission_lead or 0) if override is None else override


def _earliest_close_for(template: Template, meeting: date, close: date, calendar: WorkCalendar) -> date:
    """The earliest close date whose plan needs the board on or after ``meeting``."""
    needed = _needed_board_date(template, close, calendar)
    candidate = calendar.add(close, max(0, calendar.between(needed, meeting)))
    while _needed_board_date(template, candidate, calendar) < meeting:
        candidate = calendar.add(candidate, 1)
    while True:
        earlier = calendar.add(candidate, -1)
        if earlier <= close or _needed_board_date(template, earlier, calendar) < meeting:
            return candidate
        candidate = earlier


# --- projection -------------------------------------------------------------------------

MAX_LEAD = 5  # working days of a planned gap that count as lead time; the rest is slack

OVERDUE = "overdue"
DEPENDENCY = "dependency"
NEXT_MEETING = "next_meeting"
EXTRAORDINARY = "extraordinary_meeting"
WHAT_IF = "what_if"
ROUTE = "approval_route"


@dataclass(frozen=True, slots=True)
class StepProjection:
    step_id: uuid.UUID
    planned: date
    projected: date
    reason: str = ""  # why it moved: overdue, dependency, next_meeting, extraordinary_meeting, what_if
    because_of: uuid.UUID | None = None  # the step whose delay moved it

    @property
    def moved(self) -> bool:
        return self.projected != self.planned


@dataclass
class Projection:
    target_close: date
    projected_close: date
    steps: dict[uuid.UUID, StepProjection]
    order: list[uuid.UUID]
    route: RouteTiming | None = None  # when the customer's approval route passes (None: no route)

    @property
    def slip_days(self) -> int:
        return (self.projected_close - self.target_close).days

    def of(self, step_id: uuid.UUID) -> StepProjection:
        return self.steps[step_id]


def _topological(steps: list[Step]) -> list[Step]:
    """Steps in date order, each after the steps it depends on (cycles are broken, not followed)."""
    by_id = {s.id: s for s in steps}
    placed: set[uuid.UUID] = set()
    order: list[Step] = []

    def visit(step: Step) -> None:
        placed.add(step.id)
        for dep_id in step.depends_on:
            if dep_id not in placed:
                dep = by_id.get(dep_id)
                if dep is not None:
                    visit(dep)
        order.append(step)

    for step in sorted(steps, key=_due):
        if step.id not in placed:
            visit(step)
    return order


def _due(step: Step) -> date:
    return step.due_date


def project(
    deal: Deal,
    today: date,
    calendar: WorkCalendar,
    delays: dict[uuid.UUID, int] | None = None,
) -> Projection:
    """Projected date of every step and of the close, from statuses and dependencies."""
    delays = delays or {}
    result: dict[uuid.UUID, StepProjection] = {}
    steps = _topological(deal.steps)
    today_wd = calendar.on_or_after(today)
    timing = route_timing(deal, today, calendar)
    gate = timing.before.id if timing is not None and timing.before is not None else None
    # the open desk of the route that each plan step stands for
    desk_of = {leg.plan_step: leg for leg in timing.legs if leg.plan_step is not None} if timing else {}
    for step in steps:
        if step.status is StepStatus.DONE:
            result[step.id] = StepProjection(step.id, step.due_date, step.completed_date or step.due_date)
            continue
        if step.status is StepStatus.SKIPPED:
            result[step.id] = StepProjection(step.id, step.due_date, step.due_date)
            continue
        projected, reason, cause = step.due_date, "", None
        ready, ready_cause = None, None  # when everything it depends on is projected done, and the latest one
        for dep_id in step.depends_on:
            dep = result.get(dep_id)
            if dep is None:
                continue
            if ready is None or dep.projected > ready:
                ready, ready_cause = dep.projected, dep.because_of or dep_id
            # never before a step it depends on; after a late one, keep the planned lead time
            candidate, why = dep.projected, DEPENDENCY
            if dep.reason == ROUTE and (step.id == gate or (step.id in desk_of and dep_id in desk_of)):
                why = ROUTE  # the route's own timing holds the lead: one desk after another, or its gate
            elif dep.projected > dep.planned:
                gap = min(MAX_LEAD, max(0, calendar.between(dep.planned, step.due_date)))
                if gap:
                    candidate = calendar.add(dep.projected, gap)
            if candidate > projected:
                projected, reason, cause = candidate, why, dep.because_of or dep_id
        if (
            timing is not None  # (gate is None without a route)
            and step.id == gate
            and step.is_open
            and timing.needed_by is not None
            and timing.finish > timing.needed_by
        ):
            # the approval route passes too late for this step: it waits for the final approval
            culprit = _route_culprit(deal, timing)
            if ready is None or timing.finish > ready:
                ready, ready_cause = timing.finish, culprit
            if timing.finish > projected:
                projected, reason, cause = timing.finish, ROUTE, culprit
        leg = desk_of.get(step.id)
        if timing is not None and leg is not None and leg.late and leg.finish > projected:
            # the route reaches this step's desk only after the step's date: it passes when the route does
            projected, reason, cause = leg.finish, ROUTE, _route_culprit(deal, timing, leg.step_id, step.id)
        if step.kind is StepKind.BOARD_MEETING and step.recurrence_rule and step.meeting_date:
            projected, reason, cause = _project_board(
                step, ready, ready_cause, today_wd, calendar, delays.get(step.id, 0)
            )
        else:
            if projected < today_wd:
                projected, reason, cause = today_wd, OVERDUE, step.id
            if delays.get(step.id):
                projected, reason, cause = calendar.add(projected, delays[step.id]), WHAT_IF, step.id
        result[step.id] = StepProjection(step.id, step.due_date, projected, reason, cause)

    closing = [result[s.id].projected for s in deal.steps if s.due_date <= deal.target_close]
    projected_close = max([deal.target_close, *closing])
    if deal.stage.is_open and projected_close < today:
        projected_close = today_wd
    return Projection(deal.target_close, projected_close, result, [s.id for s in steps], timing)


def _route_culprit(
    deal: Deal, timing: RouteTiming, desk: uuid.UUID | None = None, step: uuid.UUID | None = None
) -> uuid.UUID:
    """The desk that holds the route up: a returned one, else the one holding it, else the last
    (with ``desk``: among the desks up to that one, else the plan step ``step`` it stands for)."""
    desks = deal.route.steps
    if desk is not None:
        at = next((i for i, d in enumerate(desks) if d.id == desk), len(desks) - 1)
        desks = desks[: at + 1]
    for status in (RouteStatus.RETURNED, RouteStatus.HOLDING):
        for one in desks:
            if one.status is status:
                return one.id
    return step if step is not None else timing.legs[-1].step_id


def _project_board(
    step: Step, ready: date | None, ready_cause: uuid.UUID | None, today: date, calendar: WorkCalendar, delay: int
) -> tuple[date, str, uuid.UUID | None]:
    """A board meeting only happens on its cadence: when the papers miss the submission
    deadline (or the meeting passed undecided), the resolution moves to the next regular
    meeting whose deadline can still be met, or to an extraordinary meeting if possible."""
    meeting = step.meeting_date
    assert meeting is not None
    lead = max(0, calendar.between(step.submission_deadline, meeting)) if step.submission_deadline else 0
    deadline = calendar.add(meeting, -lead)
    missed_deadline = ready is not None and ready > deadline
    missed_meeting = meeting < today
    if not (missed_deadline or missed_meeting or delay):
        return meeting, "", None
    papers = max(ready or today, today)
    cause = ready_cause if missed_deadline else step.id
    if delay:
        wanted, reason, cause = calendar.add(meeting, delay), WHAT_IF, step.id
    else:
        wanted, reason = meeting, NEXT_MEETING
        if step.extraordinary_possible is Tri.YES:
            return max(meeting, calendar.add(calendar.on_or_after(papers), lead)), EXTRAORDINARY, cause
    for candidate in meetings_after(step.recurrence_rule, meeting + timedelta(days=1), calendar):
        if candidate >= wanted and calendar.add(candidate, -lead) >= papers:
            return candidate, reason, cause
    return wanted, reason, cause  # pragma: no cover - an RRULE with an end may run out


@dataclass
class WhatIf:
    step_id: uuid.UUID
    working_days: int
    projected_close_before: date
    projected_close_after: date
    moved: list[tuple[uuid.UUID, date, date]]  # step, projected before, projected after

    @property
    def close_moves_by(self) -> int:
        return (self.projected_close_after - self.projected_close_before).days


def what_if(deal: Deal, step_id: uuid.UUID, working_days: int, today: date, calendar: WorkCalendar) -> WhatIf:
    """If ``step_id`` slips ``working_days``: the new projected close and the steps that move.
    The plan itself is not changed."""
    if all(s.id != step_id for s in deal.steps):
        raise KeyError(f"no step {step_id} in {deal.name}")
    before = project(deal, today, calendar)
    after = project(deal, today, calendar, delays={step_id: working_days})
    moved = [
        (sid, before.steps[sid].projected, after.steps[sid].projected)
        for sid in after.order
        if after.steps[sid].projected != before.steps[sid].projected
    ]
    return WhatIf(step_id, working_days, before.projected_close, after.projected_close, moved)
