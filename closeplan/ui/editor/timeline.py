"""The Timeline tab: the plan drawn by date and owner side, with its milestones
(board meeting, submission deadline, PO, signature), today, the target close and the
projected close. Clicking a step selects it in the plan table.

How the words are placed, so that none covers another or a line, at every zoom:

- on top, a header: the months, the weeks, then a band of captions for the today, target and
  projected lines (and the customer's closures). A line starts at its own caption; a caption
  goes one row higher when it would meet another caption or a line that reaches its row.
- below, one lane per owner side with as many rows as its steps need. A step's title stands
  to the right of its marker, or to the left (near the right edge, or where the right is
  taken), in the first row where neither its marker nor its title meets another step's, and
  never across a vertical line. Where no row has room for the whole title, it is shortened to
  the room there is (the whole title in its tooltip); only where even that leaves too little
  does the line give way: it is left out behind the title.
- the legend is a band of its own above the chart (``TimelineLegend``), naming only what is
  drawn; it wraps to the width of the view, so no language's words are cut.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.accounts import closure_days
from closeplan.domain.model import Level, OwnerSide, Step, StepKind, StepStatus
from closeplan.ui.editor.base import EditorTab
from closeplan.ui.formatting import LEVEL_COLOURS, OVERDUE, SIDE_COLOURS, fmt_date, fmt_month, label
from closeplan.ui.i18n import translate

LANES = (OwnerSide.VENDOR, OwnerSide.JOINT, OwnerSide.CUSTOMER)
LEFT = 110  # the lanes' names stand left of this
DAY = 9.0  # pixels per day, at zoom 1
ZOOMS = (0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 3.0, 4.5)  # Ctrl+wheel and the +/− buttons step through these
MIN_ROWS = 2  # a lane is at least this many rows high
LANE_PAD = 6  # above the first row and below the last of a lane
GAP = 6  # between two words on a row
CLEAR = 4  # between a word and a vertical line
MARK_GAP = 4  # between a marker and its title
COMPACT_BELOW = 260  # a view less high than this has a legend of one row
MIN_LABEL = 40  # a title shortened to less than this keeps its full length; the line gives way
KEEP_SHORTENED = 0.7  # a title shortened keeps at least this share of its width, or is shown whole
MILESTONES = (StepKind.BOARD_MEETING, StepKind.PURCHASE_ORDER, StepKind.SIGNATURE)
DEADLINE = QColor("#ef8f00")
GREY = QColor("#9e9e9e")
LINE_COLOURS = {"today": QColor("#1565c0"), "target": QColor("#424242")}
LINE_STYLES = {"today": Qt.PenStyle.SolidLine, "target": Qt.PenStyle.DashLine, "projected": Qt.PenStyle.DashDotLine}


class StepMarker(QGraphicsPathItem):
    def __init__(self, step: Step, path: QPainterPath):
        super().__init__(path)
        self.step_id = step.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            f"{fmt_date(step.due_date)} · {step.title}\n{label(step.owner_side)} · {label(step.kind)}"
            f" · {label(step.status)}"
        )


def _diamond(x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(
        QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y), QPointF(x, y - r)])
    )
    return path


def _circle(x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(x, y), r, r)
    return path


# --- the legend -------------------------------------------------------------------------------

Symbol = Callable[[QPainter, QRectF], None]


def _symbol_marker(diamond: bool, fill: QColor | None, outline: QColor, width: float = 1.6) -> Symbol:
    def paint(p: QPainter, r: QRectF) -> None:
        c = r.center()
        p.setPen(QPen(outline, width))
        p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawPath(_diamond(c.x(), c.y(), 6.5) if diamond else _circle(c.x(), c.y(), 5))

    return paint


def _symbol_line(colour: QColor, style: Qt.PenStyle) -> Symbol:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(colour, 2, style))
        p.drawLine(QPointF(r.center().x(), r.top() + 1), QPointF(r.center().x(), r.bottom() - 1))

    return paint


def _symbol_deadline(p: QPainter, r: QRectF) -> None:
    c = r.center()
    p.setPen(QPen(DEADLINE, 1.2, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(r.left() + 2, c.y()), QPointF(r.right(), c.y()))
    p.setPen(QPen(DEADLINE, 1.6))
    p.setBrush(QBrush(QColor("#fff1d6")))
    p.drawPath(_diamond(r.left() + 6, c.y(), 5))


def _symbol_late(p: QPainter, r: QRectF) -> None:
    c = r.center()
    p.setPen(QPen(OVERDUE, 1.4, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(r.left() + 1, c.y()), QPointF(r.right() - 4, c.y()))
    p.setPen(QPen(OVERDUE))
    p.setBrush(QBrush(OVERDUE))
    p.drawPath(_circle(r.right() - 4, c.y(), 3))


def _symbol_baseline(p: QPainter, r: QRectF) -> None:
    c = r.center()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(158, 158, 158, 110)))
    p.drawRect(QRectF(r.left() + 5, c.y() - 2.5, r.width() - 10, 5))
    p.setPen(QPen(GREY, 1.4, Qt.PenStyle.DashLine))
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawPath(_circle(r.left() + 5, c.y(), 4.5))
    p.setPen(QPen(GREY, 1.6))
    p.setBrush(QBrush(GREY))
    p.drawPath(_circle(r.right() - 5, c.y(), 4.5))


def _symbol_closure(p: QPainter, r: QRectF) -> None:
    p.setPen(QPen(QColor("#bdbdbd")))
    p.setBrush(QBrush(QColor(120, 120, 120, 90), Qt.BrushStyle.BDiagPattern))
    p.drawRect(r.adjusted(2, 1, -2, -1))


@dataclass
class LegendEntry:
    key: str  # what it explains: "milestone", "open", "done", "overdue", "vendor", …, "today", "target", …
    text: str
    symbol: Symbol


class TimelineLegend(QWidget):
    """What the chart's shapes, colours and lines mean: one entry for each kind drawn, wrapped
    over as many rows as the width needs (so the longer words of another language are never cut).
    ``compact`` (a short view, as in the review): one row, and "…" for the rest, whose tooltip
    (the legend's) names them all."""

    SYMBOL = 24  # the width of an entry's symbol
    SPACING = 18  # between two entries

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self.entries: list[LegendEntry] = []
        self.compact = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = entries
        self.setToolTip("\n".join(e.text for e in entries))
        self.updateGeometry()
        self.update()

    def keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def _row_height(self) -> float:
        return max(QFontMetricsF(self.font()).height(), 14.0) + 4

    def entry_rects(self, width: int | None = None) -> list[tuple[QRectF, QRectF]]:
        """Where each entry's symbol and text stand, for ``width`` (the widget's own by default)."""
        width = self.width() if width is None else width
        metrics = QFontMetricsF(self.font())
        row_h = self._row_height()
        x, y, rects = 6.0, 2.0, []
        for entry in self.entries:
            text_w = metrics.horizontalAdvance(entry.text) + 2
            whole = self.SYMBOL + 4 + text_w
            if x > 6 and x + whole > width - 4:
                x, y = 6.0, y + row_h
            symbol = QRectF(x, y + 1, self.SYMBOL, row_h - 2)
            rects.append((symbol, QRectF(x + self.SYMBOL + 4, y, text_w, row_h)))
            x += whole + self.SPACING
        if self.compact and rects and rects[-1][1].top() > 2.0:  # one row, and room for "…" at its end
            more = metrics.horizontalAdvance("…") + 8
            rects = [r for r in rects if r[1].top() == 2.0]
            while rects and rects[-1][1].right() + self.SPACING + more > width - 4:
                rects.pop()
        return rects

    def shown(self) -> int:
        """How many entries stand in the legend (all but in a compact legend that is too narrow)."""
        return len(self.entry_rects())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self.entry_rects(width)
        return int(rects[-1][1].bottom() + 3) if rects else 0

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(max(self.width(), 400)))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fafafa"))
        p.setPen(QPen(QColor("#e0e0e0")))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        rects = self.entry_rects()
        for entry, (symbol, text) in zip(self.entries, rects, strict=False):
            p.save()
            entry.symbol(p, symbol)
            p.restore()
            p.setPen(QPen(QColor("#424242")))
            p.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), entry.text)
        if len(rects) < len(self.entries):
            last = rects[-1][1] if rects else QRectF(0, 2.0, 0, self._row_height())
            more = QRectF(last.right() + self.SPACING, last.top(), self.width() - last.right(), last.height())
            p.drawText(more, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "…")
        p.end()


# --- placing words ----------------------------------------------------------------------------


def _overlaps(a: tuple[float, float], b: tuple[float, float], gap: float = GAP) -> bool:
    return a[0] < b[1] + gap and b[0] < a[1] + gap


def _crosses(span: tuple[float, float], x: float) -> bool:
    return span[0] - CLEAR < x < span[1] + CLEAR


@dataclass
class _Placed:
    """A step as laid out: its row in the lane, the text shown and where it stands."""

    step: Step
    x: float
    radius: float
    body: tuple[float, float]  # the marker and all that is drawn beside it on its row
    blocked_left: bool = False  # its agreed-date bar or deadline line lies left of the marker
    blocked_right: bool = False  # … or right of it (its projected date is drawn below the title: no block)
    row: int = 0
    text: str = ""
    span: tuple[float, float] = (0.0, 0.0)
    gap_for: list[float] = field(default_factory=list)  # the lines that leave a gap behind the title


def _place_steps(
    placed: list[_Placed],
    measure: Callable[[str], float],
    elide: Callable[[str, float], str],
    lines: list[float],
    left: float,
    right: float,
) -> int:
    """Give each step of one lane (in date order) a row and its title a side, maybe a shortened
    text; returns the number of rows. ``lines``: the x of every vertical line; titles stand
    between ``left`` and ``right`` when they can (past ``right`` when nothing else is left)."""
    rows: list[list[tuple[float, float]]] = []

    def on(row: int) -> list[tuple[float, float]]:
        return rows[row] if row < len(rows) else []

    def free(row: int, span: tuple[float, float]) -> bool:
        return not any(_overlaps(span, other) for other in on(row))

    def clear_of_lines(span: tuple[float, float]) -> bool:
        return not any(_crosses(span, x) for x in lines)

    for p in placed:
        width = measure(p.step.title)
        start_right, end_left = p.x + p.radius + MARK_GAP, p.x - p.radius - MARK_GAP
        sides = [s for s, blocked in (("right", p.blocked_right), ("left", p.blocked_left)) if not blocked]
        if not sides:
            sides = ["right"]
            start_right = p.body[1] + MARK_GAP

        # past its own bar or deadline line: apart from the marker, but whole
        beyond = ["far_left"] * p.blocked_left + ["far_right"] * (p.blocked_right and "right" in sides)

        def side_span(
            side: str, w: float, a: float = start_right, b: float = end_left, body: tuple = p.body
        ) -> tuple[float, float]:
            if side == "far_left":
                return (body[0] - MARK_GAP - w, body[0] - MARK_GAP)
            if side == "far_right":
                return (body[1] + MARK_GAP, body[1] + MARK_GAP + w)
            return (a, a + w) if side == "right" else (b - w, b)

        choice: tuple[int, str, float, str] | None = None
        rows_to_try = [r for r in range(len(rows) + 1) if free(r, p.body)]
        # 1. the whole title, inside the chart; 2. the whole title to the right, past the end
        for bounded in (True, False):
            for row in rows_to_try:
                for side in sides + beyond if bounded else sides[:1]:
                    span = side_span(side, width)
                    if bounded and (span[0] < left or span[1] > right):
                        continue
                    if free(row, span) and clear_of_lines(span):
                        choice = (row, side, width, p.step.title)
                        break
                if choice:
                    break
            if choice:
                break
        # 3. shortened to the room there is, where it is widest, if most of it stays
        if choice is None:
            best: tuple[float, int, str] | None = None
            for row in rows_to_try:
                for side in sides:
                    room = _room(side, start_right, end_left, on(row), lines, left)
                    if room >= max(MIN_LABEL, KEEP_SHORTENED * width) and (best is None or room > best[0] + 0.5):
                        best = (room, row, side)
            if best is not None:
                text = elide(p.step.title, best[0])
                choice = (best[1], best[2], min(measure(text), best[0]), text)
        # 3b. else the whole title inside the chart, the lines it crosses giving way behind it
        # ("Order form si…" between today and the target close said too little)
        if choice is None:
            for row in rows_to_try:
                for side in sides:
                    span = side_span(side, width)
                    if left <= span[0] and span[1] <= right and free(row, span):
                        p.gap_for = [x for x in lines if _crosses(span, x)]
                        choice = (row, side, width, p.step.title)
                        break
                if choice:
                    break
        # 4. the whole title on a row of its own, to the right; the lines it crosses give way
        if choice is None:
            span = side_span(sides[0], width)
            p.gap_for = [x for x in lines if _crosses(span, x)]
            choice = (len(rows), sides[0], width, p.step.title)
        row, side, w, text = choice
        p.row, p.text, p.span = row, text, side_span(side, w)
        while len(rows) <= row:
            rows.append([])
        rows[row] += [p.body, p.span]
    return len(rows)


def _room(
    side: str, start_right: float, end_left: float, row: list[tuple[float, float]], lines: list[float], left: float
) -> float:
    """How wide a title may be on ``side`` of its marker before it meets something on its row or a line."""
    if side == "right":
        limits = [x - CLEAR for x in lines if x > start_right - CLEAR]
        limits += [a - GAP for a, b in row if b > start_right - GAP]
        return min(limits, default=start_right + 10_000) - start_right
    limits = [x + CLEAR for x in lines if x < end_left + CLEAR]
    limits += [b + GAP for a, b in row if a < end_left + GAP]
    return end_left - max(limits + [left])


@dataclass
class _Caption:
    """A word in the header's caption band: a line's (``line`` set: it starts at its caption)
    or a closure's name. Row 0 is the one nearest the lanes."""

    key: str
    x: float  # the line's x, or where the closure begins
    width: float
    line: bool
    row: int = 0
    span: tuple[float, float] = (0.0, 0.0)


def _place_captions(captions: list[_Caption], left: float, right: float) -> int:
    """Rows and sides for the captions; returns the number of rows. A caption meets no other
    caption and no line that passes its row (a line runs from its caption's row down). Every
    choice of sides for the (at most three) lines is tried; the fewest rows win, then captions
    to the right of their lines, then captions inside the chart."""

    def ok(c: _Caption, row: int, span: tuple[float, float], placed: list[_Caption]) -> bool:
        for other in placed:
            if other.row == row and _overlaps(span, other.span):
                return False
            if other.line and other.row > row and _crosses(span, other.x):
                return False  # that line passes this row
            if c.line and other.row < row and _crosses(other.span, c.x):
                return False  # this line would pass through that caption
        return True

    def span_of(c: _Caption, side: str) -> tuple[float, float]:
        return (c.x + 3, c.x + 3 + c.width) if side == "right" else (c.x - 3 - c.width, c.x - 3)

    lines = [c for c in captions if c.line]
    best: tuple[tuple[int, int, float], list[tuple[int, tuple[float, float]]]] | None = None
    for sides in itertools.product(("right", "left"), repeat=len(lines)):
        if any(span_of(c, side)[0] < left for c, side in zip(lines, sides, strict=True)):
            continue
        for descending in (True, False):
            order = sorted(zip(lines, sides, strict=True), key=lambda cs: -cs[0].x if descending else cs[0].x)
            placed: list[_Caption] = []
            for c, side in order:
                span = span_of(c, side)
                row = next((r for r in range(len(lines) + 1) if ok(c, r, span, placed)), None)
                if row is None:
                    break
                c.row, c.span = row, span
                placed.append(c)
            else:
                score = (
                    max((c.row + 1 for c in lines), default=0),
                    sides.count("left"),
                    sum(max(0.0, c.span[1] - right) for c in lines),
                )
                if best is None or score < best[0]:
                    best = (score, [(c.row, c.span) for c in lines])
    if best is not None:
        for c, (row, span) in zip(lines, best[1], strict=True):
            c.row, c.span = row, span
    else:  # (not seen: one row each, captions to the right, the rightmost line lowest)
        for row, c in enumerate(sorted(lines, key=lambda c: -c.x)):
            c.row, c.span = row, span_of(c, "right")
    placed = list(lines)
    for c in captions:
        if c.line:
            continue
        span = (c.x + 2, c.x + 2 + c.width)
        top = max((o.row for o in placed), default=-1) + 1  # (free: no line reaches above the top row)
        c.row = next(r for r in range(top + 1) if r == top or ok(c, r, span, placed))
        c.span = span
        placed.append(c)
    return max((c.row + 1 for c in captions), default=0)


class TimelineView(QGraphicsView):
    step_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.legend = TimelineLegend(self)  # a band above the chart, inside the view's frame
        self.markers: dict[uuid.UUID, StepMarker] = {}
        self.labels: dict[uuid.UUID, QGraphicsSimpleTextItem] = {}  # each step's title
        self.lines: dict[str, float] = {}  # what each vertical line marks -> x
        self.line_items: dict[str, list[QGraphicsLineItem]] = {}  # … and the pieces it is drawn with
        self.captions: dict[str, QGraphicsSimpleTextItem] = {}  # … and its caption
        self.baselines: dict[uuid.UUID, tuple[float, float]] = {}  # step -> x of its agreed and current date
        self.closures: list[tuple[str, float, float]] = []  # customer closures drawn: name, x from, x to
        self.zoom_index = ZOOMS.index(1.0)
        self.day_width = DAY
        self._drawn: tuple | None = None  # what was drawn last, to draw it again at another zoom
        self._today_x: float | None = None
        self._place_legend()

    # --- the legend band ---
    def _place_legend(self) -> None:
        frame = self.frameWidth()
        self.legend.compact = self.height() < COMPACT_BELOW
        width = max(0, self.width() - 2 * frame - self.verticalScrollBar().sizeHint().width())
        height = self.legend.heightForWidth(width) if self.legend.entries else 0
        self.legend.setGeometry(QRect(frame, frame, width, height))
        self.legend.setVisible(height > 0)
        if self.viewportMargins().top() != height:
            self.setViewportMargins(0, height, 0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_legend()
        self._show_today()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_today()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.isVisible() and (self.horizontalScrollBar().isSliderDown() or self.verticalScrollBar().isSliderDown()):
            self._today_x = None  # moved by hand: left where the user put it

    def x_of(self, day: date) -> float:
        return LEFT + (day - self.start).days * self.day_width

    def zoom(self, steps: int) -> None:
        """Zoom in (``steps`` > 0) or out by that many steps of ZOOMS, keeping the middle in view."""
        index = max(0, min(len(ZOOMS) - 1, self.zoom_index + steps))
        if index == self.zoom_index:
            return
        middle = self.mapToScene(self.viewport().rect().center())
        day = (middle.x() - LEFT) / self.day_width
        self.zoom_index = index
        self.day_width = DAY * ZOOMS[index]
        if self._drawn is not None:
            self.draw(*self._drawn)
            self._today_x = None
            self.centerOn(LEFT + day * self.day_width, middle.y())

    def wheelEvent(self, event) -> None:
        self._today_x = None
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def clear(self) -> None:
        self.scene().clear()
        for kept in (self.markers, self.labels, self.lines, self.line_items, self.captions, self.baselines):
            kept.clear()
        self.closures.clear()
        self.legend.set_entries([])
        self._place_legend()

    def draw(
        self,
        steps: list[Step],
        today: date,
        target_close: date,
        projected_close: date | None,
        projected: dict[uuid.UUID, date],
        level: Level | None,
        closures: Sequence[tuple[str, date, date]] = (),
    ) -> None:
        self._drawn = (steps, today, target_close, projected_close, projected, level, closures)
        self.clear()
        scene = self.scene()
        drawn: set[str] = set()  # the kinds of things drawn, for the legend
        dates = [s.due_date for s in steps] + [today, target_close] + ([projected_close] if projected_close else [])
        dates += [s.submission_deadline for s in steps if s.submission_deadline]
        dates += [s.baseline_date for s in steps if s.baseline_date]
        dates += [d for s in steps if s.is_open and (d := projected.get(s.id))]
        self.start = min(dates) - timedelta(days=7)
        end = self.end = max(dates) + timedelta(days=10)
        width = LEFT + (end - self.start).days * self.day_width + 40
        small = QFont()
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))
        metrics = QFontMetricsF(small)

        def text_item(text: str, colour: QColor) -> QGraphicsSimpleTextItem:
            item = QGraphicsSimpleTextItem(text)
            item.setFont(small)
            item.setBrush(QBrush(colour))
            return item

        def measure(text: str) -> float:
            return text_item(text, GREY).boundingRect().width()

        words = [s.title for s in steps] + [name for name, _f, _t in closures] + ["Ág国한", fmt_month(today)]
        # a row is as high as its highest word (fonts for CJK, taken in when needed, are taller)
        line_h = max([metrics.height()] + [text_item(w, GREY).boundingRect().height() for w in words])

        # --- the vertical lines and their captions: the header's caption band
        level_colour = LEVEL_COLOURS[level] if level is not None else LEVEL_COLOURS[Level.HIGH]
        line_specs: list[tuple[str, date, QColor, str]] = [
            ("today", today, LINE_COLOURS["today"], translate("TimelineView", "today {date}")),
            ("target", target_close, LINE_COLOURS["target"], translate("TimelineView", "target close {date}")),
        ]
        if projected_close and projected_close != target_close:
            line_specs.append(
                ("projected", projected_close, level_colour, translate("TimelineView", "projected {date}"))
            )
        caption_items: dict[str, QGraphicsSimpleTextItem] = {}
        band: list[_Caption] = []
        for key, day, colour, text in line_specs:
            item = text_item(text.format(date=fmt_date(day)), colour)
            caption_items[key] = item
            self.lines[key] = self.x_of(day)
            band.append(_Caption(key, self.lines[key], item.boundingRect().width(), line=True))
            drawn.add(key)
        shown_closures = [(n, f, t) for n, f, t in closures if not (t < self.start or f > end)]
        for i, (name, first, _last) in enumerate(shown_closures):
            item = text_item(name, QColor("#757575"))
            caption_items[f"closure{i}"] = item
            band.append(_Caption(f"closure{i}", self.x_of(max(first, self.start)), item.boundingRect().width(), False))
        band_rows = _place_captions(band, 4, width - 4)
        month_y = 2.0
        week_y = month_y + line_h
        top = week_y + line_h + 4 + band_rows * line_h + 4  # where the lanes begin
        x_lines = list(self.lines.values())

        # --- the steps: rows in each lane
        by_lane: dict[OwnerSide, list[_Placed]] = {side: [] for side in LANES}
        for step in sorted(steps, key=lambda s: (s.due_date, s.title)):
            x = self.x_of(step.due_date)
            radius = 8.0 if step.kind in MILESTONES else 5.5
            low, high = x - radius, x + radius
            blocked_left = blocked_right = False
            if step.baseline_date is not None and step.baseline_date != step.due_date:
                xb = self.x_of(step.baseline_date)
                low, high = min(low, xb - 5), max(high, xb + 5)
                blocked_left, blocked_right = xb < x, xb > x
            if step.kind is StepKind.BOARD_MEETING and step.submission_deadline:
                xd = self.x_of(step.submission_deadline)
                low, high = min(low, xd - 6), max(high, xd + 6)
                blocked_left, blocked_right = blocked_left or xd < x, blocked_right or xd > x
            moved = projected.get(step.id)
            if moved and moved != step.due_date and step.is_open:
                x2 = self.x_of(moved)
                low, high = min(low, x2 - 3), max(high, x2 + 3)
            by_lane[step.owner_side].append(
                _Placed(step, x, radius, (low, high), blocked_left=blocked_left, blocked_right=blocked_right)
            )

        def elide(text: str, room: float) -> str:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            while shown and measure(shown) > room:  # (measured as the item draws it)
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - (measure(shown) - room) - 1)
            return shown

        row_h = max(line_h, 16.0) + 7  # a title, or a marker and its projected date below it
        lane_tops: list[float] = []
        lane_rows: list[int] = []
        y = top
        for side in LANES:
            rows = _place_steps(by_lane[side], measure, elide, x_lines, LEFT + 2, width - 4)
            lane_tops.append(y)
            lane_rows.append(max(MIN_ROWS, rows))
            y += LANE_PAD * 2 + lane_rows[-1] * row_h
        bottom = y
        width = max(
            [width] + [p.span[1] + 8 for lane in by_lane.values() for p in lane] + [c.span[1] + 8 for c in band]
        )

        # --- lanes
        for i, side in enumerate(LANES):
            lane_h = LANE_PAD * 2 + lane_rows[i] * row_h
            stripe = scene.addRect(
                QRectF(0, lane_tops[i], width, lane_h),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor("#f7f7f7") if i % 2 == 0 else QColor("#ffffff")),
            )
            stripe.setZValue(-10)
            lane_name = text_item(
                metrics.elidedText(label(side), Qt.TextElideMode.ElideRight, LEFT - 14), SIDE_COLOURS[side.value]
            )
            lane_name.setToolTip(label(side))
            lane_name.setPos(8, lane_tops[i] + lane_h / 2 - line_h / 2)
            scene.addItem(lane_name)
        # week ticks: a short mark on each Monday, with its day of the month when there is room
        week = self.start + timedelta(days=(7 - self.start.weekday()) % 7)
        week_pen = QPen(QColor("#eeeeee"))
        while week <= end:
            x = self.x_of(week)
            scene.addLine(x, top, x, bottom, week_pen).setZValue(-8)
            scene.addLine(x, week_y + line_h - 3, x, week_y + line_h + 1, QPen(QColor("#9e9e9e")))
            if self.day_width * 7 >= 28 and week.day > 3:  # (the month's own label stands on the 1st)
                day_label = text_item(str(week.day), QColor("#9e9e9e"))
                day_label.setPos(x + 2, week_y)
                scene.addItem(day_label)
            week += timedelta(days=7)
        # month ticks
        tick = date(self.start.year, self.start.month, 1)
        while tick <= end:
            if tick >= self.start:
                x = self.x_of(tick)
                scene.addLine(x, month_y, x, bottom, QPen(QColor("#dddddd"))).setZValue(-7)
                month = text_item(fmt_month(tick), QColor("#000000"))
                month.setPos(x + 3, month_y)
                scene.addItem(month)
            tick = date(tick.year + (tick.month == 12), tick.month % 12 + 1, 1)

        def band_y(row: int) -> float:
            return top - 4 - (row + 1) * line_h

        # the customer's closures (年末年始, お盆, July …): no step is planned in them
        for i, (name, first, last) in enumerate(shown_closures):
            x1, x2 = self.x_of(max(first, self.start)), self.x_of(min(last, end) + timedelta(days=1))
            area = scene.addRect(
                QRectF(x1, top, x2 - x1, bottom - top),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(120, 120, 120, 38), Qt.BrushStyle.BDiagPattern),
            )
            area.setZValue(-5)
            area.setToolTip(f"{name}: {fmt_date(first)} – {fmt_date(last)}")
            caption = next(c for c in band if c.key == f"closure{i}")
            item = caption_items[caption.key]
            item.setPos(caption.span[0], band_y(caption.row))
            item.setToolTip(area.toolTip())
            scene.addItem(item)
            self.closures.append((name, x1, x2))
            drawn.add("closure")

        # --- steps
        gaps: dict[float, list[tuple[float, float]]] = {}  # a line's x -> the stretches it leaves out
        for i, side in enumerate(LANES):
            for p in by_lane[side]:
                step = p.step
                y = lane_tops[i] + LANE_PAD + p.row * row_h + row_h / 2 - 3
                colour = SIDE_COLOURS[step.owner_side.value]
                overdue = step.is_open and step.due_date < today
                milestone = step.kind in MILESTONES
                marker = StepMarker(step, _diamond(p.x, y, 8) if milestone else _circle(p.x, y, 5.5))
                done = step.status is StepStatus.DONE
                marker.setBrush(QBrush(QColor(colour) if done else QColor("#ffffff")))
                marker.setPen(QPen(OVERDUE if overdue else colour, 2.2 if overdue else 1.6))
                marker.setZValue(10)
                scene.addItem(marker)
                self.markers[step.id] = marker
                drawn |= {side.value, "milestone" if milestone else "step"} | ({"done"} if done else set())
                if overdue:
                    drawn.add("overdue")
                if step.baseline_date is not None:
                    if self._baseline(scene, step, step.baseline_date, p.x, y):
                        drawn.add("baseline")
                title = text_item(p.text, OVERDUE if overdue else QColor("#212121"))
                if p.text != step.title:
                    title.setToolTip(step.title)
                title.setPos(p.span[0], y - line_h / 2)
                title.setZValue(7)
                scene.addItem(title)
                self.labels[step.id] = title
                for x in p.gap_for:
                    rect = title.sceneBoundingRect()
                    gaps.setdefault(x, []).append((rect.top() - 2, rect.bottom() + 2))
                moved = projected.get(step.id)
                if moved and moved != step.due_date and step.is_open:
                    x2 = self.x_of(moved)
                    below = y + 9  # under the title, so the text stays readable
                    scene.addLine(p.x, y + 6, p.x, below, QPen(OVERDUE, 1.2)).setZValue(8)
                    scene.addLine(p.x, below, x2, below, QPen(OVERDUE, 1.4, Qt.PenStyle.DotLine)).setZValue(8)
                    projected_dot = scene.addPath(_circle(x2, below, 3), QPen(OVERDUE), QBrush(OVERDUE))
                    projected_dot.setZValue(9)
                    projected_dot.setToolTip(translate("TimelineView", "Projected {date}").format(date=fmt_date(moved)))
                    drawn.add("late")
                if step.kind is StepKind.BOARD_MEETING and step.submission_deadline:
                    xd = self.x_of(step.submission_deadline)
                    deadline = scene.addPath(_diamond(xd, y, 6), QPen(DEADLINE, 1.6), QBrush(QColor("#fff1d6")))
                    deadline.setZValue(9)
                    deadline.setToolTip(
                        translate("TimelineView", "Submission deadline {date} for “{title}”").format(
                            date=fmt_date(step.submission_deadline), title=step.title
                        )
                    )
                    scene.addLine(xd, y, p.x, y, QPen(DEADLINE, 1.2, Qt.PenStyle.DashLine)).setZValue(7)
                    drawn.add("deadline")

        # --- the lines, from their captions down, leaving out what a title needs
        for key, _day, colour, _text in line_specs:
            caption = next(c for c in band if c.key == key)
            x, y0 = self.lines[key], band_y(caption.row)
            item = caption_items[key]
            item.setPos(caption.span[0], y0)
            item.setZValue(6)
            scene.addItem(item)
            self.captions[key] = item
            pen = QPen(colour, 2, LINE_STYLES[key])
            pieces, y = [], y0 + 2  # (clear of the caption above, whose row ends at y0)
            for gap_top, gap_bottom in sorted(gaps.get(x, [])):
                if gap_top > y:
                    pieces.append((y, gap_top))
                y = max(y, gap_bottom)
            pieces.append((y, bottom))
            self.line_items[key] = []
            for a, b in pieces:
                line = scene.addLine(x, a, x, b, pen)
                line.setZValue(5)
                self.line_items[key].append(line)

        self.legend.set_entries(self._legend_entries(drawn, level_colour))
        self._place_legend()
        scene.setSceneRect(QRectF(0, 0, width, bottom + 6))
        self._today_x = self.x_of(today)  # shown in the middle until the user moves the chart
        self._show_today()

    def _show_today(self) -> None:
        """Today in the middle, the months and weeks on top in sight. Again after each resize
        until the user scrolls, zooms or clicks: a view drawn before it is laid out (hidden, in a
        splitter) would otherwise keep the scroll position of its first, tiny size."""
        if self._today_x is None:
            return
        bar = self.horizontalScrollBar()
        bar.setValue(int(self._today_x - self.viewport().width() / 2))
        self.verticalScrollBar().setValue(0)

    def _legend_entries(self, drawn: set[str], level_colour: QColor) -> list[LegendEntry]:
        grey = QColor("#616161")
        entries = [
            LegendEntry(
                side.value, label(side), _symbol_marker(False, SIDE_COLOURS[side.value], SIDE_COLOURS[side.value])
            )
            for side in LANES
        ]
        entries += [
            LegendEntry("step", translate("TimelineView", "step (open)"), _symbol_marker(False, None, grey)),
            LegendEntry(
                "milestone",
                translate("TimelineView", "milestone: board meeting, PO, signature"),
                _symbol_marker(True, None, grey),
            ),
            LegendEntry("done", translate("TimelineView", "done (filled)"), _symbol_marker(False, grey, grey)),
            LegendEntry("overdue", translate("TimelineView", "overdue"), _symbol_marker(False, None, OVERDUE, 2.2)),
            LegendEntry("late", translate("TimelineView", "projected date of a late step"), _symbol_late),
            LegendEntry("deadline", translate("TimelineView", "submission deadline"), _symbol_deadline),
            LegendEntry("baseline", translate("TimelineView", "agreed date → current date"), _symbol_baseline),
            LegendEntry("closure", translate("TimelineView", "customer closed"), _symbol_closure),
            LegendEntry(
                "today", translate("TimelineView", "today"), _symbol_line(LINE_COLOURS["today"], LINE_STYLES["today"])
            ),
            LegendEntry(
                "target",
                translate("TimelineView", "target close"),
                _symbol_line(LINE_COLOURS["target"], LINE_STYLES["target"]),
            ),
            LegendEntry(
                "projected",
                translate("TimelineView", "projected close"),
                _symbol_line(level_colour, LINE_STYLES["projected"]),
            ),
        ]
        return [e for e in entries if e.key in drawn]

    def _baseline(self, scene: QGraphicsScene, step: Step, baseline: date, x: float, y: float) -> bool:
        """The date agreed with the customer (``baseline``, the step's): a grey bar from it to the
        current date, a grey ring on it. Whether anything was drawn (not when the dates agree)."""
        xb = self.x_of(baseline)
        self.baselines[step.id] = (xb, x)
        if xb == x:
            return False
        bar = scene.addRect(
            QRectF(min(xb, x), y - 2.5, abs(x - xb), 5), QPen(Qt.PenStyle.NoPen), QBrush(QColor(158, 158, 158, 110))
        )
        bar.setZValue(-1)
        ring = scene.addPath(_circle(xb, y, 5), QPen(GREY, 1.4, Qt.PenStyle.DashLine), QBrush(QColor("#ffffff")))
        ring.setZValue(-0.5)
        shift = (step.due_date - baseline).days
        ring.setToolTip(
            translate("TimelineView", "Agreed {date} ({days:+d} d since)").format(date=fmt_date(baseline), days=shift)
        )
        return True

    def select(self, step_id: uuid.UUID | None) -> None:
        self.scene().clearSelection()
        marker = self.markers.get(step_id) if step_id else None
        if marker is not None:
            marker.setSelected(True)
            marker.setPen(QPen(QColor("#000000"), 3))

    def mousePressEvent(self, event) -> None:
        self._today_x = None
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, StepMarker):
            self.step_clicked.emit(item.step_id)
        super().mousePressEvent(event)


class TimelineTab(EditorTab):
    step_clicked = Signal(object)

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.view = TimelineView()
        self.view.step_clicked.connect(self.step_clicked)
        self.zoom_out, self.zoom_in = QToolButton(), QToolButton()
        buttons = QHBoxLayout()
        for button, name, text, steps in (
            (self.zoom_out, "timelineZoomOut", "−", -1),
            (self.zoom_in, "timelineZoomIn", "+", 1),
        ):
            button.setObjectName(name)
            button.setText(text)
            button.clicked.connect(lambda _checked=False, n=steps: self.view.zoom(n))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.zoom_out.setToolTip(translate("TimelineTab", "Zoom out (Ctrl+wheel)"))
        self.zoom_in.setToolTip(translate("TimelineTab", "Zoom in (Ctrl+wheel)"))
        super().retranslate_ui()

    def load(self) -> None:
        """Drawn when it is looked at: redrawing 300 steps after every edit elsewhere costs time."""
        self._stale = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        deal, today = self.deal, self.today
        if deal is None or today is None or not deal.steps:  # (a deal is shown with its day)
            self.view.clear()
            return
        projection = self.assessment.projection if self.assessment else None
        projected = {sid: sp.projected for sid, sp in projection.steps.items()} if projection else {}
        self.view.draw(
            deal.steps,
            today,
            deal.target_close,
            projection.projected_close if projection else None,
            projected,
            self.assessment.level if self.assessment else None,
            closure_spans(deal),
        )


def closure_spans(deal) -> list[tuple[str, date, date]]:
    """The account's closures as runs of days (name, first, last), for drawing."""
    profile = deal.account_profile
    spans: list[tuple[str, date, date]] = []
    for closure in profile.closures if profile else ():
        days = sorted(closure_days(closure))
        if not days:
            continue
        first = previous = days[0]
        for day in days[1:]:
            if (day - previous).days == 1:
                previous = day
            else:
                spans.append((closure.name, first, previous))
                first = previous = day
        spans.append((closure.name, first, previous))
    return spans
