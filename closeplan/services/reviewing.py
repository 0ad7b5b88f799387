"""The manager's review: late-stage deals of the whole team, as data, JSON and PDF."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from closeplan.domain.currency import format_plain
from closeplan.domain.model import Level, Stage
from closeplan.domain.review import Review, build_review, parse_period
from closeplan.export.review_pdf import render_review
from closeplan.files import write_atomic
from closeplan.services.deals import DealService

REVIEW_FORMAT = "closeplan.review"
REVIEW_VERSION = 1


def review(
    service: DealService,
    today: date,
    period: str = "this-quarter",
    owner: str | None = None,
    stage: Stage | None = None,
    level: Level | None = None,
) -> Review:
    """The review as of ``today``: the list rows (projections, flags and their ages) are the
    ones computed for that day, whatever day the service itself works for."""
    synced = synced_times(service)
    return build_review(service.current_list(today), parse_period(period, today), today, owner, stage, level, synced)


def synced_times(service: DealService) -> dict[uuid.UUID, datetime | None]:
    """For the deals pulled from the team server: when their owner last synced (a manager's
    laptop holds every team deal; this copy of one is as fresh as that)."""
    from closeplan.store import sync_state

    with service.db.reading() as session:
        return {r.deal_id: r.owner_synced_at for r in sync_state.load_replicas(session).values()}


def render_review_pdf(report: Review, issued_on: date, language: str = "en", author: str = "") -> bytes:
    """The review as PDF; ``author``: who made it (the manager running it)."""
    return render_review(report, issued_on, language, author)


def write_review_pdf(report: Review, path: Path, issued_on: date, language: str = "en", author: str = "") -> Path:
    write_atomic(Path(path), render_review_pdf(report, issued_on, language, author))
    return Path(path)


def review_json(report: Review) -> dict[str, Any]:
    return {
        "format": REVIEW_FORMAT,
        "version": REVIEW_VERSION,
        "today": report.today.isoformat(),
        "period": {
            "label": report.period.label,
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
        },
        "deals": [
            {
                "id": str(r.deal.id),
                "owner": r.deal.owner,
                "account": r.deal.account,
                "name": r.deal.name,
                "amount": format_plain(r.deal.amount),
                "currency": r.deal.currency,
                "stage": r.deal.stage.value,
                "target_close": r.deal.target_close.isoformat(),
                "projected_close": r.deal.projected_close.isoformat() if r.deal.projected_close else None,
                "slip_days": r.deal.slip_days,
                "times_close_pushed": r.deal.times_close_pushed,
                "level": r.deal.level.value if r.deal.level else None,
                "top_flags": r.top_flags,
                "next_customer_step": r.deal.next_customer_step,
                "next_customer_date": r.deal.next_customer_date.isoformat() if r.deal.next_customer_date else None,
                "days_since_update": r.days_since_update,
                "owner_synced_at": r.owner_synced_at.isoformat() if r.owner_synced_at else None,
                "in_period": r.in_period,
                "slips_out_of_period": r.slips_out,
            }
            for r in report.rows
        ],
        "totals": {
            currency: {
                "in_period_by_level": {
                    lvl.value: format_plain(v) for lvl, v in sorted(levels.items(), key=lambda x: x[0].value)
                },
                "forecast_at_risk": format_plain(report.totals.at_risk.get(currency, Decimal(0))),
            }
            for currency, levels in sorted(report.totals.by_level.items())
        },
    }
