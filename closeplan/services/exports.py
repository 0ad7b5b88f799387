"""Exporting documents: the customer's close plan and the internal review as PDF; the customer's
plan as a calendar (.ics) and as a spreadsheet (.xlsx, .csv)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.living import changes_since_last, next_revision_number, snapshot
from closeplan.domain.model import LANGUAGES, PlanRevision
from closeplan.domain.risk import assess
from closeplan.export.bundle import safe_file_stem, write_atomic
from closeplan.export.calendar_ics import render_ics
from closeplan.export.pdf import customer_plan, numbered, render_customer_plan, render_internal_review
from closeplan.export.sheet import render_csv, render_xlsx
from closeplan.services.deals import DealService

AUDIENCES = ("customer", "internal")
CUSTOMER_FORMATS = ("ics", "xlsx", "csv")  # the customer's plan in other tools


class ExportService:
    def __init__(self, deals: DealService):
        self.deals = deals

    def pdf(self, deal_id: uuid.UUID, audience: str, today: date, language: str | None = None) -> bytes:
        """The document as bytes (for a preview or a file). Language defaults to the customer's."""
        if audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        deal = self.deals.get_deal(deal_id)
        if audience == "customer":
            plan, _revision = self._next_issue(deal, today, language)
            return render_customer_plan(plan, today, language)
        return render_internal_review(deal, assess(deal, today, deal_calendar(deal)), today, language)

    def write_pdf(self, deal_id: uuid.UUID, audience: str, path: Path, today: date, language: str | None = None,
                  draft: bool = False) -> Path:
        """Write the document. A customer PDF is numbered and recorded as the next revision
        (unless ``draft``), so the one after it can list what changed."""
        write_atomic(Path(path), self.pdf(deal_id, audience, today, language))
        if audience == "customer" and not draft:
            self.record_revision(deal_id, today, language)
        return Path(path)

    @staticmethod
    def _next_issue(deal, today: date, language: str | None):
        """The customer plan as the next revision, with the changes since the customer's last one."""
        number = next_revision_number(deal)
        issue = snapshot(deal, number, today, language or deal.customer_language)
        last = max(deal.revisions, key=lambda r: r.number) if deal.revisions else None
        plan = numbered(customer_plan(deal, today), number, changes_since_last(deal, issue), last.issued_on if last else None)
        return plan, issue

    def record_revision(self, deal_id: uuid.UUID, today: date, language: str | None = None) -> PlanRevision:
        """Keep what the customer PDF just issued showed, as the next numbered revision."""
        deal = self.deals.get_deal(deal_id)
        _plan, issue = self._next_issue(deal, today, language)
        deal.revisions.append(issue)
        deal.version += 1
        self.deals.save(deal)
        return issue

    def next_revision(self, deal_id: uuid.UUID) -> int:
        return next_revision_number(self.deals.get_deal(deal_id))

    def customer_file(self, deal_id: uuid.UUID, fmt: str, today: date, language: str | None = None) -> bytes:
        """The customer's plan as a calendar or a spreadsheet (the same allowlist as the PDF)."""
        if fmt not in CUSTOMER_FORMATS:
            raise ValueError(f"format must be one of {', '.join(CUSTOMER_FORMATS)}, not {fmt!r}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        plan = customer_plan(self.deals.get_deal(deal_id))
        if fmt == "ics":
            return render_ics(plan, self.deals.clock(), language)
        if fmt == "xlsx":
            return render_xlsx(plan, today, language)
        return render_csv(plan, language)

    def write_customer_file(self, deal_id: uuid.UUID, fmt: str, path: Path, today: date,
                            language: str | None = None) -> Path:
        write_atomic(Path(path), self.customer_file(deal_id, fmt, today, language))
        return Path(path)

    def save(self, path: Path, data: bytes) -> Path:
        """Write a document atomically (temporary file, then rename), readable by the owner only."""
        write_atomic(Path(path), data)
        return Path(path)

    def suggested_name(self, deal_id: uuid.UUID, audience: str, extension: str = ".pdf") -> str:
        deal = self.deals.get_deal(deal_id)
        suffix = "" if audience == "customer" else " (internal)"
        return safe_file_stem(deal.account, deal.name) + suffix + extension
