"""The manager's review: bundles from three AEs, filtered by period and AE, with slip,
risk and totals per currency as the domain computes them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from closeplan.cli import main
from closeplan.domain.review import build_review, parse_period
from closeplan.domain.summary import summarize
from closeplan.services import reviewing
from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo, synthetic_deals
from closeplan.ui.formatting import fmt_money, label
from closeplan.ui.review_view import ReviewView
from tests.conftest import TODAY, fixed_clock
from tests.qt_helpers import column_of, table_rows

AES = ("佐藤 健", "김민준", "Erik Lindqvist")


def test_periods():
    assert parse_period("this-quarter", TODAY) == parse_period("2026Q4", TODAY)
    q = parse_period("next-quarter", TODAY)
    assert (q.start, q.end, q.label) == (date(2027, 1, 1), date(2027, 3, 31), "2027Q1")
    m = parse_period("this-month", TODAY)
    assert (m.start, m.end) == (date(2026, 11, 1), date(2026, 11, 30))
    c = parse_period("2026-10-01..2026-12-31", TODAY)
    assert c.start == date(2026, 10, 1) and c.end == date(2026, 12, 31)
    with pytest.raises(ValueError, match="not a period"):
        parse_period("soon", TODAY)


@pytest.fixture
def team_folders(tmp_path):
    """Three AEs, each with their own database, export every deal as bundles."""
    folders = []
    for i, ae in enumerate(AES):
        svc = DealService.open(tmp_path / f"ae{i}.sqlite3", fixed_clock, lambda: TODAY)
        deals = synthetic_deals(15, TODAY, seed=100 + i)
        for deal in deals:
            deal.owner = ae
        svc.add_deals(deals)
        folder = tmp_path / f"from-ae{i}"
        svc.export_all(folder)
        svc.close()
        folders.append(folder)
    return folders


@pytest.fixture
def manager(tmp_path):
    svc = DealService.open(tmp_path / "manager.sqlite3", fixed_clock, lambda: TODAY)
    yield svc
    svc.close()


def test_import_three_aes_then_filter_by_period_and_ae(qtbot, team_folders, manager):
    view = ReviewView(manager, TODAY)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    dialog = view.import_and_show(team_folders)  # the same code a drop runs
    assert dialog.summary.text() == "45 added, 0 updated, 0 skipped"
    assert {view.owner.itemText(i) for i in range(1, view.owner.count())} == set(AES)

    deals = manager.list_deals()
    period = parse_period("this-quarter", TODAY)
    expected = build_review(deals, period, TODAY)
    assert view.model.rowCount() == len(expected.rows) > 0
    names = table_rows(view.table, column_of(view.table, "Deal"))
    assert names == [r.deal.name for r in expected.rows]  # highest risk first, then amount
    slips = table_rows(view.table, column_of(view.table, "Slip"))
    risks = table_rows(view.table, column_of(view.table, "Risk"))
    for row, shown_slip, shown_risk in zip(expected.rows, slips, risks):
        assert shown_slip == (f"+{row.deal.slip_days} d" if row.deal.slip_days else "0")
        assert shown_risk == row.deal.level.value.capitalize()
    assert expected.totals.by_level
    _assert_totals_shown(view, expected)

    view.owner.setCurrentIndex(view.owner.findData("김민준"))
    view.period.setCurrentIndex(view.period.findData("next-quarter"))
    expected = build_review(deals, parse_period("next-quarter", TODAY), TODAY, owner="김민준")
    assert set(table_rows(view.table, column_of(view.table, "AE"))) <= {"김민준"}
    assert table_rows(view.table, column_of(view.table, "Deal")) == [r.deal.name for r in expected.rows]
    _assert_totals_shown(view, expected)


def _assert_totals_shown(view, expected) -> None:
    totals = view.totals.text()
    for currency, levels in expected.totals.by_level.items():
        for level, amount in levels.items():
            assert f"{label(level)} {fmt_money(amount, currency)}" in totals
    for currency, amount in expected.totals.at_risk.items():
        assert f"forecast at risk {fmt_money(amount, currency)}" in totals


def test_totals_never_mix_currencies():
    deals = [summarize(d, TODAY) for d in synthetic_deals(60, TODAY, seed=4)]
    review = build_review(deals, parse_period("2026Q4", TODAY), TODAY)
    for currency, levels in review.totals.by_level.items():
        expected = {}
        for row in review.rows:
            if row.in_period and row.deal.currency == currency:
                expected[row.deal.level] = expected.get(row.deal.level, Decimal(0)) + row.deal.amount
        assert levels == expected


def test_a_conflicting_version_is_shown_as_skipped(qtbot, tmp_path, manager):
    ae = DealService.open(tmp_path / "ae.sqlite3", fixed_clock, lambda: TODAY)
    install_demo(ae, TODAY)
    folder = tmp_path / "bundles"
    ae.export_all(folder)
    view = ReviewView(manager, TODAY)
    qtbot.addWidget(view)
    assert view.import_and_show([folder]).summary.text() == "4 added, 0 updated, 0 skipped"
    dialog = view.import_and_show([folder])
    assert dialog.summary.text() == "0 added, 0 updated, 4 skipped"
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert all(line.startswith("skipped:") and "not newer" in line for line in lines)
    ae.close()


def test_selecting_a_deal_shows_its_timeline_and_flags_and_opens_it(qtbot, tmp_path, demo_service):
    view = ReviewView(demo_service, TODAY)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.timeline.markers  # drawn, read-only
    assert view.flags.count() > 0
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_button.click()
    assert opened.args[0] == view.current_deal_id()
    # no deal selected (the filter leaves none): no marker, no legend of the deal shown before
    view._show_detail(None)
    assert not view.timeline.markers and not view.timeline.scene().items()
    assert view.timeline.legend.entries == []


def test_json_totals_are_plain_decimals_even_when_nothing_is_at_risk():
    deals = [summarize(d, TODAY) for d in synthetic_deals(60, TODAY, seed=4)]
    report = build_review(deals, parse_period("2026Q4", TODAY), TODAY)
    totals = reviewing.review_json(report)["totals"]
    assert totals
    for currency, entry in totals.items():
        at_risk = report.totals.at_risk.get(currency)
        assert entry["forecast_at_risk"] == ("0" if at_risk is None else format(at_risk, "f"))  # docs/review-json.md
    assert "0" in [entry["forecast_at_risk"] for entry in totals.values()]


def test_review_cli_json_and_pdf(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--today", TODAY.isoformat()]) == 0
    capsys.readouterr()
    assert main(["review", "--db", str(db), "--period", "2026Q4", "--today", TODAY.isoformat(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == {"label": "2026Q4", "start": "2026-10-01", "end": "2026-12-31"}
    assert {d["currency"] for d in data["deals"]} == {"JPY", "KRW", "SEK", "USD"}  # all are late-stage
    assert data["deals"][0]["level"] == "high"
    assert main(["review", "--db", str(db), "--owner", "Megan Clarke", "--today", TODAY.isoformat(), "--json"]) == 0
    assert [d["owner"] for d in json.loads(capsys.readouterr().out)["deals"]] == ["Megan Clarke"]
    pdf = tmp_path / "review.pdf"
    assert main(["review", "--db", str(db), "--today", TODAY.isoformat(), "--pdf", str(pdf)]) == 0
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Late-stage review: 2026Q4" in text and "Brightwater Dental Group" in text
    assert main(["review", "--db", str(db), "--today", TODAY.isoformat(), "--pdf", str(pdf), "--lang", "sv"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Genomgång av sena affärer: 2026Q4" in text and "Summor per valuta" in text and "Slutförhandling" in text
    assert main(["review", "--db", str(db), "--period", "soon", "--json"]) == 2


def test_review_model_passes_the_model_tester(qtmodeltester, demo_service):
    view = ReviewView(demo_service, TODAY)
    qtmodeltester.check(view.model)
    view.close()


def test_dropping_bundle_folders_on_the_main_window_imports_them(qtbot, team_folders, manager):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from closeplan.ui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(manager, TODAY))
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.empty
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)) for folder in team_folders])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.event(drop)  # what Qt delivers when files are dropped on the window
    assert window.deals.rowCount() == 45
    assert {window.deals.summary(r).owner for r in range(45)} == set(AES)


def test_the_review_counts_from_its_own_day_not_the_services(tmp_path):
    """review(service, today) words every flag and age for ``today`` even when the service works
    for another day (the wall clock's, say): the bug where `review --today` said "7 working
    day(s) ago" instead of 1 when run a week later."""

    def flags(svc):
        report = reviewing.review(svc, TODAY, "2026Q4")
        return [(str(r.deal.id), r.top_flags, r.days_since_update) for r in report.rows]

    on_the_day = DealService.open(tmp_path / "a.sqlite3", fixed_clock, today=lambda: TODAY)
    later = DealService.open(tmp_path / "b.sqlite3", fixed_clock, today=lambda: date(2026, 12, 1))
    try:
        install_demo(on_the_day, TODAY)
        install_demo(later, TODAY)
        expected = flags(on_the_day)
        assert expected and any(r[1] for r in expected)
        assert flags(later) == expected
    finally:
        on_the_day.close()
        later.close()


def test_review_and_risk_cli_ignore_the_wall_clocks_day(tmp_path, capsys, monkeypatch):
    """The commands' --today reaches every computation: the output is the same whatever day
    the wall clock says (here: moved a week and a year on)."""
    import closeplan.services.deals as deals_module

    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--today", TODAY.isoformat()]) == 0
    capsys.readouterr()

    def outputs() -> list[str]:
        texts = []
        for command in (["review", "--period", "2026Q4", "--json"], ["risk", "--json"], ["risk"]):
            assert main([command[0], "--db", str(db), "--today", TODAY.isoformat(), *command[1:]]) == 0
            texts.append(capsys.readouterr().out)
        return texts

    expected = outputs()
    for days in (8, 400):
        moved = datetime(2026, 11, 23, 9, 30, tzinfo=UTC) + timedelta(days=days)
        monkeypatch.setattr(deals_module, "system_clock", lambda moved=moved: moved)
        assert outputs() == expected, days
