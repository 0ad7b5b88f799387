"""Plan templates: a time-ordered list of concrete steps with lead times in
working days, relative to the close date or to another step.

Built-in templates are JSON files under resources/templates; users save their own
plans as templates in the same format. Titles are given per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

from closeplan.domain.model import LANGUAGES, OwnerSide, StepKind
from closeplan.domain.validation import FieldError, ValidationError, validate_rrule

FORMAT = "closeplan.template"
VERSION = 1
CLOSE = "close"
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


@dataclass(slots=True)
class TemplateStep:
    key: str
    title: dict[str, str]
    owner_side: OwnerSide
    kind: StepKind
    relative_to: str = CLOSE
    offset: int = 0  # working days from the anchor (negative: before it)
    depends_on: list[str] = field(default_factory=list)
    customer_visible: bool = True
    submission_lead: int | None = None  # board meetings: deadline = meeting minus this many working days

    def title_in(self, language: str, fallback: str) -> str:
        return self.title.get(language) or self.title.get(fallback) or next(iter(self.title.values()))


@dataclass(slots=True)
class Template:
    id: str
    name: dict[str, str]
    language: str
    steps: list[TemplateStep]
    country: str = ""
    board_cadence: str = ""
    description: dict[str, str] = field(default_factory=dict)
    builtin: bool = False

    def name_in(self, language: str) -> str:
        return self.name.get(language) or self.name.get(self.language) or self.id

    @property
    def has_board_meeting(self) -> bool:
        return any(s.kind is StepKind.BOARD_MEETING for s in self.steps)


def _texts(raw: Any, where: str, errors: list[FieldError], required: bool = True) -> dict[str, str]:
    if isinstance(raw, str):
        raw = {"en": raw}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        message = 'must be an object of texts per language, e.g. {"en": "…", "ja": "…"}'
        errors.append(FieldError(where, message, "texts-per-language"))
        return {}
    unknown = [k for k in raw if k not in LANGUAGES]
    if unknown:
        shown, choices = repr(unknown[0]), ", ".join(LANGUAGES)
        message = f"unknown language {shown} (use {choices})"
        errors.append(FieldError(where, message, "unknown-language", {"value": shown, "choices": choices}))
    texts = {k: v for k, v in raw.items() if k in LANGUAGES and v.strip()}
    if required and not texts:
        errors.append(FieldError(where, "needs a text in at least one language", "text-needed"))
    return texts


def template_from_dict(raw: Any, source: str = "<template>", builtin: bool = False) -> Template:
    """Parse and check a template; raise ValidationError naming the file and fields."""
    errors: list[FieldError] = []
    if not isinstance(raw, dict):
        raise ValidationError([FieldError("(top level)", "a template is a JSON object", "template-not-object")], source)
    if raw.get("format") != FORMAT:
        errors.append(FieldError("format", f"must be {FORMAT!r}", "must-be", {"value": repr(FORMAT)}))
    if raw.get("version") != VERSION:
        shown = repr(raw.get("version"))
        message = f"must be {VERSION} (got {shown})"
        errors.append(FieldError("version", message, "version-wrong", {"version": VERSION, "value": shown}))
    template_id = raw.get("id")
    if not isinstance(template_id, str) or not _KEY.match(template_id):
        errors.append(FieldError("id", "must be lower-case letters, digits, - or _", "template-id"))
    language = raw.get("language")
    if language not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        errors.append(FieldError("language", f"must be one of {choices}", "one-of", {"choices": choices}))
    country = raw.get("country", "")
    if not isinstance(country, str) or (country and not re.match(r"^[A-Z]{2}$", country)):
        errors.append(FieldError("country", "must be a two-letter country code or empty", "country-or-empty"))
    cadence = raw.get("board_cadence", "")
    if not isinstance(cadence, str):
        errors.append(FieldError("board_cadence", "must be text", "not-text"))
        cadence = ""
    elif cadence:
        problem = validate_rrule(cadence)
        if problem:
            errors.append(FieldError.of("board_cadence", problem))
    name = _texts(raw.get("name"), "name", errors)
    description = _texts(raw.get("description", {}), "description", errors, required=False)
    steps: list[TemplateStep] = []
    raw_steps = raw.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        errors.append(FieldError("steps", "must be a non-empty list", "list-empty"))
        raw_steps = []
    allowed = {
        "key",
        "title",
        "owner_side",
        "kind",
        "relative_to",
        "offset",
        "depends_on",
        "customer_visible",
        "submission_lead",
    }
    for i, item in enumerate(raw_steps):
        where = f"steps[{i}]"
        if not isinstance(item, dict):
            errors.append(FieldError(where, "must be an object", "object-expected"))
            continue
        for key in item:
            if key not in allowed:
                errors.append(FieldError(f"{where}.{key}", "unknown field", "unknown-field"))
        key = item.get("key")
        if not isinstance(key, str) or not _KEY.match(key) or key == CLOSE:
            errors.append(FieldError(f"{where}.key", "must be a short lower-case name (not 'close')", "step-key"))
            continue
        try:
            side = OwnerSide(item.get("owner_side", ""))
        except ValueError:
            errors.append(FieldError(f"{where}.owner_side", "must be vendor, customer or joint", "owner-side"))
            continue
        try:
            kind = StepKind(item.get("kind", "task"))
        except ValueError:
            shown = repr(item.get("kind"))
            message = f"unknown kind {shown}"
            errors.append(FieldError(f"{where}.kind", message, "unknown-value", {"name": "kind", "value": shown}))
            continue
        offset = item.get("offset", 0)
        if isinstance(offset, bool) or not isinstance(offset, int):
            errors.append(FieldError(f"{where}.offset", "must be a whole number of working days", "working-days"))
            continue
        lead = item.get("submission_lead")
        if lead is not None and (
            kind is not StepKind.BOARD_MEETING or isinstance(lead, bool) or not isinstance(lead, int) or lead < 0
        ):
            errors.append(
                FieldError(
                    f"{where}.submission_lead",
                    "only board meetings have a submission lead (0 or more working days)",
                    "submission-lead",
                )
            )
            lead = None
        depends = item.get("depends_on", [])
        if not isinstance(depends, list) or not all(isinstance(d, str) for d in depends):
            errors.append(FieldError(f"{where}.depends_on", "must be a list of step keys", "step-keys"))
            depends = []
        visible = item.get("customer_visible", True)
        if not isinstance(visible, bool):
            errors.append(FieldError(f"{where}.customer_visible", "must be true or false", "true-or-false"))
            visible = True
        relative_to = item.get("relative_to", CLOSE)
        if not isinstance(relative_to, str):
            errors.append(FieldError(f"{where}.relative_to", "must be 'close' or a step key", "close-or-key"))
            relative_to = CLOSE
        steps.append(
            TemplateStep(
                key=key,
                title=_texts(item.get("title"), f"{where}.title", errors),
                owner_side=side,
                kind=kind,
                relative_to=relative_to,
                offset=offset,
                depends_on=list(depends),
                customer_visible=visible,
                submission_lead=lead,
            )
        )
    keys = [s.key for s in steps]
    if len(set(keys)) != len(keys):
        errors.append(FieldError("steps", "two steps have the same key", "same-key"))
    known = set(keys)
    for i, step in enumerate(steps):
        if step.relative_to != CLOSE and step.relative_to not in known:
            shown = repr(step.relative_to)
            message = f"no step with key {shown}"
            errors.append(FieldError(f"steps[{i}].relative_to", message, "no-step-key", {"key": shown}))
        for dep in step.depends_on:
            if dep not in known or dep == step.key:
                message = f"no other step with key {dep!r}"
                errors.append(FieldError(f"steps[{i}].depends_on", message, "no-other-step-key", {"key": repr(dep)}))
    if not errors:
        if anchor_order(steps) is None:
            errors.append(
                FieldError("steps", "relative_to forms a loop: every chain must end at 'close'", "anchor-loop")
            )
        if _has_dependency_cycle(steps):
            errors.append(FieldError("steps", "depends_on forms a cycle", "depends-cycle"))
    if errors:
        raise ValidationError(errors, source)
    return Template(
        id=cast(str, template_id),  # both checked above: no errors
        name=name,
        language=cast(str, language),
        steps=steps,
        country=country or "",
        board_cadence=cadence,
        description=description,
        builtin=builtin,
    )


def template_to_dict(template: Template) -> dict[str, Any]:
    steps = []
    for s in template.steps:
        item: dict[str, Any] = {
            "key": s.key,
            "title": dict(s.title),
            "owner_side": s.owner_side.value,
            "kind": s.kind.value,
            "relative_to": s.relative_to,
            "offset": s.offset,
            "depends_on": list(s.depends_on),
            "customer_visible": s.customer_visible,
        }
        if s.submission_lead is not None:
            item["submission_lead"] = s.submission_lead
        steps.append(item)
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": template.id,
        "language": template.language,
        "country": template.country,
        "board_cadence": template.board_cadence,
        "name": dict(template.name),
        "description": dict(template.description),
        "steps": steps,
    }


def anchor_order(steps: list[TemplateStep]) -> list[TemplateStep] | None:
    """Steps ordered so each comes after the step it is placed relative to; None on a loop."""
    by_key = {s.key: s for s in steps}
    placed: set[str] = set()
    order: list[TemplateStep] = []
    pending = list(steps)
    while pending:
        progress = False
        rest = []
        for step in pending:
            if step.relative_to == CLOSE or step.relative_to in placed:
                order.append(step)
                placed.add(step.key)
                progress = True
            elif step.relative_to in by_key:
                rest.append(step)
        if not progress and rest:
            return None
        pending = rest
    return order


def _has_dependency_cycle(steps: list[TemplateStep]) -> bool:
    graph = {s.key: s.depends_on for s in steps}
    state: dict[str, int] = {}

    def visit(key: str) -> bool:
        state[key] = 1
        for nxt in graph.get(key, ()):
            if state.get(nxt) == 1 or (nxt not in state and visit(nxt)):
                return True
        state[key] = 2
        return False

    return any(key not in state and visit(key) for key in graph)
