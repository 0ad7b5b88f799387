"""What changed since a day the manager chooses, for every deal: close dates pushed, steps that
slipped, new high risks.

Read in a handful of queries, whatever the number of deals: the close-date history and the step
moves (kept by every save, also from before the history of operations existed), and the history of
operations since that day (for who did it, and for what those two do not keep: risks). An action
that was undone, and its undo, count as nothing having changed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from closeplan.domain.model import Level, Risk, RiskStatus
from closeplan.domain.operations import decode
from closeplan.services.deals import DealService

CLOSE_PUSHED = "close_pushed"
STEP_SLIPPED = "step_slipped"
NEW_HIGH_RISK = "new_high_risk"
KINDS = (CLOSE_PUSHED, STEP_SLIPPED, NEW_HIGH_RISK)


@dataclass(frozen=True)
class Change:
    """One change worth a manager's look. ``what``: the step's title or the risk's description
    (empty for the close date); ``old``/``new``: the dates before and after (None for a risk)."""

    kind: str
    deal_id: uuid.UUID
    account: str
    deal: str
    owner: str
    amount: Decimal
    currency: str
    on: date
    what: str = ""
    old: date | None = None
    new: date | None = None
    author: str = ""

    @property
    def days(self) -> int | None:
        return (self.new - self.old).days if self.old is not None and self.new is not None else None


def _start(since: date) -> datetime:
    return datetime.combine(since, time.min, tzinfo=UTC)


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    return value


def _is_high(risk: Any) -> bool:
    return isinstance(risk, Risk) and risk.status == RiskStatus.OPEN and Level.HIGH in (risk.likelihood, risk.impact)


def changes_since(service: DealService, since: date) -> list[Change]:
    """Every deal's changes on or after ``since`` (UTC days), newest first."""
    from closeplan.store.changes import read_since

    with service.db.reading() as session:
        rows = read_since(session, since, _start(since))
    deals, steps, risks = rows.deals, rows.steps, rows.risks
    pushes, moves, ops = rows.pushes, rows.moves, rows.ops

    out: list[Change] = []

    def add(kind: str, deal_id: uuid.UUID, on: date, **fields: Any) -> None:
        deal = deals.get(deal_id)
        if deal is None:  # deleted since
            return
        amount = deal.amount if isinstance(deal.amount, Decimal) else Decimal(str(deal.amount))
        out.append(Change(kind, deal_id, deal.account, deal.name, deal.owner, amount, deal.currency, on, **fields))

    def value(text: str) -> Any:
        return decode(json.loads(text))

    authors: dict[tuple, str] = {}
    for row in ops:
        if row.entity in ("deal", "step") and row.kind == "set":
            authors[(row.deal_id, row.entity_id, value(row.old), value(row.new))] = row.author
    seen: set[tuple] = set()
    for push in pushes:
        key = (push.deal_id, None, push.from_date, push.to_date)
        seen.add(key)
        add(
            CLOSE_PUSHED,
            push.deal_id,
            _day(push.changed_at),
            old=push.from_date,
            new=push.to_date,
            author=authors.get(key, ""),
        )
    for move in moves:
        key = (move.deal_id, move.step_id, move.from_date, move.to_date)
        seen.add(key)
        add(
            STEP_SLIPPED,
            move.deal_id,
            move.moved_on,
            what=steps.get(move.step_id, ""),
            old=move.from_date,
            new=move.to_date,
            author=authors.get(key, ""),
        )
    for row in ops:
        on = _day(row.at)
        if row.entity in ("deal", "step"):  # a date the two histories above did not keep
            old, new = value(row.old), value(row.new)
            key = (row.deal_id, row.entity_id, old, new)
            if key in seen or not (isinstance(old, date) and isinstance(new, date) and new > old):
                continue
            seen.add(key)
            if row.entity == "deal":
                add(CLOSE_PUSHED, row.deal_id, on, old=old, new=new, author=row.author)
            else:
                add(
                    STEP_SLIPPED,
                    row.deal_id,
                    on,
                    what=steps.get(row.entity_id, ""),
                    old=old,
                    new=new,
                    author=row.author,
                )
        elif row.kind == "add":
            risk = value(row.new)
            if _is_high(risk):
                add(NEW_HIGH_RISK, row.deal_id, on, what=risk.description, author=row.author)
        elif row.kind == "set" and value(row.new) == Level.HIGH and value(row.old) != Level.HIGH:
            stored = risks.get(row.entity_id)
            if stored is not None and stored.status == RiskStatus.OPEN.value:
                add(NEW_HIGH_RISK, row.deal_id, on, what=stored.description, author=row.author)
    out.sort(key=lambda c: (c.on, c.account, c.deal, KINDS.index(c.kind), c.what), reverse=True)
    return out


def changes_json(changes: Iterable[Change], since: date) -> dict[str, Any]:
    return {
        "format": "closeplan.changes",
        "version": 1,
        "since": since.isoformat(),
        "changes": [
            {
                "kind": c.kind,
                "deal_id": str(c.deal_id),
                "account": c.account,
                "deal": c.deal,
                "owner": c.owner,
                "on": c.on.isoformat(),
                "what": c.what,
                "old": c.old.isoformat() if c.old else None,
                "new": c.new.isoformat() if c.new else None,
                "days": c.days,
                "author": c.author,
            }
            for c in changes
        ],
    }
