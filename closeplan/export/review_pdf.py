"""The printable manager review: the same content as the review view, as a PDF in any of
the four languages, sharing the fonts and machinery of the deal documents."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from closeplan.domain.model import Level
from closeplan.domain.review import Review
from closeplan.export import fonts
from closeplan.export.doc_text import enum_label, flag_text, format_money, review_text, short_date
from closeplan.export.pdf import _numbered_canvas, _Styles, _table

WIDTHS = (22, 42, 26, 20, 21, 21, 10, 12, 14, 47, 28, 10)


def render_review(report: Review, issued_on: date, language: str = "en") -> bytes:
    s = _Styles(language)
    title = review_text(language, "title")
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=18 * mm,
        title=f"{title} {report.period.label}",
        author="closeplan",
        creator="closeplan",
        subject=review_text(language, "subject", period=report.period.label),
        initialFontName=fonts.LATIN,
    )
    story: list = [
        s.p(f"{title}: {report.period.label}", s.title),
        s.p(
            review_text(
                language,
                "summary",
                start=short_date(report.period.start, language),
                end=short_date(report.period.end, language),
                today=short_date(report.today, language),
                count=len(report.rows),
            ),
            s.body,
        ),
        Spacer(1, 3 * mm),
    ]
    head = s.head.clone("reviewHead", fontSize=7.5, leading=9.5)
    rows = [[s.p(c, head, bold=True) for c in review_text(language, "columns").split("|")]]
    for r in report.rows:
        d = r.deal
        why = [flag_text(f, language) for f in d.top_flags]
        rows.append(
            [
                s.p(d.owner, s.small),
                s.p(f"{d.account} — {d.name}", s.small),
                s.p(format_money(d.amount, d.currency, language), s.small),
                s.p(enum_label(d.stage, language), s.small),
                s.p(short_date(d.target_close, language), s.small),
                s.p(short_date(d.projected_close, language), s.small),
                s.p(f"+{d.slip_days}" if d.slip_days else "0", s.small),
                s.p(str(d.times_close_pushed), s.small),
                s.p(enum_label(d.level or Level.LOW, language), s.small, bold=d.level is Level.HIGH),
                s.p("\n".join(why), s.small),
                s.p(
                    f"{short_date(d.next_customer_date, language)} {d.next_customer_step}"
                    if d.next_customer_step
                    else "",
                    s.small,
                ),
                s.p(
                    str(r.days_since_update)
                    + (
                        "\n" + review_text(language, "synced", date=short_date(r.owner_synced_at.date(), language))
                        if r.owner_synced_at
                        else ""
                    ),
                    s.small,
                ),
            ]
        )
    story.append(_table(rows, [w * mm for w in WIDTHS]))
    story.append(s.p(review_text(language, "totals"), s.h2))
    levels_order = (Level.HIGH, Level.MEDIUM, Level.LOW)
    totals = [
        [
            s.p(c, s.head, bold=True)
            for c in (
                review_text(language, "currency"),
                *(enum_label(level, language) for level in levels_order),
                review_text(language, "at_risk"),
            )
        ]
    ]
    for currency, levels in sorted(report.totals.by_level.items()):
        totals.append(
            [s.p(currency, s.cell)]
            + [s.p(format_money(levels.get(level, Decimal(0)), currency, language), s.cell) for level in levels_order]
            + [s.p(format_money(report.totals.at_risk.get(currency, Decimal(0)), currency, language), s.cell)]
        )
    story.append(_table(totals, [24 * mm, 45 * mm, 45 * mm, 45 * mm, 70 * mm]))
    footer = f"{title} {report.period.label} · " + review_text(language, "issued", date=short_date(issued_on, language))
    doc.build(story, canvasmaker=_numbered_canvas(footer, language, issued_on))
    return buffer.getvalue()
