"""Edits of a deal in memory: small functions (mutations) that change one thing of a ``Deal``.

The UI's commands build them and hand them to ``closeplan.services.editing.EditService.edit``,
which applies one to a copy of the stored deal, validates the result and writes it; the same
mutation applied to a deal the window shows before its database is open gives what will be
stored. They know nothing of storage, so the editor can build them without loading the store.

A mutation may be applied more than once — to the deal on screen and then to the one stored, or
again when another writer got ahead — and must give the same result each time: an id for
something new (a step, a person) is chosen when the mutation is made, not when it is applied.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from closeplan.domain.baselines import agree_baseline
from closeplan.domain.model import (
    ApprovalMethod,
    ApprovalPath,
    Deal,
    OwnerSide,
    Risk,
    RouteStep,
    Side,
    Stakeholder,
    Step,
    StepKind,
    StepStatus,
    Tri,
)
from closeplan.domain.validation import FieldError, ValidationError

Mutation = Callable[[Deal], None]


def _step(deal: Deal, step_id: uuid.UUID) -> Step:
    for step in deal.steps:
        if step.id == step_id:
            return step
    message = f"no step {step_id} in this deal (was it deleted?)"
    raise ValidationError([FieldError("steps", message, "step-gone", {"id": str(step_id)})])


STEP_FIELDS = {
    "title",
    "description",
    "owner_side",
    "owner_person",
    "kind",
    "due_date",
    "status",
    "completed_date",
    "customer_visible",
    "internal_note",
    "depends_on",
    "approver",
    "approval_method",
    "meeting_date",
    "submission_deadline",
    "recurrence_rule",
    "extraordinary_possible",
}


def set_step(step_id: uuid.UUID, **values: Any) -> Mutation:
    """Change fields of a step, keeping related fields consistent:
    a done step gets a completed date, a board meeting is due on its meeting date."""
    unknown = set(values) - STEP_FIELDS
    if unknown:
        raise ValueError(f"not step fields: {sorted(unknown)}")

    def mutate(deal: Deal) -> None:
        step = _step(deal, step_id)
        for name, value in values.items():
            setattr(step, name, value)
        if "status" in values and step.status is not StepStatus.DONE and "completed_date" not in values:
            step.completed_date = None
        if "kind" in values:
            _fit_kind(step)
        if step.kind is StepKind.BOARD_MEETING:
            if "due_date" in values and "meeting_date" not in values:
                step.meeting_date = step.due_date
            elif "meeting_date" in values and step.meeting_date is not None:
                step.due_date = step.meeting_date

    return mutate


def _fit_kind(step: Step) -> None:
    if step.kind is not StepKind.APPROVAL:
        step.approver, step.approval_method = "", None
    elif step.approval_method is None:
        step.approval_method = ApprovalMethod.UNKNOWN
    if step.kind is not StepKind.BOARD_MEETING:
        step.meeting_date = step.submission_deadline = None
        step.recurrence_rule, step.extraordinary_possible = "", None
    else:
        step.meeting_date = step.due_date
        if step.extraordinary_possible is None:
            step.extraordinary_possible = Tri.UNKNOWN


def agree_plan(on: date) -> Mutation:
    """The plan as it stands is agreed with the customer: every step's date becomes its baseline."""
    return lambda deal: agree_baseline(deal, on)


def mark_done(step_id: uuid.UUID, today: date) -> Mutation:
    return set_step(step_id, status=StepStatus.DONE, completed_date=today)


def add_step(step: Step, after: uuid.UUID | None = None) -> Mutation:
    """Insert ``step`` after the step ``after`` (or at the end)."""

    def mutate(deal: Deal) -> None:
        position = len(deal.steps)
        if after is not None:
            position = deal.steps.index(_step(deal, after)) + 1
        deal.steps.insert(position, copy.deepcopy(step))

    return mutate


def delete_step(step_id: uuid.UUID) -> Mutation:
    """Remove a step and every dependency on it (a route that had to pass before it goes back
    to the default: the purchase order)."""

    def mutate(deal: Deal) -> None:
        deal.steps.remove(_step(deal, step_id))
        for other in deal.steps:
            if step_id in other.depends_on:
                other.depends_on = [d for d in other.depends_on if d != step_id]
        if deal.route.before_step_id == step_id:
            deal.route.before_step_id = None

    return mutate


def duplicate_step(step_id: uuid.UUID, new_id: uuid.UUID | None = None) -> Mutation:
    twin_id = new_id or uuid.uuid4()  # chosen once: applied again (see the module doc), the same step

    def mutate(deal: Deal) -> None:
        original = _step(deal, step_id)
        twin = copy.deepcopy(original)
        twin.id = twin_id
        twin.status, twin.completed_date = StepStatus.PLANNED, None
        deal.steps.insert(deal.steps.index(original) + 1, twin)

    return mutate


DEAL_FIELDS = {
    "name",
    "account",
    "vendor_company",
    "amount",
    "currency",
    "stage",
    "target_close",
    "project_start",
    "owner",
    "country",
    "customer_language",
    "business_issue",
    "problem",
    "solution",
    "benefit",
    "internal_notes",
    "plan_agreed_on",
}


def set_deal(now_for_history, **values: Any) -> Mutation:
    """Change deal fields. A new target close date is recorded in the close-date history."""
    unknown = set(values) - DEAL_FIELDS
    if unknown:
        raise ValueError(f"not deal fields: {sorted(unknown)}")

    def mutate(deal: Deal) -> None:
        for name, value in values.items():
            if name == "target_close":
                deal.change_target_close(value, now_for_history)
            else:
                setattr(deal, name, value)

    return mutate


def set_bant(item: str, confirmed: Tri | None = None, note: str | None = None) -> Mutation:
    def mutate(deal: Deal) -> None:
        current = getattr(deal.bant, item)
        if confirmed is not None:
            current.confirmed = confirmed
        if note is not None:
            current.note = note

    return mutate


def _set_fields(part: Callable[[Deal], Any], allowed: set[str], what: str, values: dict[str, Any]) -> Mutation:
    """Set attributes of one part of a deal (its approval path, its route …), known fields only."""
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"not {what} fields: {sorted(unknown)}")

    def mutate(deal: Deal) -> None:
        target = part(deal)
        for name, value in values.items():
            setattr(target, name, value)

    return mutate


def set_approval_path(**values: Any) -> Mutation:
    return _set_fields(lambda deal: deal.approval_path, set(ApprovalPath.__dataclass_fields__), "approval-path", values)


def _put(attribute: str, item) -> Mutation:
    """Add ``item`` to the deal's list ``attribute``, or replace the one with the same id."""

    def mutate(deal: Deal) -> None:
        items = getattr(deal, attribute)
        for i, existing in enumerate(items):
            if existing.id == item.id:
                items[i] = copy.deepcopy(item)
                return
        items.append(copy.deepcopy(item))

    return mutate


def put_stakeholder(person: Stakeholder) -> Mutation:
    """Add or replace a stakeholder. A new name for someone already there is their name
    everywhere: the plan's owners and approvers, the risks' owners and the route's desks."""
    add = _put("stakeholders", person)

    def mutate(deal: Deal) -> None:
        old = next((p.name for p in deal.stakeholders if p.id == person.id), None)
        add(deal)
        for desk in deal.route.steps:  # a desk linked to them carries their name
            if desk.person_id == person.id:
                desk.person = person.name
        if old and old != person.name:
            rename_person(deal, old, person.name)

    return mutate


def in_turn(*mutations: Mutation) -> Mutation:
    """One edit made of several mutations, applied in order."""

    def mutate(deal: Deal) -> None:
        for change in mutations:
            change(deal)

    return mutate


def rename_person(deal: Deal, old: str, new: str) -> None:
    """Every place the deal names ``old`` (an owner, approver, risk owner or desk) names ``new``."""
    for step in deal.steps:
        if step.owner_person == old:
            step.owner_person = new
        if step.approver == old:
            step.approver = new
    for risk in deal.risks:
        if risk.owner == old:
            risk.owner = new
    for desk in deal.route.steps:
        if desk.person_id is None and desk.person == old:
            desk.person = new


def stakeholder_side(side: OwnerSide) -> Side | None:
    """The side of a person who owns a step of ``side``; None for a joint step (ask)."""
    return {OwnerSide.VENDOR: Side.VENDOR, OwnerSide.CUSTOMER: Side.CUSTOMER}.get(side)


def known_person(deal: Deal, name: str) -> bool:
    wanted = name.strip().casefold()
    return not wanted or any(p.name.strip().casefold() == wanted for p in deal.stakeholders)


def person_named(name: str, side: Side, title: str = "", person_id: uuid.UUID | None = None) -> Mutation:
    """The deal's stakeholder ``name``: added on ``side`` unless someone of that name is there."""
    chosen_id = person_id or uuid.uuid4()  # chosen once (see the module doc)

    def mutate(deal: Deal) -> None:
        if not known_person(deal, name):
            deal.stakeholders.append(Stakeholder(name=name.strip(), side=side, title=title, id=chosen_id))

    return mutate


def set_desk_person(desk_id: uuid.UUID, name: str) -> Mutation:
    """The person at a desk of the route: the deal's stakeholder of that name, linked by id (a
    new name joins the customer's people); an empty name leaves the desk without anyone."""

    add_person = person_named(name.strip(), Side.CUSTOMER)

    def mutate(deal: Deal) -> None:
        desk = deal.route.steps[_desk_index(deal, desk_id)]
        name_ = name.strip()
        desk.person, desk.person_id = name_, None
        if not name_:
            return
        add_person(deal)
        wanted = name_.casefold()
        desk.person_id = next(p.id for p in deal.stakeholders if p.name.strip().casefold() == wanted)

    return mutate


def set_step_owner(step_id: uuid.UUID, name: str, side: Side | None = None) -> Mutation:
    """A step's owner, who becomes a stakeholder of the deal when new: on ``side``, else on the
    step's own side (a joint step's new owner needs ``side``: without it none is added)."""

    person_id = uuid.uuid4()  # a new owner's id, chosen once (see the module doc)

    def mutate(deal: Deal) -> None:
        set_step(step_id, owner_person=name)(deal)
        step = _step(deal, step_id)
        chosen = side or stakeholder_side(step.owner_side)
        if name.strip() and chosen is not None:
            person_named(name, chosen, person_id=person_id)(deal)

    return mutate


def delete_stakeholder(person_id: uuid.UUID) -> Mutation:
    """Remove a stakeholder; the approval path forgets them (back to unknown)."""

    def mutate(deal: Deal) -> None:
        deal.stakeholders = [p for p in deal.stakeholders if p.id != person_id]
        for desk in deal.route.steps:  # the desk keeps the name, no longer a link
            if desk.person_id == person_id:
                desk.person_id = None
        for name in ApprovalPath.PEOPLE:
            if getattr(deal.approval_path, name) == person_id:
                setattr(deal.approval_path, name, None)

    return mutate


def put_risk(risk: Risk) -> Mutation:
    return _put("risks", risk)


def delete_risk(risk_id: uuid.UUID) -> Mutation:
    def mutate(deal: Deal) -> None:
        deal.risks = [r for r in deal.risks if r.id != risk_id]

    return mutate


# --- the approval route ------------------------------------------------------------------

ROUTE_FIELDS = {"drafter_usual_limit", "starts_on", "before_step_id"}


def _desk_index(deal: Deal, desk_id: uuid.UUID) -> int:
    for i, desk in enumerate(deal.route.steps):
        if desk.id == desk_id:
            return i
    message = f"no route step {desk_id} in this deal (was it removed?)"
    raise ValidationError([FieldError("route", message, "desk-gone", {"id": str(desk_id)})])


def put_route_step(desk: RouteStep, after: uuid.UUID | None = None) -> Mutation:
    """Add a desk to the route (after ``after``, else at the end), or replace the one with its id."""

    def mutate(deal: Deal) -> None:
        desks = deal.route.steps
        for i, existing in enumerate(desks):
            if existing.id == desk.id:
                desks[i] = copy.deepcopy(desk)
                return
        position = _desk_index(deal, after) + 1 if after is not None else len(desks)
        desks.insert(position, copy.deepcopy(desk))

    return mutate


def set_route_step(desk_id: uuid.UUID, **values: Any) -> Mutation:
    return _set_fields(
        lambda deal: deal.route.steps[_desk_index(deal, desk_id)],
        set(RouteStep.__dataclass_fields__) - {"id"},
        "route-step",
        values,
    )


def delete_route_step(desk_id: uuid.UUID) -> Mutation:
    def mutate(deal: Deal) -> None:
        del deal.route.steps[_desk_index(deal, desk_id)]

    return mutate


def move_route_step(desk_id: uuid.UUID, by: int) -> Mutation:
    """Move a desk earlier (negative) or later on the route."""

    def mutate(deal: Deal) -> None:
        desks = deal.route.steps
        i = _desk_index(deal, desk_id)
        j = max(0, min(len(desks) - 1, i + by))
        desks.insert(j, desks.pop(i))

    return mutate


def set_route(**values: Any) -> Mutation:
    return _set_fields(lambda deal: deal.route, ROUTE_FIELDS, "route", values)
