"""The printable manager review: the same content as the review view, as a PDF in any of
the four languages, sharing the fonts and machinery of the deal documents.

Page 1 is a dashboard (risk by amount per currency, deals by AE and level, slip distribution,
forecast at risk); then the table of deals, grouped by currency and sorted within each (a yen
amount is never ranked against a dollar one by its number), with coloured risk levels; then the
totals, which say that they count the deals closing in the period and what "in the period" is.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from closeplan.domain.model import Level
from closeplan.domain.review import LEVEL_RANK, Review, ReviewRow
from closeplan.export import typeset
from closeplan.export.dashboard import panels
from closeplan.export.doc_text import enum_label, flag_text, format_money, review_text, short_date
from closeplan.export.pages import Document, Footer, bookmark, numbered_canvas, text_width
from closeplan.export.pdf import SHADE, _Styles, _table, level_chip
from closeplan.export.widgets import CELL_PADDING, Chip, date_column

MARGIN = 12 * mm
# preferred widths (mm) of: AE, account — deal, amount, stage, target, projected, slip, pushed, risk,
# why, next customer step, idle days; dates and the risk column are then sized from their content
WIDTHS = (22, 48, 26, 20, 21, 21, 10, 12, 14, 42, 26, 10)
RED = colors.HexColor("#b3261e")


def _by_currency(rows: list[ReviewRow]) -> dict[str, list[ReviewRow]]:
    """The rows per currency (codes in order), each highest risk first, then the largest amount."""
    groups: dict[str, list[ReviewRow]] = {}
    for row in rows:
        groups.setdefault(row.deal.currency, []).append(row)
    return {
        currency: sorted(groups[currency], key=lambda r: (LEVEL_RANK[r.deal.level], -r.deal.amount, r.deal.name))
        for currency in sorted(groups)
    }


def render_review(report: Review, issued_on: date, language: str = "en", author: str = "") -> bytes:
    """The review as PDF bytes; ``author``: who made it (the manager), else closeplan."""
    s = _Styles(language)
    title = review_text(language, "title")
    buffer = io.BytesIO()
    doc = Document(
        buffer,
        language,
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"{title} {report.period.label}",
        author=author,
        subject=review_text(language, "subject", period=report.period.label),
    )
    width = landscape(A4)[0] - 2 * MARGIN
    period = report.period
    start, end = short_date(period.start, language), short_date(period.end, language)
    story: list = [
        bookmark(s.p(f"{title}: {period.label}", s.title), review_text(language, "dashboard")),
        s.p(
            review_text(
                language,
                "summary",
                start=start,
                end=end,
                today=short_date(report.today, language),
                count=len(report.rows),
            ),
            s.body,
        ),
        s.p(review_text(language, "in_period_note", start=start, end=end), s.small),
        Spacer(1, 3 * mm),
        panels(report, s, language, width),
        PageBreak(),
    ]
    story += _deals(report, s, language, width, doc)
    story += _totals(report, s, language, start, end)
    footer = Footer(
        (f"{title} {period.label}",), " · " + review_text(language, "issued", date=short_date(issued_on, language))
    )
    doc.build(story, canvasmaker=numbered_canvas(footer, language, issued_on, margin=MARGIN))
    return buffer.getvalue()


def _deals(report: Review, s: _Styles, language: str, width: float, doc: Document) -> list:
    """The table: per currency a table of its own (the same columns), under a band that names the
    currency, kept with its first deals."""
    head = s.head.clone("reviewHead", fontSize=7.5, leading=9.5)
    note = ParagraphStyle("reviewNote", parent=s.small, fontSize=7, leading=9, textColor=colors.HexColor("#555555"))
    late = ParagraphStyle("reviewLate", parent=note, textColor=RED)
    header = [s.p(c, head, bold=True) for c in review_text(language, "columns").split("|")]
    groups: list[tuple[Any, list[list[Any]]]] = []
    dates: list[date | None] = []
    for currency, group in _by_currency(report.rows).items():
        in_period = sum((r.deal.amount for r in group if r.in_period), Decimal(0))
        band = s.p(
            review_text(
                language,
                "currency_group",
                currency=currency,
                deals=review_text(language, "deals_count", n=len(group)),
                amount=format_money(in_period, currency, language),
            ),
            s.small,
            bold=True,
        )
        groups.append((band, [_row(r, s, language, note, late) for r in group]))
        dates += [d for r in group for d in (r.deal.target_close, r.deal.projected_close)]
    preferred = [w * mm for w in WIDTHS]
    date_width = date_column(dates, lambda d: short_date(d, language), 8, language)
    preferred[4] = preferred[5] = date_width
    labels = [enum_label(level, language) for level in (Level.HIGH, Level.MEDIUM, Level.LOW)]
    chip = max(text_width(w, 8, language, True) for w in labels) + 6 + 2 * Chip.PAD_X + 2 * CELL_PADDING
    preferred[8] = chip
    flexible = (1, 9, 10)  # the room left goes to the texts
    spare = width - sum(preferred)
    weight = sum(preferred[i] for i in flexible)
    for i in flexible:
        preferred[i] += spare * preferred[i] / weight
    every = [header] + [row for _band, rows in groups for row in rows]
    widths = _at_least(typeset.column_widths(every, preferred), {4: date_width, 5: date_width, 8: chip}, flexible)
    title = review_text(language, "table")
    story: list = [bookmark(s.p(title, s.h2), title)]
    for band, rows in groups:
        table = _table([header, [band] + [""] * 11, *rows], widths)
        table.setStyle(
            [
                ("SPAN", (0, 1), (-1, 1)),
                ("BACKGROUND", (0, 1), (-1, 1), SHADE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.HexColor("#1f3a5f")),
                ("NOSPLIT", (0, 0), (-1, min(2, len(rows) + 1))),  # the band stays with its first deal
            ]
        )
        story += [CondPageBreak(40 * mm), typeset.split_tall_rows(table, doc.width, doc.height), Spacer(1, 3 * mm)]
    return story


def _at_least(widths: list[float], minimums: dict[int, float], donors: tuple[int, ...]) -> list[float]:
    """``widths`` with columns widened to their ``minimums``, the room taken from the ``donors``."""
    widths = list(widths)
    short = sum(max(0.0, m - widths[i]) for i, m in minimums.items())
    if short <= 0:
        return widths
    for i, m in minimums.items():
        widths[i] = max(widths[i], m)
    pool = sum(widths[i] for i in donors) or 1.0
    for i in donors:
        widths[i] -= short * widths[i] / pool
    return widths


def _row(r: ReviewRow, s: _Styles, language: str, note: ParagraphStyle, late: ParagraphStyle) -> list[Any]:
    d = r.deal
    why = [flag_text(f, language) for f in d.top_flags]
    account: list[Any] = [s.p(f"{d.account} — {d.name}", s.small)]
    if not r.in_period:
        account.append(s.p(review_text(language, "outside_period"), note))
    projected: list[Any] = [s.p(short_date(d.projected_close, language), s.small, bold=r.slips_out)]
    if r.slips_out:
        projected.append(s.p(review_text(language, "after_period"), late))
    idle: list[Any] = [s.p(str(r.days_since_update), s.small)]
    if r.owner_synced_at:
        idle.append(s.p(review_text(language, "synced", date=short_date(r.owner_synced_at.date(), language)), note))
    return [
        s.p(d.owner, s.small),
        account,
        s.p(format_money(d.amount, d.currency, language), s.small),
        s.p(enum_label(d.stage, language), s.small),
        s.p(short_date(d.target_close, language), s.small),
        projected,
        s.p(f"+{d.slip_days}" if d.slip_days else "0", s.small),
        s.p(str(d.times_close_pushed), s.small),
        level_chip(d.level, enum_label(d.level or Level.LOW, language), s),
        s.p("\n".join(why), s.small),
        s.p(
            f"{short_date(d.next_customer_date, language)} {d.next_customer_step}" if d.next_customer_step else "",
            s.small,
        ),
        idle,
    ]


def _totals(report: Review, s: _Styles, language: str, start: str, end: str) -> list:
    """The totals per currency of the deals closing in the period, and what that means."""
    levels_order = (Level.HIGH, Level.MEDIUM, Level.LOW)
    totals: list[list[Any]] = [
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
    heading = review_text(language, "totals")
    return [
        bookmark(s.p(heading, s.h2), heading),
        s.p(review_text(language, "in_period_note", start=start, end=end), s.small),
        Spacer(1, 2 * mm),
        _table(totals, [30 * mm, 55 * mm, 55 * mm, 55 * mm, 78 * mm]),
    ]
