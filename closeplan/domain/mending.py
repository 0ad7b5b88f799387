"""Mending a deal that two laptops' changes, merged field by field on the team server, left in a
state no laptop's validation takes: a dependency on a step deleted elsewhere, a dependency cycle
made of two edits, a person deleted elsewhere who is still the PO signer or a desk of the route.

Each change was valid on the laptop that made it; only their combination is not. Refusing the
deal would stop every later pull of it, so the laptop mends it: it drops what points at nothing,
breaks each cycle at one dependency, and says what it did. The mending depends on the deal alone
(never on which laptop mends it), so every laptop that pulls the same state mends it the same way
and their mendings, sent to the server, agree.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from closeplan.domain.model import Deal, StepKind, StepStatus
from closeplan.domain.validation import FieldError, _find_cycle, validate_deal


@dataclass
class Mended:
    deal: Deal  # the deal as mended (a copy; the one given is left as it was)
    done: list[str] = field(default_factory=list)  # what was changed, in words (for the log and the history)
    left: list[FieldError] = field(default_factory=list)  # what could not be mended (empty: the deal is valid)

    @property
    def valid(self) -> bool:
        return not self.left


def mend(deal: Deal) -> Mended:
    """``deal`` made valid where a merge can have broken it; see the module's text."""
    mended = copy.deepcopy(deal)
    done: list[str] = []
    step_ids = {s.id for s in mended.steps}
    for step in mended.steps:
        kept: list = []
        for dep in step.depends_on:
            if dep != step.id and dep in step_ids and dep not in kept:
                kept.append(dep)
        if kept != list(step.depends_on):
            step.depends_on = kept
            done.append("dropped a dependency on a step that is not in the plan")
    while (cycle := _find_cycle(mended.steps)) is not None:
        # broken at the step latest in the plan's order: its dependency on the next in the cycle
        place = {s.id: i for i, s in enumerate(mended.steps)}
        ring = cycle[:-1]
        at = max(range(len(ring)), key=lambda k: place[ring[k]])
        step = mended.steps[place[ring[at]]]
        step.depends_on = [d for d in step.depends_on if d != ring[(at + 1) % len(ring)]]
        done.append("broke a cycle of dependencies")
    for step in mended.steps:
        if step.kind is not StepKind.APPROVAL and (step.approver or step.approval_method is not None):
            step.approver, step.approval_method = "", None
            done.append("cleared the approver of a step that is no longer an approval")
        if step.kind is not StepKind.BOARD_MEETING and (
            step.meeting_date is not None
            or step.submission_deadline is not None
            or step.recurrence_rule
            or step.extraordinary_possible is not None
        ):
            step.meeting_date = step.submission_deadline = None
            step.recurrence_rule, step.extraordinary_possible = "", None
            done.append("cleared the meeting of a step that is no longer a board meeting")
        if step.kind is StepKind.BOARD_MEETING and isinstance(step.meeting_date, date):
            # one laptop moved the meeting, another the step's date: the meeting is the fact
            if step.due_date != step.meeting_date:
                step.due_date = step.meeting_date
                done.append("moved a board-meeting step to its meeting's date")
            if isinstance(step.submission_deadline, date) and step.submission_deadline > step.meeting_date:
                step.submission_deadline = None
                done.append("cleared a submission deadline that fell after its meeting")
        if step.completed_date is not None and step.status is not StepStatus.DONE:
            step.completed_date = None
            done.append("cleared the completed date of a step that is not done")
    people = {p.id for p in mended.stakeholders}
    path = mended.approval_path
    for name in path.PEOPLE:
        if getattr(path, name) is not None and getattr(path, name) not in people:
            setattr(path, name, None)
            done.append("cleared a person of the approval path who is not among the stakeholders")
    for desk in mended.route.steps:
        if desk.person_id is not None and desk.person_id not in people:
            desk.person_id = None  # the desk keeps the name typed for it
            done.append("unlinked a desk of the route from a person who is not among the stakeholders")
    if mended.route.before_step_id is not None and mended.route.before_step_id not in step_ids:
        mended.route.before_step_id = None
        done.append("the route passes before the purchase order again: its step is not in the plan")
    return Mended(mended, list(dict.fromkeys(done)), validate_deal(mended))
