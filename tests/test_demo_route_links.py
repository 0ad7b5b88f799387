"""The demo's approval routes name their desks by the deal's stakeholders, linked by id (issue 22,
"route desks are linked by id, not free text"): renaming the person on the Stakeholders tab
renames the desk on the Route tab. Driven through the widgets, then the database opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from closeplan.services.deals import DealService
from closeplan.services.demo import demo_deals
from closeplan.ui.editor.people import FIELDS as PERSON_FIELDS
from closeplan.ui.main_window import MainWindow, Workspace
from tests.conftest import TODAY, fixed_clock

PERSON_COLUMN = 1  # the route tab's person column


def test_every_named_demo_desk_is_linked_to_its_stakeholder():
    linked = 0
    for deal in demo_deals(TODAY):
        people = {p.id: p.name for p in deal.stakeholders}
        for desk in deal.route.steps:
            if not desk.person:
                assert desk.person_id is None
                continue
            assert desk.person_id in people, f"{deal.account}: desk {desk.person!r} is not linked"
            assert people[desk.person_id] == desk.person
            linked += 1
    assert linked >= 10


@pytest.mark.parametrize(
    ("account", "person", "new_name"),
    [("東邦", "山本 直樹", "山本 直人"), ("한빛", "최동욱", "최동혁"), ("Norrskog", "Johan Bergström", "Johan Berg")],
)
def test_renaming_a_stakeholder_on_the_people_tab_renames_the_desk(
    qtbot, demo_service, tmp_path, account, person, new_name
):
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.search.setText(account)
    win.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.deal is not None and account in win.editor.deal.account)
    deal = win.editor.deal
    stakeholder = next(p for p in deal.stakeholders if p.name == person)
    desk = next(d for d in deal.route.steps if d.person_id == stakeholder.id)

    tab = win.editor.stakeholders
    win.editor.tabs.setCurrentWidget(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == stakeholder.id)
    index = tab.view.model().index(row, PERSON_FIELDS.index("name"))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = next(w for w in tab.view.findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    editor.insert(new_name)  # (as an input method commits it)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.name == new_name for p in win.editor.deal.stakeholders))

    route = win.editor.route
    win.editor.tabs.setCurrentWidget(route)
    shown = [route.view.model().index(r, PERSON_COLUMN).data() for r in range(route.view.model().rowCount())]
    assert new_name in shown and person not in shown

    again = DealService.open(tmp_path / "demo.sqlite3", fixed_clock)
    try:
        stored = again.get_deal(deal.id)
    finally:
        again.close()
    stored_desk = next(d for d in stored.route.steps if d.id == desk.id)
    assert (stored_desk.person, stored_desk.person_id) == (new_name, stakeholder.id)
