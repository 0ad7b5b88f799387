"""Fonts for PDFs: embedded TrueType subsets, one font per run of one script.

reportlab has no glyph fallback, so text that mixes scripts (a Korean document naming
Åsa Öberg, a Japanese plan with a Korean contact, a title with an emoji) is split into
runs, each set in the bundled font of its script: Latin, Greek, Cyrillic, Hebrew and
Arabic in DejaVu Sans; kana and Han in IPAexGothic; Hangul in NanumGothic; emoji and
pictographs in Symbola (monochrome). Digits and punctuation take the script of the text
they stand in, so "2026年10月14日" and "2026년 10월 14일" are each set in one font.

Every face has a bold: DejaVu Sans Bold, BIZ UDPGothic Bold (Japanese), NanumGothic Bold.
A character that no bundled font has is replaced visibly (an emoji by its name in
brackets), never drawn as an empty box.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

LATIN, LATIN_BOLD = "CP-Latin", "CP-Latin-Bold"
JAPANESE, JAPANESE_BOLD = "CP-Japanese", "CP-Japanese-Bold"
KOREAN, KOREAN_BOLD = "CP-Korean", "CP-Korean-Bold"
EMOJI = "CP-Emoji"
_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    JAPANESE: "IPAexGothic.ttf",
    JAPANESE_BOLD: "BIZUDPGothic-Bold.ttf",
    KOREAN: "NanumGothic.ttf",
    KOREAN_BOLD: "NanumGothicBold.ttf",
    EMOJI: "Symbola.ttf",
}
BOLD = {LATIN: LATIN_BOLD, JAPANESE: JAPANESE_BOLD, KOREAN: KOREAN_BOLD, EMOJI: EMOJI}
REGULAR = {bold: regular for regular, bold in BOLD.items()}
REGULAR[EMOJI] = EMOJI

# scripts of characters (see ``script``)
S_LATIN, S_RTL, S_KANA, S_HAN, S_HANGUL, S_EMOJI, S_NEUTRAL, S_IGNORED = "LRJHKENZ"
_SCRIPT_FONT = {S_LATIN: LATIN, S_RTL: LATIN, S_KANA: JAPANESE, S_HANGUL: KOREAN, S_EMOJI: EMOJI}


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji, rare Han) written as
    UTF-16 surrogate pairs: reportlab writes five hex digits there, which readers take for
    another character (🚀 U+1F680 extracted as Ὠ U+1F68), so copied text would be wrong."""
    cmap = _reportlab_cmap(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            high = 0xD800 + ((code - 0x10000) >> 10)
            low = 0xDC00 + ((code - 0x10000) & 0x3FF)
            cmap = cmap.replace(f"> <{code:04X}>", f"> <{high:04X}{low:04X}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def font(name: str) -> TTFont:
    """The bundled font ``name``, registered with reportlab on first use (only the fonts a
    document uses are ever parsed)."""
    folder = resources.files("closeplan.resources").joinpath("fonts")
    with resources.as_file(folder.joinpath(_FILES[name])) as path:
        face = TTFont(name, str(path))
    pdfmetrics.registerFont(face)
    if name == LATIN:
        # reportlab starts every canvas in Helvetica, which would be referenced but never
        # embedded; start in our own (embedded) Latin font instead
        rl_config.canvas_basefontname = LATIN
    return face


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points font ``name`` has a glyph for."""
    return frozenset(code for code, glyph in font(name).face.charToGlyph.items() if glyph)


def register() -> dict[str, frozenset[int]]:
    """Register every bundled font with reportlab (once); return each font's code points."""
    return {name: coverage(name) for name in _FILES}


def has_glyph(name: str, ch: str) -> bool:
    return ord(ch) in coverage(name)


# --- scripts --------------------------------------------------------------------------------

_NO_GLYPH = frozenset(
    (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0xFE0E, 0xFE0F, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C)
    + (0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x20E3)
)


@lru_cache(maxsize=8192)
def script(ch: str) -> str:
    """The script class of ``ch``: S_LATIN (and Greek, Cyrillic, other alphabets DejaVu has),
    S_RTL (Hebrew, Arabic), S_KANA (kana and Japanese marks), S_HAN (ideographs, CJK
    punctuation, full-width forms: set in the font of the CJK text around them), S_HANGUL,
    S_EMOJI (pictographs), S_NEUTRAL (digits, spaces, punctuation, symbols) or S_IGNORED
    (zero-width joiners, variation selectors, skin tones: dropped)."""
    code = ord(ch)
    if code < 0x80:
        return S_LATIN if ch.isalpha() else S_NEUTRAL
    if code in _NO_GLYPH or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F or 0xFE00 <= code <= 0xFE0F:
        return S_IGNORED
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xA960 <= code <= 0xA97F:
        return S_HANGUL
    if 0xD7B0 <= code <= 0xD7FF:
        return S_HANGUL
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F or code == 0x3005:
        return S_KANA
    if (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFF65
        or 0xFFE0 <= code <= 0xFFEF
        or 0x3200 <= code <= 0x33FF
        or 0x2E80 <= code <= 0x2FDF
    ):
        return S_HAN
    if 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
        return S_RTL if unicodedata.category(ch)[0] == "L" else S_NEUTRAL
    if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF or 0x2300 <= code <= 0x23FF:
        return S_EMOJI
    if ch.isalpha() or unicodedata.category(ch)[0] == "M":
        return S_LATIN
    return S_NEUTRAL


_OPENING = frozenset("([{“‘«„‚¿¡")


def _strong_cjk(scripts: list[str]) -> str | None:
    kana = scripts.count(S_KANA)
    hangul = scripts.count(S_HANGUL)
    if kana or hangul:
        return S_KANA if kana >= hangul else S_HANGUL
    return None


def _resolve(text: str, language: str) -> list[str]:
    """Each character's script with Han and neutrals resolved to the text around them."""
    cls = [script(ch) for ch in text]
    n = len(cls)
    if S_HAN in cls:
        whole = _strong_cjk(cls)
        default = whole or (S_HANGUL if language == "ko" else S_KANA)
        # Han takes the script of the nearest kana or Hangul in its stretch of CJK text (one
        # bounded by Latin, emoji or a line break), else that of the whole text
        i = 0
        while i < n:
            if cls[i] != S_HAN:
                i += 1
                continue
            start = i
            while start > 0 and cls[start - 1] in (S_HAN, S_KANA, S_HANGUL, S_NEUTRAL) and text[start - 1] != "\n":
                start -= 1
            end = i
            while end < n and cls[end] in (S_HAN, S_KANA, S_HANGUL, S_NEUTRAL) and text[end] != "\n":
                end += 1
            left = next((cls[j] for j in range(i - 1, start - 1, -1) if cls[j] in (S_KANA, S_HANGUL)), None)
            right = next((cls[j] for j in range(i, end) if cls[j] in (S_KANA, S_HANGUL)), None)
            pick = left or right or default
            while i < end:
                if cls[i] == S_HAN:
                    cls[i] = pick
                elif cls[i] in (S_KANA, S_HANGUL):
                    pick = cls[i]
                i += 1
        cls = [S_KANA if c == S_HAN else c for c in cls]
    if S_NEUTRAL in cls:
        i = 0
        while i < n:
            if cls[i] != S_NEUTRAL:
                i += 1
                continue
            end = i
            while end < n and cls[end] in (S_NEUTRAL, S_IGNORED):
                end += 1
            left = cls[i - 1] if i > 0 else None
            right = cls[end] if end < n else None
            if left == S_EMOJI:
                left = None
            if right == S_EMOJI:
                right = None
            if left is None or right is None or left == right:
                for j in range(i, end):
                    if cls[j] == S_NEUTRAL:
                        cls[j] = left or right or S_LATIN
            else:
                # between two scripts: what touches a side without a space joins that side
                # (an opening bracket the text after it); the rest, spaces included, the left
                chunk = text[i:end]
                first = chunk.find(" ")
                last = chunk.rfind(" ")
                for j in range(i, end):
                    if cls[j] != S_NEUTRAL:
                        continue
                    k = j - i
                    if first < 0:
                        cls[j] = right if chunk[k] in _OPENING or text[j - 1].isspace() else left
                    elif k > last:
                        cls[j] = right
                    else:
                        cls[j] = left
            i = end
    return cls


@lru_cache(maxsize=4096)
def _fallback(ch: str, bold: bool) -> str | None:
    order = (LATIN, JAPANESE, KOREAN, EMOJI)
    for name in order:
        candidate = BOLD[name] if bold else name
        if has_glyph(candidate, ch):
            return candidate
        if bold and has_glyph(name, ch):
            return name
    return None


@lru_cache(maxsize=2048)
def replacement(ch: str) -> str:
    """What stands for a character no bundled font has: a symbol's name in brackets, else
    the replacement character."""
    name = unicodedata.name(ch, "")
    if name and unicodedata.category(ch) in ("So", "Sm", "Sk"):
        return f"[{name.lower()}]"
    return "\ufffd"


def runs_with_scripts(text: str, language: str = "en", bold: bool = False) -> list[tuple[str, str, str]]:
    """Split ``text`` into (font, chunk, script) runs, each character in a font that has it."""
    if not text:
        return []
    if text.isascii() and text.isprintable():
        return [(LATIN_BOLD if bold else LATIN, text, S_LATIN)]
    cls = _resolve(text, language)
    result: list[tuple[str, str, str]] = []
    current: tuple[str, str] | None = None
    chunk: list[str] = []
    for ch, c in zip(text, cls, strict=True):
        if c == S_IGNORED:
            continue
        if ch == "\t":
            ch = " "
        name = _SCRIPT_FONT.get(c, LATIN)
        if bold:
            name = BOLD[name]
        if ch != "\n" and not has_glyph(name, ch):
            fallback = _fallback(ch, bold)
            if fallback is None:
                ch = replacement(ch)
                name = LATIN_BOLD if bold else LATIN
            else:
                name = fallback
        key = (name, c)
        if key != current:
            if chunk and current is not None:
                result.append((current[0], "".join(chunk), current[1]))
            chunk = []
            current = key
        chunk.append(ch)
    if chunk and current is not None:
        result.append((current[0], "".join(chunk), current[1]))
    return result


def runs(text: str, language: str = "en", bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font, chunk) runs so every character has a glyph (for text drawn
    on the canvas directly, such as footers; paragraphs go through ``typeset``)."""
    merged: list[tuple[str, str]] = []
    for name, chunk, _script in runs_with_scripts(text, language, bold):
        if merged and merged[-1][0] == name:
            merged[-1] = (name, merged[-1][1] + chunk)
        else:
            merged.append((name, chunk))
    return merged


def missing(text: str) -> set[str]:
    """Characters of ``text`` that no bundled font can draw (ignoring the zero-width ones)."""
    return {
        ch
        for ch in text
        if not ch.isspace() and script(ch) != S_IGNORED and not any(ord(ch) in c for c in register().values())
    }


def markup(text: str, language: str = "en", bold: bool = False) -> str:
    """Paragraph markup for ``text``: escaped, line breaks kept, one <font> per run."""
    parts = []
    for name, chunk in runs(text, language, bold):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font name="{name}">{body}</font>')
    return "".join(parts)
