"""The rows behind "what changed since a day" (closeplan.services.changes), in a few queries for
every deal: the close-date changes and step moves since the day, the operations since it that
move a date or add or raise a risk (and the undos among them), and the names they refer to."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from closeplan.store import repository as r


@dataclass(frozen=True)
class ChangeRows:
    pushes: list[Any]  # close_date_change rows: the target close moved later
    moves: list[Any]  # step_move rows: a step's date moved later
    ops: list[Any]  # operation rows, in order, without undone actions and their undos
    deals: dict[uuid.UUID, Any]  # id, name, account, owner, amount, currency
    steps: dict[uuid.UUID, str]  # a step's title
    risks: dict[uuid.UUID, Any]  # a risk's row (description, status)


def read_since(session: Session, since: date, start: datetime) -> ChangeRows:
    """Since the day ``since`` (``start``: its first moment, UTC)."""
    op = r.OPERATION
    pushes = session.execute(
        select(r.HISTORY).where(
            r.HISTORY.c.changed_at >= start,
            r.HISTORY.c.from_date.isnot(None),
            r.HISTORY.c.to_date > r.HISTORY.c.from_date,
        )
    ).all()
    moves = session.execute(
        select(r.MOVE).where(r.MOVE.c.moved_on >= since, r.MOVE.c.to_date > r.MOVE.c.from_date)
    ).all()
    ops = session.execute(
        select(op)
        .where(
            op.c.at >= start,
            or_(
                op.c.undoes.isnot(None),
                and_(op.c.entity == "deal", op.c.field == "target_close"),
                and_(op.c.entity == "step", op.c.field == "due_date"),
                and_(op.c.entity == "risk", or_(op.c.kind == "add", op.c.field.in_(("likelihood", "impact")))),
            ),
        )
        .order_by(op.c.id)
    ).all()
    undone = {row.undoes for row in ops if row.undoes is not None}
    ops = [row for row in ops if row.undoes is None and row.action_id not in undone]
    step_ids = {m.step_id for m in moves} | {o.entity_id for o in ops if o.entity == "step"}
    risk_ids = {o.entity_id for o in ops if o.entity == "risk" and o.kind != "add"}
    deal_ids = {p.deal_id for p in pushes} | {m.deal_id for m in moves} | {o.deal_id for o in ops}
    columns = (r.DEAL.c.id, r.DEAL.c.name, r.DEAL.c.account, r.DEAL.c.owner, r.DEAL.c.amount, r.DEAL.c.currency)
    deals = {row.id: row for row in _in(session, select(*columns), r.DEAL.c.id, deal_ids)}
    steps = {row.id: row.title for row in _in(session, select(r.STEP.c.id, r.STEP.c.title), r.STEP.c.id, step_ids)}
    risks = {row.id: row for row in _in(session, select(r.RISK), r.RISK.c.id, risk_ids)}
    return ChangeRows(list(pushes), list(moves), ops, deals, steps, risks)


def _in(session: Session, query: Any, column: Any, ids: Iterable[Any], batch: int = 500) -> list[Any]:
    """``query`` for the rows whose ``column`` is one of ``ids``, 500 ids to a query."""
    wanted = [i for i in ids if i is not None]
    rows: list[Any] = []
    for i in range(0, len(wanted), batch):
        rows.extend(session.execute(query.where(column.in_(wanted[i : i + batch]))).all())
    return rows
