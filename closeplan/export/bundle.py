"""The deal bundle: one deal with everything in it, as a JSON file.

Format: ``{"format": "closeplan.bundle", "version": 4, "exported_at": ..., "deal": {...}}``,
dates in ISO 8601, amounts as strings. See docs/bundle-format.md and
docs/bundle.schema.json. Parsing checks the whole file and reports every
problem with the file name and the field's path before anything is written.

The reader is as strict as the schema: ASCII digits only, dates exactly YYYY-MM-DD, times
exactly as the schema writes them, amounts as plain decimals — not the lenient readings of
Python's ``Decimal``, ``int`` and ``fromisoformat`` ("1_000", "١٢", "1E+309", "2026-W50-1").
A file is refused before it is parsed when it is larger than MAX_FILE_BYTES or nests deeper
than MAX_NESTING (docs/input-limits.md).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from closeplan.domain.accounts import authority_plain, closures_plain, meetings_plain
from closeplan.domain.currency import format_plain
from closeplan.domain.model import (
    AccountProfile,
    ApprovalMethod,
    ApprovalPath,
    ApprovalRoute,
    Attitude,
    AuthorityBand,
    Bant,
    BantItem,
    CloseDateChange,
    Closure,
    ClosureRepeat,
    Deal,
    GovernanceMeeting,
    Influence,
    Level,
    MeetingKind,
    OwnerSide,
    PlanRevision,
    RevisionStep,
    Risk,
    RiskStatus,
    Role,
    RouteMethod,
    RouteRole,
    RouteStatus,
    RouteStep,
    Seniority,
    Side,
    Stage,
    Stakeholder,
    Step,
    StepKind,
    StepMove,
    StepStatus,
    Tri,
)
from closeplan.domain.validation import (
    DATE_RANGE,
    MAX_DATE,
    MIN_DATE,
    FieldError,
    Problem,
    ValidationError,
    validate_deal,
    validate_profile,
)

FORMAT = "closeplan.bundle"
VERSION = 4  # 2: baselines, step moves, revisions; 3: approval route, account calendar; 4: desks name
# their stakeholder by id (older ones are upgraded)
SUFFIX = ".closeplan.json"


MAX_FILE_BYTES = 32 * 1024 * 1024  # the largest real deal with its history is a few MB
MAX_NESTING = 16  # a bundle nests 6 levels deep; JSON 5,000 deep exhausted the parser's stack
MAX_REPORTED = 50  # problems listed per file; a broken file can have millions


class BundleError(ValidationError):
    """The file is not a valid bundle; nothing was written."""

    def __init__(self, errors: list[FieldError], source: str | None = None):
        if len(errors) > MAX_REPORTED:
            more = len(errors) - MAX_REPORTED
            errors = errors[:MAX_REPORTED] + [
                FieldError("…", f"and {more:,} more problems", "more-problems", {"count": more})
            ]
        super().__init__(errors, source)


# --- writing ------------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _u(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _e(value: Enum | None) -> str | None:
    return value.value if value is not None else None


def step_to_dict(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(step.id),
        "title": step.title,
        "description": step.description,
        "owner_side": step.owner_side.value,
        "owner_person": step.owner_person,
        "kind": step.kind.value,
        "due_date": step.due_date.isoformat(),
        "status": step.status.value,
        "completed_date": _d(step.completed_date),
        "customer_visible": step.customer_visible,
        "internal_note": step.internal_note,
        "depends_on": [str(d) for d in step.depends_on],
        "baseline_date": _d(step.baseline_date),
        "changed_on": _d(step.changed_on),
    }
    if step.kind is StepKind.APPROVAL or step.approver or step.approval_method is not None:
        data["approver"] = step.approver
        data["approval_method"] = _e(step.approval_method)
    if step.kind is StepKind.BOARD_MEETING or step.meeting_date or step.submission_deadline:
        data["meeting_date"] = _d(step.meeting_date)
        data["submission_deadline"] = _d(step.submission_deadline)
        data["recurrence_rule"] = step.recurrence_rule
        data["extraordinary_possible"] = _e(step.extraordinary_possible)
    return data


def deal_to_dict(deal: Deal) -> dict[str, Any]:
    path = deal.approval_path
    return {
        "id": str(deal.id),
        "name": deal.name,
        "account": deal.account,
        "vendor_company": deal.vendor_company,
        "crm_id": deal.crm_id,
        "amount": format_plain(deal.amount),
        "currency": deal.currency,
        "stage": deal.stage.value,
        "target_close": deal.target_close.isoformat(),
        "project_start": _d(deal.project_start),
        "owner": deal.owner,
        "country": deal.country,
        "customer_language": deal.customer_language,
        "business_issue": deal.business_issue,
        "problem": deal.problem,
        "solution": deal.solution,
        "benefit": deal.benefit,
        "bant": {
            name: {"confirmed": getattr(deal.bant, name).confirmed.value, "note": getattr(deal.bant, name).note}
            for name in Bant.FIELDS
        },
        "internal_notes": deal.internal_notes,
        "plan_agreed_on": _d(deal.plan_agreed_on),
        "created_at": _dt(deal.created_at),
        "updated_at": _dt(deal.updated_at),
        "version": deal.version,
        "close_date_history": [
            {"changed_at": _dt(c.changed_at), "from": _d(c.from_date), "to": c.to_date.isoformat()}
            for c in deal.close_date_history
        ],
        "steps": [step_to_dict(s) for s in deal.steps],
        "stakeholders": [
            {
                "id": str(p.id),
                "name": p.name,
                "title": p.title,
                "side": p.side.value,
                "roles": [r.value for r in p.roles],
                "influence": p.influence.value,
                "seniority": p.seniority.value,
                "attitude": p.attitude.value,
                "email": p.email,
                "phone": p.phone,
                "notes": p.notes,
            }
            for p in deal.stakeholders
        ],
        "approval_path": {
            "real_final_approver_id": _u(path.real_final_approver_id),
            "nominal_approver_id": _u(path.nominal_approver_id),
            "po_signer_id": _u(path.po_signer_id),
            "approval_method": path.approval_method.value,
            "board_resolution_needed": path.board_resolution_needed.value,
            "drafter_id": _u(path.drafter_id),
            "drafter_passed_this_amount": path.drafter_passed_this_amount.value,
            "notes": path.notes,
        },
        "risks": [
            {
                "id": str(r.id),
                "description": r.description,
                "likelihood": r.likelihood.value,
                "impact": r.impact.value,
                "mitigation": r.mitigation,
                "owner": r.owner,
                "status": r.status.value,
            }
            for r in deal.risks
        ],
        "step_moves": [
            {
                "step_id": str(m.step_id),
                "moved_on": m.moved_on.isoformat(),
                "from": m.from_date.isoformat(),
                "to": m.to_date.isoformat(),
            }
            for m in deal.step_moves
        ],
        "revisions": [
            {
                "number": rev.number,
                "issued_on": rev.issued_on.isoformat(),
                "language": rev.language,
                "steps": [
                    {
                        "id": str(x.id),
                        "title": x.title,
                        "owner_side": x.owner_side.value,
                        "owner_person": x.owner_person,
                        "due_date": x.due_date.isoformat(),
                        "status": x.status.value,
                    }
                    for x in rev.steps
                ],
            }
            for rev in deal.revisions
        ],
        "route": route_to_dict(deal.route),
        "account_profile": profile_to_dict(deal.account_profile) if deal.account_profile else None,
    }


def route_to_dict(route: ApprovalRoute) -> dict[str, Any]:
    return {
        "steps": [
            {
                "id": str(s.id),
                "role": s.role.value,
                "person": s.person,
                "position": s.position,
                "method": s.method.value,
                "days": s.days,
                "away_days": s.away_days,
                "status": s.status.value,
                "customer_visible": s.customer_visible,
                "person_id": str(s.person_id) if s.person_id is not None else None,
            }
            for s in route.steps
        ],
        "drafter_usual_limit": format_plain(route.drafter_usual_limit)
        if route.drafter_usual_limit is not None
        else None,
        "starts_on": _d(route.starts_on),
        "before_step_id": _u(route.before_step_id),
    }


def profile_to_dict(profile: AccountProfile) -> dict[str, Any]:
    return {
        "closures": closures_plain(profile),
        "fiscal_year_end": _d(profile.fiscal_year_end),
        "budget_freeze_days": profile.budget_freeze_days,
        "meetings": meetings_plain(profile),
        "authority_currency": profile.authority_currency,
        "authority": authority_plain(profile),
    }


def to_bundle(deal: Deal, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _dt(exported_at),
        "deal": deal_to_dict(deal),
    }


def dumps(deal: Deal, exported_at: datetime) -> str:
    return json.dumps(to_bundle(deal, exported_at), ensure_ascii=False, indent=2) + "\n"


# --- reading ------------------------------------------------------------------

_MISSING = object()


class _Reader:
    """Reads typed fields from parsed JSON, collecting errors with their paths."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, message: str) -> None:
        """``message`` at ``path`` (a :class:`Problem` keeps its code)."""
        self.errors.append(FieldError.of(path, message))

    def obj(self, value: Any, path: str, allowed: set[str]) -> dict | None:
        if not isinstance(value, dict):
            kind = _json_type(value)
            self.fail(path, Problem(f"must be an object, not {kind}", "not-an-object", type=kind))
            return None
        for key in value:
            if key not in allowed:
                shown = key if key.isprintable() and len(key) <= 60 else ascii(key[:60])
                self.fail(f"{path}.{shown}" if path else shown, _UNKNOWN_FIELD)
        return value

    def get(self, obj: dict, key: str, path: str, convert: Callable[[Any], Any], default: Any = _MISSING) -> Any:
        where = f"{path}.{key}" if path else key
        if key not in obj:
            if default is _MISSING:
                self.fail(where, _MISSING_FIELD)
                return None
            return default
        try:
            return convert(obj[key])
        except (ValueError, TypeError, InvalidOperation, OverflowError) as exc:
            self.fail(where, _exception_problem(exc))
            return None

    def value(self, value: Any, where: str, convert: Callable[[Any], Any]) -> Any:
        """A list's element converted; a failure is said at ``where`` (e.g. ``steps[1].depends_on[0]``)."""
        try:
            return convert(value)
        except (ValueError, TypeError, InvalidOperation, OverflowError) as exc:
            self.fail(where, _exception_problem(exc))
            return None

    def items(self, obj: dict, key: str, path: str, default: Any = _MISSING) -> list:
        where = f"{path}.{key}"
        if key not in obj:
            if default is _MISSING:
                self.fail(where, _MISSING_FIELD)
            return []
        value = obj[key]
        if not isinstance(value, list):
            kind = _json_type(value)
            self.fail(where, Problem(f"must be a list, not {kind}", "not-a-list", type=kind))
            return []
        return value


_UNKNOWN_FIELD = Problem("unknown field", "unknown-field")
_MISSING_FIELD = Problem("is missing", "missing")


def _exception_problem(exc: Exception) -> str:
    """What a converter's exception says: its :class:`Problem` (with the code), else its text."""
    if exc.args and isinstance(exc.args[0], Problem):
        return exc.args[0]
    return str(exc) or Problem("has an invalid value", "invalid-value")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        kind = _json_type(value)
        raise TypeError(Problem(f"must be text, not {kind}", "text-expected", type=kind))
    return value


def _show(text: str) -> str:
    """A bad value quoted in a message: cut short, and escaped when it is not printable."""
    cut = text if len(text) <= 40 else text[:40] + "…"
    return repr(cut) if cut.isprintable() else ascii(cut)


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(
    r"([0-9]{4})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-]([0-9]{2}):([0-9]{2}))"
)
_DECIMAL = re.compile(r"[0-9]{1,40}(\.[0-9]{1,40})?")  # the schema's pattern, with a length
MAX_OFFSET_HOURS = 14  # real time zones run from -12:00 to +14:00


def _date(value: Any) -> date:
    text = _text(value)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        shown = _show(text)
        raise ValueError(Problem(f"must be a date as YYYY-MM-DD, not {shown}", "date-format", value=shown)) from None


def _opt(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _datetime(value: Any) -> datetime:
    text = _text(value)
    match = _MOMENT.fullmatch(text)
    if match is None:
        shown = _show(text)
        message = f"must be an ISO 8601 date and time as YYYY-MM-DDTHH:MM:SS+HH:MM, not {shown}"
        raise ValueError(Problem(message, "moment-format", value=shown))
    if match.group(4) is not None and (
        int(match.group(4)) > MAX_OFFSET_HOURS
        or int(match.group(5)) > 59
        or (int(match.group(4)) == MAX_OFFSET_HOURS and int(match.group(5)))
    ):
        message = f"the time zone {match.group(3)} is not one: offsets run up to ±{MAX_OFFSET_HOURS:02d}:00"
        raise ValueError(
            Problem(message, "time-zone-invalid", zone=match.group(3), limit=f"±{MAX_OFFSET_HOURS:02d}:00")
        )
    year = int(match.group(1))
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        shown = _show(text)
        message = f"{shown} is outside the supported dates ({DATE_RANGE})"
        raise ValueError(Problem(message, "date-out-of-range", value=shown, range=DATE_RANGE))
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        shown = _show(text)
        raise ValueError(
            Problem(f"must be an ISO 8601 date and time, not {shown}", "moment-invalid", value=shown)
        ) from None
    return parsed.astimezone(UTC)


def _uuid(value: Any) -> uuid.UUID:
    text = _text(value)
    try:
        if len(text) != 36:
            raise ValueError
        return uuid.UUID(text)
    except ValueError:
        shown = _show(text)
        raise ValueError(Problem(f"must be a UUID, not {shown}", "uuid-invalid", value=shown)) from None


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str):
        kind = _json_type(value)
        message = f'must be a decimal number written as text (e.g. "12000000"), not {kind}'
        raise TypeError(Problem(message, "decimal-not-text", type=kind))
    if not _DECIMAL.fullmatch(value):
        shown = _show(value)
        message = f'must be a decimal number of ASCII digits such as "12000000" or "86000.50", not {shown}'
        raise ValueError(Problem(message, "decimal-invalid", value=shown))
    return Decimal(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        kind = _json_type(value)
        raise TypeError(Problem(f"must be true or false, not {kind}", "bool-expected", type=kind))
    return value


MAX_WHOLE = 2**53 - 1  # the largest whole number every JSON reader keeps exactly


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        kind = _json_type(value)
        raise TypeError(Problem(f"must be a whole number, not {kind}", "whole-number-expected", type=kind))
    if not -MAX_WHOLE <= value <= MAX_WHOLE:
        raise ValueError(Problem(f"is too large a number (at most {MAX_WHOLE:,})", "number-too-large", limit=MAX_WHOLE))
    return value


def _enum(kind: type[Enum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Enum:
        text = _text(value)
        try:
            return kind(text)
        except ValueError:
            choices = ", ".join(m.value for m in kind)
            shown = _show(text)
            raise ValueError(
                Problem(f"{shown} is not one of: {choices}", "not-one-of", value=shown, choices=choices)
            ) from None

    return convert


_STEP_KEYS = {
    "id",
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
    "baseline_date",
    "changed_on",
}
_PERSON_KEYS = {
    "id",
    "name",
    "title",
    "side",
    "roles",
    "influence",
    "seniority",
    "attitude",
    "email",
    "phone",
    "notes",
}
_PATH_KEYS = {
    "real_final_approver_id",
    "nominal_approver_id",
    "po_signer_id",
    "approval_method",
    "board_resolution_needed",
    "drafter_id",
    "drafter_passed_this_amount",
    "notes",
}
_RISK_KEYS = {"id", "description", "likelihood", "impact", "mitigation", "owner", "status"}
_DEAL_KEYS = {
    "id",
    "name",
    "account",
    "vendor_company",
    "crm_id",
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
    "bant",
    "internal_notes",
    "plan_agreed_on",
    "created_at",
    "updated_at",
    "version",
    "close_date_history",
    "steps",
    "stakeholders",
    "approval_path",
    "risks",
    "step_moves",
    "revisions",
    "route",
    "account_profile",
}
_ROUTE_KEYS = {"steps", "drafter_usual_limit", "starts_on", "before_step_id"}
_DESK_KEYS = {
    "id",
    "role",
    "person",
    "position",
    "method",
    "days",
    "away_days",
    "status",
    "customer_visible",
    "person_id",
}
_PROFILE_KEYS = {"closures", "fiscal_year_end", "budget_freeze_days", "meetings", "authority_currency", "authority"}
_REVISION_STEP_KEYS = {"id", "title", "owner_side", "owner_person", "due_date", "status"}


def _read_step(r: _Reader, raw: Any, path: str) -> Step | None:
    obj = r.obj(raw, path, _STEP_KEYS)
    if obj is None:
        return None
    deps = []
    for j, dep in enumerate(r.items(obj, "depends_on", path, default=[])):
        value = r.value(dep, f"{path}.depends_on[{j}]", _uuid)
        if value is not None:
            deps.append(value)
    values = dict(
        id=r.get(obj, "id", path, _uuid),
        title=r.get(obj, "title", path, _text),
        description=r.get(obj, "description", path, _text, ""),
        owner_side=r.get(obj, "owner_side", path, _enum(OwnerSide)),
        owner_person=r.get(obj, "owner_person", path, _text, ""),
        kind=r.get(obj, "kind", path, _enum(StepKind), StepKind.TASK),
        due_date=r.get(obj, "due_date", path, _date),
        status=r.get(obj, "status", path, _enum(StepStatus), StepStatus.PLANNED),
        completed_date=r.get(obj, "completed_date", path, _opt(_date), None),
        customer_visible=r.get(obj, "customer_visible", path, _bool, True),
        internal_note=r.get(obj, "internal_note", path, _text, ""),
        depends_on=deps,
        approver=r.get(obj, "approver", path, _text, ""),
        approval_method=r.get(obj, "approval_method", path, _opt(_enum(ApprovalMethod)), None),
        meeting_date=r.get(obj, "meeting_date", path, _opt(_date), None),
        submission_deadline=r.get(obj, "submission_deadline", path, _opt(_date), None),
        recurrence_rule=r.get(obj, "recurrence_rule", path, _text, ""),
        extraordinary_possible=r.get(obj, "extraordinary_possible", path, _opt(_enum(Tri)), None),
        baseline_date=r.get(obj, "baseline_date", path, _opt(_date), None),
        changed_on=r.get(obj, "changed_on", path, _opt(_date), None),
    )
    if any(values[k] is None for k in ("id", "title", "owner_side", "kind", "due_date", "status")):
        return None
    return Step(**values)


def _read_person(r: _Reader, raw: Any, path: str) -> Stakeholder | None:
    obj = r.obj(raw, path, _PERSON_KEYS)
    if obj is None:
        return None
    roles = []
    for j, role in enumerate(r.items(obj, "roles", path, default=[])):
        value = r.value(role, f"{path}.roles[{j}]", _enum(Role))
        if value is not None:
            roles.append(value)
    values = dict(
        id=r.get(obj, "id", path, _uuid),
        name=r.get(obj, "name", path, _text),
        title=r.get(obj, "title", path, _text, ""),
        side=r.get(obj, "side", path, _enum(Side)),
        roles=roles,
        influence=r.get(obj, "influence", path, _enum(Influence), Influence.UNKNOWN),
        seniority=r.get(obj, "seniority", path, _enum(Seniority), Seniority.UNKNOWN),
        attitude=r.get(obj, "attitude", path, _enum(Attitude), Attitude.UNKNOWN),
        email=r.get(obj, "email", path, _text, ""),
        phone=r.get(obj, "phone", path, _text, ""),
        notes=r.get(obj, "notes", path, _text, ""),
    )
    if any(v is None for v in values.values()):
        return None
    return Stakeholder(**values)


def _read_risk(r: _Reader, raw: Any, path: str) -> Risk | None:
    obj = r.obj(raw, path, _RISK_KEYS)
    if obj is None:
        return None
    values = dict(
        id=r.get(obj, "id", path, _uuid),
        description=r.get(obj, "description", path, _text),
        likelihood=r.get(obj, "likelihood", path, _enum(Level), Level.MEDIUM),
        impact=r.get(obj, "impact", path, _enum(Level), Level.MEDIUM),
        mitigation=r.get(obj, "mitigation", path, _text, ""),
        owner=r.get(obj, "owner", path, _text, ""),
        status=r.get(obj, "status", path, _enum(RiskStatus), RiskStatus.OPEN),
    )
    if any(v is None for v in values.values()):
        return None
    return Risk(**values)


def _read_path(r: _Reader, raw: Any, path: str) -> ApprovalPath:
    obj = r.obj(raw, path, _PATH_KEYS)
    if obj is None:
        return ApprovalPath()
    return ApprovalPath(
        real_final_approver_id=r.get(obj, "real_final_approver_id", path, _opt(_uuid), None),
        nominal_approver_id=r.get(obj, "nominal_approver_id", path, _opt(_uuid), None),
        po_signer_id=r.get(obj, "po_signer_id", path, _opt(_uuid), None),
        approval_method=r.get(obj, "approval_method", path, _enum(ApprovalMethod), ApprovalMethod.UNKNOWN)
        or ApprovalMethod.UNKNOWN,
        board_resolution_needed=r.get(obj, "board_resolution_needed", path, _enum(Tri), Tri.UNKNOWN) or Tri.UNKNOWN,
        drafter_id=r.get(obj, "drafter_id", path, _opt(_uuid), None),
        drafter_passed_this_amount=r.get(obj, "drafter_passed_this_amount", path, _enum(Tri), Tri.UNKNOWN)
        or Tri.UNKNOWN,
        notes=r.get(obj, "notes", path, _text, "") or "",
    )


def _read_bant(r: _Reader, raw: Any, path: str) -> Bant:
    obj = r.obj(raw, path, set(Bant.FIELDS))
    bant = Bant()
    if obj is None:
        return bant
    for name in Bant.FIELDS:
        if name not in obj:
            continue
        item = r.obj(obj[name], f"{path}.{name}", {"confirmed", "note"})
        if item is None:
            continue
        confirmed = r.get(item, "confirmed", f"{path}.{name}", _enum(Tri), Tri.UNKNOWN)
        note = r.get(item, "note", f"{path}.{name}", _text, "")
        setattr(bant, name, BantItem(confirmed or Tri.UNKNOWN, note or ""))
    return bant


def _read_move(r: _Reader, raw: Any, path: str) -> StepMove | None:
    obj = r.obj(raw, path, {"step_id", "moved_on", "from", "to"})
    if obj is None:
        return None
    values = (
        r.get(obj, "step_id", path, _uuid),
        r.get(obj, "moved_on", path, _date),
        r.get(obj, "from", path, _date),
        r.get(obj, "to", path, _date),
    )
    return None if None in values else StepMove(*values)


def _read_revision(r: _Reader, raw: Any, path: str) -> PlanRevision | None:
    obj = r.obj(raw, path, {"number", "issued_on", "language", "steps"})
    if obj is None:
        return None
    steps = []
    for i, item in enumerate(r.items(obj, "steps", path)):
        where = f"{path}.steps[{i}]"
        step = r.obj(item, where, _REVISION_STEP_KEYS)
        if step is None:
            continue
        values = (
            r.get(step, "id", where, _uuid),
            r.get(step, "title", where, _text),
            r.get(step, "owner_side", where, _enum(OwnerSide)),
            r.get(step, "owner_person", where, _text, ""),
            r.get(step, "due_date", where, _date),
            r.get(step, "status", where, _enum(StepStatus)),
        )
        if None not in values:
            steps.append(RevisionStep(*values))
    number = r.get(obj, "number", path, _int)
    issued_on = r.get(obj, "issued_on", path, _date)
    language = r.get(obj, "language", path, _text)
    if None in (number, issued_on, language):
        return None
    return PlanRevision(number, issued_on, language, tuple(steps))


def _read_route(r: _Reader, raw: Any, path: str) -> ApprovalRoute:
    obj = r.obj(raw, path, _ROUTE_KEYS)
    if obj is None:
        return ApprovalRoute()
    desks = []
    for i, item in enumerate(r.items(obj, "steps", path)):
        where = f"{path}.steps[{i}]"
        desk = r.obj(item, where, _DESK_KEYS)
        if desk is None:
            continue
        values = dict(
            id=r.get(desk, "id", where, _uuid),
            role=r.get(desk, "role", where, _enum(RouteRole)),
            person=r.get(desk, "person", where, _text, ""),
            position=r.get(desk, "position", where, _text, ""),
            method=r.get(desk, "method", where, _enum(RouteMethod), RouteMethod.UNKNOWN),
            days=r.get(desk, "days", where, _opt(_int), None),
            away_days=r.get(desk, "away_days", where, _int, 0),
            status=r.get(desk, "status", where, _enum(RouteStatus), RouteStatus.NOT_REACHED),
            customer_visible=r.get(desk, "customer_visible", where, _bool, False),
            person_id=r.get(desk, "person_id", where, _opt(_uuid), None),
        )
        if not any(values[k] is None for k in ("id", "role", "method", "away_days", "status", "customer_visible")):
            desks.append(RouteStep(**values))
    return ApprovalRoute(
        desks,
        r.get(obj, "drafter_usual_limit", path, _opt(_decimal), None),
        r.get(obj, "starts_on", path, _opt(_date), None),
        r.get(obj, "before_step_id", path, _opt(_uuid), None),
    )


def _read_profile(r: _Reader, raw: Any, path: str, account: str) -> AccountProfile | None:
    if raw is None:
        return None
    obj = r.obj(raw, path, _PROFILE_KEYS)
    if obj is None:
        return None
    closures = []
    for i, item in enumerate(r.items(obj, "closures", path, default=[])):
        where = f"{path}.closures[{i}]"
        c = r.obj(item, where, {"name", "repeat", "start", "end", "extend_days"})
        if c is None:
            continue
        values = (
            r.get(c, "name", where, _text),
            r.get(c, "repeat", where, _enum(ClosureRepeat)),
            r.get(c, "start", where, _date),
            r.get(c, "end", where, _date),
            r.get(c, "extend_days", where, _int, 0),
        )
        if None not in values:
            closures.append(Closure(*values))
    meetings = []
    for i, item in enumerate(r.items(obj, "meetings", path, default=[])):
        where = f"{path}.meetings[{i}]"
        m = r.obj(item, where, {"name", "kind", "rule", "submission_lead"})
        if m is None:
            continue
        meeting = (
            r.get(m, "name", where, _text),
            r.get(m, "kind", where, _enum(MeetingKind)),
            r.get(m, "rule", where, _text),
            r.get(m, "submission_lead", where, _int, 0),
        )
        if None not in meeting:
            meetings.append(GovernanceMeeting(*meeting))
    bands = []
    for i, item in enumerate(r.items(obj, "authority", path, default=[])):
        where = f"{path}.authority[{i}]"
        b = r.obj(item, where, {"up_to", "level"})
        if b is None:
            continue
        level = r.get(b, "level", where, _text)
        if level is not None:
            bands.append(AuthorityBand(r.get(b, "up_to", where, _opt(_decimal), None), level))
    profile = AccountProfile(
        account=account,
        closures=closures,
        fiscal_year_end=r.get(obj, "fiscal_year_end", path, _opt(_date), None),
        budget_freeze_days=r.get(obj, "budget_freeze_days", path, _int, 0) or 0,
        meetings=meetings,
        authority_currency=r.get(obj, "authority_currency", path, _text, "") or "",
        authority=bands,
    )
    for error in validate_profile(profile):
        r.errors.append(FieldError(f"{path}.{error.field}", error.message, error.code, error.args))
    return profile


def upgrade_v2(raw: dict) -> dict:
    """A version-2 bundle as version 3: approval routes and account calendars were not kept then."""
    upgraded = dict(raw, version=3)
    deal = raw.get("deal")
    if isinstance(deal, dict):
        upgraded["deal"] = dict(
            deal,
            route=deal.get(
                "route", {"steps": [], "drafter_usual_limit": None, "starts_on": None, "before_step_id": None}
            ),
        )
    return upgraded


def upgrade_v3(raw: dict) -> dict:
    """A version-3 bundle as version 4: its desks name people by name only (no stakeholder ids)."""
    return dict(raw, version=4)


def upgrade_v1(raw: dict) -> dict:
    """A version-1 bundle as version 2: no baselines, step moves or revisions were kept then."""
    upgraded = dict(raw, version=2)
    deal = raw.get("deal")
    if isinstance(deal, dict):
        upgraded["deal"] = dict(deal, step_moves=deal.get("step_moves", []), revisions=deal.get("revisions", []))
    return upgraded


# Each older version the reader accepts, and how it becomes the next one.
UPGRADES: dict[int, Callable[[dict], dict]] = {1: upgrade_v1, 2: upgrade_v2, 3: upgrade_v3}


def deal_from_dict(raw: Any, path: str = "deal") -> tuple[Deal | None, list[FieldError]]:
    r = _Reader()
    obj = r.obj(raw, path, _DEAL_KEYS)
    if obj is None:
        return None, r.errors
    steps = [_read_step(r, s, f"{path}.steps[{i}]") for i, s in enumerate(r.items(obj, "steps", path, default=[]))]
    people = [
        _read_person(r, p, f"{path}.stakeholders[{i}]")
        for i, p in enumerate(r.items(obj, "stakeholders", path, default=[]))
    ]
    risks = [_read_risk(r, x, f"{path}.risks[{i}]") for i, x in enumerate(r.items(obj, "risks", path, default=[]))]
    history = []
    for i, raw_change in enumerate(r.items(obj, "close_date_history", path, default=[])):
        where = f"{path}.close_date_history[{i}]"
        change = r.obj(raw_change, where, {"changed_at", "from", "to"})
        if change is None:
            continue
        changed_at = r.get(change, "changed_at", where, _datetime)
        from_date = r.get(change, "from", where, _opt(_date), None)
        to_date = r.get(change, "to", where, _date)
        if changed_at is not None and to_date is not None:
            history.append(CloseDateChange(changed_at, from_date, to_date))
    moves = [_read_move(r, m, f"{path}.step_moves[{i}]") for i, m in enumerate(r.items(obj, "step_moves", path))]
    revisions = [_read_revision(r, x, f"{path}.revisions[{i}]") for i, x in enumerate(r.items(obj, "revisions", path))]
    approval_path = (
        _read_path(r, obj["approval_path"], f"{path}.approval_path") if "approval_path" in obj else ApprovalPath()
    )
    route = _read_route(r, obj["route"], f"{path}.route") if "route" in obj else None
    if route is None:
        r.fail(f"{path}.route", _MISSING_FIELD)
    account = obj.get("account")
    account_name = account if isinstance(account, str) else ""
    profile = _read_profile(r, obj.get("account_profile"), f"{path}.account_profile", account_name)
    bant = _read_bant(r, obj["bant"], f"{path}.bant") if "bant" in obj else Bant()
    values = dict(
        id=r.get(obj, "id", path, _uuid),
        name=r.get(obj, "name", path, _text),
        account=r.get(obj, "account", path, _text),
        vendor_company=r.get(obj, "vendor_company", path, _text, ""),
        crm_id=r.get(obj, "crm_id", path, _text, ""),
        amount=r.get(obj, "amount", path, _decimal),
        currency=r.get(obj, "currency", path, _text),
        stage=r.get(obj, "stage", path, _enum(Stage)),
        target_close=r.get(obj, "target_close", path, _date),
        project_start=r.get(obj, "project_start", path, _opt(_date), None),
        owner=r.get(obj, "owner", path, _text, ""),
        country=r.get(obj, "country", path, _text),
        customer_language=r.get(obj, "customer_language", path, _text),
        business_issue=r.get(obj, "business_issue", path, _text, ""),
        problem=r.get(obj, "problem", path, _text, ""),
        solution=r.get(obj, "solution", path, _text, ""),
        benefit=r.get(obj, "benefit", path, _text, ""),
        internal_notes=r.get(obj, "internal_notes", path, _text, ""),
        plan_agreed_on=r.get(obj, "plan_agreed_on", path, _opt(_date), None),
        created_at=r.get(obj, "created_at", path, _datetime),
        updated_at=r.get(obj, "updated_at", path, _datetime),
        version=r.get(obj, "version", path, _int),
    )
    if r.errors:
        return None, r.errors
    deal = Deal(
        **values,
        bant=bant,
        close_date_history=history,
        steps=[s for s in steps if s is not None],
        stakeholders=[p for p in people if p is not None],
        approval_path=approval_path,
        risks=[x for x in risks if x is not None],
        step_moves=[m for m in moves if m is not None],
        revisions=[x for x in revisions if x is not None],
        route=route or ApprovalRoute(),
        account_profile=profile,
    )
    errors = [FieldError(f"{path}.{e.field}", e.message, e.code, e.args) for e in validate_deal(deal)]
    return (None, errors) if errors else (deal, [])


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _nesting_error(text: str) -> FieldError | None:
    """Where ``text`` nests deeper than MAX_NESTING, found without parsing it (the parser
    itself recurses, and 5,000 levels exhaust its stack)."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_NESTING:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                return FieldError(
                    f"line {line} column {column}",
                    f"nested more than {MAX_NESTING} levels deep: not a bundle",
                    "nested-too-deep",
                    {"levels": MAX_NESTING},
                )
        elif token in "]}":
            depth -= 1
    return None


def _too_large() -> FieldError:
    size = MAX_FILE_BYTES // 2**20
    return FieldError("(file)", f"is larger than {size} MB: not a bundle", "file-too-large", {"megabytes": size})


def loads(text: str, source: str = "<bundle>") -> Deal:
    """Parse and validate a bundle; raise BundleError naming the file and the fields."""
    if len(text) > MAX_FILE_BYTES:
        raise BundleError([_too_large()], source)
    nesting = _nesting_error(text)
    if nesting is not None:
        raise BundleError([nesting], source)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BundleError(
            [
                FieldError(
                    f"line {exc.lineno} column {exc.colno}",
                    f"not valid JSON: {exc.msg}",
                    "json-invalid",
                    {"detail": exc.msg},
                )
            ],
            source,
        ) from None
    except (RecursionError, ValueError) as exc:  # ValueError: a number with too many digits
        detail = str(exc)[:100]
        error = FieldError("(file)", f"not readable JSON: {detail}", "json-unreadable", {"detail": detail})
        raise BundleError([error], source) from None
    if not isinstance(raw, dict):
        raise BundleError([FieldError("(top level)", "a bundle is a JSON object", "bundle-not-object")], source)
    errors: list[FieldError] = []
    if raw.get("format") != FORMAT:
        shown = raw.get("format")
        shown = _show(shown) if isinstance(shown, str) else _json_type(shown)
        message = f"must be {FORMAT!r} (got {shown}): this is not a closeplan bundle"
        errors.append(FieldError("format", message, "not-a-bundle", {"format": repr(FORMAT), "value": shown}))
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        kind = _json_type(version)
        message = f"must be the whole number {VERSION}, not {kind}"
        errors.append(FieldError("version", message, "version-not-whole", {"version": VERSION, "type": kind}))
        raise BundleError(errors, source)
    while version in UPGRADES and version != VERSION:
        raw = UPGRADES[version](raw)
        version = raw["version"]  # every upgrade sets it
    if version != VERSION:
        if version > VERSION:
            message = f"is {version}: this bundle was written by a newer closeplan (this one reads version {VERSION})"
            code = "version-newer"
        else:
            message = f"must be {VERSION} (got {version})"
            code = "version-wrong"
        errors.append(FieldError("version", message, code, {"value": version, "version": VERSION}))
    for key in raw:
        if key not in {"format", "version", "exported_at", "deal"}:
            shown = key if key.isprintable() and len(key) <= 60 else ascii(key[:60])
            errors.append(FieldError.of(shown, _UNKNOWN_FIELD))
    if errors:
        raise BundleError(errors, source)
    if "exported_at" in raw:
        r = _Reader()
        r.get(raw, "exported_at", "", _datetime)
        errors.extend(r.errors)
    if "deal" not in raw:
        errors.append(FieldError.of("deal", _MISSING_FIELD))
        raise BundleError(errors, source)
    deal, deal_errors = deal_from_dict(raw["deal"])
    errors.extend(deal_errors)
    if errors or deal is None:
        raise BundleError(errors, source)
    return deal


def read_file(path: Path) -> Deal:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError([_too_large()], str(path))
        data = path.read_bytes()
    except OSError as exc:
        detail = str(exc.strerror or exc)
        error = FieldError("(file)", f"cannot be read: {detail}", "file-unreadable", {"detail": detail})
        raise BundleError([error], str(path)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = FieldError(f"byte {exc.start}", "the file is not UTF-8 text", "not-utf8")
        raise BundleError([error], str(path)) from None
    return loads(text, str(path))
