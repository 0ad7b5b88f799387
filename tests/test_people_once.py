"""People once (issue 22): a person named anywhere is a stakeholder of the deal, offered by
every person picker, and renamed everywhere at once. Driven through the widgets, then the
database opened again to see what was stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from closeplan.domain import edits as E
from closeplan.domain.model import OwnerSide, Side
from closeplan.services.deals import DealService
from closeplan.ui.editor.people import FIELDS as PERSON_FIELDS
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.plan_model import PERSON
from tests.conftest import TODAY, fixed_clock


def _window(qtbot, service) -> MainWindow:
    win = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _open(qtbot, win: MainWindow, text: str):
    win.search.setText(text)
    win.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.deal is not None and text in win.editor.deal.account)
    return win.editor.deal


def _reopened(tmp_path, deal_id):
    """The deal as the database file holds it, opened again (the demo's file, see conftest)."""
    again = DealService.open(tmp_path / "demo.sqlite3", fixed_clock)
    try:
        return again.get_deal(deal_id)
    finally:
        again.close()


def _visible(view, kind, name: str | None = None):
    """The cell editor open in ``view`` (one closed before may linger until deleted)."""
    found = [w for w in view.findChildren(kind, name) if w.isVisible()] if name else []
    found = found or [w for w in view.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _type_owner(qtbot, win: MainWindow, step_id, name: str) -> None:
    tab = win.editor.plan
    win.editor.tabs.setCurrentWidget(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.step(r).id == step_id)
    index = tab.proxy.mapFromSource(tab.model.index(row, tab.model.column_of(PERSON)))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = _visible(tab.view, QComboBox, "personEditor")
    offered = [editor.itemText(i) for i in range(editor.count())]
    people = {p.name for p in win.editor.deal.stakeholders}
    assert people <= set(offered), "the deal's people are offered"
    assert offered[-1] == "New person…"
    editor.setCurrentText(name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_new_owner_becomes_a_stakeholder_on_the_steps_side(qtbot, demo_service):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    step = next(s for s in deal.steps if s.owner_side is OwnerSide.CUSTOMER)
    _type_owner(qtbot, win, step.id, "高橋 一郎")
    qtbot.waitUntil(lambda: any(p.name == "高橋 一郎" for p in win.editor.deal.stakeholders))
    stored = demo_service.get_deal(deal.id)
    person = next(p for p in stored.stakeholders if p.name == "高橋 一郎")
    assert person.side is Side.CUSTOMER
    assert next(s for s in stored.steps if s.id == step.id).owner_person == "高橋 一郎"
    count = len(stored.stakeholders)
    other = next(s for s in stored.steps if s.owner_side is OwnerSide.CUSTOMER and s.id != step.id)
    _type_owner(qtbot, win, other.id, "高橋 一郎")  # named again: the same person, not a second
    qtbot.waitUntil(lambda: next(s for s in win.editor.deal.steps if s.id == other.id).owner_person == "高橋 一郎")
    assert len(demo_service.get_deal(deal.id).stakeholders) == count


def test_a_joint_steps_new_owner_is_asked_for_a_side_once(qtbot, demo_service):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    joint = next(s for s in deal.steps if s.owner_side is OwnerSide.JOINT)
    _type_owner(qtbot, win, joint.id, "Chris Vendor")
    qtbot.waitUntil(lambda: next(s for s in win.editor.deal.steps if s.id == joint.id).owner_person == "Chris Vendor")
    bar = win.editor.plan.findChild(QWidget, "newPersonBar")
    assert bar is not None and bar.isVisible(), "the side is asked beside the table"
    assert bar.findChild(QLabel, "newPersonQuestion").text() == "Which side is Chris Vendor on?"
    assert not [p for p in win.editor.deal.stakeholders if p.name == "Chris Vendor"]  # not before the answer
    assert QApplication.focusWidget() is not bar.findChild(QPushButton, "newPerson_vendor")
    qtbot.mouseClick(bar.findChild(QPushButton, "newPerson_vendor"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.name == "Chris Vendor" for p in win.editor.deal.stakeholders))
    assert not bar.isVisible()
    person = next(p for p in demo_service.get_deal(deal.id).stakeholders if p.name == "Chris Vendor")
    assert person.side is Side.VENDOR
    other = next(s for s in deal.steps if s.owner_side is OwnerSide.JOINT and s.id != joint.id)
    _type_owner(qtbot, win, other.id, "Chris Vendor")  # known now: not asked again
    qtbot.waitUntil(lambda: next(s for s in win.editor.deal.steps if s.id == other.id).owner_person == "Chris Vendor")
    assert not bar.isVisible()


def test_renaming_a_stakeholder_renames_them_everywhere(qtbot, demo_service, tmp_path):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    person = next(
        p for p in deal.stakeholders if any(s.owner_person == p.name for s in deal.steps) and p.side is Side.CUSTOMER
    )
    old = person.name
    # the same person is also a risk's owner and a desk on the route
    risk = deal.risks[0] if deal.risks else None
    if risk is not None:
        win.controller.apply(deal.id, "risk owner", _risk_owner(risk, old))
    desk = deal.route.steps[0] if deal.route.steps else None
    if desk is not None:
        win.controller.apply(deal.id, "desk", E.set_desk_person(desk.id, old))  # (as the route tab links it)
    qtbot.waitUntil(lambda: win.editor.deal.version > deal.version)
    tab = win.editor.stakeholders
    win.editor.tabs.setCurrentWidget(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == person.id)
    index = tab.view.model().index(row, PERSON_FIELDS.index("name"))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = _visible(tab.view, QLineEdit)
    editor.setText("改名 太郎")  # (as an input method commits it)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.name == "改名 太郎" for p in win.editor.deal.stakeholders))
    stored = _reopened(tmp_path, deal.id)
    assert not [s for s in stored.steps if old in (s.owner_person, s.approver)]
    assert [s for s in stored.steps if s.owner_person == "改名 太郎"]
    if risk is not None:
        assert next(r for r in stored.risks if r.id == risk.id).owner == "改名 太郎"
    if desk is not None:
        assert next(d for d in stored.route.steps if d.id == desk.id).person == "改名 太郎"
    win.editor.tabs.setCurrentWidget(win.editor.plan)
    assert "改名 太郎" in [
        win.editor.plan.view.model().index(r, win.editor.plan.model.column_of(PERSON)).data()
        for r in range(win.editor.plan.view.model().rowCount())
    ]


def _risk_owner(risk, name):
    import copy

    changed = copy.deepcopy(risk)
    changed.owner = name
    return E.put_risk(changed)


def test_new_person_on_the_approval_path(qtbot, demo_service, monkeypatch):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    tab = win.editor.approval
    win.editor.tabs.setCurrentWidget(tab)
    box = tab.people["po_signer_id"]
    entries = [box.itemText(i) for i in range(box.count())]
    assert entries[-1] == "New person…"
    customers = [p for p in deal.stakeholders if p.side is Side.CUSTOMER]
    assert len(entries) == len(customers) + 2  # unknown, the customer's people, a new person
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("木村 真一", True))
    box.setCurrentIndex(box.count() - 1)
    qtbot.waitUntil(lambda: any(p.name == "木村 真一" for p in win.editor.deal.stakeholders))
    stored = demo_service.get_deal(deal.id)
    signer = next(p for p in stored.stakeholders if p.name == "木村 真一")
    assert signer.side is Side.CUSTOMER and stored.approval_path.po_signer_id == signer.id
    assert tab.people["po_signer_id"].currentData() == signer.id


def test_the_risk_owner_is_picked_from_the_deals_people(qtbot, demo_service):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    tab = win.editor.risks
    win.editor.tabs.setCurrentWidget(tab)
    if tab.risks.rowCount() == 0:
        qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.risks.rowCount() == 1)
    index = tab.risk_view.model().index(0, 4)
    tab.risk_view.setCurrentIndex(index)
    tab.risk_view.edit(index)
    editor = _visible(tab.risk_view, QComboBox, "personEditor")
    offered = [editor.itemText(i) for i in range(editor.count())]
    assert {p.name for p in deal.stakeholders} <= set(offered) and offered[-1] == "New person…"
    vendor = next(p for p in deal.stakeholders if p.side is Side.VENDOR)
    editor.setCurrentIndex(offered.index(vendor.name))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    risk_id = tab.risks.row_object(0).id
    qtbot.waitUntil(lambda: next(r for r in win.editor.deal.risks if r.id == risk_id).owner == vendor.name)
    assert next(r for r in demo_service.get_deal(deal.id).risks if r.id == risk_id).owner == vendor.name


def test_a_route_desk_is_linked_to_its_stakeholder_and_renamed_with_them(qtbot, demo_service, tmp_path):
    win = _window(qtbot, demo_service)
    deal = _open(qtbot, win, "東邦")
    tab = win.editor.route
    win.editor.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() > 0, "the demo deal has an approval route"
    desk_id = tab.model.row_object(0).id
    index = tab.view.model().index(0, 1)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = _visible(tab.view, QComboBox, "personEditor")
    assert editor.itemText(editor.count() - 1) == "New person…"
    editor.setCurrentText("森 花子")  # a new name: she joins the customer's people
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.name == "森 花子" for p in win.editor.deal.stakeholders))
    person = next(p for p in win.editor.deal.stakeholders if p.name == "森 花子")
    assert person.side is Side.CUSTOMER
    desk = next(d for d in _reopened(tmp_path, deal.id).route.steps if d.id == desk_id)
    assert (desk.person, desk.person_id) == ("森 花子", person.id)
    renamed = type(person)(**{**{f: getattr(person, f) for f in person.__slots__}, "name": "森 花"})
    win.controller.apply(deal.id, "rename", E.put_stakeholder(renamed))
    stored = _reopened(tmp_path, deal.id)
    assert next(d for d in stored.route.steps if d.id == desk_id).person == "森 花"
    win.controller.apply(deal.id, "remove", E.delete_stakeholder(person.id))
    desk = next(d for d in _reopened(tmp_path, deal.id).route.steps if d.id == desk_id)
    assert (desk.person, desk.person_id) == ("森 花", None)  # the name stays, the link goes
