"""The Timeline tab's words stay readable: no two texts overlap, none lies across the today,
target or projected line (but its own caption beside it), at every zoom, on the demo deals and
on a crowded plan; and the legend names each kind of thing drawn, in every UI language, in a
band of its own that covers nothing of the chart."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from closeplan.domain.model import Level, OwnerSide, Step, StepKind, StepStatus
from closeplan.ui import i18n
from closeplan.ui.editor.timeline import MILESTONES, ZOOMS, TimelineView
from tests.conftest import TODAY
from tests.qt_helpers import shown_window

DEMO_DEALS = ("Brightwater", "한빛", "Norrskog", "東邦")


@pytest.fixture
def language(qapp):
    yield lambda code: (i18n.set_language(code), QCoreApplication.processEvents())
    i18n.set_language("en")
    QLocale.setDefault(QLocale.c())
    QCoreApplication.processEvents()


def assert_words_clear(view: TimelineView) -> int:
    """No text meets another text or a vertical line (other than that line's own caption);
    returns how many texts were looked at."""
    texts = [item for item in view.scene().items() if isinstance(item, QGraphicsSimpleTextItem)]
    rects = [(item, item.sceneBoundingRect()) for item in texts]
    for i, (a, rect_a) in enumerate(rects):
        for b, rect_b in rects[i + 1 :]:
            assert not rect_a.intersects(rect_b), f"“{a.text()}” overlaps “{b.text()}” at zoom {view.day_width}"
    assert set(view.line_items) == set(view.lines)
    for key, pieces in view.line_items.items():
        assert pieces
        for piece in pieces:
            line = piece.sceneBoundingRect()
            for item, rect in rects:
                if item is view.captions[key]:
                    continue
                assert not rect.intersects(line), f"“{item.text()}” lies across the {key} line"
    return len(texts)


def kinds_drawn(view, steps, today, target, projected_close, projected, closures=()) -> set[str]:
    """What the legend must name, read from the plan (not from the chart)."""
    kinds = {"today", "target"} | {s.owner_side.value for s in steps}
    if projected_close and projected_close != target:
        kinds.add("projected")
    for s in steps:
        kinds.add("milestone" if s.kind in MILESTONES else "step")
        if s.status is StepStatus.DONE:
            kinds.add("done")
        if s.is_open and s.due_date < today:
            kinds.add("overdue")
        if s.baseline_date is not None and s.baseline_date != s.due_date:
            kinds.add("baseline")
        if s.kind is StepKind.BOARD_MEETING and s.submission_deadline:
            kinds.add("deadline")
        moved = projected.get(s.id)
        if moved and moved != s.due_date and s.is_open:
            kinds.add("late")
    if any(last >= view.start and first <= view.end for _name, first, last in closures):
        kinds.add("closure")
    return kinds


def crowded_plan():
    """45 steps: long titles, eight on one day, some on today and some on the target date,
    done, overdue, moved from their agreed dates, a board meeting with its deadline."""
    target = TODAY + timedelta(days=40)
    sides = (OwnerSide.VENDOR, OwnerSide.CUSTOMER, OwnerSide.JOINT)
    long = "Purchasing department issues the purchase order after the division head’s approval round"
    steps = []
    for i in range(45):
        if i < 8:
            due = TODAY + timedelta(days=10)  # eight on the same day
        elif i < 13:
            due = TODAY  # on today's line
        elif i < 18:
            due = target  # on the target line
        else:
            due = TODAY + timedelta(days=(i * 7) % 60 - 20)
        step = Step(
            title=(long if i % 3 == 0 else f"Step {i}: 稟議書の回覧と承認 / 품의 결재") + ("" if i % 5 else " (long)"),
            owner_side=sides[i % 3] if i >= 8 else OwnerSide.CUSTOMER,
            due_date=due,
            kind=(StepKind.SIGNATURE, StepKind.PURCHASE_ORDER, StepKind.TASK, StepKind.TASK)[i % 4],
            status=StepStatus.DONE if i % 7 == 0 else StepStatus.PLANNED,
        )
        if i % 6 == 1:
            step.baseline_date = due - timedelta(days=9)
        steps.append(step)
    board = Step(
        title="取締役会 決議(定例)",
        owner_side=OwnerSide.CUSTOMER,
        due_date=target - timedelta(days=3),
        kind=StepKind.BOARD_MEETING,
        submission_deadline=target - timedelta(days=17),
    )
    steps.append(board)
    projected = {s.id: s.due_date + timedelta(days=12) for s in steps[20:30]}
    projected_close = target + timedelta(days=5)
    closures = [("年末年始", TODAY + timedelta(days=36), TODAY + timedelta(days=41))]
    return steps, target, projected_close, projected, closures


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("zoom", range(len(ZOOMS)))
def test_a_crowded_plan_keeps_its_words_clear_at_every_zoom(view, zoom):
    steps, target, projected_close, projected, closures = crowded_plan()
    view.zoom(zoom - view.zoom_index)
    view.draw(steps, TODAY, target, projected_close, projected, Level.HIGH, closures)
    assert view.day_width == pytest.approx(9.0 * ZOOMS[zoom])
    assert assert_words_clear(view) > len(steps)
    assert set(view.labels) == {s.id for s in steps}  # every step has its title (maybe shortened)
    for step in steps:
        text = view.labels[step.id].text()
        assert text == step.title or (text.endswith("…") and view.labels[step.id].toolTip() == step.title)
    assert set(view.legend.keys()) == kinds_drawn(view, steps, TODAY, target, projected_close, projected, closures)


def test_steps_on_one_day_each_get_a_row_of_their_own(view):
    steps, target, projected_close, projected, closures = crowded_plan()
    view.draw(steps, TODAY, target, projected_close, projected, Level.MEDIUM, closures)
    same_day = [view.markers[s.id].sceneBoundingRect() for s in steps[:8]]
    assert len({round(r.center().y()) for r in same_day}) == 8
    for i, a in enumerate(same_day):
        assert not any(a.intersects(b) for b in same_day[i + 1 :])


def test_the_legend_is_a_band_of_its_own_above_the_chart(view, language):
    steps, target, projected_close, projected, closures = crowded_plan()
    for code in ("en", "ja", "ko", "sv"):
        language(code)
        view.draw(steps, TODAY, target, projected_close, projected, Level.HIGH, closures)
        legend = view.legend
        assert legend.isVisible() and legend.height() > 0
        assert legend.geometry().bottom() < view.viewport().geometry().top()  # it covers nothing of the chart
        rects = legend.entry_rects()
        for i, (symbol, text) in enumerate(rects):
            assert text.right() <= legend.width() and text.bottom() <= legend.height(), legend.entries[i].text
            for _other_symbol, other_text in rects[i + 1 :]:
                assert not text.intersects(other_text) and not symbol.intersects(other_text)
        texts = {e.key: e.text for e in legend.entries}
        assert all(texts.values())
        if code != "en":  # in the UI language, not English
            assert texts["target"] != "target close" and texts["milestone"] != "milestone: board meeting, PO, signature"


@pytest.fixture
def window(qtbot, demo_service):
    return shown_window(qtbot, demo_service, TODAY, size=(1366, 768))


@pytest.mark.parametrize("name", DEMO_DEALS)
def test_the_demo_deals_keep_their_words_clear_at_two_zooms(qtbot, window, name):
    window.search.setText(name)
    window.table.selectRow(0)
    tab = window.editor.timeline
    window.editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.view.markers))
    view = tab.view
    deal = window.editor.deal
    assert assert_words_clear(view) > len(deal.steps)
    assessment = window.editor.timeline.assessment
    projection = assessment.projection
    projected = {sid: sp.projected for sid, sp in projection.steps.items()}
    from closeplan.ui.editor.timeline import closure_spans

    expected = kinds_drawn(
        view, deal.steps, TODAY, deal.target_close, projection.projected_close, projected, closure_spans(deal)
    )
    assert set(view.legend.keys()) == expected
    tab.zoom_out.click()
    tab.zoom_out.click()
    assert view.day_width < 9.0
    assert assert_words_clear(view) > len(deal.steps)
    tab.zoom_in.click()
    tab.zoom_in.click()
    tab.zoom_in.click()
    assert view.day_width > 9.0
    assert assert_words_clear(view) > len(deal.steps)


def test_a_short_view_keeps_one_row_of_legend_and_opens_with_its_months_and_today(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(700, 180)  # as small as the review's timeline pane
    steps, target, projected_close, projected, closures = crowded_plan()
    widget.draw(steps, TODAY, target, projected_close, projected, Level.HIGH, closures)  # (drawn before shown)
    widget.show()
    qtbot.waitExposed(widget)
    legend = widget.legend
    assert legend.compact and 0 < legend.shown() < len(legend.entries)
    assert len({round(text.top()) for _symbol, text in legend.entry_rects()}) == 1
    assert all(entry.text in legend.toolTip() for entry in legend.entries)  # the rest, behind "…"
    assert widget.verticalScrollBar().value() == 0  # the months and weeks in sight
    middle = widget.mapToScene(widget.viewport().rect().center()).x()
    assert abs(middle - widget.lines["today"]) < widget.day_width * 2  # today in the middle
