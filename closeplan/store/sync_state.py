"""The laptop's side of syncing, in its SQLite database: the server it syncs with and its cursor,
the outbox, what the server says of each deal and the conflicts it recorded (tables.py, 0009).

Functions run in the caller's session and transaction; only services commit."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from closeplan.domain.operations import LOGS, Action, Op, decode
from closeplan.store.repository import actions_from_rows
from closeplan.store.tables import metadata

STATE = metadata.tables["sync_state"]
OUTBOX = metadata.tables["outbox"]
REPLICA = metadata.tables["deal_replica"]
CONFLICT = metadata.tables["sync_conflict"]
OPERATION = metadata.tables["operation"]


def _count(result: Any) -> int:
    """Rows an UPDATE or DELETE touched."""
    return int(getattr(result, "rowcount", 0))


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class SyncState:
    server: str  # the URL without its password
    login: str
    cursor: int
    uploaded: bool
    last_synced_at: datetime | None


def load_state(session: Session) -> SyncState | None:
    row = session.execute(select(STATE).where(STATE.c.id == 1)).first()
    if row is None:
        return None
    return SyncState(row.server, row.login, row.cursor, bool(row.uploaded), _utc(row.last_synced_at))


def save_state(session: Session, state: SyncState) -> None:
    values = {
        "server": state.server,
        "login": state.login,
        "cursor": state.cursor,
        "uploaded": state.uploaded,
        "last_synced_at": _utc(state.last_synced_at),
    }
    if _count(session.execute(update(STATE).where(STATE.c.id == 1).values(values))) == 0:
        session.execute(insert(STATE).values(id=1, **values))


def forget_state(session: Session) -> None:
    """Not connected any more: no cursor, no outbox, no replica facts (the deals stay)."""
    for table in (STATE, OUTBOX, REPLICA):
        session.execute(delete(table))


# --- the outbox ------------------------------------------------------------------------------


def outbox_size(session: Session) -> int:
    from sqlalchemy import func

    return int(session.execute(select(func.count()).select_from(OUTBOX)).scalar() or 0)


def outbox_actions(session: Session, limit: int) -> list[Action]:
    """The oldest ``limit`` actions waiting in the outbox, with their operations, oldest first."""
    queued = session.execute(select(OUTBOX.c.action_id).order_by(OUTBOX.c.id).limit(limit)).scalars().all()
    if not queued:
        return []
    rows = session.execute(
        select(OPERATION).where(OPERATION.c.action_id.in_(queued)).order_by(OPERATION.c.action_id, OPERATION.c.seq)
    ).all()
    by_action = {a.id: a for a in actions_from_rows(rows)}
    return [by_action[i] for i in queued if i in by_action]


def outbox_log_ops(session: Session) -> list[tuple[uuid.UUID, uuid.UUID, int, Op]]:
    """Every operation on a deal's log (close-date changes, step moves, revisions) of the actions
    waiting in the outbox, oldest first: (action id, deal id, seq, operation)."""
    rows = session.execute(
        select(OPERATION)
        .join(OUTBOX, OUTBOX.c.action_id == OPERATION.c.action_id)
        .where(OPERATION.c.entity.in_(list(LOGS)))
        .order_by(OUTBOX.c.id, OPERATION.c.seq)
    ).all()
    return [
        (
            r.action_id,
            r.deal_id,
            r.seq,
            Op(
                r.kind, r.entity, r.entity_id, r.field, decode(json.loads(r.old)), decode(json.loads(r.new)), r.position
            ),
        )
        for r in rows
    ]


def drop_from_outbox(session: Session, action_ids: Iterable[uuid.UUID]) -> None:
    ids = list(action_ids)
    for start in range(0, len(ids), 500):
        session.execute(delete(OUTBOX).where(OUTBOX.c.action_id.in_(ids[start : start + 500])))


def pending_fields(session: Session) -> set[tuple[uuid.UUID, str, uuid.UUID | None, str]]:
    """(deal, entity, item id, field) of every field a queued action changes: a pull leaves them
    as they are here until the server has answered for them."""
    rows = session.execute(
        select(OPERATION.c.deal_id, OPERATION.c.entity, OPERATION.c.entity_id, OPERATION.c.field).where(
            OPERATION.c.action_id.in_(select(OUTBOX.c.action_id)), OPERATION.c.kind == "set"
        )
    ).all()
    return {(r.deal_id, r.entity, r.entity_id, r.field) for r in rows}


def known_actions(session: Session, action_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(action_ids), 500):
        chunk = list(action_ids[start : start + 500])
        found.update(session.execute(select(OPERATION.c.action_id).where(OPERATION.c.action_id.in_(chunk))).scalars())
    return found


# --- what the server says of each deal -------------------------------------------------------


@dataclass(frozen=True)
class Replica:
    deal_id: uuid.UUID
    owner: str
    team: str
    can_edit: bool
    server_rev: int
    owner_synced_at: datetime | None


def load_replicas(session: Session, ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, Replica]:
    query = select(REPLICA)
    if ids is not None:
        query = query.where(REPLICA.c.deal_id.in_(list(ids)))
    return {
        r.deal_id: Replica(r.deal_id, r.owner, r.team, bool(r.can_edit), r.server_rev, _utc(r.owner_synced_at))
        for r in session.execute(query).all()
    }


def replica_ids(session: Session) -> set[uuid.UUID]:
    """The deals the server has told this laptop of (no more than their ids: a sync asks this of
    every deal, where load_replicas makes an object of each)."""
    return set(session.execute(select(REPLICA.c.deal_id)).scalars())


HELD = -1  # the server_rev of a deal whose merged state the laptop could not take (see services.sync)


def held_ids(session: Session) -> set[uuid.UUID]:
    """The deals held back at their last pull: read whole again on the next."""
    return set(session.execute(select(REPLICA.c.deal_id).where(REPLICA.c.server_rev == HELD)).scalars())


def put_replicas(session: Session, replicas: Sequence[Replica]) -> None:
    if not replicas:
        return
    ids = [r.deal_id for r in replicas]
    for start in range(0, len(ids), 500):
        session.execute(delete(REPLICA).where(REPLICA.c.deal_id.in_(ids[start : start + 500])))
    session.execute(
        insert(REPLICA),
        [
            {
                "deal_id": r.deal_id,
                "owner": r.owner,
                "team": r.team,
                "can_edit": r.can_edit,
                "server_rev": r.server_rev,
                "owner_synced_at": _utc(r.owner_synced_at),
            }
            for r in replicas
        ],
    )


def drop_replicas(session: Session, ids: Sequence[uuid.UUID]) -> None:
    for start in range(0, len(ids), 500):
        session.execute(delete(REPLICA).where(REPLICA.c.deal_id.in_(list(ids[start : start + 500]))))


def read_only_ids(session: Session, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Of ``ids``, the deals the team server says this user may read but not change."""
    if not ids:
        return set()
    return set(
        session.execute(
            select(REPLICA.c.deal_id).where(REPLICA.c.deal_id.in_(list(ids)), REPLICA.c.can_edit.is_(False))
        ).scalars()
    )


# --- conflicts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredConflict:
    id: uuid.UUID
    deal_id: uuid.UUID
    entity: str
    entity_id: uuid.UUID | None
    field: str
    base: Any  # the encoded JSON values, as the server keeps them
    mine: Any
    theirs: Any
    mine_author: str
    mine_at: datetime | None
    theirs_author: str
    theirs_at: datetime | None
    resolution: str | None = None
    resolved_at: datetime | None = None
    reason: str = "changed"  # changed, gone, edited, exists, together (see tables.ConflictRow)


def put_conflicts(session: Session, conflicts: Sequence[StoredConflict]) -> None:
    if not conflicts:
        return
    ids = [c.id for c in conflicts]
    session.execute(delete(CONFLICT).where(CONFLICT.c.id.in_(ids)))
    session.execute(
        insert(CONFLICT),
        [
            {
                "id": c.id,
                "deal_id": c.deal_id,
                "entity": c.entity,
                "entity_id": c.entity_id,
                "field": c.field,
                "base": json.dumps(c.base, ensure_ascii=False),
                "mine": json.dumps(c.mine, ensure_ascii=False),
                "theirs": json.dumps(c.theirs, ensure_ascii=False),
                "mine_author": c.mine_author,
                "mine_at": _utc(c.mine_at),
                "theirs_author": c.theirs_author,
                "theirs_at": _utc(c.theirs_at),
                "resolution": c.resolution,
                "resolved_at": _utc(c.resolved_at),
                "reason": c.reason,
            }
            for c in conflicts
        ],
    )


def load_conflicts(session: Session, open_only: bool = True, deal_id: uuid.UUID | None = None) -> list[StoredConflict]:
    query = select(CONFLICT)
    if open_only:
        query = query.where(CONFLICT.c.resolution.is_(None))
    if deal_id is not None:
        query = query.where(CONFLICT.c.deal_id == deal_id)
    return [
        StoredConflict(
            r.id,
            r.deal_id,
            r.entity,
            r.entity_id,
            r.field,
            json.loads(r.base),
            json.loads(r.mine),
            json.loads(r.theirs),
            r.mine_author,
            _utc(r.mine_at),
            r.theirs_author,
            _utc(r.theirs_at),
            r.resolution,
            _utc(r.resolved_at),
            r.reason,
        )
        for r in session.execute(query.order_by(CONFLICT.c.mine_at)).all()
    ]


def conflict_counts(session: Session) -> dict[uuid.UUID, int]:
    """Open conflicts per deal (the list's badge)."""
    from sqlalchemy import func

    rows = session.execute(
        select(CONFLICT.c.deal_id, func.count()).where(CONFLICT.c.resolution.is_(None)).group_by(CONFLICT.c.deal_id)
    ).all()
    return {r[0]: int(r[1]) for r in rows}


def resolve_conflict(session: Session, conflict_id: uuid.UUID, keep: str, at: datetime) -> bool:
    result = session.execute(
        update(CONFLICT)
        .where(CONFLICT.c.id == conflict_id, CONFLICT.c.resolution.is_(None))
        .values(resolution=keep, resolved_at=_utc(at))
    )
    return _count(result) == 1
