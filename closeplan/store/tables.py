"""sqlmodel tables. These skip validation: validate domain objects before writing.

Enums are stored as their text values and amounts as decimal strings, so the
database never rounds money and stays readable with any SQLite tool.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Text, Uuid
from sqlmodel import Field, SQLModel

metadata = SQLModel.metadata


def _fk(target: str) -> Column:
    return Column(Uuid(), ForeignKey(target, ondelete="CASCADE"), nullable=False)


class DealRow(SQLModel, table=True):
    __tablename__ = "deal"
    __table_args__ = (
        Index("ix_deal_target_close", "target_close"),
        Index("ix_deal_stage", "stage"),
        Index("ix_deal_crm_id", "crm_id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    name: str
    account: str
    vendor_company: str = Field(default="", sa_column_kwargs={"server_default": ""})
    crm_id: str = Field(default="", sa_column_kwargs={"server_default": ""})
    amount: str
    currency: str
    stage: str
    target_close: date
    project_start: date | None = None
    owner: str = ""
    country: str
    customer_language: str
    business_issue: str = Field(default="", sa_type=Text)
    problem: str = Field(default="", sa_type=Text)
    solution: str = Field(default="", sa_type=Text)
    benefit: str = Field(default="", sa_type=Text)
    bant_budget: str = "unknown"
    bant_budget_note: str = Field(default="", sa_type=Text)
    bant_authority: str = "unknown"
    bant_authority_note: str = Field(default="", sa_type=Text)
    bant_need: str = "unknown"
    bant_need_note: str = Field(default="", sa_type=Text)
    bant_timeframe: str = "unknown"
    bant_timeframe_note: str = Field(default="", sa_type=Text)
    internal_notes: str = Field(default="", sa_type=Text)
    plan_agreed_on: date | None = None
    created_at: datetime
    updated_at: datetime
    version: int = 1


class StepRow(SQLModel, table=True):
    __tablename__ = "step"
    __table_args__ = (Index("ix_step_deal_due", "deal_id", "due_date"),)

    id: uuid.UUID = Field(primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    position: int
    title: str = Field(sa_type=Text)
    description: str = Field(default="", sa_type=Text)
    owner_side: str
    owner_person: str = ""
    kind: str
    due_date: date
    status: str
    completed_date: date | None = None
    customer_visible: bool = True
    internal_note: str = Field(default="", sa_type=Text)
    approver: str = ""
    approval_method: str | None = None
    meeting_date: date | None = None
    submission_deadline: date | None = None
    recurrence_rule: str = ""
    extraordinary_possible: str | None = None
    baseline_date: date | None = None  # the date agreed with the customer
    changed_on: date | None = None  # the last day its date or status changed


class StepDependencyRow(SQLModel, table=True):
    __tablename__ = "step_dependency"

    step_id: uuid.UUID = Field(sa_column=Column(Uuid(), ForeignKey("step.id", ondelete="CASCADE"), primary_key=True))
    depends_on_id: uuid.UUID = Field(
        sa_column=Column(Uuid(), ForeignKey("step.id", ondelete="CASCADE"), primary_key=True)
    )
    position: int = 0


class StakeholderRow(SQLModel, table=True):
    __tablename__ = "stakeholder"
    __table_args__ = (Index("ix_stakeholder_deal", "deal_id"),)

    id: uuid.UUID = Field(primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    position: int
    name: str
    title: str = ""
    side: str
    roles: str = ""  # space-separated role codes, in order
    influence: str = "unknown"
    seniority: str = "unknown"
    attitude: str = "unknown"
    email: str = ""
    phone: str = ""
    notes: str = Field(default="", sa_type=Text)


class ApprovalPathRow(SQLModel, table=True):
    __tablename__ = "approval_path"

    deal_id: uuid.UUID = Field(sa_column=Column(Uuid(), ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True))
    real_final_approver_id: uuid.UUID | None = None
    nominal_approver_id: uuid.UUID | None = None
    po_signer_id: uuid.UUID | None = None
    approval_method: str = "unknown"
    board_resolution_needed: str = "unknown"
    drafter_id: uuid.UUID | None = None
    drafter_passed_this_amount: str = "unknown"
    notes: str = Field(default="", sa_type=Text)
    # the approval route's settings (its desks are in route_step)
    route_drafter_limit: str | None = None  # decimal string, in the deal's currency
    route_starts_on: date | None = None
    route_before_step: uuid.UUID | None = None


class RouteStepRow(SQLModel, table=True):
    """One desk on the customer's approval route, in order."""

    __tablename__ = "route_step"
    __table_args__ = (Index("ix_route_step_deal", "deal_id"),)

    id: uuid.UUID = Field(primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    position: int
    role: str
    person: str = ""
    job_title: str = ""
    method: str = "unknown"
    days: int | None = None
    away_days: int = 0
    status: str = "not_reached"
    customer_visible: bool = False
    person_id: uuid.UUID | None = None  # the stakeholder at the desk (0010)


class AccountProfileRow(SQLModel, table=True):
    """A customer account's calendar and authority table, shared by all its deals (by account name).
    The lists are JSON: they are read and written whole."""

    __tablename__ = "account_profile"

    account: str = Field(primary_key=True)
    fiscal_year_end: date | None = None  # month and day count
    budget_freeze_days: int = 0
    closures: str = Field(default="[]", sa_type=Text)
    meetings: str = Field(default="[]", sa_type=Text)
    authority_currency: str = ""
    authority: str = Field(default="[]", sa_type=Text)


class RiskRow(SQLModel, table=True):
    __tablename__ = "risk"
    __table_args__ = (Index("ix_risk_deal", "deal_id"),)

    id: uuid.UUID = Field(primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    position: int
    description: str = Field(sa_type=Text)
    likelihood: str = "medium"
    impact: str = "medium"
    mitigation: str = Field(default="", sa_type=Text)
    owner: str = ""
    status: str = "open"


class CloseDateChangeRow(SQLModel, table=True):
    __tablename__ = "close_date_change"
    __table_args__ = (Index("ix_close_date_change_deal", "deal_id"),)

    id: int | None = Field(default=None, primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    changed_at: datetime
    from_date: date | None = None
    to_date: date


class StepMoveRow(SQLModel, table=True):
    """A step's date changed (kept per deal: the step may be deleted later)."""

    __tablename__ = "step_move"
    __table_args__ = (Index("ix_step_move_deal", "deal_id"),)

    id: int | None = Field(default=None, primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    step_id: uuid.UUID
    moved_on: date
    from_date: date
    to_date: date


class PlanRevisionRow(SQLModel, table=True):
    """A numbered customer PDF and the allowlisted steps it showed (JSON)."""

    __tablename__ = "plan_revision"
    __table_args__ = (Index("ix_plan_revision_deal", "deal_id", "number", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    deal_id: uuid.UUID = Field(sa_column=_fk("deal.id"))
    number: int
    issued_on: date
    language: str
    steps: str = Field(sa_type=Text)


class DealSummaryRow(SQLModel, table=True):
    """Derived data for the deal list, rebuilt whenever a deal is written or the day changes:
    projected close, slip, risk level and the top flags (never edited by hand)."""

    __tablename__ = "deal_summary"

    deal_id: uuid.UUID = Field(sa_column=Column(Uuid(), ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True))
    as_of: date
    projected_close: date
    slip_days: int
    level: str
    top_flags: str = Field(default="", sa_type=Text)  # JSON list of {"code", "severity", "message", "data"}
    step_count: int = 0
    done_count: int = 0
    overdue_count: int = 0
    times_close_pushed: int = 0
    next_customer_step: str | None = Field(default=None, sa_type=Text)
    next_customer_date: date | None = None


class OperationRow(SQLModel, table=True):
    """One field-level operation in a deal's history: who changed what, when, from which value to
    which, and in which action. No foreign key: the history outlives the deal's rows (a save
    writes them anew) and the deal itself (a deleted deal's history says what it was)."""

    __tablename__ = "operation"
    __table_args__ = (Index("ix_operation_deal", "deal_id", "id"), Index("ix_operation_action", "action_id"))

    id: int | None = Field(default=None, primary_key=True)
    deal_id: uuid.UUID
    action_id: uuid.UUID
    seq: int
    kind: str
    entity: str
    entity_id: uuid.UUID | None = None
    field: str = ""
    old: str = Field(default="null", sa_type=Text)  # JSON (closeplan.domain.operations.encode)
    new: str = Field(default="null", sa_type=Text)
    position: int | None = None
    label: str = ""
    source: str = ""
    author: str = ""
    at: datetime
    base_version: int
    undoes: uuid.UUID | None = None


# --- syncing with a team server (docs/sync-protocol.md) ---------------------------------------


class SyncStateRow(SQLModel, table=True):
    """The team server this database syncs with (one row, or none: not connected). The URL is
    kept without its password; the cursor is the highest server change number stored here."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    server: str = Field(sa_type=Text)
    login: str = ""
    cursor: int = 0
    uploaded: bool = False  # the deals that were here before the first sync have been sent
    last_synced_at: datetime | None = None


class OutboxRow(SQLModel, table=True):
    """An action made here that the server has not acknowledged yet (its operations are the
    history's rows of that action). Dropped only after the server's acknowledgement."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    action_id: uuid.UUID = Field(index=True)
    deal_id: uuid.UUID


class ReplicaRow(SQLModel, table=True):
    """What the team server says of a deal: whose it is, whether this user may change it, and
    when its owner last synced (how fresh the manager's copy is)."""

    __tablename__ = "deal_replica"

    deal_id: uuid.UUID = Field(primary_key=True)
    owner: str = ""
    team: str = ""
    can_edit: bool = True
    server_rev: int = 0
    owner_synced_at: datetime | None = None


class ConflictRow(SQLModel, table=True):
    """A field two people changed differently: the server kept theirs; mine is kept here."""

    __tablename__ = "sync_conflict"

    id: uuid.UUID = Field(primary_key=True)
    deal_id: uuid.UUID = Field(index=True)
    entity: str
    entity_id: uuid.UUID | None = None
    field: str = ""
    base: str = Field(default="null", sa_type=Text)  # JSON, as the server keeps it
    mine: str = Field(default="null", sa_type=Text)
    theirs: str = Field(default="null", sa_type=Text)
    mine_author: str = ""
    mine_at: datetime | None = None
    theirs_author: str = ""
    theirs_at: datetime | None = None
    resolution: str | None = None  # "mine" / "theirs" once decided
    resolved_at: datetime | None = None
    # why: "changed" (both set the field), "gone" (an edit of what was removed), "edited" (a
    # removal of what was edited), "exists" (an added item's id taken), "together" (one action's
    # change of several fields of one item, refused as one)
    reason: str = "changed"
