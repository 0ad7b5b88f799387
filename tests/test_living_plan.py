"""A plan that stays alive: baselines, how often steps moved, numbered revisions and what changed."""

from __future__ import annotations

import copy
import subprocess
from datetime import timedelta

from pypdf import PdfReader

from closeplan.domain.baselines import agree_baseline, diff, record_moves, slips_since_baseline, snapshot, step_history
from closeplan.domain.edits import agree_plan, set_step
from closeplan.domain.model import StepStatus
from closeplan.services.demo import demo_deals
from closeplan.services.editing import EditService
from closeplan.services.exports import ExportService
from tests.conftest import TODAY, needs_tool


def _brightwater():
    return next(d for d in demo_deals(TODAY) if d.account.startswith("Brightwater"))


def test_a_baseline_keeps_the_agreed_dates_and_counts_moves_since():
    deal = _brightwater()
    step = deal.steps[6]
    agreed = step.due_date
    agree_baseline(deal, TODAY)
    assert deal.plan_agreed_on == TODAY and all(s.baseline_date == s.due_date for s in deal.steps)
    for days, on in ((3, TODAY + timedelta(days=1)), (5, TODAY + timedelta(days=4))):
        before = copy.deepcopy(deal)
        step.due_date = agreed + timedelta(days=days)
        record_moves(before, deal, on)
    history = step_history(deal, step.id)
    assert (history.baseline, history.current, history.moves, history.shift_days) == (
        agreed,
        agreed + timedelta(days=5),
        2,
        5,
    )
    assert [s.title for s in slips_since_baseline(deal)] == [step.title]
    untouched = step_history(deal, deal.steps[7].id)
    assert untouched.moves == 0 and untouched.shift_days == 0 and not untouched.moved


def test_moves_before_the_baseline_do_not_count():
    deal = _brightwater()
    step = deal.steps[6]
    before = copy.deepcopy(deal)
    step.due_date += timedelta(days=2)
    record_moves(before, deal, TODAY - timedelta(days=3))
    agree_baseline(deal, TODAY)
    assert step_history(deal, step.id).moves == 0 and step_history(deal, step.id).shift_days == 0


def test_a_revision_diff_lists_added_removed_redated_and_completed_steps():
    deal = _brightwater()
    first = snapshot(deal, 1, TODAY, "en")
    moved, finished, dropped = deal.steps[6], deal.steps[5], deal.steps[8]
    moved.due_date += timedelta(days=7)
    finished.status, finished.completed_date = StepStatus.DONE, TODAY
    deal.steps.remove(dropped)
    new_step = copy.deepcopy(deal.steps[7])
    new_step.id = type(new_step.id)(int=new_step.id.int + 1)
    new_step.title = "Reference call with another dental group"
    deal.steps.append(new_step)
    hidden = deal.steps[0]
    hidden.customer_visible = False  # an internal step leaving the customer's view counts as removed for them
    changes = diff(first, snapshot(deal, 2, TODAY + timedelta(days=7), "en"))
    assert changes.since == 1
    assert [s.title for s in changes.added] == ["Reference call with another dental group"]
    assert sorted(s.title for s in changes.removed) == sorted([dropped.title, hidden.title])
    assert [(r.title, r.days) for r in changes.redated] == [(moved.title, 7)]
    assert [s.title for s in changes.completed] == [finished.title]
    assert not diff(first, first)


def test_editing_records_moves_and_undo_keeps_issued_revisions(demo_service, tmp_path):
    deal_id = demo_service.resolve("Brightwater")
    editing = EditService(demo_service)
    editing.edit(deal_id, "Agree", agree_plan(TODAY))
    step = demo_service.get_deal(deal_id).steps[6]
    edit = editing.edit(deal_id, "Move", set_step(step.id, due_date=step.due_date + timedelta(days=4)))
    stored = demo_service.get_deal(deal_id)
    assert step_history(stored, step.id).moves == 1 and step_history(stored, step.id).shift_days == 4
    ExportService(demo_service).write_pdf(deal_id, "customer", tmp_path / "r1.pdf", TODAY)
    editing.undo(edit)  # undo the move after the PDF went out
    stored = demo_service.get_deal(deal_id)
    assert step_history(stored, step.id).moves == 0
    assert [r.number for r in stored.revisions] == [1]  # the issued revision stays on record


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_second_customer_pdf_shows_the_changes_since_the_first(demo_service, tmp_path):
    """Revision 2 in English and Japanese: the section lists what moved (rendered pages looked at
    during development: docs/images are not kept, the PNGs are checked for content here)."""
    exports = ExportService(demo_service)
    editing = EditService(demo_service)
    for account, language in (("Brightwater", "en"), ("東邦", "ja")):
        deal_id = demo_service.resolve(account)
        first = tmp_path / f"{language}-1.pdf"
        exports.write_pdf(deal_id, "customer", first, TODAY)
        assert "Revision 1" in _pdf_text(first) or "第1版" in _pdf_text(first)
        deal = demo_service.get_deal(deal_id)
        open_steps = [s for s in deal.steps_in_time_order() if s.customer_visible and s.status is not StepStatus.DONE]
        moved, done = open_steps[1], open_steps[0]
        editing.edit(deal_id, "Move", set_step(moved.id, due_date=moved.due_date + timedelta(days=7)))
        editing.edit(deal_id, "Done", set_step(done.id, status=StepStatus.DONE, completed_date=TODAY))
        second = tmp_path / f"{language}-2.pdf"
        exports.write_pdf(deal_id, "customer", second, TODAY + timedelta(days=2))
        text = _pdf_text(second)
        if language == "en":
            assert "Revision 2" in text and "Changes since revision 1" in text
            assert "New date" in text and "+7" in text and "Completed" in text
        else:
            assert "第2版" in text and "第1版" in text and "からの変更" in text
            assert "日程変更" in text and "+7日" in text and "完了" in text
        assert moved.title in text and done.title in text
        assert [r.number for r in demo_service.get_deal(deal_id).revisions] == [1, 2]
    pdftoppm = needs_tool("pdftoppm", package="poppler-utils")  # the pages render, too
    for language in ("en", "ja"):
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "50",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(tmp_path / f"{language}-2.pdf"),
                str(tmp_path / f"{language}-page"),
            ],
            check=True,
        )
        assert list(tmp_path.glob(f"{language}-page*.png"))


def test_a_draft_or_a_preview_is_not_a_revision(demo_service, tmp_path):
    exports = ExportService(demo_service)
    deal_id = demo_service.resolve("Norrskog")
    exports.pdf(deal_id, "customer", TODAY)
    exports.write_pdf(deal_id, "customer", tmp_path / "draft.pdf", TODAY, draft=True)
    assert demo_service.get_deal(deal_id).revisions == []
    text = _pdf_text(tmp_path / "draft.pdf")
    assert "UTKAST" in text and "Version 1" not in text  # a draft is marked, and has no number (issue 21)


def test_agree_the_plan_and_see_moves_in_the_plan_table(qtbot, demo_service):
    from closeplan.ui.main_window import MainWindow, Workspace
    from closeplan.ui.plan_model import BASELINE
    from tests.qt_helpers import table_rows
    from tests.test_editor import edit_date_in_cell, plan_row

    window = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(window)
    window.show()
    window.search.setText("Brightwater")
    window.table.selectRow(0)
    deal_id = window.current_deal_id()
    plan = window.editor.plan
    column = plan.model.column_of(BASELINE)
    assert set(table_rows(plan.view, column)) == {""}  # no baseline taken yet
    agreed_before = demo_service.get_deal(deal_id).plan_agreed_on

    plan.actions_["agree"].trigger()  # Ctrl+Shift+G, also in the Plan menu
    assert demo_service.get_deal(deal_id).plan_agreed_on == TODAY
    assert all(text.endswith("(as agreed)") for text in table_rows(plan.view, column))
    assert "agreed 2026-11-23" in plan.hint.text()

    title = "Business case presented to the COO"
    planned = next(s for s in demo_service.get_deal(deal_id).steps if s.title == title).due_date
    edit_date_in_cell(qtbot, window, plan_row(window, title), planned + timedelta(days=7))
    qtbot.waitUntil(lambda: "moved 1×" in table_rows(plan.view, column)[plan_row(window, title)])
    assert table_rows(plan.view, column)[plan_row(window, title)] == f"{planned.isoformat()} (+7 d, moved 1×)"
    assert "later than agreed: 1" in plan.hint.text()

    window.undo_action.trigger()  # the move
    window.undo_action.trigger()  # the agreement
    assert demo_service.get_deal(deal_id).plan_agreed_on == agreed_before
    assert set(table_rows(plan.view, column)) == {""}


def test_saving_from_the_export_dialog_issues_the_next_revision(qtbot, demo_service, tmp_path):
    from closeplan.ui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(window)
    window.search.setText("Norrskog")
    window.table.selectRow(0)
    deal_id = window.current_deal_id()
    for number in (1, 2):
        dialog = window.export_pdf("customer")
        dialog.save(str(tmp_path / f"plan-{number}.pdf"))
        assert f"Version {number}" in _pdf_text(tmp_path / f"plan-{number}.pdf")
        assert [r.number for r in demo_service.get_deal(deal_id).revisions] == list(range(1, number + 1))
    assert "Ändringar sedan version 1" in _pdf_text(tmp_path / "plan-2.pdf")
    dialog = window.export_pdf("internal")
    dialog.save(str(tmp_path / "review.pdf"))
    assert len(demo_service.get_deal(deal_id).revisions) == 2  # internal documents are not revisions


def test_the_command_line_numbers_customer_pdfs_unless_draft(demo_service, tmp_path):
    from closeplan.cli import main

    database = str(demo_service.db.path)
    deal_id = demo_service.resolve("Norrskog")
    base = ["export", "Norrskog", "--format", "pdf", "--db", database, "--today", TODAY.isoformat()]
    assert main([*base, "-o", str(tmp_path / "draft.pdf"), "--draft"]) == 0
    assert demo_service.get_deal(deal_id).revisions == []
    assert main([*base, "-o", str(tmp_path / "issued.pdf")]) == 0
    assert [r.number for r in demo_service.get_deal(deal_id).revisions] == [1]
