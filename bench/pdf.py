"""Benchmark: a 100-step customer close plan rendered to PDF in process.

Goal: under 300 ms. Baseline, measured in the same run: the same 100 rows drawn as
plain strings on a reportlab canvas with a built-in font (no tables, no embedding).

    .venv/bin/python bench/pdf.py
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date

from reportlab.pdfgen import canvas

from closeplan.export.pdf import customer_plan, render_customer_plan
from closeplan.services.demo import synthetic_deals

TODAY = date(2026, 11, 23)


def main() -> None:
    by_language = {}
    for deal in synthetic_deals(24, TODAY, seed=5, steps=100):
        by_language.setdefault(deal.customer_language, deal)
    deals = list(by_language.values())
    for deal in deals:
        for step in deal.steps:
            step.customer_visible = True
    plans = [customer_plan(d) for d in deals]
    render_customer_plan(plans[0], TODAY)  # font registration happens once per process

    def render(plan) -> float:
        start = time.perf_counter()
        render_customer_plan(plan, TODAY)
        return time.perf_counter() - start

    def baseline(plan) -> float:
        start = time.perf_counter()
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer)
        y = 800
        for step in plan.steps:
            c.drawString(40, y, f"{step.due_date} {step.owner_side.value} {step.status.value}")
            y -= 14
            if y < 40:
                c.showPage()
                y = 800
        c.save()
        return time.perf_counter() - start

    timings = {plan.language: statistics.median(render(plan) for _ in range(5)) for plan in plans}
    base = statistics.median(baseline(plans[0]) for _ in range(5))
    for language, seconds in timings.items():
        print(f"100-step customer PDF ({language}): {seconds * 1000:.0f} ms")
    worst = max(timings.values())
    print(f"baseline (plain canvas, same rows): {base * 1000:.1f} ms")
    print(f"goal: under 300 ms -> {'met' if worst < 0.3 else 'NOT met'}")
    print(f"ratio: {worst / base:.1f}")


if __name__ == "__main__":
    main()
