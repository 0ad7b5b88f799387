"""The plan as a timeline chart, drawn as vectors (reportlab.graphics).

One lane per owner side (vendor, customer, joint); a step is a dot, a milestone (board meeting,
papers due, purchase order, contract, kickoff) a diamond with its name. Vertical lines mark today
(solid), the target close (dashed) and the projected close (dotted); a thin grey bar runs from a
step's agreed (baseline) date to its date now. Status is told by the marker's fill as well as its
colour (done: solid; open: hollow; overdue: a ring), lines by their pattern, so the chart reads in
black-and-white print too.

Labels never overlap each other or the vertical lines: each is placed in the first free row and
side (right, left, centred) that crosses nothing; a milestone label that finds no room is left out
(the plan's table names every step).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import product
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from closeplan.domain.model import OwnerSide, StepKind, StepStatus
from closeplan.export import fonts
from closeplan.export.doc_text import month_label, short_date, text, year_label
from closeplan.export.pages import font_runs, shorten, text_width

if TYPE_CHECKING:
    from closeplan.export.pdf import CustomerPlan

WIDTH = 174 * mm
SIZE = 6.8  # labels
ROW = 9.0  # a row of labels
MARKERS = 18.0  # the height of a lane's marker zone
AXIS = 22.0
LEGEND_ROW = 11.0
MAX_LABEL_ROWS = 3
GAP = 3.0  # between two labels of a row
CLEAR = 1.6  # between a label and a line

INK = colors.HexColor("#202124")
GRID = colors.HexColor("#c9d1dc")
ACCENT = colors.HexColor("#1f3a5f")
RED = colors.HexColor("#b3261e")
AGREED = colors.HexColor("#8a8f98")
LANES = {
    OwnerSide.VENDOR: (colors.HexColor("#1f3a5f"), colors.HexColor("#eef3fa")),
    OwnerSide.CUSTOMER: (colors.HexColor("#a04f00"), colors.HexColor("#fdf3e7")),
    OwnerSide.JOINT: (colors.HexColor("#5b3f8c"), colors.HexColor("#f3f0f8")),
}
MILESTONES = {
    StepKind.BOARD_MEETING: "tl_board",
    StepKind.PURCHASE_ORDER: "tl_po",
    StepKind.SIGNATURE: "tl_contract",
    StepKind.KICKOFF: "tl_kickoff",
}
TODAY, TARGET, PROJECTED = "today", "target", "projected"
LINE_STYLE = {  # colour, width, dash pattern
    TODAY: (INK, 0.9, None),
    TARGET: (ACCENT, 1.1, [4, 2]),
    PROJECTED: (RED, 1.3, [1, 1.6]),
}


@dataclass(frozen=True)
class Marker:
    day: date
    side: OwnerSide
    milestone: bool
    state: str  # "done", "open", "overdue"
    label: str = ""
    agreed: date | None = None


@dataclass
class Placed:
    """A label where it was put: its row, its span on the x axis, and how it is anchored."""

    text: str
    row: int
    start: float
    end: float


@dataclass
class Layout:
    """What the chart drew, for tests: label spans and the x of each vertical line."""

    lines: dict[str, float] = field(default_factory=dict)
    line_labels: dict[str, Placed] = field(default_factory=dict)
    milestone_labels: list[tuple[OwnerSide, Placed]] = field(default_factory=list)
    dropped: int = 0


def markers(plan: CustomerPlan, today: date) -> list[Marker]:
    """The plan's steps (and a board meeting's papers deadline) as markers."""
    found: list[Marker] = []
    for step in plan.steps:
        if step.status is StepStatus.SKIPPED:
            continue
        state = "done" if step.status is StepStatus.DONE else "overdue" if step.due_date < today else "open"
        kind = MILESTONES.get(step.kind)
        found.append(Marker(step.due_date, step.owner_side, kind is not None, state, kind or "", step.baseline_date))
        if step.kind is StepKind.BOARD_MEETING and step.submission_deadline:
            deadline = step.submission_deadline
            papers = "done" if step.status is StepStatus.DONE else "overdue" if deadline < today else "open"
            found.append(Marker(deadline, OwnerSide.CUSTOMER, True, papers, "tl_papers"))
    return found


def chart_text(group: Group, x: float, y: float, value: str, language: str, size: float = SIZE, colour=INK, bold=False):
    """``value`` from ``x`` on the baseline ``y``, one String per font run."""
    for font, chunk in font_runs(value, language, bold):
        group.add(String(x, y, chunk, fontName=font, fontSize=size, fillColor=colour))
        x += stringWidth(chunk, font, size)


def _free(start: float, end: float, row: int, taken: dict[int, list[tuple[float, float]]]) -> bool:
    return all(end + GAP <= a or start >= b + GAP for a, b in taken.get(row, ()))


def _crosses(start: float, end: float, xs: Iterable[float]) -> bool:
    return any(start - CLEAR <= x <= end + CLEAR for x in xs)


def _candidates(x: float, width: float) -> list[tuple[float, float]]:
    return [(x + 5, x + 5 + width), (x - 5 - width, x - 5), (x - width / 2, x + width / 2)]


def _flags(x: float, width: float) -> list[tuple[float, float]]:
    """Spans of a label in a higher row, on a leader rising at ``x``: right of it, left of it,
    or centred over it."""
    return [(x + 2, x + 2 + width), (x - 2 - width, x - 2), (x - width / 2, x + width / 2)]


def place_line_labels(
    lines: dict[str, float], widths: dict[str, float], left: float, right: float
) -> dict[str, tuple[int, float, float]] | None:
    """Rows and spans for the labels of the vertical lines in the band above the lanes: a line
    rises to the row of its own label, and no label may cross another label or a line that rises
    through its row. The arrangement with the fewest rows (right of its line preferred)."""
    names = list(lines)
    best: tuple[tuple[int, int], dict[str, tuple[int, float, float]]] | None = None
    options = {
        name: [
            (row, side, span)
            for row in range(MAX_LABEL_ROWS)
            for side, span in enumerate(_candidates(lines[name], widths[name])[:2])
            if span[0] >= left and span[1] <= right
        ]
        for name in names
    }
    for choice in product(*(options[n] for n in names)):
        placed = dict(zip(names, choice, strict=True))
        ok = True
        for name, (row, _side, (a, b)) in placed.items():
            for other, (other_row, _s, (c, d)) in placed.items():
                if other == name:
                    continue
                if other_row >= row and a - CLEAR <= lines[other] <= b + CLEAR:
                    ok = False  # the other line rises through this label
                if other_row == row and not (b + GAP <= c or a >= d + GAP):
                    ok = False
            if not ok:
                break
        if ok:
            score = (max((r for r, _s, _sp in placed.values()), default=0), sum(s for _r, s, _sp in placed.values()))
            if best is None or score < best[0]:
                best = (score, {n: (r, sp[0], sp[1]) for n, (r, _s, sp) in placed.items()})
    return best[1] if best else None


def _month_ticks(start: date, end: date, scale, min_gap: float) -> list[date]:
    first = date(start.year, start.month, 1)
    if first < start:
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    months: list[date] = []
    day = first
    while day <= end:
        months.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    for step in (1, 2, 3, 6, 12):
        chosen = [m for m in months if (m.month - 1) % step == 0]
        xs = [scale(m) for m in chosen]
        if all(b - a >= min_gap for a, b in zip(xs, xs[1:], strict=False)):
            return chosen
    return [m for m in months if m.month == 1]


def timeline(
    plan: CustomerPlan, language: str, today: date, width: float = WIDTH, layout: Layout | None = None
) -> Drawing:
    """The chart of ``plan`` as of ``today``; ``layout``, when given, is filled with where the
    labels and lines went."""
    layout = layout if layout is not None else Layout()
    marks = markers(plan, today)
    sides = [OwnerSide.VENDOR, OwnerSide.CUSTOMER] + (
        [OwnerSide.JOINT] if any(m.side is OwnerSide.JOINT for m in marks) else []
    )
    names = {
        OwnerSide.VENDOR: plan.vendor_company or text(language, "vendor", vendor="—"),
        OwnerSide.CUSTOMER: plan.account,
        OwnerSide.JOINT: text(language, "joint"),
    }
    gutter = min(max(text_width(names[s], SIZE, language, bold=True) for s in sides) + 8, 34 * mm)
    left, right = gutter, width - 2

    days = [m.day for m in marks] + [m.agreed for m in marks if m.agreed] + [today, plan.target_close]
    projected = plan.projected_close if plan.projected_close and plan.projected_close != plan.target_close else None
    if projected:
        days.append(projected)
    first, last = min(days), max(days)
    pad = timedelta(days=max(4, round((last - first).days * 0.03)))
    # room after the last day for the name of a milestone there, right of its marker
    labels = [text_width(text(language, m.label), SIZE, language) for m in marks if m.milestone]
    per_day = (right - left) / max((last - first).days + 2 * pad.days, 1)
    tail = timedelta(days=int((max(labels, default=0) + 8) / per_day) + 1) if labels else pad
    start, end = first - pad, last + max(pad, tail)
    span = max((end - start).days, 1)

    def x(day: date) -> float:
        return left + (day - start).days / span * (right - left)

    lines = {TODAY: x(today), TARGET: x(plan.target_close)}
    if projected:
        lines[PROJECTED] = x(projected)
    line_text = {
        TODAY: f"{text(language, 'today')} {short_date(today, language)}",
        TARGET: f"{text(language, 'target_close')} {short_date(plan.target_close, language)}",
        PROJECTED: f"{text(language, 'projected_close')} {short_date(projected, language)}" if projected else "",
    }
    widths = {name: text_width(line_text[name], SIZE, language) for name in lines}
    placed_lines = place_line_labels(lines, widths, 0, right)
    if placed_lines is None:  # no room for all: today's label goes
        del lines[TODAY]
        placed_lines = place_line_labels(lines, widths, 0, right) or {}
        lines[TODAY] = x(today)
    band = (max((r for r, _a, _b in placed_lines.values()), default=0) + 1) * ROW + 2

    # milestone labels, lane by lane: rows above the markers
    obstacles = list(lines.values())
    lane_labels: dict[OwnerSide, list[tuple[Marker, Placed]]] = {s: [] for s in sides}
    for side in sides:
        taken: dict[int, list[tuple[float, float]]] = {}
        leaders: list[tuple[float, int]] = []  # (x, row): a leader rises from a marker through the rows below row
        milestones = sorted((m for m in marks if m.side is side and m.milestone), key=lambda m: m.day)
        for index, mark in enumerate(milestones):
            label = text(language, mark.label)
            w = text_width(label, SIZE, language)
            mx = x(mark.day)
            spot = None
            others = [x(m.day) for m in milestones[index + 1 :]]  # not labelled yet
            for strict, row in product((True, False), range(MAX_LABEL_ROWS)):
                # beside the marker in the first row; higher up, a flag on a leader rising from it;
                # first without covering a milestone still to be labelled (its leader may need the room)
                for a, b in _candidates(mx, w) if row == 0 else _flags(mx, w):
                    if not (a >= left + 1 and b <= right and _free(a, b, row, taken)) or _crosses(a, b, obstacles):
                        continue
                    if strict and _crosses(a, b, others):
                        continue
                    if _crosses(a, b, (lx for lx, lr in leaders if lr > row)):
                        continue  # a leader of a label above rises through this one
                    if row and any(_crosses(a0, b0, (mx,)) for r0 in range(row) for a0, b0 in taken.get(r0, ())):
                        continue  # this label's leader would cross a label below it
                    spot = Placed(label, row, a, b)
                    break
                if spot:
                    break
            if spot is None:
                layout.dropped += 1
                continue
            taken.setdefault(spot.row, []).append((spot.start, spot.end))
            if spot.row:
                leaders.append((mx, spot.row))
            lane_labels[side].append((mark, spot))
            layout.milestone_labels.append((side, spot))
    heights = {s: MARKERS + (max((p.row for _m, p in lane_labels[s]), default=-1) + 1) * ROW for s in sides}

    legend = [item for item in _legend(language) if item[0] != PROJECTED or PROJECTED in lines]
    legend_rows = _legend_rows(legend, width)
    lanes_height = sum(heights.values())
    height = band + lanes_height + AXIS + len(legend_rows) * LEGEND_ROW + 2
    drawing = Drawing(width, height, initialFontName=fonts.LATIN, initialFontSize=SIZE)  # never Helvetica
    drawing.hAlign = "CENTER"
    group = Group()
    drawing.add(group)

    # lanes
    top = height - band
    lane_top = {}
    for side in sides:
        ink, fill = LANES[side]
        bottom = top - heights[side]
        group.add(Rect(left, bottom, right - left, heights[side], fillColor=fill, strokeColor=None))
        group.add(Line(0, bottom, right, bottom, strokeColor=GRID, strokeWidth=0.5))
        lane_top[side] = top
        name = shorten(names[side], gutter - 6, SIZE, language, bold=True)
        chart_text(group, 0, bottom + MARKERS / 2 - 2.2, name, language, colour=ink, bold=True)
        top = bottom
    axis_y = top
    group.add(Line(left, axis_y, right, axis_y, strokeColor=INK, strokeWidth=0.6))

    # month ticks and labels
    widest = max(text_width(month_label(date(2026, m, 1), language), SIZE, language) for m in range(1, 13))
    ticks = _month_ticks(start, end, x, widest + 6)
    for i, month in enumerate(ticks):
        tx = x(month)
        group.add(Line(tx, axis_y, tx, axis_y - 3, strokeColor=INK, strokeWidth=0.5))
        group.add(Line(tx, axis_y, tx, height - band, strokeColor=GRID, strokeWidth=0.25))
        label = month_label(month, language)
        if tx + 1.5 + text_width(label, SIZE, language) <= right:
            chart_text(group, tx + 1.5, axis_y - 10, label, language)
            if i == 0 or month.month == 1:
                chart_text(
                    group,
                    tx + 1.5,
                    axis_y - 19,
                    year_label(month.year, language),
                    language,
                    colour=colors.HexColor("#555555"),
                )

    # agreed dates: a thin bar from the agreed date to the date now
    for side in sides:
        y = lane_top[side] - heights[side] + MARKERS / 2
        for mark in marks:
            if mark.side is side and mark.agreed and mark.agreed != mark.day:
                a, b = sorted((x(mark.agreed), x(mark.day)))
                group.add(Rect(a, y - 6.2, max(b - a, 0.8), 1.3, fillColor=AGREED, strokeColor=None))
                group.add(Line(x(mark.agreed), y - 7.8, x(mark.agreed), y - 3.6, strokeColor=AGREED, strokeWidth=0.7))

    # markers: steps, then milestones on top; overdue over the rest
    for side in sides:
        ink, _fill = LANES[side]
        y = lane_top[side] - heights[side] + MARKERS / 2
        order = sorted((m for m in marks if m.side is side), key=lambda m: (m.milestone, m.state == "overdue"))
        for mark in order:
            _marker(group, x(mark.day), y, mark, ink)
        for mark, spot in lane_labels[side]:
            if spot.row:
                mx = x(mark.day)
                group.add(Line(mx, y + 5.2, mx, y + 5 + spot.row * ROW, strokeColor=ink, strokeWidth=0.4))
            chart_text(group, spot.start, y + 7 + spot.row * ROW, spot.text, language, colour=ink)

    # vertical lines with their labels above the lanes
    for name, lx in lines.items():
        colour, weight, dash = LINE_STYLE[name]
        row, a, b = placed_lines.get(name, (-1, 0.0, 0.0))
        top_y = height - band + (row + 1) * ROW if row >= 0 else height - band
        group.add(
            Line(
                lx,
                axis_y,
                lx,
                top_y - (1 if row >= 0 else 0),
                strokeColor=colour,
                strokeWidth=weight,
                strokeDashArray=dash,
            )
        )
        layout.lines[name] = lx
        if row >= 0:
            chart_text(group, a, height - band + row * ROW + 2.5, line_text[name], language, colour=colour)
            layout.line_labels[name] = Placed(line_text[name], row, a, b)

    # legend
    y = axis_y - AXIS - LEGEND_ROW + 3
    for items in legend_rows:
        lx = left
        for symbol, label, w in items:
            _legend_symbol(group, lx, y + 2.4, symbol)
            chart_text(group, lx + 12, y, label, language)
            lx += 12 + w + 10
        y -= LEGEND_ROW
    return drawing


def _marker(group: Group, x: float, y: float, mark: Marker, ink) -> None:
    overdue = mark.state == "overdue"
    colour = RED if overdue else ink
    fill = colour if mark.state in ("done", "overdue") else colors.white
    if mark.milestone:
        r = 4.6
        group.add(
            Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=fill, strokeColor=colour, strokeWidth=0.9)
        )
    else:
        r = 2.5
        group.add(Circle(x, y, r, fillColor=fill, strokeColor=colour, strokeWidth=0.8))
    if overdue:
        group.add(Circle(x, y, r * 0.42, fillColor=colors.white, strokeColor=None))


LEGEND = ("milestone", "done", "open", "overdue", "agreed", TODAY, TARGET, PROJECTED)


def _legend(language: str) -> list[tuple[str, str, float]]:
    words = {
        "milestone": text(language, "tl_milestone"),
        "done": text(language, "tl_done"),
        "open": text(language, "tl_open"),
        "overdue": text(language, "overdue"),
        "agreed": text(language, "tl_agreed"),
        TODAY: text(language, "today"),
        TARGET: text(language, "target_close"),
        PROJECTED: text(language, "projected_close"),
    }
    return [(key, words[key], text_width(words[key], SIZE, language)) for key in LEGEND]


def _legend_rows(items: Sequence[tuple[str, str, float]], width: float) -> list[list[tuple[str, str, float]]]:
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    room = width - 34 * mm
    for item in items:
        need = 12 + item[2] + 10
        if rows[-1] and used + need > room:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += need
    return rows


def _legend_symbol(group: Group, x: float, y: float, symbol: str) -> None:
    ink = INK
    if symbol == "milestone":
        _marker(group, x + 4, y, Marker(date.min, OwnerSide.VENDOR, True, "open"), ink)
    elif symbol in ("done", "open", "overdue"):
        _marker(group, x + 4, y, Marker(date.min, OwnerSide.VENDOR, False, symbol), ink)
    elif symbol == "agreed":
        group.add(Rect(x, y - 0.65, 9, 1.3, fillColor=AGREED, strokeColor=None))
        group.add(Line(x, y - 2.2, x, y + 2.2, strokeColor=AGREED, strokeWidth=0.7))
    else:
        colour, weight, dash = LINE_STYLE[symbol]
        group.add(Line(x + 4, y - 4, x + 4, y + 4, strokeColor=colour, strokeWidth=weight, strokeDashArray=dash))
