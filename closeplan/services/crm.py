"""Importing opportunities from a CRM export (Salesforce, HubSpot; CSV or .xlsx).

``preview`` reads the file and decides, row by row, what would happen: a new deal, an update
of the deal with the same CRM id (or, without an id, the same account and name), or nothing.
``apply`` writes exactly that in one transaction. Rows that cannot be read are reported with
their line numbers; while there are any, nothing is written unless the user accepts to import
the good rows only.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from closeplan.domain.model import CloseDateChange, Deal, Stage
from closeplan.domain.operations import clone
from closeplan.domain.scheduling import Schedule
from closeplan.domain.validation import ValidationError, validate_amount
from closeplan.imports.crm import CrmFileError, CrmRead, CrmRecord, CrmTable, RowError, read_table, records_from
from closeplan.services.deals import Changes, DealService
from closeplan.services.planning import PlanningService

__all__ = ["CrmFileError", "CrmImportService", "CrmPlan", "CrmRowsRejected", "RowError"]

COUNTRY_OF_CURRENCY = {"JPY": "JP", "KRW": "KR", "SEK": "SE", "USD": "US", "GBP": "GB", "EUR": "DE"}
LANGUAGE_OF_COUNTRY = {"JP": "ja", "KR": "ko", "SE": "sv"}


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass
class CrmRowPlan:
    """What importing one row does."""

    record: CrmRecord
    action: str  # "add", "update" or "unchanged"
    deal_id: uuid.UUID | None = None
    changed: list[str] = field(default_factory=list)  # the fields an update changes


@dataclass
class CrmPlan:
    source: str
    read: CrmRead
    rows: list[CrmRowPlan]

    @property
    def errors(self) -> list[RowError]:
        return self.read.errors

    @property
    def notes(self) -> list[RowError]:
        return self.read.notes

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        return (
            f"{self.count('add')} new, {self.count('update')} updated, {self.count('unchanged')} unchanged"
            f", {len(self.errors)} rejected"
        )


class CrmRowsRejected(ValueError):
    def __init__(self, plan: CrmPlan):
        lines = "; ".join(str(e) for e in plan.errors[:5])
        more = f" (and {len(plan.errors) - 5} more)" if len(plan.errors) > 5 else ""
        super().__init__(f"{plan.source}: {len(plan.errors)} row(s) cannot be imported: {lines}{more}")
        self.plan = plan


class CrmImportService:
    def __init__(self, deals: DealService):
        self.deals = deals
        # of the last ``apply`` with a template: the new deals no plan of it fits (row, why)
        self.unplanned: list[tuple[CrmRecord, Schedule]] = []

    def read(self, path: Path) -> CrmTable:
        """The file's rows, read once; ``preview`` can plan from it again with another mapping."""
        return read_table(Path(path))

    def preview(
        self,
        source: Path | CrmTable,
        mapping: dict[str, str] | None = None,
        default_currency: str = "",
        account: str = "",
    ) -> CrmPlan:
        """Plan the import of a file (or a table already read); raises CrmFileError when the file
        as a whole is unusable. ``account``: the account of every deal of a file without an
        account column."""
        table = source if isinstance(source, CrmTable) else self.read(source)
        read = records_from(table, mapping, default_currency, account)
        by_crm: dict[str, uuid.UUID] = {}
        by_name: dict[tuple[str, str], uuid.UUID] = {}
        for known, crm_id, account, name in self.deals.deal_keys():
            if crm_id:
                by_crm.setdefault(crm_id, known)
            by_name.setdefault((_key(account), _key(name)), known)
        matched: list[tuple[CrmRecord, uuid.UUID | None]] = []
        for record in list(read.records):
            problem = validate_amount(record.amount, record.currency)
            if problem:
                read.records.remove(record)
                read.errors.append(RowError(record.line, f"amount {problem}", record.account, record.name))
                continue
            deal_id = by_crm.get(record.crm_id) if record.crm_id else None
            matched.append((record, deal_id or by_name.get((_key(record.account), _key(record.name)))))
        stored = self.deals.get_deals([deal_id for _record, deal_id in matched if deal_id is not None])
        rows: list[CrmRowPlan] = []
        for record, deal_id in matched:
            if deal_id is None:
                rows.append(CrmRowPlan(record, "add"))
                continue
            changed = _changes(stored[deal_id], record)
            rows.append(CrmRowPlan(record, "update" if changed else "unchanged", deal_id, changed))
        read.errors.sort(key=lambda e: e.line)
        return CrmPlan(table.source, read, rows)

    def apply(
        self, plan: CrmPlan, accept_rejected: bool = False, template_id: str | None = None, today: date | None = None
    ) -> Changes:
        """Write the planned adds and updates in one transaction. With rejected rows this
        refuses (CrmRowsRejected) unless ``accept_rejected``: the good rows only, on purpose."""
        if plan.errors and not accept_rejected:
            raise CrmRowsRejected(plan)
        now = self.deals.clock()
        planning = PlanningService(self.deals) if template_id else None
        self.unplanned = []
        stored = self.deals.get_deals(
            [row.deal_id for row in plan.rows if row.action == "update" and row.deal_id is not None]
        )
        added: list[Deal] = []
        updated: list[tuple[Deal, Deal]] = []
        for row in plan.rows:
            if row.action == "add":
                added.append(self._new_deal(row.record, now, planning, template_id, today))
            elif row.action == "update" and row.deal_id is not None:  # (an update always has its deal)
                before = stored[row.deal_id]
                deal = clone(before)
                _apply(deal, row.record, now)
                deal.updated_at = now
                deal.version += 1
                updated.append((before, deal))
        try:
            return self.deals.write_many(added, updated)
        except ValidationError as exc:
            raise ValidationError(exc.errors, plan.source) from exc

    def _new_deal(self, record: CrmRecord, now, planning, template_id, today) -> Deal:
        country = COUNTRY_OF_CURRENCY.get(record.currency, "US")
        steps = []
        if planning is not None and today is not None:
            template = planning.library.get(template_id)
            schedule = planning.preview(
                template_id,
                record.close_date,
                country,
                today,
                LANGUAGE_OF_COUNTRY.get(country, "en"),
                template.board_cadence,
                record.account,
            )
            if schedule.feasible:
                steps = schedule.steps
            else:  # no plan of the template fits before its close date: said, not left silent
                self.unplanned.append((record, schedule))
        return Deal(
            name=record.name,
            account=record.account,
            amount=record.amount,
            currency=record.currency,
            target_close=record.close_date,
            country=country,
            customer_language=LANGUAGE_OF_COUNTRY.get(country, "en"),
            owner=record.owner,
            stage=record.stage or Stage.EVALUATION,
            crm_id=record.crm_id,
            created_at=now,
            updated_at=now,
            steps=list(steps),
            close_date_history=[CloseDateChange(now, None, record.close_date)],
        )


def _changes(deal: Deal, record: CrmRecord) -> list[str]:
    changed = []
    for name, new in _values(record).items():
        if new is not None and getattr(deal, name) != new:
            changed.append(name)
    return changed


def _values(record: CrmRecord) -> dict:
    return {
        "crm_id": record.crm_id or None,
        "name": record.name,
        "account": record.account,
        "amount": record.amount,
        "currency": record.currency,
        "target_close": record.close_date,
        "stage": record.stage,
        "owner": record.owner or None,
    }


def _apply(deal: Deal, record: CrmRecord, now) -> None:
    for name, value in _values(record).items():
        if value is None:
            continue
        if name == "target_close":
            deal.change_target_close(value, now)  # a pushed close date stays visible
        else:
            setattr(deal, name, value)
