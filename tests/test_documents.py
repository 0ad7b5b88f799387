"""The documents' content and layout (issue 21): the cover, the timeline, status chips, the review
dashboard, the signature block, drafts, footers, plurals, flags in words, /Lang, bookmarks and
links. Checked on the text and the positions of characters (pypdf, pdfplumber), never on pixels."""

from __future__ import annotations

import copy
import io
import re
from datetime import date, timedelta

import pdfplumber
import pytest
from pypdf import PdfReader

from closeplan.cli import main
from closeplan.domain.calendar import calendar_for
from closeplan.domain.review import build_review, parse_period
from closeplan.domain.risk import assess
from closeplan.domain.summary import summarize
from closeplan.export.doc_text import format_date
from closeplan.export.doc_text import text as label
from closeplan.export.pdf import customer_plan, render_customer_plan, render_internal_review
from closeplan.export.review_pdf import render_review
from closeplan.services.demo import demo_deals
from tests.conftest import TODAY

LANGUAGES = ("en", "ja", "ko", "sv")
DEALS = {d.customer_language: d for d in demo_deals(TODAY)}


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def internal(deal, language=None) -> bytes:
    return render_internal_review(deal, assess(deal, TODAY, calendar_for(deal.country)), TODAY, language)


def customer(deal, language=None, **options) -> bytes:
    return render_customer_plan(customer_plan(deal, TODAY), TODAY, language, **options)


# --- words -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_of_days_are_singular_or_plural_as_the_language_says(language):
    deal = DEALS["en"]  # projected one day after its target close
    assert assess(deal, TODAY, calendar_for(deal.country)).slip_days == 1
    text = " ".join(pages_text(internal(deal, language)))
    for wrong in ("day(s)", "dag(ar)", "1 days", "1 dagar", "step(s)", "arbetsdag(ar)"):
        assert wrong not in text, wrong
    assert {"en": "1 day", "sv": "1 dag", "ja": "1日", "ko": "1일"}[language] in text


def test_a_flag_template_words_a_count_in_the_singular_or_the_plural():
    from closeplan.domain import flags as F

    kind = F.flag_kind(
        "example_count",
        {"n": F.COUNT},
        en="{n} working {n:day|days} ago",
        ja="{n}営業日前",
        ko="{n}영업일 전",
        sv="för {n} {n:arbetsdag|arbetsdagar} sedan",
    )
    assert [kind.text({"n": n}, F.PLAIN) for n in (0, 1, 2)] == [
        "0 working days ago",
        "1 working day ago",
        "2 working days ago",
    ]
    from closeplan.export.doc_text import flag_words

    assert kind.text({"n": 1}, flag_words("sv")) == "för 1 arbetsdag sedan"
    with pytest.raises(ValueError):
        F.parse("{n:day|}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_internal_review_words_its_flags_and_says_internal_once_per_page(language):
    from closeplan.domain import risk

    deal = DEALS["ja"]  # pushed twice, paper approval, an inexperienced drafter
    flags = assess(deal, TODAY, calendar_for(deal.country)).flags
    assert risk.CLOSE_PUSHED in {f.code for f in flags}
    pages = pages_text(internal(deal, language))
    everything = " ".join(pages)
    codes = {name: code for name, code in vars(risk).items() if name.isupper() and isinstance(code, str)}
    for code in set(codes.values()) & {f.code for f in flags}:
        assert code not in everything, code
    marker = squash(label(language, "internal_only"))
    assert [squash(page).count(marker) for page in pages] == [1] * len(pages)


# --- the page furniture: drafts, footers, language, bookmarks, links, metadata ------------------------

DRAFT_WORD = {"en": "DRAFT", "ja": "ドラフト", "ko": "초안", "sv": "UTKAST"}
REVISION_1 = {"en": "Revision 1", "ja": "第1版", "ko": "제1판", "sv": "Version 1"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_is_marked_draft_on_every_page_and_has_no_revision_number(tmp_path, language):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--today", TODAY.isoformat()]) == 0
    deal = {"en": "Brightwater", "ja": "東邦", "ko": "한빛", "sv": "Norrskog"}[language]
    out = tmp_path / "draft.pdf"
    command = ["export", deal, "--db", str(db), "--today", TODAY.isoformat(), "--format", "pdf", "--draft"]
    assert main([*command, "--lang", language, "-o", str(out)]) == 0
    pages = pages_text(out.read_bytes())
    assert len(pages) >= 2
    for page in pages:
        assert DRAFT_WORD[language] in page
        assert squash(REVISION_1[language]) not in squash(page)
    note = squash(label(language, "draft_note"))
    assert note in squash(pages[0])
    issued = tmp_path / "issued.pdf"
    assert main([*command[:-1], "--lang", language, "-o", str(issued)]) == 0
    issued_pages = pages_text(issued.read_bytes())
    assert squash(REVISION_1[language]) in squash(issued_pages[0]) and note not in squash(" ".join(issued_pages))
    assert sum(p.count(DRAFT_WORD[language]) for p in issued_pages) < sum(p.count(DRAFT_WORD[language]) for p in pages)


def _words(data: bytes, page: int = 0):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        p = pdf.pages[page]
        return p.width, p.height, p.extract_words(keep_blank_chars=True, x_tolerance=1.5)


def _footer_words(data: bytes, page: int = 0):
    width, height, words = _words(data, page)
    return width, [w for w in words if w["bottom"] > height - 14 * 72 / 25.4]


def _review(language: str = "en", deals=None) -> bytes:
    rows = [summarize(d, TODAY) for d in (deals or demo_deals(TODAY))]
    return render_review(build_review(rows, parse_period("2026Q4", TODAY), TODAY), TODAY, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_footer_is_placed_for_its_landscape_page(language):
    data = _review(language)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height  # landscape
    width, footer = _footer_words(data)
    right = max(w["x1"] for w in footer)
    margin = 12 * 72 / 25.4
    assert width - margin - 1 <= right <= width - margin + 0.5, (right, width)


def long_named(deal):
    deal = copy.deepcopy(deal)
    deal.account = ("Förenade Norrskogs Vindkraft- och Energiförvaltningsaktiebolag " * 4)[:212]
    deal.name = "Underhållsplattform för vindkraftparker i hela Norrland, Trøndelag och Österbotten med drift"
    return deal


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_footer_with_long_names_is_shortened_and_keeps_clear_of_the_page_number(language):
    deal = long_named(DEALS["sv"])
    for data in (customer(deal, language), internal(deal, language)):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
        for page in range(count):
            width, footer = _footer_words(data, page)
            margin = 18 * 72 / 25.4
            assert all(margin - 0.5 <= w["x0"] and w["x1"] <= width - margin + 0.5 for w in footer), footer
            number = max(footer, key=lambda w: w["x1"])
            rest = [w for w in footer if w is not number]
            assert rest and max(w["x1"] for w in rest) < number["x0"] - 6, (rest, number)
            assert "…" in "".join(w["text"] for w in rest)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_says_its_language_and_has_a_bookmark_per_section(language):
    deal = DEALS[language]
    for data, sections in (
        (customer(deal), ("customer_title", "timeline", "steps", "contacts", "agreed")),
        (internal(deal), ("forecast", "flags", "approval_path", "steps", "stakeholders", "bant")),
        (_review(language), ()),
    ):
        reader = PdfReader(io.BytesIO(data))
        assert reader.trailer["/Root"]["/Lang"] == language
        titles = [item.title for item in reader.outline if not isinstance(item, list)]
        assert titles, "no bookmarks"
        for key in sections:
            assert label(language, key) in titles, (key, titles)
        for item in reader.outline:
            if not isinstance(item, list):
                assert reader.get_destination_page_number(item) < len(reader.pages)


def test_bookmarks_point_at_the_pages_their_sections_are_on():
    deal = DEALS["en"]
    reader = PdfReader(io.BytesIO(customer(deal)))
    for item in reader.outline:
        page = reader.pages[reader.get_destination_page_number(item)]
        assert squash(item.title) in squash(page.extract_text()), item.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_e_mail_addresses_are_mailto_links(language):
    deal = DEALS[language]
    for data in (customer(deal), internal(deal)):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            links = {link["uri"] for page in pdf.pages for link in page.hyperlinks}
        for person in deal.stakeholders:
            if person.email:
                assert f"mailto:{person.email}" in links, person.email


def test_the_metadata_never_say_anonymous_and_name_who_made_the_document():
    deal = copy.deepcopy(DEALS["en"])
    deal.owner, deal.vendor_company = "", ""
    for data in (customer(deal), internal(deal), _review()):
        meta = PdfReader(io.BytesIO(data)).metadata
        assert "anonymous" not in str(meta).lower()
        assert meta.author and meta.creator == "closeplan" and meta.title
    rows = [summarize(d, TODAY) for d in demo_deals(TODAY)]
    report = build_review(rows, parse_period("2026Q4", TODAY), TODAY)
    assert PdfReader(io.BytesIO(render_review(report, TODAY, "en", author="Anna Berg"))).metadata.author == "Anna Berg"


# --- dates fit their columns -----------------------------------------------------------------------


def _lines(data: bytes) -> list[str]:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            out += page.extract_text(x_tolerance=1.5).splitlines()
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_in_a_table_is_written_on_one_line(language):
    deal = copy.deepcopy(DEALS[language])
    for i, step in enumerate(deal.steps):  # the widest dates of the language: every month, the 28th
        step.due_date = date(2026, 1 + i % 12, 28)
        step.baseline_date = step.due_date - timedelta(days=3)
    deal.plan_agreed_on = TODAY
    for data in (customer(deal), internal(deal)):
        lines = " | ".join(_lines(data))
        for step in deal.steps:
            if step.customer_visible:
                assert format_date(step.due_date, language) in lines, format_date(step.due_date, language)
