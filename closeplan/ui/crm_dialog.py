"""Import from a CRM export: choose the file, check the column mapping (and map unknown
headers by hand), look at what each row will do, then import — all rows or, on purpose, only
the good ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeplan.imports.crm import FIELDS, CrmFileError, CrmTable, map_headers
from closeplan.services.crm import CrmImportService, CrmPlan
from closeplan.ui.formatting import OVERDUE, fmt_date, fmt_money, label
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from closeplan.ui.models import Column, RowTableModel
from closeplan.ui.preferences import CURRENCIES, default_currency
from closeplan.ui.views import list_table
from closeplan.ui.writes import direct

FIELD_LABELS = {
    "": QT_TRANSLATE_NOOP("CrmImportDialog", "(ignore this column)"),
    "crm_id": QT_TRANSLATE_NOOP("CrmImportDialog", "CRM id"),
    "name": QT_TRANSLATE_NOOP("CrmImportDialog", "Deal name"),
    "account": QT_TRANSLATE_NOOP("CrmImportDialog", "Account"),
    "amount": QT_TRANSLATE_NOOP("CrmImportDialog", "Amount"),
    "currency": QT_TRANSLATE_NOOP("CrmImportDialog", "Currency"),
    "close_date": QT_TRANSLATE_NOOP("CrmImportDialog", "Close date"),
    "stage": QT_TRANSLATE_NOOP("CrmImportDialog", "Stage"),
    "owner": QT_TRANSLATE_NOOP("CrmImportDialog", "Owner"),
}
# What is wrong with a row (or noted of it), by the reader's code (closeplan.imports.crm.RowError)
PROBLEMS = {
    "no_account_column": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "the file has no account column: the account is left to fill in"
    ),
    "name_empty": QT_TRANSLATE_NOOP("CrmPreviewModel", "the deal name is empty"),
    "account_empty": QT_TRANSLATE_NOOP("CrmPreviewModel", "the account is empty"),
    "amount_empty": QT_TRANSLATE_NOOP("CrmPreviewModel", "the amount is empty"),
    "amount_invalid": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "amount: “{value}” is not an amount (use digits, e.g. 48,000,000 or ¥48,000,000)"
    ),
    "currency_unknown": QT_TRANSLATE_NOOP("CrmPreviewModel", "currency: “{currency}” is not an ISO 4217 code"),
    "currency_mismatch": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "the amount is in {amount} but the currency column says {currency}"
    ),
    "currency_of_file": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "no currency given: {currency}, as every other amount in the file"
    ),
    "currency_default": QT_TRANSLATE_NOOP("CrmPreviewModel", "no currency given: {currency} assumed"),
    "currency_missing": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "the amount has no currency: choose a default currency above"
    ),
    "close_empty": QT_TRANSLATE_NOOP("CrmPreviewModel", "the close date is empty"),
    "close_invalid": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "close date: “{value}” is not a date (use e.g. 2026-12-18, 2026/12/18 or 18.12.2026)"
    ),
    "close_out_of_range": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "close date: “{value}” is outside the years closeplan plans in"
    ),
    "text_unfit": QT_TRANSLATE_NOOP("CrmPreviewModel", "{field}: too long, or with a character a deal cannot hold"),
    "duplicate": QT_TRANSLATE_NOOP("CrmPreviewModel", "the same opportunity as line {line}"),
    "stage_unknown": QT_TRANSLATE_NOOP(
        "CrmPreviewModel", "stage “{stage}” not recognised: kept as it is, or Evaluation"
    ),
}


def row_reason(error) -> str:
    """A rejected row's (or a note's) reason in the UI language: each of its problems worded by
    its code; the reader's English where a problem has no code here."""
    if not error.problems or any(code not in PROBLEMS for code, _values in error.problems):
        return error.reason
    parts = []
    for code, values in error.problems:
        shown = dict(values)
        if "field" in shown:
            known = FIELD_LABELS.get(shown["field"])
            shown["field"] = translate("CrmImportDialog", known) if known else shown["field"]
        parts.append(translate("CrmPreviewModel", PROBLEMS[code]).format(**shown))
    return "; ".join(parts)


ACTIONS = {
    "add": QT_TRANSLATE_NOOP("CrmPreviewModel", "new"),
    "update": QT_TRANSLATE_NOOP("CrmPreviewModel", "update"),
    "unchanged": QT_TRANSLATE_NOOP("CrmPreviewModel", "unchanged"),
    "rejected": QT_TRANSLATE_NOOP("CrmPreviewModel", "rejected"),
}


class PreviewRow:
    """A line of the preview: what it will do; a rejected one names its account and deal as the
    file gives them, and the whole reason."""

    def __init__(self, line, action, record=None, reason="", account="", deal=""):
        self.id, self.line, self.action, self.record, self.reason = line, line, action, record, reason
        self.account = record.account if record is not None else account
        self.deal = record.name if record is not None else deal


def _record(attr):
    return lambda r: attr(r.record) if r.record is not None else ""


class CrmPreviewModel(RowTableModel):
    context = "CrmPreviewModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Line"), lambda r: str(r.line), lambda r: r.line),
        Column(
            QT_TRANSLATE_NOOP("CrmPreviewModel", "What happens"),
            lambda r: translate("CrmPreviewModel", ACTIONS[r.action]),
        ),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Account"), lambda r: r.account),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Deal"), lambda r: r.deal),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Amount"), _record(lambda c: fmt_money(c.amount, c.currency))),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Close date"), _record(lambda c: fmt_date(c.close_date))),
        Column(
            QT_TRANSLATE_NOOP("CrmPreviewModel", "Stage"), _record(lambda c: label(c.stage) if c.stage else c.raw_stage)
        ),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Owner"), _record(lambda c: c.owner)),
        Column(QT_TRANSLATE_NOOP("CrmPreviewModel", "Why"), lambda r: r.reason),
    )

    WHY = 8

    def extra_data(self, obj: PreviewRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and obj.action == "rejected":
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY and obj.reason:
            return obj.reason  # the whole reason, however long
        return None


class CrmImportDialog(Retranslating, QDialog):
    imported = Signal(object)  # Changes

    def __init__(self, crm: CrmImportService, path: Path | None = None, parent=None, run: Callable = direct):
        super().__init__(parent)
        self.run = run  # the window's write runner (EditController.run)
        self.setObjectName("crmImportDialog")
        self.resize(1100, 640)
        self.crm = crm
        self.path: Path | None = None
        self.rows: CrmTable | None = None  # the file, read once; re-planned on every mapping change
        self.plan: CrmPlan | None = None
        self.file_label = QLabel()
        self.file_label.setObjectName("crmFile")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.currency = QComboBox()
        self.currency.setObjectName("crmCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(default_currency())
        self.currency.currentTextChanged.connect(lambda _t: self.refresh())
        self.currency_caption = QLabel()
        # a file without an account column (a HubSpot deal export without "Associated Company"):
        # the account of every deal, or left to fill in
        self.account = QLineEdit()
        self.account.setObjectName("crmAccount")
        self.account.textChanged.connect(lambda _t: self.refresh())
        self.account_caption = QLabel()
        self.account_caption.setBuddy(self.account)
        self.account_caption.setWordWrap(True)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_caption, 1)
        account_row.addWidget(self.account, 1)
        self.account_panel = QWidget()
        self.account_panel.setLayout(account_row)
        account_row.setContentsMargins(0, 0, 0, 0)
        self.account_panel.hide()
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        top.addWidget(self.currency_caption)
        top.addWidget(self.currency)
        self.mapping_box = QGroupBox()
        self.mapping_form = QFormLayout(self.mapping_box)
        self.columns: dict[str, QComboBox] = {}
        self.message = QLabel()
        self.message.setObjectName("crmMessage")
        self.message.setWordWrap(True)
        self.model = CrmPreviewModel(self)
        self.table = list_table("crmPreview", self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # file order: by line
        self.table.verticalHeader().setMinimumSectionSize(self.table.verticalHeader().defaultSectionSize())
        self.table.horizontalHeader().sectionResized.connect(self._reason_resized)
        self.summary = QLabel()
        self.summary.setObjectName("crmSummary")
        self.accept_rejected = QCheckBox()
        self.accept_rejected.setObjectName("crmAcceptRejected")
        self.accept_rejected.toggled.connect(lambda _c: self._update_buttons())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.account_panel)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.accept_rejected)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        if path is not None:
            self.load(Path(path))
        else:
            self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CrmImportDialog", "Import from a CRM export"))
        self.choose.setText(translate("CrmImportDialog", "Choose file…"))
        self.currency_caption.setText(translate("CrmImportDialog", "Currency when none is given"))
        self.mapping_box.setTitle(translate("CrmImportDialog", "Columns"))
        self.account_caption.setText(
            translate(
                "CrmImportDialog",
                "The file has no account column. &Account of every deal (or leave it empty: each deal's "
                "account is left to fill in):",
            )
        )
        self.accept_rejected.setText(
            translate("CrmImportDialog", "Import the good rows and leave out the rejected ones")
        )
        self.import_button.setText(translate("CrmImportDialog", "Import"))
        for box in self.columns.values():
            for i, key in enumerate(("", *FIELDS)):
                box.setItemText(i, translate("CrmImportDialog", FIELD_LABELS[key]))
        if self.path is None:
            self.file_label.setText(
                translate("CrmImportDialog", "No file chosen: Salesforce or HubSpot export, .csv or .xlsx")
            )
        self._show_plan()

    # --- file and mapping --------------------------------------------------------------
    def _choose(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self,
            translate("CrmImportDialog", "Import from a CRM export"),
            str(Path.home()),
            translate("CrmImportDialog", "CRM exports (*.csv *.xlsx);;All files (*)"),
        )
        if target:
            self.load(Path(target))

    def load(self, path: Path) -> None:
        """Read the file's headers, set up the column mapping, and preview."""
        self.path = path
        self.file_label.setText(str(path))
        for box in self.columns.values():
            box.deleteLater()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.columns.clear()
        try:
            self.rows = self.crm.read(path)
        except CrmFileError as exc:
            self.rows = self.plan = None
            self.message.setText(str(exc))
            self._show_plan()
            return
        headers = self.rows.headers
        auto = map_headers(headers)
        for index, header in enumerate(headers):
            box = QComboBox()
            box.setObjectName(f"crmColumn{index}")
            for key in ("", *FIELDS):
                box.addItem(translate("CrmImportDialog", FIELD_LABELS[key]), key)
            chosen = next((f for f, i in auto.items() if i == index), "")
            box.setCurrentIndex(box.findData(chosen))
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            self.columns[header] = box
            self.mapping_form.addRow(header or f"#{index + 1}", box)
        self.refresh()

    def mapping(self) -> dict[str, str]:
        return {header: box.currentData() for header, box in self.columns.items()}

    def _fit_columns(self) -> None:
        """Each column as wide as what it shows and the reason in the room left, wrapped: a rejected
        row's whole reason is on screen, not cut off with "…" (for a file of up to 1,000 rows;
        a longer one keeps one line a row, the reason in its tooltip)."""
        if self.model.rowCount() > 1000:
            return
        for column in range(CrmPreviewModel.WHY):
            self.table.resizeColumnToContents(column)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()

    def _reason_resized(self, column: int, _old: int, _new: int) -> None:
        if column == CrmPreviewModel.WHY and self.table.wordWrap():
            self.table.resizeRowsToContents()  # (the reason wraps anew in its new width)

    def refresh(self) -> None:
        if self.rows is None:
            return
        currency = self.currency.currentText().strip().upper()
        mapping = self.mapping()
        no_account_column = "account" not in mapping.values()
        self.account_panel.setVisible(no_account_column)
        account = self.account.text().strip() if no_account_column else ""
        try:
            self.plan = self.crm.preview(self.rows, mapping, currency, account)
            self.message.setText("")
        except CrmFileError as exc:
            self.plan = None
            self.message.setText(str(exc))
        self._show_plan()

    # --- preview and import -------------------------------------------------------------
    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            self.model.set_rows([])
            self.summary.setText("")
            self._update_buttons()
            return

        def changed(fields: list[str]) -> str:  # the fields an update changes, by their names here
            return ", ".join(
                translate("CrmImportDialog", FIELD_LABELS[{"target_close": "close_date"}.get(f, f)]) for f in fields
            )

        rows = [PreviewRow(r.record.line, r.action, r.record, changed(r.changed)) for r in plan.rows]
        notes = {n.line: row_reason(n) for n in plan.notes}
        for row in rows:
            if row.line in notes:
                row.reason = "; ".join(x for x in (row.reason, notes[row.line]) if x)
        rows += [PreviewRow(e.line, "rejected", None, row_reason(e), e.account, e.deal) for e in plan.errors]
        rows.sort(key=lambda r: r.line)
        self.model.set_rows(rows)
        self._fit_columns()
        self.summary.setText(
            translate(
                "CrmImportDialog", "New: {added} · updated: {updated} · unchanged: {unchanged} · rejected: {rejected}"
            ).format(
                added=plan.count("add"),
                updated=plan.count("update"),
                unchanged=plan.count("unchanged"),
                rejected=len(plan.errors),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        has_errors = bool(plan and plan.errors)
        self.accept_rejected.setVisible(has_errors)
        writes = bool(plan and (plan.count("add") or plan.count("update")))
        self.import_button.setEnabled(writes and (not has_errors or self.accept_rejected.isChecked()))

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self, translate("CrmImportDialog", "Import from a CRM"), text)

    def do_import(self) -> None:
        if self.plan is None or not self.import_button.isEnabled():
            return
        accept = self.accept_rejected.isChecked()
        plan = self.plan
        changes = self.run(lambda: self.crm.apply(plan, accept_rejected=accept), on_failure=self._failed)
        if changes is None:
            return  # said why; the dialog stays open with the file and the mapping
        self.imported.emit(changes)
        self.accept()
