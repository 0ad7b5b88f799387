"""Board and committee cadences chosen in words (issue 22, "plain words, no codes"): the cadence
model and its wording, and the rule picker in the wizard, the Approval tab and the account
dialog, driven by keyboard and mouse, with what was stored read back through a second
connection. No rule's text is ever on screen."""

from __future__ import annotations

import calendar as months
from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
    QWizard,
)

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.basics import LANGUAGES
from closeplan.domain.cadence import (
    ORDINALS,
    REPEATS,
    WEEKDAYS,
    Cadence,
    Day,
    Frequency,
    Repeat,
    describe,
    from_rrule,
)
from closeplan.domain.model import StepKind
from closeplan.domain.scheduling import meetings_after
from closeplan.domain.validation import validate_rrule
from closeplan.ui import i18n
from closeplan.ui.cadence import CadencePicker
from closeplan.ui.main_window import MainWindow, Workspace
from tests.conftest import TODAY

# --- the model ----------------------------------------------------------------------------------


def every_cadence() -> list[Cadence]:
    found = []
    for repeat in REPEATS:
        if repeat.frequency is Frequency.WEEKLY:
            found += [Cadence(repeat, day) for day in WEEKDAYS]
        else:
            found += [Cadence(repeat, day, ordinal) for day in Day for ordinal in ORDINALS]
    return found


def test_every_choice_of_the_picker_is_a_usable_rule_read_back_as_itself():
    cadences = every_cadence()
    assert len(cadences) == len(set(cadences)) == 16 * 8 * 5 + 4 * 7
    rules = set()
    for cadence in cadences:
        rule = cadence.to_rrule()
        assert validate_rrule(rule) is None, rule
        assert from_rrule(rule) == cadence, rule
        rules.add(rule)
    assert len(rules) == len(cadences)  # no two choices write the same rule


@pytest.mark.parametrize(
    "rule",
    [  # every rule the templates, the demo data and the tests use
        "FREQ=MONTHLY;BYDAY=+3TH",
        "FREQ=MONTHLY;BYDAY=+2WE",
        "FREQ=MONTHLY;BYDAY=+1MO",
        "FREQ=MONTHLY;BYDAY=+2TU",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=WEEKLY;BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=WE",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    ],
)
def test_the_rules_in_use_are_picker_choices(rule):
    cadence = from_rrule(rule)
    assert cadence is not None and cadence.to_rrule() == rule


def test_spellings_of_the_same_rule_are_read_alike():
    third_thursday = Cadence(Repeat(Frequency.MONTHLY), Day.TH, 3)
    for rule in ("FREQ=MONTHLY;BYDAY=3TH", "freq=monthly;byday=+3th", "RRULE:BYDAY=+3TH;FREQ=MONTHLY"):
        assert from_rrule(rule) == third_thursday, rule
    last_business_day_of_quarter = Cadence(Repeat(Frequency.QUARTERLY, month=3), Day.BUSINESS, -1)
    assert from_rrule("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR,TH,WE,TU,MO;BYMONTH=12,3,9,6") == last_business_day_of_quarter
    assert from_rrule("FREQ=MONTHLY;BYMONTH=6;BYDAY=-1TH") == Cadence(Repeat(Frequency.YEARLY, month=6), Day.TH, -1)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=+3TH",  # depends on where the rule starts
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=+5TH",
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=MO,TH",
        "FREQ=WEEKLY;INTERVAL=6;BYDAY=TU",
        "DTSTART:20260105T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        "FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",  # once a year, not each quarter
        "not a rule",
        "",
    ],
)
def test_rules_the_picker_cannot_express_are_custom(rule):
    assert from_rrule(rule) is None


def test_the_rules_mean_what_their_words_say():
    def dates(rule: str) -> list[date]:
        start = datetime(2026, 1, 1)
        return [d.date() for d in rrulestr(rule, dtstart=start).between(start, datetime(2027, 1, 1), inc=True)]

    third_thursdays = dates(Cadence(Repeat(Frequency.MONTHLY), Day.TH, 3).to_rrule())
    assert len(third_thursdays) == 12 and all(d.weekday() == 3 and 15 <= d.day <= 21 for d in third_thursdays)
    quarter_ends = dates(Cadence(Repeat(Frequency.QUARTERLY, month=3), Day.BUSINESS, -1).to_rrule())
    assert quarter_ends == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]
    first_business = dates(Cadence(Repeat(Frequency.MONTHLY), Day.BUSINESS, 1).to_rrule())
    assert first_business[:3] == [date(2026, 1, 1), date(2026, 2, 2), date(2026, 3, 2)]
    agm = dates(Cadence(Repeat(Frequency.YEARLY, month=6), Day.TH, -1).to_rrule())
    assert agm == [date(2026, 6, 25)]
    every_other_tuesday = dates(Cadence(Repeat(Frequency.WEEKLY, weeks=2), Day.TU).to_rrule())
    assert all(d.weekday() == 1 for d in every_other_tuesday)
    assert {(b - a).days for a, b in zip(every_other_tuesday, every_other_tuesday[1:])} == {14}


# --- the words ----------------------------------------------------------------------------------

WORDED = {
    "FREQ=MONTHLY;BYDAY=+3TH": (
        "Third Thursday of every month",
        "毎月第3木曜日",
        "매월 셋째 목요일",
        "Tredje torsdagen i varje månad",
    ),
    "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1": (
        "Last business day of each quarter (March, June, September, December)",
        "四半期ごと（3月・6月・9月・12月）の最終営業日",
        "분기마다(3월·6월·9월·12월) 마지막 영업일",
        "Sista arbetsdagen i varje kvartal (mars, juni, september, december)",
    ),
    "FREQ=MONTHLY;BYMONTH=2,5,8,11;BYDAY=+2WE": (
        "Second Wednesday of February, May, August and November",
        "四半期ごと（2月・5月・8月・11月）の第2水曜日",
        "분기마다(2월·5월·8월·11월) 둘째 수요일",
        "Andra onsdagen i februari, maj, augusti och november",
    ),
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU": ("Every other Tuesday", "隔週火曜日", "격주 화요일", "Varannan tisdag"),
    "FREQ=WEEKLY;BYDAY=MO": ("Every Monday", "毎週月曜日", "매주 월요일", "Varje måndag"),
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR": (
        "Every 3 weeks on Friday",
        "3週間ごとの金曜日",
        "3주마다 금요일",
        "Var tredje fredag",
    ),
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1": (
        "First business day of every month",
        "毎月第1営業日",
        "매월 첫째 영업일",
        "Första arbetsdagen i varje månad",
    ),
    "FREQ=YEARLY;BYMONTH=6;BYDAY=-1TH": (
        "Last Thursday of June every year",
        "毎年6月の最終木曜日",
        "매년 6월 마지막 목요일",
        "Sista torsdagen i juni varje år",
    ),
    "FREQ=MONTHLY;INTERVAL=3;BYDAY=+3TH": (
        "A custom rule, repeating every 3 months",
        "独自の繰り返し規則（3か月ごと）",
        "사용자 지정 반복 규칙(3개월마다)",
        "En egen upprepningsregel, var 3:e månad",
    ),
    "X-NONSENSE": ("A custom rule", "独自の繰り返し規則", "사용자 지정 반복 규칙", "En egen upprepningsregel"),
    "": ("No regular meeting", "定例会議なし", "정기 회의 없음", "Inget regelbundet möte"),
}


@pytest.mark.parametrize("rule", list(WORDED))
def test_a_rule_is_described_in_each_language(rule):
    for language, words in zip(LANGUAGES, WORDED[rule]):
        assert describe(rule, language) == words, language


def test_every_choice_is_worded_in_every_language_without_codes():
    for cadence in every_cadence():
        rule = cadence.to_rrule()
        texts = [describe(rule, language) for language in LANGUAGES]
        assert len(set(texts)) == len(LANGUAGES), texts  # each language has its own words
        for text in texts:
            assert "FREQ" not in text and "BY" not in text and "=" not in text and "{" not in text, text
    assert describe("FREQ=MONTHLY;BYDAY=+3TH", "fr") == "Third Thursday of every month"  # English otherwise


# --- the picker -----------------------------------------------------------------------------------


@pytest.fixture
def english():
    yield
    i18n.set_language("en")
    QCoreApplication.processEvents()


def test_the_picker_shows_every_choice_and_gives_it_back(qtbot, english):
    picker = CadencePicker("probe")
    qtbot.addWidget(picker)
    emitted: list[str] = []
    picker.changed.connect(emitted.append)
    for cadence in every_cadence():
        picker.set_rule(cadence.to_rrule())
        assert picker.rule() == cadence.to_rrule()
        assert picker.repeat.choices[picker.repeat.currentIndex()] == cadence.repeat
        assert picker.day.choices[picker.day.currentIndex()] is cadence.day
        if cadence.repeat.frequency is not Frequency.WEEKLY:
            assert picker.ordinal.choices[picker.ordinal.currentIndex()] == cadence.ordinal
        assert picker.words.text() == describe(cadence.to_rrule(), "en")
    assert emitted == []  # showing a stored rule is no choice of the user's


def test_the_picker_is_driven_by_keyboard_in_the_languages_order(qtbot, english):
    picker = CadencePicker("probe")
    qtbot.addWidget(picker)
    picker.show()
    emitted: list[str] = []
    picker.changed.connect(emitted.append)
    picker.set_rule("FREQ=MONTHLY;BYDAY=+2WE")
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    picker.setFocus()
    assert QApplication.focusWidget() is picker.ordinal  # "[second] [Wednesday] [every month]"
    qtbot.keyClick(picker.ordinal, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is picker.day
    qtbot.keyClick(picker.day, Qt.Key.Key_Down)
    assert emitted == ["FREQ=MONTHLY;BYDAY=+3WE", "FREQ=MONTHLY;BYDAY=+3TH"]
    assert picker.words.text() == "Third Thursday of every month"
    i18n.set_language("ja")
    QCoreApplication.processEvents()
    assert picker.words.text() == "毎月第3木曜日"
    picker.setFocus()
    assert QApplication.focusWidget() is picker.repeat  # 毎月・第3・木曜日
    assert [picker.repeat.currentText(), picker.ordinal.currentText(), picker.day.currentText()] == [
        "毎月",
        "第3",
        "木曜日",
    ]
    qtbot.keyClick(picker.repeat, Qt.Key.Key_Down)  # 毎週: no ordinal, and no business day
    assert emitted[-1] == "FREQ=WEEKLY;BYDAY=TH"
    assert not picker.ordinal.isVisible() and picker.day.isVisible()
    assert picker.words.text() == "毎週木曜日"


def test_a_business_day_rule_becomes_a_weekday_when_it_turns_weekly(qtbot, english):
    picker = CadencePicker("probe")
    qtbot.addWidget(picker)
    picker.show()
    picker.set_rule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    assert picker.words.text() == "Last business day of every month"
    emitted: list[str] = []
    picker.changed.connect(emitted.append)
    picker.repeat.setFocus()
    qtbot.keyClick(picker.repeat, Qt.Key.Key_Down)
    assert emitted == ["FREQ=WEEKLY;BYDAY=MO"]


def test_a_custom_rule_is_kept_and_said_in_words(qtbot, english):
    picker = CadencePicker("probe")
    qtbot.addWidget(picker)
    picker.show()
    custom = "FREQ=MONTHLY;INTERVAL=3;BYDAY=+3TH"
    picker.set_rule(custom)
    assert picker.words.text() == "A custom rule, repeating every 3 months"
    assert picker.repeat.currentText() == "custom rule (kept as it is)"
    assert not picker.ordinal.isVisible() and not picker.day.isVisible()
    emitted: list[str] = []
    picker.changed.connect(emitted.append)
    picker.repeat.setFocus()
    qtbot.keyClick(picker.repeat, Qt.Key.Key_Home)  # no regular meeting
    qtbot.keyClick(picker.repeat, Qt.Key.Key_End)  # the custom rule again, as it was
    assert emitted == ["", custom]
    picker.set_rule("FREQ=WEEKLY;BYDAY=MO")  # another rule shown: the custom entry is gone
    assert "custom rule (kept as it is)" not in [picker.repeat.itemText(i) for i in range(picker.repeat.count())]


# --- in the app -------------------------------------------------------------------------------


def _window(qtbot, demo_service, language: str = "en", deal: str = "東邦") -> MainWindow:
    i18n.set_language(language)
    QCoreApplication.processEvents()
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.search.setText(deal)
    win.table.selectRow(0)
    return win


def _board(deal):
    return next(s for s in deal.steps if s.kind is StepKind.BOARD_MEETING)


def _choose_by_mouse(qtbot, box: QComboBox, text: str) -> None:
    """Open the box's list with a click and click the entry ``text``."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # (a release sooner is the opening click's)
    row = next(i for i in range(box.count()) if box.itemText(i) == text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert box.currentText() == text


def _is_third_thursday(day: date) -> bool:
    return day.weekday() == 3 and 15 <= day.day <= 21


def test_the_wizard_creates_a_deal_meeting_on_the_third_thursday(qtbot, demo_service, stored, english):
    from closeplan.ui.wizard import NewDealWizard

    win = _window(qtbot, demo_service)
    win.new_deal()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewDealWizard) and w.isVisible())
    for name, text in {
        "wizAccount": "Kadens Industri AB",
        "wizName": "Kadens deal",
        "wizAmount": "1200000",
        "wizCountry": "SE",  # the Swedish board template: the second Wednesday of every month
    }.items():
        wizard.findChild(QWidget, name).setText(text)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.plan_page
    picker = page.cadence
    assert picker.rule() == "FREQ=MONTHLY;BYDAY=+2WE"
    assert picker.words.text() == "Second Wednesday of every month"
    picker.ordinal.setFocus()
    qtbot.keyClick(picker.ordinal, Qt.Key.Key_Down)  # second → third, by keyboard
    _choose_by_mouse(qtbot, picker.day, "Thursday")  # Wednesday → Thursday, by mouse
    assert picker.words.text() == "Third Thursday of every month"
    assert page.schedule is not None and _is_third_thursday(page.schedule.board_meeting)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled(), page.status.text()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.name == "Kadens deal" for d in stored.list_deals()))
    created = stored.get_deal(next(d.id for d in stored.list_deals() if d.name == "Kadens deal"))
    board = _board(created)
    assert board.recurrence_rule == "FREQ=MONTHLY;BYDAY=+3TH"
    assert _is_third_thursday(board.meeting_date), board.meeting_date
    calendar = deal_calendar(created)
    for meeting in list(meetings_after(board.recurrence_rule, TODAY, calendar))[:12]:
        assert _is_third_thursday(meeting), meeting


def test_the_approval_tab_stores_the_cadence_and_undo_takes_it_back(qtbot, demo_service, stored, english):
    win = _window(qtbot, demo_service)
    deal_id = win.current_deal_id()
    tab = win.editor.approval
    win.editor.tabs.setCurrentWidget(tab)
    picker = tab.cadence
    assert _board(stored.get_deal(deal_id)).recurrence_rule == "FREQ=MONTHLY;BYDAY=+3TH"
    assert picker.words.text() == "Third Thursday of every month"
    # the last business day of each quarter: how often, by mouse; which one and the day by keyboard
    _choose_by_mouse(qtbot, picker.repeat, "every quarter: March, June, September, December")
    picker.ordinal.setFocus()
    qtbot.keyClick(picker.ordinal, Qt.Key.Key_End)  # last
    picker.day.setFocus()
    qtbot.keyClick(picker.day, Qt.Key.Key_End)  # business day
    wanted = "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    qtbot.waitUntil(lambda: _board(stored.get_deal(deal_id)).recurrence_rule == wanted)
    assert picker.words.text() == "Last business day of each quarter (March, June, September, December)"
    assert win.editor.message.text() == ""
    for _ in range(3):  # three choices, three steps back
        win.undo_action.trigger()
    qtbot.waitUntil(lambda: _board(stored.get_deal(deal_id)).recurrence_rule == "FREQ=MONTHLY;BYDAY=+3TH")
    assert picker.words.text() == "Third Thursday of every month"
    assert picker.day.currentText() == "Thursday"


def test_the_account_dialog_stores_a_meetings_cadence(qtbot, demo_service, stored, english):
    win = _window(qtbot, demo_service)
    deal = win.editor.deal
    seen: dict[str, object] = {}

    def act():
        dialog = win.editor.account_dialog
        try:
            dialog.tabs.setCurrentIndex(1)
            table = dialog.meetings
            seen["words"] = [table.item(r, 2).text() for r in range(table.rowCount())]
            table.setCurrentCell(1, 0)  # 経営会議, every Monday
            picker = dialog.rule_picker
            seen["shown"] = picker.words.text()
            picker.repeat.setFocus()
            qtbot.keyClick(picker.repeat, Qt.Key.Key_Down)  # every week → every 2 weeks
            seen["row"] = table.item(1, 2).text()
            qtbot.mouseClick(dialog.box.buttons()[0], Qt.MouseButton.LeftButton)  # OK
        except BaseException as exc:  # never leave the modal dialog open
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    win.editor.edit_account_calendar()
    if "error" in seen:
        raise seen["error"]  # type: ignore[misc]
    assert seen["words"] == ["Third Thursday of every month", "Every Monday"]
    assert seen["shown"] == "Every Monday"
    assert seen["row"] == "Every other Monday"
    profile = stored.account_profile(deal.account)
    assert [m.rule for m in profile.meetings] == ["FREQ=MONTHLY;BYDAY=+3TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"]


# --- no rule's text on screen -------------------------------------------------------------------

CODES = ("FREQ", "BYDAY", "RRULE", "INTERVAL=", "BYSETPOS")


def _texts(root: QWidget) -> list[str]:
    """Every text a user can see or hear under ``root``: labels, fields and their placeholders,
    every entry of every box, table cells and headers, buttons, tooltips, accessible names."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        found += [item.text(), item.toolTip()]
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    found.append(header.text())
    return [t for t in found if t]


def _no_codes(where: str, root: QWidget) -> None:
    shown = [t for t in _texts(root) if any(code in t.upper() for code in CODES)]
    assert not shown, f"{where}: a rule's text on screen: {shown}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_text_is_on_screen(qtbot, demo_service, english, language):
    from closeplan.ui.account_dialog import AccountDialog
    from closeplan.ui.wizard import NewDealWizard

    win = _window(qtbot, demo_service, language)
    tab = win.editor.approval
    win.editor.tabs.setCurrentWidget(tab)
    QCoreApplication.processEvents()
    assert tab.cadence.words.text() == describe("FREQ=MONTHLY;BYDAY=+3TH", language)
    _no_codes("approval tab", tab)
    deal = win.editor.deal
    dialog = AccountDialog(deal.account, deal.country, deal.currency, deal.account_profile, win, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.meetings.item(1, 2).text() == describe("FREQ=WEEKLY;BYDAY=MO", language)
    _no_codes("account dialog", dialog)
    dialog.reject()
    win.new_deal()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewDealWizard) and w.isVisible())
    for name, text in {
        "wizAccount": "Kadens KK",
        "wizName": "Kadens",
        "wizAmount": "1000000",
        "wizCountry": "JP",
    }.items():
        wizard.findChild(QWidget, name).setText(text)
    wizard.next()
    assert wizard.plan_page.cadence.rule() == "FREQ=MONTHLY;BYDAY=+3TH"
    for page in (wizard.deal_page, wizard.plan_page):
        _no_codes("wizard", page)
    wizard.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_picker_words_a_custom_rule_without_its_text(qtbot, english, language):
    i18n.set_language(language)
    picker = CadencePicker("probe")
    qtbot.addWidget(picker)
    picker.set_rule("FREQ=MONTHLY;BYMONTHDAY=15")
    _no_codes("picker", picker)
    assert picker.words.text() == describe("FREQ=MONTHLY;BYMONTHDAY=15", language)


def test_month_names_are_the_calendars():
    from closeplan.domain.cadence import WORDS

    assert list(WORDS["en"]["month"]) == list(months.month_name)[1:]


def test_a_cadence_changed_is_said_in_words_in_the_history_and_the_plan(qtbot, demo_service, stored, english):
    """After a cadence edit, the History tab's Before/After cells and their tooltips, and the board
    step's tooltip in the plan, say the rules in words."""
    win = _window(qtbot, demo_service)
    deal_id = win.current_deal_id()
    tab = win.editor.approval
    win.editor.tabs.setCurrentWidget(tab)
    _choose_by_mouse(qtbot, tab.cadence.repeat, "every quarter: March, June, September, December")
    qtbot.waitUntil(lambda: "BYMONTH" in _board(stored.get_deal(deal_id)).recurrence_rule)
    history = win.editor.history
    win.editor.tabs.setCurrentWidget(history)
    model = history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    texts = [
        str(model.data(model.index(row, column), role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert "Third Thursday of every month" in texts
    assert "Third Thursday of March, June, September and December" in texts
    assert not [t for t in texts if "FREQ=" in t or "BYDAY" in t]
    win.editor.tabs.setCurrentWidget(win.editor.plan)
    plan = win.editor.plan.model
    board = next(r for r in range(plan.rowCount()) if plan.step(r).kind is StepKind.BOARD_MEETING)
    tips = [str(plan.data(plan.index(board, c), Qt.ItemDataRole.ToolTipRole) or "") for c in range(plan.columnCount())]
    assert any("Third Thursday of March, June, September and December" in t for t in tips), tips
    assert not [t for t in tips if "FREQ=" in t]


def test_a_new_cadence_moves_the_meeting_to_its_next_date_and_undo_takes_it_back(qtbot, demo_service, stored, english):
    """A meeting left on a date the new cadence never meets on said one thing in the picker and
    another in the plan. The meeting moves to the cadence's next date from where it was, the
    submission deadline keeping its lead in working days; one undo puts all three back."""
    from closeplan.domain.accounts import deal_calendar
    from closeplan.domain.cadence import from_rrule

    win = _window(qtbot, demo_service)
    deal_id = win.current_deal_id()
    tab = win.editor.approval
    win.editor.tabs.setCurrentWidget(tab)
    before = _board(stored.get_deal(deal_id))
    assert _is_third_thursday(before.meeting_date) and before.submission_deadline is not None
    calendar = deal_calendar(stored.get_deal(deal_id))
    lead = calendar.between(before.submission_deadline, before.meeting_date)
    picker = tab.cadence
    picker.day.setFocus()
    qtbot.keyClick(picker.day, Qt.Key.Key_Up)  # Wednesday: the third Wednesday of every month
    qtbot.waitUntil(lambda: _board(stored.get_deal(deal_id)).recurrence_rule == "FREQ=MONTHLY;BYDAY=+3WE")
    after = _board(stored.get_deal(deal_id))
    assert after.meeting_date.weekday() == 2 and 15 <= after.meeting_date.day <= 21
    assert after.meeting_date >= before.meeting_date and after.due_date == after.meeting_date
    assert calendar.between(after.submission_deadline, after.meeting_date) == lead
    assert from_rrule(after.recurrence_rule) is not None
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: _board(stored.get_deal(deal_id)).meeting_date == before.meeting_date)
    again = _board(stored.get_deal(deal_id))
    assert (again.recurrence_rule, again.submission_deadline) == (before.recurrence_rule, before.submission_deadline)
