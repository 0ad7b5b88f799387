"""Every change is kept as field-level operations in the deal's history: edits, undo and redo,
imports (bundle and CRM, as the difference against what was stored), creating and deleting,
agreeing the plan, issuing a customer revision; readable with ``closeplan history`` and
changeable from the command line with ``closeplan edit`` (one invocation, one action)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from closeplan.cli import main
from closeplan.domain import edits as E
from closeplan.domain.model import StepStatus
from closeplan.services.crm import CrmImportService
from closeplan.services.deals import DealService
from closeplan.services.editing import EditService
from closeplan.services.exports import ExportService
from tests.conftest import NOW, TODAY, fixed_clock, newer_bundle

HEADER = "Opportunity ID,Opportunity Name,Account Name,Amount,Opportunity Currency,Close Date,Stage,Opportunity Owner\n"


def _sources(service, deal_id) -> list[str]:
    return [a.source for a in service.history(deal_id)]


def test_edits_undo_and_redo_are_in_the_history_with_old_and_new_values(demo_service):
    deal_id = demo_service.resolve("Brightwater")
    demo_service.author = "Megan Clarke"
    editing = EditService(demo_service)
    edit = editing.edit(deal_id, "Rename deal", E.set_deal(NOW, name="Renamed"))
    editing.undo(edit)
    editing.redo(edit)
    actions = demo_service.history(deal_id)
    assert [a.source for a in actions] == ["edit", "undo", "redo"]
    first = actions[0]
    assert first.author == "Megan Clarke" and first.label == "Rename deal" and first.at == NOW
    (op,) = first.ops
    assert (op.entity, op.field, op.old, op.new) == ("deal", "name", "Scheduling suite rollout, 14 clinics", "Renamed")
    assert actions[1].undoes == first.id and actions[1].ops[0].new == "Scheduling suite rollout, 14 clinics"
    assert first.base_version + 1 == actions[1].base_version


def test_imports_are_recorded_as_the_difference_against_what_was_stored(demo_service, tmp_path):
    deal_id = demo_service.resolve("Brightwater")
    path = newer_bundle(demo_service, deal_id, tmp_path / "b.json", amount="99000.00")
    demo_service.import_bundles([path])
    (bundle_action,) = demo_service.history(deal_id)
    assert bundle_action.source == "import-bundle"
    assert [(op.field, op.old, op.new) for op in bundle_action.ops] == [
        ("amount", Decimal("86000.00"), Decimal("99000.00"))
    ]
    csv = tmp_path / "crm.csv"
    csv.write_text(
        HEADER + '006X,"Scheduling suite rollout, 14 clinics",Brightwater Dental Group,"$91,000.00",USD,'
        "12/3/2026,Negotiation/Review,Megan Clarke\n",
        encoding="utf-8",
    )
    crm = CrmImportService(demo_service)
    crm.apply(crm.preview(csv))
    crm_action = demo_service.history(deal_id)[-1]
    assert crm_action.source == "import-crm"
    assert {op.field for op in crm_action.ops} == {"amount", "crm_id"}


def test_creating_deleting_agreeing_and_issuing_are_recorded(demo_service, tmp_path):
    from closeplan.services.deals import NewDeal

    deal, _ = demo_service.create_deal(NewDeal("New", "Acme", Decimal("1000"), "USD", TODAY))
    assert _sources(demo_service, deal.id) == ["create"]
    deal_id = demo_service.resolve("Brightwater")
    EditService(demo_service).edit(deal_id, "Agree", E.agree_plan(TODAY))
    ExportService(demo_service).write_pdf(deal_id, "customer", tmp_path / "plan.pdf", TODAY)
    assert _sources(demo_service, deal_id)[-2:] == ["edit", "revision"]
    EditService(demo_service).delete(deal.id, "Delete deal")
    assert _sources(demo_service, deal.id) == ["create", "delete"]  # a deleted deal keeps its history


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_closeplan_edit_history_and_undo_round_trip(demo_service, capsys):
    db = str(demo_service.file)
    code, out, _ = _run(
        capsys,
        "edit",
        "Brightwater",
        "--set",
        "amount=91000.00",
        "--set",
        "stage=approval",
        "--db",
        db,
        "--today",
        TODAY.isoformat(),
    )
    assert code == 0 and "deal.amount: 86000.00 → 91000.00" in out and "deal.stage: negotiation → approval" in out
    code, out, _ = _run(
        capsys,
        "edit",
        "Brightwater",
        "--step",
        "Redlines",
        "--set",
        "status=done",
        "--db",
        db,
        "--today",
        TODAY.isoformat(),
    )
    assert code == 0 and "'Redlines on the MSA from legal'.status: in_progress → done" in out
    other = DealService.open(db, fixed_clock)
    try:
        deal = other.get_deal(other.resolve("Brightwater"))
        step = next(s for s in deal.steps if s.title.startswith("Redlines"))
        assert deal.amount == Decimal("91000.00") and step.status is StepStatus.DONE
        assert step.completed_date == TODAY  # as the editor does
    finally:
        other.close()
    code, out, _ = _run(capsys, "history", "Brightwater", "--db", db, "--json")
    actions = json.loads(out)
    assert [a["label"] for a in actions] == ["Set amount, stage", "Set status"]  # one invocation, one action
    assert actions[0]["operations"][0]["old"] == {"decimal": "86000.00"}
    code, out, _ = _run(capsys, "edit", "Brightwater", "--undo", "--db", db)
    assert code == 0 and "undid: Set status" in out
    code, out, _ = _run(capsys, "edit", "Brightwater", "--undo", "--db", db)
    assert code == 0 and "undid: Set amount, stage" in out
    other = DealService.open(db, fixed_clock)
    try:
        deal = other.get_deal(other.resolve("Brightwater"))
        assert deal.amount == Decimal("86000.00") and deal.stage.value == "negotiation"
    finally:
        other.close()
    code, out, _ = _run(capsys, "history", "Brightwater", "--db", db, "--step", "Redlines")
    assert "Set status (cli-edit)" in out and "Undo: Set status (undo)" in out and "Set amount" not in out


@pytest.mark.parametrize(
    "args, field",
    [
        (["--set", "stage=won2"], "stage"),
        (["--set", "amount=1_000"], "amount"),
        (["--set", "target_close=2026-W50-1"], "target_close"),
        (["--set", "colour=red"], "colour"),
        (["--step", "no such step", "--set", "status=done"], "--step"),
        (["--step", "Redlines", "--set", "due_date=2027-02-30"], "due_date"),
    ],
)
def test_closeplan_edit_refuses_bad_values_naming_the_field_and_changes_nothing(demo_service, capsys, args, field):
    db = str(demo_service.file)
    before = demo_service.get_deal(demo_service.resolve("Brightwater"))
    code, _out, err = _run(capsys, "edit", "Brightwater", *args, "--db", db)
    assert code == 2 and field in err
    assert demo_service.get_deal(before.id) == before and demo_service.history(before.id) == []


def test_the_history_tab_shows_an_imports_changes(qtbot, demo_service, tmp_path):
    from tests.qt_helpers import shown_window, table_rows

    deal_id = demo_service.resolve("Brightwater")
    path = newer_bundle(demo_service, deal_id, tmp_path / "b.json", amount="99000.00")
    win = shown_window(qtbot, demo_service, TODAY)
    win.import_files([path]).close()
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    tab = win.editor.history
    win.editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert table_rows(tab.view, 3) == ["amount"]
    assert table_rows(tab.view, 4) == ["86,000.00"] and table_rows(tab.view, 5) == ["99,000.00"]
    assert "bundle import" in table_rows(tab.view, 2)[0]
    # an edit in the editor shows up at once, newest first, and the step filter narrows it
    step = next(s for s in demo_service.get_deal(deal_id).steps if s.title.startswith("Redlines"))
    win.controller.apply(deal_id, "Mark step done", E.mark_done(step.id, TODAY))
    qtbot.waitUntil(lambda: tab.model.rowCount() > 1)
    assert table_rows(tab.view, 2)[0] == f"Set status, completed date of step “{step.title}” (edited)"
    tab.step_filter.setCurrentIndex(tab.step_filter.findData(str(step.id)))
    assert set(table_rows(tab.view, 3)) == {f"status of step “{step.title}”", f"completed date of step “{step.title}”"}


def test_closeplan_edit_names_a_day_that_is_not_in_the_calendar(demo_service, capsys):
    """``--set due_date=2027-02-30`` said only Python's "day is out of range for month"."""
    db = str(demo_service.file)
    deal = demo_service.get_deal(demo_service.resolve("Brightwater"))
    step = deal.steps[-1].title
    code, _, err = _run(capsys, "edit", "Brightwater", "--step", step, "--set", "due_date=2027-02-30", "--db", db)
    assert code == 2
    assert "due_date" in err and "'2027-02-30' is no day of the calendar" in err
    assert "out of range" not in err
