"""The Approval route tab: the customer's ringi / 품의 / attest route as a chain of desks.

Each desk (drafter → reviewers → approvers → final approver) has a person, their position,
the method (electronic, paper, seal, verbal), typical working days, days away and a status.
The chain at the top shows where the request is and when each desk is expected to pass it;
below it the desks are edited in place. The account's authority table says which level
this amount needs; its calendar and governance meetings are edited in a dialog.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape
from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain import edits as E
from closeplan.domain.accounts import required_level
from closeplan.domain.model import ApprovalRoute, Deal, RouteMethod, RouteRole, RouteStatus, RouteStep
from closeplan.domain.route import Leg, RouteTiming, route_person
from closeplan.export.doc_text import desk_date_note
from closeplan.ui import i18n
from closeplan.ui.delegates import ChoiceDelegate, PersonDelegate
from closeplan.ui.editor.base import EditorTab, bind, date_edit, field_message, form_row, get_date, set_date
from closeplan.ui.formatting import fmt_date, fmt_money, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate
from closeplan.ui.models import Column, EditableRowModel
from closeplan.ui.sheet import SheetView
from closeplan.ui.values import to_domain

ROUTE_FIELDS = ("role", "person", "position", "method", "days", "away_days", "status", "customer_visible")
NUMBER_FIELDS = ("days", "away_days")
VISIBLE = ROUTE_FIELDS.index("customer_visible")

STATUS_COLOURS = {
    RouteStatus.NOT_REACHED: ("#5f6368", "#f1f3f4"),
    RouteStatus.HOLDING: ("#8a5300", "#fff4e0"),
    RouteStatus.PASSED: ("#1e6b34", "#e6f4ea"),
    RouteStatus.RETURNED: ("#b3261e", "#fdecea"),
}
LATE = QColor("#b3261e")  # a desk the route reaches only after its plan step's date
LATE_TINT = QColor("#fdecea")


def leg_date(leg: Leg):
    """The date a desk is shown with, as in the documents: its plan step's, else the route's."""
    return leg.planned or leg.finish


def leg_note(leg: Leg) -> str:
    """What that date is, in the documents' words and the UI language: as in the plan, an
    estimate, or — late — the route's later estimate beside the plan's date."""
    return desk_date_note(leg.planned, leg.finish, leg.late, i18n.current())


def _days(desk: RouteStep) -> str:
    if desk.days is None:
        return translate("RouteModel", "? (2 assumed)")
    return str(desk.days)


class RouteModel(EditableRowModel):
    """The desks in route order (never sorted), with the expected pass date of each."""

    fields = ROUTE_FIELDS
    context = "RouteModel"
    entity = "route_desk"
    derived_columns = tuple(range(len(ROUTE_FIELDS)))  # dates, colours and notes follow the route's timing
    columns = (
        Column(QT_TRANSLATE_NOOP("RouteModel", "Role"), lambda d: label(d.role)),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Person"), lambda d: d.person or "—"),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Position"), lambda d: d.position),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Method"), lambda d: label(d.method)),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Days"), _days, align=Qt.AlignmentFlag.AlignRight),
        Column(
            QT_TRANSLATE_NOOP("RouteModel", "Away (d)"),
            lambda d: str(d.away_days) if d.away_days else "",
            align=Qt.AlignmentFlag.AlignRight,
        ),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Status"), lambda d: label(d.status)),
        Column(QT_TRANSLATE_NOOP("RouteModel", "Customer sees"), lambda d: ""),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timing: RouteTiming | None = None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        return  # the route's order is the order desks pass the request

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == VISIBLE:
            return (base & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        desk = self._rows[index.row()]
        field = self.fields[index.column()]
        if index.column() == VISIBLE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if desk.customer_visible else Qt.CheckState.Unchecked
        if field in NUMBER_FIELDS and role == Qt.ItemDataRole.EditRole:
            value = getattr(desk, field)
            return -1 if value is None else value
        leg = self.timing.leg(desk.id) if self.timing is not None else None
        if leg is not None and leg.done:
            leg = None
        if role == Qt.ItemDataRole.ToolTipRole and leg is not None:
            expected = translate("RouteModel", "Expected to pass on {date}").format(date=fmt_date(leg_date(leg)))
            note = escape(leg_note(leg), quote=False)
            if leg.late:
                note = f'<span style="color:{LATE.name()}; font-weight:600">{note}</span>'
            return f"<qt>{escape(expected, quote=False)}<br>{note}</qt>"
        if role == Qt.ItemDataRole.BackgroundRole and leg is not None and leg.late:
            return QBrush(LATE_TINT)
        if field == "status" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[desk.status][0]))
        if field == "person" and role == Qt.ItemDataRole.ForegroundRole and not desk.person:
            return QBrush(QColor("#b3261e"))
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        desk = self._rows[index.row()]
        if index.column() == VISIBLE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != desk.customer_visible:
                self.edit_requested.emit(self.deal_id, desk.id, "customer_visible", checked)
            return True
        field = self.fields[index.column()]
        if field in NUMBER_FIELDS and role == Qt.ItemDataRole.EditRole:
            number = None if field == "days" and int(value) < 0 else max(0, int(value))
            if number != getattr(desk, field):
                self.edit_requested.emit(self.deal_id, desk.id, field, number)
            return True
        return super().setData(index, value, role)


class DaysDelegate(QStyledItemDelegate):
    """Working days: 0–250; for typical days, the lowest value means "not known"."""

    def __init__(self, unknown_allowed: bool, parent=None):
        super().__init__(parent)
        self.unknown_allowed = unknown_allowed

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setObjectName("daysEditor")
        editor.setRange(-1 if self.unknown_allowed else 0, 250)
        if self.unknown_allowed:
            editor.setSpecialValueText(translate("RouteModel", "not known"))
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:
        editor = cast(QSpinBox, editor)  # (made by createEditor)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index) -> None:
        editor = cast(QSpinBox, editor)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RouteChain(QWidget):
    """The route drawn as a chain of desks, left to right, coloured by status."""

    desk_clicked = Signal(object)  # desk id

    BOX_W, GAP = 168, 30
    NOTE_LINES = 2  # the date's note ("as in the plan", or why it is later) wraps over at most two lines

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("routeChain")
        self.desks: list[RouteStep] = []
        self.timing: RouteTiming | None = None
        self._boxes: list[tuple[QRectF, object]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_route(self, desks: list[RouteStep], timing: RouteTiming | None) -> None:
        self.desks, self.timing = list(desks), timing
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        count = len(self.desks) or 4  # the empty route: room for the sentence saying what to add
        return QSize(16 + count * self.BOX_W + (count - 1) * self.GAP, self.box_height() + 16)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.86))
        return base, bold, small

    def box_height(self) -> int:
        """Room for a desk's lines: role, person, position, method, status, and the date's note."""
        base, bold, small = (QFontMetrics(font).height() + 1 for font in self._fonts())
        return 12 + bold + base + small * (3 + self.NOTE_LINES)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def mousePressEvent(self, event) -> None:
        for rect, desk_id in self._boxes:
            if rect.contains(event.position()):
                self.desk_clicked.emit(desk_id)
                return
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._boxes = []
        if not self.desks:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(
                self.rect().adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                translate(
                    "RouteTab",
                    "No route recorded yet: add the drafter, the reviewers in order, "
                    "the approvers and the final approver.",
                ),
            )
            return
        base, bold, small = self._fonts()
        x = 8.0
        for i, desk in enumerate(self.desks):
            rect = QRectF(x, 8, self.BOX_W, self.box_height())
            self._boxes.append((rect, desk.id))
            ink, fill = STATUS_COLOURS[desk.status]
            leg = self.timing.leg(desk.id) if self.timing else None
            if leg is not None and leg.late and not leg.done:
                painter.setPen(QPen(LATE, 2))
            else:
                painter.setPen(QPen(QColor(ink), 2 if desk.status is RouteStatus.HOLDING else 1))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 6, 6)
            y = rect.top() + 6
            width = int(rect.width() - 12)
            lines = self._lines(desk, base, bold, small)
            for n, (font, colour, text) in enumerate(lines):
                metrics = QFontMetrics(font)
                painter.setFont(font)
                painter.setPen(colour)
                wrapped = (
                    _wrap(text, font, width, self.NOTE_LINES)
                    if n == 5
                    else [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
                )
                for shown in wrapped:
                    painter.drawText(QPointF(rect.left() + 6, y + metrics.ascent()), shown)
                    y += metrics.height() + 1
            if i < len(self.desks) - 1:
                self._arrow(
                    painter,
                    rect.right() + 3,
                    rect.right() + self.GAP - 3,
                    rect.center().y(),
                    desk.status is RouteStatus.RETURNED,
                )
            x += self.BOX_W + self.GAP
        painter.end()

    def lines(self, desk: RouteStep) -> list[tuple[QColor, str]]:
        """The lines of a desk's box, as drawn: (colour, text)."""
        font = QFont(self.font())
        return [(colour, text) for _, colour, text in self._lines(desk, font, font, font)]

    def _lines(self, desk: RouteStep, base: QFont, bold: QFont, small: QFont) -> list[tuple[QFont, QColor, str]]:
        ink = STATUS_COLOURS[desk.status][0]
        leg = self.timing.leg(desk.id) if self.timing else None
        lines = [
            (bold, QColor("#202124"), label(desk.role)),
            (
                base,
                QColor("#202124") if desk.person else QColor("#b3261e"),
                desk.person or translate("RouteTab", "who? (not known)"),
            ),
            (small, QColor("#5f6368"), desk.position),
            (small, QColor("#5f6368"), self._method_line(desk)),
            (small, QColor(ink), self._status_line(desk, leg)),
        ]
        if leg is not None and not leg.done:
            lines.append((small, LATE if leg.late else QColor("#5f6368"), leg_note(leg)))
        return lines

    @staticmethod
    def _method_line(desk: RouteStep) -> str:
        days = (
            translate("RouteTab", "{days} d").format(days=desk.days)
            if desk.days is not None
            else translate("RouteTab", "? d")
        )
        text = f"{label(desk.method)} · {days}"
        if desk.away_days and desk.method.needs_presence:
            text += " · " + translate("RouteTab", "away {days} d").format(days=desk.away_days)
        return text

    @staticmethod
    def _status_line(desk: RouteStep, leg) -> str:
        text = label(desk.status)
        if leg is not None and not leg.done:
            text += " → " + fmt_date(leg_date(leg))
        return text

    @staticmethod
    def _arrow(painter: QPainter, x1: float, x2: float, y: float, back: bool) -> None:
        painter.setPen(QPen(QColor("#b3261e" if back else "#5f6368"), 1.5))
        painter.drawLine(QPointF(x1, y), QPointF(x2, y))
        head = QPainterPath()
        head.moveTo(x2, y)
        head.lineTo(x2 - 7, y - 4)
        head.lineTo(x2 - 7, y + 4)
        head.closeSubpath()
        painter.setBrush(painter.pen().color())
        painter.drawPath(head)


def _wrap(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` broken into lines of ``width`` pixels (at spaces, or anywhere in CJK), at most
    ``most`` of them, the last one elided when it does not fit."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if not starts:
        return []
    ends = starts[1:] + [len(text)]
    lines = [text[a:b].strip() for a, b in zip(starts, ends)]
    if len(lines) > most:
        rest = text[starts[most - 1] :].strip()
        lines = lines[: most - 1] + [QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


class RouteTab(EditorTab):
    account_calendar_requested = Signal()

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.chain = RouteChain()
        self.chain.desk_clicked.connect(self._select_desk)
        scroll = QScrollArea()
        scroll.setObjectName("routeChainScroll")
        scroll.setWidget(self.chain)
        scroll.setWidgetResizable(False)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFixedHeight(self.chain.sizeHint().height() + 18)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.summary = QLabel()
        self.summary.setObjectName("routeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.model = RouteModel(self)
        self.model.edit_requested.connect(self._edited, Qt.ConnectionType.QueuedConnection)
        self.view = SheetView()
        self.view.setObjectName("routeTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column in range(len(ROUTE_FIELDS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(0, ChoiceDelegate(tuple(RouteRole), self))
        self.view.setItemDelegateForColumn(1, PersonDelegate(self._customer_names, self))
        self.view.setItemDelegateForColumn(3, ChoiceDelegate(tuple(RouteMethod), self))
        self.view.setItemDelegateForColumn(4, DaysDelegate(True, self))
        self.view.setItemDelegateForColumn(5, DaysDelegate(False, self))
        self.view.setItemDelegateForColumn(6, ChoiceDelegate(tuple(RouteStatus), self))

        self.add = QPushButton()
        self.add.setObjectName("addRouteStep")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton()
        self.remove.setObjectName("removeRouteStep")
        self.remove.clicked.connect(self._remove)
        self.up = QPushButton()
        self.up.setObjectName("routeStepUp")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down = QPushButton()
        self.down.setObjectName("routeStepDown")
        self.down.clicked.connect(lambda: self._move(1))
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("accountCalendarButton")
        self.calendar_button.clicked.connect(self.account_calendar_requested)
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.calendar_button)

        self.settings = QGroupBox()
        form = QFormLayout(self.settings)
        self.limit = QLineEdit()
        self.limit.setObjectName("drafterLimit")
        self.limit.editingFinished.connect(self._limit_changed)
        self.starts = date_edit("routeStartsOn", optional=True, start=lambda: self.today)
        self.starts.dateChanged.connect(self._starts_changed)
        self.before = QComboBox()
        self.before.setObjectName("routeBeforeStep")
        self.before.currentIndexChanged.connect(self._before_changed)
        self.authority = QLabel()
        self.authority.setObjectName("authorityLevel")
        self.authority.setWordWrap(True)
        for widget, address in (
            (self.limit, "route.drafter_usual_limit"),
            (self.starts, "route.starts_on"),
            (self.before, "route.before_step_id"),
        ):
            bind(widget, address)
        self.captions = [form_row(form, widget) for widget in (self.limit, self.starts, self.before, self.authority)]
        self.message = field_message()
        form.addRow(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        below = QHBoxLayout()
        below.addWidget(self.view, 3)
        below.addWidget(self.settings, 2)
        layout.addLayout(below, 1)
        self.retranslate_ui()

    # --- texts ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.add.setText(translate("RouteTab", "&Add desk"))
        self.remove.setText(translate("RouteTab", "Remove desk"))
        self.up.setText(translate("RouteTab", "Earlier"))
        self.down.setText(translate("RouteTab", "Later"))
        self.calendar_button.setText(translate("RouteTab", "Account calendar && authority table…"))
        self.settings.setTitle(translate("RouteTab", "Route settings"))
        texts = (
            translate("RouteTab", "Drafter usually gets through up to"),
            translate("RouteTab", "Drafter submits on"),
            translate("RouteTab", "Must pass before"),
            translate("RouteTab", "This amount needs"),
        )
        for caption, text in zip(self.captions, texts):
            caption.setText(text)
        self.limit.setPlaceholderText(translate("RouteTab", "amount in the deal's currency; empty: not known"))
        self.starts.setToolTip(translate("RouteTab", "Empty: when the plan has the request drafted"))
        super().retranslate_ui()

    # --- showing ---------------------------------------------------------------------------
    def load(self) -> None:
        deal = self.deal
        self.message.setText("")
        if deal is None:
            self.model.set_rows([])
            self.chain.set_route([], None)
            self.summary.setText("")
            return
        timing = self.assessment.projection.route if self.assessment else None
        self.model.timing = timing
        self.model.deal_id = deal.id
        self.model.set_rows(deal.route.steps)
        self.chain.set_route(deal.route.steps, timing)
        self.summary.setText(self._summary(timing))
        limit = deal.route.drafter_usual_limit
        self.limit.setText("" if limit is None else f"{limit:,}")
        set_date(self.starts, deal.route.starts_on)
        self.before.blockSignals(True)
        self.before.clear()
        self.before.addItem(translate("RouteTab", "The purchase order (default)"), None)
        for step in deal.steps_in_time_order():
            self.before.addItem(f"{fmt_date(step.due_date)} — {step.title}", step.id)
            if step.id == deal.route.before_step_id:
                self.before.setCurrentIndex(self.before.count() - 1)
        self.before.blockSignals(False)
        self.authority.setText(self._authority(deal))

    def _summary(self, timing: RouteTiming | None) -> str:
        if timing is None:
            return ""
        last = timing.legs[-1]
        finish = timing.finish if last.done else leg_date(last)  # the final desk's date, as the documents give it
        text = translate(
            "RouteTab", "Route: {total} working days in all · {left} still to go · passes on <b>{finish}</b>"
        ).format(total=timing.total, left=timing.lead, finish=fmt_date(finish))
        desks = {desk.id: desk for desk in self.deal.route.steps} if self.deal is not None else {}
        for leg in timing.legs:
            if leg.late and not leg.done:
                desk = desks.get(leg.step_id)
                who = (route_person(desk) or label(desk.role)) if desk is not None else ""
                late = translate("RouteTab", "{desk}: {note}").format(
                    desk=escape(who), note=escape(leg_note(leg), quote=False)
                )
                text += f' · <span style="color:{LATE.name()}; font-weight:600">{late}</span>'
        if timing.before is not None and timing.needed_by is not None:
            needed = translate("RouteTab", "needed by {date} for “{title}”").format(
                date=fmt_date(timing.needed_by), title=escape(timing.before.title)
            )
            if timing.fits:
                text += " · " + needed
            else:
                text += (
                    ' · <span style="color:#b3261e; font-weight:600">'
                    + translate("RouteTab", "too late: {needed}").format(needed=needed)
                    + "</span>"
                )
        if timing.returned:
            text += (
                ' · <span style="color:#b3261e">'
                + translate("RouteTab", "returned: back to the drafter, every desk again")
                + "</span>"
            )
        return text

    def _authority(self, deal: Deal) -> str:
        profile = deal.account_profile
        if profile is None or not profile.authority:
            return translate("RouteTab", "No authority table recorded for {account}").format(
                account=escape(deal.account)
            )
        needed = required_level(profile, deal.amount, deal.currency)
        if needed is None:
            if profile.authority_currency != deal.currency:
                return translate(
                    "RouteTab", "The authority table is in {table}, the deal in {deal}: not compared"
                ).format(table=profile.authority_currency, deal=deal.currency)
            return translate("RouteTab", "Above every band of the authority table")
        band = (
            translate("RouteTab", "up to {limit}").format(limit=fmt_money(needed.band_to, deal.currency))
            if needed.band_to is not None
            else translate("RouteTab", "above {limit}").format(
                limit=fmt_money(needed.band_from, deal.currency) if needed.band_from is not None else "0"
            )
        )
        return translate("RouteTab", "<b>{level}</b> ({band}, from the authority table of {account})").format(
            level=escape(needed.level), band=band, account=escape(deal.account)
        )

    def _customer_names(self) -> list[str]:
        if self.deal is None:
            return []
        return [p.name for p in self.deal.stakeholders if p.side.value == "customer"]

    def current_desk_id(self):
        index = self.view.currentIndex()
        return self.model.row_object(index.row()).id if index.isValid() else None

    def _select_desk(self, desk_id) -> None:
        for row, desk in enumerate(self.model.rows()):
            if desk.id == desk_id:
                self.view.selectRow(row)
                return

    # --- editing ---------------------------------------------------------------------------
    def _edited(self, deal_id, desk_id, field: str, value) -> None:
        change = E.set_route_step(desk_id, **{field: value})
        if field == "person" and isinstance(value, str):  # linked to the stakeholder (a new name: a new one)
            change = E.set_desk_person(desk_id, value)
        self.apply_to(deal_id, translate("RouteTab", "Change route step"), change)

    def _add(self) -> None:
        desks = self.deal.route.steps if self.deal else []
        role = RouteRole.DRAFTER if not desks else RouteRole.REVIEWER
        desk = RouteStep(role)
        after = self.current_desk_id()
        if self.apply(translate("RouteTab", "Add route step"), E.put_route_step(desk, after)):
            self._select_desk(desk.id)
            self.view.setFocus()

    def _remove(self) -> None:
        desk_id = self.current_desk_id()
        if desk_id is not None:
            self.apply(translate("RouteTab", "Remove route step"), E.delete_route_step(desk_id))

    def _move(self, by: int) -> None:
        desk_id = self.current_desk_id()
        if desk_id is not None and self.apply(translate("RouteTab", "Move route step"), E.move_route_step(desk_id, by)):
            self._select_desk(desk_id)

    def _limit_changed(self) -> None:
        if self._loading or self.deal is None:
            return
        text = self.limit.text().strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
        if not text:
            value = None
        else:
            try:
                value = Decimal(text)
            except InvalidOperation:
                self.message.setText(
                    translate("RouteTab", "Drafter's usual limit: “{text}” is not an amount").format(
                        text=self.limit.text()
                    )
                )
                return
        if value != self.deal.route.drafter_usual_limit:
            self.message.setText("")
            self.apply(translate("RouteTab", "Change drafter's usual limit"), E.set_route(drafter_usual_limit=value))

    def _starts_changed(self) -> None:
        if not self._loading and self.deal is not None:
            self.apply(translate("RouteTab", "Change route start"), E.set_route(starts_on=get_date(self.starts)))

    def _before_changed(self, _index: int) -> None:
        if not self._loading and self.deal is not None:
            self.apply(
                translate("RouteTab", "Change what the route must pass before"),
                E.set_route(before_step_id=to_domain(ApprovalRoute, "before_step_id", self.before.currentData())),
            )
