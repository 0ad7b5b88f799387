"""Operations are the only write path: every row of a deal is written by the runner.

A session of everything a user can do to deals from the command line and the services under it
(demo data, a new deal from a template, CLI edits and undo, a bundle import that changes a stored
deal, CRM imports that add and update, a customer PDF that records a revision, an account
calendar change, a deletion and its undo, a backup restore) runs against a real database file
while SQLite reports every statement it executes. Any INSERT, UPDATE or DELETE of a deal's tables
issued while the runner was not writing fails the test; and each kind of change must have left
rows in the deal's history.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from closeplan.cli import main
from closeplan.services import runner
from closeplan.services.deals import DealService
from closeplan.services.editing import EditService

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DEAL_TABLES = {
    "deal",
    "step",
    "step_dependency",
    "stakeholder",
    "approval_path",
    "route_step",
    "risk",
    "close_date_change",
    "step_move",
    "plan_revision",
}
WRITE = re.compile(r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)', re.I)


@pytest.fixture
def statements():
    """Every statement SQLite runs on any connection opened from here on, with whether the runner
    was writing at the time (SQLite's own trace hook: nothing of the program is replaced)."""
    seen: list[tuple[str, bool]] = []

    def on_connect(dbapi_connection, _record):
        dbapi_connection.set_trace_callback(lambda sql: seen.append((sql, runner.writing())))

    event.listen(Engine, "connect", on_connect)
    yield seen
    event.remove(Engine, "connect", on_connect)


def _outside_runner(seen: list[tuple[str, bool]]) -> list[str]:
    bad = []
    for sql, inside in seen:
        match = WRITE.match(sql)
        if match and match.group(1).lower() in DEAL_TABLES and not inside:
            bad.append(sql.split("(")[0][:80])
    return bad


def test_every_deal_row_is_written_by_the_runner_and_every_change_is_in_the_history(
    statements, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("CLOSEPLAN_AUTHOR", "Megan")
    db = str(tmp_path / "plans.sqlite3")
    day = ["--today", TODAY.isoformat()]
    assert main(["demo", "--db", db, *day]) == 0
    assert main(["backups", "--db", db, "--take"]) == 0
    check = DealService.open(db, lambda: NOW, lambda: TODAY)
    demo_deals = check.count()
    check.close()
    assert main(["new", "--db", db, "--template", "enterprise-se-board", "--account", "Nordvik AB",
                 "--name", "Fleet analytics", "--amount", "850000", "--currency", "SEK",
                 "--close", "2027-03-31", *day]) == 0  # fmt: skip
    assert main(["edit", "Fleet analytics", "--db", db, "--set", "amount=900000"]) == 0
    assert main(["edit", "Fleet analytics", "--db", db, "--undo"]) == 0
    assert main(["export", "Fleet analytics", "--db", db, "--format", "pdf", "-o", str(tmp_path / "p.pdf"), *day]) == 0
    bundle_file = tmp_path / "fleet.closeplan.json"
    assert main(["export", "Fleet analytics", "--db", db, "-o", str(bundle_file)]) == 0
    data = json.loads(bundle_file.read_text(encoding="utf-8"))
    data["deal"]["version"] += 1
    data["deal"]["name"] = "Fleet analytics, phase 1"
    bundle_file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", "--db", db, str(bundle_file)]) == 0
    crm = tmp_path / "crm.csv"
    crm.write_text(
        "Opportunity ID,Opportunity Name,Account Name,Amount,Opportunity Currency,Close Date,Stage\n"
        "006A,Scheduling suite,Brightwater Dental Group,86000,USD,12/3/2026,Negotiation/Review\n",
        encoding="utf-8",
    )
    assert main(["import-crm", str(crm), "--db", db]) == 0
    crm.write_text(crm.read_text(encoding="utf-8").replace("86000", "91000"), encoding="utf-8")
    assert main(["import-crm", str(crm), "--db", db]) == 0
    capsys.readouterr()

    service = DealService.open(db, lambda: NOW, lambda: TODAY)
    service.author = "Megan"
    fleet = service.resolve("Fleet analytics")
    service.put_account_profile("Nordvik AB", None)
    editing = EditService(service)
    gone = service.resolve("Scheduling suite")
    deleted = editing.delete(gone, "Delete deal")
    editing.undo(deleted)
    backup = service.backups()[0].path
    service.restore_backup(backup)  # the demo deals as they were: the new ones are removed again
    assert service.count() == demo_deals
    sources = {a.source for deal_id in (fleet, gone) for a in service.history(deal_id)}
    service.close()

    assert _outside_runner(statements) == []
    assert any(WRITE.match(sql) for sql, inside in statements if inside)  # the hook saw the writes
    assert {"create", "cli-edit", "undo", "revision", "import-bundle", "import-crm", "account", "delete",
            "restore"} <= sources  # fmt: skip


def test_the_hook_catches_a_write_outside_the_runner(statements, tmp_path):
    """The check above is real: a deal row written behind the runner's back is reported."""
    from closeplan.services.demo import synthetic_deals
    from closeplan.store import repository

    service = DealService.open(tmp_path / "t.sqlite3", lambda: NOW, lambda: TODAY)
    with service.db.transaction() as session:
        repository.insert_deals(session, synthetic_deals(1, TODAY, seed=3, steps=2))
    service.close()
    assert _outside_runner(statements)
