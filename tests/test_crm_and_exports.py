"""Working with the tools AEs already use: CRM exports in, calendar and spreadsheet out."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from closeplan.cli import main
from closeplan.domain.model import Stage
from closeplan.imports.crm import parse_amount, parse_date
from closeplan.services.crm import CrmFileError, CrmImportService, CrmRowsRejected
from closeplan.services.exports import ExportService
from tests.conftest import TODAY
from tests.qt_helpers import table_rows

FIXTURES = Path(__file__).parent / "fixtures" / "crm"


def _deals(service):
    return {service.get_deal(i).name: service.get_deal(i) for i in service.all_ids()}


@pytest.mark.parametrize(
    "name, encoding",
    [
        ("salesforce_ja_cp932.csv", "cp932"),
        ("salesforce_ja_utf8_bom.csv", "utf-8-sig"),
    ],
)
def test_japanese_salesforce_report_in_shift_jis_and_utf8_bom(service, name, encoding):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / name)
    assert plan.read.table.encoding == encoding
    assert plan.errors == [] and plan.count("add") == 3
    crm.apply(plan)
    deals = _deals(service)
    deal = deals["生産管理クラウド 全社導入"]
    assert (deal.account, deal.amount, deal.currency) == ("東邦精機株式会社", Decimal("48000000"), "JPY")
    assert (deal.target_close, deal.stage, deal.owner) == (date(2027, 1, 28), Stage.APPROVAL, "佐藤 健")
    assert (deal.crm_id, deal.country, deal.customer_language) == ("006Q500000JpA01", "JP", "ja")
    assert deals["保守契約の更新(3年)"].stage is Stage.NEGOTIATION
    assert deals["品質管理モジュール追加"].amount == Decimal("12000000")


def test_korean_hubspot_export_in_cp949(service):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / "hubspot_ko_cp949.csv")
    assert plan.read.table.encoding == "cp949" and plan.errors == []
    crm.apply(plan)
    deal = _deals(service)["창고관리시스템(WMS) 고도화"]
    assert (deal.account, deal.amount, deal.currency, deal.target_close) == (
        "한빛물류 주식회사",
        Decimal("350000000"),
        "KRW",
        date(2026, 12, 28),
    )
    assert (deal.crm_id, deal.owner, deal.stage, deal.customer_language) == ("9001", "김민준", Stage.NEGOTIATION, "ko")


def test_swedish_semicolon_csv_with_decimal_commas(service):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / "salesforce_sv_semicolon.csv")
    assert (plan.read.table.encoding, plan.read.table.delimiter) == ("cp1252", ";")
    crm.apply(plan)
    deals = _deals(service)
    assert deals["Underhållsplattform för vindkraftparker"].amount == Decimal("2400000.00")
    second = deals["Driftövervakning, etapp 2"]
    assert (second.account, second.amount, second.currency, second.target_close) == (
        "Älvdalens Kraft AB",
        Decimal("1150000.50"),
        "SEK",
        date(2027, 3, 15),
    )


@pytest.mark.parametrize("name", ["hubspot_sv.xlsx", "salesforce_ja.xlsx"])
def test_xlsx_exports_with_number_and_date_cells(service, name):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / name)
    assert plan.errors == [] and plan.count("add") >= 1
    crm.apply(plan)
    deals = _deals(service)
    if name == "hubspot_sv.xlsx":
        assert deals["Prediktivt underhåll"].amount == Decimal("780000.5")
        assert deals["Underhållsplattform för vindkraftparker"].target_close == date(2027, 1, 21)
        assert deals["Underhållsplattform för vindkraftparker"].crm_id == "5001"
    else:
        assert deals["生産管理クラウド 全社導入"].amount == Decimal("48000000")


def test_english_salesforce_report_with_us_dates_and_dollars(service):
    crm = CrmImportService(service)
    crm.apply(crm.preview(FIXTURES / "salesforce_en.csv"))
    deals = _deals(service)
    assert deals["Scheduling suite rollout, 14 clinics"].target_close == date(2026, 12, 3)
    assert deals["Fleet telematics pilot"].amount == Decimal("140000")
    assert deals["Patient portal add-on"].stage is Stage.EVALUATION


def test_reimport_updates_instead_of_duplicating_and_keeps_the_plan(service, tmp_path):
    crm = CrmImportService(service)
    crm.apply(crm.preview(FIXTURES / "salesforce_en.csv"))
    assert len(service.all_ids()) == 3
    again = crm.preview(FIXTURES / "salesforce_en.csv")
    assert again.count("unchanged") == 3 and again.count("add") == 0
    # the CRM moved a close date and the amount: the same deals are updated, history kept
    text = (FIXTURES / "salesforce_en.csv").read_text()
    moved = tmp_path / "moved.csv"
    moved.write_text(text.replace("12/3/2026", "1/15/2027").replace('"$86,000.00"', '"$92,500.00"'))
    plan = crm.preview(moved)
    assert plan.count("update") == 1 and plan.count("add") == 0
    assert set(plan.rows[0].changed) == {"amount", "target_close"}
    changes = crm.apply(plan)
    assert len(changes.updated) == 1 and len(service.all_ids()) == 3
    deal = _deals(service)["Scheduling suite rollout, 14 clinics"]
    assert (deal.amount, deal.target_close) == (Decimal("92500.00"), date(2027, 1, 15))
    assert [c.to_date for c in deal.close_date_history] == [date(2026, 12, 3), date(2027, 1, 15)]


def test_rows_without_a_crm_id_match_on_account_and_name(service, tmp_path):
    crm = CrmImportService(service)
    crm.apply(crm.preview(FIXTURES / "hubspot_en_no_currency.csv", default_currency="USD"))
    no_ids = tmp_path / "no_ids.csv"
    no_ids.write_text(
        "Deal Name,Associated Company,Amount,Close Date\nanalytics  UPGRADE,northwind traders,90000,2027-01-15\n"
    )
    plan = crm.preview(no_ids, default_currency="USD")
    assert plan.count("update") == 1 and plan.count("add") == 0


def test_an_amount_without_currency_takes_the_default_or_is_rejected(service):
    crm = CrmImportService(service)
    rejected = crm.preview(FIXTURES / "hubspot_en_no_currency.csv")
    assert [(e.line, "no currency" in e.reason) for e in rejected.errors] == [(2, True), (3, True)]
    plan = crm.preview(FIXTURES / "hubspot_en_no_currency.csv", default_currency="SEK")
    assert plan.errors == [] and [n.line for n in plan.notes] == [2, 3]
    crm.apply(plan)
    assert {d.currency for d in _deals(service).values()} == {"SEK"}


def test_a_malformed_file_names_the_lines_and_changes_nothing(service, demo_service):
    crm = CrmImportService(demo_service)
    before = sorted(demo_service.all_ids())
    versions = {i: demo_service.get_deal(i).version for i in before}
    plan = crm.preview(FIXTURES / "salesforce_en_bad_rows.csv")
    assert [e.line for e in plan.errors] == [3, 4]
    assert "is not an amount" in plan.errors[0].reason and "not a valid date" in plan.errors[1].reason
    with pytest.raises(CrmRowsRejected, match="line 3"):
        crm.apply(plan)
    assert sorted(demo_service.all_ids()) == before
    assert {i: demo_service.get_deal(i).version for i in before} == versions
    changes = crm.apply(plan, accept_rejected=True)  # the user chose: the good row only
    assert len(changes.added) == 1 and len(demo_service.all_ids()) == len(before) + 1


def test_unknown_columns_need_a_manual_mapping(service):
    crm = CrmImportService(service)
    with pytest.raises(CrmFileError) as error:
        crm.preview(FIXTURES / "custom_columns.csv")
    assert error.value.unknown_headers == ["Kund", "Affär", "Summa", "Datum"]
    plan = crm.preview(
        FIXTURES / "custom_columns.csv", {"Kund": "account", "Affär": "name", "Summa": "amount", "Datum": "close_date"}
    )
    assert plan.errors == [] and plan.rows[0].record.amount == Decimal("300000")
    assert plan.rows[0].record.currency == "SEK"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("¥48,000,000", ("48000000", "JPY")),
        ("￥48,000,000", ("48000000", "JPY")),
        ("JPY 48000000", ("48000000", "JPY")),
        ("$86,000.00", ("86000.00", "USD")),
        ("2 400 000,00 kr", ("2400000.00", "SEK")),
        ("1.234.567,50 SEK", ("1234567.50", "SEK")),
        ("₩350,000,000", ("350000000", "KRW")),
        ("350,000,000 KRW", ("350000000", "KRW")),
        ("86000", ("86000", "")),
    ],
)
def test_amount_formats(raw, expected):
    amount, currency = parse_amount(raw)
    assert (str(amount), currency) == expected


@pytest.mark.parametrize(
    "raw", ["2026/12/18", "2026-12-18", "12/18/2026", "18.12.2026", "2026年12月18日", "2026. 12. 18."]
)
def test_date_formats(raw):
    assert parse_date(raw) == date(2026, 12, 18)


def test_cli_import_crm_dry_run_then_real_and_rejects_bad_files(tmp_path, capsys):
    db = tmp_path / "crm.sqlite3"
    file = str(FIXTURES / "salesforce_ja_cp932.csv")
    assert main(["import-crm", file, "--db", str(db), "--dry-run"]) == 0
    assert "3 new" in capsys.readouterr().out
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # a dry run writes nothing
    assert main(["import-crm", file, "--db", str(db)]) == 0
    assert main(["import-crm", file, "--db", str(db)]) == 0
    assert "0 new, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert main(["import-crm", str(FIXTURES / "salesforce_en_bad_rows.csv"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert (
        "salesforce_en_bad_rows.csv: line 3 (Acme Corp — Letters in amount): amount" in err
        and "nothing was written" in err
    )
    assert (
        main(
            [
                "import-crm",
                str(FIXTURES / "custom_columns.csv"),
                "--db",
                str(db),
                "--map",
                "Kund=account",
                "--map",
                "Affär=name",
                "--map",
                "Summa=amount",
                "--map",
                "Datum=close_date",
                "--template",
                "enterprise-se-board",
                "--today",
                TODAY.isoformat(),
            ]
        )
        == 0
    )
    assert main(["import-crm", str(FIXTURES / "custom_columns.csv"), "--db", str(db)]) == 2
    assert "Kund" in capsys.readouterr().err


# --- calendar and spreadsheet ------------------------------------------------------------------


def _jp_deal(demo_service):
    return next(demo_service.get_deal(i) for i in demo_service.all_ids() if demo_service.get_deal(i).currency == "JPY")


def test_calendar_has_the_customer_visible_steps_as_all_day_events_with_stable_uids(demo_service):
    deal = _jp_deal(demo_service)
    exports = ExportService(demo_service)
    data = exports.customer_file(deal.id, "ics", TODAY)
    calendar = Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    visible = [s for s in deal.steps if s.customer_visible]
    boards = [s for s in visible if s.kind.value == "board_meeting" and s.submission_deadline]
    assert len(events) == len(visible) + len(boards) + 1  # + deadlines + the target close
    by_uid = {str(e["UID"]): e for e in events}
    for step in visible:
        event = by_uid[f"{deal.id}-{step.id}@closeplan"]
        assert event["DTSTART"].dt == step.due_date  # a date: an all-day event
        assert event["DTEND"].dt - event["DTSTART"].dt == __import__("datetime").timedelta(days=1)
        assert step.title in str(event["SUMMARY"])
    hidden = [s for s in deal.steps if not s.customer_visible]
    assert hidden and not any(str(s.id) in uid for s in hidden for uid in by_uid)
    assert "取締役会" in data.decode()  # the customer's language
    assert deal.internal_notes not in data.decode()
    again = Calendar.from_ical(exports.customer_file(deal.id, "ics", TODAY))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(by_uid)  # re-import updates, never duplicates


def test_spreadsheet_has_real_dates_and_only_customer_fields(demo_service):
    deal = _jp_deal(demo_service)
    data = ExportService(demo_service).customer_file(deal.id, "xlsx", TODAY)
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("期日", "タスク", "担当", "担当者", "状況", "完了日")
    visible = deal.steps_in_time_order()
    visible = [s for s in visible if s.customer_visible]
    assert [r[1] for r in rows[1:]] == [s.title for s in visible]
    assert sheet["A2"].is_date and sheet["A2"].value.date() == visible[0].due_date
    text = repr(rows)
    assert deal.internal_notes not in text and not any(r.description in text for r in deal.risks)


def test_spreadsheet_cells_cannot_run_formulas(demo_service):
    deal = _jp_deal(demo_service)
    step = next(s for s in deal.steps if s.customer_visible)
    step.title = '=HYPERLINK("http://evil.example","click")'
    step.owner_person = "@SUM(A1:A2)"
    deal.version += 1
    demo_service.save(deal)
    exports = ExportService(demo_service)
    sheet = load_workbook(io.BytesIO(exports.customer_file(deal.id, "xlsx", TODAY))).active
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=@"]
    assert cells and all(c.data_type == "s" for c in cells)  # text, not formulas
    table = list(csv.reader(io.StringIO(exports.customer_file(deal.id, "csv", TODAY).decode("utf-8-sig"))))
    flat = [cell for row in table for cell in row]
    assert '\'=HYPERLINK("http://evil.example","click")' in flat and "'@SUM(A1:A2)" in flat
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in flat)


def test_cli_exports_ics_xlsx_csv(demo_service, tmp_path, capsys):
    db = demo_service.location
    demo_service.close()
    for fmt in ("ics", "xlsx", "csv"):
        out = tmp_path / f"plan.{fmt}"
        assert main(["export", "Brightwater", "--db", db, "--format", fmt, "-o", str(out), "--lang", "sv"]) == 0
        assert out.stat().st_size > 0
    assert "Datum;Aktivitet;Ansvarig" in (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")


def test_crm_import_dialog_previews_maps_and_imports(qtbot, service):
    from closeplan.ui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(window)
    dialog = window.import_crm(FIXTURES / "custom_columns.csv")
    assert not dialog.import_button.isEnabled() and "Kund" in dialog.message.text()
    for header, field in (("Kund", "account"), ("Affär", "name"), ("Summa", "amount"), ("Datum", "close_date")):
        box = dialog.columns[header]
        box.setCurrentIndex(box.findData(field))
    assert table_rows(dialog.table, 3) == ["Serviceavtal"] and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert table_rows(window.table) == ["Serviceavtal"]

    bad = window.import_crm(FIXTURES / "salesforce_en_bad_rows.csv")
    assert table_rows(bad.table, 1) == ["new", "rejected", "rejected"]
    assert not bad.import_button.isEnabled()
    bad.accept_rejected.setChecked(True)
    bad.import_button.click()
    assert sorted(table_rows(window.table)) == ["Good deal", "Serviceavtal"]
