"""The customer's plan as a table the customer can edit: .xlsx (openpyxl) with real date
cells, or CSV (UTF-8 with BOM, as Excel expects; semicolons for Swedish Excel).

The same allowlist as the customer PDF. Texts that a spreadsheet would run as a formula
(starting with = + - @, a tab or a carriage return) are neutralised: stored as text in .xlsx,
prefixed with an apostrophe in CSV.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

from closeplan.export.doc_text import text
from closeplan.export.pdf import CustomerPlan, owner_company, status_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMATS = {"ja": "yyyy/mm/dd", "ko": "yyyy. m. d.", "sv": "yyyy-mm-dd", "en": "yyyy-mm-dd"}


def neutralise(value: str) -> str:
    """A CSV cell that no spreadsheet will evaluate."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _columns(language: str) -> list[str]:
    return [text(language, k) for k in ("date", "step", "owner", "person", "status", "completed")]


def _rows(plan: CustomerPlan, language: str) -> list[list]:
    return [
        [
            step.due_date,
            step.title,
            owner_company(step.owner_side, plan.vendor_company, plan.account, language),
            step.owner_person,
            status_text(step.status, step.completed_date, language),
            step.completed_date,
        ]
        for step in plan.steps
    ]


def render_csv(plan: CustomerPlan, language: str | None = None) -> bytes:
    language = language or plan.language
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if language == "sv" else ",", lineterminator="\r\n")
    writer.writerow(_columns(language))
    for row in _rows(plan, language):
        writer.writerow([c.isoformat() if isinstance(c, date) else neutralise(c or "") for c in row])
    return out.getvalue().encode("utf-8-sig")


def render_xlsx(plan: CustomerPlan, issued_on: date, language: str | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    language = language or plan.language
    book = Workbook()
    sheet = book.active
    sheet.title = text(language, "plan_sheet")
    sheet.append(_columns(language))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3A5F")
        cell.alignment = Alignment(vertical="center")
    for number, row in enumerate(_rows(plan, language), start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMATS.get(language, "yyyy-mm-dd")
            else:
                cell.value = value or ""
                cell.data_type = "s"  # text, never a formula, whatever it starts with
            cell.alignment = Alignment(vertical="top", wrap_text=column == 2)
    for letter, width in zip("ABCDEF", (13, 60, 28, 20, 24, 13)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:F{max(1, len(plan.steps) + 1)}"
    props = book.properties
    props.title = f"{text(language, 'customer_title')}: {plan.account} — {plan.deal_name}"
    props.creator = " / ".join(x for x in (plan.owner, plan.vendor_company) if x) or "closeplan"
    props.subject = text(language, "goal", close=plan.target_close.isoformat(), start="")
    props.created = props.modified = datetime.combine(issued_on, time())  # not the wall clock
    props.description = text(language, "issued", date=issued_on.isoformat())
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
