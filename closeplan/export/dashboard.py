"""Page 1 of the manager's review PDF: risk by amount per currency, deals by AE and risk level,
the slip distribution and the forecast at risk, as vectors (reportlab.graphics) and tables.

Amounts are only ever compared within one currency: each currency has its own bar, scaled to its
own total, and lists of deals are sorted within their currency. Risk levels are told by colour and
by pattern (high: solid; medium: hatched; low: light with an outline), so print in black and white
keeps them apart. Its figures are those of the review view's dashboard (closeplan.ui.review_dashboard).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from closeplan.domain.model import Level
from closeplan.domain.review import Review, ReviewRow
from closeplan.export import fonts
from closeplan.export.doc_text import enum_label, format_money, review_text, short_date
from closeplan.export.pages import shorten, text_width
from closeplan.export.timeline import chart_text

if TYPE_CHECKING:
    from closeplan.export.pdf import _Styles

LEVELS = (Level.HIGH, Level.MEDIUM, Level.LOW)
INK = {Level.HIGH: "#b3261e", Level.MEDIUM: "#a86400", Level.LOW: "#1e6b34"}
FILL = {Level.HIGH: "#b3261e", Level.MEDIUM: "#f6d9a8", Level.LOW: "#dcefe2"}
GRID = colors.HexColor("#c9d1dc")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#555555")
SIZE = 7.0
# slip buckets as in the review view: (label, lowest day, highest day)
SLIP_BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("slip_on_time", -(10**6), 0),
    ("1–7", 1, 7),
    ("8–30", 8, 30),
    ("31–90", 31, 90),
    ("> 90", 91, 10**6),
)
MAX_AES = 9
MAX_AT_RISK = 3  # deals listed per currency
MAX_AT_RISK_ROWS = 6  # and in all
MAX_CURRENCIES = 6


def slip_bucket(row: ReviewRow) -> int:
    days = row.deal.slip_days or 0
    return next((i for i, (_label, low, high) in enumerate(SLIP_BUCKETS) if low <= days <= high), 0)


def _hatch(group: Group, x: float, y: float, w: float, h: float, colour, step: float = 2.6) -> None:
    """Diagonal lines across the rectangle (x, y, w, h), clipped to it."""
    c = -h
    while c < w:
        t0, t1 = max(0.0, -c), min(h, w - c)
        if t0 < t1:
            group.add(Line(x + c + t0, y + t0, x + c + t1, y + t1, strokeColor=colour, strokeWidth=0.6))
        c += step


def level_patch(group: Group, x: float, y: float, w: float, h: float, level: Level) -> None:
    """A rectangle in the level's colour and pattern."""
    ink = colors.HexColor(INK[level])
    group.add(Rect(x, y, w, h, fillColor=colors.HexColor(FILL[level]), strokeColor=None))
    if level is Level.MEDIUM:
        _hatch(group, x, y, w, h, ink)
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=ink, strokeWidth=0.6))


def stacked_bar(values: Sequence[tuple[Level, float]], width: float, height: float = 9.0, scale: float = 0.0):
    """A bar of the levels' shares: of its own total (``scale`` 0), or of ``scale``."""
    drawing = Drawing(width, height, initialFontName=fonts.LATIN)
    group = Group()
    drawing.add(group)
    total = scale or sum(v for _l, v in values)
    x = 0.0
    if total <= 0:
        group.add(Rect(0, 0, width, height, fillColor=None, strokeColor=GRID, strokeWidth=0.6))
        return drawing
    for level, v in values:
        if v <= 0:
            continue
        w = width * v / total
        level_patch(group, x, 0, w, height, level)
        x += w
    if not scale:
        group.add(Rect(0, 0, width, height, fillColor=None, strokeColor=MUTED, strokeWidth=0.4))
    return drawing


def legend(language: str, width: float) -> Drawing:
    """The three risk levels with their patterns."""
    drawing = Drawing(width, 10, initialFontName=fonts.LATIN)
    group = Group()
    drawing.add(group)
    x = 0.0
    for level in LEVELS:
        level_patch(group, x, 1.5, 10, 6, level)
        word = enum_label(level, language)
        chart_text(group, x + 13, 2, word, language, size=SIZE)
        x += 13 + text_width(word, SIZE, language) + 10
    return drawing


def slip_chart(rows: Sequence[ReviewRow], language: str, width: float, height: float = 34 * mm) -> Drawing:
    """How many deals slip by how much: a bar per bucket with its count above and its words below."""
    counts = Counter(slip_bucket(r) for r in rows)
    drawing = Drawing(width, height, initialFontName=fonts.LATIN)
    group = Group()
    drawing.add(group)
    base, top = 20.0, height - 12
    slot = width / len(SLIP_BUCKETS)
    most = max(counts.values(), default=0) or 1
    group.add(Line(0, base, width, base, strokeColor=MUTED, strokeWidth=0.6))
    for i, (key, _low, _high) in enumerate(SLIP_BUCKETS):
        count = counts.get(i, 0)
        h = (top - base) * count / most
        x = i * slot + slot * 0.2
        w = slot * 0.6
        if count:
            tone = Level.LOW if i == 0 else Level.MEDIUM if i <= 2 else Level.HIGH
            level_patch(group, x, base, w, h, tone)
        number = str(count)
        chart_text(
            group, x + (w - text_width(number, SIZE + 1, language)) / 2, base + h + 3, number, language, SIZE + 1
        )
        words = review_text(language, key) if key == "slip_on_time" else f"{key} {review_text(language, 'days_short')}"
        chart_text(group, i * slot + (slot - text_width(words, SIZE, language)) / 2, base - 10, words, language, SIZE)
    return drawing


def _grid(rows: list[list[Any]], widths: list[float], head: bool = True) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
    ]
    if head:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def risk_by_amount(report: Review, s: _Styles, language: str, width: float) -> list[Flowable]:
    """Per currency (in the order of their codes, never of their amounts): the amounts of the deals
    closing in the period by risk level, as a bar of that currency's own total."""
    by_level = report.totals.by_level
    if not by_level:
        return [s.p(review_text(language, "no_deals"), s.small)]
    code, total_width = 12 * mm, 34 * mm
    bar_width = width - code - total_width - 12
    rows = []
    currencies = sorted(by_level)
    for currency in currencies[:MAX_CURRENCIES]:
        levels = by_level[currency]
        values = [(level, float(levels.get(level, Decimal(0)))) for level in LEVELS]
        total = sum(levels.values(), Decimal(0))
        parts = " · ".join(
            f"{enum_label(level, language)} {format_money(levels.get(level, Decimal(0)), currency, language)}"
            for level in LEVELS
        )
        rows.append(
            [
                s.p(currency, s.small, bold=True),
                [stacked_bar(values, bar_width), Spacer(1, 1.5), s.p(parts, s.small)],
                s.p(format_money(total, currency, language), s.small, bold=True),
            ]
        )
    story: list[Flowable] = [_grid(rows, [code, bar_width + 4, total_width + 8], head=False)]
    if len(currencies) > MAX_CURRENCIES:
        story.append(s.p(review_text(language, "more", n=len(currencies) - MAX_CURRENCIES), s.small))
    return [*story, legend(language, width)]


def deals_by_ae(report: Review, s: _Styles, language: str, width: float) -> list[Flowable]:
    """Each AE's deals by risk level: counts (comparable across currencies) and a bar, most high
    risks first."""
    counts: dict[str, Counter] = {}
    for row in report.rows:
        counts.setdefault(row.deal.owner or "—", Counter())[row.deal.level or Level.LOW] += 1
    if not counts:
        return [s.p(review_text(language, "no_deals"), s.small)]
    order = sorted(
        counts, key=lambda ae: (-counts[ae][Level.HIGH], -counts[ae][Level.MEDIUM], -sum(counts[ae].values()), ae)
    )
    most = max(sum(c.values()) for c in counts.values())
    name_width = 34 * mm
    count_width = max(max(text_width(enum_label(level, language), 8, language, True) for level in LEVELS) + 10, 9 * mm)
    bar_width = width - name_width - 3 * count_width - 10
    head = (
        [s.p(review_text(language, "ae"), s.small, bold=True)]
        + [s.p(enum_label(level, language), s.small, bold=True) for level in LEVELS]
        + [""]
    )
    rows: list[list[Any]] = [head]
    for ae in order[:MAX_AES]:
        c = counts[ae]
        rows.append(
            [s.p(ae, s.small)]
            + [s.p(str(c[level]), s.small, bold=level is Level.HIGH and c[level] > 0) for level in LEVELS]
            + [stacked_bar([(level, float(c[level])) for level in LEVELS], bar_width, 7, scale=float(most))]
        )
    table = _grid(rows, [name_width, count_width, count_width, count_width, bar_width + 4])
    story: list[Flowable] = [table]
    if len(order) > MAX_AES:
        story.append(s.p(review_text(language, "more", n=len(order) - MAX_AES), s.small))
    return story


def at_risk(report: Review, s: _Styles, language: str, width: float) -> list[Flowable]:
    """Per currency: the amount of the deals closing in the period but projected after it, and the
    largest of them (sorted within the currency)."""
    slipping = [r for r in report.rows if r.slips_out]
    if not slipping:
        return [s.p(review_text(language, "none_at_risk"), s.small)]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    budget = MAX_AT_RISK_ROWS
    for currency in sorted({r.deal.currency for r in slipping}):
        mine = sorted((r for r in slipping if r.deal.currency == currency), key=lambda r: (-r.deal.amount, r.deal.name))
        amount = report.totals.at_risk.get(currency, Decimal(0))
        commands.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, ACCENT))
        rows.append(
            [
                s.p(currency, s.small, bold=True),
                s.p(review_text(language, "deals_count", n=len(mine)), s.small),
                s.p(format_money(amount, currency, language), s.small, bold=True),
            ]
        )
        shown = mine[: max(0, min(MAX_AT_RISK, budget))]
        budget -= len(shown)
        room = width - 12 * mm - 36 * mm - 8
        for r in shown:
            d = r.deal
            when = review_text(
                language, "projected_slip", date=short_date(d.projected_close, language), days=d.slip_days or 0
            )
            name = shorten(f"{d.account} — {d.name}", room - text_width(when, 8, language) - 8, 8, language)
            rows.append(
                ["", s.p(f"{name} · {when}", s.small), s.p(format_money(d.amount, currency, language), s.small)]
            )
        if len(mine) > len(shown):
            rows.append(["", s.p(review_text(language, "more", n=len(mine) - len(shown)), s.small), ""])
    money = 36 * mm
    table = _grid(rows, [12 * mm, width - 12 * mm - money - 4, money + 4], head=False)
    table.setStyle(TableStyle(commands + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]


def panels(report: Review, s: _Styles, language: str, width: float) -> Table:
    """The four panels in a 2 × 2 grid, each under its heading."""
    gap = 6 * mm
    half = (width - gap) / 2
    inner = half - 12
    label = s.small.clone("panel", textColor=ACCENT, spaceAfter=3)

    def panel(key: str, body: list[Flowable], note: str = "") -> list[Flowable]:
        head = [s.p(review_text(language, key), label, bold=True)]
        if note:
            head.append(s.p(note, s.small.clone("note", textColor=MUTED, spaceAfter=3)))
        return head + body

    period = report.period
    scope = review_text(
        language, "in_period_short", start=short_date(period.start, language), end=short_date(period.end, language)
    )
    cells = [
        [
            panel("dash_risk", risk_by_amount(report, s, language, inner), scope),
            "",
            panel("dash_ae", deals_by_ae(report, s, language, inner), review_text(language, "all_listed")),
        ],
        ["", "", ""],
        [
            panel("dash_slip", [slip_chart(report.rows, language, inner)], review_text(language, "all_listed")),
            "",
            panel("dash_at_risk", at_risk(report, s, language, inner), review_text(language, "at_risk_note")),
        ],
    ]
    table = Table(cells, colWidths=[half, gap, half], rowHeights=[None, gap, None])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.5, GRID),
                ("BOX", (2, 0), (2, 0), 0.5, GRID),
                ("BOX", (0, 2), (0, 2), 0.5, GRID),
                ("BOX", (2, 2), (2, 2), 0.5, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
            ]
        )
    )
    return table
