"""A layout checker for the PDFs, from the positions of their characters (pdfplumber) and
their fonts (pypdf); no pixels.

``check(data, ...)`` returns the problems found (an empty list: none):
- a glyph outside the page's margins;
- two text lines overlapping (the boxes of characters on different baselines intersect);
- a word of the source data not found whole (it may break at a line end after a hyphen;
  e-mail addresses only after "@" or ".");
- a glyph the font has no outline for (.notdef), or a character with no known text;
- a CJK line starting with a character kinsoku forbids there (ー。、」）…) or ending with an
  opening bracket;
- digits and the CJK characters next to them in different fonts ("2026" / "年10月");
- text that must be bold (CJK headings) set in a regular face, or bold faces not embedded;
- emoji not drawn with a glyph (nor replaced by their name);
- right-to-left names not in reading order.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pdfplumber
from bidi import get_display
from pypdf import PdfReader
from reportlab.lib.units import mm

from closeplan.export import fonts
from closeplan.export.typeset import NO_END, NO_START

# the embedded fonts' names (reportlab names a subset "AAAAAA+" and the font's PostScript name)
POSTSCRIPT = {
    "DejaVuSans": fonts.LATIN,
    "DejaVuSans-Bold": fonts.LATIN_BOLD,
    "IPAexGothic": fonts.JAPANESE,
    "BIZUDPGothic-Bold": fonts.JAPANESE_BOLD,
    "NanumGothic": fonts.KOREAN,
    "NanumGothicBold": fonts.KOREAN_BOLD,
    "Symbola": fonts.EMOJI,
}
BOLD_FACES = {"DejaVuSans-Bold", "BIZUDPGothic-Bold", "NanumGothicBold"}
CJK_BOLD = {"ja": "BIZUDPGothic-Bold", "ko": "NanumGothicBold"}
# the full-width and Japanese ones (Latin quotes open lines in Swedish: ”Juridisk granskning”)
CJK_NO_START = frozenset(ch for ch in NO_START if ord(ch) > 0x2000 and ch not in "’”")
CJK_NO_END = frozenset(ch for ch in NO_END if ord(ch) > 0x2000 and ch not in "‘“")
_CJK = (fonts.S_KANA, fonts.S_HAN, fonts.S_HANGUL)


@dataclass(frozen=True)
class Margins:
    """How far from each edge of the page every glyph stays, in points."""

    left: float
    right: float
    top: float = 5 * mm
    bottom: float = 5 * mm


PORTRAIT = Margins(18 * mm, 18 * mm)  # the customer plan and the internal review
LANDSCAPE = Margins(12 * mm, 12 * mm)  # the manager's review


@dataclass
class Fragment:
    """Characters drawn one after another on one baseline: a line of a paragraph."""

    page: int
    baseline: float
    size: float
    chars: list[dict] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)


def face(fontname: str) -> str:
    return fontname.split("+", 1)[-1]


@dataclass
class Pages:
    fragments: list[Fragment]
    chars: list[tuple[int, dict]]
    sizes: list[tuple[float, float]]
    font_names: set[str]
    embedded: set[str]


def read(data: bytes) -> Pages:
    fragments: list[Fragment] = []
    chars: list[tuple[int, dict]] = []
    sizes = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            sizes.append((float(page.width), float(page.height)))
            upright = []
            for c in page.chars:
                chars.append((number, c))
                if c["upright"]:
                    upright.append(c)
            upright.sort(key=lambda c: (round(page.height - c["matrix"][5], 1), c["x0"]))
            current: Fragment | None = None
            for c in upright:
                baseline = round(float(page.height - c["matrix"][5]), 1)
                if (
                    current is None
                    or current.baseline != baseline
                    or abs(current.size - c["size"]) > 0.05
                    or c["x0"] - current.x1 > 0.3 * c["size"]
                ):
                    current = Fragment(number, baseline, c["size"])
                    fragments.append(current)
                current.chars.append(c)
    reader = PdfReader(io.BytesIO(data))
    names: set[str] = set()
    embedded: set[str] = set()
    for pdf_page in reader.pages:
        resources = pdf_page.get("/Resources")
        if resources is None:
            continue
        for ref in (resources.get_object().get("/Font") or {}).values():
            font = ref.get_object()
            name = face(str(font.get("/BaseFont")))
            names.add(name)
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(name)
    return Pages(fragments, chars, sizes, names, embedded)


# --- the checks -------------------------------------------------------------------------------


def margins(pages: Pages, box: Margins) -> list[str]:
    problems = []
    for number, c in pages.chars:
        if c["text"].isspace():
            continue
        width, height = pages.sizes[number]
        if (
            c["x0"] < box.left - 0.5
            or c["x1"] > width - box.right + 0.5
            or c["top"] < box.top - 0.5
            or c["bottom"] > height - box.bottom + 0.5
        ):
            problems.append(
                f"p{number + 1}: {c['text']!r} at x {c['x0']:.0f}–{c['x1']:.0f}, y {c['top']:.0f} outside the margins"
            )
    return problems


def _ink(fragment: Fragment) -> tuple[float, float, float, float] | None:
    inked = [c for c in fragment.chars if not c["text"].isspace()]
    if not inked:
        return None
    return (inked[0]["x0"], inked[-1]["x1"], min(c["top"] for c in inked), max(c["bottom"] for c in inked))


def overlaps(pages: Pages, tolerance: float = 0.3) -> list[str]:
    problems = []
    boxes = [(f, b) for f in pages.fragments if (b := _ink(f)) is not None]
    boxes.sort(key=lambda fb: (fb[0].page, fb[1][2]))
    for i, (f, (x0, x1, top, bottom)) in enumerate(boxes):
        for g, (gx0, gx1, gtop, gbottom) in boxes[i + 1 :]:
            if g.page != f.page or gtop >= bottom - tolerance:
                break
            if g.baseline == f.baseline:
                continue
            if (
                gx0 < x1 - tolerance
                and x0 < gx1 - tolerance
                and gtop < bottom - tolerance
                and top < gbottom - tolerance
            ):
                problems.append(f"p{f.page + 1}: {f.text[:40]!r} overlaps {g.text[:40]!r}")
    for f in pages.fragments:  # glyphs of one line drawn over each other (a squeezed line)
        for left, right in zip(f.chars, f.chars[1:], strict=False):
            if right["x0"] < left["x1"] - 0.5:
                problems.append(f"p{f.page + 1}: {left['text']!r} and {right['text']!r} overlap in {f.text[:40]!r}")
                break
    return problems


def _is_cjk(ch: str) -> bool:
    return fonts.script(ch) in _CJK


def _ideographic(ch: str) -> bool:
    return fonts.script(ch) in (fonts.S_KANA, fonts.S_HAN)


def _unspaced(last: str, first: str) -> bool:
    """Whether a line break between ``last`` and ``first`` stands for no space: inside
    Japanese text (kana, Han, and the punctuation next to them), not in Korean or Latin."""
    if _ideographic(last) and _ideographic(first):
        return True
    if _ideographic(last):
        return not first.isalnum()
    if _ideographic(first):
        return not last.isalnum()
    return False


def paragraphs(pages: Pages) -> list[str]:
    """The text of each paragraph: its lines (fragments starting at one x, one line below the
    other) joined by a line break, or by nothing between two CJK characters."""
    by_page: dict[int, list[Fragment]] = {}
    for f in pages.fragments:
        by_page.setdefault(f.page, []).append(f)
    texts: list[str] = []
    for fragments in by_page.values():
        fragments.sort(key=lambda f: (round(f.x0), f.baseline))
        following: dict[int, Fragment] = {}
        has_previous: set[int] = set()
        for i, f in enumerate(fragments):
            for g in fragments[i + 1 :]:
                if round(g.x0) - round(f.x0) > 1:
                    break
                if (
                    abs(g.x0 - f.x0) <= 1.0
                    and 0 < g.baseline - f.baseline <= 1.9 * f.size
                    and abs(g.size - f.size) < 0.05
                ):
                    if id(g) not in has_previous:
                        following[id(f)] = g
                        has_previous.add(id(g))
                    break
        for f in fragments:
            if id(f) in has_previous:
                continue
            parts = [f.text.rstrip()]
            below = following.get(id(f))
            while below is not None:
                previous = parts[-1]
                start = below.text.lstrip()
                joined = previous[-1:] and start[:1] and _unspaced(previous[-1], start[0])
                parts.append(start if joined else "\n" + start)
                below = following.get(id(below))
            texts.append("".join(parts))
    return texts


_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def source_words(texts: Iterable[str]) -> set[str]:
    """The words of the source data that must print whole: runs of letters and digits in
    alphabetic or Hangul script (CJK breaks between characters)."""
    words = set()
    for value in texts:
        for match in _WORD.finditer(value or ""):
            word = match.group(0)
            if len(word) >= 2 and not any(_is_cjk(ch) and fonts.script(ch) != fonts.S_HANGUL for ch in word):
                if not any(fonts.script(ch) == fonts.S_RTL for ch in word):
                    words.add(word)
    return words


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    parts = []
    for i, ch in enumerate(word):
        parts.append(re.escape(ch))
        if i < len(word) - 1:
            parts.append("\n?" if ch in "-" else "(?:-\n)?")
    return re.compile(r"(?<![^\W_])" + "".join(parts) + r"(?![^\W_])")


@lru_cache(maxsize=1024)
def _address_pattern(address: str) -> re.Pattern[str]:
    parts = []
    for i, ch in enumerate(address):
        parts.append(re.escape(ch))
        if ch in "@." and i < len(address) - 1:
            parts.append("\n?")
    return re.compile(r"(?<![\w.@])" + "".join(parts) + r"(?![\w@])")


def words_whole(pages: Pages, words: Iterable[str], addresses: Iterable[str] = ()) -> list[str]:
    text = "\n\n".join(paragraphs(pages))
    problems = [f"word not found whole: {w!r}" for w in sorted(words) if not _word_pattern(w).search(text)]
    problems += [
        f"e-mail address not found intact: {a!r}" for a in sorted(addresses) if not _address_pattern(a).search(text)
    ]
    return problems


def glyphs(pages: Pages) -> list[str]:
    problems = []
    for number, c in pages.chars:
        ch = c["text"]
        name = face(c["fontname"])
        if "(cid:" in ch or ch == "\ufffd":
            problems.append(f"p{number + 1}: a glyph with no known text ({ch!r}) in {name}")
            continue
        font = POSTSCRIPT.get(name)
        if font is None:
            problems.append(f"p{number + 1}: {ch!r} in a font not bundled: {name}")
        elif len(ch) == 1 and not ch.isspace() and not fonts.has_glyph(font, ch):
            problems.append(f"p{number + 1}: {ch!r} (U+{ord(ch):04X}) has no glyph in {name}: .notdef")
    return problems


def kinsoku(pages: Pages) -> list[str]:
    problems = []
    for f in pages.fragments:
        text = f.text.strip()
        if not text:
            continue
        if text[0] in CJK_NO_START:
            problems.append(f"p{f.page + 1}: a line starts with {text[0]!r}: {text[:30]!r}")
        if text[-1] in CJK_NO_END:
            problems.append(f"p{f.page + 1}: a line ends with {text[-1]!r}: {text[-30:]!r}")
    return problems


def one_font_per_date(pages: Pages) -> list[str]:
    problems = []
    for f in pages.fragments:
        for a, b in zip(f.chars, f.chars[1:], strict=False):
            x, y = a["text"], b["text"]
            if (x.isdigit() and _is_cjk(y)) or (_is_cjk(x) and y.isdigit()):
                if face(a["fontname"]) != face(b["fontname"]):
                    problems.append(
                        f"p{f.page + 1}: {x!r} in {face(a['fontname'])}, {y!r} in {face(b['fontname'])}: {f.text[:30]!r}"
                    )
                    break
    return problems


def bold(pages: Pages, language: str, headings: Sequence[str]) -> list[str]:
    """Every heading in ``headings`` is found in bold faces only, and for a Japanese or
    Korean document its bold CJK face is embedded."""
    problems = []
    want = CJK_BOLD.get(language)
    if want is not None:
        if want not in pages.font_names:
            problems.append(f"the bold face {want} is not used")
        elif want not in pages.embedded:
            problems.append(f"the bold face {want} is not embedded")
    for heading in headings:
        squashed = re.sub(r"\s+", "", heading)
        found = False
        for f in pages.fragments:
            text = re.sub(r"\s+", "", f.text)
            if squashed and squashed in text:
                start = text.index(squashed)
                inked = [c for c in f.chars if not c["text"].isspace()][start : start + len(squashed)]
                if all(face(c["fontname"]) in BOLD_FACES for c in inked):
                    found = True
                    break
        if not found:
            problems.append(f"heading not in bold: {heading!r}")
    return problems


def emoji(pages: Pages, symbols: Iterable[str]) -> list[str]:
    problems = []
    drawn = {c["text"] for _n, c in pages.chars if face(c["fontname"]) == "Symbola"}
    text = "\n".join(f.text for f in pages.fragments)
    for symbol in symbols:
        name = f"[{unicodedata.name(symbol, '?').lower()}]"
        if symbol not in drawn and name not in text:
            problems.append(f"emoji {symbol!r} neither drawn with a glyph nor named")
    return problems


def right_to_left(pages: Pages, names: Iterable[str]) -> list[str]:
    """Each right-to-left name is drawn in reading order: left to right on the page, its
    characters as the bidi algorithm orders them (Arabic compared without joining forms)."""
    lines = [unicodedata.normalize("NFKC", f.text) for f in pages.fragments]
    problems = []
    for name in names:
        visual = get_display(name, base_dir="L")
        if not any(visual in line for line in lines):
            problems.append(f"right-to-left name not in reading order: {name!r} (visual {visual!r})")
    return problems


def check(
    data: bytes,
    box: Margins,
    words: Iterable[str] = (),
    addresses: Iterable[str] = (),
    language: str = "en",
    headings: Sequence[str] = (),
    symbols: Iterable[str] = (),
    rtl_names: Iterable[str] = (),
) -> list[str]:
    pages = read(data)
    return (
        margins(pages, box)
        + overlaps(pages)
        + words_whole(pages, words, addresses)
        + glyphs(pages)
        + kinsoku(pages)
        + one_font_per_date(pages)
        + bold(pages, language, headings)
        + emoji(pages, symbols)
        + right_to_left(pages, rtl_names)
    )
