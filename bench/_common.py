"""Shared set-up for the UI benchmarks: data made with `closeplan demo --deals N`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = "2026-11-23"


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        CLOSEPLAN_DATA_DIR=str(home / "closeplan"),
        # compiled once, as an installed app is: bytecode goes to the run's own folder
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def make_database(deals: int, steps: int | None = None, extra_300: bool = True) -> tuple[Path, dict[str, str]]:
    home = Path(tempfile.mkdtemp(prefix="closeplan-bench-"))
    env = environment(home)
    db = home / "bench.sqlite3"
    command = [
        sys.executable,
        "-m",
        "closeplan",
        "demo",
        "--db",
        str(db),
        "--deals",
        str(deals),
        "--seed",
        "7",
        "--today",
        TODAY,
    ]
    if steps:
        command += ["--steps", str(steps)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    if extra_300:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "closeplan",
                "demo",
                "--db",
                str(db),
                "--deals",
                "1",
                "--steps",
                "300",
                "--seed",
                "300",
                "--today",
                TODAY,
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    return db, env
