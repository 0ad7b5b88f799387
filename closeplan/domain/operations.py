"""A change to a deal as field-level operations: what changed, from which value to which.

``diff(before, after)`` lists the operations that turn one state of a deal into another:
a field of the deal, of its BANT, approval path or route set from an old to a new value; a
step, stakeholder, risk or route desk added (with all its fields), removed (keeping what was
removed), one of its fields set, or the order of a list changed; an entry appended to the
close-date history or the step moves. ``apply`` carries operations out on a deal and checks
each against what is there: a field whose current value is not the operation's old value was
changed by something else since, and is not overwritten — ``apply`` reports it as a
``Conflict`` (or, with ``strict``, refuses the whole change). Undo is ``apply(invert(ops))``:
it reverts exactly the fields its action changed and leaves (and names) any field that was
changed since by something else, such as an import.

Numbered revisions (documents already issued) are recorded but never inverted: what the
customer received stays received, whatever is undone.
"""

from __future__ import annotations

import copy
import datetime as dt
import typing
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import Enum
from typing import Any

from closeplan.domain.model import ApprovalPath, ApprovalRoute, Bant, BantItem, Deal, Risk, RouteStep, Stakeholder, Step

SET, ADD, REMOVE, ORDER = "set", "add", "remove", "order"

# entity -> (attribute of the deal that holds the list, the item class)
COLLECTIONS: dict[str, tuple[str, type]] = {
    "step": ("steps", Step),
    "stakeholder": ("stakeholders", Stakeholder),
    "risk": ("risks", Risk),
    "route_desk": ("route.steps", RouteStep),
}
# append-only logs of the deal (entries have no id; compared by value)
LOGS: dict[str, str] = {"close_change": "close_date_history", "step_move": "step_moves", "revision": "revisions"}
# an account's calendar and authority table changed (kept in the history of each of its deals;
# stored per account, not in the deal, so applying or undoing a deal's operations leaves it)
ACCOUNT_CALENDAR = "account_calendar"
# a conflict with the team server was decided (entity_id: the conflict; new: "mine" or "theirs")
CONFLICT_DECISION = "conflict"
NOT_INVERTED = {"revision", ACCOUNT_CALENDAR, CONFLICT_DECISION}
# parts of the deal that are not fields of their own: lists above, bookkeeping, stored per account
_NOT_FIELDS = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "bant",
    "approval_path",
    "route",
    "account_profile",
    "steps",
    "stakeholders",
    "risks",
    "close_date_history",
    "step_moves",
    "revisions",
}
DEAL_FIELDS = tuple(f.name for f in fields(Deal) if f.name not in _NOT_FIELDS)
BANT_FIELDS = tuple(f"{item}.{part}" for item in Bant.FIELDS for part in ("confirmed", "note"))
PATH_FIELDS = tuple(f.name for f in fields(ApprovalPath))
ROUTE_FIELDS = tuple(f.name for f in fields(ApprovalRoute) if f.name != "steps")
SINGLETONS: dict[str, tuple[str, ...]] = {
    "deal": DEAL_FIELDS,
    "bant": BANT_FIELDS,
    "approval_path": PATH_FIELDS,
    "route": ROUTE_FIELDS,
}


@dataclass(frozen=True)
class Op:
    """One field-level operation. ``entity_id`` names the step, stakeholder, risk or desk (None
    for the deal itself and its singletons); ``field`` is empty for ADD/REMOVE; ``position`` is
    where an added item goes (or where a removed one was)."""

    kind: str
    entity: str
    entity_id: uuid.UUID | None = None
    field: str = ""
    old: Any = None
    new: Any = None
    position: int | None = None

    def describe(self) -> str:
        """The operation's address, e.g. ``step 1b2c….status`` (no values: they may be customer data)."""
        where = self.entity if self.entity_id is None else f"{self.entity} {self.entity_id}"
        return f"{where}.{self.field}" if self.field else where


@dataclass(frozen=True)
class Conflict:
    """An operation that was not carried out, and why: ``changed`` (the field holds another value
    than the operation expected), ``gone`` (the item it refers to is no longer there) or
    ``exists`` (an item with its id is there already, different)."""

    op: Op
    reason: str
    current: Any = None


class StaleChange(Exception):
    """Operations whose expected old values are not what is stored: nothing was applied."""

    def __init__(self, conflicts: Sequence[Conflict]):
        self.conflicts = list(conflicts)
        super().__init__("; ".join(f"{c.op.describe()} ({c.reason})" for c in self.conflicts))


def same(a: Any, b: Any) -> bool:
    """Equal and of the same kind: ``Decimal('1.0')`` is not ``Decimal('1')`` (the amount shows
    differently), and an enum member is not the plain text of its value."""
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return isinstance(a, Decimal) and isinstance(b, Decimal) and a.as_tuple() == b.as_tuple()
    if isinstance(a, Enum) or isinstance(b, Enum):
        return type(a) is type(b) and a == b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b if a is not None and b is not None else a is b


# --- reading and writing a field by its address -----------------------------------------------


def _items(deal: Deal, entity: str) -> list:
    attribute, _cls = COLLECTIONS[entity]
    return deal.route.steps if attribute == "route.steps" else getattr(deal, attribute)


def items_of(deal: Deal, entity: str) -> list:
    """The deal's list of one kind of item (``step``, ``stakeholder``, ``risk``, ``route_desk``)."""
    return _items(deal, entity)


def item_name(item: Any) -> str:
    """What the user calls an item: a step's title, a person's name, a risk's description, a
    desk's person ("" when it has none)."""
    for attribute in ("title", "name", "description", "person"):
        text = getattr(item, attribute, "")
        if text:
            return text
    return ""


def _singleton(deal: Deal, entity: str, name: str) -> tuple[Any, str]:
    if entity == "deal":
        return deal, name
    if entity == "bant":
        item, part = name.split(".", 1)
        return getattr(deal.bant, item), part
    if entity == "approval_path":
        return deal.approval_path, name
    if entity == "route":
        return deal.route, name
    raise KeyError(entity)


def _find(items: list, item_id: uuid.UUID) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    return -1


def owner_class(entity: str, name: str = "") -> type:
    """The dataclass that declares the field an operation changes (for type checks)."""
    if entity in COLLECTIONS:
        return COLLECTIONS[entity][1]
    return {"deal": Deal, "bant": BantItem, "approval_path": ApprovalPath, "route": ApprovalRoute}[entity]


# --- diff -------------------------------------------------------------------------------------

_NAMES: dict[type, list[str]] = {}


def _field_names(cls: type) -> list[str]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = [f.name for f in fields(cls) if f.name != "id"]
    return names


def clone(deal: Deal) -> Deal:
    """A copy of the deal an edit can change without touching the original: every item and every
    list of it is new, the values (immutable) are shared. Much faster than copy.deepcopy."""
    from dataclasses import replace

    new = copy.copy(deal)
    new.bant = Bant(*(copy.copy(getattr(deal.bant, name)) for name in Bant.FIELDS))
    new.steps = [_copy_with_lists(s) for s in deal.steps]
    new.stakeholders = [_copy_with_lists(p) for p in deal.stakeholders]
    new.risks = [copy.copy(r) for r in deal.risks]
    new.approval_path = copy.copy(deal.approval_path)
    new.route = replace(deal.route, steps=[copy.copy(d) for d in deal.route.steps])
    new.close_date_history = [copy.copy(c) for c in deal.close_date_history]
    new.step_moves = list(deal.step_moves)  # frozen entries
    new.revisions = list(deal.revisions)  # frozen entries
    return new


def _copy_with_lists(item):
    twin = copy.copy(item)
    for name in _field_names(type(item)):
        value = getattr(twin, name)
        if isinstance(value, list):
            setattr(twin, name, list(value))
    return twin


def _own(value: Any) -> Any:
    """A field's value that later changes of the deal cannot reach: fields hold immutable values
    (text, dates, numbers, enums, ids) or lists of them."""
    return list(value) if isinstance(value, list) else value


def _diff_fields(entity: str, item_id, old_obj, new_obj, names: Iterable[str], out: list[Op]) -> None:
    for name in names:
        old, new = getattr(old_obj, name), getattr(new_obj, name)
        if old is new or (type(old) is type(new) and old == new and not isinstance(old, (Decimal, list))):
            continue
        if not same(old, new):
            out.append(Op(SET, entity, item_id, name, _own(old), _own(new)))


def diff(before: Deal, after: Deal) -> list[Op]:
    """The operations that turn ``before`` into ``after`` (the same deal)."""
    ops: list[Op] = []
    _diff_fields("deal", None, before, after, DEAL_FIELDS, ops)
    for name in BANT_FIELDS:
        item, part = name.split(".", 1)
        old, new = getattr(getattr(before.bant, item), part), getattr(getattr(after.bant, item), part)
        if not same(old, new):
            ops.append(Op(SET, "bant", None, name, old, new))
    _diff_fields("approval_path", None, before.approval_path, after.approval_path, PATH_FIELDS, ops)
    _diff_fields("route", None, before.route, after.route, ROUTE_FIELDS, ops)
    for entity, (_attribute, cls) in COLLECTIONS.items():
        old_items, new_items = _items(before, entity), _items(after, entity)
        old_by = {i.id: i for i in old_items}
        new_by = {i.id: i for i in new_items}
        for position, item in enumerate(old_items):
            if item.id not in new_by:
                ops.append(Op(REMOVE, entity, item.id, old=copy.deepcopy(item), position=position))
        for position, item in enumerate(new_items):
            if item.id not in old_by:
                ops.append(Op(ADD, entity, item.id, new=copy.deepcopy(item), position=position))
            else:
                _diff_fields(entity, item.id, old_by[item.id], item, _field_names(cls), ops)
        kept_old = [i.id for i in old_items if i.id in new_by]
        kept_new = [i.id for i in new_items if i.id in old_by]
        if kept_old != kept_new:
            ops.append(Op(ORDER, entity, None, old=kept_old, new=kept_new))
    for entity, attribute in LOGS.items():
        old_log, new_log = getattr(before, attribute), getattr(after, attribute)
        remaining = list(old_log)
        for entry in new_log:
            if entry in remaining:
                remaining.remove(entry)
            else:
                ops.append(Op(ADD, entity, new=copy.deepcopy(entry)))
        for entry in remaining:
            ops.append(Op(REMOVE, entity, old=copy.deepcopy(entry)))
    return ops


def invert(ops: Sequence[Op]) -> list[Op]:
    """The operations that undo ``ops`` (issued revisions excepted)."""
    inverse = []
    for op in reversed(ops):
        if op.entity in NOT_INVERTED:
            continue
        if op.kind == SET:
            inverse.append(Op(SET, op.entity, op.entity_id, op.field, op.new, op.old))
        elif op.kind == ADD:
            inverse.append(Op(REMOVE, op.entity, op.entity_id, old=op.new, position=op.position))
        elif op.kind == REMOVE:
            inverse.append(Op(ADD, op.entity, op.entity_id, new=op.old, position=op.position))
        elif op.kind == ORDER:
            inverse.append(Op(ORDER, op.entity, None, old=op.new, new=op.old))
    return inverse


# --- apply ------------------------------------------------------------------------------------

_PHASES = {REMOVE: 0, ADD: 1, SET: 2, ORDER: 3}


def apply(deal: Deal, ops: Sequence[Op], strict: bool = False) -> list[Conflict]:
    """Carry ``ops`` out on ``deal`` (in place). Each operation is checked against what is there:
    one whose old value does not match is skipped and returned as a Conflict; one that is
    already in effect (the field holds its new value, the item is already gone) is a no-op.
    With ``strict`` any conflict raises StaleChange and ``deal`` is left unchanged."""
    work = copy.deepcopy(deal) if strict else deal
    conflicts: list[Conflict] = []
    ordered = sorted(
        enumerate(ops), key=lambda p: (_PHASES[p[1].kind], p[1].position or 0 if p[1].kind == ADD else 0, p[0])
    )
    for _i, op in ordered:
        conflict = _apply_one(work, op)
        if conflict is not None:
            conflicts.append(conflict)
    if strict:
        if conflicts:
            raise StaleChange(conflicts)
        for f in fields(Deal):
            setattr(deal, f.name, getattr(work, f.name))
    return conflicts


def _apply_one(deal: Deal, op: Op) -> Conflict | None:
    if op.entity in (ACCOUNT_CALENDAR, CONFLICT_DECISION):
        return None
    if op.entity in LOGS:
        log = getattr(deal, LOGS[op.entity])
        if op.kind == ADD:
            log.append(copy.deepcopy(op.new))
        elif op.kind == REMOVE and op.old in log:
            log.remove(op.old)
        return None
    if op.entity in SINGLETONS:
        target, name = _singleton(deal, op.entity, op.field)
        return _set(target, name, op)
    items = _items(deal, op.entity)
    if op.kind == ORDER:
        return _reorder(items, op)
    at = _find(items, op.entity_id) if op.entity_id is not None else -1
    if op.kind == SET:
        if at < 0:
            return Conflict(op, "gone")
        return _set(items[at], op.field, op)
    if op.kind == ADD:
        if at >= 0:
            return None if _same_item(items[at], op.new) else Conflict(op, "exists", copy.deepcopy(items[at]))
        position = len(items) if op.position is None else min(op.position, len(items))
        items.insert(position, copy.deepcopy(op.new))
        return None
    if op.kind == REMOVE:
        if at < 0:
            return None
        if not _same_item(items[at], op.old):
            return Conflict(op, "changed", copy.deepcopy(items[at]))
        del items[at]
        return None
    raise ValueError(f"unknown operation kind {op.kind!r}")


def _same_item(a, b) -> bool:
    return all(same(getattr(a, f.name), getattr(b, f.name)) for f in fields(type(a)))


def _set(target, name: str, op: Op) -> Conflict | None:
    current = getattr(target, name)
    if same(current, op.new):
        return None
    if not same(current, op.old):
        return Conflict(op, "changed", copy.deepcopy(current))
    setattr(target, name, copy.deepcopy(op.new))
    return None


def _reorder(items: list, op: Op) -> Conflict | None:
    """Put the items named by the operation in its new order, among the places they hold now;
    items added since keep their places. If they are not in the old order now, it is a conflict."""
    wanted = [i for i in op.new if _find(items, i) >= 0]
    current = [item.id for item in items if item.id in set(wanted)]
    if current == wanted:
        return None
    expected = [i for i in op.old if i in set(wanted)]
    if current != expected:
        return Conflict(op, "changed", current)
    by_id = {item.id: item for item in items}
    slots = [i for i, item in enumerate(items) if item.id in set(wanted)]
    for slot, item_id in zip(slots, wanted):
        items[slot] = by_id[item_id]
    return None


def changed_fields(ops: Iterable[Op]) -> set[str]:
    """The addresses the operations touch, e.g. {"deal.name", "step.status"} (no ids, no values)."""
    return {f"{op.entity}.{op.field}" if op.field else f"{op.entity}.{op.kind}" for op in ops}


# --- an action: the operations of one user action, as the history keeps them ----------------------


@dataclass(frozen=True)
class Action:
    """One user action (an edit, an undo, an import …) and its operations. ``undoes`` names the
    action an undo reverted; ``source`` says where it came from ("edit", "undo", "redo", "create",
    "delete", "import-bundle", "import-crm", "cli-edit")."""

    id: uuid.UUID
    deal_id: uuid.UUID
    label: str
    source: str
    author: str
    at: Any  # datetime (UTC)
    base_version: int  # the deal's version the action was made on (0: it did not exist)
    ops: tuple[Op, ...]
    undoes: uuid.UUID | None = None


def _classes() -> dict[str, type]:
    from closeplan.domain import model

    found: dict[str, type] = {}
    for name in dir(model):
        value = getattr(model, name)
        if isinstance(value, type) and (issubclass(value, Enum) or hasattr(value, "__dataclass_fields__")):
            found[name] = value
    return found


_CLASSES: dict[str, type] | None = None
_TUPLES: dict[type, frozenset[str]] = {}  # per item class: its fields that hold tuples


def _tuple_fields(cls: type) -> frozenset[str]:
    tuples = _TUPLES.get(cls)
    if tuples is None:
        hints = typing.get_type_hints(cls)
        tuples = _TUPLES[cls] = frozenset(name for name, hint in hints.items() if typing.get_origin(hint) is tuple)
    return tuples


def encode(value: Any) -> Any:
    """A value of an operation as plain JSON data (dates, money, ids, enums and whole items kept
    exactly, so the history can be read back and undone)."""
    if value is None or isinstance(value, bool) or (isinstance(value, (int, str)) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return {"enum": type(value).__name__, "value": value.value}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, uuid.UUID):
        return {"uuid": str(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"map": {str(k): encode(v) for k, v in value.items()}}
    if hasattr(value, "__dataclass_fields__"):
        return {"item": type(value).__name__, "fields": {f.name: encode(getattr(value, f.name)) for f in fields(value)}}
    raise TypeError(f"cannot keep a {type(value).__name__} in the history")


def decode(data: Any) -> Any:
    """The value ``encode`` made ``data`` from."""
    global _CLASSES
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if _CLASSES is None:
        _CLASSES = _classes()
    if "enum" in data:
        return _CLASSES[data["enum"]](data["value"])
    if "datetime" in data:
        return dt.datetime.fromisoformat(data["datetime"])
    if "date" in data:
        return dt.date.fromisoformat(data["date"])
    if "decimal" in data:
        return Decimal(data["decimal"])
    if "uuid" in data:
        return uuid.UUID(data["uuid"])
    if "map" in data:
        return {k: decode(v) for k, v in data["map"].items()}
    cls = _CLASSES[data["item"]]
    tuples = _tuple_fields(cls)
    values = {}
    for name, raw in data["fields"].items():
        value = decode(raw)
        if name in tuples and isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return cls(**values)
