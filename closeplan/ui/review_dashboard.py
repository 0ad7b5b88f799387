"""The review at a glance, above its table: risk by amount per currency, deals by AE and level,
the slip distribution and the forecast at risk per currency, drawn with QPainter (no QtCharts:
it needs the large PySide6-Addons wheel). Clicking a bar asks the review to show only its deals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from closeplan.domain.model import Level
from closeplan.domain.review import ReviewRow
from closeplan.ui.formatting import LEVEL_COLOURS, fmt_money, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

LEVELS = (Level.HIGH, Level.MEDIUM, Level.LOW)
NO_LEVEL = QColor("#9e9e9e")
AT_RISK = QColor("#c62828")
IN_PERIOD = QColor("#90a4ae")

# slip buckets: (label, lowest day, highest day) — None: no projection
SLIP_BUCKETS: tuple[tuple[str, int, int], ...] = (
    (QT_TRANSLATE_NOOP("ReviewDashboard", "on time"), -(10**6), 0),
    (QT_TRANSLATE_NOOP("ReviewDashboard", "1–7 d"), 1, 7),
    (QT_TRANSLATE_NOOP("ReviewDashboard", "8–30 d"), 8, 30),
    (QT_TRANSLATE_NOOP("ReviewDashboard", "31–90 d"), 31, 90),
    (QT_TRANSLATE_NOOP("ReviewDashboard", "> 90 d"), 91, 10**6),
)


@dataclass(frozen=True)
class Selection:
    """What a clicked bar stands for: its words (shown above the table) and which rows it keeps."""

    text: str
    keeps: Callable[[ReviewRow], bool]


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    selection: Selection
    tip: str


def level_colour(level: Level | None) -> QColor:
    return LEVEL_COLOURS[level] if level is not None else NO_LEVEL


def level_words(level: Level | None) -> str:
    return label(level) if level is not None else translate("ReviewDashboard", "no risk level")


def slip_bucket(row: ReviewRow) -> int:
    days = row.deal.slip_days or 0
    for i, (_text, low, high) in enumerate(SLIP_BUCKETS):
        if low <= days <= high:
            return i
    return 0


def in_bucket(bucket: int) -> Callable[[ReviewRow], bool]:
    return lambda row: slip_bucket(row) == bucket


def in_period_of(currency: str) -> Callable[[ReviewRow], bool]:
    return lambda row: row.in_period and row.deal.currency == currency


def slipping_of(currency: str) -> Callable[[ReviewRow], bool]:
    return lambda row: row.slips_out and row.deal.currency == currency


class ReviewDashboard(QWidget):
    """Four small charts of the rows the review shows; ``selected`` carries a clicked bar's Selection."""

    selected = Signal(object)  # Selection

    PANEL_TITLES = (
        QT_TRANSLATE_NOOP("ReviewDashboard", "Risk by amount (in period)"),
        QT_TRANSLATE_NOOP("ReviewDashboard", "Deals by AE and risk"),
        QT_TRANSLATE_NOOP("ReviewDashboard", "Slip of the projected close"),
        QT_TRANSLATE_NOOP("ReviewDashboard", "Forecast at risk (in period)"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewDashboard")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: Sequence[ReviewRow] = ()
        self.bars: list[Bar] = []

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(900, line * 11)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * 11)

    def set_rows(self, rows: Sequence[ReviewRow]) -> None:
        self.rows = list(rows)
        self.update()

    # --- data per panel --------------------------------------------------------------------
    def _by_currency(self) -> dict[str, dict[Level | None, Decimal]]:
        out: dict[str, dict[Level | None, Decimal]] = {}
        for row in self.rows:
            if row.in_period:
                per = out.setdefault(row.deal.currency, {})
                per[row.deal.level] = per.get(row.deal.level, Decimal(0)) + row.deal.amount
        return dict(sorted(out.items()))

    def _by_owner(self) -> dict[str, dict[Level | None, int]]:
        out: dict[str, dict[Level | None, int]] = {}
        for row in self.rows:
            per = out.setdefault(row.deal.owner, {})
            per[row.deal.level] = per.get(row.deal.level, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def _at_risk(self) -> dict[str, tuple[Decimal, Decimal]]:
        out: dict[str, tuple[Decimal, Decimal]] = {}
        for row in self.rows:
            if row.in_period:
                total, risk = out.get(row.deal.currency, (Decimal(0), Decimal(0)))
                out[row.deal.currency] = (total + row.deal.amount, risk + (row.deal.amount if row.slips_out else 0))
        return dict(sorted(out.items()))

    # --- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bars = []
        gap = 12
        width = (self.width() - 3 * gap) / 4
        for i, title in enumerate(self.PANEL_TITLES):
            rect = QRectF(i * (width + gap), 0, width, self.height() - 1)
            painter.setPen(QPen(self.palette().mid().color()))
            painter.setBrush(self.palette().base())
            painter.drawRoundedRect(rect, 4, 4)
            line = self.fontMetrics().height()
            painter.setPen(self.palette().text().color())
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(8, 4, -8, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.fontMetrics().elidedText(
                    translate("ReviewDashboard", title), Qt.TextElideMode.ElideRight, int(width) - 16
                ),
            )
            font.setBold(False)
            painter.setFont(font)
            body = rect.adjusted(8, line + 10, -8, -6)
            if i < 2:  # the two charts coloured by risk level say which colour is which
                body = self._legend(painter, body, [(level_colour(lv), label(lv)) for lv in LEVELS])
            elif i == 3:
                body = self._legend(
                    painter,
                    body,
                    [
                        (AT_RISK, translate("ReviewDashboard", "slipping out of the period")),
                        (IN_PERIOD, translate("ReviewDashboard", "all in period")),
                    ],
                )
            (self._draw_amounts, self._draw_owners, self._draw_slips, self._draw_at_risk)[i](painter, body)
        painter.end()

    def _rows_of(
        self, painter: QPainter, body: QRectF, labels: Sequence[str], values: Sequence[str] = ()
    ) -> list[tuple[QRectF, QRectF]]:
        """One line per label: its label on the left, its value on the right, and where its bar
        goes between them. Lines that do not fit are summed up as "+N more"."""
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        fits = max(1, int(body.height() // line))
        count = len(labels) if len(labels) <= fits else fits - 1
        label_width = min(body.width() * 0.35, max((metrics.horizontalAdvance(t) for t in labels), default=0) + 6)
        value_width = min(body.width() * 0.4, max((metrics.horizontalAdvance(t) for t in values), default=0) + 6)
        painter.setPen(self.palette().text().color())
        out = []
        for i, text in enumerate(labels[:count]):
            top = body.top() + i * line
            label_rect = QRectF(body.left(), top, label_width, line)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(label_width) - 4),
            )
            if i < len(values):
                painter.drawText(
                    QRectF(body.right() - value_width, top, value_width, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(values[i], Qt.TextElideMode.ElideLeft, int(value_width)),
                )
            out.append(
                (
                    label_rect,
                    QRectF(body.left() + label_width, top + 2, body.width() - label_width - value_width, line - 4),
                )
            )
        if count < len(labels):
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(body.left(), body.top() + count * line, body.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                translate("ReviewDashboard", "+{count} more").format(count=len(labels) - count),
            )
        return out

    def _legend(self, painter: QPainter, body: QRectF, items: Sequence[tuple[QColor, str]]) -> QRectF:
        """Draw "■ High ■ Medium ■ Low" (each colour and its words) on the body's last line; the
        rest of the body is returned."""
        metrics = self.fontMetrics()
        line = metrics.height()
        top = body.bottom() - line
        x = body.left()
        box = line * 0.6
        for colour, text in items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, top + (line - box) / 2, box, box))
            x += box + 4
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(text) + 2, line), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += metrics.horizontalAdvance(text) + 12
        return body.adjusted(0, 0, 0, -line - 2)

    def _empty(self, painter: QPainter, body: QRectF) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, translate("ReviewDashboard", "No deals"))

    def _segment(self, painter: QPainter, rect: QRectF, colour: QColor, selection: Selection, tip: str) -> None:
        if rect.width() <= 0:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(rect)
        self.bars.append(Bar(rect, selection, tip))

    def _stacked(self, painter, bar: QRectF, parts: dict[Level | None, float], scale: float, make) -> None:
        x = bar.left()
        for level in (*LEVELS, None):
            value = parts.get(level, 0)
            if not value:
                continue
            width = max(2.0, bar.width() * value / scale) if scale else 0
            selection, tip = make(level)
            self._segment(painter, QRectF(x, bar.top(), width, bar.height()), level_colour(level), selection, tip)
            x += width

    def _draw_amounts(self, painter: QPainter, body: QRectF) -> None:
        data = self._by_currency()
        if not data:
            return self._empty(painter, body)
        totals = {currency: sum(levels.values(), Decimal(0)) for currency, levels in data.items()}
        values = [fmt_money(total, currency) for currency, total in totals.items()]
        for (_lr, bar), (currency, levels) in zip(self._rows_of(painter, body, list(data), values), data.items()):
            total = totals[currency]

            def make(level, currency=currency, levels=levels):
                words = f"{currency} · {level_words(level)}"
                return (
                    Selection(words, lambda r: r.in_period and r.deal.currency == currency and r.deal.level == level),
                    f"{words}: {fmt_money(levels[level], currency)}",
                )

            self._stacked(painter, bar, {k: float(v) for k, v in levels.items()}, float(total), make)
        return None

    def _draw_owners(self, painter: QPainter, body: QRectF) -> None:
        data = self._by_owner()
        if not data:
            return self._empty(painter, body)
        most = max(sum(v.values()) for v in data.values())
        names = [owner or translate("ReviewDashboard", "(no AE)") for owner in data]
        counts = [str(sum(levels.values())) for levels in data.values()]
        for (_lr, bar), (owner, levels) in zip(self._rows_of(painter, body, names, counts), data.items()):

            def make(level, owner=owner, levels=levels):
                words = f"{owner or '—'} · {level_words(level)}"
                return (
                    Selection(words, lambda r: r.deal.owner == owner and r.deal.level == level),
                    f"{words}: {levels[level]}",
                )

            self._stacked(painter, bar, {k: float(v) for k, v in levels.items()}, float(most), make)
        return None

    def _draw_slips(self, painter: QPainter, body: QRectF) -> None:
        if not self.rows:
            return self._empty(painter, body)
        counts = [0] * len(SLIP_BUCKETS)
        for row in self.rows:
            counts[slip_bucket(row)] += 1
        most = max(counts) or 1
        metrics = self.fontMetrics()
        line = metrics.height()
        slot = body.width() / len(SLIP_BUCKETS)
        chart = body.adjusted(0, line, 0, -line - 2)
        for i, ((text, _low, _high), count) in enumerate(zip(SLIP_BUCKETS, counts)):
            words = translate("ReviewDashboard", text)
            x = body.left() + i * slot
            height = chart.height() * count / most
            bar = QRectF(x + slot * 0.15, chart.bottom() - height, slot * 0.7, height)
            colour = LEVEL_COLOURS[Level.LOW] if i == 0 else LEVEL_COLOURS[Level.MEDIUM if i < 3 else Level.HIGH]
            tip = translate("ReviewDashboard", "Slip {bucket}: {count}").format(bucket=words, count=count)
            if count:
                self._segment(
                    painter,
                    bar,
                    colour,
                    Selection(
                        translate("ReviewDashboard", "slip {bucket}").format(bucket=words),
                        in_bucket(i),
                    ),
                    tip,
                )
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, bar.top() - line, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(count),
            )
            painter.drawText(
                QRectF(x, chart.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(words, Qt.TextElideMode.ElideRight, int(slot)),
            )
        return None

    def _draw_at_risk(self, painter: QPainter, body: QRectF) -> None:
        data = self._at_risk()
        if not data:
            return self._empty(painter, body)
        values = [fmt_money(risk, currency) for currency, (_total, risk) in data.items()]
        for (_lr, bar), (currency, (total, risk)) in zip(
            self._rows_of(painter, body, list(data), values), data.items()
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(IN_PERIOD)
            painter.drawRect(bar)
            words = translate("ReviewDashboard", "{currency} slipping out of the period").format(currency=currency)
            share = float(risk / total) if total else 0.0
            tip = translate("ReviewDashboard", "{at_risk} of {total} at risk").format(
                at_risk=fmt_money(risk, currency), total=fmt_money(total, currency)
            )
            self.bars.append(
                Bar(
                    bar,
                    Selection(
                        translate("ReviewDashboard", "{currency} in period").format(currency=currency),
                        in_period_of(currency),
                    ),
                    tip,
                )
            )
            if risk:
                self._segment(
                    painter,
                    QRectF(bar.left(), bar.top(), max(2.0, bar.width() * share), bar.height()),
                    AT_RISK,
                    Selection(words, slipping_of(currency)),
                    tip,
                )
        return None

    # --- clicks -----------------------------------------------------------------------------
    def bar_at(self, point: QPointF) -> Bar | None:
        for bar in reversed(self.bars):  # the last drawn is on top
            if bar.rect.adjusted(-1, -1, 1, 1).contains(point):
                return bar
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if bar else Qt.CursorShape.ArrowCursor)
        if bar:
            QToolTip.showText(event.globalPosition().toPoint(), bar.tip, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.selected.emit(bar.selection)
