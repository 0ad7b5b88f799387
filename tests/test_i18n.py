"""The UI in Japanese, Korean, Swedish and English: complete translation files, switching
the language of open windows at runtime, Qt's own texts, local date formats, and a layout
that survives strings 40 % longer (pseudo-locale)."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QGroupBox, QLabel

from closeplan.domain import model
from closeplan.domain.calendar import calendar_for
from closeplan.domain.risk import assess
from closeplan.export import doc_text
from closeplan.services.planning import PlanningService
from closeplan.ui import i18n
from closeplan.ui.main_window import MainWindow, Workspace
from closeplan.ui.preferences import PreferencesDialog
from closeplan.ui.wizard import NewDealWizard
from tests.conftest import TODAY
from tests.qt_helpers import column_of, table_rows

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


@pytest.fixture
def language(qapp):
    """Switch the UI language in a test; English and the C locale again afterwards."""
    yield lambda code: (i18n.set_language(code), QCoreApplication.processEvents())
    i18n.set_language("en")
    QLocale.setDefault(QLocale.c())
    QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot, demo_service):
    win = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def test_translation_files_are_complete_and_up_to_date():
    """Fails when a UI string is missing from a .ts file (stale), an entry is unfinished,
    or a translation lost a {placeholder}."""
    assert translations.problems() == []


def test_compiled_translations_are_built_from_the_current_sources():
    for language in translations.LANGUAGES:
        qm, ts = i18n.qm_path(language), translations.ts_path(language)
        assert qm.exists(), f"{qm} is missing: run `make translations`"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm} is older than {ts}: run `make translations`"


ENUMS = [
    model.Stage,
    model.OwnerSide,
    model.Side,
    model.StepKind,
    model.StepStatus,
    model.ApprovalMethod,
    model.Tri,
    model.Role,
    model.Influence,
    model.Seniority,
    model.Attitude,
    model.Level,
    model.RiskStatus,
    model.RouteRole,
    model.RouteMethod,
    model.RouteStatus,
    model.ClosureRepeat,
    model.MeetingKind,
]


@pytest.mark.parametrize("language", model.LANGUAGES)
def test_every_word_of_the_domain_has_its_own_entry_in_every_language(language):
    table = doc_text.VALUES[language]
    for enum in ENUMS:
        for member in enum:
            assert f"{enum.__name__}.{member.value}" in table or member.value in table, (language, member)


def test_stage_and_step_kind_approval_are_different_words_in_japanese():
    assert doc_text.enum_label(model.Stage.APPROVAL, "ja") == "稟議・承認"
    assert doc_text.enum_label(model.StepKind.APPROVAL, "ja") == "承認"


@pytest.mark.parametrize("language", ["ja", "ko", "sv"])
def test_every_risk_flag_has_a_message_in_every_language(language, demo_service):
    from closeplan.domain import risk

    seen = 0
    for deal_id in demo_service.all_ids():
        deal = demo_service.get_deal(deal_id)
        for flag in assess(deal, TODAY, calendar_for(deal.country)).flags:
            text = doc_text.flag_text(flag, language)
            assert "{" not in text and text
            if flag.code != risk.MANUAL_RISK:
                assert text != flag.message, (language, flag.code)
                seen += 1
    assert seen >= 5


# What a user reads in each language: the File menu, the Approval path tab, the deal list's
# target-close header, the stage of the Japanese demo deal, the Cancel button (from Qt's own
# translations) and the wizard's first page.
EXPECTED = {
    "ja": ("ファイル(&F)", "承認ルート", "目標成約日", "稟議・承認", "キャンセル", "顧客と商談"),
    "ko": ("파일(&F)", "결재 경로", "목표 계약일", "품의·결재", "취소", "고객과 영업 기회"),
    "sv": ("&Arkiv", "Beslutsväg", "Planerat avslut", "Beslutsprocess", "Avbryt", "Kunden och affären"),
    "en": ("&File", "Approval path", "Target close", "Approval", "Cancel", "The customer and the deal"),
}


def test_switching_the_language_retranslates_open_windows(window, qtbot, language):
    prefs = PreferencesDialog(window)
    qtbot.addWidget(prefs)
    wizard = NewDealWizard(PlanningService(window.service), TODAY, parent=window)
    qtbot.addWidget(wizard)
    window.search.setText("東邦精機")
    window.table.selectRow(0)
    for code in ("ja", "ko", "sv", "en"):
        language(code)
        menu, tab, header, stage, cancel, page = EXPECTED[code]
        assert window.menuBar().actions()[0].text() == menu
        assert window.editor.tabs.tabText(3) == tab
        assert column_of(window.table, header) == 4
        assert table_rows(window.table, 3) == [stage]
        assert prefs.buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
        assert wizard.deal_page.title() == page
        # the editor's own texts and the risk messages follow too
        assert window.editor.overview.captions["target_close"].text() == header
        flags = table_rows(window.editor.risks.flag_view, 1)
        assert flags and all("{" not in text for text in flags)
    assert window.menuBar().actions()[0].text() == "&File"


def test_risk_messages_and_list_tooltips_are_in_the_ui_language(window, language):
    window.search.setText("東邦精機")
    window.table.selectRow(0)
    english = table_rows(window.editor.risks.flag_view, 1)
    language("ja")
    japanese = table_rows(window.editor.risks.flag_view, 1)
    assert len(japanese) == len(english) and japanese != english
    assert any("発注書" in text or "取締役会" in text or "決裁者" in text for text in japanese)
    tip = window.table.model().index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert any("\u3040" <= ch <= "\u30ff" for ch in tip)  # kana: the flags are worded in Japanese


def test_dates_follow_the_language_when_the_system_has_no_locale(window, language):
    language("ja")
    window.search.setText("Brightwater")
    window.table.selectRow(0)
    assert table_rows(window.table, 4) == ["2026-12-03"]  # the C locale keeps ISO dates
    QLocale.setDefault(QLocale("ko_KR"))
    window.deals.retranslate()
    assert table_rows(window.table, 4) == ["2026. 12. 3."]  # four-digit year, as Koreans write it


def test_preferences_choose_the_language_and_remember_it(window, qtbot, language):
    dialog = window.open_preferences()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.accept()
    QCoreApplication.processEvents()
    assert i18n.current() == "ko"
    assert QSettings().value(i18n.SETTING) == "ko" and i18n.preferred() == "ko"
    assert window.editor.tabs.tabText(1) == "계획"
    dialog = window.open_preferences()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ko"
    dialog.language.setCurrentIndex(0)  # back to the system's language
    dialog.accept()
    QCoreApplication.processEvents()
    assert i18n.preferred() == "" and i18n.current() == "en"  # the test system's locale is C
    assert window.editor.tabs.tabText(1) == "Plan"


def test_the_system_locale_chooses_the_language_by_default(monkeypatch, language):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("sv_SE")))
    assert i18n.system_language() == "sv"
    language("")
    assert i18n.current() == "sv"
    assert QLocale().name() == "sv_SE"


def test_a_missing_translation_file_falls_back_to_english(monkeypatch, language, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    language("ja")
    assert i18n.current() == "en"


def test_japanese_and_korean_text_in_fields_is_saved(window, qtbot):
    window.search.setText("Brightwater")
    window.table.selectRow(0)
    name = window.editor.overview.name
    name.setText("歯科クリニック予約システム 導入")  # set directly: keyClicks with CJK aborts Qt
    name.editingFinished.emit()
    assert window.service.get_deal(window.current_deal_id()).name == "歯科クリニック予約システム 導入"
    plan = window.editor.plan
    index = plan.proxy.index(0, 1)
    plan.proxy.setData(index, "보안 검토 회의 일정 확정", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: "보안 검토 회의 일정 확정" in table_rows(plan.view, 1))


def _clipped(widget) -> bool:
    """A label or button narrower than its text needs (its minimum size hint)."""
    if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
        return False
    return widget.width() + 1 < widget.minimumSizeHint().width()


def test_layout_survives_strings_forty_percent_longer(window, qtbot, language):
    language(i18n.PSEUDO)
    assert window.editor.tabs.tabText(0).startswith("[Övérvîéw")
    assert len(window.editor.tabs.tabText(3)) >= 1.4 * len("Approval path")
    window.resize(1360, 860)
    screen = QApplication.primaryScreen().availableGeometry()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= max(1366, screen.width()) and minimum.height() <= max(768, screen.height())
    checked = 0
    for index in range(window.editor.tabs.count()):
        window.editor.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        shown = _shown_texts(window)
        checked += len(shown)
        assert [w.objectName() or _text(w) for w in shown if _clipped(w)] == [], f"tab {index}"
    assert checked > 100
    wizard = NewDealWizard(PlanningService(window.service), TODAY, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(3):
        QCoreApplication.processEvents()
        assert [_text(w) for w in _shown_texts(wizard) if _clipped(w)] == [], f"wizard page {page + 1}"
        for edit, text in (
            (wizard.deal_page.account, "Acme"),
            (wizard.deal_page.name, "Rollout"),
            (wizard.deal_page.amount, "1000000"),
        ):
            edit.setText(text)
        wizard.next()
    assert wizard.currentPage() is wizard.people_page  # (the last page: Next goes nowhere)
    review = window.open_review()
    qtbot.addWidget(review)
    QCoreApplication.processEvents()
    assert [_text(w) for w in _shown_texts(review) if _clipped(w)] == []
    window.editor.overview.agreed.setFixedWidth(40)  # the check itself notices a cut-off text
    window.editor.tabs.setCurrentIndex(0)
    QCoreApplication.processEvents()
    assert _clipped(window.editor.overview.agreed)


def _text(widget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()


def _shown_texts(root) -> list:
    return [w for kind in (QLabel, QAbstractButton, QGroupBox) for w in root.findChildren(kind) if w.isVisible()]


def test_month_labels_on_the_timeline_follow_the_locale(window, language):
    from closeplan.ui.formatting import fmt_month

    assert fmt_month(date(2026, 11, 1)) == "2026-11"
    QLocale.setDefault(QLocale("ja_JP"))
    assert fmt_month(date(2026, 11, 1)) == "2026年11月"
    QLocale.setDefault(QLocale("ko_KR"))
    assert fmt_month(date(2026, 11, 1)) == "2026년 11월"


def test_the_review_pdf_is_written_in_the_ui_language(qtbot, demo_service, language, tmp_path):
    from pypdf import PdfReader

    from closeplan.ui.review_view import ReviewView

    language("ko")
    view = ReviewView(demo_service, TODAY)
    qtbot.addWidget(view)
    assert view.pdf_button.text() == "PDF 내보내기…"
    path = view.export_pdf(str(tmp_path / "review"))
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert path.suffix == ".pdf"
    assert "후반 단계 검토" in text and "통화별 합계" in text


def test_the_wizard_explains_an_impossible_plan_in_the_ui_language(qtbot, demo_service, language):
    language("ja")
    wizard = NewDealWizard(PlanningService(demo_service), TODAY)
    qtbot.addWidget(wizard)
    page = wizard.deal_page
    page.account.setText("東邦精機株式会社")
    page.name.setText("追加ライン")
    page.amount.setText("12000000")
    page.country.setText("JP")
    wizard.show()
    wizard.next()
    plan = wizard.plan_page
    plan.template.setCurrentIndex(plan.template.findData("enterprise-jp-ringi"))
    plan.close_date.setDate(plan.close_date.date().addDays(-75))  # too soon for the next board meeting
    qtbot.waitUntil(lambda: "取締役会がありません" in plan.status.text())
    assert "最も早く可能な成約日" in plan.status.text()
    assert plan.use_proposal.isVisible() and "成約日にする" in plan.use_proposal.text()
