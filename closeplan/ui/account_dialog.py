"""The customer account's calendar and approval-authority table, shared by all its deals.

Closures (on top of national holidays), the fiscal year end and budget freeze, recurring
governance meetings with their submission lead, and the authority table (amount bands →
the level that approves). "Use the preset" fills the closures of the deal's country.
Nothing is saved until OK; invalid rows are named and the dialog stays open.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.accounts import preset, sorted_bands
from closeplan.domain.currency import is_currency
from closeplan.domain.model import (
    AccountProfile,
    AuthorityBand,
    Closure,
    ClosureRepeat,
    GovernanceMeeting,
    MeetingKind,
)
from closeplan.domain.validation import validate_profile
from closeplan.ui.cadence import CadencePicker, in_words
from closeplan.ui.editor.base import bind, choice_box, field_message, select_data
from closeplan.ui.i18n import Retranslating, translate
from closeplan.ui.values import ChoiceBox


class _Problem(ValueError):
    pass


RULE = Qt.ItemDataRole.UserRole  # a meeting row's rule, kept beside the words shown for it


def _combo(choices, current) -> ChoiceBox:
    box = choice_box("", choices)
    select_data(box, current)
    return box


def _day_text(day: date, repeat: ClosureRepeat) -> str:
    return f"{day.month:02d}-{day.day:02d}" if repeat is ClosureRepeat.YEARLY else day.isoformat()


def _parse_day(text: str, repeat: ClosureRepeat, where: str) -> date:
    text = text.strip()
    try:
        if repeat is ClosureRepeat.YEARLY:
            month, day = (int(part) for part in text.replace("/", "-").split("-")[-2:])
            return date(2000, month, day)
        if repeat is ClosureRepeat.ONCE:
            return date.fromisoformat(text.replace("/", "-"))
        return date(2000, 1, 1)
    except ValueError:
        raise _Problem(
            translate("AccountDialog", "{where}: “{text}” is not a date ({form})").format(
                where=where, text=text, form="MM-DD" if repeat is ClosureRepeat.YEARLY else "YYYY-MM-DD"
            )
        ) from None


class _Table(QTableWidget):
    def __init__(self, name: str, columns: int):
        super().__init__(0, columns)
        self.setObjectName(name)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        for column in range(columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""

    def put(self, row: int, column: int, value) -> None:
        if isinstance(value, QWidget):
            self.setCellWidget(row, column, value)
        else:
            self.setItem(row, column, QTableWidgetItem(str(value)))

    def add_row(self, *values) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate(values):
            self.put(row, column, value)
        return row

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def choice(self, row: int, column: int) -> Any:
        """The value chosen in the cell's choice box (put there by add_row)."""
        box = cast(ChoiceBox, self.cellWidget(row, column))
        return box.choices[box.currentIndex()]

    def number(self, row: int, column: int) -> int:
        """The value of the cell's spin box (put there by add_row)."""
        return cast(QSpinBox, self.cellWidget(row, column)).value()


def _spin(value: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, high)
    spin.setValue(value)
    return spin


class AccountDialog(Retranslating, QDialog):
    """Edit one account's profile; ``profile()`` is the result after OK."""

    def __init__(
        self,
        account: str,
        country: str,
        currency: str,
        current: AccountProfile | None,
        parent=None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.today = today  # the window's day: where a yearly closure made one-off lands
        self.setObjectName("accountDialog")
        self.account, self.country, self.currency = account, country, currency
        self.result_profile: AccountProfile | None = None
        self.tabs = QTabWidget()

        self.closures = _Table("closureTable", 5)
        self.preset_button = QPushButton()
        self.preset_button.setObjectName("usePreset")
        self.preset_button.clicked.connect(self._use_preset)
        self.add_closure = QPushButton()
        self.add_closure.clicked.connect(
            lambda: self._closure_row(Closure("", ClosureRepeat.YEARLY, date(2000, 1, 1), date(2000, 1, 1)))
        )
        self.remove_closure = QPushButton()
        self.remove_closure.clicked.connect(self.closures.remove_current)
        self.fy_end = QLineEdit()
        self.fy_end.setObjectName("fiscalYearEnd")
        self.freeze = _spin(0, 180)
        self.freeze.setObjectName("budgetFreezeDays")
        closure_page = QWidget()
        buttons = QHBoxLayout()
        for button in (self.add_closure, self.remove_closure, self.preset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        fiscal = QFormLayout()
        self.fy_caption, self.freeze_caption = QLabel(), QLabel()
        fiscal.addRow(self.fy_caption, self.fy_end)
        fiscal.addRow(self.freeze_caption, self.freeze)
        page = QVBoxLayout(closure_page)
        self.closure_hint = QLabel()
        self.closure_hint.setWordWrap(True)
        page.addWidget(self.closure_hint)
        page.addLayout(buttons)
        page.addWidget(self.closures, 1)
        page.addLayout(fiscal)

        self.meetings = _Table("meetingTable", 4)
        self.add_meeting = QPushButton()
        self.add_meeting.clicked.connect(
            lambda: self._meeting_row(
                GovernanceMeeting("", MeetingKind.BOARD, "FREQ=MONTHLY;BYDAY=+3TH", 5), chosen=True
            )
        )
        self.remove_meeting = QPushButton()
        self.remove_meeting.clicked.connect(self.meetings.remove_current)
        meeting_page = QWidget()
        page = QVBoxLayout(meeting_page)
        self.meeting_hint = QLabel()
        self.meeting_hint.setWordWrap(True)
        page.addWidget(self.meeting_hint)
        row = QHBoxLayout()
        row.addWidget(self.add_meeting)
        row.addWidget(self.remove_meeting)
        row.addStretch(1)
        page.addLayout(row)
        page.addWidget(self.meetings, 1)
        # the chosen meeting's cadence, chosen in words (the table shows each row's in words)
        self.rule_picker = CadencePicker("meetingRule")
        self.rule_picker.bind_field("profile.meetings")
        self.rule_picker.changed.connect(self._rule_chosen)
        self.meetings.currentCellChanged.connect(lambda row, _c, _r, _pc: self._show_rule(row))
        rule_form = QFormLayout()
        self.rule_caption = QLabel()
        self.rule_caption.setBuddy(self.rule_picker)
        rule_form.addRow(self.rule_caption, self.rule_picker)
        page.addLayout(rule_form)

        self.bands = _Table("authorityTable", 2)
        self.bands.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.authority_currency = QLineEdit()
        self.authority_currency.setObjectName("authorityCurrency")
        self.authority_currency.setMaxLength(3)
        self.add_band = QPushButton()
        self.add_band.clicked.connect(lambda: self.bands.add_row("", ""))
        self.remove_band = QPushButton()
        self.remove_band.clicked.connect(self.bands.remove_current)
        authority_page = QWidget()
        page = QVBoxLayout(authority_page)
        self.authority_hint = QLabel()
        self.authority_hint.setWordWrap(True)
        page.addWidget(self.authority_hint)
        form = QFormLayout()
        self.currency_caption = QLabel()
        form.addRow(self.currency_caption, self.authority_currency)
        page.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.add_band)
        row.addWidget(self.remove_band)
        row.addStretch(1)
        page.addLayout(row)
        page.addWidget(self.bands, 1)

        for widget, address in (
            (self.closures, "profile.closures"),
            (self.fy_end, "profile.fiscal_year_end"),
            (self.freeze, "profile.budget_freeze_days"),
            (self.meetings, "profile.meetings"),
            (self.bands, "profile.authority"),
            (self.authority_currency, "profile.authority_currency"),
        ):
            bind(widget, address)  # a table's cells and the boxes in them edit its list
        self.tabs.addTab(closure_page, "")
        self.tabs.addTab(meeting_page, "")
        self.tabs.addTab(authority_page, "")
        self.message = field_message()
        self.message.setObjectName("accountMessage")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.box)
        self.resize(760, 520)
        self._fill(current or preset(country, account), new=current is None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            translate("AccountDialog", "Calendar and authority table — {account}").format(account=self.account)
        )
        for i, text in enumerate(
            (
                translate("AccountDialog", "Closures && fiscal year"),
                translate("AccountDialog", "Governance meetings"),
                translate("AccountDialog", "Authority table"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.closures.setHorizontalHeaderLabels(
            [
                translate("AccountDialog", "Name"),
                translate("AccountDialog", "Repeats"),
                translate("AccountDialog", "From"),
                translate("AccountDialog", "To"),
                translate("AccountDialog", "± days"),
            ]
        )
        self.meetings.setHorizontalHeaderLabels(
            [
                translate("AccountDialog", "Name"),
                translate("AccountDialog", "Kind"),
                translate("AccountDialog", "Held"),
                translate("AccountDialog", "Papers due (working days before)"),
            ]
        )
        self.bands.setHorizontalHeaderLabels(
            [translate("AccountDialog", "Up to (empty: above the rest)"), translate("AccountDialog", "Approved by")]
        )
        self.closure_hint.setText(
            translate(
                "AccountDialog",
                "Days {account} does not work on top of the national holidays of {country}: "
                "plans are scheduled around them. Yearly days as MM-DD (12-29 to 01-03 wraps over the new year), "
                "one-off closures as YYYY-MM-DD.",
            ).format(account=self.account, country=self.country)
        )
        self.meeting_hint.setText(
            translate(
                "AccountDialog",
                "Board, management and investment committee meetings, and how many working days "
                "before each meeting its papers are due. New plans for this account use its board meeting.",
            )
        )
        self.authority_hint.setText(
            translate(
                "AccountDialog",
                "The customer's approval-authority table (決裁権限表): which level approves "
                "amounts up to each limit. The route tab shows the level this deal's amount needs.",
            )
        )
        self.preset_button.setText(
            translate("AccountDialog", "Use the preset for {country}").format(country=self.country)
        )
        self.add_closure.setText(translate("AccountDialog", "Add closure"))
        self.remove_closure.setText(translate("AccountDialog", "Remove closure"))
        self.add_meeting.setText(translate("AccountDialog", "Add meeting"))
        self.remove_meeting.setText(translate("AccountDialog", "Remove meeting"))
        self.add_band.setText(translate("AccountDialog", "Add band"))
        self.remove_band.setText(translate("AccountDialog", "Remove band"))
        self.fy_caption.setText(translate("AccountDialog", "Fiscal year ends (MM-DD)"))
        self.freeze_caption.setText(translate("AccountDialog", "Budget freeze before it (days)"))
        self.currency_caption.setText(translate("AccountDialog", "Currency of the table"))
        self.rule_caption.setText(translate("AccountDialog", "The chosen meeting is held"))
        for row in range(self.meetings.rowCount()):
            item = self.meetings.item(row, 2)
            if item is not None:
                item.setText(in_words(item.data(RULE) or ""))

    # --- rows in -----------------------------------------------------------------------------
    def _fill(self, profile: AccountProfile, new: bool) -> None:
        self.closures.setRowCount(0)
        for closure in profile.closures:
            self._closure_row(closure)
        self.fy_end.setText(_day_text(profile.fiscal_year_end, ClosureRepeat.YEARLY) if profile.fiscal_year_end else "")
        self.freeze.setValue(profile.budget_freeze_days)
        self.meetings.setRowCount(0)
        for meeting in profile.meetings:
            self._meeting_row(meeting)
        self.meetings.setCurrentCell(0 if profile.meetings else -1, 0)
        self._show_rule(self.meetings.currentRow())
        self.authority_currency.setText(profile.authority_currency or self.currency)
        self._currency_default = "" if profile.authority_currency else self.currency  # shown, not chosen
        self.bands.setRowCount(0)
        for band in sorted_bands(profile.authority):
            self.bands.add_row("" if band.up_to is None else f"{band.up_to:,}", band.level)
        if new:
            self.message.setText(
                translate(
                    "AccountDialog", "No calendar was kept for this account: the preset for {country} is filled in."
                ).format(country=self.country)
            )

    def _closure_row(self, closure: Closure) -> None:
        repeat = _combo(tuple(ClosureRepeat), closure.repeat)
        row = self.closures.add_row(
            closure.name,
            repeat,
            _day_text(closure.start, closure.repeat),
            _day_text(closure.end, closure.repeat),
            _spin(closure.extend_days, 14),
        )
        repeat.setProperty("previous", closure.repeat.value)
        repeat.currentIndexChanged.connect(lambda _i, box=repeat: self._repeat_changed(box))
        del row

    def _repeat_changed(self, box: ChoiceBox) -> None:
        """A closure that now repeats differently keeps its days, written the new way (12-29 as a
        yearly day, 2026-12-29 once): the dates in the row are not left unreadable."""
        row = next((r for r in range(self.closures.rowCount()) if self.closures.cellWidget(r, 1) is box), -1)
        if row < 0:
            return
        old = ClosureRepeat(box.property("previous"))
        new = box.choices[box.currentIndex()]
        box.setProperty("previous", new.value)
        if old is new:
            return
        for column in (2, 3):
            try:
                day = _parse_day(self.closures.text(row, column), old, "")
            except _Problem:
                continue
            if old is ClosureRepeat.YEARLY and new is ClosureRepeat.ONCE:  # the next time it comes
                year = self.today.year if self.today else 2000
                day = day.replace(
                    year=year
                    if (day.month, day.day) >= ((self.today.month, self.today.day) if self.today else (1, 1))
                    else year + 1
                )
            if new in (ClosureRepeat.YEARLY, ClosureRepeat.ONCE):
                self.closures.put(row, column, _day_text(day, new))

    def _meeting_row(self, meeting: GovernanceMeeting, chosen: bool = False) -> None:
        row = self.meetings.add_row(
            meeting.name, _combo(tuple(MeetingKind), meeting.kind), "", _spin(meeting.submission_lead, 60)
        )
        item = QTableWidgetItem(in_words(meeting.rule))
        item.setData(RULE, meeting.rule)
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # chosen in the picker below
        self.meetings.setItem(row, 2, item)
        if chosen:
            self.meetings.setCurrentCell(row, 0)

    def _rule_of(self, row: int) -> str:
        item = self.meetings.item(row, 2)
        return str(item.data(RULE) or "").strip() if item is not None else ""

    def _show_rule(self, row: int) -> None:
        """The picker shows the chosen meeting's cadence (and is off without one)."""
        item = self.meetings.item(row, 2) if row >= 0 else None
        self.rule_picker.set_rule(str(item.data(RULE) or "") if item is not None else "")
        self.rule_picker.setEnabled(item is not None)

    def _rule_chosen(self, rule: str) -> None:
        item = self.meetings.item(self.meetings.currentRow(), 2) if self.meetings.currentRow() >= 0 else None
        if item is not None:
            item.setData(RULE, rule)
            item.setText(in_words(rule))

    def _use_preset(self) -> None:
        defaults = preset(self.country, self.account)
        self.closures.setRowCount(0)
        for closure in defaults.closures:
            self._closure_row(closure)
        if defaults.fiscal_year_end:
            self.fy_end.setText(_day_text(defaults.fiscal_year_end, ClosureRepeat.YEARLY))

    # --- rows out ------------------------------------------------------------------------------
    def _read(self) -> AccountProfile:
        closures = []
        for row in range(self.closures.rowCount()):
            repeat = self.closures.choice(row, 1)
            where = translate("AccountDialog", "Closure {n}").format(n=row + 1)
            start = _parse_day(self.closures.text(row, 2), repeat, where)
            end = _parse_day(self.closures.text(row, 3), repeat, where)
            closures.append(
                Closure(self.closures.text(row, 0).strip(), repeat, start, end, self.closures.number(row, 4))
            )
        fy = self.fy_end.text().strip()
        meetings = []
        for row in range(self.meetings.rowCount()):
            meetings.append(
                GovernanceMeeting(
                    self.meetings.text(row, 0).strip(),
                    self.meetings.choice(row, 1),
                    self._rule_of(row),
                    self.meetings.number(row, 3),
                )
            )
        bands = []
        for row in range(self.bands.rowCount()):
            limit = self.bands.text(row, 0).strip().replace(",", "").replace(" ", "")
            try:
                up_to = Decimal(limit) if limit else None
            except InvalidOperation:
                raise _Problem(
                    translate("AccountDialog", "Band {n}: “{text}” is not an amount").format(
                        n=row + 1, text=self.bands.text(row, 0)
                    )
                ) from None
            bands.append(AuthorityBand(up_to, self.bands.text(row, 1).strip()))
        return AccountProfile(
            account=self.account,
            closures=closures,
            fiscal_year_end=_parse_day(fy, ClosureRepeat.YEARLY, self.fy_caption.text()) if fy else None,
            budget_freeze_days=self.freeze.value(),
            meetings=meetings,
            authority_currency=self._chosen_currency(bands),
            authority=bands,
        )

    def _chosen_currency(self, bands: list) -> str:
        """The table's currency as typed; the deal's currency shown for an account without one is
        kept only once the table has bands (a typed other code is kept, so nothing typed is lost)."""
        code = self.authority_currency.text().strip().upper()
        if not bands and code == self._currency_default:
            return ""
        if not bands and not is_currency(code):
            raise _Problem(
                translate(
                    "AccountDialog", "“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD)."
                ).format(code=code)
            )
        return code

    def accept(self) -> None:
        try:
            profile = self._read()
        except _Problem as exc:
            self.message.setText(str(exc))
            return
        errors = validate_profile(profile)
        if errors:
            self.message.setText("; ".join(str(e) for e in errors))
            return
        self.result_profile = profile
        super().accept()
