"""Validation of a deal and everything in it, with messages that name the field.

sqlmodel table models skip validation, so every way in (bundle import, services)
validates with these functions before anything is written.

Besides what makes a deal coherent, these are the limits that keep everything accepted
exportable again in every format (customer and internal PDF, ICS, XLSX, CSV, bundle) and
storable (SQLite's 64-bit integers, UTF-8 text): the supported date range, the longest text of
each field, no control characters, recurrence rules no finer than daily, and how many steps,
people and risks a deal holds. docs/input-limits.md lists them; keep the two in step.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from dateutil.rrule import rrulestr

from closeplan.domain.currency import decimal_places, is_currency, minor_units
from closeplan.domain.model import (
    LANGUAGES,
    AccountProfile,
    ApprovalMethod,
    ClosureRepeat,
    Deal,
    MeetingKind,
    Risk,
    RouteMethod,
    RouteRole,
    RouteStatus,
    RouteStep,
    Side,
    Stakeholder,
    Step,
    StepKind,
    StepStatus,
)

_COUNTRY = re.compile(r"^[A-Z]{2}$")

# --- limits ------------------------------------------------------------------------------

# Every date a deal, its plan, route and account calendar holds (times: after conversion to UTC).
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
DATE_RANGE = f"{MIN_DATE.isoformat()}..{MAX_DATE.isoformat()}"
MAX_VERSION = 2**31 - 1  # a deal's version and a revision's number
MAX_AMOUNT_DIGITS = 15  # digits before the decimal point (999 trillion)

# How many of each a deal holds; a longer list is a broken or hostile file, not a plan.
MAX_STEPS = 500  # so no dependency chain is longer than 500 steps either
MAX_DEPENDENCIES = 50  # per step
MAX_STAKEHOLDERS = 200
MAX_RISKS = 200
MAX_DESKS = 50
MAX_HISTORY = 1000  # close-date changes
MAX_MOVES = 10_000  # step date changes
MAX_REVISIONS = 1000
MAX_CLOSURES = 200
MAX_MEETINGS = 20
MAX_BANDS = 50
MAX_RULE = 500  # characters of a recurrence rule

# Longest text per field, in characters. Single-line fields are names, titles, people, contact
# details: long enough for any real one, short enough that a table cell of the customer PDF
# stays on one page. Multi-line fields (notes, descriptions) may hold newlines and tabs.
NAME = 200
LINE_LIMITS: dict[str, int] = {
    "name": NAME,
    "account": NAME,
    "vendor_company": NAME,
    "crm_id": 100,
    "owner": NAME,
    "title": 300,
    "owner_person": NAME,
    "approver": NAME,
    "email": 254,
    "phone": 50,
    "person": NAME,
    "position": NAME,
    "level": 100,
    "language": 10,
}
TEXT_LIMITS: dict[str, int] = {
    "description": 4000,
    "notes": 4000,
    "note": 1000,
    "business_issue": 2000,
    "problem": 2000,
    "solution": 2000,
    "benefit": 2000,
    "internal_notes": 4000,
    # a risk is one row of the internal PDF's table, and a row must fit on a page
    "risk.description": 600,
    "risk.mitigation": 600,
    # so are the approval path's notes, a person's notes and a step's internal note
    "approval_path.notes": 1500,
    "stakeholder.notes": 600,
    "internal_note": 800,
}
MULTI_LINE = frozenset(TEXT_LIMITS)
_SINGLE_LINE_BREAKS = frozenset("\u2028\u2029")
# every character text_problem looks at twice: controls, C1 controls, line separators, surrogates
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class Problem(str):
    """A problem's English message (what the CLI prints), with its stable ``code`` and the
    ``args`` put into it, for the UI to say it in its own language (closeplan/ui/problems.py).
    A ``str``, so whatever shows the message as text keeps working."""

    code: str
    args: dict[str, str | int]

    def __new__(cls, message: str, code: str = "", **args: str | int) -> Problem:
        self = super().__new__(cls, message)
        self.code = code
        self.args = args
        return self


def text_problem(value: object, limit: int, multi_line: bool = False) -> Problem | None:
    """Why ``value`` cannot be kept as text: not text, too long, an unpaired surrogate (not
    storable as UTF-8) or a control character (only newline and tab, in multi-line fields)."""
    if not isinstance(value, str):
        return Problem("must be text", "not-text")
    if len(value) > limit:
        return Problem(
            f"is {len(value):,} characters long; at most {limit:,} are kept",
            "text-too-long",
            length=len(value),
            limit=limit,
        )
    if _SUSPECT.search(value) is None:  # (the usual case, found without a loop in Python)
        return None
    for position, ch in enumerate(value):
        code = ord(ch)
        if code < 32 or 127 <= code < 160 or ch in _SINGLE_LINE_BREAKS:
            if multi_line and ch in "\n\t":
                continue
            allowed = " (only newline and tab are allowed here)" if multi_line else ""
            return Problem(
                f"has a control character U+{code:04X} at position {position + 1}{allowed}",
                "control-character-multi-line" if multi_line else "control-character",
                character=f"U+{code:04X}",
                position=position + 1,
            )
        if 0xD800 <= code <= 0xDFFF:
            return Problem(
                f"has an unpaired surrogate U+{code:04X} at position {position + 1} (not valid Unicode text)",
                "unpaired-surrogate",
                character=f"U+{code:04X}",
                position=position + 1,
            )
    return None


def _check_text(errors: list[FieldError], where: str, value: object, key: str | None = None) -> None:
    key = key or where.rsplit(".", 1)[-1]
    if key in TEXT_LIMITS:
        problem = text_problem(value, TEXT_LIMITS[key], multi_line=True)
    else:
        problem = text_problem(value, LINE_LIMITS.get(key, NAME))
    if problem:
        errors.append(FieldError.of(where, problem))


def _check_texts(errors: list[FieldError], prefix: str, item: object, keys: tuple[str, ...]) -> None:
    for key in keys:
        _check_text(errors, f"{prefix}{key}", getattr(item, key), key)


def _check_count(errors: list[FieldError], where: str, items: object, limit: int, what: str) -> bool:
    if len(items) > limit:  # type: ignore[arg-type]
        count = len(items)  # type: ignore[arg-type]
        message = f"has {count:,} {what}; at most {limit:,} are kept"
        errors.append(FieldError(where, message, "too-many", {"count": count, "limit": limit, "what": what}))
        return False
    return True


def date_problem(value: object) -> Problem | None:
    if not isinstance(value, date) or isinstance(value, datetime):
        return Problem("must be a date", "not-a-date")
    if not MIN_DATE <= value <= MAX_DATE:
        return Problem(
            f"{value.isoformat()} is outside the supported dates ({DATE_RANGE})",
            "date-out-of-range",
            value=value.isoformat(),
            range=DATE_RANGE,
        )
    return None


def moment_problem(value: object) -> Problem | None:
    if not isinstance(value, datetime) or value.tzinfo is None:
        return Problem("must be a date and time with a time zone", "not-a-moment")
    try:
        day = value.astimezone(UTC).date()
    except (OverflowError, ValueError):
        day = None
    if day is None or not MIN_DATE <= day <= MAX_DATE:
        return Problem(
            f"{value.isoformat()} is outside the supported dates ({DATE_RANGE}, in UTC)",
            "moment-out-of-range",
            value=value.isoformat(),
            range=DATE_RANGE,
        )
    return None


def _whole_problem(value: object, low: int, high: int) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem("must be a whole number", "not-whole-number")
    if not low <= value <= high:
        return Problem(f"must be from {low:,} to {high:,}", "number-out-of-range", low=low, high=high)
    return None


@dataclass(frozen=True, slots=True)
class FieldError:
    """A field's problem: ``message`` in English (the CLI's), ``code`` and ``args`` for the UI's
    words (closeplan/ui/problems.py); two errors are equal when field and message are."""

    field: str
    message: str
    code: str = dataclasses.field(default="", compare=False)
    args: dict[str, str | int] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, where: str, problem: str) -> FieldError:
        """``problem`` at ``where``, with its code and args when it is a :class:`Problem`."""
        return cls(where, str(problem), getattr(problem, "code", ""), dict(getattr(problem, "args", {})))

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


# Rules finer than daily (or daily ones that expand into hours, minutes or seconds) have
# millions of occurrences in the calendar's years: computing them ran for minutes.
_FINE_FREQ = ("SECONDLY", "MINUTELY", "HOURLY")
_FINE_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
_RULE_PART = re.compile(r"^[A-Z]+=[A-Z0-9,+\-:]*$")
RULE_WINDOW = (date(2000, 1, 1), date(2100, 12, 31))  # a usable rule has a date in here


@lru_cache(maxsize=512)  # a pure function of the text; checking a rule walks its dates
def validate_rrule(rule: str) -> Problem | None:
    """Return an error message if ``rule`` is not a usable RFC 5545 RRULE: one that repeats
    at most daily and has a date between 2000 and 2100."""
    if not isinstance(rule, str):
        return Problem("must be a recurrence rule", "not-a-rule")
    if len(rule) > MAX_RULE:
        return Problem(f"a recurrence rule is at most {MAX_RULE} characters", "rule-too-long", limit=MAX_RULE)
    problem = text_problem(rule.replace("\n", " "), MAX_RULE)
    if problem:
        return problem
    text = rule.strip()
    lines = [line.strip() for line in text.replace(";\n", ";").splitlines() if line.strip()]
    body = next((line for line in lines if not line.upper().startswith("DTSTART")), "")
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts = {}
    for part in body.upper().split(";"):
        if not _RULE_PART.match(part):
            return Problem(
                f"not a valid recurrence rule {_show(rule)}: {_show(part)} is not NAME=VALUE",
                "rule-part-invalid",
                rule=_show(rule),
                part=_show(part),
            )
        name, _, value = part.partition("=")
        parts[name] = value
    if "FREQ" not in parts:
        return Problem(
            f"not a recurrence rule (RRULE needs FREQ=…): {_show(rule)}", "rule-without-freq", rule=_show(rule)
        )
    if parts["FREQ"] in _FINE_FREQ or any(name in parts for name in _FINE_PARTS):
        return Problem(
            f"meetings repeat at most daily: {_show(rule)} repeats every "
            f"{'hour, minute or second' if parts['FREQ'] in _FINE_FREQ else 'few hours or minutes'}"
            " (use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY without BYHOUR, BYMINUTE, BYSECOND)",
            "rule-too-fine",
            rule=_show(rule),
        )
    try:
        if any(line.upper().startswith("DTSTART") for line in lines):
            parsed = rrulestr("\n".join(lines))
        else:
            parsed = rrulestr(body, dtstart=datetime(2000, 1, 1))
        start = getattr(parsed, "_dtstart", None)
        if start is not None and not MIN_DATE <= start.date() <= MAX_DATE:
            return Problem(
                f"the rule's DTSTART {start.date().isoformat()} is outside the supported dates ({DATE_RANGE})",
                "rule-start-out-of-range",
                value=start.date().isoformat(),
                range=DATE_RANGE,
            )
        first, last = RULE_WINDOW
        zone = start.tzinfo if start is not None else None
        window_start = datetime(first.year, first.month, first.day, tzinfo=zone)
        window_end = datetime(last.year, last.month, last.day, tzinfo=zone)
        # A rule without any date is searched up to the year 9999 (UNTIL does not stop that
        # search): for a daily or weekly rule that takes seconds, so its days are looked for by
        # a yearly rule with the same filters, which has every day the other could have.
        probe = parsed
        if parts["FREQ"] in ("DAILY", "WEEKLY"):
            if "BYSETPOS" in parts and parts["FREQ"] == "DAILY":
                return Problem(
                    f"a daily rule has no use for BYSETPOS: {_show(rule)}", "rule-daily-bysetpos", rule=_show(rule)
                )
            filters = ";".join(
                f"{k}={v}"
                for k, v in parts.items()
                if k in ("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY", "WKST")
            )
            probe = rrulestr("FREQ=YEARLY" + (";" + filters if filters else ""), dtstart=window_start)
        if not probe.between(window_start, window_end, inc=True, count=1):
            return Problem(
                f"the rule {_show(rule)} has no date between {first.year} and {last.year}",
                "rule-no-date",
                rule=_show(rule),
                first=str(first.year),
                last=str(last.year),
            )
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError) as exc:
        return Problem(
            f"not a valid recurrence rule {_show(rule)}: {exc}", "rule-invalid", rule=_show(rule), detail=str(exc)
        )
    return None


def _show(value: str, limit: int = 60) -> str:
    """A value quoted for a message, cut to ``limit`` characters."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def validate_amount(amount: object, currency: str) -> Problem | None:
    if not isinstance(amount, Decimal):
        return Problem("must be a decimal number", "not-a-decimal")
    if not amount.is_finite():
        return Problem("must be a finite number", "not-finite")
    if amount < 0 or (amount == 0 and amount.is_signed()):
        return Problem(f"must not be negative (got {amount})", "amount-negative", amount=str(amount))
    if amount.adjusted() >= MAX_AMOUNT_DIGITS:
        return Problem(
            f"has more than {MAX_AMOUNT_DIGITS} digits before the decimal point",
            "amount-too-many-digits",
            digits=MAX_AMOUNT_DIGITS,
        )
    if decimal_places(amount) > 6:
        return Problem("has more than 6 decimal places", "amount-too-many-places", places=6)
    if is_currency(currency):
        places = minor_units(currency)
        if decimal_places(amount) > places:
            if places == 0:
                return Problem(
                    f"{currency} has no minor unit; {amount} has more",
                    "currency-no-minor-unit",
                    currency=currency,
                    amount=str(amount),
                )
            return Problem(
                f"{currency} has {places} decimal places; {amount} has more",
                "currency-places",
                currency=currency,
                places=places,
                amount=str(amount),
            )
    return None


def _check_date(errors: list[FieldError], name: str, value: object, optional: bool = False) -> None:
    if value is None and optional:
        return
    problem = date_problem(value)
    if problem:
        errors.append(FieldError.of(name, problem))


def _check_moment(errors: list[FieldError], name: str, value: object) -> None:
    problem = moment_problem(value)
    if problem:
        errors.append(FieldError.of(name, problem))


def validate_step(step: Step, prefix: str, known_ids: set[uuid.UUID]) -> list[FieldError]:
    errors: list[FieldError] = []
    if _blank(step.title):
        errors.append(FieldError(f"{prefix}.title", "a step needs a title", "step-title-missing"))
    _check_texts(errors, f"{prefix}.", step, ("title", "description", "owner_person", "internal_note", "approver"))
    _check_date(errors, f"{prefix}.due_date", step.due_date)
    _check_date(errors, f"{prefix}.completed_date", step.completed_date, optional=True)
    _check_date(errors, f"{prefix}.baseline_date", step.baseline_date, optional=True)
    _check_date(errors, f"{prefix}.changed_on", step.changed_on, optional=True)
    _check_count(errors, f"{prefix}.depends_on", step.depends_on, MAX_DEPENDENCIES, "dependencies")
    if step.completed_date is not None and step.status is not StepStatus.DONE:
        errors.append(
            FieldError(
                f"{prefix}.completed_date",
                f"a completed date is set but the status is {step.status.value}, not done",
                "completed-but-not-done",
                {"status": str(step.status.value)},
            )
        )
    if step.status is StepStatus.DONE and step.completed_date is None:
        errors.append(
            FieldError(f"{prefix}.completed_date", "a done step needs its completed date", "done-without-date")
        )
    seen: set[uuid.UUID] = set()
    for j, dep in enumerate(step.depends_on):
        where = f"{prefix}.depends_on[{j}]"
        if dep == step.id:
            errors.append(FieldError(where, "a step cannot depend on itself", "depends-on-itself"))
        elif dep not in known_ids:
            errors.append(FieldError(where, f"no step with id {dep} in this plan", "no-such-step", {"id": str(dep)}))
        elif dep in seen:
            errors.append(FieldError(where, f"step {dep} is listed twice", "dependency-twice", {"id": str(dep)}))
        seen.add(dep)

    if step.kind is not StepKind.APPROVAL:
        if step.approver or step.approval_method is not None:
            errors.append(
                FieldError(
                    f"{prefix}.approver",
                    "approver and approval method belong to approval steps only",
                    "approver-not-approval-step",
                )
            )
    if step.kind is not StepKind.BOARD_MEETING:
        if (
            step.meeting_date is not None
            or step.submission_deadline is not None
            or step.recurrence_rule
            or step.extraordinary_possible is not None
        ):
            errors.append(
                FieldError(
                    f"{prefix}.meeting_date", "meeting fields belong to board-meeting steps only", "meeting-not-board"
                )
            )
    else:
        _check_date(errors, f"{prefix}.meeting_date", step.meeting_date, optional=True)
        _check_date(errors, f"{prefix}.submission_deadline", step.submission_deadline, optional=True)
        if (
            isinstance(step.meeting_date, date)
            and isinstance(step.due_date, date)
            and step.meeting_date != step.due_date
        ):
            errors.append(
                FieldError(
                    f"{prefix}.meeting_date",
                    f"a board-meeting step is due on its meeting date ({step.meeting_date.isoformat()}), "
                    f"not {step.due_date.isoformat()}",
                    "board-due-not-meeting",
                    {"meeting": step.meeting_date.isoformat(), "due": step.due_date.isoformat()},
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
                    "submission-after-meeting",
                    {"deadline": step.submission_deadline.isoformat(), "meeting": step.meeting_date.isoformat()},
                )
            )
        if step.recurrence_rule:
            problem = validate_rrule(step.recurrence_rule)
            if problem:
                errors.append(FieldError.of(f"{prefix}.recurrence_rule", problem))
    return errors


def _find_cycle(steps: list[Step]) -> list[uuid.UUID] | None:
    """A dependency cycle, as the ids along it (the first repeated at the end), or None.
    Iterative, so a plan of any length cannot exhaust Python's recursion limit."""
    graph = {s.id: [d for d in s.depends_on if d != s.id] for s in steps}
    state: dict[uuid.UUID, int] = {}  # 1: on the current path, 2: done
    for root in graph:
        if root in state:
            continue
        path: list[uuid.UUID] = [root]
        pending: list[Iterator[uuid.UUID]] = [iter(graph[root])]
        state[root] = 1
        while pending:
            nxt = next(pending[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                pending.pop()
                continue
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                pending.append(iter(graph[nxt]))
    return None


def validate_deal(deal: Deal) -> list[FieldError]:
    errors: list[FieldError] = []
    if _blank(deal.name):
        errors.append(FieldError("name", "a deal needs a name", "deal-name-missing"))
    if _blank(deal.account):
        errors.append(FieldError("account", "a deal needs the customer's account name", "deal-account-missing"))
    _check_texts(
        errors,
        "",
        deal,
        (
            "name",
            "account",
            "vendor_company",
            "crm_id",
            "owner",
            "business_issue",
            "problem",
            "solution",
            "benefit",
            "internal_notes",
        ),
    )
    for name in ("budget", "authority", "need", "timeframe"):
        _check_text(errors, f"bant.{name}.note", getattr(deal.bant, name).note, "note")
    _check_text(errors, "approval_path.notes", deal.approval_path.notes, "approval_path.notes")
    counts = (
        ("steps", deal.steps, MAX_STEPS, "steps"),
        ("stakeholders", deal.stakeholders, MAX_STAKEHOLDERS, "people"),
        ("risks", deal.risks, MAX_RISKS, "risks"),
        ("route.steps", deal.route.steps, MAX_DESKS, "desks"),
        ("close_date_history", deal.close_date_history, MAX_HISTORY, "changes"),
        ("step_moves", deal.step_moves, MAX_MOVES, "moves"),
        ("revisions", deal.revisions, MAX_REVISIONS, "revisions"),
    )
    if not all([_check_count(errors, *args) for args in counts]):
        return errors  # checking each of a million items would take long; the count says it all
    if not is_currency(deal.currency):
        errors.append(
            FieldError(
                "currency",
                f"unknown currency {deal.currency!r} (use an ISO 4217 code such as JPY, KRW, SEK, USD)",
                "currency-unknown-deal",
                {"currency": repr(deal.currency)},
            )
        )
    problem = validate_amount(deal.amount, deal.currency)
    if problem:
        errors.append(FieldError.of("amount", problem))
    _check_date(errors, "target_close", deal.target_close)
    _check_date(errors, "project_start", deal.project_start, optional=True)
    _check_date(errors, "plan_agreed_on", deal.plan_agreed_on, optional=True)
    if not _COUNTRY.match(deal.country or ""):
        errors.append(
            FieldError(
                "country",
                f"use a two-letter ISO 3166 country code such as JP, KR, SE (got {deal.country!r})",
                "country-code",
                {"value": repr(deal.country)},
            )
        )
    if deal.customer_language not in LANGUAGES:
        errors.append(
            FieldError(
                "customer_language",
                f"must be one of {', '.join(LANGUAGES)} (got {deal.customer_language!r})",
                "language-unknown",
                {"choices": ", ".join(LANGUAGES), "value": repr(deal.customer_language)},
            )
        )
    if isinstance(deal.version, bool) or not isinstance(deal.version, int) or not 1 <= deal.version <= MAX_VERSION:
        message = f"must be a whole number from 1 to {MAX_VERSION:,}"
        errors.append(FieldError("version", message, "whole-number-range", {"low": 1, "high": MAX_VERSION}))
    for name in ("created_at", "updated_at"):
        _check_moment(errors, name, getattr(deal, name))
    if (
        isinstance(deal.created_at, datetime)
        and isinstance(deal.updated_at, datetime)
        and deal.created_at.tzinfo
        and deal.updated_at.tzinfo
        and deal.updated_at < deal.created_at
    ):
        errors.append(FieldError("updated_at", "is before created_at", "updated-before-created"))
    for i, change in enumerate(deal.close_date_history):
        _check_moment(errors, f"close_date_history[{i}].changed_at", change.changed_at)
        _check_date(errors, f"close_date_history[{i}].from", change.from_date, optional=True)
        _check_date(errors, f"close_date_history[{i}].to", change.to_date)
    for i, move in enumerate(deal.step_moves):
        for name, value in (("moved_on", move.moved_on), ("from", move.from_date), ("to", move.to_date)):
            _check_date(errors, f"step_moves[{i}].{name}", value)
    for i, revision in enumerate(deal.revisions):
        prefix = f"revisions[{i}]"
        problem = _whole_problem(revision.number, 1, MAX_VERSION)
        if problem:
            errors.append(FieldError.of(f"{prefix}.number", problem))
        _check_date(errors, f"{prefix}.issued_on", revision.issued_on)
        _check_text(errors, f"{prefix}.language", revision.language)
        if _check_count(errors, f"{prefix}.steps", revision.steps, MAX_STEPS, "steps"):
            for j, shown in enumerate(revision.steps):
                _check_texts(errors, f"{prefix}.steps[{j}].", shown, ("title", "owner_person"))
                _check_date(errors, f"{prefix}.steps[{j}].due_date", shown.due_date)

    step_ids: set[uuid.UUID] = set()
    for i, step in enumerate(deal.steps):
        if step.id in step_ids:
            errors.append(
                FieldError(f"steps[{i}].id", f"duplicate step id {step.id}", "duplicate-id", {"id": str(step.id)})
            )
        step_ids.add(step.id)
    for i, step in enumerate(deal.steps):
        errors.extend(validate_step(step, _step_label(i, step), step_ids))
    cycle = _find_cycle(deal.steps)
    if cycle:
        titles = {s.id: s.title for s in deal.steps}
        chain = " → ".join(repr(titles.get(c, str(c))) for c in cycle)
        errors.append(FieldError("steps", f"dependencies form a cycle: {chain}", "dependency-cycle", {"chain": chain}))

    people: dict[uuid.UUID, Side] = {}
    for i, person in enumerate(deal.stakeholders):
        prefix = f"stakeholders[{i}]"
        if person.id in people:
            message = f"duplicate stakeholder id {person.id}"
            errors.append(FieldError(f"{prefix}.id", message, "duplicate-id", {"id": str(person.id)}))
        people[person.id] = person.side
        if _blank(person.name):
            errors.append(FieldError(f"{prefix}.name", "a stakeholder needs a name", "stakeholder-name-missing"))
        _check_texts(errors, f"{prefix}.", person, ("name", "title", "email", "phone"))
        _check_text(errors, f"{prefix}.notes", person.notes, "stakeholder.notes")
        if len(set(person.roles)) != len(person.roles):
            errors.append(FieldError(f"{prefix}.roles", "a role is listed twice", "role-twice"))

    path = deal.approval_path
    for name in path.PEOPLE:
        ref = getattr(path, name)
        if ref is None:
            continue
        if ref not in people:
            message = f"no stakeholder with id {ref} in this deal"
            errors.append(FieldError(f"approval_path.{name}", message, "no-such-stakeholder", {"id": str(ref)}))
        elif people[ref] is not Side.CUSTOMER:
            message = "must be a person on the customer's side"
            errors.append(FieldError(f"approval_path.{name}", message, "not-customer-side"))
    if not isinstance(path.approval_method, ApprovalMethod):
        errors.append(FieldError("approval_path.approval_method", "unknown approval method", "approval-method-unknown"))

    errors.extend(validate_route(deal, step_ids))

    risk_ids: set[uuid.UUID] = set()
    for i, risk in enumerate(deal.risks):
        if risk.id in risk_ids:
            errors.append(
                FieldError(f"risks[{i}].id", f"duplicate risk id {risk.id}", "duplicate-id", {"id": str(risk.id)})
            )
        risk_ids.add(risk.id)
        if _blank(risk.description):
            errors.append(
                FieldError(f"risks[{i}].description", "a risk needs a description", "risk-description-missing")
            )
        _check_text(errors, f"risks[{i}].description", risk.description, "risk.description")
        _check_text(errors, f"risks[{i}].mitigation", risk.mitigation, "risk.mitigation")
        _check_text(errors, f"risks[{i}].owner", risk.owner, "owner")
    return errors


def item_ids(deal: Deal) -> dict[uuid.UUID, str]:
    """Every id of a step, stakeholder, risk and route desk of ``deal``, with its field."""
    found: dict[uuid.UUID, str] = {}
    groups: tuple[tuple[str, Sequence[Step | Stakeholder | Risk | RouteStep]], ...] = (
        ("steps", deal.steps),
        ("stakeholders", deal.stakeholders),
        ("risks", deal.risks),
        ("route.steps", deal.route.steps),
    )
    for name, items in groups:
        for i, item in enumerate(items):
            found.setdefault(item.id, f"{name}[{i}].id")
    return found


def foreign_ids(deal: Deal, owners: Mapping[uuid.UUID, uuid.UUID]) -> list[FieldError]:
    """The ids of ``deal``'s steps, people, risks and desks that another deal holds.

    ``owners`` maps the ids already stored (or read from another file of the same import) to
    the deal that holds them; ids are unique across deals, so such a deal cannot be written."""
    errors = []
    for item, where in item_ids(deal).items():
        owner = owners.get(item)
        if owner is not None and owner != deal.id:
            errors.append(
                FieldError(
                    where,
                    f"the id {item} belongs to another deal ({owner}); "
                    "ids must be new (export the deal again, or give it new ids)",
                    "id-of-other-deal",
                    {"id": str(item), "owner": str(owner)},
                )
            )
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
            message = f"duplicate route step id {desk.id}"
            errors.append(FieldError(f"{prefix}.id", message, "duplicate-id", {"id": str(desk.id)}))
        seen.add(desk.id)
        for name, kind in (("role", RouteRole), ("method", RouteMethod), ("status", RouteStatus)):
            if not isinstance(getattr(desk, name), kind):
                shown = repr(getattr(desk, name))
                message = f"unknown {name} {shown}"
                errors.append(FieldError(f"{prefix}.{name}", message, "unknown-value", {"name": name, "value": shown}))
        if desk.days is not None and not _whole(desk.days, 0, MAX_DESK_DAYS):
            errors.append(
                FieldError(
                    f"{prefix}.days",
                    f"must be a whole number of working days from 0 to {MAX_DESK_DAYS}",
                    "working-days-range",
                    {"high": MAX_DESK_DAYS},
                )
            )
        _check_texts(errors, f"{prefix}.", desk, ("person", "position"))
        if desk.person_id is not None and desk.person_id not in {p.id for p in deal.stakeholders}:
            message = f"no stakeholder {desk.person_id} in this deal"
            errors.append(
                FieldError(f"{prefix}.person_id", message, "no-such-stakeholder", {"id": str(desk.person_id)})
            )
        if not _whole(desk.away_days, 0, MAX_DESK_DAYS):
            errors.append(
                FieldError(
                    f"{prefix}.away_days",
                    f"must be a whole number of working days from 0 to {MAX_DESK_DAYS}",
                    "working-days-range",
                    {"high": MAX_DESK_DAYS},
                )
            )
    if route.drafter_usual_limit is not None:
        problem = validate_amount(route.drafter_usual_limit, deal.currency)
        if problem:
            errors.append(FieldError.of("route.drafter_usual_limit", problem))
    _check_date(errors, "route.starts_on", route.starts_on, optional=True)
    if route.before_step_id is not None and route.before_step_id not in step_ids:
        message = f"no step {route.before_step_id} in this deal"
        errors.append(
            FieldError("route.before_step_id", message, "step-not-in-deal", {"id": str(route.before_step_id)})
        )
    return errors


def validate_profile(profile: AccountProfile) -> list[FieldError]:
    """An account's calendar and authority table."""
    errors: list[FieldError] = []
    if _blank(profile.account):
        errors.append(FieldError("account", "a calendar belongs to an account name", "calendar-account-missing"))
    _check_text(errors, "account", profile.account)
    if not all(
        [
            _check_count(errors, "closures", profile.closures, MAX_CLOSURES, "closures"),
            _check_count(errors, "meetings", profile.meetings, MAX_MEETINGS, "meetings"),
            _check_count(errors, "authority", profile.authority, MAX_BANDS, "bands"),
        ]
    ):
        return errors
    for i, closure in enumerate(profile.closures):
        prefix = f"closures[{i}]"
        if _blank(closure.name):
            errors.append(FieldError(f"{prefix}.name", "a closure needs a name", "closure-name-missing"))
        _check_text(errors, f"{prefix}.name", closure.name)
        if not isinstance(closure.repeat, ClosureRepeat):
            shown = repr(closure.repeat)
            message = f"unknown repeat {shown}"
            errors.append(FieldError(f"{prefix}.repeat", message, "unknown-value", {"name": "repeat", "value": shown}))
        _check_date(errors, f"{prefix}.start", closure.start)
        _check_date(errors, f"{prefix}.end", closure.end)
        if (
            closure.repeat is ClosureRepeat.ONCE
            and isinstance(closure.start, date)
            and isinstance(closure.end, date)
            and closure.end < closure.start
        ):
            errors.append(FieldError(f"{prefix}.end", "is before the start", "end-before-start"))
        if not _whole(closure.extend_days, 0, 14):
            message = "must be a whole number of days from 0 to 14"
            errors.append(FieldError(f"{prefix}.extend_days", message, "days-range", {"high": 14}))
    _check_date(errors, "fiscal_year_end", profile.fiscal_year_end, optional=True)
    if not _whole(profile.budget_freeze_days, 0, 180):
        message = "must be a whole number of days from 0 to 180"
        errors.append(FieldError("budget_freeze_days", message, "days-range", {"high": 180}))
    for i, meeting in enumerate(profile.meetings):
        prefix = f"meetings[{i}]"
        if _blank(meeting.name):
            errors.append(FieldError(f"{prefix}.name", "a meeting needs a name", "meeting-name-missing"))
        _check_text(errors, f"{prefix}.name", meeting.name)
        if not isinstance(meeting.kind, MeetingKind):
            shown = repr(meeting.kind)
            message = f"unknown meeting kind {shown}"
            errors.append(
                FieldError(f"{prefix}.kind", message, "unknown-value", {"name": "meeting kind", "value": shown})
            )
        problem = (
            validate_rrule(meeting.rule)
            if isinstance(meeting.rule, str)
            else Problem("must be a recurrence rule", "not-a-rule")
        )
        if problem:
            errors.append(FieldError.of(f"{prefix}.rule", problem))
        if not _whole(meeting.submission_lead, 0, 60):
            errors.append(
                FieldError(
                    f"{prefix}.submission_lead",
                    "must be a whole number of working days from 0 to 60",
                    "working-days-range",
                    {"high": 60},
                )
            )
    if profile.authority and not is_currency(profile.authority_currency):
        shown = repr(profile.authority_currency)
        errors.append(
            FieldError("authority_currency", f"unknown currency {shown}", "currency-unknown", {"currency": shown})
        )
    limits: set[object] = set()
    for i, band in enumerate(profile.authority):
        prefix = f"authority[{i}]"
        if _blank(band.level):
            message = "name the level that approves this band (e.g. 部長, CFO)"
            errors.append(FieldError(f"{prefix}.level", message, "level-missing"))
        _check_text(errors, f"{prefix}.level", band.level)
        if band.up_to is not None:
            problem = validate_amount(band.up_to, profile.authority_currency)
            if problem:
                errors.append(FieldError.of(f"{prefix}.up_to", problem))
        if band.up_to in limits:
            errors.append(FieldError(f"{prefix}.up_to", "two bands have the same limit", "same-limit"))
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
