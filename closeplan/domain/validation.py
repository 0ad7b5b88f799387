"""Validation of a deal and everything in it, with messages that name the field.

sqlmodel table models skip validation, so every way in (bundle import, services)
validates with these functions before anything is written.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from dateutil.rrule import rrulestr

from closeplan.domain.currency import decimal_places, is_currency, minor_units
from closeplan.domain.model import (
    LANGUAGES,
    AccountProfile,
    ApprovalMethod,
    ClosureRepeat,
    Deal,
    MeetingKind,
    RouteMethod,
    RouteRole,
    RouteStatus,
    Side,
    Step,
    StepKind,
    StepStatus,
)

_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are invalid. Nothing has been changed."""

    def __init__(self, errors: list[FieldError], source: str | None = None):
        self.errors = errors
        self.source = source
        lines = [str(e) for e in errors]
        prefix = f"{source}: " if source else ""
        super().__init__(prefix + "; ".join(lines))


def _blank(text: str) -> bool:
    return not text or not text.strip()


def _step_label(index: int, step: Step) -> str:
    return f"steps[{index}]"


def validate_rrule(rule: str) -> str | None:
    """Return an error message if ``rule`` is not a usable RFC 5545 RRULE."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if "FREQ=" not in text.upper():
        return f"not a recurrence rule (RRULE needs FREQ=…): {rule!r}"
    try:
        rrulestr(text, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return f"not a valid recurrence rule {rule!r}: {exc}"
    return None


def validate_amount(amount: object, currency: str) -> str | None:
    if not isinstance(amount, Decimal):
        return "must be a decimal number"
    if not amount.is_finite():
        return "must be a finite number"
    if amount < 0:
        return f"must not be negative (got {amount})"
    if is_currency(currency):
        places = minor_units(currency)
        if decimal_places(amount) > places:
            unit = "no minor unit" if places == 0 else f"{places} decimal places"
            return f"{currency} has {unit}; {amount} has more"
    return None


def _check_date(errors: list[FieldError], name: str, value: object, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        errors.append(FieldError(name, "must be a date"))


def validate_step(step: Step, prefix: str, known_ids: set[uuid.UUID]) -> list[FieldError]:
    errors: list[FieldError] = []
    if _blank(step.title):
        errors.append(FieldError(f"{prefix}.title", "a step needs a title"))
    _check_date(errors, f"{prefix}.due_date", step.due_date)
    _check_date(errors, f"{prefix}.completed_date", step.completed_date, optional=True)
    if step.completed_date is not None and step.status is not StepStatus.DONE:
        errors.append(
            FieldError(
                f"{prefix}.completed_date",
                f"a completed date is set but the status is {step.status.value}, not done",
            )
        )
    if step.status is StepStatus.DONE and step.completed_date is None:
        errors.append(FieldError(f"{prefix}.completed_date", "a done step needs its completed date"))
    seen: set[uuid.UUID] = set()
    for j, dep in enumerate(step.depends_on):
        where = f"{prefix}.depends_on[{j}]"
        if dep == step.id:
            errors.append(FieldError(where, "a step cannot depend on itself"))
        elif dep not in known_ids:
            errors.append(FieldError(where, f"no step with id {dep} in this plan"))
        elif dep in seen:
            errors.append(FieldError(where, f"step {dep} is listed twice"))
        seen.add(dep)

    if step.kind is not StepKind.APPROVAL:
        if step.approver or step.approval_method is not None:
            errors.append(
                FieldError(f"{prefix}.approver", "approver and approval method belong to approval steps only")
            )
    if step.kind is not StepKind.BOARD_MEETING:
        if (
            step.meeting_date is not None
            or step.submission_deadline is not None
            or step.recurrence_rule
            or step.extraordinary_possible is not None
        ):
            errors.append(
                FieldError(f"{prefix}.meeting_date", "meeting fields belong to board-meeting steps only")
            )
    else:
        _check_date(errors, f"{prefix}.meeting_date", step.meeting_date, optional=True)
        _check_date(errors, f"{prefix}.submission_deadline", step.submission_deadline, optional=True)
        if isinstance(step.meeting_date, date) and isinstance(step.due_date, date) and step.meeting_date != step.due_date:
            errors.append(
                FieldError(
                    f"{prefix}.meeting_date",
                    f"a board-meeting step is due on its meeting date ({step.meeting_date.isoformat()}), "
                    f"not {step.due_date.isoformat()}",
                )
            )
        if (
            isinstance(step.meeting_date, date)
            and isinstance(step.submission_deadline, date)
            and step.submission_deadline > step.meeting_date
        ):
            errors.append(
                FieldError(
                    f"{prefix}.submission_deadline",
                    f"the submission deadline {step.submission_deadline.isoformat()} is after "
                    f"its meeting on {step.meeting_date.isoformat()}",
                )
            )
        if step.recurrence_rule:
            problem = validate_rrule(step.recurrence_rule)
            if problem:
                errors.append(FieldError(f"{prefix}.recurrence_rule", problem))
    return errors


def _find_cycle(steps: list[Step]) -> list[uuid.UUID] | None:
    graph = {s.id: [d for d in s.depends_on if d != s.id] for s in steps}
    state: dict[uuid.UUID, int] = {}
    stack: list[uuid.UUID] = []

    def visit(node: uuid.UUID) -> list[uuid.UUID] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in graph:
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def validate_deal(deal: Deal) -> list[FieldError]:
    errors: list[FieldError] = []
    if _blank(deal.name):
        errors.append(FieldError("name", "a deal needs a name"))
    if _blank(deal.account):
        errors.append(FieldError("account", "a deal needs the customer's account name"))
    if not is_currency(deal.currency):
        errors.append(FieldError("currency", f"unknown currency {deal.currency!r} (use an ISO 4217 code such as JPY, KRW, SEK, USD)"))
    problem = validate_amount(deal.amount, deal.currency)
    if problem:
        errors.append(FieldError("amount", problem))
    _check_date(errors, "target_close", deal.target_close)
    _check_date(errors, "project_start", deal.project_start, optional=True)
    _check_date(errors, "plan_agreed_on", deal.plan_agreed_on, optional=True)
    if not _COUNTRY.match(deal.country or ""):
        errors.append(FieldError("country", f"use a two-letter ISO 3166 country code such as JP, KR, SE (got {deal.country!r})"))
    if deal.customer_language not in LANGUAGES:
        errors.append(
            FieldError("customer_language", f"must be one of {', '.join(LANGUAGES)} (got {deal.customer_language!r})")
        )
    if not isinstance(deal.version, int) or deal.version < 1:
        errors.append(FieldError("version", "must be a whole number of at least 1"))
    for name in ("created_at", "updated_at"):
        value = getattr(deal, name)
        if not isinstance(value, datetime) or value.tzinfo is None:
            errors.append(FieldError(name, "must be a date and time with a time zone"))
    if (
        isinstance(deal.created_at, datetime)
        and isinstance(deal.updated_at, datetime)
        and deal.created_at.tzinfo
        and deal.updated_at.tzinfo
        and deal.updated_at < deal.created_at
    ):
        errors.append(FieldError("updated_at", "is before created_at"))
    for i, change in enumerate(deal.close_date_history):
        if not isinstance(change.changed_at, datetime) or change.changed_at.tzinfo is None:
            errors.append(FieldError(f"close_date_history[{i}].changed_at", "must be a date and time with a time zone"))

    step_ids: set[uuid.UUID] = set()
    for i, step in enumerate(deal.steps):
        if step.id in step_ids:
            errors.append(FieldError(f"steps[{i}].id", f"duplicate step id {step.id}"))
        step_ids.add(step.id)
    for i, step in enumerate(deal.steps):
        errors.extend(validate_step(step, _step_label(i, step), step_ids))
    cycle = _find_cycle(deal.steps)
    if cycle:
        titles = {s.id: s.title for s in deal.steps}
        chain = " → ".join(repr(titles.get(c, str(c))) for c in cycle)
        errors.append(FieldError("steps", f"dependencies form a cycle: {chain}"))

    people: dict[uuid.UUID, Side] = {}
    for i, person in enumerate(deal.stakeholders):
        prefix = f"stakeholders[{i}]"
        if person.id in people:
            errors.append(FieldError(f"{prefix}.id", f"duplicate stakeholder id {person.id}"))
        people[person.id] = person.side
        if _blank(person.name):
            errors.append(FieldError(f"{prefix}.name", "a stakeholder needs a name"))
        if len(set(person.roles)) != len(person.roles):
            errors.append(FieldError(f"{prefix}.roles", "a role is listed twice"))

    path = deal.approval_path
    for name in path.PEOPLE:
        ref = getattr(path, name)
        if ref is None:
            continue
        if ref not in people:
            errors.append(FieldError(f"approval_path.{name}", f"no stakeholder with id {ref} in this deal"))
        elif people[ref] is not Side.CUSTOMER:
            errors.append(FieldError(f"approval_path.{name}", "must be a person on the customer's side"))
    if not isinstance(path.approval_method, ApprovalMethod):
        errors.append(FieldError("approval_path.approval_method", "unknown approval method"))

    errors.extend(validate_route(deal, step_ids))

    risk_ids: set[uuid.UUID] = set()
    for i, risk in enumerate(deal.risks):
        if risk.id in risk_ids:
            errors.append(FieldError(f"risks[{i}].id", f"duplicate risk id {risk.id}"))
        risk_ids.add(risk.id)
        if _blank(risk.description):
            errors.append(FieldError(f"risks[{i}].description", "a risk needs a description"))
    return errors


MAX_DESK_DAYS = 250  # a year of working days: more is a typing mistake


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def validate_route(deal: Deal, step_ids: set[uuid.UUID]) -> list[FieldError]:
    errors: list[FieldError] = []
    route = deal.route
    seen: set[uuid.UUID] = set()
    for i, desk in enumerate(route.steps):
        prefix = f"route.steps[{i}]"
        if desk.id in seen:
            errors.append(FieldError(f"{prefix}.id", f"duplicate route step id {desk.id}"))
        seen.add(desk.id)
        for name, kind in (("role", RouteRole), ("method", RouteMethod), ("status", RouteStatus)):
            if not isinstance(getattr(desk, name), kind):
                errors.append(FieldError(f"{prefix}.{name}", f"unknown {name} {getattr(desk, name)!r}"))
        if desk.days is not None and not _whole(desk.days, 0, MAX_DESK_DAYS):
            errors.append(FieldError(f"{prefix}.days", f"must be a whole number of working days from 0 to {MAX_DESK_DAYS}"))
        if not _whole(desk.away_days, 0, MAX_DESK_DAYS):
            errors.append(FieldError(f"{prefix}.away_days", f"must be a whole number of working days from 0 to {MAX_DESK_DAYS}"))
    if route.drafter_usual_limit is not None:
        problem = validate_amount(route.drafter_usual_limit, deal.currency)
        if problem:
            errors.append(FieldError("route.drafter_usual_limit", problem))
    _check_date(errors, "route.starts_on", route.starts_on, optional=True)
    if route.before_step_id is not None and route.before_step_id not in step_ids:
        errors.append(FieldError("route.before_step_id", f"no step {route.before_step_id} in this deal"))
    return errors


def validate_profile(profile: AccountProfile) -> list[FieldError]:
    """An account's calendar and authority table."""
    errors: list[FieldError] = []
    if _blank(profile.account):
        errors.append(FieldError("account", "a calendar belongs to an account name"))
    for i, closure in enumerate(profile.closures):
        prefix = f"closures[{i}]"
        if _blank(closure.name):
            errors.append(FieldError(f"{prefix}.name", "a closure needs a name"))
        if not isinstance(closure.repeat, ClosureRepeat):
            errors.append(FieldError(f"{prefix}.repeat", f"unknown repeat {closure.repeat!r}"))
        _check_date(errors, f"{prefix}.start", closure.start)
        _check_date(errors, f"{prefix}.end", closure.end)
        if (closure.repeat is ClosureRepeat.ONCE and isinstance(closure.start, date)
                and isinstance(closure.end, date) and closure.end < closure.start):
            errors.append(FieldError(f"{prefix}.end", "is before the start"))
        if not _whole(closure.extend_days, 0, 14):
            errors.append(FieldError(f"{prefix}.extend_days", "must be a whole number of days from 0 to 14"))
    _check_date(errors, "fiscal_year_end", profile.fiscal_year_end, optional=True)
    if not _whole(profile.budget_freeze_days, 0, 180):
        errors.append(FieldError("budget_freeze_days", "must be a whole number of days from 0 to 180"))
    for i, meeting in enumerate(profile.meetings):
        prefix = f"meetings[{i}]"
        if _blank(meeting.name):
            errors.append(FieldError(f"{prefix}.name", "a meeting needs a name"))
        if not isinstance(meeting.kind, MeetingKind):
            errors.append(FieldError(f"{prefix}.kind", f"unknown meeting kind {meeting.kind!r}"))
        problem = validate_rrule(meeting.rule) if isinstance(meeting.rule, str) else "must be a recurrence rule"
        if problem:
            errors.append(FieldError(f"{prefix}.rule", problem))
        if not _whole(meeting.submission_lead, 0, 60):
            errors.append(FieldError(f"{prefix}.submission_lead", "must be a whole number of working days from 0 to 60"))
    if profile.authority and not is_currency(profile.authority_currency):
        errors.append(FieldError("authority_currency", f"unknown currency {profile.authority_currency!r}"))
    limits: set[object] = set()
    for i, band in enumerate(profile.authority):
        prefix = f"authority[{i}]"
        if _blank(band.level):
            errors.append(FieldError(f"{prefix}.level", "name the level that approves this band (e.g. 部長, CFO)"))
        if band.up_to is not None:
            problem = validate_amount(band.up_to, profile.authority_currency)
            if problem:
                errors.append(FieldError(f"{prefix}.up_to", problem))
        if band.up_to in limits:
            errors.append(FieldError(f"{prefix}.up_to", "two bands have the same limit"))
        limits.add(band.up_to)
    return errors


def ensure_valid_profile(profile: AccountProfile, source: str | None = None) -> AccountProfile:
    errors = validate_profile(profile)
    if errors:
        raise ValidationError(errors, source)
    return profile


def ensure_valid(deal: Deal, source: str | None = None) -> Deal:
    errors = validate_deal(deal)
    if errors:
        raise ValidationError(errors, source)
    return deal
