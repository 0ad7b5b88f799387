"""The manager's review: late-stage deals of the whole team by risk, with forecast slip,
totals per currency, and bundles imported by menu or by dropping files on the window."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import Level, ListRow
from closeplan.domain.review import LEVEL_RANK, Period, Review, ReviewRow, build_review, parse_period, totals_of
from closeplan.domain.risk import assess
from closeplan.services.deals import DealService
from closeplan.services.reviewing import synced_times, write_review_pdf
from closeplan.ui import i18n
from closeplan.ui.changes_view import ChangesView
from closeplan.ui.editor.base import date_edit, get_date, set_date
from closeplan.ui.editor.timeline import TimelineView
from closeplan.ui.formatting import LEVEL_COLOURS, LEVEL_TINTS, flag_text, fmt_date, fmt_money, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from closeplan.ui.importing import ImportResultDialog, import_and_report
from closeplan.ui.models import Column, RowTableModel
from closeplan.ui.review_dashboard import ReviewDashboard, Selection
from closeplan.ui.values import choice_value
from closeplan.ui.views import DropsBundles, fill_owners, filter_boxes, list_table, retranslate_filters, size_columns

PERIODS = (
    (QT_TRANSLATE_NOOP("ReviewView", "This month"), "this-month"),
    (QT_TRANSLATE_NOOP("ReviewView", "This quarter"), "this-quarter"),
    (QT_TRANSLATE_NOOP("ReviewView", "Next quarter"), "next-quarter"),
    (QT_TRANSLATE_NOOP("ReviewView", "Custom…"), "custom"),
)


def _why(row: ReviewRow) -> list[str]:
    return [flag_text(f) for f in row.deal.top_flags]


def _days(days: int) -> str:
    return translate("ReviewModel", "{days} d").format(days=days)


def _synced(row: ReviewRow) -> str:
    """How fresh a teammate's deal is: when its owner last synced (empty for this laptop's own)."""
    if row.owner_synced_at is None:
        return ""
    return translate("ReviewModel", "synced {date}").format(date=fmt_date(row.owner_synced_at.astimezone().date()))


class ReviewModel(RowTableModel):
    context = "ReviewModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("ReviewModel", "AE"), lambda r: r.deal.owner),
        Column(QT_TRANSLATE_NOOP("ReviewModel", "Account"), lambda r: r.deal.account),
        Column(QT_TRANSLATE_NOOP("ReviewModel", "Deal"), lambda r: r.deal.name),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Amount"),
            lambda r: fmt_money(r.deal.amount, r.deal.currency),
            lambda r: (r.deal.currency, r.deal.amount),
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(QT_TRANSLATE_NOOP("ReviewModel", "Stage"), lambda r: label(r.deal.stage)),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Target close"),
            lambda r: fmt_date(r.deal.target_close),
            lambda r: r.deal.target_close,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Projected close"),
            lambda r: fmt_date(r.deal.projected_close),
            lambda r: r.deal.projected_close or date.min,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Slip"),
            lambda r: "+" + _days(r.deal.slip_days) if r.deal.slip_days else "0",
            lambda r: r.deal.slip_days or 0,
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Pushed"),
            lambda r: str(r.deal.times_close_pushed),
            lambda r: r.deal.times_close_pushed,
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Risk"), lambda r: label(r.deal.level), lambda r: -LEVEL_RANK[r.deal.level]
        ),
        Column(QT_TRANSLATE_NOOP("ReviewModel", "Why"), lambda r: " · ".join(_why(r))),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Next customer step"),
            lambda r: (
                f"{fmt_date(r.deal.next_customer_date)}  {r.deal.next_customer_step}"
                if r.deal.next_customer_step
                else ""
            ),
            lambda r: r.deal.next_customer_date or date.max,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Idle"),
            lambda r: _days(r.days_since_update),
            lambda r: r.days_since_update,
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewModel", "Freshness"),
            _synced,
            lambda r: r.owner_synced_at.timestamp() if r.owner_synced_at else float("inf"),
        ),
    )
    RISK, SLIP, WHY, SYNCED = 9, 7, 10, 13

    def review_row(self, row: int) -> ReviewRow:
        return self._rows[row]

    def extra_data(self, obj: ReviewRow, column: int, role: int):
        level = obj.deal.level
        if column == self.RISK and level is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(LEVEL_TINTS[level])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LEVEL_COLOURS[level])
        if column == self.SLIP and role == Qt.ItemDataRole.ForegroundRole and (obj.deal.slip_days or 0) > 0:
            return QBrush(LEVEL_COLOURS[Level.HIGH])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY:
            return "\n".join(_why(obj)) or translate("ReviewModel", "No risk flags")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SYNCED and obj.owner_synced_at is not None:
            return translate("ReviewModel", "Its owner last synced on {when}").format(
                when=obj.owner_synced_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        return None


class ReviewView(Retranslating, DropsBundles, QWidget):
    COLUMN_CHARS = (13, 18, 20, 17, 14, 11, 11, 6, 6, 7, 48, 34, 6, 16)  # (up to "Why" within 1366 px)

    open_requested = Signal(object)  # deal id
    imported = Signal(object)  # Changes

    def __init__(self, service: DealService, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setAcceptDrops(True)
        self.resize(1500, 900)
        self.service, self.today = service, today
        self.deals: Sequence[ListRow] = []
        self.report: Review | None = None
        self.synced: dict[uuid.UUID, datetime | None] = {}
        self.period = QComboBox()
        self.period.setObjectName("reviewPeriod")
        for _text, code in PERIODS:
            self.period.addItem("", code)
        self.period.setCurrentIndex(1)
        self.start = date_edit("reviewStart")
        self.end = date_edit("reviewEnd")
        self.stage, self.owner, self.level = filter_boxes("review")
        self.import_button = QPushButton()
        self.import_button.setObjectName("reviewImport")
        self.import_button.clicked.connect(self._choose_files)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("reviewPdf")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.period_caption = QLabel()
        self.period_caption.setBuddy(self.period)
        self.owner_caption = QLabel()
        self.owner_caption.setBuddy(self.owner)
        bar = QHBoxLayout()
        for widget in (
            self.period_caption,
            self.period,
            self.start,
            self.end,
            self.owner_caption,
            self.owner,
            self.stage,
            self.level,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.pdf_button)

        self.model = ReviewModel(self)
        self.table = list_table("reviewTable", self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # default: risk, then amount
        size_columns(self.table, self.COLUMN_CHARS)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.dashboard = ReviewDashboard()
        self.dashboard.selected.connect(self.select_bar)
        self.selection: Selection | None = None
        self.selection_label = QLabel()
        self.selection_label.setObjectName("reviewSelection")
        self.clear_selection = QPushButton()
        self.clear_selection.setObjectName("reviewClearSelection")
        self.clear_selection.clicked.connect(lambda: self.select_bar(None))
        selection_bar = QHBoxLayout()
        selection_bar.addWidget(self.selection_label)
        selection_bar.addWidget(self.clear_selection)
        selection_bar.addStretch(1)
        self.selection_row = QWidget()
        self.selection_row.setLayout(selection_bar)
        selection_bar.setContentsMargins(0, 0, 0, 0)
        self.selection_row.hide()
        self.totals = QLabel()
        self.totals.setObjectName("reviewTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)

        self.timeline = TimelineView()
        self.flags = QListWidget()
        self.flags.setObjectName("reviewFlags")
        # each flag wrapped in the pane's width: whole, not cut at its right edge
        self.flags.setWordWrap(True)
        self.flags.setResizeMode(QListView.ResizeMode.Adjust)
        self.flags.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("reviewDetailTitle")
        self.open_button = QPushButton()
        self.open_button.setObjectName("reviewOpen")
        self.open_button.clicked.connect(self._open)
        detail_top = QHBoxLayout()
        detail_top.addWidget(self.detail_title, 1)
        detail_top.addWidget(self.open_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(detail_top)
        lower = QSplitter()
        lower.addWidget(self.timeline)
        lower.addWidget(self.flags)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        detail_layout.addWidget(lower)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.dashboard)
        top_layout.addWidget(self.selection_row)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addLayout(bar)
        review_layout.addWidget(splitter, 1)
        self.changes = ChangesView(service, today)
        self.changes.open_requested.connect(self.open_requested)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(review_page, "")
        self.tabs.addTab(self.changes, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)

        for box in (self.period, self.owner, self.stage, self.level):
            box.currentIndexChanged.connect(self.refilter)
        self.start.dateChanged.connect(lambda _d: self.refilter())
        self.end.dateChanged.connect(lambda _d: self.refilter())
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReviewView", "closeplan — late-stage review"))
        for i, (text, _code) in enumerate(PERIODS):
            self.period.setItemText(i, translate("ReviewView", text))
        retranslate_filters(self.stage, self.owner, self.level, translate("ReviewView", "All AEs"))
        self.import_button.setText(translate("ReviewView", "Import bundles…"))
        self.pdf_button.setText(translate("ReviewView", "Export PDF…"))
        self.open_button.setText(translate("ReviewView", "Open in the editor"))
        self.period_caption.setText(translate("ReviewView", "&Period"))
        self.owner_caption.setText(translate("ReviewView", "&AE"))
        self.clear_selection.setText(translate("ReviewView", "Show all"))
        size_columns(self.table, self.COLUMN_CHARS)
        self.tabs.setTabText(0, translate("ReviewView", "Late-stage deals"))
        self.tabs.setTabText(1, translate("ReviewView", "What changed"))
        self.totals.setToolTip(
            translate(
                "ReviewView",
                "In period: the deal's target close or projected close falls between the period's first and last "
                "day. Forecast at risk: the target close is in the period, the projected close after it.",
            )
        )
        if self.selection is not None:
            self.selection_label.setText(self._selection_text())
        if self.report is not None:
            self.totals.setText(self._totals_html(self.report))
            self._show_detail(self.current_deal_id())

    # --- data ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list rows of every deal (a single query), then filter."""
        self.deals = self.service.current_list()
        self.synced = synced_times(self.service)
        self.changes.reload()
        fill_owners(self.owner, self.deals, translate("ReviewView", "All AEs"))
        self.refilter()

    def current_period(self) -> Period:
        code = self.period.currentData()
        custom = code == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        if custom:
            start, end = get_date(self.start), get_date(self.end)
            if start and end and start <= end:
                return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
            code = "this-quarter"
        period = parse_period(code, self.today)
        if not custom:
            for edit, value in ((self.start, period.start), (self.end, period.end)):
                set_date(edit, value)
        return period

    def refilter(self, *_args) -> None:
        self.report = build_review(
            self.deals,
            self.current_period(),
            self.today,
            self.owner.currentData(),
            choice_value(self.stage),
            choice_value(self.level),
            self.synced,
        )
        self.dashboard.set_rows(self.report.rows)
        self._show_rows()

    def select_bar(self, selection: Selection | None) -> None:
        """Show only the deals of a clicked bar of the dashboard (None: all of them again)."""
        self.selection = selection
        self.selection_row.setVisible(selection is not None)
        if selection is not None:
            self.selection_label.setText(self._selection_text())
        self._show_rows()

    def _selection_text(self) -> str:
        assert self.selection is not None
        return translate("ReviewView", "Showing: {what}").format(what=self.selection.text)

    def shown_rows(self) -> list[ReviewRow]:
        assert self.report is not None
        if self.selection is None:
            return self.report.rows
        return [row for row in self.report.rows if self.selection.keeps(row)]

    def _show_rows(self) -> None:
        assert self.report is not None
        rows = self.shown_rows()
        self.model.set_rows(rows)  # keeps the order the user chose by a column, if any
        self.totals.setText(self._totals_html(Review(self.report.period, self.report.today, rows, totals_of(rows))))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    @staticmethod
    def _totals_html(report: Review) -> str:
        parts = [
            translate(
                "ReviewView",
                "<b>Deals: {count}</b> · {in_period} of them close in the period {start} – {end} (target or "
                "projected close): the amounts are theirs",
            ).format(
                count=len(report.rows),
                in_period=sum(1 for r in report.rows if r.in_period),
                start=fmt_date(report.period.start),
                end=fmt_date(report.period.end),
            )
        ]
        for currency, levels in sorted(report.totals.by_level.items()):
            bits = " · ".join(
                f'<span style="color:{LEVEL_COLOURS[lvl].name()}">{label(lvl)} {escape(fmt_money(levels[lvl], currency))}</span>'
                for lvl in (Level.HIGH, Level.MEDIUM, Level.LOW)
                if lvl in levels
            )
            risk = report.totals.at_risk.get(currency)
            at_risk = (
                (
                    " · <b>"
                    + translate("ReviewView", "forecast at risk {amount}").format(
                        amount=escape(fmt_money(risk, currency))
                    )
                    + "</b>"
                )
                if risk
                else ""
            )
            parts.append(f"{currency}: {bits}{at_risk}")
        return "<br>".join(parts)

    # --- detail -----------------------------------------------------------------------
    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.review_row(index.row()).deal.id if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        self._show_detail(self.model.review_row(current.row()).deal.id if current.isValid() else None)

    def _show_detail(self, deal_id: uuid.UUID | None) -> None:
        self.flags.clear()
        self.open_button.setEnabled(deal_id is not None)
        if deal_id is None:
            self.detail_title.setText("")
            self.timeline.clear()  # the legend and every kept item too
            return
        deal = self.service.get_deal(deal_id)
        assessment = assess(deal, self.today, deal_calendar(deal))
        self.detail_title.setText(f"<b>{escape(deal.account)}</b> — {escape(deal.name)} · {escape(deal.owner)}")
        projected = {sid: sp.projected for sid, sp in assessment.projection.steps.items()}
        if deal.steps:
            self.timeline.draw(
                deal.steps, self.today, deal.target_close, assessment.projected_close, projected, assessment.level
            )
        for flag in assessment.flags:
            self.flags.addItem(f"{label(flag.severity)}: {flag_text(flag)}")

    def _open(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id is not None:
            self.open_requested.emit(deal_id)

    # --- the printable review -----------------------------------------------------------------
    def export_pdf(self, target: str | None = None) -> Path | None:
        """The review as shown (period, AE, stage, risk), as a PDF in the UI language."""
        if self.report is None:
            return None
        if target is None:
            suggested = Path.home() / f"closeplan-review-{self.report.period.label}.pdf"
            target, _ = QFileDialog.getSaveFileName(
                self,
                translate("ReviewView", "Export review PDF"),
                str(suggested),
                translate("ReviewView", "PDF (*.pdf)"),
            )
        if not target:
            return None
        path = Path(target) if Path(target).suffix.lower() == ".pdf" else Path(target).with_suffix(".pdf")
        return write_review_pdf(self.report, path, self.today, i18n.current())

    # --- importing ----------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("ReviewView", "Import deal bundles"),
            str(Path.home()),
            translate("ReviewView", "closeplan bundles (*.json);;All files (*)"),
        )
        if files:
            self.import_and_show(files)

    def import_and_show(self, paths: Sequence[str | Path]) -> ImportResultDialog | None:
        def imported(report) -> None:
            self.reload()
            self.imported.emit(report.changes)

        return import_and_report(self, self.service, paths, imported)

    import_dropped = import_and_show
