"""What an action in a deal's history did, in the UI language of the moment: built from where
it came from (its ``source``) and its field-level operations, never from the label the
services stored with it (English, or the language of whoever made it; ``closeplan history``
prints that one). An action from a source this module does not know keeps its stored label.

    Set amount, stage                            an edit (or ``closeplan edit``) of deal fields
    Set status, completed date of step “PO”      … of one step
    Add step “Board approval”                    an item added (or removed, reordered)
    Undo: Set amount                             what the undone action did
    Import a bundle                              imports, revisions, restores: what they are
    Decide a conflict: keep mine                 a conflict decided here (``resolve``)
    Set title of step “PO”                       a teammate's action, pulled by a sync (``sync``)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence

from closeplan.domain.model import Deal
from closeplan.domain.operations import ACCOUNT_CALENDAR, ADD, COLLECTIONS, LOGS, ORDER, REMOVE, SET, Action, Op, invert
from closeplan.domain.replica import CONFLICT
from closeplan.ui.field_names import field_label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

# Actions that are what they are, whatever they changed.
WHOLE = {
    "create": QT_TRANSLATE_NOOP("Actions", "Create deal"),
    "delete": QT_TRANSLATE_NOOP("Actions", "Delete deal"),
    "import-bundle": QT_TRANSLATE_NOOP("Actions", "Import a bundle"),
    "import-crm": QT_TRANSLATE_NOOP("Actions", "Import from a CRM"),
    "restore": QT_TRANSLATE_NOOP("Actions", "Restore a backup"),
    "account": QT_TRANSLATE_NOOP("Actions", "Change the account calendar"),
    "mend": QT_TRANSLATE_NOOP("Actions", "Mend the plan after the team's changes"),
}
BY_OPERATIONS = {"edit", "cli-edit"}  # said by what they changed
TEAM = {"sync", "upload"}  # pulled from the team server (said by what they changed) and the first upload
KEEPS = {
    "mine": QT_TRANSLATE_NOOP("Actions", "Decide a conflict: keep mine"),
    "theirs": QT_TRANSLATE_NOOP("Actions", "Decide a conflict: keep theirs"),
}
REPLAYS = {
    "undo": QT_TRANSLATE_NOOP("Actions", "Undo: {action}"),
    "redo": QT_TRANSLATE_NOOP("Actions", "Redo: {action}"),
}
ORDERS = {
    "step": QT_TRANSLATE_NOOP("Actions", "Reorder the plan"),
    "stakeholder": QT_TRANSLATE_NOOP("Actions", "Reorder the stakeholders"),
    "risk": QT_TRANSLATE_NOOP("Actions", "Reorder the risks"),
    "route_desk": QT_TRANSLATE_NOOP("Actions", "Reorder the approval route"),
}
BOOKKEEPING = {"changed_on"}  # fields the program keeps up to date, never set by the user
SHOWN_PARTS = 3  # what an action names before "…"


def action_label(action: Action, deal: Deal | None, others: Mapping[uuid.UUID, Action] | None = None) -> str:
    """``action`` in words in the UI language. ``deal`` names steps and people (as it is now);
    ``others``, the deal's other actions by id, names what an undo or redo replayed."""
    source = action.source
    if source in WHOLE:
        return translate("Actions", WHOLE[source])
    if source == "revision":
        number = next((getattr(op.new, "number", None) for op in action.ops if op.entity == "revision"), None)
        if number is not None:
            return translate("Actions", "Customer PDF, revision {number}").format(number=number)
    elif source in REPLAYS:
        replayed = (others or {}).get(action.undoes) if action.undoes else None
        if replayed is not None:
            what = action_label(replayed, deal, others)
        else:  # the operations an undo applied are the inverse of those it undid
            what = operations_label(invert(list(action.ops)) if source == "undo" else action.ops, deal)
        if what:
            return translate("Actions", REPLAYS[source]).format(action=what)
    elif source in BY_OPERATIONS:
        return operations_label(action.ops, deal) or action.label
    elif source == "resolve" or (source in TEAM and any(op.entity == CONFLICT for op in action.ops)):
        return _decision(action, deal)
    elif source in TEAM:
        return operations_label(action.ops, deal) or action.label
    return action.label


def _decision(action: Action, deal: Deal | None) -> str:
    """A conflict decided: here, which side was kept; pulled, the decision (whose side was "mine"
    is the teammate's); and the field it set, if any."""
    keep = next((op.new for op in action.ops if op.entity == CONFLICT and op.new in KEEPS), None)
    if action.source == "resolve" and keep is not None:
        head = translate("Actions", KEEPS[keep])
    else:
        head = translate("Actions", "Decide a conflict")
    rest = operations_label([op for op in action.ops if op.entity != CONFLICT], deal)
    return _parts().join([head, rest]) if rest else head


def operations_label(ops: Iterable[Op], deal: Deal | None) -> str:
    """What ``ops`` do, e.g. "Set amount, stage" or "Add step “PO issued”; Set due date of step
    “Board approval”" ("" for operations that only keep the books)."""
    parts: list[str | tuple[str, str]] = []  # words, or (kind, entity) of operations said together
    together: dict[tuple[str, str], list[Op]] = {}
    for op in ops:
        if op.entity in LOGS or op.entity == CONFLICT or op.field in BOOKKEEPING:
            continue
        if op.entity == "deal" and op.kind in (ADD, REMOVE):
            parts.append(translate("Actions", WHOLE["create" if op.kind == ADD else "delete"]))
        elif op.kind in (SET, ADD, REMOVE):
            key = (op.kind, "" if op.kind == SET else op.entity)  # every field set, in one part
            if key not in together:
                parts.append(key)
            together.setdefault(key, []).append(op)
        elif op.kind == ORDER and op.entity in ORDERS:
            text = translate("Actions", ORDERS[op.entity])
            if text not in parts:
                parts.append(text)
    words = [part if isinstance(part, str) else _said(part[0], together[part], deal) for part in parts]
    if len(words) > SHOWN_PARTS:
        words = [*words[:SHOWN_PARTS], "…"]
    return _parts().join(words)


def _said(kind: str, ops: Sequence[Op], deal: Deal | None) -> str:
    if kind == SET:
        return translate("Actions", "Set {fields}").format(fields=_fields(ops, deal))
    what = field_label(deal, ops[0])  # step “PO issued”
    if len(ops) > 1:
        what = translate("Actions", "{what} and {count} more").format(what=what, count=len(ops) - 1)
    if kind == ADD:
        return translate("Actions", "Add {what}").format(what=what)
    return translate("Actions", "Remove {what}").format(what=what)


def _items() -> str:
    return translate("Actions", ", ", "between the fields an action set")


def _parts() -> str:
    return translate("Actions", "; ", "between the parts of an action (fields set, steps added …)")


def _field_name(field: str) -> str:
    return field_label(None, Op(SET, "deal", None, field))


def _fields(ops: Sequence[Op], deal: Deal | None) -> str:
    """ "amount, stage; due date of step “PO”": the fields set, those of one item together."""
    groups: dict[tuple[str, uuid.UUID | None], list[Op]] = {}
    for op in ops:
        groups.setdefault((op.entity, op.entity_id), []).append(op)
    texts = []
    for (entity, entity_id), same in groups.items():
        if entity == ACCOUNT_CALENDAR:
            texts.append(translate("Actions", "the account calendar"))
        elif entity in COLLECTIONS:
            names = _items().join(dict.fromkeys(_field_name(op.field) for op in same))
            thing = field_label(deal, Op(SET, entity, entity_id))  # no field: the item itself
            texts.append(translate("Fields", "{field} of {thing}").format(field=names, thing=thing))
        else:
            texts.append(_items().join(dict.fromkeys(field_label(deal, op) for op in same)))
    if len(texts) > SHOWN_PARTS:
        texts = [*texts[:SHOWN_PARTS], "…"]
    return _parts().join(texts)
