"""Every document, in every language, for the demo deals and for a stress deal, passes the
layout checker (tests/layout.py): glyphs inside the margins, no overlapping lines, every word
whole, e-mail addresses intact, no .notdef, kinsoku, one font per date, bold CJK headings,
emoji drawn, right-to-left names in reading order.

Before typeset.py each of these failed: words split without a hyphen ("Beslutspro/cess",
"Megan Clark/e"), addresses split anywhere, CJK headings in a regular face, "2026" and
"年10月14日" in two fonts, Japanese lines starting with "ー" in en/sv/ko documents, emoji as
empty boxes, Hebrew and Arabic names backwards."""

from __future__ import annotations

import copy
import unicodedata
import uuid
from datetime import timedelta
from functools import cache

import pytest
from bidi import get_display

from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import Deal, Level, OwnerSide, Risk, Side, Stakeholder, Step, StepKind, StepStatus
from closeplan.domain.review import build_review, parse_period
from closeplan.domain.risk import assess
from closeplan.domain.summary import summarize
from closeplan.export import typeset
from closeplan.export.doc_text import enum_label, review_text, text
from closeplan.export.pdf import customer_plan, render_customer_plan, render_internal_review
from closeplan.export.review_pdf import render_review
from closeplan.services.demo import demo_deals
from tests import layout
from tests.conftest import TODAY

LANGUAGES = ("en", "ja", "ko", "sv")
EMOJI = ("✅", "🚀")
HEBREW = "שרה כהן"
ARABIC = "محمد العلي"
LONG_ADDRESSES = (
    "anna-karin.lindqvist-johansson@procurement.nordic-industries-group.example.com",
    "procurement.department.central.purchasing@toho-seiki-manufacturing.example.co.jp",
)
MIXED_TITLE = "稟議書「最終版」の提出ー品質保証部 품의서 결재 완료 Beslutsunderlag för styrelsen ✅ 🚀（確認済み）。"
PHRASES = {
    "en": "Security questionnaire review with procurement, information security and legal counsel, "
    "including the data processing agreement and penetration test evidence",
    "sv": "Säkerhetsgranskning av leverantörsavtalet tillsammans med inköpsavdelningen och koncernjuridiken, "
    "inklusive personuppgiftsbiträdesavtal och styrelsebeslutsunderlag",
    "ja": "情報システム部によるセキュリティチェックシートの回答（第二版）と、購買部・法務部での契約条件レビュー「最終版」。"
    "ユーザー部門のヒアリング、データ移行テスト。",
    "ko": "정보보안 점검표 회신 및 구매팀·법무팀의 계약 조건 검토 (최종본) 「확인」 완료 후 이사회 보고, 데이터 이관 테스트 결과 공유",
}
ACCOUNT = (
    "Nordiska Industri- och Tillverkningskoncernen Aktiebolag (publ), Division Avancerade Produktionssystem "
    "och Automationslösningar för Fordonsindustrin, Region Norra Europa och Baltikum, Göteborg"
)


def _long(phrase: str, length: int = 200) -> str:
    value = phrase
    while len(value) < length:
        value += " " + phrase
    return value[:length].rstrip(" 「（(、")


def stress_deal(language: str) -> Deal:
    """300 steps of 200-character titles, a 212-character account, a title mixing Japanese,
    Korean, Swedish and emoji, Hebrew and Arabic stakeholders, long e-mail addresses."""
    deal = copy.deepcopy({d.customer_language: d for d in demo_deals(TODAY)}[language])
    deal.id = uuid.uuid4()
    deal.account = (ACCOUNT + " " + "Kontor " * 10)[:212]
    assert len(deal.account) == 212
    sides = (OwnerSide.VENDOR, OwnerSide.CUSTOMER, OwnerSide.JOINT)
    kinds = {280: StepKind.PURCHASE_ORDER, 290: StepKind.SIGNATURE}
    steps = []
    for i in range(300):
        title = MIXED_TITLE if i == 7 else _long(f"{i + 1}. " + PHRASES[language])
        due = TODAY + timedelta(days=i - 60)
        done = due < TODAY - timedelta(days=10)
        steps.append(
            Step(
                title,
                sides[i % 3],
                due,
                kind=kinds.get(i, StepKind.TASK),
                owner_person=("Megan Clarke", HEBREW, ARABIC, "Åsa Öberg-Lindqvist")[i % 4],
                status=StepStatus.DONE if done else StepStatus.PLANNED,
                completed_date=due if done else None,
                internal_note=_long(PHRASES[language], 120) if i % 10 == 0 else "",
            )
        )
    deal.steps = steps
    deal.stakeholders = [
        *deal.stakeholders,
        Stakeholder(HEBREW, Side.CUSTOMER, title="סמנכ״ל כספים", email=LONG_ADDRESSES[0]),
        Stakeholder(ARABIC, Side.CUSTOMER, title="مدير المشتريات", email=LONG_ADDRESSES[1]),
        Stakeholder("Megan Clarke", Side.VENDOR, title="Solutions Architect", email="megan.clarke@lumen.example.com"),
    ]
    deal.risks = [
        *deal.risks,
        Risk(_long(PHRASES[language], 180), mitigation=_long(PHRASES[language], 150), owner="Megan Clarke"),
    ]
    return deal


def _texts(deal: Deal, customer: bool) -> list[str]:
    texts = [deal.account, deal.name]
    texts += [s.title for s in deal.steps if s.customer_visible or not customer]
    texts += [s.owner_person for s in deal.steps if s.customer_visible or not customer]
    for person in deal.stakeholders:
        texts += [person.name, person.title]
    if not customer:
        texts += [r.description for r in deal.risks] + [r.mitigation for r in deal.risks]
    return texts


def _labels(language: str, customer: bool) -> list[str]:
    """The documents' own words: table headings and levels ("Sannolikhet", "Likelihood",
    "Medium")."""
    keys = ["date", "step", "owner", "status"]
    if not customer:
        keys += ["likelihood", "impact", "mitigation", "low", "medium", "high"]
    return [text(language, k) for k in keys]


def _addresses(deal: Deal) -> list[str]:
    return [p.email for p in deal.stakeholders if p.email]


def _symbols(texts: list[str]) -> list[str]:
    return [e for e in EMOJI if any(e in t for t in texts)]


def _rtl(texts: list[str]) -> list[str]:
    return [n for n in (HEBREW, ARABIC) if any(n in t for t in texts)]


@cache
def _deal(kind: str, language: str) -> Deal:
    if kind == "stress":
        return stress_deal(language)
    deal = {d.customer_language: d for d in demo_deals(TODAY)}[language]
    return deal


def _check_deal_document(data: bytes, deal: Deal, language: str, customer: bool) -> list[str]:
    texts = _texts(deal, customer)
    words = layout.source_words(texts + _labels(language, customer))
    headings = [text(language, k) for k in ("date", "step", "owner", "status")]
    return layout.check(
        data,
        layout.PORTRAIT,
        words=words,
        addresses=_addresses(deal),
        language=language,
        headings=headings,
        symbols=_symbols(texts),
        rtl_names=_rtl(texts),
    )


@pytest.mark.parametrize("kind", ["demo", "stress"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_customer_plan_layout(language, kind):
    deal = _deal(kind, language)
    data = render_customer_plan(customer_plan(deal, TODAY), TODAY, language)
    assert _check_deal_document(data, deal, language, customer=True) == []


@pytest.mark.parametrize("kind", ["demo", "stress"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_review_layout(language, kind):
    deal = _deal(kind, language)
    data = render_internal_review(deal, assess(deal, TODAY, calendar_for(deal.country)), TODAY, language)
    assert _check_deal_document(data, deal, language, customer=False) == []


@pytest.mark.parametrize("kind", ["demo", "stress"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_manager_review_layout(language, kind):
    deals = list(demo_deals(TODAY))
    if kind == "stress":
        deals += [_deal("stress", other) for other in LANGUAGES]
    report = build_review([summarize(d, TODAY) for d in deals], parse_period("2026Q4", TODAY), TODAY)
    assert report.rows
    data = render_review(report, TODAY, language)
    texts = []
    for row in report.rows:
        texts += [row.deal.owner, row.deal.account, row.deal.name, row.deal.next_customer_step or ""]
        texts += [enum_label(row.deal.stage, language), enum_label(row.deal.level or Level.LOW, language)]
    headings = review_text(language, "columns").split("|")
    texts += headings
    headings = headings[:3]
    problems = layout.check(
        data,
        layout.LANDSCAPE,
        words=layout.source_words(texts),
        language=language,
        headings=headings,
        symbols=_symbols(texts),
        rtl_names=_rtl(texts),
    )
    assert problems == []


# --- the defects, one by one ------------------------------------------------------------------


def _one_cell(value: str, language: str, width: float, bold: bool = False) -> list[str]:
    """``value`` broken into the lines of a column ``width`` points wide."""
    from reportlab.lib.styles import ParagraphStyle

    from closeplan.export import fonts

    fonts.font(fonts.LATIN)
    style = ParagraphStyle("t", fontName=fonts.LATIN, fontSize=8.5, leading=11)
    p = typeset.paragraph(value, style, language, bold=bold)
    p.wrap(width, 1000)
    return ["".join(w.text for w in line.words) for line in p.blPara.lines]


@pytest.mark.parametrize(
    ("value", "language", "width"),
    [
        ("Beslutsprocess", "sv", 40),
        ("Slutförhandling", "sv", 45),
        ("Negotiation", "en", 35),
        ("Medium", "en", 20),
        ("Pushed", "en", 20),
        ("Sannolikhet", "sv", 36),
        ("Likelihood", "en", 33),
        ("Megan Clarke", "ja", 40),
    ],
)
def test_a_word_breaks_only_at_a_hyphen_it_shows(value, language, width):
    lines = _one_cell(value, language, width)
    joined = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines).strip()
    assert joined == value, lines  # a line that does not end in a hyphen ends at a space


def test_an_address_breaks_only_after_at_or_dot():
    address = "ken.sato@lumen.example.com"
    for width in (40, 50, 60, 70, 80):
        lines = _one_cell(address, "ja", width)
        assert "".join(lines) == address
        assert all(line[-1] in "@." for line in lines[:-1]), lines


def test_columns_fit_their_longest_word():
    width = typeset.min_column_width(["Beslutsprocess", "Slutförhandling"], 8, "sv")
    assert width - 12 >= typeset.longest_word("Slutförhandling", 8, "sv") > 40
    assert typeset.fit_widths([10, 10, 80], [30, 5, 5], 100) == pytest.approx([30, 70 / 9, 560 / 9])
    assert typeset.fit_widths([1, 1], [80, 80], 100) == pytest.approx([50, 50])
    assert typeset.fit_widths([20, 20, 60], [5000, 10, 10], 100) == pytest.approx([40, 15, 45])  # capped


@pytest.mark.parametrize("language", LANGUAGES)
def test_cjk_lines_keep_kinsoku_in_every_language(language):
    value = "情報システム部によるセキュリティチェックシートの回答「第二版」（最終）。ユーザー部門のヒアリング、データ移行テスト。"
    for width in range(40, 160, 7):
        lines = _one_cell(value, language, width)
        assert "".join(lines) == value
        for line in lines:
            assert line[0] not in layout.CJK_NO_START, (width, lines)
            assert line[-1] not in layout.CJK_NO_END, (width, lines)


def test_a_date_is_one_font():
    from closeplan.export import fonts

    assert [f for f, _ in fonts.runs("2026年10月14日", "en")] == [fonts.JAPANESE]
    assert [f for f, _ in fonts.runs("2026년 10월 14일", "sv")] == [fonts.KOREAN]
    assert [f for f, _ in fonts.runs("2026年10月14日", "ja", bold=True)] == [fonts.JAPANESE_BOLD]


def test_right_to_left_names_are_in_reading_order():
    value = f"{HEBREW} and {ARABIC}"
    lines = _one_cell(value, "en", 300)
    assert len(lines) == 1
    assert lines[0].startswith("ןהכ הרש and ")  # Hebrew reversed for left-to-right drawing
    arabic = lines[0].split(" and ")[1]
    assert all(0xFE70 <= ord(c) <= 0xFEFC or c == " " for c in arabic)  # in joining forms
    assert unicodedata.normalize("NFKC", lines[0]) == get_display(value, base_dir="L")


RARE_KANJI = "彐"  # in IPAexGothic, not in BIZ UDPGothic Bold (nor NanumGothic Bold): found in their cmaps


def _drawn_chars(data: bytes) -> list[tuple[str, str, int, float]]:
    """Every character drawn, in order: (text, font, text render mode, line width), read by
    pdfminer (pdfplumber's parser), which knows the render mode but does not report it."""
    import io

    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    drawn: list[tuple[str, str, int, float]] = []
    render_string = PDFLayoutAnalyzer.render_string

    def recording(self, textstate, seq, ncs, graphicstate):
        before = len(drawn)
        original = self.render_char

        def render_char(matrix, font, fontsize, scaling, rise, cid, ncs_, gs):
            width = original(matrix, font, fontsize, scaling, rise, cid, ncs_, gs)
            item = self.cur_item._objs[-1]
            if isinstance(item, LTChar):
                drawn.append((item.get_text(), layout.face(item.fontname), textstate.render, gs.linewidth))
            return width

        self.render_char = render_char
        try:
            render_string(self, textstate, seq, ncs, graphicstate)
        finally:
            del self.render_char
        assert len(drawn) >= before

    PDFLayoutAnalyzer.render_string = recording
    try:
        for _page in extract_pages(io.BytesIO(data)):
            pass
    finally:
        PDFLayoutAnalyzer.render_string = render_string
    return drawn


@pytest.mark.parametrize("language", ["ja", "ko"])
def test_a_kanji_missing_from_the_bold_face_is_still_bold(language):
    from closeplan.export import fonts

    assert fonts.has_glyph(fonts.JAPANESE, RARE_KANJI)
    assert not fonts.has_glyph(fonts.JAPANESE_BOLD, RARE_KANJI) and not fonts.has_glyph(fonts.KOREAN_BOLD, RARE_KANJI)
    deal = copy.deepcopy(_deal("demo", language))
    deal.name = {"ja": "稟議承認" + RARE_KANJI + "の日程", "ko": "품의 승인 " + RARE_KANJI + " 일정"}[language]
    data = render_customer_plan(customer_plan(deal, TODAY), TODAY, language)
    assert _check_deal_document(data, deal, language, customer=True) == []  # no .notdef, margins, words…
    drawn = _drawn_chars(data)
    name = deal.name.replace(" ", "")
    inked = [d for d in drawn if not d[0].isspace()]
    heading = None
    for i in range(len(inked) - len(name) + 1):
        run = inked[i : i + len(name)]
        if "".join(d[0] for d in run) == name and all(d[1] in layout.BOLD_FACES for d in run if d[0] != RARE_KANJI):
            heading = run
            break
    assert heading is not None, "the deal's name is not set as a bold heading"
    (rare,) = [d for d in heading if d[0] == RARE_KANJI]
    assert rare[1] == "IPAexGothic"  # the regular face that has it…
    assert rare[2] == 2 and 0.2 < rare[3] < 1.5  # …filled and stroked: emboldened
    assert all(d[2] == 0 for d in heading if d[0] != RARE_KANJI)  # the real bold glyphs are only filled
    # the same character in regular text (the footer) is not emboldened, nor anything after the heading
    assert any(d[0] == RARE_KANJI and d[2] == 0 for d in drawn)
    assert [d for d in drawn if d[2] != 0 and d[0] != RARE_KANJI] == []
