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
    for text in (
        "東邦精機株式会社",
        "한빛물류 주식회사",
        "Norrskog Energi AB",
        "Brightwater Dental Group",
        "48000000 JPY",
    ):
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
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
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


# --- standard output and targets that cannot be written atomically ---------------------------


@pytest.mark.parametrize(
    "fmt, magic",
    [
        ("json", b'{\n  "format": "closeplan.bundle"'),
        ("pdf", b"%PDF-"),
        ("ics", b"BEGIN:VCALENDAR"),
        ("xlsx", b"PK\x03\x04"),
        ("csv", None),
    ],
)
def test_export_dash_o_dash_writes_the_document_to_standard_output(demo_db, tmp_path, capsysbinary, fmt, magic):
    assert (
        run(
            "export",
            "WMS",
            "--db",
            str(demo_db),
            "--format",
            fmt,
            "--today",
            TODAY.isoformat(),
            "--draft" if fmt == "pdf" else "--lang=ko",
            "-o",
            "-",
        )
        == 0
    )
    captured = capsysbinary.readouterr()
    assert b"wrote" not in captured.out and captured.out
    if magic is not None:
        assert captured.out.startswith(magic)
    # the same bytes as written to a file (a bundle's time stamp aside)
    path = tmp_path / f"file.{fmt}"
    assert (
        run(
            "export",
            "WMS",
            "--db",
            str(demo_db),
            "--format",
            fmt,
            "--today",
            TODAY.isoformat(),
            "--draft" if fmt == "pdf" else "--lang=ko",
            "-o",
            str(path),
        )
        == 0
    )
    assert capsysbinary.readouterr().out == f"wrote {path}\n".encode()
    if fmt == "json":
        assert json.loads(captured.out)["deal"] == json.loads(path.read_bytes())["deal"]
    elif fmt in ("csv", "ics"):
        assert captured.out.splitlines()[:3] == path.read_bytes().splitlines()[:3]


def test_a_customer_pdf_to_standard_output_is_numbered_like_a_file(demo_db, capsysbinary):
    for _ in range(2):
        assert (
            run("export", "WMS", "--db", str(demo_db), "--format", "pdf", "--today", TODAY.isoformat(), "-o", "-") == 0
        )
        assert capsysbinary.readouterr().out.startswith(b"%PDF-")
    svc = DealService.open(demo_db, fixed_clock)
    try:
        deal = svc.get_deal(svc.resolve("WMS"))
    finally:
        svc.close()
    assert [r.number for r in deal.revisions] == [1, 2]


def test_review_pdf_to_standard_output(demo_db, capsysbinary):
    assert run("review", "--db", str(demo_db), "--today", TODAY.isoformat(), "--pdf", "-") == 0
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"%PDF-") and b"standard output (4 deals, 2026Q4)" in captured.err


@pytest.mark.parametrize("kind", ["device", "fifo", "directory"])
def test_a_target_that_cannot_be_written_atomically_is_refused(demo_db, tmp_path, capsys, kind):
    import os

    if kind == "device":
        target = "/dev/null" if os.name == "posix" else pytest.skip("POSIX devices")
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        target = str(tmp_path / "pipe")
        os.mkfifo(target)
    else:
        target = str(tmp_path)
    before = list(sqlite3.connect(demo_db).iterdump())
    for command in (
        ["export", "WMS", "--format", "pdf", "-o", target],
        ["export", "WMS", "-o", target],
        ["review", "--pdf", target],
    ):
        assert run(*command, "--db", str(demo_db), "--today", TODAY.isoformat()) == 2, command
        captured = capsys.readouterr()
        assert captured.out == ""
        assert target in captured.err and "cannot be written atomically" in captured.err, captured.err
    assert list(sqlite3.connect(demo_db).iterdump()) == before  # no revision was recorded
    if kind != "directory":
        assert not any(p.name.endswith(".tmp") for p in Path(target).parent.iterdir() if p.name.startswith("."))


def test_dev_stdout_is_refused_with_a_pointer_to_dash(demo_db, capsys):
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout here")
    assert run("export", "WMS", "--db", str(demo_db), "--format", "csv", "-o", "/dev/stdout") == 2
    captured = capsys.readouterr()
    assert "/dev/stdout" in captured.err and "-o -" in captured.err and "wrote" not in captured.out


def test_export_all_needs_a_folder(demo_db, tmp_path, capsys):
    assert run("export", "--all", "--db", str(demo_db), "-o", "-") == 2
    assert "folder" in capsys.readouterr().err
    (tmp_path / "a-file").write_text("x")
    assert run("export", "--all", "--db", str(demo_db), "-o", str(tmp_path / "a-file")) == 2
    assert "not a folder" in capsys.readouterr().err


def test_a_symbolic_link_to_a_file_stays_a_link(demo_db, tmp_path, capsys):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("no symbolic links here")
    assert run("export", "WMS", "--db", str(demo_db), "--format", "csv", "-o", str(link)) == 0
    assert link.is_symlink() and real.read_text("utf-8-sig") != "old"


def test_export_to_standard_output_through_a_real_pipe(demo_db):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "closeplan",
            "export",
            "WMS",
            "--db",
            str(demo_db),
            "--format",
            "pdf",
            "--draft",
            "--today",
            TODAY.isoformat(),
            "-o",
            "-",
        ],
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.startswith(b"%PDF-") and result.stdout.rstrip().endswith(b"%%EOF")
    assert b"wrote" not in result.stdout and result.stderr == b""


def test_the_app_without_a_display_says_so_in_one_sentence(tmp_path):
    import os

    if sys.platform in ("win32", "darwin"):
        pytest.skip("windows need no X11 or Wayland display here")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = (
        "import sys; from closeplan.cli import main; code = main(['--db', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'closeplan.ui'))), file=sys.stderr);"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.sqlite3")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    message, loaded = result.stderr.strip().splitlines()
    assert message.startswith("closeplan: there is no display") and message.count(". ") == 0
    assert "xvfb-run" in message and "QT_QPA_PLATFORM=offscreen" in message
    assert loaded == "[]"  # decided before Qt was loaded
    assert not (tmp_path / "x.sqlite3").exists()


def test_an_unexpected_error_says_its_kind_but_no_customer_data_and_logs_no_message(tmp_path, capsys, monkeypatch):
    """The exception's text can hold customer data (a step title, a name) or SQL: neither the
    terminal nor the log gets it; the log gets the kind and where it happened."""
    from closeplan.services import deals

    secret = "Ingrid's confidential step"

    def broken(self, *args, **kwargs):
        raise RuntimeError(secret)

    monkeypatch.setattr(deals.DealService, "list_deals", broken)
    db = tmp_path / "x.sqlite3"
    assert main(["demo", "--db", str(db), "--today", "2026-11-23"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert "RuntimeError" in err and secret not in err
    from closeplan.services import paths

    log = (paths.log_dir() / "closeplan.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and secret not in log
