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
    assert len(reader.outline) >= 5
    assert len({reader.get_destination_page_number(item) for item in reader.outline}) > 1
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


# --- the signature block ---------------------------------------------------------------------------

MM = 72 / 25.4


def _signature_pages(data: bytes, language: str) -> list[int]:
    heading = label(language, "agreed")
    return [
        i for i, page in enumerate(pages_text(data)) if label(language, "sign_signature") in page and heading in page
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signature_block_has_room_to_sign_and_a_seal_box_only_for_a_sealing_customer(language):
    for deal, seal in ((DEALS["ja"], True), (DEALS["en"], False)):
        data = customer(deal, language)
        pages = _signature_pages(data, language)
        assert pages, "no signature block"
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page = pdf.pages[pages[-1]]
            words = page.extract_words(keep_blank_chars=True)
            heading = max(w["top"] for w in words if w["text"].strip() == label(language, "agreed"))
            words = [w for w in words if w["top"] > heading]  # the block, under its heading
            for key in ("sign_name", "sign_title", "sign_signature", "sign_date"):
                assert sum(1 for w in words if w["text"].strip() == label(language, key)) == 2, key  # both parties
            titles = sorted(w["top"] for w in words if w["text"].strip() == label(language, "sign_title"))
            signatures = sorted(w["top"] for w in words if w["text"].strip() == label(language, "sign_signature"))
            assert min(s - t for s, t in zip(signatures, titles, strict=True)) >= 15 * MM  # room to sign
            seal_word = [w for w in words if w["text"].strip() == label(language, "seal")]
            squares = [r for r in page.rects if abs(r["width"] - 20 * MM) < 1 and abs(r["height"] - 20 * MM) < 1]
            assert bool(seal_word) == seal and bool(squares) == seal, (deal.customer_language, language)


@pytest.mark.parametrize("steps", range(8, 42, 3))
def test_the_signature_block_is_with_the_last_rows_or_on_its_own_page_under_a_heading(steps):
    deal = copy.deepcopy(DEALS["en"])
    template = deal.steps[-1]
    for i in range(steps - len(deal.steps)):
        extra = copy.deepcopy(template)
        extra.id = __import__("uuid").uuid4()
        extra.title = f"Extra step number {i}"
        extra.depends_on = []
        deal.steps.append(extra)
    data = customer(deal, "en")
    texts = pages_text(data)
    page = _signature_pages(data, "en")[-1]
    last = deal.steps_in_time_order()[-1].title
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[page].extract_words(keep_blank_chars=True)
    first_line = min(words, key=lambda w: (w["top"], w["x0"]))
    if last not in texts[page]:  # a page of its own: it starts with the heading, which names the plan
        assert first_line["text"].strip() == "Agreed by", first_line
        assert squash(f"{deal.account} — {deal.name}") in squash(texts[page].split("Agreed by", 1)[1])
    else:
        heading = next(w for w in words if w["text"].strip() == "Agreed by")
        assert heading["top"] > first_line["top"]  # below the plan's last rows


# --- the cover, the timeline, the chips and the dashboard in every language ---------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cover_summary_is_page_one(language):
    from closeplan.export.cover import Logos

    deal = DEALS[language]
    plan = customer_plan(deal, TODAY)
    png = _png()
    data = render_customer_plan(plan, TODAY, logos=Logos(vendor=png, customer=png))
    first = squash(pages_text(data)[0])
    for value in (deal.vendor_company, deal.account, deal.name, label(language, "customer_title")):
        assert squash(value) in first, value
    assert squash(label(language, "cover_goal_text", close=format_date(deal.target_close, language))) in first
    visible = [s for s in deal.steps if s.customer_visible and s.status.value != "skipped"]
    done = sum(1 for s in visible if s.status.value == "done")
    assert squash(label(language, "progress_steps", done=done, total=len(visible))) in first
    upcoming = [
        s for s in deal.steps_in_time_order() if s.customer_visible and s.owner_side.value == "customer" and s.is_open
    ]
    for step in upcoming[:3]:
        assert squash(step.title) in first and squash(format_date(step.due_date, language)) in first
    next_section = squash(label(language, "key_dates"))
    assert next_section in first
    board = next((s for s in deal.steps if s.kind.value == "board_meeting"), None)
    if board is not None:
        assert squash(label(language, "board_meeting")) in first
    ae = next(p for p in deal.stakeholders if p.name == deal.owner)
    assert squash(ae.name) in first and ae.email in first
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages[0].images) == 2  # both logos
    assert len(pdf_images(render_customer_plan(plan, TODAY))) == 0  # none given: the names stand alone


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (31, 58, 95)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_images(data: bytes) -> list:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [image for page in pdf.pages for image in page.images]


def _overlap(a, b, slack: float = 0.5) -> bool:
    return (
        a["x0"] < b["x1"] - slack
        and b["x0"] < a["x1"] - slack
        and a["top"] < b["bottom"] - slack
        and b["top"] < a["bottom"] - slack
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_is_drawn_with_its_words_and_its_labels_overlap_nothing(language):
    from closeplan.export.timeline import LINE_STYLE, Layout, timeline

    deal = DEALS[language]
    plan = customer_plan(deal, TODAY)
    layout = Layout()
    timeline(plan, language, TODAY, layout=layout)
    assert layout.dropped == 0 and layout.milestone_labels
    assert set(layout.lines) >= {"today", "target"}
    data = customer(deal)
    text = squash(pages_text(data)[0])
    assert squash(label(language, "timeline")) in text
    for key in ("today", "tl_milestone", "tl_done", "tl_open", "overdue", "tl_agreed", "target_close"):
        assert squash(label(language, key)) in text, key
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(keep_blank_chars=False, x_tolerance=1)
        heading = next(w for w in words if w["text"] == label(language, "timeline").split()[0])
        chart = [w for w in words if w["top"] > heading["bottom"]]
        lines = [  # the day lines (today, target, projected): tall and heavier than the month grid
            ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.1 and ln["height"] > 20 and ln["linewidth"] >= 0.85
        ]
        assert len({round(ln["x0"]) for ln in lines}) >= 2
        dashes = {str(ln.get("dash")) for ln in page.lines if ln in lines}
        assert len(dashes) >= 2  # told apart by their pattern, not only their colour
        for i, a in enumerate(chart):
            for b in chart[i + 1 :]:
                assert not _overlap(a, b), (a["text"], b["text"])
            for ln in lines:
                assert not (
                    a["x0"] + 0.5 < ln["x0"] < a["x1"] - 0.5 and a["top"] < ln["bottom"] and ln["top"] < a["bottom"]
                ), (a["text"], ln["x0"])
    assert LINE_STYLE["target"][2] != LINE_STYLE["projected"][2]


def test_timeline_labels_stay_clear_on_a_crowded_plan():
    from closeplan.export.timeline import CLEAR, Layout, timeline
    from closeplan.services.demo import synthetic_deals

    for deal in synthetic_deals(4, TODAY, seed=11, steps=300):
        layout = Layout()
        timeline(customer_plan(deal, TODAY), deal.customer_language, TODAY, layout=layout)
        spans = layout.milestone_labels
        for side, a in spans:
            for x in layout.lines.values():
                assert not (a.start - CLEAR < x < a.end + CLEAR), (a.text, x)
            for other_side, b in spans:
                if b is not a and other_side is side and b.row == a.row:
                    assert a.end <= b.start or b.end <= a.start, (a, b)


@pytest.mark.parametrize("language", LANGUAGES)
def test_status_chips_carry_colour_and_words(language):
    from closeplan.export.widgets import DONE, IN_PROGRESS, OVERDUE

    deal = DEALS[language]  # some steps done, one in progress, one overdue
    data = customer(deal)
    words_of = {
        DONE: label(language, "tl_done") if language != "en" else "Done",
        OVERDUE: label(language, "overdue"),
    }
    found = {tone: 0 for tone in words_of}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=True)
            for rect in page.rects + page.curves:  # a chip is a rounded rectangle: curves
                for tone, word in words_of.items():
                    fill = tuple(round(c, 2) for c in (rect.get("non_stroking_color") or ()))
                    wanted = tuple(round(int(tone.fill[i : i + 2], 16) / 255, 2) for i in (1, 3, 5))
                    if fill == wanted and any(
                        w["text"].strip() == word and rect["x0"] <= w["x0"] and w["x1"] <= rect["x1"] + 0.5
                        for w in words
                    ):
                        found[tone] += 1
    assert all(found.values()), found
    in_progress = [
        s for s in deal.steps if s.customer_visible and s.status.value == "in_progress" and s.due_date >= TODAY
    ]
    if in_progress:
        assert IN_PROGRESS.dash is not None and OVERDUE.dash is None and OVERDUE.weight > DONE.weight


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_opens_with_its_dashboard_on_one_page(language):
    from closeplan.export.doc_text import review_text

    data = _review(language)
    pages = pages_text(data)
    first = squash(pages[0])
    for key in ("dash_risk", "dash_ae", "dash_slip", "dash_at_risk"):
        assert squash(review_text(language, key)) in first, key
    assert squash(review_text(language, "in_period_note", start="2026", end="2026")[:12]) in first  # explained
    for deal in demo_deals(TODAY):
        assert squash(deal.owner) in first  # deals by AE
    assert squash(review_text(language, "table")) not in first  # the table starts on page 2
    assert squash(review_text(language, "table")) in squash(pages[1])
    assert squash(review_text(language, "totals")) in squash(" ".join(pages))


def test_the_review_ranks_amounts_only_within_their_currency():
    deals = demo_deals(TODAY)
    text = squash(" ".join(pages_text(_review("en", deals))[1:]))
    groups = [m.start() for m in re.finditer(r"(JPY|KRW|SEK|USD)·\d+deal", text)]
    assert len(groups) == 4
    codes = [text[i : i + 3] for i in groups]
    assert codes == sorted(codes)  # by code, never by amount
    for deal in deals:  # each deal under its own currency's band
        at = text.index(squash(deal.account))
        band = max(i for i in groups if i < at)
        assert text[band : band + 3] == deal.currency


def test_the_app_puts_the_vendors_logo_from_the_preferences_on_the_cover(qtbot, demo_service, tmp_path):
    from PySide6.QtCore import QSettings

    from closeplan.ui.main_window import MainWindow, Workspace
    from closeplan.ui.preferences import VENDOR_LOGO_SETTING

    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    settings = QSettings()
    settings.setValue(VENDOR_LOGO_SETTING, str(logo))
    try:
        window = MainWindow(Workspace(demo_service, TODAY))
        qtbot.addWidget(window)
        window.search.setText("Norrskog")
        window.table.selectRow(0)
        dialog = window.export_pdf("customer")
        assert len(pdf_images(dialog.data)) == 1
        logo.write_bytes(b"not an image")  # unreadable: the name stands instead, the export goes on
        dialog.refresh()
        assert pdf_images(dialog.data) == [] and "Norrskog Energi AB" in pages_text(dialog.data)[0]
    finally:
        settings.remove(VENDOR_LOGO_SETTING)
