"""The Overview tab: the deal's fields, the four elements and BANT."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.currency import format_plain, is_currency
from closeplan.domain.model import LANGUAGES, Bant, Stage, Tri
from closeplan.domain.validation import validate_amount
from closeplan.services import editing as E
from closeplan.ui.editor.base import (
    CommitTextEdit, EditorTab, choice_box, date_edit, field_message, get_date, line_edit, select_data, set_date,
)

LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ko": "한국어", "sv": "Svenska"}
BANT_LABELS = {"budget": "Budget", "authority": "Authority", "need": "Need", "timeframe": "Timeframe"}


def parse_amount(text: str) -> Decimal:
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "").replace("_", "")
    return Decimal(cleaned)


class OverviewTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.name = line_edit("dealName", lambda t: self._set("Rename deal", name=t))
        self.account = line_edit("account", lambda t: self._set("Change account", account=t))
        self.vendor = line_edit("vendorCompany", lambda t: self._set("Change our company", vendor_company=t))
        self.amount = line_edit("amount", self._amount_edited)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(["JPY", "KRW", "SEK", "USD", "EUR", "GBP"])
        self.currency.lineEdit().editingFinished.connect(self._currency_edited)
        self.currency.activated.connect(lambda _i: self._currency_edited())
        self.amount_message = field_message()
        self.stage = choice_box("stage", list(Stage))
        self.stage.currentIndexChanged.connect(lambda _i: self._set("Change stage", stage=self.stage.currentData()))
        self.target_close = date_edit("targetClose")
        self.target_close.editingFinished.connect(self._close_edited)
        self.project_start = date_edit("projectStart", optional=True)
        self.project_start.editingFinished.connect(
            lambda: self._set("Change project start", project_start=get_date(self.project_start)))
        self.owner = line_edit("owner", lambda t: self._set("Change owner", owner=t.strip()))
        self.country = line_edit("country", self._country_edited)
        self.country.setMaxLength(2)
        self.language = QComboBox()
        self.language.setObjectName("customerLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.currentIndexChanged.connect(
            lambda _i: self._set("Change customer language", customer_language=self.language.currentData()))
        self.agreed = QCheckBox("Plan agreed with the customer on")
        self.agreed.setObjectName("planAgreed")
        self.agreed_on = date_edit("planAgreedOn")
        self.agreed.toggled.connect(self._agreed_edited)
        self.agreed_on.editingFinished.connect(self._agreed_edited)
        self.field_message = field_message()

        form = QFormLayout()
        form.addRow("Deal", self.name)
        form.addRow("Customer (account)", self.account)
        form.addRow("Our company", self.vendor)
        money = QHBoxLayout()
        money.addWidget(self.amount, 3)
        money.addWidget(self.currency, 1)
        form.addRow("Amount", money)
        form.addRow("", self.amount_message)
        form.addRow("Stage", self.stage)
        form.addRow("Target close", self.target_close)
        form.addRow("Project start", self.project_start)
        form.addRow("Owner (AE)", self.owner)
        form.addRow("Country (business days)", self.country)
        form.addRow("Customer language", self.language)
        agreed = QHBoxLayout()
        agreed.addWidget(self.agreed)
        agreed.addWidget(self.agreed_on)
        agreed.addStretch(1)
        form.addRow("", agreed)
        form.addRow("", self.field_message)
        deal_box = QGroupBox("Deal")
        deal_box.setLayout(form)

        self.elements: dict[str, CommitTextEdit] = {}
        elements_box = QGroupBox("Business issue, problem, solution, benefit")
        elements = QFormLayout(elements_box)
        for key, title in (("business_issue", "Business issue"), ("problem", "Problem"), ("solution", "Solution"),
                           ("benefit", "Benefit")):
            edit = CommitTextEdit()
            edit.setObjectName(key)
            edit.setFixedHeight(54)
            edit.committed.connect(lambda text, k=key, t=title: self._set(f"Change {t.lower()}", **{k: text}))
            self.elements[key] = edit
            elements.addRow(title, edit)

        bant_box = QGroupBox("BANT")
        bant = QGridLayout(bant_box)
        self.bant_boxes: dict[str, QComboBox] = {}
        self.bant_notes: dict[str, QLineEdit] = {}
        for row, item in enumerate(Bant.FIELDS):
            bant.addWidget(QLabel(BANT_LABELS[item]), row, 0)
            box = choice_box(f"bant_{item}", list(Tri))
            box.currentIndexChanged.connect(lambda _i, k=item, b=box: self._bant(k, confirmed=b.currentData()))
            note = line_edit(f"bant_{item}_note", lambda text, k=item: self._bant(k, note=text))
            self.bant_boxes[item], self.bant_notes[item] = box, note
            bant.addWidget(box, row, 1)
            bant.addWidget(note, row, 2)
        bant.setColumnStretch(2, 1)

        notes_box = QGroupBox("Internal notes (never in customer documents)")
        notes_layout = QVBoxLayout(notes_box)
        self.notes = CommitTextEdit()
        self.notes.setObjectName("internalNotes")
        self.notes.setFixedHeight(70)
        self.notes.committed.connect(lambda text: self._set("Change internal notes", internal_notes=text))
        notes_layout.addWidget(self.notes)

        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(deal_box, 0, 0, 2, 1)
        grid.addWidget(elements_box, 0, 1)
        grid.addWidget(bant_box, 1, 1)
        grid.addWidget(notes_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self) -> None:
        deal = self.deal
        if deal is None:
            return
        for edit, value in ((self.name, deal.name), (self.account, deal.account), (self.vendor, deal.vendor_company),
                            (self.amount, format_plain(deal.amount)), (self.owner, deal.owner),
                            (self.country, deal.country)):
            if not edit.hasFocus() or edit.text() == value:
                edit.setText(value)
        self.currency.blockSignals(True)
        self.currency.setCurrentText(deal.currency)
        self.currency.blockSignals(False)
        select_data(self.stage, deal.stage)
        self.stage.setStyleSheet("")
        set_date(self.target_close, deal.target_close)
        set_date(self.project_start, deal.project_start)
        select_data(self.language, deal.customer_language)
        self.agreed.blockSignals(True)
        self.agreed.setChecked(deal.plan_agreed_on is not None)
        self.agreed.blockSignals(False)
        set_date(self.agreed_on, deal.plan_agreed_on or self.today)
        self.agreed_on.setEnabled(deal.plan_agreed_on is not None)
        for key, edit in self.elements.items():
            edit.set_saved_text(getattr(deal, key))
        for item in Bant.FIELDS:
            select_data(self.bant_boxes[item], getattr(deal.bant, item).confirmed)
            note = getattr(deal.bant, item).note
            if not self.bant_notes[item].hasFocus():
                self.bant_notes[item].setText(note)
        self.notes.set_saved_text(deal.internal_notes)
        self.amount_message.setText("")

    # edits ----------------------------------------------------------------------
    def _set(self, label_text: str, **values) -> None:
        if self._loading or self.deal is None:
            return
        if all(getattr(self.deal, k) == v for k, v in values.items()):
            return
        self.apply(label_text, E.set_deal(self.controller.service.clock(), **values))

    def _bant(self, item: str, confirmed: Tri | None = None, note: str | None = None) -> None:
        if self._loading or self.deal is None:
            return
        current = getattr(self.deal.bant, item)
        if (confirmed is None or confirmed == current.confirmed) and (note is None or note == current.note):
            return
        self.apply(f"Change BANT {item}", E.set_bant(item, confirmed, note))

    def _amount_edited(self, text: str) -> None:
        if self._loading or self.deal is None:
            return
        try:
            amount = parse_amount(text)
        except InvalidOperation:
            self.amount_message.setText(f"“{text}” is not an amount: use digits, e.g. 48000000 or 86000.00.")
            return
        problem = validate_amount(amount, self.deal.currency)
        if problem:
            self.amount_message.setText(f"Amount {problem}.")
            return
        self.amount_message.setText("")
        if amount != self.deal.amount or format_plain(amount) != format_plain(self.deal.amount):
            self._set("Change amount", amount=amount)

    def _currency_edited(self) -> None:
        if self._loading or self.deal is None:
            return
        code = self.currency.currentText().strip().upper()
        if not is_currency(code):
            self.amount_message.setText(f"“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).")
            return
        self.amount_message.setText("")
        self._set("Change currency", currency=code)

    def _country_edited(self, text: str) -> None:
        code = text.strip().upper()
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            self.field_message.setText("Country: use a two-letter code such as JP, KR, SE or US.")
            return
        self.field_message.setText("")
        self._set("Change country", country=code)

    def _close_edited(self) -> None:
        value = get_date(self.target_close)
        if value is not None:
            self._set("Change target close", target_close=value)

    def _agreed_edited(self, *_args) -> None:
        self.agreed_on.setEnabled(self.agreed.isChecked())
        value = get_date(self.agreed_on) if self.agreed.isChecked() else None
        self._set("Change plan agreement", plan_agreed_on=value)
