"""Between the widgets and the services: every edit becomes an undoable command on the
deal's own undo stack, and listeners hear which deals changed so views refresh."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from closeplan.domain.model import Deal
from closeplan.domain.validation import ValidationError
from closeplan.services.deals import Changes, DealService
from closeplan.services.editing import Edit, EditService, Mutation

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """An edit already saved; undo and redo write the before/after snapshots back."""

    def __init__(self, controller: "EditController", edit: Edit):
        super().__init__(edit.label)
        self.controller = controller
        self.edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # pushed after the edit was saved: nothing to do the first time
            return
        self.controller.restore(self.edit.deal_id, self.edit.after)

    def undo(self) -> None:
        self.controller.restore(self.edit.deal_id, self.edit.before)


class EditController(QObject):
    deal_changed = Signal(object, object)  # deal id, Changes
    edit_failed = Signal(str)  # a message for the user; nothing was saved

    def __init__(self, service: DealService, parent=None):
        super().__init__(parent)
        self.service = service
        self.editing = EditService(service)
        self.group = QUndoGroup(self)
        self._stacks: dict[uuid.UUID, QUndoStack] = {}

    def stack(self, deal_id: uuid.UUID) -> QUndoStack:
        """One undo stack per deal, created when the deal is first opened."""
        if deal_id not in self._stacks:
            stack = QUndoStack(self.group)
            self._stacks[deal_id] = stack
        return self._stacks[deal_id]

    def activate(self, deal_id: uuid.UUID | None) -> None:
        self.group.setActiveStack(self.stack(deal_id) if deal_id else None)

    def apply(self, deal_id: uuid.UUID, label: str, mutation: Mutation) -> Deal | None:
        """Save one edit as an undoable command; on invalid input, say why and save nothing."""
        try:
            edit = self.editing.edit(deal_id, label, mutation)
        except ValidationError as exc:
            message = "; ".join(f"{e.field}: {e.message}" for e in exc.errors) or str(exc)
            self.edit_failed.emit(message)
            return None
        self.stack(deal_id).push(EditCommand(self, edit))
        self.deal_changed.emit(deal_id, edit.changes)
        return edit.after

    def delete_deal(self, deal_id: uuid.UUID, label: str) -> None:
        edit = self.editing.delete(deal_id, label)
        self.stack(deal_id).push(EditCommand(self, edit))
        self.deal_changed.emit(deal_id, edit.changes)

    def record_created(self, deal: Deal, label: str) -> None:
        """Make a deal that was just created (e.g. from a template) undoable as one step."""
        edit = Edit(label, deal.id, None, deal, Changes(added=[deal.id]))
        self.stack(deal.id).push(EditCommand(self, edit))
        self.activate(deal.id)

    def restore(self, deal_id: uuid.UUID, snapshot: Deal | None) -> None:
        changes = self.editing.restore(deal_id, snapshot)
        self.deal_changed.emit(deal_id, changes)
