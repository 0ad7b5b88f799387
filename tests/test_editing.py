"""Editing a deal: one transaction per edit, versions, undo snapshots, list rows refreshed."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from closeplan.domain import edits as E
from closeplan.domain.model import OwnerSide, Step, StepKind, StepStatus, Tri
from closeplan.domain.validation import ValidationError
from closeplan.services.editing import EditService
from tests.conftest import NOW, TODAY


@pytest.fixture
def editor(demo_service):
    return EditService(demo_service)


def _jp(service):
    return service.get_deal(service.resolve("東邦"))


def test_an_edit_writes_a_new_version_and_refreshes_the_list_row(editor, demo_service):
    deal = _jp(demo_service)
    draft = next(s for s in deal.steps if s.title.startswith("稟議書ドラフト"))
    edit = editor.edit(deal.id, "Mark done", E.mark_done(draft.id, TODAY))
    stored = demo_service.get_deal(deal.id)
    assert stored.version == deal.version + 1
    assert next(s for s in stored.steps if s.id == draft.id).completed_date == TODAY
    assert edit.before == deal and edit.after == stored
    row = next(r for r in demo_service.list_deals() if r.id == deal.id)
    assert row.overdue_count == 0 and row.version == stored.version


def test_an_invalid_edit_changes_nothing(editor, demo_service):
    deal = _jp(demo_service)
    board = next(s for s in deal.steps if s.kind is StepKind.BOARD_MEETING)
    with pytest.raises(ValidationError) as caught:
        editor.edit(
            deal.id, "Deadline", E.set_step(board.id, submission_deadline=board.meeting_date + timedelta(days=3))
        )
    assert "submission_deadline" in str(caught.value)
    assert demo_service.get_deal(deal.id) == deal


def test_undo_and_redo_replay_operations_with_new_versions(editor, demo_service):
    deal = _jp(demo_service)
    victim = deal.steps[2]
    edit = editor.edit(deal.id, "Delete step", E.delete_step(victim.id))
    assert victim.id not in {s.id for s in demo_service.get_deal(deal.id).steps}
    editor.undo(edit)
    restored = demo_service.get_deal(deal.id)
    assert [s.id for s in restored.steps] == [s.id for s in deal.steps]
    assert restored.steps == deal.steps  # dependencies on it come back too
    assert restored.version == deal.version + 2
    editor.redo(edit)
    assert len(demo_service.get_deal(deal.id).steps) == len(deal.steps) - 1


def test_deleting_a_step_removes_dependencies_on_it(editor, demo_service):
    deal = _jp(demo_service)
    needed = next(s for s in deal.steps if any(s.id in o.depends_on for o in deal.steps))
    editor.edit(deal.id, "Delete", E.delete_step(needed.id))
    assert all(needed.id not in s.depends_on for s in demo_service.get_deal(deal.id).steps)


def test_new_target_close_is_recorded(editor, demo_service):
    deal = _jp(demo_service)
    later = deal.target_close + timedelta(days=28)
    editor.edit(deal.id, "Close date", E.set_deal(NOW, target_close=later))
    stored = demo_service.get_deal(deal.id)
    assert stored.target_close == later
    assert stored.times_close_pushed == deal.times_close_pushed + 1


def test_changing_a_kind_keeps_the_step_valid(editor, demo_service):
    deal = _jp(demo_service)
    board = next(s for s in deal.steps if s.kind is StepKind.BOARD_MEETING)
    editor.edit(deal.id, "Kind", E.set_step(board.id, kind=StepKind.TASK))
    stored = next(s for s in demo_service.get_deal(deal.id).steps if s.id == board.id)
    assert stored.meeting_date is None and stored.recurrence_rule == ""
    editor.edit(deal.id, "Kind", E.set_step(board.id, kind=StepKind.BOARD_MEETING))
    stored = next(s for s in demo_service.get_deal(deal.id).steps if s.id == board.id)
    assert stored.meeting_date == stored.due_date and stored.extraordinary_possible is Tri.UNKNOWN


def test_add_after_and_duplicate(editor, demo_service):
    deal = _jp(demo_service)
    new = Step("製造本部長への事前説明", OwnerSide.VENDOR, TODAY + timedelta(days=3))
    editor.edit(deal.id, "Add", E.add_step(new, after=deal.steps[0].id))
    stored = demo_service.get_deal(deal.id)
    assert stored.steps[1].title == "製造本部長への事前説明"
    twin = uuid.uuid4()
    editor.edit(deal.id, "Duplicate", E.duplicate_step(deal.steps[0].id, twin))
    stored = demo_service.get_deal(deal.id)
    copy = next(s for s in stored.steps if s.id == twin)
    assert copy.title == deal.steps[0].title and copy.status is StepStatus.PLANNED and copy.completed_date is None


def test_deleting_a_stakeholder_makes_the_approval_path_unknown(editor, demo_service):
    deal = _jp(demo_service)
    signer = deal.approval_path.po_signer_id
    editor.edit(deal.id, "Delete person", E.delete_stakeholder(signer))
    assert demo_service.get_deal(deal.id).approval_path.po_signer_id is None
