"""Between the widgets and the services: every edit becomes an undoable command on the
deal's own undo stack, and listeners hear which deals changed so views refresh.

An edit the database refuses to write (disk full, read-only file, a vanished drive) is not
thrown away: it is kept as an *unsaved* edit, shown on screen on top of the stored deal, and
written by ``retry`` (also tried before the next edit of that deal), or saved to a file.

Every other write of the window — a bundle or CRM import, a customer PDF recorded as a revision,
a restored backup — runs through ``run``: success is broadcast as ``deal_changed`` (views refresh
from the change record), a failure is said once, in the UI language, and nothing else happens."""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from closeplan.domain.edits import Mutation
from closeplan.domain.model import AccountProfile, Deal
from closeplan.domain.operations import Conflict
from closeplan.domain.validation import ValidationError, ensure_valid
from closeplan.ui.field_names import field_label, path_label
from closeplan.ui.i18n import translate

if TYPE_CHECKING:  # the services are imported when the database is opened (see EditController)
    from closeplan.services.deals import DealService, WriteFailed
    from closeplan.services.editing import Edit, EditService

log = logging.getLogger(__name__)
T = TypeVar("T")


class EditCommand(QUndoCommand):
    """An edit already saved. Undo applies the inverse of its field-level operations to the deal
    as it is now, redo the operations again: only the fields this action changed are touched, and
    a field changed since by something else (an import, a restore) is left and named."""

    def __init__(self, controller: EditController, edit: Edit):
        super().__init__(edit.label)
        self.controller = controller
        self.edit = edit
        self._applied = True

    def retranslate(self) -> None:
        """Name the edit in the UI language of the moment (as the History tab does): its label
        was made in the language of its time ("Undo タスク名の変更" in an English window)."""
        from closeplan.ui.action_names import operations_label

        words = operations_label(self.edit.ops, self.edit.after or self.edit.before)
        if words:
            self.setText(words)

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # pushed after the edit was saved: nothing to do the first time
            return
        self.controller.replay(self.edit, undo=False)

    def undo(self) -> None:
        self.controller.replay(self.edit, undo=True)


class ProfileCommand(QUndoCommand):
    """An account's calendar and authority table changed (shared by all its deals); undo puts
    the previous one back."""

    def __init__(
        self,
        controller: EditController,
        deal_id: uuid.UUID,
        account: str,
        before: AccountProfile | None,
        after: AccountProfile | None,
        label: str,
    ):
        super().__init__(label)
        self.controller, self.deal_id, self.account = controller, deal_id, account
        self.before, self.after = before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.controller.put_profile(self.deal_id, self.account, self.after)

    def undo(self) -> None:
        self.controller.put_profile(self.deal_id, self.account, self.before)


@dataclass
class Unsaved:
    """Edits of one deal that could not be written yet, and the deal as they leave it."""

    deal: Deal  # the stored deal with the edits applied: what the screen shows
    edits: list[tuple[str, Mutation]] = field(default_factory=list)
    reason: str = ""  # the last write failure, for the user
    opening: bool = False  # kept while the database is still being opened (not a failure)


class EditController(QObject):
    deal_changed = Signal(object, object)  # deal id, Changes
    edit_failed = Signal(str)  # a message for the user; nothing was saved
    unsaved_changed = Signal(object)  # deal id: its unsaved edits changed (some kept, or all written)
    replay_left = Signal(object, str)  # deal id, what an undo/redo left alone and why (UI language)

    def __init__(
        self,
        service: DealService | None,
        parent=None,
        need_service: Callable[[], object] | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        """``service``: the open database; None while it is still being opened at start-up.
        Until ``attach`` gives it, edits of the deals ``hold`` shows are kept (as unsaved edits
        marked ``opening``) and written, in order and each undoable, when the service comes;
        anything else that needs the database calls ``need_service`` (which opens it at once)."""
        super().__init__(parent)
        self._service: DealService | None = None
        self._editing: EditService | None = None
        self._need_service = need_service
        self._clock = clock  # until the service (and its clock) is there
        self.group = QUndoGroup(self)
        self._stacks: dict[uuid.UUID, QUndoStack] = {}
        self.unsaved: dict[uuid.UUID, Unsaved] = {}
        if service is not None:
            self.attach(service)

    def attach(self, service: DealService) -> None:
        """The database is open: write what was typed meanwhile (see ``__init__``)."""
        from closeplan.services.editing import EditService

        self._service = service
        if not service.author:
            service.author = user_name()
        self._editing = EditService(service)
        for deal_id, pending in list(self.unsaved.items()):
            if not pending.opening:
                continue
            pending.opening = False
            if pending.edits:
                self.retry(deal_id)
            else:  # nothing typed: the deal is read from the database from now on
                del self.unsaved[deal_id]
                self.unsaved_changed.emit(deal_id)

    def now(self) -> datetime:
        """The time of an edit (for the history it keeps): the service's clock, or the one the
        window gave while the database is being opened."""
        if self._service is None and self._clock is not None:
            return self._clock()
        return self.service.clock()

    @property
    def waiting(self) -> bool:
        """Whether the database is still being opened."""
        return self._service is None

    def hold(self, deal: Deal) -> None:
        """Show ``deal`` (as read before the database is open) and take its edits until it is."""
        if self._service is None and deal.id not in self.unsaved:
            self.unsaved[deal.id] = Unsaved(deal, opening=True)

    @property
    def service(self) -> DealService:
        if self._service is None and self._need_service is not None:
            self._need_service()  # opens the database now (and attaches it)
        if self._service is None:
            raise RuntimeError("the database is not open yet")
        return self._service

    @service.setter
    def service(self, service: DealService) -> None:  # another database (the demo) from now on
        self._service = service
        if self._editing is not None:
            self._editing.deals = service

    @property
    def editing(self) -> EditService:
        self.service  # noqa: B018 (opened first, if it is still to come)
        assert self._editing is not None
        return self._editing

    def stack(self, deal_id: uuid.UUID) -> QUndoStack:
        """One undo stack per deal, created when the deal is first opened."""
        if deal_id not in self._stacks:
            stack = QUndoStack(self.group)
            self._stacks[deal_id] = stack
        return self._stacks[deal_id]

    def retranslate(self) -> None:
        """Every edit on the undo stacks named in the UI language of the moment."""
        for stack in self._stacks.values():
            for index in range(stack.count()):
                command = stack.command(index)
                if isinstance(command, EditCommand):
                    command.retranslate()

    def activate(self, deal_id: uuid.UUID | None) -> None:
        # None: no stack is active (Qt takes a null stack; PySide6's stubs do not say so)
        self.group.setActiveStack(self.stack(deal_id) if deal_id else None)  # type: ignore[arg-type]

    def apply(self, deal_id: uuid.UUID, label: str, mutation: Mutation) -> Deal | None:
        """Save one edit as an undoable command; on invalid input, say why and save nothing.
        If the database cannot be written, the edit is kept as unsaved (see the module doc)."""
        from closeplan.services.deals import ReadOnlyDeal, WriteFailed

        pending = self.unsaved.get(deal_id)
        if pending is not None and pending.opening:  # the database is still being opened
            return self._keep(deal_id, label, mutation)
        if deal_id in self.unsaved:
            self.retry(deal_id)
        if deal_id in self.unsaved:
            return self._keep(deal_id, label, mutation)
        try:
            edit = self.editing.edit(deal_id, label, mutation)
        except ValidationError as exc:
            self.edit_failed.emit(_explain(exc, self._stored(deal_id)))
            return None
        except ReadOnlyDeal as exc:  # not a failure to keep and retry: the server says no
            self.edit_failed.emit(write_failure_text(exc))
            return None
        except WriteFailed as exc:
            log.warning("an edit of deal %s was not written: %s", deal_id, exc.reason)
            self.unsaved[deal_id] = Unsaved(self.service.get_deal(deal_id))
            return self._keep(deal_id, label, mutation, write_failure_text(exc))
        if edit.ops:  # an action that changed nothing leaves no undo step
            self.stack(deal_id).push(EditCommand(self, edit))
            self.deal_changed.emit(deal_id, edit.changes)
        return edit.after

    def _keep(self, deal_id: uuid.UUID, label: str, mutation: Mutation, reason: str = "") -> Deal | None:
        pending = self.unsaved[deal_id]
        candidate = copy.deepcopy(pending.deal)
        try:
            mutation(candidate)
            ensure_valid(candidate)
        except ValidationError as exc:
            self.edit_failed.emit(_explain(exc, candidate))
            return None
        pending.deal = candidate
        pending.edits.append((label, mutation))
        pending.reason = reason or pending.reason
        self.unsaved_changed.emit(deal_id)
        return candidate

    def retry(self, deal_id: uuid.UUID) -> bool:
        """Write a deal's unsaved edits in order, each as its own undoable step. True when all
        were written; otherwise the rest stay unsaved (with the new reason)."""
        from closeplan.services.deals import Changes, WriteFailed

        pending = self.unsaved.get(deal_id)
        if pending is None:
            return True
        if pending.opening:  # written when the database is open
            return False
        changes = Changes()
        while pending.edits:
            label, mutation = pending.edits[0]
            try:
                edit = self.editing.edit(deal_id, label, mutation)
            except WriteFailed as exc:
                pending.reason = write_failure_text(exc)
                break
            except LookupError:  # gone (a backup put back without it): kept, to be saved to a file
                pending.reason = translate("EditController", "the deal is no longer in the database")
                break
            except ValidationError as exc:  # no longer fits the stored deal: say so, drop it
                self.edit_failed.emit(_explain(exc))
                pending.edits.pop(0)
                continue
            pending.edits.pop(0)
            if edit.ops:
                self.stack(deal_id).push(EditCommand(self, edit))
                changes.updated.append(deal_id)
        if not pending.edits:
            del self.unsaved[deal_id]
        if changes:
            self.deal_changed.emit(deal_id, changes)
        self.unsaved_changed.emit(deal_id)
        return deal_id not in self.unsaved

    def _stored(self, deal_id: uuid.UUID) -> Deal | None:
        try:
            return self.service.get_deal(deal_id)
        except LookupError:
            return None

    def shown_deal(self, deal_id: uuid.UUID) -> Deal:
        """The deal as the screen shows it: with its unsaved edits, if any."""
        pending = self.unsaved.get(deal_id)
        # the state the service last wrote (no read after an edit), else read; never changed by views
        return pending.deal if pending is not None else self.service.deal_for_edit(deal_id)

    def discard_unsaved(self, deal_id: uuid.UUID | None = None) -> None:
        for key in [deal_id] if deal_id is not None else list(self.unsaved):
            if self.unsaved.pop(key, None) is not None:
                self.unsaved_changed.emit(key)

    def forget_history(self) -> None:
        """After the database was replaced (a restore): no undo step refers to it any more."""
        self.group.setActiveStack(None)  # type: ignore[arg-type]  # (no stack active; see activate)
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.unsaved.clear()

    def apply_profile(self, deal_id: uuid.UUID, account: str, profile: AccountProfile | None, label: str) -> bool:
        """Save an account's calendar and authority table as an undoable step on the deal's stack."""
        before = self.service.account_profile(account)
        if not self.put_profile(deal_id, account, profile):
            return False
        self.stack(deal_id).push(ProfileCommand(self, deal_id, account, before, profile, label))
        return True

    def put_profile(self, deal_id: uuid.UUID, account: str, profile: AccountProfile | None) -> bool:
        """Write an account's calendar (None: forget it); on failure say why and change nothing."""
        from closeplan.services.deals import WriteFailed

        try:
            changes = self.service.put_account_profile(account, profile)
        except ValidationError as exc:
            self.edit_failed.emit(_explain(exc))
            return False
        except WriteFailed as exc:
            self.edit_failed.emit(write_failure_text(exc))
            return False
        self.deal_changed.emit(deal_id, changes)
        return True

    def run(
        self,
        write: Callable[[], T],
        deal_id: uuid.UUID | None = None,
        passes: tuple[type[BaseException], ...] = (),
        on_failure: Callable[[str], None] | None = None,
    ) -> T | None:
        """Run one write that is not an edit of the open deal (an import, a revision, a restore):
        what it changed (its result, or the result's ``changes``) goes to ``deal_changed``. A
        failure is said once, in the UI language — to ``on_failure`` (a dialog that is open),
        else as ``edit_failed`` — and None is returned. Exceptions in ``passes`` (an import's
        per-file refusals, which its dialog lists) are the caller's."""
        from closeplan.services.deals import BackupFailed, Changes, DatabaseError, WriteFailed

        try:
            result = write()
        except passes:
            raise
        except ValidationError as exc:
            text = _explain(exc)
        except WriteFailed as exc:
            log.warning("a write was not done: %s", exc.reason)
            text = write_failure_text(exc)
        except BackupFailed as exc:
            text = translate("EditController", "The backup could not be used: {reason}").format(reason=exc)
        except (DatabaseError, OSError) as exc:
            log.warning("a write failed: %s", type(exc).__name__)
            reason = getattr(exc, "strerror", None) or str(exc)
            text = translate("EditController", "Nothing was changed: {reason}").format(reason=reason)
        else:
            changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
            if isinstance(changes, Changes) and changes:
                self.deal_changed.emit(deal_id, changes)
            return result
        (on_failure or self.edit_failed.emit)(text)
        return None

    def delete_deal(self, deal_id: uuid.UUID, label: str) -> bool:
        """Delete a deal as one undoable step; False (and why, once) when it was not deleted."""
        from closeplan.services.deals import WriteFailed

        try:
            edit = self.editing.delete(deal_id, label)
        except WriteFailed as exc:  # a deal the team server lets us only read, a full disk …
            self.edit_failed.emit(write_failure_text(exc))
            return False
        self.stack(deal_id).push(EditCommand(self, edit))
        self.deal_changed.emit(deal_id, edit.changes)
        return True

    def record_created(self, deal: Deal, label: str) -> None:
        """Make a deal that was just created (e.g. from a template) undoable as one step."""
        self.stack(deal.id).push(EditCommand(self, self.editing.created(deal, label)))
        self.activate(deal.id)

    def replay(self, edit: Edit, undo: bool) -> None:
        """Undo or redo one action; say which of its fields were left because they changed since."""
        from closeplan.services.deals import Changes, WriteFailed

        try:
            result = self.editing.undo(edit) if undo else self.editing.redo(edit)
        except WriteFailed as exc:
            self.edit_failed.emit(write_failure_text(exc))
            return
        except ValidationError as exc:
            self.edit_failed.emit(_explain(exc))
            return
        if result.changes:
            self.deal_changed.emit(edit.deal_id, result.changes)
        elif result.left:  # nothing reverted: show what is stored now (what the other change left)
            self.deal_changed.emit(edit.deal_id, Changes(updated=[edit.deal_id]))
        if result.left:  # after the refresh, which clears the editor's message line
            self.replay_left.emit(edit.deal_id, left_text(edit, result.left, undo))


def user_name() -> str:
    """Who edits, for the history: the AE's own name as the wizard remembers it, else the login."""
    import getpass

    from PySide6.QtCore import QSettings

    name = str(QSettings().value("user/name", "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def write_failure_text(exc: WriteFailed) -> str:
    """Why a write failed, in the UI language, naming the database file."""
    reasons = {
        "disk-full": translate("EditController", "the disk is full"),
        "read-only": translate("EditController", "the database file is read-only"),
        "busy": translate("EditController", "another program is holding the database"),
        "io": translate("EditController", "the disk could not be written (it may be full or disconnected)"),
        "damaged": translate("EditController", "the database file is damaged"),
    }
    from closeplan.services.deals import ReadOnlyDeal

    if isinstance(exc, ReadOnlyDeal):
        return translate(
            "EditController", "This deal is {owner}'s on the team server: you can read it, not change it."
        ).format(owner=exc.owner or "?")
    reason = reasons.get(exc.reason, translate("EditController", "the database refused the change"))
    return translate("EditController", "{reason} ({file})").format(reason=reason, file=exc.where)


def left_text(edit: Edit, left: list[Conflict], undo: bool) -> str:
    """What an undo or redo did not change, and why, in the UI language."""
    deal = edit.after if edit.after is not None else edit.before
    names = sorted({field_label(deal, c.op) for c in left})
    if any(c.op.entity == "deal" and c.op.kind in ("add", "remove") for c in left):
        names = [translate("EditController", "the whole deal")]
    text = (
        translate(
            "EditController",
            "Undo of “{action}” left these as they are, because they were changed "
            "since (for example by an import): {fields}.",
        )
        if undo
        else translate(
            "EditController",
            "Redo of “{action}” left these as they are, because they were changed "
            "since (for example by an import): {fields}.",
        )
    )
    return text.format(action=edit.label, fields=", ".join(names))


def _explain(exc: ValidationError, deal: Deal | None = None) -> str:
    """A refusal in words: the field as the user knows it (never a path such as steps[3].title),
    the problem in the UI's language."""
    from closeplan.ui.problems import problem_text

    return "; ".join(f"{path_label(deal, e.field)}: {problem_text(e)}" for e in exc.errors) or str(exc)
