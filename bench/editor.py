"""Benchmark: opening a 300-step deal in the editor, (re)loading a deal list of 10,000
deals, and the memory the app holds with them. Goals: each under 200 ms; under 300 MB.

Baseline, measured in the same run: filling a plain QStandardItemModel-backed table with
the same 10,000 rows of text (what any Qt list of that size costs).

    .venv/bin/python bench/editor.py [--deals N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from _common import TODAY, make_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=10_000)
    args = parser.parse_args()
    db, env = make_database(args.deals)
    os.environ.update(env)

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from closeplan.services.deals import DealService, system_clock
    from closeplan.ui.app import make_application
    from closeplan.ui.main_window import MainWindow, Workspace

    app = make_application()
    today = date.fromisoformat(TODAY)
    service = DealService.open(db, system_clock, lambda: today)
    window = MainWindow(Workspace(service, today))
    window.resize(1360, 860)
    window.show()
    app.processEvents()

    rows = service.list_deals()
    big = max(rows, key=lambda r: r.step_count)
    assert big.step_count == 300, big.step_count

    def open_big() -> float:
        start = time.perf_counter()
        window.open_deal(big.id)
        app.processEvents()
        return time.perf_counter() - start

    def reload_list() -> float:
        start = time.perf_counter()
        window.reload()
        app.processEvents()
        return time.perf_counter() - start

    keep = []

    def baseline() -> float:
        start = time.perf_counter()
        model = QStandardItemModel(0, 4)
        for r in rows:
            model.appendRow([QStandardItem(text) for text in (r.name, r.account, r.currency, r.owner)])
        view = QTableView()
        view.setModel(model)
        view.show()
        app.processEvents()
        keep.append((model, view))
        return time.perf_counter() - start

    opened = statistics.median(open_big() for _ in range(5))
    listed = statistics.median(reload_list() for _ in range(5))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the baseline's own tables
    base = statistics.median(baseline() for _ in range(3))
    print(f"deals in the list: {window.deals.rowCount()}")
    print(f"open a 300-step deal in the editor: {opened * 1000:.0f} ms (goal under 200 ms)")
    print(f"load the deal list of {len(rows)} deals: {listed * 1000:.0f} ms (goal under 200 ms)")
    print(f"baseline (plain QStandardItemModel table of the same rows): {base * 1000:.0f} ms")
    print(f"peak memory: {rss_mb:.0f} MB (goal under 300 MB)")
    print(f"ratio: {listed / base:.2f}")
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the baseline tables; nothing is left to save


if __name__ == "__main__":
    main()
