"""Benchmark: risk computation (projection + flags) for 10,000 deals of 30 steps.

Goal: under 2 s on the development machine. Prints absolute figures and the ratio
to a baseline measured in the same run: one plain pass over the same steps
(checking each step's date against today), i.e. the cost of merely touching the data.

    .venv/bin/python bench/risk.py [--deals N] [--steps S]
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from closeplan.domain.calendar import calendar_for
from closeplan.domain.risk import assess
from closeplan.services.demo import synthetic_deals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=30)
    args = parser.parse_args()
    today = date(2026, 11, 23)
    deals = synthetic_deals(args.deals, today, seed=42, steps=args.steps)
    for country in {d.country for d in deals}:
        calendar_for(country)  # calendars are built once per process; not part of the figure

    start = time.perf_counter()
    overdue = 0
    for deal in deals:
        for step in deal.steps:
            if step.is_open and step.due_date < today:
                overdue += 1
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    levels: dict[str, int] = {}
    for deal in deals:
        result = assess(deal, today, calendar_for(deal.country))
        levels[result.level.value] = levels.get(result.level.value, 0) + 1
    elapsed = time.perf_counter() - start

    steps = sum(len(d.steps) for d in deals)
    print(f"deals: {len(deals)}  steps: {steps}  overdue steps: {overdue}  levels: {levels}")
    print(f"baseline (one pass over the steps): {baseline:.3f} s")
    print(f"risk (projection + flags): {elapsed:.3f} s  ({elapsed / len(deals) * 1e6:.0f} µs per deal)")
    print(f"goal: under 2.0 s -> {'met' if elapsed < 2.0 else 'NOT met'}")
    print(f"ratio: {elapsed / baseline:.1f}")


if __name__ == "__main__":
    main()
