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

from closeplan.domain import edits as E
from closeplan.domain.currency import format_plain, is_currency
from closeplan.domain.model import LANGUAGES, Bant, BantItem, Deal, Stage, Tri
from closeplan.domain.operations import same
from closeplan.domain.validation import FieldError, validate_amount
from closeplan.ui.editor.base import (
    CommitTextEdit,
    EditorTab,
    bind,
    choice_box,
    date_edit,
    field_message,
    form_row,
    get_date,
    line_edit,
    relabel,
    select_data,
    set_date,
    show_text,
)
from closeplan.ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, translate
from closeplan.ui.preferences import CURRENCIES
from closeplan.ui.problems import problem_text
from closeplan.ui.values import choice_value, to_domain

BANT_LABELS = {
    "budget": QT_TRANSLATE_NOOP("OverviewTab", "Budget"),
    "authority": QT_TRANSLATE_NOOP("OverviewTab", "Authority"),
    "need": QT_TRANSLATE_NOOP("OverviewTab", "Need"),
    "timeframe": QT_TRANSLATE_NOOP("OverviewTab", "Timeframe"),
}
ELEMENTS = (
    (
        "business_issue",
        QT_TRANSLATE_NOOP("OverviewTab", "Business issue"),
        QT_TRANSLATE_NOOP("OverviewTab", "Change business issue"),
    ),
    ("problem", QT_TRANSLATE_NOOP("OverviewTab", "Problem"), QT_TRANSLATE_NOOP("OverviewTab", "Change problem")),
    ("solution", QT_TRANSLATE_NOOP("OverviewTab", "Solution"), QT_TRANSLATE_NOOP("OverviewTab", "Change solution")),
    ("benefit", QT_TRANSLATE_NOOP("OverviewTab", "Benefit"), QT_TRANSLATE_NOOP("OverviewTab", "Change benefit")),
)


def _t(text: str) -> str:
    return translate("OverviewTab", text)


def parse_amount(text: str) -> Decimal:
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "").replace("_", "")
    return Decimal(cleaned)


class OverviewTab(EditorTab):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.name = line_edit("dealName", lambda t: self._set(translate("OverviewTab", "Rename deal"), name=t))
        self.account = line_edit("account", lambda t: self._set(translate("OverviewTab", "Change account"), account=t))
        self.vendor = line_edit(
            "vendorCompany", lambda t: self._set(translate("OverviewTab", "Change our company"), vendor_company=t)
        )
        self.amount = line_edit("amount", self._amount_edited)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        currency_text = self.currency.lineEdit()
        assert currency_text is not None  # (an editable combo box has one)
        currency_text.editingFinished.connect(self._currency_edited)
        self.currency.activated.connect(lambda _i: self._currency_edited())
        self.amount_message = field_message()
        self.stage = choice_box("stage", list(Stage))
        self.stage.currentIndexChanged.connect(
            lambda _i: self._set(translate("OverviewTab", "Change stage"), stage=choice_value(self.stage))
        )
        self.target_close = date_edit("targetClose")
        self.target_close.editingFinished.connect(self._close_edited)
        self.project_start = date_edit(
            "projectStart", optional=True, start=lambda: self.deal.target_close if self.deal else self.today
        )
        self.project_start.editingFinished.connect(
            lambda: self._set(
                translate("OverviewTab", "Change project start"), project_start=get_date(self.project_start)
            )
        )
        self.owner = line_edit("owner", lambda t: self._set(translate("OverviewTab", "Change owner"), owner=t.strip()))
        self.country = line_edit("country", self._country_edited)
        self.country.setMaxLength(2)
        self.language = QComboBox()
        self.language.setObjectName("customerLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.currentIndexChanged.connect(
            lambda _i: self._set(
                translate("OverviewTab", "Change customer language"), customer_language=self.language.currentData()
            )
        )
        self.agreed = QCheckBox()
        self.agreed.setObjectName("planAgreed")
        self.agreed_on = date_edit("planAgreedOn")
        self.agreed.toggled.connect(self._agreed_edited)
        self.agreed_on.editingFinished.connect(self._agreed_edited)
        self.field_message = field_message()
        for widget, address in (
            (self.name, "deal.name"),
            (self.account, "deal.account"),
            (self.vendor, "deal.vendor_company"),
            (self.amount, "deal.amount"),
            (self.currency, "deal.currency"),
            (self.stage, "deal.stage"),
            (self.target_close, "deal.target_close"),
            (self.project_start, "deal.project_start"),
            (self.owner, "deal.owner"),
            (self.country, "deal.country"),
            (self.language, "deal.customer_language"),
            (self.agreed, "deal.plan_agreed_on"),
            (self.agreed_on, "deal.plan_agreed_on"),
        ):
            bind(widget, address)

        form = QFormLayout()
        self.captions = {
            "name": form_row(form, self.name),
            "account": form_row(form, self.account),
            "vendor": form_row(form, self.vendor),
        }
        money = QHBoxLayout()
        money.addWidget(self.amount, 3)
        money.addWidget(self.currency, 1)
        self.captions["amount"] = form_row(form, money)
        self.captions["amount"].setBuddy(self.amount)
        form.addRow("", self.amount_message)
        for key, widget in (
            ("stage", self.stage),
            ("target_close", self.target_close),
            ("project_start", self.project_start),
            ("owner", self.owner),
            ("country", self.country),
            ("language", self.language),
        ):
            self.captions[key] = form_row(form, widget)
        agreed = QHBoxLayout()
        agreed.addWidget(self.agreed)
        agreed.addWidget(self.agreed_on)
        agreed.addStretch(1)
        form.addRow("", agreed)
        form.addRow("", self.field_message)
        self.deal_box = QGroupBox()
        self.deal_box.setLayout(form)

        self.elements: dict[str, CommitTextEdit] = {}
        self.elements_box = QGroupBox()
        elements = QFormLayout(self.elements_box)
        for key, _title, undo in ELEMENTS:
            edit = CommitTextEdit()
            edit.setObjectName(key)
            bind(edit, f"deal.{key}")
            edit.setFixedHeight(54)
            edit.committed.connect(lambda text, k=key, u=undo: self._set(_t(u), **{k: text}))
            self.elements[key] = edit
            self.captions[key] = form_row(elements, edit)

        self.bant_box = QGroupBox("BANT")
        bant = QGridLayout(self.bant_box)
        self.bant_boxes: dict[str, QComboBox] = {}
        self.bant_notes: dict[str, QLineEdit] = {}
        for row, item in enumerate(Bant.FIELDS):
            self.captions[item] = QLabel()
            bant.addWidget(self.captions[item], row, 0)
            box = choice_box(f"bant_{item}", list(Tri))
            box.currentIndexChanged.connect(lambda _i, k=item, b=box: self._bant(k, confirmed=choice_value(b)))

            def note_edited(text: str, k: str = item) -> None:
                self._bant(k, note=text)

            note = line_edit(f"bant_{item}_note", note_edited)
            self.bant_boxes[item], self.bant_notes[item] = box, note
            bind(box, f"bant.{item}.confirmed")
            bind(note, f"bant.{item}.note")
            bant.addWidget(box, row, 1)
            bant.addWidget(note, row, 2)
        bant.setColumnStretch(2, 1)

        self.notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes = CommitTextEdit()
        self.notes.setObjectName("internalNotes")
        bind(self.notes, "deal.internal_notes")
        self.notes.setFixedHeight(70)
        self.notes.committed.connect(
            lambda text: self._set(translate("OverviewTab", "Change internal notes"), internal_notes=text)
        )
        notes_layout.addWidget(self.notes)

        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(self.deal_box, 0, 0, 2, 1)
        grid.addWidget(self.elements_box, 0, 1)
        grid.addWidget(self.bant_box, 1, 1)
        grid.addWidget(self.notes_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, text in (
            ("name", translate("OverviewTab", "Deal")),
            ("account", translate("OverviewTab", "Customer (account)")),
            ("vendor", translate("OverviewTab", "Our company")),
            ("amount", translate("OverviewTab", "Amount")),
            ("stage", translate("OverviewTab", "Stage")),
            ("target_close", translate("OverviewTab", "Target close")),
            ("project_start", translate("OverviewTab", "Project start")),
            ("owner", translate("OverviewTab", "Owner (AE)")),
            ("country", translate("OverviewTab", "Country (business days)")),
            ("language", translate("OverviewTab", "Customer language")),
        ):
            self.captions[key].setText(text)
        for key, title, _undo in ELEMENTS:
            self.captions[key].setText(_t(title))
        for item in Bant.FIELDS:
            self.captions[item].setText(_t(BANT_LABELS[item]))
        self.agreed.setText(translate("OverviewTab", "Plan agreed with the customer on"))
        self.deal_box.setTitle(translate("OverviewTab", "Deal"))
        self.elements_box.setTitle(translate("OverviewTab", "Business issue, problem, solution, benefit"))
        self.notes_box.setTitle(translate("OverviewTab", "Internal notes (never in customer documents)"))
        self.amount.setPlaceholderText(translate("OverviewTab", "e.g. 48000000"))
        self.country.setPlaceholderText(translate("OverviewTab", "e.g. JP"))
        relabel(self.stage, *self.bant_boxes.values())
        super().retranslate_ui()

    def load(self) -> None:
        deal = self.deal
        if deal is None:
            return
        for edit, value in (
            (self.name, deal.name),
            (self.account, deal.account),
            (self.vendor, deal.vendor_company),
            (self.amount, format_plain(deal.amount)),
            (self.owner, deal.owner),
            (self.country, deal.country),
        ):
            show_text(edit, value)
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
        for key, element in self.elements.items():
            element.set_saved_text(getattr(deal, key))
        for item in Bant.FIELDS:
            select_data(self.bant_boxes[item], getattr(deal.bant, item).confirmed)
            note = getattr(deal.bant, item).note
            show_text(self.bant_notes[item], note)
        self.notes.set_saved_text(deal.internal_notes)
        self.amount_message.setText("")

    # edits ----------------------------------------------------------------------
    def _set(self, label_text: str, **values) -> None:
        if self._loading or self.deal is None:
            return
        values = {k: to_domain(Deal, k, v) for k, v in values.items()}
        if all(same(getattr(self.deal, k), v) for k, v in values.items()):
            return
        self.apply(label_text, E.set_deal(self.controller.now(), **values))

    def _bant(self, item: str, confirmed: Tri | None = None, note: str | None = None) -> None:
        if self._loading or self.deal is None:
            return
        current = getattr(self.deal.bant, item)
        confirmed = None if confirmed is None else to_domain(BantItem, "confirmed", confirmed)
        if (confirmed is None or confirmed == current.confirmed) and (note is None or note == current.note):
            return
        self.apply(
            translate("OverviewTab", "Change BANT: {item}").format(item=_t(BANT_LABELS[item])),
            E.set_bant(item, confirmed, note),
        )

    def _amount_edited(self, text: str) -> None:
        if self._loading or self.deal is None:
            return
        try:
            amount = parse_amount(text)
        except InvalidOperation:
            self.amount_message.setText(
                translate("OverviewTab", "“{text}” is not an amount: use digits, e.g. 48000000 or 86000.00.").format(
                    text=text
                )
            )
            return
        problem = validate_amount(amount, self.deal.currency)
        if problem:
            words = problem_text(FieldError.of("amount", problem))  # in the UI language
            self.amount_message.setText(translate("OverviewTab", "Amount: {problem}.").format(problem=words))
            return
        self.amount_message.setText("")
        if amount != self.deal.amount or format_plain(amount) != format_plain(self.deal.amount):
            self._set(translate("OverviewTab", "Change amount"), amount=amount)

    def _currency_edited(self) -> None:
        if self._loading or self.deal is None:
            return
        code = self.currency.currentText().strip().upper()
        if not is_currency(code):
            self.amount_message.setText(
                translate("OverviewTab", "“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).").format(
                    code=code
                )
            )
            return
        self.amount_message.setText("")
        self._set(translate("OverviewTab", "Change currency"), currency=code)

    def _country_edited(self, text: str) -> None:
        code = text.strip().upper()
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            self.field_message.setText(
                translate("OverviewTab", "Country: use a two-letter code such as JP, KR, SE or US.")
            )
            return
        self.field_message.setText("")
        self._set(translate("OverviewTab", "Change country"), country=code)

    def _close_edited(self) -> None:
        value = get_date(self.target_close)
        if value is not None:
            self._set(translate("OverviewTab", "Change target close"), target_close=value)

    def _agreed_edited(self, *_args) -> None:
        self.agreed_on.setEnabled(self.agreed.isChecked())
        value = get_date(self.agreed_on) if self.agreed.isChecked() else None
        self._set(translate("OverviewTab", "Change plan agreement"), plan_agreed_on=value)
