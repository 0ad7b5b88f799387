"""Benchmark: one step's date changed in a 300-step deal of a 10,000-deal database, through the
edit runner (EditService: operations, the rows they touch, the list row, the history), its undo,
and the same edit typed into the plan table until the deal list's risk badge shows the new level.

Goals (issue 19): statements ≤ 6 for the edit; edit and undo ≤ 10 ms median until the change
record is returned; through the widgets ≤ 30 ms. Baseline, measured in the same run: a bare
SQLite UPDATE of one row in its own transaction (Python's sqlite3, the same file, WAL and
synchronous=FULL as closeplan uses).

    .venv/bin/python bench/edit.py [--deals N] [--rounds R]

The widget figure is the median of max(5, R // 3) rounds, each from the Enter that commits the
date editor until the deal list's row carries the new version and risk; it includes whatever Qt
paints meanwhile (the table after the editor closes, the rows the edit changed). The platform is
``offscreen`` unless QT_QPA_PLATFORM says otherwise (with ``minimal`` the figure reads lower).

Prints one figure per line: statements, edit ms, undo ms, widgets ms, baseline ms, ratio.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(__file__))
from _common import TODAY, make_database  # noqa: E402


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    db, env = make_database(args.deals)
    os.environ.update(env)

    from sqlalchemy import event

    from closeplan.domain import edits as E
    from closeplan.services.deals import DealService, system_clock
    from closeplan.services.editing import EditService

    today = date.fromisoformat(TODAY)
    service = DealService.open(db, system_clock, lambda: today)
    big = max(service.list_deals(), key=lambda row: row.step_count)
    deal = service.get_deal(big.id)
    step = deal.steps_in_time_order()[len(deal.steps) // 2]
    editing = EditService(service)

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        statements.append(statement.split(None, 1)[0].upper())

    event.listen(service.db.engine, "before_cursor_execute", count)
    edits, undos, counted = [], [], []
    due = step.due_date
    for i in range(args.rounds):
        statements.clear()
        started = time.perf_counter()
        edit = editing.edit(deal.id, "Change due date", E.set_step(step.id, due_date=due + timedelta(days=1 + i % 2)))
        edits.append(time.perf_counter() - started)
        if i:  # the first edit also reads the deal; later ones apply to the state last written
            counted.append(len([s for s in statements if s not in ("BEGIN", "COMMIT", "PRAGMA")]))
        started = time.perf_counter()
        editing.undo(edit)
        undos.append(time.perf_counter() - started)
    event.remove(service.db.engine, "before_cursor_execute", count)

    # the same edit through the widgets, until the list row's risk badge shows the new level
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from closeplan.ui.app import make_application
    from closeplan.ui.dates import DateCellEdit
    from closeplan.ui.main_window import MainWindow, Workspace
    from closeplan.ui.plan_model import DUE

    app = make_application()
    window = MainWindow(Workspace(service, today))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.select_deal(deal.id)
    window.editor.tabs.setCurrentWidget(window.editor.plan)
    app.processEvents()
    plan = window.editor.plan
    risk_column = window.deals.RISK
    widgets, levels = [], set()
    for i in range(max(5, args.rounds // 3)):
        row = plan.model.row_of(step.id)
        index = plan.proxy.mapFromSource(plan.model.index(row, plan.model.column_of(DUE)))
        # alternate between a date that makes the step overdue (a high flag) and its own date
        target = today - timedelta(days=20) if i % 2 == 0 else due
        version = window.deals.summary(window.deals.row_of(deal.id)).version
        plan.view.setCurrentIndex(index)
        plan.view.edit(index)
        editor = plan.view.findChild(DateCellEdit, "dateEditor")
        editor.setDate(QDate(target.year, target.month, target.day))
        started = time.perf_counter()
        QApplication.sendEvent(editor, _key(Qt.Key.Key_Return))
        while True:  # until the list row carries the new version, with its risk badge
            app.processEvents()
            summary = window.deals.summary(window.deals.row_of(deal.id))
            if summary.version > version or time.perf_counter() - started > 2:
                break
        widgets.append(time.perf_counter() - started)
        levels.add(window.deals.index(window.deals.row_of(deal.id), risk_column).data())
    window.close()

    # baseline: one row updated in its own transaction with Python's sqlite3
    connection = sqlite3.connect(str(db), isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    baseline = []
    for i in range(args.rounds):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "UPDATE step SET due_date = ? WHERE id = ?", ((due + timedelta(days=i % 2)).isoformat(), step.id.hex)
        )
        connection.execute("COMMIT")
        baseline.append(time.perf_counter() - started)
    connection.close()
    service.close()

    edit_ms, baseline_ms = _median_ms(edits), _median_ms(baseline)
    print(f"steps in the deal: {len(deal.steps)}")
    print(f"statements: {max(counted)}")
    print(f"edit ms: {edit_ms:.1f}")
    print(f"undo ms: {_median_ms(undos):.1f}")
    print(f"widgets ms: {_median_ms(widgets):.1f}")
    print(f"risk levels shown meanwhile: {', '.join(sorted(str(level) for level in levels))}")
    print(f"baseline ms: {baseline_ms:.2f}")
    print(f"ratio: {edit_ms / baseline_ms:.1f}")


def _key(key):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


if __name__ == "__main__":
    main()
