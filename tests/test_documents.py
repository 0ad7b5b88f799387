"""The documents' content and layout (issue 21): the cover, the timeline, status chips, the review
dashboard, the signature block, drafts, footers, plurals, flags in words, /Lang, bookmarks and
links. Checked on the text and the positions of characters (pypdf, pdfplumber), never on pixels."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from closeplan.domain.calendar import calendar_for
from closeplan.domain.risk import assess
from closeplan.export.pdf import customer_plan, render_customer_plan, render_internal_review
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
    from closeplan.export.doc_text import text as label

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
