"""CRM exports as they really come: a HubSpot deal export without a company column, amounts of
which only some say their currency, and rejected rows that say which deal they are and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from closeplan.imports.crm import ACCOUNT_TO_FILL
from closeplan.services.crm import CrmImportService
from tests.conftest import TODAY
from tests.qt_helpers import column_of, table_rows

FIXTURES = Path(__file__).parent / "fixtures" / "crm"
NO_COMPANY = FIXTURES / "hubspot_en_no_company.csv"


def _deals(service):
    return {d.name: d for d in service.get_deals(service.all_ids()).values()}


def test_a_hubspot_export_without_a_company_column_imports_with_the_account_given(service):
    crm = CrmImportService(service)
    plan = crm.preview(NO_COMPANY, account="Northwind Traders")
    assert plan.errors == [] and plan.count("add") == 3
    assert {r.record.currency for r in plan.rows} == {"USD"}  # $ on two, the third as the file
    crm.apply(plan)
    deals = _deals(service)
    assert {d.account for d in deals.values()} == {"Northwind Traders"}
    assert deals["Pilot for the logistics team"].currency == "USD"


def test_without_an_account_the_deals_are_left_to_fill_in_and_flagged(service):
    crm = CrmImportService(service)
    plan = crm.preview(NO_COMPANY)
    assert plan.errors == [] and plan.count("add") == 3
    flagged = [n for n in plan.notes if "no account column" in n.reason]
    assert [n.line for n in flagged] == [2, 3, 4]
    crm.apply(plan)
    assert {d.account for d in _deals(service).values()} == {ACCOUNT_TO_FILL}


def test_an_account_column_chosen_by_hand_is_used(service):
    crm = CrmImportService(service)
    plan = crm.preview(NO_COMPANY, {"Pipeline": "account"})
    assert (
        {r.record.account for r in plan.rows} == {"Sales Pipeline"}
        and not plan.notes
        or all("no account column" not in n.reason for n in plan.notes)
    )


def test_an_amount_without_currency_takes_the_files_one_currency_and_says_so(service):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / "hubspot_ja_one_amount_without_currency.csv", default_currency="USD")
    assert plan.errors == []
    assert {r.record.name: r.record.currency for r in plan.rows}["保守契約の更新"] == "JPY"
    assert [(n.line, n.reason) for n in plan.notes if "currency" in n.reason] == [
        (3, "no currency given: JPY, as every other amount in the file")
    ]


def test_when_the_files_amounts_disagree_the_default_applies_and_rejected_rows_name_their_deal(service):
    crm = CrmImportService(service)
    plan = crm.preview(FIXTURES / "hubspot_en_mixed_currencies.csv", default_currency="SEK")
    currencies = {r.record.name: r.record.currency for r in plan.rows}
    assert currencies == {"Tokyo rollout": "JPY", "US pilot": "USD", "Renewal without currency": "SEK"}
    assert [n.reason for n in plan.notes if "currency" in n.reason] == ["no currency given: SEK assumed"]
    [error] = plan.errors
    assert (error.line, error.account, error.deal) == (5, "Contoso Ltd", "Date that is no date")
    assert str(error).startswith("line 5 (Contoso Ltd — Date that is no date): close date:")


def test_the_dialog_asks_for_the_account_and_shows_rejected_rows_whole(qtbot, service):
    from closeplan.ui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(window)
    dialog = window.import_crm(NO_COMPANY)
    assert dialog.account_panel.isVisibleTo(dialog) and dialog.import_button.isEnabled()
    account = column_of(dialog.table, "Account")
    assert set(table_rows(dialog.table, account)) == {ACCOUNT_TO_FILL}
    qtbot.keyClicks(dialog.account, "Northwind Traders")
    assert set(table_rows(dialog.table, account)) == {"Northwind Traders"}
    # mapping a column to the account hides the question
    box = dialog.columns["Pipeline"]
    box.setCurrentIndex(box.findData("account"))
    assert not dialog.account_panel.isVisibleTo(dialog)
    box.setCurrentIndex(box.findData(""))
    dialog.import_button.click()
    assert {d.account for d in _deals(service).values()} == {"Northwind Traders"}

    mixed = window.import_crm(FIXTURES / "hubspot_en_mixed_currencies.csv")
    assert not mixed.account_panel.isVisibleTo(mixed)
    rows = table_rows(mixed.table, column_of(mixed.table, "What happens"))
    rejected = rows.index("rejected")
    assert table_rows(mixed.table, account)[rejected] == "Contoso Ltd"
    assert table_rows(mixed.table, column_of(mixed.table, "Deal"))[rejected] == "Date that is no date"
    why = mixed.model.index(rejected, column_of(mixed.table, "Why"))
    assert why.data().startswith("close date:") and why.data(3) == why.data()  # 3: the tooltip, whole


def test_cli_account_column_and_account(tmp_path, capsys):
    from closeplan.cli import main

    db = str(tmp_path / "cli.sqlite3")
    file = str(NO_COMPANY)
    assert main(["import-crm", file, "--db", db, "--account", "Northwind Traders"]) == 0
    assert main(["list", "--db", db, "--json"]) == 0
    capsys.readouterr()
    other = str(tmp_path / "other.sqlite3")
    assert main(["import-crm", file, "--db", other, "--account-column", "Pipeline", "--dry-run"]) == 0
    assert "Sales Pipeline — Pilot for the logistics team" in capsys.readouterr().out
    assert main(["import-crm", file, "--db", other, "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert f"{ACCOUNT_TO_FILL} — Support renewal 2027" in captured.out
    assert "no account column" in captured.err


def test_cli_a_new_deal_no_plan_of_the_template_fits_is_said(tmp_path, capsys):
    """`import-crm --template` gave a deal closing too soon for the template's board meeting no
    plan, and said only "wrote 3 new": the deal showed 0/0 steps without a word."""
    from closeplan.cli import main

    file = str(Path(__file__).parent / "fixtures" / "crm" / "salesforce_en.csv")
    db = str(tmp_path / "crm.sqlite3")
    code = main(["import-crm", file, "--db", db, "--template", "enterprise-jp-ringi", "--today", TODAY.isoformat()])
    assert code == 0
    said = capsys.readouterr()
    assert "1 new without a plan" in said.out
    assert f"{file}: line 2: Brightwater Dental Group — Scheduling suite rollout, 14 clinics: no plan" in said.err
    assert "earliest feasible close" in said.err


@pytest.mark.parametrize("language", ["ja", "sv"])
def test_the_dialog_says_why_a_row_is_rejected_in_the_ui_language(qtbot, service, language):
    """The reasons came from the reader in English ("close date: … is not a date") in a Japanese
    or Swedish app (found by trying the app as a user)."""
    from closeplan.ui import i18n
    from closeplan.ui.main_window import MainWindow, Workspace

    i18n.set_language(language)
    try:
        window = MainWindow(Workspace(service, TODAY))
        qtbot.addWidget(window)
        mixed = window.import_crm(FIXTURES / "hubspot_en_mixed_currencies.csv")
        why = [mixed.model.index(r, mixed.model.WHY).data() or "" for r in range(mixed.model.rowCount())]
    finally:
        i18n.set_language("en")
    said = [w for w in why if w]
    assert said
    for english in ("close date", "is not a date", "no currency given", "assumed"):
        assert not [w for w in said if english in w], said
    assert any("2027-13-45" in w for w in said)  # the file's value, as the file gives it
