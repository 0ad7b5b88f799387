"""The ten-minute scenario (issue 22), scripted through the widgets and counted.

An AE with a customer meeting ahead makes the plan of a new Japanese enterprise deal: the
wizard from the ringi template, back-scheduled from a target date, the customer's four people
on the approval path, owners named, the plan agreed, the customer's PDF saved. Every user
action goes through ``Actions``, which counts it: a key press, a typed field (keys typed one
after another into one field, or a Japanese text committed by the input method), a click.
The same scenario runs with the UI in English and in Japanese; each must need at most 40.
Afterwards the database is opened again and what was stored is checked.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QWidget

from closeplan.domain.model import OwnerSide, Side, StepKind, Tri
from closeplan.services.deals import DealService
from closeplan.ui import i18n
from closeplan.ui.formatting import fmt_date
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.plan_model import PERSON
from closeplan.ui.wizard import NewDealWizard
from tests.conftest import TODAY, fixed_clock

BUDGET = 40  # the bound on the user actions the scenario may need
TARGET = date(2027, 3, 31)  # the close the customer has in mind: the end of their fiscal year


class Actions:
    """qtbot's key presses, typing and clicks, each one counted as one user action."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []

    def _counted(self, what: str) -> None:
        self.count += 1
        self.log.append(what)

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self._counted(f"key {Qt.Key(key).name} on {widget.objectName() or type(widget).__name__}")
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        """One field typed: ASCII key by key; other text as the input method commits it (one
        composed commit, as a Japanese IME sends it), into whatever has the keyboard."""
        self._counted(f"type {text!r} into {widget.objectName() or type(widget).__name__}")
        if text.isascii():
            for char in text:  # each key goes where the keyboard is (an editor the first one opened)
                self.qtbot.keyClicks(QApplication.focusWidget() or widget, char)
            return
        composing = QInputMethodEvent(text, [])  # as an IME does: the text composed, then committed
        QApplication.sendEvent(QApplication.focusWidget() or widget, composing)
        commit = QInputMethodEvent("", [])
        commit.setCommitString(text)
        QApplication.sendEvent(QApplication.focusWidget() or widget, commit)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self._counted(f"click {widget.objectName() or type(widget).__name__}")
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def counted(self, what: str) -> None:
        """An action taken in a window the test cannot drive (the system's file dialog)."""
        self._counted(what)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


SCENARIO = {
    "en": {
        "account": "Hokushin Trading Co., Ltd.",
        "deal": "Core system renewal",
        "ae": "Ken Sato",
        "people": [
            ("Yuki Tanaka", "IT planning lead"),
            ("Hiroshi Suzuki", "Managing director"),
            ("Taro Yamada", "President"),
            ("Akiko Ito", "Purchasing manager"),
        ],
        "legal": "Mai Kobayashi",
    },
    "ja": {
        "account": "北辰物産株式会社",
        "deal": "基幹システム刷新",
        "ae": "佐藤 健",
        "people": [
            ("田中 由紀", "情報システム部 課長"),
            ("鈴木 博", "常務取締役"),
            ("山田 太郎", "代表取締役社長"),
            ("伊藤 明子", "購買部長"),
        ],
        "legal": "小林 舞",
    },
}


@pytest.fixture
def ui_language():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_first_plan_in_at_most_forty_actions(qtbot, tmp_path, monkeypatch, language, ui_language):
    words = SCENARIO[language]
    i18n.set_language(language)
    QSettings().remove("user")  # a new user: nothing remembered
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    win = MainWindow(Workspace(service, TODAY))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    act = Actions(qtbot)

    # --- the wizard ------------------------------------------------------------------------
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    act.key(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    def shown(kind) -> QWidget | None:
        return next((w for w in QApplication.topLevelWidgets() if kind(w) and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown(lambda w: isinstance(w, NewDealWizard)) is not None)
    wizard = shown(lambda w: isinstance(w, NewDealWizard))
    qtbot.waitExposed(wizard)
    wizard.activateWindow()  # (what the window manager does for a new window; offscreen, the test)
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.deal_page
    assert focused() is page.account, "the wizard opens in the customer's field"
    act.type(page.account, words["account"])
    act.key(focused(), Qt.Key.Key_Tab)
    act.type(focused(), words["deal"])
    act.key(focused(), Qt.Key.Key_Tab)
    act.type(focused(), "48000000")
    act.key(focused(), Qt.Key.Key_Tab)
    assert focused() is page.country
    if page.country.text() != "JP":  # English UI: the US by default
        act.type(page.country, "JP")
    assert (page.currency.currentText(), page.language.currentData()) == ("JPY", "ja")
    act.key(focused(), Qt.Key.Key_Tab)
    assert focused() is page.owner
    act.type(page.owner, words["ae"])
    act.key(focused(), Qt.Key.Key_Return)  # Next
    assert wizard.currentId() == 1, page.message.text()

    plan = wizard.plan_page
    assert plan.template.currentData() == "enterprise-jp-ringi"
    assert focused() in (plan.close_date, *plan.close_date.findChildren(QLineEdit)), "the date has the keyboard"
    act.type(focused(), fmt_date(TARGET))  # typed over the proposed date, in the UI's form
    act.key(focused(), Qt.Key.Key_Return)  # the date taken, and Next
    assert plan.close_date.date().toPython() == TARGET
    assert wizard.currentId() == 2, plan.status.text()
    assert min(s.due_date for s in plan.schedule.steps) >= TODAY

    people = wizard.people_page
    assert focused() is people.names[0]
    for i, (name, title) in enumerate(words["people"]):
        act.type(focused(), name)
        act.key(focused(), Qt.Key.Key_Tab)
        act.type(focused(), title)
        if i < len(words["people"]) - 1:
            act.key(focused(), Qt.Key.Key_Tab)
    act.key(focused(), Qt.Key.Key_Return)  # Finish
    qtbot.waitUntil(lambda: wizard.created is not None and not wizard.isVisible())
    deal_id = wizard.created.id
    qtbot.waitUntil(lambda: win.editor.deal is not None and win.editor.deal.id == deal_id)
    win.activateWindow()  # (the window manager's part again, once the wizard is gone)
    qtbot.waitUntil(win.isActiveWindow)

    # --- owners in the plan: the drafter drafts; the contract review goes to a new person ------
    tab = win.editor.plan
    win.editor.tabs.setCurrentWidget(tab)  # (the editor opens on its first tab, the plan)
    drafter = words["people"][0][0]

    def name_owner(kind_or_title, name: str) -> None:
        step = next(
            s
            for s in win.editor.deal.steps
            if s.owner_side is OwnerSide.CUSTOMER and (s.kind is kind_or_title or s.title == kind_or_title)
        )
        row = next(r for r in range(tab.model.rowCount()) if tab.model.step(r).id == step.id)
        index = tab.proxy.mapFromSource(tab.model.index(row, tab.model.column_of(PERSON)))
        tab.view.scrollTo(index)
        act.click(tab.view.viewport(), tab.view.visualRect(index).center())
        assert tab.view.currentIndex() == index
        act.type(tab.view, name)  # typing over the cell opens its editor
        editor = tab.view.findChild(QComboBox, "personEditor")
        assert editor is not None and editor.isVisible(), "typing in the owner cell edits it"
        assert editor.currentText() == name
        act.key(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: next(s for s in win.editor.deal.steps if s.id == step.id).owner_person == name)

    drafting = next(s for s in win.editor.deal.steps_in_time_order() if s.owner_side is OwnerSide.CUSTOMER)
    name_owner(drafting.title, drafter)
    name_owner(StepKind.LEGAL_REVIEW, words["legal"])

    # --- agree the plan, then the customer's PDF ---------------------------------------------
    act.key(tab.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.editor.deal.plan_agreed_on == TODAY)
    target = tmp_path / "plan.pdf"

    def save_as(*_args, **_kwargs):
        act.counted("Enter in the save dialog (the suggested name)")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    act.key(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(lambda w: w.objectName() == "exportDialog") is not None)
    dialog = shown(lambda w: w.objectName() == "exportDialog")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.audience.currentData() == "customer" and dialog.language.currentData() == "ja"
    act.key(focused(), Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: target.exists())

    print(f"user actions: {act.count}")
    print("\n".join(f"  {i + 1:2}. {what}" for i, what in enumerate(act.log)))
    assert act.count <= BUDGET, act.log

    # --- what was stored ---------------------------------------------------------------------
    win.close()
    service.close()
    again = DealService.open(path, fixed_clock)
    try:
        deal = again.get_deal(deal_id)
    finally:
        again.close()
    assert (deal.account, deal.currency, deal.country, deal.customer_language) == (
        words["account"],
        "JPY",
        "JP",
        "ja",
    )
    assert deal.target_close == TARGET and deal.owner == words["ae"]
    by_name = {p.name: p for p in deal.stakeholders}
    for name, title in words["people"]:
        assert by_name[name].side is Side.CUSTOMER and by_name[name].title == title
    assert by_name[words["legal"]].side is Side.CUSTOMER  # named once, as an owner: a stakeholder
    assert by_name[words["ae"]].side is Side.VENDOR  # the AE owns our steps
    path_people = deal.approval_path
    ids = {name: by_name[name].id for name, _ in words["people"]}
    drafter_name, approver, nominal, signer = (name for name, _ in words["people"])
    assert path_people.drafter_id == ids[drafter_name]
    assert path_people.real_final_approver_id == ids[approver]
    assert path_people.nominal_approver_id == ids[nominal]
    assert path_people.po_signer_id == ids[signer]
    steps = {s.id: s for s in deal.steps}
    assert steps[drafting.id].owner_person == drafter
    assert all(s.owner_person == words["ae"] for s in deal.steps if s.owner_side is OwnerSide.VENDOR)
    assert next(s for s in deal.steps if s.kind is StepKind.PURCHASE_ORDER).owner_person == signer
    # the real final approver gives the final approval, not a division head's before it
    # the real final approver is not put on the ringi's circulation (部長・本部長の承認): the board decides after it
    assert all(s.approver != approver for s in deal.steps if s.kind is StepKind.APPROVAL)
    assert path_people.board_resolution_needed is Tri.YES  # the ringi template meets the board
    assert deal.plan_agreed_on == TODAY and all(s.baseline_date == s.due_date for s in deal.steps)
    assert min(s.due_date for s in deal.steps) >= TODAY
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("ui", "country", "currency", "customer"),
    [("en", "US", "USD", "en"), ("ja", "JP", "JPY", "ja"), ("ko", "KR", "KRW", "ko"), ("sv", "SE", "SEK", "sv")],
)
def test_the_wizard_starts_from_the_ui_language_and_follows_the_country(
    qtbot, service, tmp_path, ui_language, ui, country, currency, customer
):
    from closeplan.services.planning import PlanningService, TemplateLibrary

    i18n.set_language(ui)
    wizard = NewDealWizard(PlanningService(service, TemplateLibrary(tmp_path / "t")), TODAY)
    qtbot.addWidget(wizard)
    page = wizard.deal_page
    assert (page.country.text(), page.currency.currentText(), page.language.currentData()) == (
        country,
        currency,
        customer,
    )
    page.country.selectAll()
    qtbot.keyClicks(page.country, "KR")  # typed: currency and language follow
    assert (page.currency.currentText(), page.language.currentData()) == ("KRW", "ko")
    page.country.selectAll()
    qtbot.keyClicks(page.country, "DE")
    assert (page.currency.currentText(), page.language.currentData()) == ("EUR", "en")
