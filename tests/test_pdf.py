"""The customer close plan and the internal review as PDF, in four languages."""

from __future__ import annotations

import io
import re
import uuid
import zlib
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from closeplan.cli import main
from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import (
    Attitude,
    Influence,
    Level,
    OwnerSide,
    Risk,
    Role,
    Seniority,
    Side,
    Stakeholder,
    Step,
)
from closeplan.domain.risk import assess
from closeplan.export import fonts
from closeplan.export.doc_text import format_date, format_money
from closeplan.export.pdf import customer_plan, render_customer_plan, render_internal_review
from closeplan.services.demo import demo_deals, synthetic_deals
from tests.conftest import TODAY

DEALS = {d.customer_language: d for d in demo_deals(TODAY)}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def internal(deal, language=None) -> bytes:
    return render_internal_review(deal, assess(deal, TODAY, calendar_for(deal.country)), TODAY, language)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["en", "ja", "ko", "sv"])
def test_customer_plan_has_the_visible_steps_names_and_local_dates(language):
    deal = DEALS[language]
    data = render_customer_plan(customer_plan(deal), TODAY)
    text = squash(pdf_text(data))
    for step in deal.steps:
        if step.customer_visible:
            assert squash(step.title) in text, step.title
        else:
            assert squash(step.title) not in text, step.title
    for person in deal.stakeholders:
        assert squash(person.name) in text
    assert squash(format_date(deal.target_close, language)) in text
    assert squash(deal.account) in text and squash(deal.vendor_company) in text


def test_dates_and_amounts_are_written_as_each_language_writes_them():
    day = date(2026, 12, 18)
    assert [format_date(day, lang) for lang in ("ja", "ko", "sv", "en")] == [
        "2026年12月18日",
        "2026. 12. 18.",
        "18 december 2026",
        "December 18, 2026",
    ]
    from decimal import Decimal

    assert format_money(Decimal("12000000"), "JPY", "ja") == "¥12,000,000"
    assert format_money(Decimal("120000000"), "KRW", "ko") == "₩120,000,000"
    assert format_money(Decimal("1200000"), "SEK", "sv") == "1\u00a0200\u00a0000\u00a0kr"
    assert format_money(Decimal("86000"), "USD", "en") == "$86,000.00"


@pytest.mark.parametrize("language", ["en", "ja", "ko", "sv"])
def test_internal_review_has_forecast_flags_and_internal_fields(language):
    deal = DEALS[language]
    text = squash(pdf_text(internal(deal)))
    assert squash(deal.internal_notes) in text
    assert squash(deal.bant.budget.note) in text
    assert squash(deal.risks[0].description) in text
    hidden = [s for s in deal.steps if not s.customer_visible]
    for step in hidden:
        assert squash(step.title) in text


def _marked_deal():
    """A deal with a unique marker in every internal field."""
    deal = DEALS["ja"]
    deal = __import__("copy").deepcopy(deal)
    markers: dict[str, str] = {}

    def mark(name: str) -> str:
        value = f"ZQ{name.upper().replace('_', '')}{uuid.uuid4().hex[:6]}"
        markers[name] = value
        return value

    deal.internal_notes = mark("internal_notes")
    for field in ("business_issue", "problem", "solution", "benefit"):
        setattr(deal, field, mark(field))
    for item in ("budget", "authority", "need", "timeframe"):
        getattr(deal.bant, item).note = mark(f"bant_{item}")
    deal.approval_path.notes = mark("approval_notes")
    for i, step in enumerate(deal.steps):
        step.internal_note = mark(f"step_note_{i}")
        step.description = mark(f"step_description_{i}")
    hidden = Step(mark("hidden_step"), OwnerSide.VENDOR, TODAY + timedelta(days=5), customer_visible=False)
    deal.steps.append(hidden)
    for i, person in enumerate(deal.stakeholders):
        person.notes = mark(f"person_notes_{i}")
    deal.stakeholders.append(
        Stakeholder(
            "秘密 太郎",
            Side.CUSTOMER,
            title="部長",
            roles=[Role.INFLUENCER],
            influence=Influence.HIGH,
            seniority=Seniority.SENIOR_MANAGER,
            attitude=Attitude.BLOCKER,
            notes=mark("blocker_notes"),
        )
    )
    deal.risks.append(
        Risk(
            mark("risk"),
            likelihood=Level.HIGH,
            impact=Level.HIGH,
            mitigation=mark("mitigation"),
            owner=mark("risk_owner"),
        )
    )
    return deal, markers


def _all_stream_bytes(data: bytes) -> bytes:
    """Every stream of the file, decompressed where it is compressed."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = match.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return b"\n".join(out)


def test_no_internal_field_reaches_the_customer_pdf():
    deal, markers = _marked_deal()
    data = render_customer_plan(customer_plan(deal), TODAY)
    text = pdf_text(data)
    streams = _all_stream_bytes(data)
    metadata = " ".join(str(v) for v in (PdfReader(io.BytesIO(data)).metadata or {}).values())
    for name, marker in markers.items():
        assert marker not in text, name
        assert marker.encode() not in streams and marker.encode("utf-16-be") not in streams, name
        assert marker.encode() not in data, name
        assert marker not in metadata, name
    for word in ("blocker", "Blocker", "influence", "影響力"):
        assert word not in text
    # the internal review does carry them: the test would notice a leak
    internal_text = squash(pdf_text(internal(deal)))
    missing = [name for name, marker in markers.items() if marker not in internal_text and "description" not in name]
    assert missing == []


def test_metadata_names_the_deal_and_the_author():
    deal = DEALS["sv"]
    meta = PdfReader(io.BytesIO(render_customer_plan(customer_plan(deal), TODAY))).metadata
    assert deal.account in meta.title and deal.name in meta.title
    assert deal.owner in meta.author
    assert "anonymous" not in str(meta).lower() and "untitled" not in str(meta).lower()


def _fonts(data: bytes) -> list:
    reader = PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        resources = page["/Resources"]
        font_dict = resources["/Font"]
        for ref in font_dict.values():
            found.append(ref.get_object() if isinstance(ref, IndirectObject) else ref)
    return found


@pytest.mark.parametrize("language", ["en", "ja", "ko", "sv"])
def test_every_font_is_embedded(language):
    for data in (render_customer_plan(customer_plan(DEALS[language]), TODAY), internal(DEALS[language])):
        fonts_used = _fonts(data)
        assert fonts_used
        for font in fonts_used:
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font.get("/BaseFont")
            assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")


def test_no_character_of_the_demo_data_lacks_a_glyph():
    text = []
    for deal in demo_deals(TODAY):
        text += [
            deal.name,
            deal.account,
            deal.vendor_company,
            deal.owner,
            deal.internal_notes,
            deal.approval_path.notes,
        ]
        text += [s.title for s in deal.steps] + [p.name + p.title for p in deal.stakeholders]
        text += [r.description + r.mitigation for r in deal.risks]
    assert fonts.missing("".join(text)) == set()


def test_mixed_scripts_switch_fonts_per_run():
    runs = fonts.runs("Åsa Öberg 님과 稟議 회의", "ko")
    assert runs[0] == (fonts.LATIN, "Åsa Öberg ")
    assert (fonts.KOREAN, "님과 稟議 회의") in runs or any(f == fonts.KOREAN for f, _ in runs)
    assert "".join(chunk for _, chunk in runs) == "Åsa Öberg 님과 稟議 회의"
    deal = DEALS["ko"]
    deal = __import__("copy").deepcopy(deal)
    deal.stakeholders[0].name = "Åsa Öberg"
    text = pdf_text(render_customer_plan(customer_plan(deal), TODAY, "ko"))
    assert "Åsa Öberg" in text


def test_a_300_step_plan_paginates_with_the_header_on_every_page():
    deal = synthetic_deals(1, TODAY, seed=9, steps=300)[0]
    for step in deal.steps:
        step.customer_visible = True
    data = render_customer_plan(customer_plan(deal), TODAY, "en")
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 5
    header = re.compile(r"Date\s*Step\s*Owner\s*Status")
    texts = [p.extract_text() for p in pages]
    first = next(i for i, t in enumerate(texts) if "Plan: what both sides do" in t)  # after the cover
    last = max(i for i, t in enumerate(texts) if deal.steps_in_time_order()[-1].title in t)
    assert last - first > 4
    assert all(header.search(t) for t in texts[first : last + 1])
    assert f"Page 1 of {len(pages)}" in pages[0].extract_text()


def test_cli_writes_both_pdfs_atomically(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--today", TODAY.isoformat()]) == 0
    customer = tmp_path / "out" / "plan.pdf"
    assert (
        main(
            [
                "export",
                "東邦",
                "--db",
                str(db),
                "--format",
                "pdf",
                "--audience",
                "customer",
                "-o",
                str(customer),
                "--today",
                TODAY.isoformat(),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "export",
                "東邦",
                "--db",
                str(db),
                "--format",
                "pdf",
                "--audience",
                "internal",
                "--lang",
                "en",
                "-o",
                str(tmp_path / "out" / "review.pdf"),
                "--today",
                TODAY.isoformat(),
            ]
        )
        == 0
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["plan.pdf", "review.pdf"]
    assert customer.stat().st_mode & 0o777 == 0o600
    assert "2027年" in pdf_text(customer.read_bytes())
    assert "Internal deal review" in pdf_text((tmp_path / "out" / "review.pdf").read_bytes())


def test_the_pdf_metadata_carry_the_documents_own_day(tmp_path):
    """Created and modified on the day the document is issued (the command's --today), not on the
    day the wall clock says; the author is the AE and the vendor, the creator closeplan."""
    db = tmp_path / "demo.sqlite3"
    day = date(2026, 11, 23)  # not the day this test runs on: --today is in the past
    assert main(["demo", "--db", str(db), "--today", day.isoformat()]) == 0
    out = tmp_path / "out"
    for args, name in (
        (["export", "東邦", "--format", "pdf", "--audience", "customer", "--draft"], "plan.pdf"),
        (["export", "東邦", "--format", "pdf", "--audience", "internal"], "internal.pdf"),
        (["review", "--period", "2026Q4", "--pdf"], "review.pdf"),
    ):
        target = out / name
        target.parent.mkdir(exist_ok=True)
        if args[0] == "review":
            args = [*args, str(target)]
        else:
            args = [*args, "-o", str(target)]
        assert main([*args, "--db", str(db), "--today", day.isoformat()]) == 0
        meta = PdfReader(target).metadata
        assert meta.creation_date.date() == day and meta.modification_date.date() == day, (name, meta)
        assert meta.creator == "closeplan", name
        assert "anonymous" not in str(meta).lower(), name
    deal = DEALS["ja"]
    assert PdfReader(out / "plan.pdf").metadata.author == f"{deal.owner} / {deal.vendor_company}"


def test_export_from_the_app_previews_then_saves_the_same_document(qtbot, demo_service, tmp_path):
    from closeplan.ui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(demo_service, TODAY))
    qtbot.addWidget(window)
    window.search.setText("Norrskog")
    window.table.selectRow(0)
    dialog = window.export_pdf("customer")
    assert dialog.document.pageCount() >= 1
    assert dialog.language.currentData() == "sv"
    assert dialog.suggested_path().name == "Norrskog Energi AB - Underhållsplattform för vindkraftparker.pdf"
    assert "INTERNAL" not in dialog.info.text()
    dialog.audience.setCurrentIndex(dialog.audience.findData("internal"))
    assert "INTERNAL" in dialog.info.text()
    dialog.audience.setCurrentIndex(dialog.audience.findData("customer"))
    target = tmp_path / "plan"
    dialog.save(str(target))
    saved = tmp_path / "plan.pdf"
    assert saved.read_bytes() == dialog.data
    assert "Gemensam avslutsplan" in pdf_text(saved.read_bytes())
    assert saved.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "language, words",
    [
        ("ja", ["延期されています", "紙の稟議", "起案者", "稟議・承認"]),
        ("ko", ["연기되었습니다", "서면 결재", "기안자", "품의·결재"]),
        ("sv", ["flyttats fram", "Attest på papper", "Handläggare", "Beslutsprocess"]),
    ],
)
def test_the_internal_review_speaks_the_document_language(language, words):
    deal = DEALS["ja"]  # pushed twice, paper approval, inexperienced drafter
    text = pdf_text(internal(deal, language))
    for word in words:
        assert word in text, word
    assert "has been pushed" not in text and "Approval is on paper" not in text
