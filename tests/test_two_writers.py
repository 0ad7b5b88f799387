"""Two writers on one database, as real processes: no edit is lost, versions never repeat, and a
command-line writer queues behind another one or fails in one sentence (issue 18).

Before the fix, of 300 edits of one deal by two processes 154 were committed, 146 failed with
"database is locked" and 45 of the committed ones were overwritten by the other process, with
duplicate version numbers: writes began deferred (no busy timeout on the read-then-write
upgrade) and the save did not check the version it had read."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from closeplan.cli import main
from closeplan.domain.edits import set_deal, set_step
from closeplan.services.deals import DealService, StaleVersion
from closeplan.services.demo import install_demo
from closeplan.services.editing import EditService
from tests.conftest import TODAY, fixed_clock

EDITS = 150

# One writer: waits for the start signal, then makes EDITS edits of the deal, one a line of
# JSON on stdout: what it set and the version it wrote (or the error).
WORKER = textwrap.dedent("""
    import json, os, sys, time, uuid
    from datetime import UTC, date, datetime

    from closeplan.services.deals import DealService
    from closeplan.domain.edits import set_deal, set_step
    from closeplan.services.editing import EditService

    db, who, deal_id, steps, count, go = sys.argv[1:7]
    deal_id, steps, count = uuid.UUID(deal_id), [uuid.UUID(s) for s in steps.split(",")], int(count)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    editing = EditService(DealService.open(db, lambda: now, lambda: date(2026, 11, 23)))
    while not os.path.exists(go):
        time.sleep(0.005)
    for i in range(count):
        value = f"{who} {i}"
        if who == "B" and i % 3 == 2:  # B also edits a field of the deal itself
            target, mutation = "deal.internal_notes", set_deal(now, internal_notes=value)
        else:
            step = steps[i % len(steps)]
            name = "title" if who == "A" else "owner_person"  # the same steps, another field
            target, mutation = f"{step}.{name}", set_step(step, **{name: value})
        try:
            edit = editing.edit(deal_id, "edit", mutation)
            print(json.dumps({"target": target, "value": value, "version": edit.after.version}), flush=True)
        except Exception as exc:
            print(json.dumps({"target": target, "value": value, "error": type(exc).__name__}), flush=True)
""")


@pytest.fixture
def shared(tmp_path) -> tuple[Path, uuid.UUID]:
    path = tmp_path / "shared.sqlite3"
    service = DealService.open(path, fixed_clock, lambda: TODAY)
    install_demo(service, TODAY)
    deal_id = max(service.all_ids(), key=lambda i: len(service.get_deal(i).steps))
    service.close()
    return path, deal_id


def value_of(deal, target: str) -> str:
    owner, name = target.split(".")
    if owner == "deal":
        return getattr(deal, name)
    return getattr(next(s for s in deal.steps if str(s.id) == owner), name)


def test_two_processes_editing_one_deal_lose_no_edit(tmp_path, shared):
    path, deal_id = shared
    service = DealService.open(path, fixed_clock, lambda: TODAY)
    start = service.get_deal(deal_id)
    service.close()
    steps = ",".join(str(s.id) for s in start.steps[:4])
    go = tmp_path / "go"
    writers = {
        who: subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), who, str(deal_id), steps, str(EDITS), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in "AB"
    }
    time.sleep(1.0)  # both have imported and opened the database
    go.touch()
    results = {}
    for who, process in writers.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-2000:]
        results[who] = [json.loads(line) for line in out.splitlines()]

    service = DealService.open(path, fixed_clock, lambda: TODAY)
    final = service.get_deal(deal_id)
    service.close()
    versions = []
    for who, lines in results.items():
        assert len(lines) == EDITS
        assert [line for line in lines if "error" in line] == [], who
        mine = [line["version"] for line in lines]
        assert mine == sorted(mine) and len(set(mine)) == len(mine), f"{who}'s versions do not increase"
        versions += mine
        last: dict[str, str] = {}
        for line in lines:
            last[line["target"]] = line["value"]  # a later edit of the same field supersedes it
        for target, value in last.items():
            assert value_of(final, target) == value, f"{who}'s edit of {target} was lost"
    assert len(set(versions)) == len(versions) == 2 * EDITS, "a version number was written twice"
    assert final.version == start.version + 2 * EDITS  # every edit was written on top of the one before


def test_a_save_of_a_deal_changed_since_it_was_read_is_refused(shared):
    path, deal_id = shared
    first = DealService.open(path, fixed_clock, lambda: TODAY)
    second = DealService.open(path, fixed_clock, lambda: TODAY)
    mine, theirs = first.get_deal(deal_id), second.get_deal(deal_id)
    theirs.name, theirs.version = "Saved by the other window", theirs.version + 1
    second.save(theirs)
    mine.name, mine.version = "Saved from what was read before", mine.version + 1
    with pytest.raises(StaleVersion, match="another writer changed this deal"):
        first.save(mine)
    assert first.get_deal(deal_id).name == "Saved by the other window"
    # the edit service reads again and applies the action to what is stored now
    EditService(first).edit(deal_id, "rename", set_deal(fixed_clock(), owner="Kept both"))
    stored = second.get_deal(deal_id)
    assert (stored.name, stored.owner, stored.version) == ("Saved by the other window", "Kept both", theirs.version + 1)
    first.close()
    second.close()


def test_undo_in_one_window_keeps_what_the_other_committed(shared):
    path, deal_id = shared
    first = EditService(DealService.open(path, fixed_clock, lambda: TODAY))
    second = EditService(DealService.open(path, fixed_clock, lambda: TODAY))
    step = first.deals.get_deal(deal_id).steps[0]
    edit = first.edit(deal_id, "retitle", set_step(step.id, title="Retitled in the first window"))
    second.edit(deal_id, "notes", set_deal(fixed_clock(), internal_notes="Written in the second window"))
    first.undo(edit)
    stored = second.deals.get_deal(deal_id)
    assert stored.steps[0].title == step.title
    assert stored.internal_notes == "Written in the second window"
    first.deals.close()
    second.deals.close()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write transaction on ``path``."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE deal SET name = name")
    return connection


def newer_bundle(tmp_path: Path, path: Path, capsys) -> Path:
    target = tmp_path / "newer.closeplan.json"
    assert main(["export", "東邦精機", "--format", "json", "-o", str(target), "--db", str(path)]) == 0
    raw = json.loads(target.read_text("utf-8"))
    raw["deal"]["version"] += 1
    target.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    capsys.readouterr()
    return target


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "closeplan", *args], capture_output=True, text=True, timeout=120)


def test_a_command_line_writer_queues_behind_another_writer(tmp_path, shared, capsys):
    path, _deal_id = shared
    bundle = newer_bundle(tmp_path, path, capsys)
    holder = hold_write_lock(path)
    try:
        writer = subprocess.Popen(
            [sys.executable, "-m", "closeplan", "import", str(bundle), "--db", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.0)  # it has started and is waiting for the write lock
        assert writer.poll() is None, writer.communicate()
        holder.execute("COMMIT")
        out, err = writer.communicate(timeout=120)
    finally:
        holder.close()
    assert writer.returncode == 0, err
    assert "updated:" in out


def test_a_command_line_writer_held_off_too_long_fails_in_one_sentence(tmp_path, shared, capsys):
    path, _deal_id = shared
    bundle = newer_bundle(tmp_path, path, capsys)
    holder = hold_write_lock(path)
    try:
        done = cli("import", str(bundle), "--db", str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "another program is holding the database" in lines[0] and str(path) in lines[0]
    assert "The database was not changed" in lines[0]
    assert "Traceback" not in done.stderr and "UPDATE" not in done.stderr


def test_checking_the_file_while_it_is_open_keeps_the_other_programs_edits(tmp_path):
    """The app checks its database file while it has it open (the backups' health check, whose
    file it is). Reading the file's header with a plain open() and close() dropped every POSIX
    lock this process held on it (POSIX locks belong to the process, and any close releases
    them), so the next program that closed the database thought it was the last one, and
    deleted the -wal and -shm files the app still wrote to: the app's later edits were seen by
    no other program, and the command line's edit was lost when the app quit."""
    from closeplan.store import backups

    path = tmp_path / "closeplan.sqlite3"
    app = DealService.open(path, fixed_clock)
    install_demo(app, TODAY)
    deal = app.list_deals()[0]
    editing = EditService(app)
    editing.edit(deal.id, "Rename", set_deal(fixed_clock, name="Edited in the app"))
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    assert wal.exists() and shm.exists()

    assert backups.ownership(path) == "ours"  # what the app does while it has the file open
    assert backups.problem_with(path) is None
    assert backups.header_application_id(path) in (0, backups.APPLICATION_ID)  # (0: page 1 still in the -wal)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "closeplan", *args, "--db", str(path)], capture_output=True, text=True, timeout=120
        )

    listed = cli("list")
    assert listed.returncode == 0, listed.stderr
    assert wal.exists() and shm.exists()  # the app's WAL is still there
    edited = cli("edit", str(deal.id), "--set", "owner=Edited on the command line")
    assert edited.returncode == 0, edited.stderr
    editing.edit(deal.id, "Rename again", set_deal(fixed_clock, name="Edited in the app again"))
    seen = cli("list")
    assert "Edited in the app again" in seen.stdout  # another program sees the app's edit
    app.close()
    stored = DealService.open(path, fixed_clock)
    try:
        kept = stored.get_deal(deal.id)
        assert (kept.name, kept.owner) == ("Edited in the app again", "Edited on the command line")
    finally:
        stored.close()
