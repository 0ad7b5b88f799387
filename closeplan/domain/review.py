"""The manager's review of late-stage deals: which deals we count on this period will
slip, by how much, and why (seeds 001 and 003).

Works on list rows (``ListRow``), which already carry the projection and flags, so
a review of 10,000 deals needs no plan to be loaded.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from closeplan.domain.model import Level, ListRow, Stage

LEVEL_RANK = {Level.HIGH: 0, Level.MEDIUM: 1, Level.LOW: 2, None: 3}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    label: str

    def __contains__(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def _quarter(year: int, quarter: int) -> Period:
    start = date(year, 3 * (quarter - 1) + 1, 1)
    last_month = start.month + 2
    end = (date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)) - timedelta(days=1)
    return Period(start, end, f"{year}Q{quarter}")


def _month(year: int, month: int) -> Period:
    start = date(year, month, 1)
    end = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
    return Period(start, end, f"{year}-{month:02d}")


def parse_period(text: str, today: date) -> Period:
    """this-month, this-quarter, next-quarter, 2026Q4, 2026-11, or 2026-10-01..2026-12-31."""
    value = text.strip().lower()
    quarter = (today.month - 1) // 3 + 1
    if value in ("this-month", "month"):
        return _month(today.year, today.month)
    if value in ("this-quarter", "quarter"):
        return _quarter(today.year, quarter)
    if value == "next-quarter":
        return _quarter(today.year + (quarter == 4), quarter % 4 + 1)
    if match := re.fullmatch(r"(\d{4})\s*-?\s*q([1-4])", value):
        return _quarter(int(match[1]), int(match[2]))
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        if 1 <= int(match[2]) <= 12:
            return _month(int(match[1]), int(match[2]))
    if match := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", value):
        start, end = date.fromisoformat(match[1]), date.fromisoformat(match[2])
        if start <= end:
            return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    raise ValueError(
        f"not a period: {text!r} (use this-month, this-quarter, next-quarter, 2026Q4, 2026-11 "
        "or 2026-10-01..2026-12-31)"
    )


@dataclass(frozen=True)
class ReviewRow:
    deal: ListRow
    days_since_update: int
    in_period: bool  # target or projected close falls in the period
    slips_out: bool  # target close in the period, projected close after it
    # a deal from the team server: when its owner last synced (how fresh this copy of it is)
    owner_synced_at: datetime | None = None

    @property
    def id(self):
        return self.deal.id

    @property
    def top_flags(self) -> list[str]:
        return [f.message for f in self.deal.top_flags]


@dataclass
class Totals:
    """Per currency (never add yen to kronor)."""

    by_level: dict[str, dict[Level, Decimal]] = field(default_factory=dict)
    at_risk: dict[str, Decimal] = field(default_factory=dict)  # target in period, projected after it
    count_at_risk: int = 0


@dataclass
class Review:
    period: Period
    today: date
    rows: list[ReviewRow]
    totals: Totals


def is_late_stage(stage: Stage) -> bool:
    return stage in (Stage.NEGOTIATION, Stage.APPROVAL)


def build_review(
    deals: Iterable[ListRow],
    period: Period,
    today: date,
    owner: str | None = None,
    stage: Stage | None = None,
    level: Level | None = None,
    synced: Mapping[uuid.UUID, datetime | None] | None = None,
) -> Review:
    """The deals in negotiation or approval, or whose target or projected close falls in the
    period; filtered by AE, stage and level; highest risk first, then per currency the largest
    amounts (yen are never ranked against dollars by their number).
    ``synced``: for deals pulled from the team server, when their owner last synced."""
    rows: list[ReviewRow] = []
    for deal in deals:
        if owner is not None and deal.owner != owner:
            continue
        if stage is not None and deal.stage != stage:
            continue
        if level is not None and deal.level != level:
            continue
        in_period = deal.target_close in period or deal.projected_close in period
        if not (is_late_stage(deal.stage) or (in_period and deal.stage.is_open)):
            continue
        slips_out = (
            deal.target_close in period and deal.projected_close is not None and deal.projected_close > period.end
        )
        rows.append(
            ReviewRow(
                deal,
                max(0, (today - deal.updated_at.date()).days),
                in_period,
                slips_out,
                (synced or {}).get(deal.id),
            )
        )
    rows.sort(key=lambda r: (LEVEL_RANK[r.deal.level], r.deal.currency, -r.deal.amount, r.deal.name))
    return Review(period, today, rows, totals_of(rows))


def totals_of(rows: Sequence[ReviewRow]) -> Totals:
    totals = Totals()
    for row in rows:
        deal = row.deal
        if row.in_period:
            per_level = totals.by_level.setdefault(deal.currency, {})
            key = deal.level or Level.LOW
            per_level[key] = per_level.get(key, Decimal(0)) + deal.amount
        if row.slips_out:
            totals.at_risk[deal.currency] = totals.at_risk.get(deal.currency, Decimal(0)) + deal.amount
            totals.count_at_risk += 1
    return totals
