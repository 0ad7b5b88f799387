"""A dialog to start a deal. Bad input is reported at the field; nothing is saved
until every field is valid."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from closeplan.domain.currency import is_currency
from closeplan.domain.model import LANGUAGES, Stage
from closeplan.domain.validation import validate_amount
from closeplan.services.deals import NewDeal

_LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ko": "한국어", "sv": "Svenska"}
_CURRENCIES = ("JPY", "KRW", "SEK", "USD", "EUR", "GBP")


class NewDealDialog(QDialog):
    def __init__(self, today: date, owner: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("New deal")
        self.setMinimumWidth(460)
        self.result_deal: NewDeal | None = None

        self.account = QLineEdit()
        self.account.setObjectName("account")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("e.g. 48000000")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(_CURRENCIES)
        self.country = QLineEdit("US")
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(_LANGUAGE_NAMES[code], code)
        self.close_date = QDateEdit()
        self.close_date.setObjectName("targetClose")
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("yyyy-MM-dd")
        default = today + timedelta(days=60)
        self.close_date.setDate(QDate(default.year, default.month, default.day))
        self.owner = QLineEdit(owner)
        self.owner.setObjectName("owner")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Account (customer)", self.account)
        form.addRow("Deal name", self.name)
        form.addRow("Amount", self.amount)
        form.addRow("Currency", self.currency)
        form.addRow("Country (for business days)", self.country)
        form.addRow("Customer language", self.language)
        form.addRow("Target close date", self.close_date)
        form.addRow("Owner (AE)", self.owner)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _problem(self) -> tuple[QLineEdit | QComboBox, str] | None:
        if not self.account.text().strip():
            return self.account, "Enter the customer's account name."
        if not self.name.text().strip():
            return self.name, "Enter a name for the deal."
        currency = self.currency.currentText().strip().upper()
        if not is_currency(currency):
            return self.currency, f"“{currency}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD)."
        text = self.amount.text().strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return self.amount, f"The amount “{self.amount.text()}” is not a number."
        problem = validate_amount(amount, currency)
        if problem:
            return self.amount, f"Amount {problem}."
        country = self.country.text().strip().upper()
        if len(country) != 2 or not country.isalpha() or not country.isascii():
            return self.country, "Use a two-letter country code such as JP, KR, SE or US."
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            widget, message = problem
            self.error.setText(message)
            widget.setFocus()
            return
        q = self.close_date.date()
        self.result_deal = NewDeal(
            name=self.name.text(),
            account=self.account.text(),
            amount=Decimal(self.amount.text().strip().replace(",", "").replace(" ", "").replace("\u00a0", "")),
            currency=self.currency.currentText().strip().upper(),
            target_close=date(q.year(), q.month(), q.day()),
            country=self.country.text().strip().upper(),
            customer_language=self.language.currentData(),
            owner=self.owner.text(),
            stage=Stage.PRE_OPPORTUNITY,
        )
        super().accept()
