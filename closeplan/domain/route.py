"""The customer's approval route (稟議 / 품의 / attest) and how long it takes.

The route runs drafter → reviewers → approvers → final approver, one desk after another.
Each desk takes its typical working days (DEFAULT_DAYS when not known). A paper or seal
approval waits while the person is away (``away_days``); an electronic or verbal one does not.

- Not started: the route starts on ``starts_on``; else when the plan has the request ready
  (the latest step the plan's first open approval step depends on, e.g. "ringi drafted");
  else as late as the plan allows (passing just before the step it must precede). Never
  before today.
- Started (a desk holds it or has passed it): the desks not yet passed run from today.
- Returned (差し戻し): back to the drafter, who reworks it (REWORK_DAYS), and every desk
  passes it again from the start.

The route must pass before the plan step it precedes: by default the purchase order; for a
board meeting, by its submission deadline.

One date per desk: a desk that stands for a step of the plan (``desk_steps``: the open approval
step whose approver is that desk's person; for the final approver with no such step, the unnamed
approval step the route precedes) is expected to pass on that step's date — the route never
expects it sooner than the plan has it, as the projection never projects a step before its date.
Only when the route cannot reach the desk by then is it expected later (``Leg.late``), and the
desks after it run on from there. The customer plan, the internal review and the route tab show
these dates, so a route desk and the plan step it stands for agree, or the document says that
the route's estimate is later than the plan; the projection (scheduling.project) then moves that
step to the route's date, so the plan's projected dates and slip say the same.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from closeplan.domain.calendar import WorkCalendar
from closeplan.domain.model import Deal, RouteRole, RouteStatus, RouteStep, Step, StepKind

DEFAULT_DAYS = 2  # working days assumed for a desk whose typical time is not known
REWORK_DAYS = 3  # working days the drafter needs to rework a returned request
CRITICAL_SLACK = 2  # working days of slack or less: the route is on the critical path


@dataclass(frozen=True, slots=True)
class Leg:
    """When one desk is expected to hold and pass the request."""

    step_id: uuid.UUID
    start: date
    finish: date
    days: int  # working days at this desk, with rework and time away
    assumed: bool  # the typical days were not known
    away: int  # working days added because a paper/seal approver is away
    done: bool  # passed, and not to be passed again
    plan_step: uuid.UUID | None = None  # the open plan step this desk stands for (not when passed)
    planned: date | None = None  # that step's date: the desk is not expected to pass before it
    late: bool = False  # the route reaches the desk only after ``planned``: ``finish`` is its estimate


@dataclass(frozen=True, slots=True)
class RouteTiming:
    legs: tuple[Leg, ...]
    start: date
    finish: date
    lead: int  # working days from start to finish
    total: int  # working days of the whole route, every desk (the lead time to plan for)
    before: Step | None  # the plan step it must pass before
    needed_by: date | None  # that step's date, or a board meeting's submission deadline
    started: bool
    returned: bool

    @property
    def fits(self) -> bool:
        return self.needed_by is None or self.finish <= self.needed_by

    def leg(self, step_id: uuid.UUID) -> Leg | None:
        return next((leg for leg in self.legs if leg.step_id == step_id), None)


def route_target(deal: Deal) -> Step | None:
    """The plan step the route must pass before: the chosen one, else the first open PO step."""
    route = deal.route
    if route.before_step_id is not None:
        for step in deal.steps:
            if step.id == route.before_step_id:
                return step
    orders = [s for s in deal.steps if s.kind is StepKind.PURCHASE_ORDER]
    open_orders = [s for s in orders if s.is_open]
    pool = open_orders or orders
    return min(pool, key=lambda s: s.due_date) if pool else None


def request_ready(deal: Deal) -> date | None:
    """When the plan has the approval request ready: the latest due date among the steps the
    first open approval step depends on."""
    approvals = sorted((s for s in deal.steps if s.kind is StepKind.APPROVAL and s.is_open), key=lambda s: s.due_date)
    if not approvals:
        return None
    due = {s.id: s.due_date for s in deal.steps}
    before = [due[d] for d in approvals[0].depends_on if d in due]
    return max(before) if before else None


def _name(value: str) -> str:
    return " ".join(value.split()).casefold()


def same_person(person: str, step: Step) -> bool:
    """Is ``person`` (a desk's) the approver, or else the owner, of ``step``? "최동욱" is
    "최동욱 상무" and "山本 直樹 (本部長)": a name followed by a title."""
    who = _name(person)
    if not who:
        return False
    named = _name(step.approver) or _name(step.owner_person)
    return named == who or named.startswith(who + " ") or named.startswith(who + "(")


def desk_steps(deal: Deal) -> dict[uuid.UUID, Step]:
    """The open plan step each desk stands for (desk id → step); each step stands for one desk.

    A desk stands for the first open approval step (in time order) whose approver — or, with no
    approver, whose owner — is that desk's person. A final approver with no such step stands for
    the approval step the route precedes (when it must pass before an approval step), else for
    the latest approval step that step depends on, provided that step names nobody on the route.
    """
    desks = deal.route.steps
    approvals = [s for s in deal.steps_in_time_order() if s.kind is StepKind.APPROVAL and s.is_open]
    result: dict[uuid.UUID, Step] = {}
    taken: set[uuid.UUID] = set()
    for desk in desks:
        for step in approvals:
            if step.id not in taken and same_person(desk.person, step):
                result[desk.id] = step
                taken.add(step.id)
                break
    final = next((d for d in reversed(desks) if d.role is RouteRole.FINAL_APPROVER), None)
    target = route_target(deal)
    if final is not None and final.id not in result and target is not None:
        if target.kind is StepKind.APPROVAL:
            pool = [target] if target.is_open else []
        else:
            pool = [s for s in approvals if s.id in target.depends_on]
        for step in reversed(pool):
            if step.id not in taken and not any(same_person(d.person, step) for d in desks):
                result[final.id] = step
                break
    return result


def needed_by(step: Step | None) -> date | None:
    if step is None:
        return None
    if step.kind is StepKind.BOARD_MEETING and step.submission_deadline is not None:
        return step.submission_deadline
    return step.due_date


def desk_days(step: RouteStep) -> tuple[int, bool, int]:
    """Working days one desk takes: (days with time away, assumed?, days away)."""
    base = DEFAULT_DAYS if step.days is None else max(0, step.days)
    away = max(0, step.away_days) if step.method.needs_presence else 0
    return base + away, step.days is None, away


def route_timing(deal: Deal, today: date, calendar: WorkCalendar) -> RouteTiming | None:
    """When the route will pass, as of ``today`` (None: no route recorded)."""
    steps = deal.route.steps
    if not steps:
        return None
    target = route_target(deal)
    by = needed_by(target)
    today_wd = calendar.on_or_after(today)
    returned = any(s.status is RouteStatus.RETURNED for s in steps)
    started = returned or any(s.status is not RouteStatus.NOT_REACHED for s in steps)
    plans = [desk_days(s) for s in steps]
    total = sum(days for days, _, _ in plans)
    # (desk, days still to take, assumed?, days away, passed for good?): after a return every desk
    # takes the request again, the first one after the drafter's rework
    remaining = []
    for i, (desk, (days, assumed, away)) in enumerate(zip(steps, plans)):
        done = not returned and desk.status is RouteStatus.PASSED
        if done:
            days = 0
        elif returned and i == 0:
            days += REWORK_DAYS
        remaining.append((desk, days, assumed, away, done))
    lead = sum(days for _, days, _, _, _ in remaining)
    if started:
        start = today_wd
    elif deal.route.starts_on is not None:
        start = max(calendar.on_or_after(deal.route.starts_on), today_wd)
    elif (ready := request_ready(deal)) is not None:
        start = max(calendar.on_or_after(ready), today_wd)
    elif by is not None:
        start = max(calendar.add(by, -lead), today_wd)
    else:
        start = today_wd
    stands_for = desk_steps(deal)
    legs: list[Leg] = []
    current = start
    for step, days, assumed, away, done in remaining:
        finish = calendar.add(current, days) if days else current
        plan_step = None if done else stands_for.get(step.id)
        if plan_step is None:
            legs.append(Leg(step.id, current, finish, days, assumed, away, done))
        else:
            # the plan's date stands when the route reaches the desk by then; else the route's estimate
            planned = calendar.on_or_after(plan_step.due_date)
            late = finish > planned
            finish = max(finish, planned)
            legs.append(
                Leg(step.id, current, finish, days, assumed, away, done, plan_step.id, plan_step.due_date, late)
            )
        current = finish
    return RouteTiming(tuple(legs), start, current, lead, total, target, by, started, returned)


class PersonAtDesk(Protocol):
    """A desk, or anything else with both fields (the customer document's view of one)."""

    @property
    def person(self) -> str: ...

    @property
    def position(self) -> str: ...


def route_person(step: PersonAtDesk) -> str:
    """ "Name (position)", or whichever is known (of a desk, or of anything with both fields)."""
    if step.person and step.position:
        return f"{step.person} ({step.position})"
    return step.person or step.position


def route_gaps(deal: Deal) -> tuple[bool, list[RouteStep]]:
    """(no final approver named?, the desks whose person is not known)."""
    steps = deal.route.steps
    finals = [s for s in steps if s.role is RouteRole.FINAL_APPROVER]
    no_final = not finals or all(not s.person.strip() for s in finals)
    unknown = [s for s in steps if not s.person.strip() and s.role is not RouteRole.FINAL_APPROVER]
    return no_final, unknown
