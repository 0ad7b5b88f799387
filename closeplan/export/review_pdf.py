"""The printable manager review: the same content as the review view, as a PDF,
sharing the fonts and machinery of the deal documents."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from closeplan.domain.model import Level
from closeplan.domain.review import Review
from closeplan.export import fonts
from closeplan.export.doc_text import format_money
from closeplan.export.pdf import _numbered_canvas, _Styles, _table

COLUMNS = ("AE", "Account — deal", "Amount", "Stage", "Target", "Projected", "Slip d", "Pushed", "Risk",
           "Why (top flags)", "Next customer step", "Idle d")
WIDTHS = (22, 42, 26, 20, 21, 21, 10, 12, 14, 47, 28, 10)


def render_review(report: Review, issued_on: date, title: str = "Late-stage review") -> bytes:
    language = "en"
    s = _Styles(language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
        bottomMargin=18 * mm, title=f"{title} {report.period.label}", author="closeplan", creator="closeplan",
        subject=f"Deals in negotiation or approval, or closing in {report.period.label}",
        initialFontName=fonts.LATIN,
    )
    story: list = [
        s.p(f"{title}: {report.period.label}", s.title),
        s.p(f"{report.period.start.isoformat()} – {report.period.end.isoformat()} · as of {report.today.isoformat()}"
            f" · {len(report.rows)} deals · sorted by risk, then amount", s.body),
        Spacer(1, 3 * mm),
    ]
    head = s.head.clone("reviewHead", fontSize=7.5, leading=9.5)
    rows = [[s.p(c, head, bold=True) for c in COLUMNS]]
    for r in report.rows:
        d = r.deal
        rows.append([
            s.p(d.owner, s.small), s.p(f"{d.account} — {d.name}", s.small),
            s.p(format_money(d.amount, d.currency, "en"), s.small), s.p(d.stage.value.replace("_", " "), s.small),
            s.p(d.target_close.isoformat(), s.small),
            s.p(d.projected_close.isoformat() if d.projected_close else "", s.small),
            s.p(f"+{d.slip_days}" if d.slip_days else "0", s.small), s.p(str(d.times_close_pushed), s.small),
            s.p((d.level or Level.LOW).value, s.small, bold=d.level is Level.HIGH),
            s.p("\n".join(r.top_flags), s.small),
            s.p(f"{d.next_customer_date.isoformat()} {d.next_customer_step}" if d.next_customer_step else "", s.small),
            s.p(str(r.days_since_update), s.small),
        ])
    story.append(_table(rows, [w * mm for w in WIDTHS]))
    story.append(s.p("Totals per currency", s.h2))
    totals = [[s.p(c, s.head, bold=True) for c in ("Currency", "High", "Medium", "Low",
                                                     "Forecast at risk (projected after the period)")]]
    for currency, levels in sorted(report.totals.by_level.items()):
        totals.append([s.p(currency, s.cell)] + [
            s.p(format_money(levels.get(level, 0), currency, "en"), s.cell) for level in (Level.HIGH, Level.MEDIUM, Level.LOW)
        ] + [s.p(format_money(report.totals.at_risk.get(currency, 0), currency, "en"), s.cell)])
    story.append(_table(totals, [24 * mm, 45 * mm, 45 * mm, 45 * mm, 70 * mm]))
    footer = f"{title} {report.period.label} · issued {issued_on.isoformat()}"
    doc.build(story, canvasmaker=_numbered_canvas(footer, language))
    return buffer.getvalue()
