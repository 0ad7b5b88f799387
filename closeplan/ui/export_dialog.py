"""Export a deal as PDF: choose the document and its language, look at it, then save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from closeplan.domain.model import LANGUAGES
from closeplan.export.cover import Logos
from closeplan.services.exports import ExportService
from closeplan.ui.fit import fit_size
from closeplan.ui.i18n import LANGUAGE_NAMES, Retranslating, translate
from closeplan.ui.preferences import LogoChooser, customer_logo, set_customer_logo, vendor_logo
from closeplan.ui.writes import direct


class ExportDialog(Retranslating, QDialog):
    def __init__(
        self,
        exports: ExportService,
        deal_id: uuid.UUID,
        today: date,
        audience: str = "customer",
        folder: Path | None = None,
        parent=None,
        run: Callable = direct,
    ):
        super().__init__(parent)
        self.run = run  # the window's write runner (EditController.run)
        self.setObjectName("exportDialog")
        fit_size(self, 900, 1000)
        self.exports, self.deal_id, self.today = exports, deal_id, today
        self.folder = folder or Path.home()
        deal = exports.deals.get_deal(deal_id)
        self.account = deal.account
        self.audience = QComboBox()
        self.audience.setObjectName("exportAudience")
        self.audience.addItem("", "customer")
        self.audience.addItem("", "internal")
        self.audience.setCurrentIndex(self.audience.findData(audience))
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(deal.customer_language))
        self.info = QLabel()
        self.info.setObjectName("exportInfo")
        # the customer's logo is remembered per account: chosen once per customer
        self.customer_logo = LogoChooser(customer_logo(self.account), self, name="customerLogo")
        self.customer_logo_caption = QLabel()
        self.customer_logo_caption.setBuddy(self.customer_logo.choose_button)
        self.vendor_logo_state = QLabel()
        self.vendor_logo_state.setObjectName("vendorLogoState")
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("exportPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        self.audience_caption = QLabel()
        self.audience_caption.setBuddy(self.audience)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        top.addWidget(self.audience_caption)
        top.addWidget(self.audience, 2)
        top.addWidget(self.language_caption)
        top.addWidget(self.language, 1)
        logos = QHBoxLayout()
        logos.addWidget(self.customer_logo_caption)
        logos.addWidget(self.customer_logo, 1)
        logos.addWidget(self.vendor_logo_state)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(logos)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.saved_to: Path | None = None
        self._buffer: QBuffer | None = None
        self.audience.currentIndexChanged.connect(lambda _i: self.refresh())
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.customer_logo.changed.connect(self._customer_logo_changed)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExportDialog", "Export PDF"))
        self.audience.setItemText(0, translate("ExportDialog", "Close plan for the customer"))
        self.audience.setItemText(1, translate("ExportDialog", "Internal review (never send to the customer)"))
        self.audience_caption.setText(translate("ExportDialog", "&Document"))
        self.language_caption.setText(translate("ExportDialog", "&Language"))
        self.customer_logo_caption.setText(translate("ExportDialog", "C&ustomer logo"))
        self.customer_logo.setToolTip(
            translate("ExportDialog", "The logo of {account} on the cover, remembered for this account.").format(
                account=self.account
            )
        )
        if hasattr(self, "data"):
            self._update_info()

    def _customer_logo_changed(self) -> None:
        try:
            set_customer_logo(self.account, self.customer_logo.data)
        except OSError as exc:
            self.customer_logo.say(
                translate("ExportDialog", "The logo could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
        self.refresh()

    def refresh(self) -> None:
        vendor = vendor_logo()  # the vendor's logo from the Preferences
        self.vendor = vendor
        self.data = self.exports.pdf(
            self.deal_id,
            self.audience.currentData(),
            self.today,
            self.language.currentData(),
            logos=Logos(vendor=vendor, customer=self.customer_logo.data),
        )
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._update_info()

    def _update_info(self) -> None:
        internal = self.audience.currentData() == "internal"
        self.customer_logo.setEnabled(not internal)  # the internal review has no cover
        self.vendor_logo_state.setText(
            translate("ExportDialog", "Vendor logo: set in Preferences")
            if self.vendor is not None
            else translate("ExportDialog", "Vendor logo: none (set it in Preferences)")
        )
        text = translate("ExportDialog", "Pages: {count}").format(count=self.document.pageCount())
        if internal:
            text += " · " + translate("ExportDialog", "INTERNAL: forecast, risks, notes — do not send to the customer")
        self.info.setText(text)
        self.info.setStyleSheet("color: #b3261e; font-weight: 600" if internal else "")

    def suggested_path(self) -> Path:
        return self.folder / self.exports.suggested_name(self.deal_id, self.audience.currentData())

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self, translate("ExportDialog", "Save PDF"), text)

    def save(self, target: str | None = None) -> None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                translate("ExportDialog", "Save PDF"),
                str(self.suggested_path()),
                translate("ExportDialog", "PDF (*.pdf)"),
            )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        audience, language, data = self.audience.currentData(), self.language.currentData(), self.data
        done = self.run(  # exactly the bytes that were previewed; a customer PDF becomes the next revision
            lambda: self.exports.save_document(path, data, self.deal_id, audience, self.today, language),
            self.deal_id,
            on_failure=self._failed,
        )
        if done is None:
            return  # said why; the preview stays open
        self.saved_to = path
        self.accept()
