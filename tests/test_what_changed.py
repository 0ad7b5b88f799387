"""'What changed this week' in the review window: close dates pushed, steps slipped and new high
risks, made by real edits through the services, read back from the history for every deal."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate

from closeplan.domain.edits import put_risk, set_deal, set_step
from closeplan.domain.model import Level, Risk
from closeplan.services.changes import CLOSE_PUSHED, NEW_HIGH_RISK, STEP_SLIPPED, changes_json, changes_since
from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.services.editing import EditService
from closeplan.ui.formatting import fmt_date
from closeplan.ui.review_view import ReviewView
from tests.conftest import NOW, TODAY
from tests.qt_helpers import column_of, table_rows

LAST_WEEK = TODAY - timedelta(days=7)


class Clock:
    """The service's clock, moved on by the test (edits are stamped by it)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _team(tmp_path):
    clock = Clock(NOW - timedelta(days=30))
    service = DealService.open(tmp_path / "changes.sqlite3", clock, lambda: clock.now.date())
    install_demo(service, TODAY)
    return service, clock


def _edits(service, clock):
    """A month ago one close date is pushed; this week another close date, a step and a risk."""
    editing = EditService(service)
    first, second, third = (service.get_deal(r.id) for r in service.current_list()[:3])
    editing.edit(first.id, "Push", set_deal(clock.now, target_close=first.target_close + timedelta(days=30)))
    clock.now = NOW - timedelta(days=2)
    editing.edit(second.id, "Push", set_deal(clock.now, target_close=second.target_close + timedelta(days=14)))
    step = second.steps[-1]
    editing.edit(second.id, "Later", set_step(step.id, due_date=step.due_date + timedelta(days=10)))
    editing.edit(third.id, "Risk", put_risk(Risk("予算凍結 (budget frozen)", likelihood=Level.HIGH, impact=Level.HIGH)))
    editing.edit(third.id, "Low risk", put_risk(Risk("Minor wording", likelihood=Level.LOW, impact=Level.LOW)))
    undone = editing.edit(
        first.id, "Push again", set_deal(clock.now, target_close=first.target_close + timedelta(days=60))
    )
    editing.undo(undone)  # undone: nothing changed
    return first, second, third, step


def test_the_service_finds_this_weeks_changes_in_every_deal(tmp_path):
    service, clock = _team(tmp_path)
    first, second, third, step = _edits(service, clock)
    changes = changes_since(service, LAST_WEEK)
    kinds = sorted((c.kind, c.deal_id) for c in changes)
    assert kinds == sorted([(CLOSE_PUSHED, second.id), (STEP_SLIPPED, second.id), (NEW_HIGH_RISK, third.id)])
    pushed = next(c for c in changes if c.kind == CLOSE_PUSHED)
    assert (pushed.old, pushed.new, pushed.days) == (second.target_close, second.target_close + timedelta(14), 14)
    slipped = next(c for c in changes if c.kind == STEP_SLIPPED)
    assert slipped.what == step.title and slipped.old == step.due_date and slipped.new > step.due_date
    assert next(c for c in changes if c.kind == NEW_HIGH_RISK).what == "予算凍結 (budget frozen)"
    # a month back reaches the first push too
    month = changes_since(service, TODAY - timedelta(days=31))
    assert (CLOSE_PUSHED, first.id) in {(c.kind, c.deal_id) for c in month}
    assert changes_json(changes, LAST_WEEK)["changes"][0]["kind"] in (CLOSE_PUSHED, STEP_SLIPPED, NEW_HIGH_RISK)
    service.close()


def test_the_review_windows_tab_shows_them_and_the_day_chosen(qtbot, tmp_path):
    service, clock = _team(tmp_path)
    first, second, third, step = _edits(service, clock)
    view = ReviewView(service, TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentWidget(view.changes)
    changes = view.changes
    table = changes.table
    assert sorted(table_rows(table, column_of(table, "Change"))) == sorted(
        ["Close date pushed", "Step slipped", "New high risk"]
    )
    assert step.title in table_rows(table, column_of(table, "Step or risk"))
    change = column_of(table, "Change")  # its words whole ("Avslutsdatum fram…" in Swedish)
    assert table.columnWidth(change) >= table.sizeHintForColumn(change)
    assert "+14 d" in table_rows(table, column_of(table, "By"))
    assert "Close dates pushed: 1 · steps slipped: 1 · new high risks: 1" == changes.summary.text()
    changes.kind.setCurrentIndex(changes.kind.findData(NEW_HIGH_RISK))
    assert table_rows(table, column_of(table, "Deal")) == [third.name]
    changes.kind.setCurrentIndex(0)
    # the manager reaches back a month: the first push shows too
    month_ago = TODAY - timedelta(days=31)
    changes.since.setDate(QDate(month_ago.year, month_ago.month, month_ago.day))  # as the date field sets it
    assert fmt_date(second.target_close) in table_rows(table, column_of(table, "From"))
    assert first.name in table_rows(table, column_of(table, "Deal"))
    # opening a change opens its deal
    with qtbot.waitSignal(view.open_requested) as opened:
        row = table_rows(table, column_of(table, "Deal")).index(third.name)
        index = changes.model.index(row, 0)
        table.doubleClicked.emit(index)
    assert opened.args == [third.id]
    # a day with nothing since
    changes.set_since(TODAY + timedelta(days=1))
    assert changes.model.rowCount() == 0 and changes.empty.isVisibleTo(changes)
    service.close()


def test_since_is_a_utc_day_and_the_history_is_read_once_for_all_deals(tmp_path):
    service, clock = _team(tmp_path)
    _edits(service, clock)
    assert changes_since(service, (NOW - timedelta(days=2)).astimezone(UTC).date())
    assert not changes_since(service, (NOW - timedelta(days=1)).date())
    service.close()


def test_cli_changes_since_a_day_as_text_and_json(tmp_path, capsys):
    from closeplan.cli import main

    service, clock = _team(tmp_path)
    first, second, third, step = _edits(service, clock)
    service.close()
    db = str(tmp_path / "changes.sqlite3")
    assert main(["changes", "--db", db, "--today", TODAY.isoformat(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["since"] == LAST_WEEK.isoformat()
    assert sorted(c["kind"] for c in data["changes"]) == sorted([CLOSE_PUSHED, STEP_SLIPPED, NEW_HIGH_RISK])
    assert main(["changes", "--db", db, "--since", (TODAY - timedelta(days=31)).isoformat()]) == 0
    out = capsys.readouterr().out
    assert first.name in out and "close pushed" in out and step.title in out
