"""One window per database, with real app processes (offscreen): a second start on the same
database is refused with a message naming the file and brings the first window to the front; a
lock left by a killed app does not block the next start; the command line is not locked out
(issue 18: a second window opened on the same file without a word)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from closeplan.cli import main
from tests.conftest import TODAY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the processes are ended with POSIX signals")


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "deals.sqlite3"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLOSEPLAN_DATA_DIR=str(tmp_path / "data"))
    env.update(extra)
    return env


def app(db: Path, env: dict[str, str]) -> list[str]:
    return [sys.executable, "-m", "closeplan", "--db", str(db), "--today", TODAY.isoformat()]


def log_text(tmp_path: Path) -> str:
    target = tmp_path / "data" / "logs" / "closeplan.log"
    return target.read_text("utf-8") if target.exists() else ""


def wait_for(condition, what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {seconds:.0f} s for {what}")
        time.sleep(0.1)


@pytest.fixture
def first_window(tmp_path, db):
    """The app, started on ``db`` and running (its lock taken, its window opened)."""
    env = environment(tmp_path)
    process = subprocess.Popen(app(db, env), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = db.with_name(db.name + ".lock")
    wait_for(lambda: lock.exists() or process.poll() is not None, "the app's lock file")
    wait_for(lambda: "backed up" in log_text(tmp_path) or process.poll() is not None, "the app's first backup")
    assert process.poll() is None, process.communicate()
    yield process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)


def second_start(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(app(db, env), env=env, capture_output=True, text=True, timeout=120)


def test_a_second_window_on_the_same_database_is_refused_and_raises_the_first(tmp_path, db, first_window):
    started = time.monotonic()
    second = second_start(db, environment(tmp_path))
    assert second.returncode == 2, second.stderr
    said = [line for line in second.stderr.splitlines() if line.startswith("closeplan:")]
    assert said == [
        f"closeplan: closeplan is already open on {db} in another window. That window was brought to the front."
    ], second.stderr
    assert time.monotonic() - started < 30
    assert f"another start on {db} asked for this window" in log_text(tmp_path)  # the first got the request
    assert first_window.poll() is None  # and runs on


def test_the_refusal_is_said_in_the_ui_language(tmp_path, db, first_window):
    config = tmp_path / "config"
    (config / "closeplan").mkdir(parents=True)  # Preferences: Japanese
    (config / "closeplan" / "closeplan.conf").write_text("[ui]\nlanguage=ja\n", "utf-8")
    second = second_start(db, environment(tmp_path, XDG_CONFIG_HOME=str(config)))
    assert second.returncode == 2, second.stderr
    assert str(db) in second.stderr and "既に" in second.stderr, second.stderr


def test_a_lock_left_by_a_killed_app_does_not_block_the_next_start(tmp_path, db, first_window):
    first_window.send_signal(signal.SIGKILL)
    first_window.wait(timeout=30)
    assert db.with_name(db.name + ".lock").exists()  # left behind
    env = environment(tmp_path, CLOSEPLAN_SMOKE_TEST=str(tmp_path / "shot.png"))
    again = second_start(db, env)
    assert again.returncode == 0, again.stderr
    assert "deals: 4" in again.stdout
    assert "already open" not in again.stderr
    assert not db.with_name(db.name + ".lock").exists()  # released on closing


def test_another_database_and_the_command_line_are_not_locked_out(tmp_path, db, first_window):
    other = tmp_path / "other.sqlite3"
    assert main(["demo", "--db", str(other), "--today", TODAY.isoformat()]) == 0
    env = environment(tmp_path, CLOSEPLAN_SMOKE_TEST=str(tmp_path / "other.png"))
    beside = second_start(other, env)
    assert beside.returncode == 0 and "deals: 4" in beside.stdout, beside.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "closeplan", "list", "--db", str(db)],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0 and len(listed.stdout.strip().splitlines()) >= 4, listed.stderr
    target = tmp_path / "exported.closeplan.json"
    exported = subprocess.run(
        [
            sys.executable,
            "-m",
            "closeplan",
            "export",
            "東邦精機",
            "-o",
            str(target),
            "--db",
            str(db),
            "--today",
            TODAY.isoformat(),
        ],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    assert first_window.poll() is None
