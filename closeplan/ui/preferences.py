"""Preferences: the UI language (default: the system's), the default currency (default:
the locale's) and the vendor's logo for the customer PDF's cover. A new language applies at
once to every open window."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.currency import is_currency
from closeplan.ui import i18n
from closeplan.ui.i18n import LANGUAGE_NAMES, LANGUAGES, Retranslating, translate

CURRENCY_SETTING = "user/currency"  # "" = the locale's currency
CURRENCIES = ("JPY", "KRW", "SEK", "USD", "EUR", "GBP")


VENDOR_LOGO_SETTING = "user/vendor_logo"  # the path of the vendor's logo (PNG or JPEG) for customer PDFs
CUSTOMER_LOGO_GROUP = "customer_logos"  # per account (``account_key``): the path of its logo
LOGO_FOLDER = "logos"  # in the app's data folder: the copies of the chosen logos
MAX_LOGO_SIDE = 8000  # pixels: a logo is a small picture, not a poster
THUMBNAIL = QSize(128, 48)
LOGO_FOLDER_SETTING = "user/logo_folder"  # where the last logo was chosen: the file dialog opens there

# Why a copy: the chosen file is copied into the app's data folder and the setting names the
# copy, so moving, renaming or deleting the original later never silently drops the logo from
# the next PDF. The bytes are not kept in the settings themselves: on Windows those are the
# registry and on macOS a plist read at every start, neither of which is meant for images of
# up to several megabytes; the data folder is where the user's other files are kept.


def account_key(account: str) -> str:
    """A stable key for a customer account in the settings: its name with case, width and runs
    of spaces ignored ("ACME  Corp" and "acme corp" are one account), hashed so that a "/" or
    any other character in the name cannot change the settings' structure."""
    name = " ".join(unicodedata.normalize("NFKC", account).casefold().split())
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]


def _read_setting_logo(key: str) -> bytes | None:
    from closeplan.services.exports import NotALogo, read_logo

    path = QSettings().value(key, "")
    try:
        return read_logo(path) if isinstance(path, str) and path else None
    except NotALogo:
        return None


def vendor_logo() -> bytes | None:
    """The vendor's logo set in the Preferences, for the customer PDF's cover; None when none is
    set or the file cannot be read as a PNG or JPEG image (the PDF then shows the name)."""
    return _read_setting_logo(VENDOR_LOGO_SETTING)


def customer_logo(account: str) -> bytes | None:
    """The logo last chosen for ``account`` in the export dialog, or None."""
    return _read_setting_logo(f"{CUSTOMER_LOGO_GROUP}/{account_key(account)}")


def _logo_suffix(data: bytes) -> str:
    return ".png" if data.startswith(b"\x89PNG") else ".jpg"


def _keep_logo(key: str, stem: str, data: bytes | None) -> None:
    """Store ``data`` as the logo of setting ``key`` (a copy named ``stem`` in the data folder),
    or with None forget it (and delete its copy)."""
    from closeplan.services.paths import data_dir

    folder = data_dir() / LOGO_FOLDER
    settings = QSettings()
    for suffix in (".png", ".jpg"):
        old = folder / (stem + suffix)
        if data is None or suffix != _logo_suffix(data):
            old.unlink(missing_ok=True)
    if data is None:
        settings.setValue(key, "")
        return
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (stem + _logo_suffix(data))
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)
    settings.setValue(key, str(target))


def set_vendor_logo(data: bytes | None) -> None:
    _keep_logo(VENDOR_LOGO_SETTING, "vendor", data)


def set_customer_logo(account: str, data: bytes | None) -> None:
    key = account_key(account)
    _keep_logo(f"{CUSTOMER_LOGO_GROUP}/{key}", f"customer-{key}", data)


def logo_problem(path: str) -> tuple[bytes | None, str]:
    """The bytes of the logo file ``path``, or None and why it is not one (in the UI language,
    naming the file)."""
    from closeplan.services.exports import LOGO_LIMIT

    name = Path(path).name or path
    try:
        with open(path, "rb") as file:
            data = file.read(LOGO_LIMIT + 1)
    except OSError as exc:
        return None, translate("LogoChooser", "“{file}” cannot be read: {reason}").format(
            file=name, reason=exc.strerror or str(exc)
        )
    if len(data) > LOGO_LIMIT:
        return None, translate("LogoChooser", "“{file}” is larger than {limit} MB: choose a smaller image.").format(
            file=name, limit=LOGO_LIMIT // (1024 * 1024)
        )
    is_png_or_jpeg = data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")
    if not is_png_or_jpeg:
        return None, translate("LogoChooser", "“{file}” is not a PNG or JPEG image.").format(file=name)
    # the size from the header first: Qt refuses to decode a very large image at all, which
    # would be said as "not a PNG" of a PNG
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()
    width, height = (size.width(), size.height()) if size.isValid() else (0, 0)
    if max(width, height) > MAX_LOGO_SIDE:
        return None, translate(
            "LogoChooser", "“{file}” is {width}×{height} pixels: a logo can be at most {limit} pixels wide or high."
        ).format(file=name, width=width, height=height, limit=MAX_LOGO_SIDE)
    if QImage.fromData(data).isNull():
        return None, translate("LogoChooser", "“{file}” is not a PNG or JPEG image.").format(file=name)
    return data, ""


class LogoChooser(Retranslating, QWidget):
    """A logo: its thumbnail, "Choose…" (a PNG or JPEG file, checked when chosen: a file that
    is not one is refused with a message and changes nothing) and "Remove". ``changed`` is
    emitted when the logo is another one (``data``, None for none)."""

    changed = Signal()

    def __init__(self, data: bytes | None = None, parent: QWidget | None = None, name: str = "logo"):
        super().__init__(parent)
        self.setObjectName(name)
        self.data = data
        folder = QSettings().value(LOGO_FOLDER_SETTING, "")
        self.folder = folder if isinstance(folder, str) and folder and Path(folder).is_dir() else str(Path.home())
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName(name + "Thumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL + QSize(8, 8))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName(name + "Choose")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(name + "Remove")
        self.remove_button.clicked.connect(self.remove)
        self.problem = QLabel()
        self.problem.setObjectName(name + "Problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.file_dialog: QFileDialog | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.retranslate_ui()
        self._show()

    def retranslate_ui(self) -> None:
        self.choose_button.setText(translate("LogoChooser", "Choose…"))
        self.remove_button.setText(translate("LogoChooser", "Remove"))
        self._show()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.data is not None and pixmap.loadFromData(self.data):
            self.thumbnail.setPixmap(
                pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
            self.thumbnail.setToolTip("")
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(translate("LogoChooser", "No logo"))
        self.remove_button.setEnabled(self.data is not None)

    def choose(self) -> QFileDialog:
        """Open the file dialog (Qt's own, not the platform's: the same everywhere, and one that
        tests can drive); the file chosen there is checked by ``use_file``."""
        dialog = QFileDialog(
            self,
            translate("LogoChooser", "Choose a logo"),
            self.folder,
            translate("LogoChooser", "Images (*.png *.jpg *.jpeg)"),
        )
        dialog.setObjectName("logoFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(self.use_file)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def use_file(self, path: str) -> bool:
        """Take the logo in file ``path``; if it is not a usable image, say why and keep the
        logo there was."""
        if not path:
            return False
        data, problem = logo_problem(path)
        if data is None:
            self.say(problem)
            return False
        self.folder = str(Path(path).parent)
        QSettings().setValue(LOGO_FOLDER_SETTING, self.folder)
        self.problem.hide()
        self.problem.clear()
        self.data = data
        self._show()
        self.changed.emit()
        return True

    def say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()

    def remove(self) -> None:
        self.problem.hide()
        if self.data is None:
            return
        self.data = None
        self._show()
        self.changed.emit()


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
        self.vendor_logo = LogoChooser(vendor_logo(), self, name="vendorLogo")
        self.vendor_logo_caption = QLabel()
        self.vendor_logo_caption.setBuddy(self.vendor_logo.choose_button)
        form = QFormLayout()
        form.addRow(self.language_caption, self.language)
        form.addRow(self.currency_caption, self.currency)
        form.addRow(self.vendor_logo_caption, self.vendor_logo)
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
        self.vendor_logo_caption.setText(translate("PreferencesDialog", "&Vendor logo"))
        self.vendor_logo.setToolTip(
            translate("PreferencesDialog", "Your company's logo (PNG or JPEG) on the cover of the customer PDF.")
        )

    def accept(self) -> None:
        try:
            set_vendor_logo(self.vendor_logo.data)  # (a path set before there were copies becomes a copy)
        except OSError as exc:
            self.vendor_logo.say(
                translate("PreferencesDialog", "The logo could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        settings = QSettings()
        language = self.language.currentData()
        settings.setValue(i18n.SETTING, language)
        settings.setValue(CURRENCY_SETTING, self.currency.currentData())
        super().accept()
        if (language or i18n.system_language()) != i18n.current():
            i18n.set_language(language)
