"""Benchmark: start-up of the app with 10,000 deals against a bare PySide6 window.

Measured in the same run, each as a fresh process, wall clock from launch until the
window is shown (and, for the app, its deal list of 10,000 deals is on screen).
Goal: ratio at most 2.0.

    .venv/bin/python bench/startup.py [--deals N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _common import TODAY, make_database  # noqa: E402

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1360, 860)
window.show()
app.processEvents()
"""

APP = """
import sys
from datetime import date
from closeplan.ui.app import make_application
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.services.deals import DealService, system_clock
app = make_application()
today = date.fromisoformat("{today}")
window = MainWindow(Workspace(DealService.open(r"{db}", system_clock, lambda: today), today))
window.show()
app.processEvents()
assert window.deals.rowCount() >= {deals}, window.deals.rowCount()
"""


def timed(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db, env = make_database(args.deals)
    app_code = APP.format(db=db, today=TODAY, deals=args.deals)
    timed(BARE, env), timed(app_code, env)  # warm the file cache once
    bare = [timed(BARE, env) for _ in range(args.runs)]
    app = [timed(app_code, env) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window shown: median {b:.3f} s over {args.runs} runs")
    print(f"closeplan with {args.deals} deals on screen: median {a:.3f} s over {args.runs} runs")
    print(f"goal: ratio at most 2.0 -> {'met' if a / b <= 2.0 else 'NOT met'}")
    print(f"ratio: {a / b:.2f}")


if __name__ == "__main__":
    main()
