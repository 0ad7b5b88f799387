"""closeplan risk / templates / new from the command line."""

from __future__ import annotations

import json

import pytest

from closeplan.cli import main
from closeplan.domain.risk import ALL_CODES
from tests.conftest import TODAY


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


def test_risk_json_is_stable_and_complete(demo_db, capsys):
    capsys.readouterr()
    assert main(["risk", "--db", str(demo_db), "--today", TODAY.isoformat(), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "closeplan.risk" and report["version"] == 1 and report["today"] == TODAY.isoformat()
    assert len(report["deals"]) == 4
    keys = {
        "id",
        "name",
        "account",
        "owner",
        "stage",
        "amount",
        "currency",
        "target_close",
        "projected_close",
        "slip_days",
        "times_close_pushed",
        "level",
        "flags",
        "moved_steps",
    }
    for deal in report["deals"]:
        assert set(deal) == keys
        assert deal["level"] in ("low", "medium", "high")
        for flag in deal["flags"]:
            assert set(flag) == {"code", "severity", "message", "step_id", "data"}
            assert flag["code"] in ALL_CODES
    jp = next(d for d in report["deals"] if d["currency"] == "JPY")
    assert jp["times_close_pushed"] == 2 and jp["level"] == "high"
    assert {"close_pushed_repeatedly", "paper_approval", "drafter_inexperienced", "overdue_step"} <= {
        f["code"] for f in jp["flags"]
    }
    us = next(d for d in report["deals"] if d["currency"] == "USD")
    assert us["slip_days"] > 0
    assert any(f["code"] == "close_slip" and "Redlines on the MSA" in f["message"] for f in us["flags"])


def test_risk_for_one_deal_as_text(demo_db, capsys):
    capsys.readouterr()
    assert main(["risk", "--db", str(demo_db), "--deal", "WMS", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "한빛물류 주식회사 — 창고관리시스템(WMS) 고도화" in out
    assert "plan_not_agreed" in out
    assert "Norrskog" not in out


def test_templates_are_listed(capsys):
    assert main(["templates", "--json"]) == 0
    ids = {t["id"] for t in json.loads(capsys.readouterr().out)}
    assert {
        "enterprise-jp-ringi",
        "enterprise-kr-pumui",
        "enterprise-se-board",
        "midmarket-e-approval",
        "public-sector-tender",
    } <= ids


def test_new_deal_from_a_template_refuses_an_impossible_close(tmp_path, capsys):
    db = tmp_path / "mine.sqlite3"
    args = [
        "new",
        "--db",
        str(db),
        "--today",
        TODAY.isoformat(),
        "--template",
        "enterprise-jp-ringi",
        "--account",
        "北辰物産株式会社",
        "--name",
        "基幹システム刷新",
        "--amount",
        "12,000,000",
        "--currency",
        "JPY",
    ]
    assert main([*args, "--close", "2026-12-18"]) == 2  # invalid input (README): nothing changed
    err = capsys.readouterr().err
    assert "No board meeting fits before the target close 2026-12-18" in err
    # the December meeting's deadline is ahead, but its plan would start before today: January's
    assert "try --close 2027-02-02" in err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*args, "--close", "2027-02-02"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-24  joint     利用部門との要件ヒアリング" in out  # the first step: tomorrow, not before today
    assert "2027-01-21  customer  定例取締役会での導入決議" in out
    assert "2027-01-14  customer  取締役会付議資料の提出(経営企画部へ)" in out
