"""Edits given as text (``closeplan edit DEAL --set FIELD=VALUE``), and undo of a deal's newest
action from its history.

Fields are named as in the bundle format: a deal's ``name``, ``amount``, ``stage`` …, its BANT
as ``bant.budget.confirmed`` / ``bant.budget.note``, its approval path as
``approval_path.approval_method``, its route as ``route.drafter_usual_limit``; with a step, the
step's ``title``, ``due_date``, ``status`` …. Values are read as strictly as bundles are (dates
YYYY-MM-DD, amounts of ASCII digits, enum values as written in bundles, true/false, ``null`` for
no value) and the result is validated exactly as an edit in the editor is: one invocation is one
action in the history, and nothing is written when anything is refused.
"""

from __future__ import annotations

import re
import typing
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from closeplan.domain import edits as E
from closeplan.domain import fields as F
from closeplan.domain.edits import Mutation
from closeplan.domain.model import ApprovalPath, ApprovalRoute, BantItem, Deal, Step
from closeplan.domain.operations import REMOVE, Action, invert
from closeplan.domain.validation import FieldError, ValidationError
from closeplan.services.deals import DealService
from closeplan.services.editing import Edit, EditService, Replayed

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"[0-9]{1,15}(\.[0-9]{1,6})?")
_INT = re.compile(r"[0-9]{1,6}")
NULL = "null"

DEAL_FIELDS = sorted(E.DEAL_FIELDS - {"plan_agreed_on"}) + ["plan_agreed_on"]
STEP_FIELDS = sorted(E.STEP_FIELDS)
PATH_FIELDS = sorted(f for f in ApprovalPath.__dataclass_fields__)
ROUTE_FIELDS = sorted(E.ROUTE_FIELDS)


@dataclass(frozen=True)
class Assignment:
    field: str  # as given: "amount", "bant.budget.note", "status" (of the step)
    text: str


def parse_assignment(text: str) -> Assignment:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValidationError([FieldError("--set", f"use FIELD=VALUE, not {text!r}")])
    return Assignment(name.strip(), value)


def _value(owner: type, name: str, text: str, where: str) -> Any:
    """``text`` read as the declared type of ``owner.name``, strictly (see the module doc)."""
    expected = F.declared(owner, name)
    members = [a for a in typing.get_args(expected) if a is not type(None)] or [expected]
    optional = type(None) in typing.get_args(expected)
    if text == NULL:
        if optional:
            return None
        raise ValidationError([FieldError(where, "needs a value (null is not allowed here)")])
    kind = members[0]
    origin = typing.get_origin(kind)
    try:
        if origin is list:
            (item,) = typing.get_args(kind)
            parts = [p.strip() for p in text.split(",") if p.strip()]
            return [_one(item, p) for p in parts]
        return _one(kind, text)
    except ValueError as exc:
        raise ValidationError([FieldError(where, str(exc))]) from None


def _one(kind: Any, text: str) -> Any:
    if kind is str:
        return text
    if kind is bool:
        if text not in ("true", "false"):
            raise ValueError(f"must be true or false, not {text!r}")
        return text == "true"
    if kind is date:
        if not _DATE.fullmatch(text):
            raise ValueError(f"must be a date as YYYY-MM-DD, not {text!r}")
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is no day of the calendar (check the month's days)") from None
    if kind is Decimal:
        if not _DECIMAL.fullmatch(text):
            raise ValueError(f"must be an amount of ASCII digits such as 12000000 or 86000.50, not {text!r}")
        return Decimal(text)
    if kind is int:
        if not _INT.fullmatch(text):
            raise ValueError(f"must be a whole number, not {text!r}")
        return int(text)
    if kind is uuid.UUID:
        try:
            return uuid.UUID(text)
        except ValueError:
            raise ValueError(f"must be an id (a UUID), not {text!r}") from None
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(text)
        except ValueError:
            raise ValueError(f"{text!r} is not one of: {', '.join(m.value for m in kind)}") from None
    raise ValueError(f"cannot be set from the command line ({getattr(kind, '__name__', kind)})")


def find_step(deal: Deal, ref: str) -> Step:
    """A step by its id or a unique part of its title."""
    try:
        wanted = uuid.UUID(ref)
        match = [s for s in deal.steps if s.id == wanted]
    except ValueError:
        folded = ref.casefold()
        match = [s for s in deal.steps if folded in s.title.casefold()]
    if len(match) == 1:
        return match[0]
    if not match:
        raise ValidationError([FieldError("--step", f"no step of {deal.name!r} matches {ref!r}")])
    titles = "; ".join(s.title for s in match[:5])
    raise ValidationError(
        [FieldError("--step", f"{ref!r} matches {len(match)} steps: {titles}. Use more of the title or the step's id.")]
    )


def mutation_for(deal: Deal, step_ref: str | None, assignments: list[Assignment], now, today: date) -> Mutation:
    """One mutation for every assignment (checked first: an unknown field or a bad value refuses
    them all)."""
    parts: list[Mutation] = []
    errors: list[FieldError] = []
    step = find_step(deal, step_ref) if step_ref else None
    for a in assignments:
        try:
            parts.append(_part(deal, step, a, now, today))
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)

    def mutate(target: Deal) -> None:
        for part in parts:
            part(target)

    return mutate


def _part(deal: Deal, step: Step | None, a: Assignment, now, today: date) -> Mutation:
    name = a.field
    if step is not None:
        if name not in E.STEP_FIELDS:
            raise ValidationError([FieldError(name, f"not a step field (use one of: {', '.join(STEP_FIELDS)})")])
        values = {name: _value(Step, name, a.text, name)}
        if name == "status" and values[name].value == "done" and step.completed_date is None:
            values["completed_date"] = today  # as the editor does: done today
        return E.set_step(step.id, **values)
    if name.startswith("bant."):
        parts = name.split(".")
        if (
            len(parts) != 3
            or parts[1] not in ("budget", "authority", "need", "timeframe")
            or parts[2] not in ("confirmed", "note")
        ):
            raise ValidationError(
                [
                    FieldError(
                        name,
                        "use bant.ITEM.confirmed or bant.ITEM.note, ITEM one of budget, authority, need, timeframe",
                    )
                ]
            )
        value = _value(BantItem, parts[2], a.text, name)
        return E.set_bant(parts[1], **{parts[2]: value})
    if name.startswith("approval_path."):
        field = name.split(".", 1)[1]
        if field not in PATH_FIELDS:
            raise ValidationError([FieldError(name, f"not an approval-path field ({', '.join(PATH_FIELDS)})")])
        return E.set_approval_path(**{field: _value(ApprovalPath, field, a.text, name)})
    if name.startswith("route."):
        field = name.split(".", 1)[1]
        if field not in E.ROUTE_FIELDS:
            raise ValidationError([FieldError(name, f"not a route field ({', '.join(ROUTE_FIELDS)})")])
        return E.set_route(**{field: _value(ApprovalRoute, field, a.text, name)})
    if name not in E.DEAL_FIELDS:
        raise ValidationError(
            [
                FieldError(
                    name,
                    "not a deal field (use one of: "
                    + ", ".join(DEAL_FIELDS)
                    + "; bant.ITEM.confirmed|note; approval_path.FIELD; route.FIELD; "
                    "or --step STEP with a step field)",
                )
            ]
        )
    return E.set_deal(now, **{name: _value(Deal, name, a.text, name)})


def edit(service: DealService, deal_id: uuid.UUID, step_ref: str | None, assignments: list[Assignment]) -> Edit:
    """Apply the assignments as one action, validated as in the editor."""
    deal = service.get_deal(deal_id)
    mutate = mutation_for(deal, step_ref, assignments, service.clock(), service.today())
    label = "Set " + ", ".join(a.field for a in assignments)
    return EditService(service, source="cli-edit").edit(deal_id, label, mutate)


def newest_action(history: list[Action]) -> Action | None:
    """The newest action that is in effect (not undone since) and can be undone here."""
    undone: set[uuid.UUID] = set()
    for action in reversed(history):
        if action.source == "undo" and action.undoes is not None:
            undone.add(action.undoes)
            continue
        if action.source == "redo" and action.undoes is not None:
            undone.discard(action.undoes)
            continue
        if action.id in undone or action.source in ("create", "revision"):
            continue
        if any(op.entity == "deal" and op.kind == REMOVE for op in action.ops):
            continue
        return action
    return None


def undo_newest(service: DealService, deal_id: uuid.UUID) -> tuple[Action | None, Replayed | None]:
    """Undo the deal's newest action (field by field, leaving what changed since)."""
    action = newest_action(service.history(deal_id))
    if action is None:
        return None, None
    result = EditService(service, source="cli-edit").replay(
        deal_id, invert(list(action.ops)), f"Undo: {action.label}", "undo", action.id
    )
    return action, result
