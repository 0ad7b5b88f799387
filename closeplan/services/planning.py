"""Planning use cases: templates, deals created from a back-scheduled template,
saving a plan as a template, and the risk report."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

from closeplan.domain.accounts import board_meeting, calendar_with, deal_calendar, preset
from closeplan.domain.model import AccountProfile, Deal, OwnerSide, Side, Stakeholder, Step, StepKind, Tri
from closeplan.domain.risk import Assessment, assess
from closeplan.domain.scheduling import Schedule, back_schedule
from closeplan.domain.templates import CLOSE, Template, TemplateStep, template_from_dict, template_to_dict
from closeplan.domain.validation import FieldError, ValidationError, validate_rrule
from closeplan.files import write_atomic
from closeplan.services import paths
from closeplan.services.deals import Changes, DealService, NewDeal
from closeplan.store import repository


class InfeasiblePlan(ValueError):
    """No plan fits before the target close; ``schedule`` says why and proposes a date."""

    def __init__(self, schedule: Schedule):
        self.schedule = schedule
        super().__init__(schedule.problem)


class TemplateNotFound(LookupError):
    pass


def builtin_templates() -> list[Template]:
    folder = resources.files("closeplan.resources").joinpath("templates")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found.append(
                template_from_dict(json.loads(entry.read_text("utf-8")), f"templates/{entry.name}", builtin=True)
            )
    return found


class TemplateLibrary:
    """Built-in templates plus the user's own, kept as JSON files in ``folder``."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else paths.data_dir() / "templates"

    def user_templates(self) -> list[Template]:
        found = []
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.json")):
                try:
                    found.append(template_from_dict(json.loads(path.read_text("utf-8")), str(path)))
                except (ValidationError, ValueError):
                    continue  # a broken file is skipped here; `closeplan templates --check` would name it
        return found

    def all(self) -> list[Template]:
        return builtin_templates() + self.user_templates()

    def get(self, template_id: str) -> Template:
        for template in self.all():
            if template.id == template_id:
                return template
        raise TemplateNotFound(f"no template {template_id!r}; see `closeplan templates`")

    def save(self, template: Template) -> Path:
        target = self.folder / f"{template.id}.json"
        write_atomic(target, json.dumps(template_to_dict(template), ensure_ascii=False, indent=2) + "\n")
        return target


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:30]
    return slug or "plan"


def template_from_plan(deal: Deal, name: str, template_id: str | None = None) -> Template:
    """A template that rebuilds ``deal``'s plan: every step placed relative to the
    close date in working days, board meetings with their submission lead."""
    if not name.strip():
        raise ValidationError([FieldError("name", "a template needs a name")])
    calendar = deal_calendar(deal)
    close = calendar.on_or_before(deal.target_close)
    ordered = deal.steps_in_time_order()
    keys = {s.id: f"s{i + 1}" for i, s in enumerate(ordered)}
    steps = []
    cadence = ""
    for step in ordered:
        lead = None
        if step.kind is StepKind.BOARD_MEETING:
            cadence = cadence or step.recurrence_rule
            if step.meeting_date and step.submission_deadline:
                lead = max(0, calendar.between(step.submission_deadline, step.meeting_date))
        steps.append(
            TemplateStep(
                key=keys[step.id],
                title={deal.customer_language: step.title},
                owner_side=step.owner_side,
                kind=step.kind,
                relative_to=CLOSE,
                offset=calendar.between(close, step.due_date),
                depends_on=[keys[d] for d in step.depends_on if d in keys],
                customer_visible=step.customer_visible,
                submission_lead=lead,
            )
        )
    return Template(
        id=template_id or f"{_slug(name)}-{uuid.uuid4().hex[:6]}",
        name={deal.customer_language: name.strip()},
        language=deal.customer_language,
        steps=steps,
        country=deal.country,
        board_cadence=cadence,
        description={},
    )


def name_owners(steps: list[Step], new: NewDeal) -> NewDeal:
    """What is already known when a plan is made: the AE owns our (vendor) steps, the PO signer
    the purchase order, the real final approver gives the final approval (the last approval of
    the plan, unless a board meeting decides after it: the approvals before, a division head's
    or the ringi's circulation, are other people's). A plan with a
    board meeting needs a board resolution. The AE, owning steps, joins the deal's people (our
    side) unless named there already; returns ``new`` with them."""
    by_id = {p.id: p for p in new.stakeholders}
    path = new.approval_path
    signer = by_id.get(path.po_signer_id) if path.po_signer_id else None
    approver = by_id.get(path.real_final_approver_id) if path.real_final_approver_id else None
    approvals = [s for s in steps if s.kind is StepKind.APPROVAL]
    final = max(approvals, key=lambda s: s.due_date) if approvals else None
    if final is not None and any(s.kind is StepKind.BOARD_MEETING and s.due_date > final.due_date for s in steps):
        final = None  # the board decides last: the approval before it (the ringi's circulation) is not theirs
    owner = new.owner.strip()
    for step in steps:
        if step.owner_side is OwnerSide.VENDOR and owner and not step.owner_person:
            step.owner_person = owner
        elif step.kind is StepKind.PURCHASE_ORDER and signer is not None and not step.owner_person:
            step.owner_person = signer.name
        elif step is final and approver is not None and not step.approver:
            step.approver = approver.name
    if path.board_resolution_needed is Tri.UNKNOWN and any(s.kind is StepKind.BOARD_MEETING for s in steps):
        new = replace(new, approval_path=replace(path, board_resolution_needed=Tri.YES))
    named = {p.name.casefold() for p in new.stakeholders}
    if owner and owner.casefold() not in named and any(s.owner_person == owner for s in steps):
        return replace(new, stakeholders=[*new.stakeholders, Stakeholder(name=owner, side=Side.VENDOR)])
    return new


@dataclass
class RiskRow:
    deal: Deal
    assessment: Assessment


class PlanningService:
    def __init__(self, deals: DealService, library: TemplateLibrary | None = None):
        self.deals = deals
        self.library = library or TemplateLibrary()

    def templates(self) -> list[Template]:
        return self.library.all()

    def profile_for(self, account: str, country: str) -> AccountProfile:
        """The account's stored calendar, or the preset of its country for a new account."""
        stored = self.deals.account_profile(account.strip()) if account.strip() else None
        return stored or preset(country, account.strip())

    def preview(
        self,
        template_id: str,
        target_close: date,
        country: str,
        today: date,
        language: str | None = None,
        cadence: str | None = None,
        account: str = "",
    ) -> Schedule:
        """The back-scheduled plan without saving anything, on the customer's calendar: national
        holidays plus the account's closures (its country's preset for a new account). Without
        a cadence given, the account's board meeting (and its submission lead) is used."""
        template = self.library.get(template_id)
        if cadence:
            problem = validate_rrule(cadence)
            if problem:
                raise ValidationError([FieldError("board_cadence", problem)])
        profile = self.profile_for(account, country)
        lead = None
        meeting = board_meeting(profile)
        if meeting is not None and (cadence is None or cadence.strip() == meeting.rule.strip()):
            cadence, lead = meeting.rule, meeting.submission_lead
        return back_schedule(
            template,
            target_close,
            calendar_with(country, profile.closures),
            today,
            language,
            cadence,
            submission_lead=lead,
        )

    def create_from_template(
        self, new: NewDeal, template_id: str, today: date, cadence: str | None = None
    ) -> tuple[Deal, Schedule, Changes]:
        """Create a deal with its back-scheduled plan in one transaction, or raise
        InfeasiblePlan (nothing saved) when no board meeting fits before the close.
        A new account gets its country's calendar preset, to edit and reuse."""
        country = new.country.strip().upper()
        schedule = self.preview(
            template_id, new.target_close, country, today, new.customer_language, cadence, new.account
        )
        if not schedule.feasible:
            raise InfeasiblePlan(schedule)
        new = name_owners(schedule.steps, new)
        deal, changes = self.deals.create_deal(new, schedule.steps, profile=preset(country, new.account.strip()))
        return deal, schedule, changes

    def save_as_template(self, deal_id: uuid.UUID, name: str) -> Template:
        template = template_from_plan(self.deals.get_deal(deal_id), name)
        template_from_dict(template_to_dict(template), name)  # the saved file must read back
        self.library.save(template)
        return template

    def assess(self, today: date, deal_ids: list[uuid.UUID] | None = None) -> list[RiskRow]:
        with self.deals.db.reading() as session:
            deals = repository.load_deals(session, deal_ids)
        return [RiskRow(deal, assess(deal, today, deal_calendar(deal))) for deal in deals]
