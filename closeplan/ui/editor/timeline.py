"""The Timeline tab: the plan drawn by date and owner side, with its milestones
(board meeting, submission deadline, PO, signature), today, the target close and the
projected close. Clicking a step selects it in the plan table."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
)

from closeplan.domain.accounts import closure_days
from closeplan.domain.model import Level, OwnerSide, Step, StepKind, StepStatus
from closeplan.ui.editor.base import EditorTab
from closeplan.ui.formatting import LEVEL_COLOURS, OVERDUE, SIDE_COLOURS, fmt_date, fmt_month, label
from closeplan.ui.i18n import translate

LANES = (OwnerSide.VENDOR, OwnerSide.JOINT, OwnerSide.CUSTOMER)
LANE_HEIGHT = 150
LEFT = 110
DAY = 9.0  # pixels per day, at zoom 1
ZOOMS = (0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 3.0, 4.5)  # Ctrl+wheel and the +/− buttons step through these
TOP = 40
CAPTION_ROW = 15  # captions of lines close together go one row lower


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


class TimelineView(QGraphicsView):
    step_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.markers: dict[uuid.UUID, StepMarker] = {}
        self.lines: dict[str, float] = {}  # what each vertical line marks -> x
        self.baselines: dict[uuid.UUID, tuple[float, float]] = {}  # step -> x of its agreed and current date
        self.closures: list[tuple[str, float, float]] = []  # customer closures drawn: name, x from, x to
        self.zoom_index = ZOOMS.index(1.0)
        self.day_width = DAY
        self._drawn: tuple | None = None  # what was drawn last, to draw it again at another zoom

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
            self.centerOn(LEFT + day * self.day_width, middle.y())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

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
        scene = self.scene()
        scene.clear()
        self.markers.clear()
        self.lines.clear()
        self.baselines.clear()
        self.closures.clear()
        dates = [s.due_date for s in steps] + [today, target_close] + ([projected_close] if projected_close else [])
        dates += [s.submission_deadline for s in steps if s.submission_deadline]
        dates += [s.baseline_date for s in steps if s.baseline_date]
        self.start = min(dates) - timedelta(days=7)
        end = max(dates) + timedelta(days=10)
        width = LEFT + (end - self.start).days * self.day_width + 40
        height = TOP + LANE_HEIGHT * len(LANES) + 20
        small = QFont()
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))

        # lanes
        for i, side in enumerate(LANES):
            y = TOP + i * LANE_HEIGHT
            stripe = scene.addRect(
                QRectF(0, y, width, LANE_HEIGHT),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor("#f7f7f7") if i % 2 == 0 else QColor("#ffffff")),
            )
            stripe.setZValue(-10)
            text = scene.addSimpleText(label(side))
            text.setBrush(QBrush(SIDE_COLOURS[side.value]))
            text.setPos(8, y + LANE_HEIGHT / 2 - 8)
        # week ticks: a short mark on each Monday, with its day of the month when there is room
        week = self.start + timedelta(days=(7 - self.start.weekday()) % 7)
        week_pen = QPen(QColor("#eeeeee"))
        while week <= end:
            x = self.x_of(week)
            scene.addLine(x, TOP, x, height - 20, week_pen).setZValue(-8)
            scene.addLine(x, TOP - 4, x, TOP, QPen(QColor("#9e9e9e")))
            if self.day_width * 7 >= 28 and week.day > 3:  # (the month's own label stands on the 1st)
                day_label = scene.addSimpleText(str(week.day))
                day_label.setFont(small)
                day_label.setBrush(QBrush(QColor("#9e9e9e")))
                day_label.setPos(x + 2, TOP - 14)
            week += timedelta(days=7)
        # month ticks
        tick = date(self.start.year, self.start.month, 1)
        while tick <= end:
            if tick >= self.start:
                x = self.x_of(tick)
                scene.addLine(x, TOP - 6, x, height - 20, QPen(QColor("#dddddd")))
                month = scene.addSimpleText(fmt_month(tick))
                month.setFont(small)
                month.setPos(x + 3, TOP - 28)
            tick = date(tick.year + (tick.month == 12), tick.month % 12 + 1, 1)

        # the customer's closures (年末年始, お盆, July …): no step is planned in them
        for name, first, last in closures:
            if last < self.start or first > end:
                continue
            x1, x2 = self.x_of(max(first, self.start)), self.x_of(min(last, end) + timedelta(days=1))
            band = scene.addRect(
                QRectF(x1, TOP, x2 - x1, LANE_HEIGHT * len(LANES)),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(120, 120, 120, 38), Qt.BrushStyle.BDiagPattern),
            )
            band.setZValue(-5)
            band.setToolTip(f"{name}: {fmt_date(first)} – {fmt_date(last)}")
            caption = scene.addSimpleText(name)
            caption.setFont(small)
            caption.setBrush(QBrush(QColor("#757575")))
            caption.setPos(x1 + 2, TOP + 2)
            self.closures.append((name, x1, x2))

        caption_rows: list[float] = []  # right end of the last caption in each row below the lanes

        def vline(key: str, day: date, colour: QColor, style: Qt.PenStyle, caption: str) -> None:
            x = self.x_of(day)
            text = scene.addSimpleText(caption)
            text.setFont(small)
            text.setBrush(QBrush(colour))
            row = next((i for i, end in enumerate(caption_rows) if end < x), len(caption_rows))
            if row == len(caption_rows):
                caption_rows.append(0.0)
            caption_rows[row] = x + 3 + text.boundingRect().width() + 6
            y = height - 18 + row * CAPTION_ROW
            pen = QPen(colour, 2, style)
            scene.addLine(x, TOP - 4, x, y, pen).setZValue(5)
            text.setPos(x + 3, y)
            self.lines[key] = x

        vline(
            "today",
            today,
            QColor("#1565c0"),
            Qt.PenStyle.SolidLine,
            translate("TimelineView", "today {date}").format(date=fmt_date(today)),
        )
        vline(
            "target",
            target_close,
            QColor("#424242"),
            Qt.PenStyle.DashLine,
            translate("TimelineView", "target close {date}").format(date=fmt_date(target_close)),
        )
        if projected_close and projected_close != target_close:
            colour = LEVEL_COLOURS[level] if level is not None else LEVEL_COLOURS[Level.HIGH]
            vline(
                "projected",
                projected_close,
                colour,
                Qt.PenStyle.DashDotLine,
                translate("TimelineView", "projected {date}").format(date=fmt_date(projected_close)),
            )

        # steps: staggered vertically within the lane so labels do not collide
        slots: dict[OwnerSide, list[float]] = {side: [] for side in LANES}
        for step in sorted(steps, key=lambda s: s.due_date):
            lane = LANES.index(step.owner_side)
            x = self.x_of(step.due_date)
            used = slots[step.owner_side]
            level_index = 0
            while level_index < len(used) and used[level_index] > x - 8:
                level_index += 1
            if level_index == len(used):
                used.append(0.0)
            row = level_index % 6
            y = TOP + lane * LANE_HEIGHT + 18 + row * 22
            colour = SIDE_COLOURS[step.owner_side.value]
            overdue = step.is_open and step.due_date < today
            milestone = step.kind in (StepKind.BOARD_MEETING, StepKind.PURCHASE_ORDER, StepKind.SIGNATURE)
            path = _diamond(x, y, 8) if milestone else _circle(x, y, 5.5)
            marker = StepMarker(step, path)
            fill = QColor(colour) if step.status is StepStatus.DONE else QColor("#ffffff")
            marker.setBrush(QBrush(fill))
            marker.setPen(QPen(OVERDUE if overdue else colour, 2.2 if overdue else 1.6))
            marker.setZValue(10)
            scene.addItem(marker)
            self.markers[step.id] = marker
            if step.baseline_date is not None:
                self._baseline(scene, step, step.baseline_date, x, y)
            caption = QGraphicsSimpleTextItem(step.title)
            caption.setFont(small)
            caption.setBrush(QBrush(OVERDUE if overdue else QColor("#212121")))
            caption.setPos(x + 10, y - 8)
            caption.setZValue(7)  # above the today/target lines, on a backing that hides them
            backing = scene.addRect(
                caption.sceneBoundingRect().adjusted(-2, 0, 2, 0),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(255, 255, 255, 215)),
            )
            backing.setZValue(6)
            scene.addItem(caption)
            used[level_index] = x + 14 + caption.boundingRect().width()
            moved = projected.get(step.id)
            if moved and moved != step.due_date and step.is_open:
                x2 = self.x_of(moved)
                below = y + 9  # under the label, so the text stays readable
                scene.addLine(x, y + 6, x, below, QPen(OVERDUE, 1.2)).setZValue(8)
                scene.addLine(x, below, x2, below, QPen(OVERDUE, 1.4, Qt.PenStyle.DotLine)).setZValue(8)
                projected_dot = scene.addPath(_circle(x2, below, 3), QPen(OVERDUE), QBrush(OVERDUE))
                projected_dot.setZValue(9)
                projected_dot.setToolTip(translate("TimelineView", "Projected {date}").format(date=fmt_date(moved)))
            if step.kind is StepKind.BOARD_MEETING and step.submission_deadline:
                xd = self.x_of(step.submission_deadline)
                deadline = scene.addPath(_diamond(xd, y, 6), QPen(QColor("#ef8f00"), 1.6), QBrush(QColor("#fff1d6")))
                deadline.setZValue(9)
                deadline.setToolTip(
                    translate("TimelineView", "Submission deadline {date} for “{title}”").format(
                        date=fmt_date(step.submission_deadline), title=step.title
                    )
                )
                scene.addLine(xd, y, x, y, QPen(QColor("#ef8f00"), 1.2, Qt.PenStyle.DashLine)).setZValue(7)
        legend = scene.addSimpleText(
            translate(
                "TimelineView",
                "●  done    ○  open    ◇  board meeting, PO, signature    orange ◇  submission deadline    "
                "red  overdue (dotted: projected date)    grey  agreed date → current date    hatched  customer closed",
            )
        )
        legend.setFont(small)
        legend.setBrush(QBrush(QColor("#616161")))
        below = max(0, len(caption_rows) - 1) * CAPTION_ROW
        legend.setPos(LEFT, height + 4 + below)
        scene.setSceneRect(QRectF(0, 0, width, height + 24 + below))
        self.centerOn(self.x_of(today), height / 2)
        self.verticalScrollBar().setValue(0)  # the months and weeks on top stay in sight

    def _baseline(self, scene: QGraphicsScene, step: Step, baseline: date, x: float, y: float) -> None:
        """The date agreed with the customer (``baseline``, the step's): a grey bar from it to the
        current date, a grey ring on it."""
        xb = self.x_of(baseline)
        self.baselines[step.id] = (xb, x)
        grey = QColor("#9e9e9e")
        if xb != x:
            bar = scene.addRect(
                QRectF(min(xb, x), y - 2.5, abs(x - xb), 5), QPen(Qt.PenStyle.NoPen), QBrush(QColor(158, 158, 158, 110))
            )
            bar.setZValue(-1)  # under the captions of other steps on the same row
            ring = scene.addPath(_circle(xb, y, 5), QPen(grey, 1.4, Qt.PenStyle.DashLine), QBrush(QColor("#ffffff")))
            ring.setZValue(-0.5)  # like the bar: other captions stay readable
            shift = (step.due_date - baseline).days
            ring.setToolTip(
                translate("TimelineView", "Agreed {date} ({days:+d} d since)").format(
                    date=fmt_date(baseline), days=shift
                )
            )

    def select(self, step_id: uuid.UUID | None) -> None:
        self.scene().clearSelection()
        marker = self.markers.get(step_id) if step_id else None
        if marker is not None:
            marker.setSelected(True)
            marker.setPen(QPen(QColor("#000000"), 3))

    def mousePressEvent(self, event) -> None:
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
            self.view.scene().clear()
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
