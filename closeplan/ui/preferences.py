"""Preferences: the UI language (default: the system's) and the default currency (default:
the locale's). A new language applies at once to every open window."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from closeplan.domain.currency import is_currency
from closeplan.ui import i18n
from closeplan.ui.i18n import LANGUAGE_NAMES, LANGUAGES, Retranslating, translate

CURRENCY_SETTING = "user/currency"  # "" = the locale's currency
CURRENCIES = ("JPY", "KRW", "SEK", "USD", "EUR", "GBP")


VENDOR_LOGO_SETTING = "user/vendor_logo"  # the path of the vendor's logo (PNG or JPEG) for customer PDFs


def vendor_logo() -> bytes | None:
    """The vendor's logo set in the Preferences, for the customer PDF's cover; None when none is
    set or the file cannot be read as a PNG or JPEG image (the PDF then shows the name)."""
    from closeplan.services.exports import NotALogo, read_logo

    path = QSettings().value(VENDOR_LOGO_SETTING, "")
    try:
        return read_logo(path) if isinstance(path, str) and path else None
    except NotALogo:
        return None


def locale_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if is_currency(code) else "USD"


def default_currency() -> str:
    """The currency of an amount given without one: the Preference, else the locale's."""
    value = QSettings().value(CURRENCY_SETTING, "")
    return value if isinstance(value, str) and is_currency(value) else locale_currency()


class PreferencesDialog(Retranslating, QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("", "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.preferred())))
        self.currency = QComboBox()
        self.currency.setObjectName("currencyChoice")
        self.currency.addItem("", "")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        saved = QSettings().value(CURRENCY_SETTING, "")
        self.currency.setCurrentIndex(max(0, self.currency.findData(saved if isinstance(saved, str) else "")))
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        self.currency_caption = QLabel()
        self.currency_caption.setBuddy(self.currency)
        form = QFormLayout()
        form.addRow(self.language_caption, self.language)
        form.addRow(self.currency_caption, self.currency)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.language_caption.setText(translate("PreferencesDialog", "&Language"))
        self.currency_caption.setText(translate("PreferencesDialog", "Default &currency"))
        self.language.setItemText(
            0,
            translate("PreferencesDialog", "System default ({language})").format(
                language=LANGUAGE_NAMES[i18n.system_language()]
            ),
        )
        self.currency.setItemText(
            0, translate("PreferencesDialog", "From the locale ({currency})").format(currency=locale_currency())
        )
        self.currency.setToolTip(translate("PreferencesDialog", "Used for amounts given without a currency."))

    def accept(self) -> None:
        settings = QSettings()
        language = self.language.currentData()
        settings.setValue(i18n.SETTING, language)
        settings.setValue(CURRENCY_SETTING, self.currency.currentData())
        super().accept()
        if (language or i18n.system_language()) != i18n.current():
            i18n.set_language(language)
