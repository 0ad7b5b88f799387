"""The command line: demo data, list, export and import, as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from closeplan.cli import main
from closeplan.domain.model import OwnerSide, Side
from closeplan.services.deals import DealService

from tests.conftest import TODAY, fixed_clock


def run(*args: str) -> int:
    return main(list(args))


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--today", TODAY.isoformat()) == 0
    return path


def test_demo_fills_a_database_with_four_realistic_deals(demo_db):
    svc = DealService.open(demo_db, fixed_clock)
    try:
        deals = [svc.get_deal(row.id) for row in svc.list_deals()]
    finally:
        svc.close()
    assert sorted(d.customer_language for d in deals) == ["en", "ja", "ko", "sv"]
    by_lang = {d.customer_language: d for d in deals}
    assert "稟議" in by_lang["ja"].approval_path.notes or any("稟議" in s.title for s in by_lang["ja"].steps)
    assert any("품의" in s.title for s in by_lang["ko"].steps)
    assert any("Styrelse" in s.title or "styrelse" in s.title for s in by_lang["sv"].steps)
    for deal in deals:
        assert 8 <= len(deal.steps) <= 15, deal.name
        sides = {s.owner_side for s in deal.steps}
        assert {OwnerSide.VENDOR, OwnerSide.CUSTOMER} <= sides, deal.name
        assert {p.side for p in deal.stakeholders} == {Side.VENDOR, Side.CUSTOMER}
        assert any(s.status.value == "done" for s in deal.steps)
        overdue = [s for s in deal.steps if s.is_open and s.due_date < TODAY]
        assert len(overdue) == 1, (deal.name, [s.title for s in overdue])
        assert deal.approval_path.po_signer_id is not None
    board = [s for s in by_lang["ja"].steps if s.kind.value == "board_meeting"]
    assert len(board) == 1
    assert board[0].submission_deadline < board[0].meeting_date
    assert board[0].recurrence_rule == "FREQ=MONTHLY;BYDAY=+3TH"


def test_demo_twice_adds_nothing(demo_db, capsys):
    assert run("demo", "--db", str(demo_db), "--today", TODAY.isoformat()) == 0
    assert capsys.readouterr().out.count("already there") == 4
    assert run("list", "--db", str(demo_db), "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 4


def test_synthetic_deals_are_varied(tmp_path, capsys):
    path = tmp_path / "bench.sqlite3"
    assert run("demo", "--db", str(path), "--deals", "60", "--seed", "5", "--today", TODAY.isoformat()) == 0
    capsys.readouterr()
    assert run("list", "--db", str(path), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 60
    assert all(10 <= r["steps"] <= 40 for r in rows)
    assert {r["customer_language"] for r in rows} == {"en", "ja", "ko", "sv"}
    assert len({r["owner"] for r in rows}) > 20
    assert len({r["stage"] for r in rows}) >= 5


def test_list_prints_every_deal(demo_db, capsys):
    assert run("list", "--db", str(demo_db)) == 0
    out = capsys.readouterr().out
    for text in ("東邦精機株式会社", "한빛물류 주식회사", "Norrskog Energi AB", "Brightwater Dental Group", "48000000 JPY"):
        assert text in out


def test_export_by_part_of_the_name_and_import_elsewhere(demo_db, tmp_path, capsys):
    target = tmp_path / "wms.closeplan.json"
    assert run("export", "WMS", "--db", str(demo_db), "--format", "json", "-o", str(target)) == 0
    assert json.loads(target.read_text("utf-8"))["deal"]["name"] == "창고관리시스템(WMS) 고도화"
    other = tmp_path / "manager.sqlite3"
    assert run("import", str(target), "--db", str(other)) == 0
    assert "added: 창고관리시스템(WMS) 고도화" in capsys.readouterr().out
    assert run("import", str(target), "--db", str(other)) == 1
    assert "conflict" in capsys.readouterr().err


def test_ambiguous_or_missing_deal(demo_db, tmp_path, capsys):
    assert run("export", "l", "--db", str(demo_db), "-o", str(tmp_path / "x.json")) == 1
    err = capsys.readouterr().err
    assert "matches 2 deals" in err and "Underhållsplattform" in err and "Scheduling" in err
    assert run("export", "no such deal", "--db", str(demo_db), "-o", str(tmp_path / "x.json")) == 1
    assert "no deal matches 'no such deal'" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_importing_a_bad_bundle_fails_clearly_and_changes_nothing(demo_db, tmp_path, capsys):
    bad = tmp_path / "bad.closeplan.json"
    bad.write_text('{"format": "closeplan.bundle", "version": 1, "deal": {"name": 5}}', "utf-8")
    before = list(sqlite3.connect(demo_db).iterdump())
    assert run("import", str(bad), "--db", str(demo_db)) == 2
    err = capsys.readouterr().err
    assert f"{bad}: deal.name: must be text" in err
    assert "deal.id: is missing" in err
    assert "nothing was imported" in err
    assert list(sqlite3.connect(demo_db).iterdump()) == before


def test_export_all_then_import_the_folder(demo_db, tmp_path, capsys):
    folder = tmp_path / "to-manager"
    assert run("export", "--all", "--db", str(demo_db), "-o", str(folder)) == 0
    assert len(list(folder.glob("*.closeplan.json"))) == 4
    assert run("import", str(folder), "--db", str(tmp_path / "m.sqlite3")) == 0
    assert capsys.readouterr().out.count("added:") == 4


def test_python_dash_m_runs_the_same_command(demo_db):
    result = subprocess.run(
        [sys.executable, "-m", "closeplan", "list", "--db", str(demo_db), "--json"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert len(json.loads(result.stdout)) == 4


def test_db_takes_an_sqlalchemy_url(demo_db, capsys):
    assert run("list", "--db", f"sqlite:///{demo_db}", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 4


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        run("demo", "--deals", "zero")
    assert caught.value.code == 2
    assert "not a whole number" in capsys.readouterr().err
