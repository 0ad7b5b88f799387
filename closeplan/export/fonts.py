"""Fonts for PDFs: embedded TrueType subsets, chosen per run of characters by coverage.

reportlab has no glyph fallback, so text that mixes scripts (a Korean document naming
Åsa Öberg, a Japanese plan with a Korean contact) is split into runs, each set in the
first font that has all of its characters.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LATIN, LATIN_BOLD, JAPANESE, KOREAN = "CP-Latin", "CP-Latin-Bold", "CP-Japanese", "CP-Korean"
_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    JAPANESE: "IPAexGothic.ttf",
    KOREAN: "NanumGothic.ttf",
}


@lru_cache(maxsize=1)
def register() -> dict[str, frozenset[int]]:
    """Register the bundled fonts with reportlab (once); return each font's code points."""
    folder = resources.files("closeplan.resources").joinpath("fonts")
    coverage: dict[str, frozenset[int]] = {}
    for name, filename in _FILES.items():
        with resources.as_file(folder.joinpath(filename)) as path:
            font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    # reportlab starts every canvas in Helvetica, which would be referenced but never
    # embedded; start in our own (embedded) Latin font instead
    rl_config.canvas_basefontname = LATIN
    return coverage


def _order(language: str, bold: bool) -> tuple[str, ...]:
    latin = LATIN_BOLD if bold else LATIN
    if language == "ko":
        return (latin, KOREAN, JAPANESE)
    return (latin, JAPANESE, KOREAN)


_NEUTRAL = set(" \t\n-–—,.;:!?()[]/'\"&+%#*@_=")


def runs(text: str, language: str = "en", bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font, chunk) runs so every character has a glyph."""
    coverage = register()
    order = _order(language, bold)
    result: list[tuple[str, str]] = []
    current: str | None = None
    chunk: list[str] = []
    for ch in text:
        code = ord(ch)
        if current is not None and (code in coverage[current] or ch in _NEUTRAL and code in coverage[current]):
            chunk.append(ch)
            continue
        font = next((f for f in order if code in coverage[f]), order[0])
        if ch in _NEUTRAL and current is not None:
            chunk.append(ch)
            continue
        if font != current and current is not None and chunk:  # (a chunk always has its font)
            result.append((current, "".join(chunk)))
            chunk = []
        current = font
        chunk.append(ch)
    if chunk:
        result.append((current or order[0], "".join(chunk)))
    return result


def missing(text: str) -> set[str]:
    """Characters of ``text`` that no bundled font can draw."""
    coverage = register()
    return {ch for ch in text if not ch.isspace() and not any(ord(ch) in c for c in coverage.values())}


def markup(text: str, language: str = "en", bold: bool = False) -> str:
    """Paragraph markup for ``text``: escaped, line breaks kept, one <font> per run."""
    parts = []
    for font, chunk in runs(text, language, bold):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font name="{font}">{body}</font>')
    return "".join(parts)
