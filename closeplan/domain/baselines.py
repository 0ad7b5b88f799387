"""A plan that stays alive after it is sent: the agreed baseline, how steps moved since, and the
numbered revisions the customer received with what changed between them.

- Baseline: when the plan is agreed with the customer, every step's date is kept as its
  ``baseline_date`` and the deal's ``plan_agreed_on`` is set.
- Moves: every save that changes a step's date records a StepMove (the service passes the day).
- Revisions: each customer PDF is numbered and keeps a snapshot of what it showed (the same
  allowlist as the PDF: customer-visible steps, their title, owner side, person, date, status),
  so the next one can say what changed since.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from closeplan.domain.model import Deal, PlanRevision, RevisionStep, StepMove, StepStatus


def agree_baseline(deal: Deal, on: date) -> None:
    """Take today's plan as the one agreed with the customer."""
    deal.plan_agreed_on = on
    for step in deal.steps:
        step.baseline_date = step.due_date


def record_moves(before: Deal | None, after: Deal, on: date) -> None:
    """Add a StepMove to ``after`` for every step whose date differs from ``before``, and stamp
    ``changed_on`` on every step that is new or whose date or status changed."""
    old = {s.id: s for s in before.steps} if before is not None else {}
    for step in after.steps:
        previous = old.get(step.id)
        if previous is None:
            if before is not None:
                step.changed_on = on
            continue
        if previous.due_date != step.due_date:
            after.step_moves.append(StepMove(step.id, on, previous.due_date, step.due_date))
        if previous.due_date != step.due_date or previous.status != step.status:
            step.changed_on = on


@dataclass(frozen=True)
class StepHistory:
    baseline: date | None
    current: date
    moves: int  # since the baseline was agreed (or ever, without one)
    shift_days: int | None  # current minus baseline, in calendar days

    @property
    def moved(self) -> bool:
        return self.shift_days not in (None, 0)


def step_histories(deal: Deal) -> dict[uuid.UUID, StepHistory]:
    """Every step's history, in one pass over the steps and the moves."""
    since = deal.plan_agreed_on
    moves: dict[uuid.UUID, int] = {}
    for move in deal.step_moves:
        if since is None or move.moved_on >= since:
            moves[move.step_id] = moves.get(move.step_id, 0) + 1
    return {
        step.id: StepHistory(
            step.baseline_date,
            step.due_date,
            moves.get(step.id, 0),
            (step.due_date - step.baseline_date).days if step.baseline_date else None,
        )
        for step in deal.steps
    }


def step_history(deal: Deal, step_id: uuid.UUID) -> StepHistory:
    return step_histories(deal)[step_id]


@dataclass(frozen=True)
class Slip:
    step_id: uuid.UUID
    title: str
    baseline: date
    current: date
    days: int
    moves: int


def slips_since_baseline(deal: Deal, histories: dict[uuid.UUID, StepHistory] | None = None) -> list[Slip]:
    """Steps now later than agreed, the largest slip first."""
    histories = histories if histories is not None else step_histories(deal)
    slips = []
    for step in deal.steps:
        history = histories[step.id]
        if history.baseline is not None and history.shift_days and history.shift_days > 0:
            slips.append(Slip(step.id, step.title, history.baseline, step.due_date, history.shift_days, history.moves))
    return sorted(slips, key=lambda s: (-s.days, s.current))


# --- revisions --------------------------------------------------------------------------


def snapshot(deal: Deal, number: int, issued_on: date, language: str) -> PlanRevision:
    """What a customer PDF shows of the plan, kept as revision ``number``."""
    steps = tuple(
        RevisionStep(s.id, s.title, s.owner_side, s.owner_person, s.due_date, s.status)
        for s in deal.steps
        if s.customer_visible
    )
    return PlanRevision(number, issued_on, language, steps)


def next_revision_number(deal: Deal) -> int:
    return max((r.number for r in deal.revisions), default=0) + 1


@dataclass(frozen=True)
class Redated:
    title: str
    before: date
    after: date

    @property
    def days(self) -> int:
        return (self.after - self.before).days


@dataclass
class RevisionDiff:
    since: int  # the revision compared with
    added: list[RevisionStep] = field(default_factory=list)
    removed: list[RevisionStep] = field(default_factory=list)
    redated: list[Redated] = field(default_factory=list)
    completed: list[RevisionStep] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.redated or self.completed)


def diff(old: PlanRevision, new: PlanRevision) -> RevisionDiff:
    """What changed for the customer between two revisions, in date order."""
    before = {s.id: s for s in old.steps}
    after = {s.id: s for s in new.steps}
    result = RevisionDiff(old.number)
    for step in new.steps:
        was = before.get(step.id)
        if was is None:
            result.added.append(step)
            continue
        if was.due_date != step.due_date:
            result.redated.append(Redated(step.title, was.due_date, step.due_date))
        if step.status is StepStatus.DONE and was.status is not StepStatus.DONE:
            result.completed.append(step)
    result.removed = [s for s in old.steps if s.id not in after]
    for items in (result.added, result.removed, result.completed):
        items.sort(key=lambda s: s.due_date)
    result.redated.sort(key=lambda r: r.after)
    return result


def changes_since_last(deal: Deal, new: PlanRevision) -> RevisionDiff | None:
    """The changes since the newest revision the customer already has (None for the first)."""
    earlier = [r for r in deal.revisions if r.number < new.number]
    if not earlier:
        return None
    return diff(max(earlier, key=lambda r: r.number), new)


__all__ = [
    "Redated",
    "RevisionDiff",
    "Slip",
    "StepHistory",
    "agree_baseline",
    "changes_since_last",
    "diff",
    "next_revision_number",
    "record_moves",
    "slips_since_baseline",
    "snapshot",
    "step_histories",
    "step_history",
]
