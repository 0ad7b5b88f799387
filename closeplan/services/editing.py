"""Editing a deal, one user action at a time.

Every edit loads the deal, applies one change, validates the result and writes it in
its own transaction, raising the version. It returns an ``Edit`` with the deal before and
after and the field-level operations between them (``closeplan.domain.operations``). Undo
applies the inverse operations to the deal as it is *now*: it reverts only the fields its
action changed, and a field that something else (an import, another action) changed since is
left as it is and named in the result. Redo applies the operations again the same way.
Nothing is written when the change is invalid, and a value of the wrong kind (e.g. the plain
text of an enum) is refused with ``FieldTypeError``. The changes themselves (mutations) are
built with ``closeplan.domain.edits``.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field

from closeplan.domain import fields as F
from closeplan.domain.baselines import record_moves
from closeplan.domain.edits import Mutation
from closeplan.domain.model import (
    Deal,
)
from closeplan.domain.operations import ADD, REMOVE, SET, Conflict, Op, clone, diff, invert, owner_class
from closeplan.domain.operations import apply as apply_ops
from closeplan.services.deals import Changes, DealService, StaleVersion

ATTEMPTS = 3  # tries of an edit, undo or redo that another writer got ahead of (see EditService.edit)


@dataclass
class Edit:
    label: str
    deal_id: uuid.UUID
    before: Deal | None  # None: the deal did not exist
    after: Deal | None  # None: the deal was deleted
    changes: Changes
    ops: list[Op] = field(default_factory=list)  # what changed, field by field
    action_id: uuid.UUID | None = None  # the action in the deal's history


@dataclass
class Replayed:
    """What an undo or redo did: the changes written, and the operations it left alone because
    what they would change was changed since (or is gone)."""

    changes: Changes
    left: list[Conflict] = field(default_factory=list)


def check_types(ops: list[Op]) -> None:
    """Every value an operation writes has its field's declared type (FieldTypeError if not)."""
    for op in ops:
        if op.entity == "deal" and op.kind != SET:
            continue
        if op.kind == SET and op.entity in (
            "deal",
            "bant",
            "approval_path",
            "route",
            "step",
            "stakeholder",
            "risk",
            "route_desk",
        ):
            name = op.field.split(".", 1)[1] if op.entity == "bant" else op.field
            F.check(owner_class(op.entity), name, op.new)
        elif op.kind == ADD and op.entity in ("step", "stakeholder", "risk", "route_desk"):
            cls = owner_class(op.entity)
            for name in F.field_types(cls):
                F.check(cls, name, getattr(op.new, name))


class EditService:
    def __init__(self, deals: DealService, source: str = "edit"):
        self.deals = deals
        self.source = source  # where the edits come from, for the history ("edit", "cli-edit")

    def edit(self, deal_id: uuid.UUID, label: str, mutate: Mutation) -> Edit:
        """Apply one user action; an action that changes nothing writes nothing (empty ``ops``).

        When another writer saved the deal between reading and writing it (StaleVersion), the
        deal is read again and the action applied to it again, up to ``ATTEMPTS`` times: a
        concurrent change of another field is kept, not overwritten. The first try reads
        without a lock; a retry reads and writes inside one write transaction, so that a writer
        saving again and again cannot keep getting ahead of it."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                if attempt == 1:
                    return self._edit_once(deal_id, label, mutate)
                with self.deals.write_locked():
                    return self._edit_once(deal_id, label, mutate, fresh=True)
            except StaleVersion:
                if attempt == ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def _edit_once(self, deal_id: uuid.UUID, label: str, mutate: Mutation, fresh: bool = False) -> Edit:
        before = self.deals.get_deal(deal_id) if fresh else self.deals.deal_for_edit(deal_id)
        after = clone(before)
        mutate(after)
        record_moves(before, after, self.deals.today())
        ops = diff(before, after)
        if not ops:
            if not fresh:  # nothing to change in the copy last written: make sure it is what is stored
                return self._edit_once(deal_id, label, mutate, fresh=True)
            return Edit(label, deal_id, before, before, Changes(), [])
        check_types(ops)
        after.version = before.version + 1
        after.updated_at = max(self.deals.clock(), before.updated_at)
        action = self.deals.action(deal_id, label, self.source, before.version, ops)
        changes = self.deals.write_change(before, after, ops, action)  # validated there, once
        return Edit(label, deal_id, before, after, changes, ops, action.id)

    def delete(self, deal_id: uuid.UUID, label: str = "Delete deal") -> Edit:
        """Delete a whole deal; the Edit keeps it, so undo brings it back."""
        before = self.deals.get_deal(deal_id)
        ops = [Op(REMOVE, "deal", deal_id, old=before)]
        action = self.deals.action(deal_id, label, "delete", before.version, ops)
        changes = self.deals.delete(deal_id, action=action)
        return Edit(label, deal_id, before, None, changes, ops, action.id)

    def created(self, deal: Deal, label: str) -> Edit:
        """A deal that was just created (e.g. from a template), as an action undo can take back."""
        return Edit(label, deal.id, None, deal, Changes(added=[deal.id]), [Op(ADD, "deal", deal.id, new=deal)])

    def undo(self, edit: Edit) -> Replayed:
        return self.replay(edit.deal_id, invert(edit.ops), f"Undo: {edit.label}", "undo", edit.action_id)

    def redo(self, edit: Edit) -> Replayed:
        return self.replay(edit.deal_id, edit.ops, f"Redo: {edit.label}", "redo", edit.action_id)

    def replay(
        self, deal_id: uuid.UUID, ops: list[Op], label: str = "", source: str = "undo", undoes: uuid.UUID | None = None
    ) -> Replayed:
        """Apply operations to the deal as it is now (see the module doc); when another writer
        saved it meanwhile (StaleVersion), to the deal as it is then (read and written in one write
        transaction), up to ``ATTEMPTS`` times."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                if attempt == 1:
                    return self._replay_once(deal_id, ops, label, source, undoes)
                with self.deals.write_locked():
                    return self._replay_once(deal_id, ops, label, source, undoes, fresh=True)
            except StaleVersion:
                if attempt == ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def _replay_once(
        self, deal_id: uuid.UUID, ops: list[Op], label: str, source: str, undoes: uuid.UUID | None, fresh: bool = False
    ) -> Replayed:
        whole = [op for op in ops if op.entity == "deal" and op.kind in (ADD, REMOVE)]
        current = self._current(deal_id, fresh=fresh or bool(whole))
        if whole:
            return self._replay_whole(deal_id, whole[0], current, label, source, undoes)
        if current is None:
            return Replayed(Changes(), [Conflict(op, "gone") for op in ops])
        state = clone(current)
        left = apply_ops(state, ops)
        applied = diff(current, state)  # what really changed: the history keeps that, not what was left
        if not applied:
            if not fresh:  # judged on the copy last written: judge again on what is stored
                return self._replay_once(deal_id, ops, label, source, undoes, fresh=True)
            return Replayed(Changes(), left)
        state.version = current.version + 1
        state.updated_at = max(self.deals.clock(), current.updated_at)
        action = self.deals.action(deal_id, label, source, current.version, applied, undoes)
        return Replayed(self.deals.write_change(current, state, applied, action), left)

    def _replay_whole(
        self, deal_id: uuid.UUID, op: Op, current: Deal | None, label: str, source: str, undoes: uuid.UUID | None
    ) -> Replayed:
        if op.kind == ADD:  # bring a deleted deal back (or take back a deletion's undo)
            if current is not None:
                return Replayed(Changes(), [] if not diff(op.new, current) else [Conflict(op, "exists")])
            state = copy.deepcopy(op.new)
            state.updated_at = max(self.deals.clock(), state.updated_at)
            action = self.deals.action(deal_id, label, source, 0, [Op(ADD, "deal", deal_id, new=state)], undoes)
            return Replayed(self.deals.save(state, replace=False, action=action))
        if current is None:
            return Replayed(Changes())
        if diff(op.old, current):  # changed since it was made (an import): do not delete it
            return Replayed(Changes(), [Conflict(op, "changed")])
        action = self.deals.action(
            deal_id, label, source, current.version, [Op(REMOVE, "deal", deal_id, old=current)], undoes
        )
        return Replayed(self.deals.delete(deal_id, version=current.version, action=action))

    def _current(self, deal_id: uuid.UUID, fresh: bool = True) -> Deal | None:
        """The deal as stored (``fresh``), or as this service last wrote it: a stale copy fails the
        write's version check and the replay runs again on the deal read anew."""
        try:
            return self.deals.get_deal(deal_id) if fresh else self.deals.deal_for_edit(deal_id)
        except LookupError:
            return None
