"""The plan model: deals, their steps, stakeholders, approval path and risks.

Plain dataclasses with no Qt and no database. "Unknown" is a first-class value
wherever the AE may not know the answer yet (see product.md, the approval path).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from closeplan.domain.basics import LANGUAGES, STAGE_ORDER, Level, Stage  # noqa: F401 (part of the model)


class OwnerSide(StrEnum):
    VENDOR = "vendor"
    CUSTOMER = "customer"
    JOINT = "joint"


class Side(StrEnum):
    """The side a stakeholder works for."""

    VENDOR = "vendor"
    CUSTOMER = "customer"


class StepKind(StrEnum):
    TASK = "task"
    MEETING = "meeting"
    APPROVAL = "approval"
    BOARD_MEETING = "board_meeting"
    LEGAL_REVIEW = "legal_review"
    SECURITY_REVIEW = "security_review"
    PURCHASE_ORDER = "purchase_order"
    SIGNATURE = "signature"
    KICKOFF = "kickoff"

    @property
    def is_milestone(self) -> bool:
        return self in (
            StepKind.BOARD_MEETING,
            StepKind.PURCHASE_ORDER,
            StepKind.SIGNATURE,
        )


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    SKIPPED = "skipped"

    @property
    def is_open(self) -> bool:
        return self in (StepStatus.PLANNED, StepStatus.IN_PROGRESS, StepStatus.BLOCKED)


class ApprovalMethod(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"
    VERBAL = "verbal"
    UNKNOWN = "unknown"


class Tri(StrEnum):
    """Yes / no / not known yet."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Role(StrEnum):
    CHAMPION = "champion"
    ECONOMIC_BUYER = "economic_buyer"
    FINAL_APPROVER = "final_approver"
    REAL_DECISION_MAKER = "real_decision_maker"
    PO_SIGNER = "po_signer"
    DRAFTER = "drafter"
    INFLUENCER = "influencer"
    LEGAL = "legal"
    PROCUREMENT = "procurement"
    IT_SECURITY = "it_security"


class Influence(StrEnum):
    HIGH = "high"
    LOW = "low"
    UNKNOWN = "unknown"


class Seniority(StrEnum):
    """Rank in the customer's (or our) hierarchy; rank and influence differ (seed 003)."""

    EXECUTIVE = "executive"
    SENIOR_MANAGER = "senior_manager"
    MANAGER = "manager"
    STAFF = "staff"
    UNKNOWN = "unknown"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SKEPTIC = "skeptic"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"


class RouteRole(StrEnum):
    """A place on the customer's approval route (稟議 / 품의 / attest)."""

    DRAFTER = "drafter"  # 起案者 / 기안자
    REVIEWER = "reviewer"  # 回覧先 / 검토자 (IT, legal, finance …)
    APPROVER = "approver"  # 承認者 / 승인자
    FINAL_APPROVER = "final_approver"  # 決裁者 / 결재권자


class RouteMethod(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"
    SEAL = "seal"  # 押印 / 날인: paper that waits for the approver's seal
    VERBAL = "verbal"
    UNKNOWN = "unknown"

    @property
    def needs_presence(self) -> bool:
        """Paper and seals wait on the approver's desk while they travel."""
        return self in (RouteMethod.PAPER, RouteMethod.SEAL)


class RouteStatus(StrEnum):
    NOT_REACHED = "not_reached"
    HOLDING = "holding"  # on this person's desk now
    PASSED = "passed"
    RETURNED = "returned"  # 差し戻し / 반려: back to the drafter


class ClosureRepeat(StrEnum):
    YEARLY = "yearly"  # the same days every year (12/29–1/3 wraps over the year end)
    ONCE = "once"
    SEOLLAL = "seollal"  # around the Korean New Year holidays (lunar: moves every year)
    CHUSEOK = "chuseok"


class MeetingKind(StrEnum):
    BOARD = "board"
    MANAGEMENT_COMMITTEE = "management_committee"
    INVESTMENT_COMMITTEE = "investment_committee"
    OTHER = "other"


def new_id() -> uuid.UUID:
    return uuid.uuid4()


@dataclass(slots=True)
class BantItem:
    confirmed: Tri = Tri.UNKNOWN
    note: str = ""


@dataclass(slots=True)
class Bant:
    budget: BantItem = field(default_factory=BantItem)
    authority: BantItem = field(default_factory=BantItem)
    need: BantItem = field(default_factory=BantItem)
    timeframe: BantItem = field(default_factory=BantItem)

    FIELDS = ("budget", "authority", "need", "timeframe")


@dataclass(slots=True)
class CloseDateChange:
    changed_at: datetime
    from_date: date | None
    to_date: date


@dataclass(slots=True)
class Step:
    title: str
    owner_side: OwnerSide
    due_date: date
    kind: StepKind = StepKind.TASK
    id: uuid.UUID = field(default_factory=new_id)
    description: str = ""
    owner_person: str = ""
    status: StepStatus = StepStatus.PLANNED
    completed_date: date | None = None
    customer_visible: bool = True
    internal_note: str = ""
    depends_on: list[uuid.UUID] = field(default_factory=list)
    # Approval steps
    approver: str = ""
    approval_method: ApprovalMethod | None = None
    # Board-meeting steps
    meeting_date: date | None = None
    submission_deadline: date | None = None
    recurrence_rule: str = ""
    extraordinary_possible: Tri | None = None
    # the date agreed with the customer (set when the plan's baseline is agreed)
    baseline_date: date | None = None
    # the last day its date or status changed (None: not since it was created)
    changed_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(slots=True)
class Stakeholder:
    name: str
    side: Side
    id: uuid.UUID = field(default_factory=new_id)
    title: str = ""
    roles: list[Role] = field(default_factory=list)
    influence: Influence = Influence.UNKNOWN
    seniority: Seniority = Seniority.UNKNOWN
    attitude: Attitude = Attitude.UNKNOWN
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(slots=True)
class ApprovalPath:
    """Seed 003, stage 5: the customer's approval (ringi / 稟議 / 품의) path.

    People are stakeholder ids of the customer side; None means "not known yet".
    """

    real_final_approver_id: uuid.UUID | None = None
    nominal_approver_id: uuid.UUID | None = None
    po_signer_id: uuid.UUID | None = None
    approval_method: ApprovalMethod = ApprovalMethod.UNKNOWN
    board_resolution_needed: Tri = Tri.UNKNOWN
    drafter_id: uuid.UUID | None = None
    drafter_passed_this_amount: Tri = Tri.UNKNOWN
    notes: str = ""

    PEOPLE = ("real_final_approver_id", "nominal_approver_id", "po_signer_id", "drafter_id")


@dataclass(slots=True)
class Risk:
    """A risk entered by hand (computed flags live elsewhere)."""

    description: str
    id: uuid.UUID = field(default_factory=new_id)
    likelihood: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    mitigation: str = ""
    owner: str = ""
    status: RiskStatus = RiskStatus.OPEN


@dataclass(slots=True)
class RouteStep:
    """One person on the customer's approval route."""

    role: RouteRole
    person: str = ""
    position: str = ""  # their title or department: 情報システム部長, legal, CFO
    method: RouteMethod = RouteMethod.UNKNOWN
    days: int | None = None  # typical working days to pass this desk; None: not known
    away_days: int = 0  # working days the person is away (travelling) while it waits
    status: RouteStatus = RouteStatus.NOT_REACHED
    customer_visible: bool = False
    id: uuid.UUID = field(default_factory=new_id)
    # the deal's stakeholder at this desk (``person`` is then their name, renamed with them);
    # None: a name not (yet) among the deal's people, or nobody named
    person_id: uuid.UUID | None = None


@dataclass(slots=True)
class ApprovalRoute:
    """The ordered route: drafter → reviewers → approvers → final approver."""

    steps: list[RouteStep] = field(default_factory=list)
    drafter_usual_limit: Decimal | None = None  # the largest amount this drafter usually gets through
    starts_on: date | None = None  # when the drafter submits; None: as late as the plan allows
    before_step_id: uuid.UUID | None = None  # the plan step it must pass before; None: the PO step


@dataclass(frozen=True, slots=True)
class Closure:
    """Days the customer's company does not work, on top of national holidays.

    YEARLY uses only the month and day of ``start``/``end`` (an ``end`` before ``start``
    wraps over the year end); ONCE uses the dates; SEOLLAL/CHUSEOK take the national
    holidays of that festival each year plus ``extend_days`` calendar days either side.
    """

    name: str
    repeat: ClosureRepeat
    start: date
    end: date
    extend_days: int = 0


@dataclass(frozen=True, slots=True)
class GovernanceMeeting:
    """A recurring decision meeting (board, management or investment committee)."""

    name: str
    kind: MeetingKind
    rule: str  # RRULE
    submission_lead: int = 0  # working days before the meeting its papers are due


@dataclass(frozen=True, slots=True)
class AuthorityBand:
    """A row of the customer's approval-authority table (決裁権限表): amounts up to ``up_to``
    (None: anything above the previous band) need ``level``."""

    up_to: Decimal | None
    level: str


@dataclass(slots=True)
class AccountProfile:
    """What holds for every deal with one customer account: its calendar and authority table."""

    account: str
    closures: list[Closure] = field(default_factory=list)
    fiscal_year_end: date | None = None  # month and day only
    budget_freeze_days: int = 0  # calendar days before the fiscal year end with no new spending
    meetings: list[GovernanceMeeting] = field(default_factory=list)
    authority_currency: str = ""
    authority: list[AuthorityBand] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StepMove:
    """A step's date changed on ``moved_on`` from ``from_date`` to ``to_date``."""

    step_id: uuid.UUID
    moved_on: date
    from_date: date
    to_date: date


@dataclass(frozen=True, slots=True)
class RevisionStep:
    """A step as a customer PDF showed it (only allowlisted, customer-visible fields)."""

    id: uuid.UUID
    title: str
    owner_side: OwnerSide
    owner_person: str
    due_date: date
    status: StepStatus


@dataclass(frozen=True, slots=True)
class PlanRevision:
    """A numbered customer PDF and what it contained."""

    number: int
    issued_on: date
    language: str
    steps: tuple[RevisionStep, ...]


@dataclass(slots=True)
class Deal:
    name: str
    account: str
    amount: Decimal
    currency: str
    target_close: date
    created_at: datetime
    updated_at: datetime
    id: uuid.UUID = field(default_factory=new_id)
    vendor_company: str = ""
    crm_id: str = ""  # the opportunity's id in the CRM it was imported from
    stage: Stage = Stage.PRE_OPPORTUNITY
    project_start: date | None = None
    owner: str = ""
    country: str = "US"
    customer_language: str = "en"
    business_issue: str = ""
    problem: str = ""
    solution: str = ""
    benefit: str = ""
    bant: Bant = field(default_factory=Bant)
    internal_notes: str = ""
    plan_agreed_on: date | None = None
    version: int = 1
    close_date_history: list[CloseDateChange] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    approval_path: ApprovalPath = field(default_factory=ApprovalPath)
    risks: list[Risk] = field(default_factory=list)
    step_moves: list[StepMove] = field(default_factory=list)
    revisions: list[PlanRevision] = field(default_factory=list)
    route: ApprovalRoute = field(default_factory=ApprovalRoute)
    # the account's calendar and authority table, attached when the deal is read (stored per account)
    account_profile: AccountProfile | None = None

    def steps_in_time_order(self) -> list[Step]:
        order = {s.id: i for i, s in enumerate(self.steps)}
        return sorted(self.steps, key=lambda s: (s.due_date, order[s.id]))

    def stakeholder(self, stakeholder_id: uuid.UUID | None) -> Stakeholder | None:
        if stakeholder_id is None:
            return None
        for person in self.stakeholders:
            if person.id == stakeholder_id:
                return person
        return None

    def change_target_close(self, new_date: date, when: datetime) -> None:
        """Move the target close date, keeping the history (a pushed date is a signal)."""
        if new_date == self.target_close:
            return
        self.close_date_history.append(CloseDateChange(when, self.target_close, new_date))
        self.target_close = new_date

    @property
    def times_close_pushed(self) -> int:
        return sum(
            1
            for change in self.close_date_history
            if change.from_date is not None and change.to_date > change.from_date
        )


@dataclass(frozen=True, slots=True)
class FlagBrief:
    code: str
    severity: Level
    message: str
    data: dict[str, Any] = field(default_factory=dict, compare=False)  # to word the message in any language


@dataclass(slots=True)
class DealSummary:
    """One row of the deal list: what the list shows, without loading the plan.

    The projection and risk fields are computed from the whole plan when the deal is
    saved (and again when the day changes); ``as_of`` says for which day.
    """

    id: uuid.UUID
    name: str
    account: str
    amount: Decimal
    currency: str
    stage: Stage
    target_close: date
    owner: str
    country: str
    customer_language: str
    updated_at: datetime
    version: int
    step_count: int
    done_count: int
    next_customer_step: str | None
    next_customer_date: date | None
    as_of: date | None = None
    projected_close: date | None = None
    slip_days: int | None = None
    level: Level | None = None
    overdue_count: int = 0
    top_flags: Sequence[FlagBrief] = ()
    times_close_pushed: int = 0


class ListRow(Protocol):
    """A row of the deal list as the list, the review and the services read it: a ``DealSummary``
    just computed, or one read back from the database (``store.sqlite_reader.StoredSummary``,
    which converts its fields only when they are used). Read-only."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def name(self) -> str: ...

    @property
    def account(self) -> str: ...

    @property
    def amount(self) -> Decimal: ...

    @property
    def currency(self) -> str: ...

    @property
    def stage(self) -> Stage: ...

    @property
    def target_close(self) -> date: ...

    @property
    def owner(self) -> str: ...

    @property
    def country(self) -> str: ...

    @property
    def customer_language(self) -> str: ...

    @property
    def updated_at(self) -> datetime: ...

    @property
    def version(self) -> int: ...

    @property
    def step_count(self) -> int: ...

    @property
    def done_count(self) -> int: ...

    @property
    def next_customer_step(self) -> str | None: ...

    @property
    def next_customer_date(self) -> date | None: ...

    @property
    def as_of(self) -> date | None: ...

    @property
    def projected_close(self) -> date | None: ...

    @property
    def slip_days(self) -> int | None: ...

    @property
    def level(self) -> Level | None: ...

    @property
    def overdue_count(self) -> int: ...

    @property
    def top_flags(self) -> Sequence[FlagBrief]: ...

    @property
    def times_close_pushed(self) -> int: ...
