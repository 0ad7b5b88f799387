"""Benchmark: a 100-step customer close plan rendered to PDF in process, with everything the
customer document has: the cover summary, the timeline chart, the plan with status chips and
the signature block.

Goal: under 200 ms (issue 21). Baseline, measured in the same run: the same 100 rows drawn as
plain strings on a reportlab canvas with a built-in font (no tables, no embedding).

    .venv/bin/python bench/pdf.py
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date

from pypdf import PdfReader
from reportlab.pdfgen import canvas

from closeplan.export.doc_text import text
from closeplan.export.pdf import customer_plan, render_customer_plan
from closeplan.services.demo import synthetic_deals

TODAY = date(2026, 11, 23)
GOAL = 0.2  # seconds, the slowest language


def main() -> None:
    by_language = {}
    for deal in synthetic_deals(24, TODAY, seed=5, steps=100):
        by_language.setdefault(deal.customer_language, deal)
    deals = list(by_language.values())
    for deal in deals:
        for step in deal.steps:
            step.customer_visible = True
    plans = [customer_plan(d, TODAY) for d in deals]  # with the day: the projected close too
    for plan in plans:  # fonts are registered once per process; each document has its cover and timeline
        first = PdfReader(io.BytesIO(render_customer_plan(plan, TODAY))).pages[0].extract_text()
        for key in ("progress", "key_dates", "timeline"):
            assert text(plan.language, key) in first, (plan.language, key)

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
    print(f"goal: under 200 ms -> {'met' if worst < GOAL else 'NOT met'}")
    print(f"ratio: {worst / base:.1f}")


if __name__ == "__main__":
    main()
