"""A deal as the team server holds it: a set of items, each a dict of encoded field values.

See docs/sync-protocol.md. ``deal_items(deal)`` splits a deal into items — the deal's own fields,
its BANT, approval path and route (one item each, keyed by the deal's id), every step,
stakeholder, risk and route desk (keyed by its id, with its position), and every entry of the
close-date history, the step moves and the issued revisions (keyed by a uuid5 of the entry) —
and ``deal_from_items`` puts a deal together again from them. Values are encoded exactly as the
history keeps them (``operations.encode``), so the server can compare them as JSON.

``push_element`` turns one operation of an action into the element ``closeplan.push`` takes.
The bookkeeping of a deal (its local version, created/updated times, the account's calendar)
is not an item: each replica keeps its own.
"""

from __future__ import annotations

import json
import typing
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from closeplan.domain.model import Bant, Deal
from closeplan.domain.operations import (
    ADD,
    BANT_FIELDS,
    COLLECTIONS,
    DEAL_FIELDS,
    LOGS,
    ORDER,
    PATH_FIELDS,
    REMOVE,
    ROUTE_FIELDS,
    SET,
    Action,
    Op,
    decode,
    encode,
    items_of,
)

NAMESPACE = uuid.UUID("6f1c2a47-6d0e-4a55-9d3c-2f6a3c1b9e10")  # log entries' ids
SINGLETON_ENTITIES = ("deal", "bant", "approval_path", "route")
CONFLICT = "conflict"  # an operation that decides a conflict (entity_id: the conflict's id)

_NAMES: dict[type, list[str]] = {}
_TUPLES: dict[type, frozenset[str]] = {}


def _names(cls: type) -> list[str]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = [f.name for f in dataclass_fields(cls) if f.name != "id"]
    return names


def _tuple_fields(cls: type) -> frozenset[str]:
    tuples = _TUPLES.get(cls)
    if tuples is None:
        hints = typing.get_type_hints(cls)
        tuples = _TUPLES[cls] = frozenset(name for name, hint in hints.items() if typing.get_origin(hint) is tuple)
    return tuples


def op_id(action_id: uuid.UUID, seq: int) -> uuid.UUID:
    """The id of an action's ``seq``-th operation: the same on every retry."""
    return uuid.uuid5(action_id, str(seq))


def log_entry_id(entity: str, encoded: Any, occurrence: int = 0) -> uuid.UUID:
    """A log entry's id: from what it says (entries have no id of their own); the n-th identical
    entry of a log gets its own."""
    text = json.dumps(encoded, sort_keys=True, ensure_ascii=False)
    return uuid.uuid5(NAMESPACE, f"{entity}:{occurrence}:{text}")


def item_fields(item: Any) -> dict[str, Any]:
    """A step's, stakeholder's, risk's or desk's fields (not its id), encoded."""
    return {name: encode(getattr(item, name)) for name in _names(type(item))}


def item_from_fields(entity: str, item_id: uuid.UUID, values: Mapping[str, Any]) -> Any:
    """The step, stakeholder, risk or desk ``item_fields`` made ``values`` of. Fields the
    values do not hold (a field added since) keep the class's default."""
    cls = COLLECTIONS[entity][1]
    tuples = _tuple_fields(cls)
    kwargs = {}
    for name in _names(cls):
        if name in values:
            raw = values[name]
            value = raw if type(raw) in _PLAIN else decode(raw)  # (most values are plain: no call)
            kwargs[name] = tuple(value) if name in tuples and isinstance(value, list) else value
    return cls(id=item_id, **kwargs)


_PLAIN = frozenset((str, bool, int, type(None)))  # JSON values ``decode`` returns as they are


def _singleton_fields(deal: Deal, entity: str) -> dict[str, Any]:
    if entity == "deal":
        return {name: encode(getattr(deal, name)) for name in DEAL_FIELDS}
    if entity == "bant":
        out = {}
        for name in BANT_FIELDS:
            item, part = name.split(".", 1)
            out[name] = encode(getattr(getattr(deal.bant, item), part))
        return out
    if entity == "approval_path":
        return {name: encode(getattr(deal.approval_path, name)) for name in PATH_FIELDS}
    return {name: encode(getattr(deal.route, name)) for name in ROUTE_FIELDS}


def _log_items(deal: Deal, entity: str) -> list[dict[str, Any]]:
    out = []
    seen: dict[str, int] = {}
    for position, entry in enumerate(getattr(deal, LOGS[entity])):
        encoded = encode(entry)
        key = json.dumps(encoded, sort_keys=True, ensure_ascii=False)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        out.append(
            {
                "entity": entity,
                "entity_id": log_entry_id(entity, encoded, occurrence),
                "position": position,
                "fields": {"entry": encoded},
            }
        )
    return out


def deal_items(deal: Deal) -> list[dict[str, Any]]:
    """Every item of the deal: ``{"entity", "entity_id", "position", "fields"}``."""
    items: list[dict[str, Any]] = [
        {"entity": entity, "entity_id": deal.id, "position": 0, "fields": _singleton_fields(deal, entity)}
        for entity in SINGLETON_ENTITIES
    ]
    for entity in COLLECTIONS:
        for position, item in enumerate(items_of(deal, entity)):
            items.append({"entity": entity, "entity_id": item.id, "position": position, "fields": item_fields(item)})
    for entity in LOGS:
        items.extend(_log_items(deal, entity))
    return items


def _set_singleton(deal: Deal, entity: str, values: Mapping[str, Any]) -> None:
    if entity == "deal":
        for name in DEAL_FIELDS:
            if name in values:
                setattr(deal, name, decode(values[name]))
    elif entity == "bant":
        for name in BANT_FIELDS:
            if name in values:
                item, part = name.split(".", 1)
                setattr(getattr(deal.bant, item), part, decode(values[name]))
    else:
        target = deal.approval_path if entity == "approval_path" else deal.route
        tuples = _tuple_fields(type(target))
        for name in PATH_FIELDS if entity == "approval_path" else ROUTE_FIELDS:
            if name in values:
                value = decode(values[name])
                setattr(target, name, tuple(value) if name in tuples and isinstance(value, list) else value)


def deal_from_items(
    deal_id: uuid.UUID,
    items: Iterable[Mapping[str, Any]],
    created_at: datetime | None = None,
    *,
    version: int = 1,
    updated_at: datetime | None = None,
) -> Deal:
    """The deal ``deal_items`` made ``items`` of (in any order; positions decide the lists'
    order). Bookkeeping is not an item: the replica's own ``version``, created and updated times
    (default: the epoch), no account calendar."""
    at = created_at or datetime(1970, 1, 1, tzinfo=UTC)
    deal = Deal(name="", account="", amount=Decimal("0"), currency="", target_close=at.date(), created_at=at,
                updated_at=at, id=deal_id, bant=Bant())  # fmt: skip
    lists: dict[str, list[tuple[int, Any]]] = {entity: [] for entity in (*COLLECTIONS, *LOGS)}
    for item in items:
        entity, values = item["entity"], item["fields"]
        if entity in SINGLETON_ENTITIES:
            _set_singleton(deal, entity, values)
        elif entity in COLLECTIONS:
            lists[entity].append(
                (int(item.get("position") or 0), item_from_fields(entity, _uuid(item["entity_id"]), values))
            )
        elif entity in LOGS:
            lists[entity].append((int(item.get("position") or 0), decode(values["entry"])))
    deal.version = version
    if updated_at is not None:
        deal.updated_at = updated_at
    for entity, entries in lists.items():
        ordered = [value for _position, value in sorted(entries, key=lambda pair: pair[0])]
        if entity in COLLECTIONS:
            attribute = COLLECTIONS[entity][0]
            if attribute == "route.steps":
                deal.route.steps = ordered
            else:
                setattr(deal, attribute, ordered)
        else:
            setattr(deal, LOGS[entity], ordered)
    return deal


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


# --- operations as the server takes them ----------------------------------------------------------


def _log_id_in(deal: Deal | None, op: Op) -> uuid.UUID:
    """The id of the log entry ``op`` adds to or removes from ``deal`` (the deal right after
    ``op``): an add made the last of the equal entries, a remove took away the one after them."""
    entry = op.new if op.kind == ADD else op.old
    equal = sum(1 for e in getattr(deal, LOGS[op.entity]) if e == entry) if deal is not None else 0
    return log_entry_id(op.entity, encode(entry), max(equal - 1, 0) if op.kind == ADD else equal)


def pending_entry_ids(
    deals: Mapping[uuid.UUID, Deal], pending: Iterable[tuple[uuid.UUID, uuid.UUID, int, Op]]
) -> dict[tuple[uuid.UUID, int], uuid.UUID]:
    """The ids of the log entries that operations not sent yet add or remove, by (action id, seq).

    ``pending`` is every such operation waiting to be sent, oldest first, as (action id, deal id,
    seq, op); ``deals`` the deals as they are now, after all of them. A log entry is named by what
    it says and by how many equal entries come before it (``log_entry_id``), so which of several
    equal entries an operation made is worked back from the log as it is now, newest first: an add
    made the last of the equal entries there were then, a remove took away the one after them.
    (Worked out from the deal at the time of sending instead, a move there, back and there again
    offline would send its second entry with the first one's id, and the server would keep one.)"""
    ids: dict[tuple[uuid.UUID, int], uuid.UUID] = {}
    equal: dict[tuple[uuid.UUID, str, str], int] = {}
    for action_id, deal_id, seq, op in reversed(list(pending)):
        if op.entity not in LOGS or op.kind not in (ADD, REMOVE) or deal_id not in deals:
            continue
        entry = op.new if op.kind == ADD else op.old
        encoded = encode(entry)
        key = (deal_id, op.entity, json.dumps(encoded, sort_keys=True, ensure_ascii=False))
        if key not in equal:
            equal[key] = sum(1 for e in getattr(deals[deal_id], LOGS[op.entity]) if e == entry)
        count = equal[key]
        if op.kind == ADD:
            ids[(action_id, seq)] = log_entry_id(op.entity, encoded, max(count - 1, 0))
            equal[key] = max(count - 1, 0)
        else:
            ids[(action_id, seq)] = log_entry_id(op.entity, encoded, count)
            equal[key] = count + 1
    return ids


def push_element(
    action: Action, seq: int, op: Op, deal: Deal | None, entry_id: uuid.UUID | None = None
) -> dict[str, Any] | None:
    """The element ``closeplan.push`` takes for the ``seq``-th operation of ``action``, or None
    for an operation that is not sent (an account's calendar is kept per laptop). ``deal`` is the
    deal as it is now here (None: deleted): an added deal is sent whole, as it is now. ``entry_id``:
    the id of the log entry the operation adds or removes (``pending_entry_ids``), if known."""
    element: dict[str, Any] = {
        "op_id": str(op_id(action.id, seq)),
        "action_id": str(action.id),
        "seq": seq,
        "deal_id": str(action.deal_id),
        "kind": op.kind,
        "entity": op.entity,
        "entity_id": str(op.entity_id) if op.entity_id is not None else str(action.deal_id),
        "field": op.field,
        "old": None,
        "new": None,
        "position": op.position,
        "at": action.at.isoformat() if isinstance(action.at, datetime) else str(action.at),
        "label": action.label,
        "source": action.source,
    }
    if op.entity == "account_calendar":
        return None
    if op.entity == "deal" and op.kind in (ADD, REMOVE):
        if op.kind == ADD:
            if deal is None:
                return None  # added and deleted again before it was sent: the removal says enough
            element["new"] = {"items": [_jsonable(i) for i in deal_items(deal)]}
        return element
    if op.entity == CONFLICT:
        element["kind"] = "resolve"
        element["new"] = op.new
        return element
    if op.kind == SET:
        element["old"], element["new"] = encode(op.old), encode(op.new)
    elif op.kind in (ADD, REMOVE) and op.entity in COLLECTIONS:
        value = op.new if op.kind == ADD else op.old
        element[("new" if op.kind == ADD else "old")] = item_fields(value)
    elif op.kind in (ADD, REMOVE) and op.entity in LOGS:
        value = op.new if op.kind == ADD else op.old
        element["entity_id"] = str(entry_id or _log_id_in(deal, op))
        element[("new" if op.kind == ADD else "old")] = {"entry": encode(value)}
    elif op.kind == ORDER:
        element["old"] = [str(i) for i in op.old or ()]
        element["new"] = [str(i) for i in op.new or ()]
    return element


def action_elements(action: Action, deal: Deal | None) -> list[dict[str, Any]]:
    """Every operation of ``action`` that is sent, as ``closeplan.push`` elements."""
    elements = (push_element(action, seq, op, deal) for seq, op in enumerate(action.ops))
    return [e for e in elements if e is not None]


def _jsonable(item: Mapping[str, Any]) -> dict[str, Any]:
    return {**item, "entity_id": str(item["entity_id"])}


def ops_from_change(kind: str, entity: str, entity_id: Any, field: str, old: Any, new: Any, position: Any) -> Op:
    """An operation of the server's change log, as the history keeps it (for the team's history)."""
    item_id = _uuid(entity_id) if entity_id is not None else None
    if entity in SINGLETON_ENTITIES:
        item_id = None
    if kind == SET:
        return Op(SET, entity, item_id, field, decode(old), decode(new))
    if kind in (ADD, REMOVE) and entity in COLLECTIONS and item_id is not None:
        values = new if kind == ADD else old
        item = item_from_fields(entity, item_id, values or {})
        return Op(kind, entity, item_id, old=item if kind == REMOVE else None, new=item if kind == ADD else None,
                  position=position)  # fmt: skip
    if kind in (ADD, REMOVE) and entity in LOGS:
        values = (new if kind == ADD else old) or {}
        entry = decode(values.get("entry"))
        return Op(kind, entity, None, old=entry if kind == REMOVE else None, new=entry if kind == ADD else None)
    if kind == ORDER:
        return Op(ORDER, entity, None, old=[_uuid(i) for i in old or ()], new=[_uuid(i) for i in new or ()])
    return Op(kind, entity, item_id, field)


def same_items(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
    """Two item lists hold the same items and values (order of the list aside)."""

    def key(items):
        return {(i["entity"], str(i["entity_id"])): (i.get("position", 0), i["fields"]) for i in items}

    return key(a) == key(b)
