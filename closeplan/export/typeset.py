"""Typesetting for the PDFs: plain text to paragraphs that break lines as a typesetter would.

- Fonts per script run (``fonts.runs_with_scripts``), bold for every script.
- Latin text breaks only at spaces, after a hyphen or dash inside a word, or at a
  hyphenation point (pyphen: Swedish or US English) where a visible hyphen is added;
  hyphenation is only tried when breaking at a space would leave the line less than
  ``HYPHENATE_BELOW`` full. A word wider than a whole line (never in a column sized with
  ``min_column_width``) is cut with a visible hyphen, never silently.
- E-mail addresses (and URLs) break only after "@" and "." (and "/").
- CJK text breaks between any two characters except where kinsoku forbids: no line starts
  with a closing bracket, a small kana, "ー", "。" or "、"…, none ends with an opening
  bracket; digits stay with the counter after them ("2026年"). This holds for CJK text in a
  document of any language. Korean breaks at spaces, and between syllables only when a
  word does not fit a line.
- Right-to-left words (Hebrew, Arabic) are drawn in reading order (python-bidi), Arabic
  letters in their joining forms (Unicode presentation forms).
- Emoji are set in a monochrome emoji font, or replaced by their name in brackets.

``paragraph`` makes a ``TypesetParagraph``, a reportlab ``Paragraph`` whose own line
breaker replaces reportlab's (which splits long words without a hyphen and applies kinsoku
only to whole paragraphs in wordWrap='CJK'); drawing, links and colours are reportlab's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import quoteattr

import pyphen
from bidi import get_display
from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.paragraph import FragLine, ParaLines

from closeplan.export import fonts

HYPHENATE_BELOW = 0.6  # try hyphenation when a break at a space would fill less of the line
FUZZ = 1e-6

# kinds of item, and of break after an item
BOX, SPACE, NEWLINE = 0, 1, 2
GLUE, ZERO, HYPH, LOW = 10, 11, 12, 13  # no break; break, nothing added; break adding "-"; last resort

NO_START = frozenset(
    "、。，．・：；？！‼⁇⁈⁉ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "」』）］｝〕〉》】〙〗〟’”｠»゛゜…‥〜～%％,.:;?!)]}"
)
NO_END = frozenset("「『（［｛〔〈《【〘〖〝‘“｟«([{")
_CJK = (fonts.S_KANA, fonts.S_HAN, fonts.S_HANGUL)
_DASHES = frozenset("-‐–—/")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s]+")
_SWEDISH = frozenset("åäöÅÄÖ")

# Bold text whose bold face lacks a character (a rare kanji such as 彐 is not in BIZ UDPGothic
# Bold) is set in the regular face: such runs are emboldened, drawn filled and stroked (text
# render mode 2) with a line of this fraction of the font size, so a bold heading stays bold
# to its last character.
SYNTHETIC_BOLD = frozenset((fonts.LATIN, fonts.JAPANESE, fonts.KOREAN))
SYNTHETIC_STROKE = 0.035
_EMBOLDEN = "closeplan-embolden"  # the canvas callback that switches it on and off


class Item:
    """A piece of text the line breaker places whole: a word part, a space or a line break."""

    __slots__ = ("font", "text", "width", "kind", "brk", "hy", "rtl", "fake")

    def __init__(
        self,
        font: str,
        text: str,
        width: float,
        kind: int,
        brk: int,
        hy: str | None,
        rtl: bool,
        fake: bool = False,
    ):
        self.font, self.text, self.width, self.kind, self.brk, self.hy, self.rtl = (
            font,
            text,
            width,
            kind,
            brk,
            hy,
            rtl,
        )
        self.fake = fake  # bold text set in a regular face (its bold lacks the glyph): drawn emboldened

    def __repr__(self) -> str:
        return f"Item({self.font}, {self.text!r}, {self.width:.1f}, kind={self.kind}, brk={self.brk})"


@lru_cache(maxsize=65536)
def _width(font: str, text: str, size: float) -> float:
    return fonts.font(font).stringWidth(text, size)


@lru_cache(maxsize=8)
def _hyphenator(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language, left=2, right=3)


def _dictionary(word: str, language: str) -> str:
    if language == "sv" or any(ch in _SWEDISH for ch in word):
        return "sv"
    return "en_US"


# --- Arabic joining forms ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """Presentation forms of each Arabic letter and of lam-alef, read from Unicode's own
    decompositions of the presentation forms B block."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in range(0xFE70, 0xFEFD):
        ch = chr(code)
        parts = unicodedata.decomposition(ch).split()
        if len(parts) < 2 or not parts[0].startswith("<"):
            continue
        form = parts[0].strip("<>")
        base = [chr(int(p, 16)) for p in parts[1:]]
        if len(base) == 1:
            forms.setdefault(base[0], {})[form] = ch
        elif len(base) == 2:
            ligatures.setdefault((base[0], base[1]), {})[form] = ch
    return forms, ligatures


def _joins_both(ch: str) -> bool:
    return "initial" in _arabic_forms()[0].get(ch, {})


def _transparent(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def shape_arabic(text: str) -> str:
    """Arabic letters in their contextual forms (isolated, initial, medial, final) and lam
    with alef as one ligature; other characters unchanged."""
    forms, ligatures = _arabic_forms()
    if not any(ch in forms for ch in text):
        return text
    out: list[str] = []
    chars = list(text)
    n = len(chars)
    i = 0

    def neighbour(j: int, step: int) -> str | None:
        j += step
        while 0 <= j < n and _transparent(chars[j]):
            j += step
        return chars[j] if 0 <= j < n else None

    while i < n:
        ch = chars[i]
        if ch not in forms:
            out.append(ch)
            i += 1
            continue
        before = neighbour(i, -1)
        joins_before = before is not None and _joins_both(before)
        after_index = i + 1
        while after_index < n and _transparent(chars[after_index]):
            after_index += 1
        after = chars[after_index] if after_index < n else None
        if ch == "\u0644" and after is not None and (ch, after) in ligatures and after_index == i + 1:
            lig = ligatures[(ch, after)]
            out.append(lig.get("final" if joins_before else "isolated", ch + after))
            i += 2
            continue
        joins_after = after is not None and after in forms and _joins_both(ch)
        own = forms[ch]
        if joins_before and joins_after:
            form = own.get("medial") or own.get("final") or ch
        elif joins_before:
            form = own.get("final") or ch
        elif joins_after:
            form = own.get("initial") or own.get("isolated") or ch
        else:
            form = own.get("isolated") or ch
        out.append(form)
        i += 1
    return "".join(out)


# --- text to items ----------------------------------------------------------------------------


def _spans(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "@.") for m in _EMAIL.finditer(text)]
    spans += [(m.start(), m.end(), "/.?&=") for m in _URL.finditer(text)]
    return spans


def _break_after(a: str, sa: str, b: str, sb: str) -> int:
    """The break allowed between two adjacent non-space characters (``sa``, ``sb``: their
    scripts before resolution)."""
    if b in NO_START or a in NO_END:
        return GLUE
    cjk_a, cjk_b = sa in _CJK, sb in _CJK
    if cjk_a or cjk_b:
        if sa == fonts.S_HANGUL and sb == fonts.S_HANGUL:
            return LOW
        if sa == fonts.S_HANGUL or sb == fonts.S_HANGUL:
            return LOW if (a.isalpha() and b.isalpha()) else GLUE
        if a.isdigit() and cjk_b:
            return GLUE  # "2026年": the number stays with its counter
        if not cjk_a and (a.isalnum() and b in "々"):
            return GLUE
        return ZERO
    if sa == fonts.S_EMOJI or sb == fonts.S_EMOJI:
        return ZERO
    if a in _DASHES and b.isalpha():
        return ZERO
    return GLUE


@lru_cache(maxsize=32768)
def items(text: str, language: str, bold: bool, size: float) -> tuple[Item, ...]:
    """``text`` as items for the line breaker, at font size ``size``."""
    runs = fonts.runs_with_scripts(text, language, bold)
    chars: list[str] = []
    faces: list[str] = []
    rtl: list[bool] = []
    for name, chunk, scr in runs:
        if scr == fonts.S_RTL:
            chunk = shape_arabic(chunk)
        chars.extend(chunk)
        faces.extend([name] * len(chunk))
        rtl.extend([scr == fonts.S_RTL] * len(chunk))
    plain = "".join(chars)
    n = len(chars)
    if not n:
        return ()
    fake = [bold and face in SYNTHETIC_BOLD for face in faces]
    own = [fonts.script(ch) for ch in chars]
    brk = [GLUE] * n  # the break between character i and i + 1
    for i in range(n - 1):
        brk[i] = _break_after(chars[i], own[i], chars[i + 1], own[i + 1])
    nohyphen = [False] * n
    for start, end, after in _spans(plain) if ("@" in plain or "/" in plain or "www." in plain) else ():
        for i in range(start, end):
            nohyphen[i] = True
            if i < end - 1:
                brk[i] = ZERO if chars[i] in after and chars[i + 1] not in after else GLUE
        last_dot = plain.rfind(".", start, end)
        if last_dot > 0 and end - last_dot <= 4:
            brk[last_dot] = LOW  # "example.se" rather than "example." and "se" alone
    result: list[Item] = []
    i = 0
    while i < n:
        ch = chars[i]
        if ch == "\n":
            result.append(Item(faces[i], "", 0.0, NEWLINE, GLUE, None, False))
            i += 1
            continue
        if ch == " " or ch == "\u3000":
            j = i
            while j < n and chars[j] == ch and faces[j] == faces[i]:
                j += 1
            chunk = plain[i:j]
            result.append(Item(faces[i], chunk, _width(faces[i], chunk, size), SPACE, ZERO, None, False, fake[i]))
            i = j
            continue
        j = i + 1
        while (
            j < n and brk[j - 1] == GLUE and faces[j] == faces[i] and rtl[j] == rtl[i] and chars[j] not in " \n\u3000"
        ):
            j += 1
        chunk = plain[i:j]
        following = brk[j - 1] if j < n and chars[j] not in " \n\u3000" else ZERO
        hy = None
        if not rtl[i] and not nohyphen[i] and own[i] == fonts.S_LATIN and len(chunk) >= 6:
            core = chunk.strip("()[]{}\"'“”‘’«»,.;:!?")
            if len(core) >= 6 and core.isalpha():
                hy = _dictionary(core, language)
        result.append(Item(faces[i], chunk, _width(faces[i], chunk, size), BOX, following, hy, rtl[i], fake[i]))
        i = j
    return tuple(result)


def _hyphenate(item: Item, size: float) -> list[Item]:
    """``item`` cut at its hyphenation points into pieces joined by hyphen breaks."""
    assert item.hy is not None
    text = item.text
    lead = len(text) - len(text.lstrip("([{\"'“‘«"))
    core = text[lead:].rstrip(")]}\"'”’»,.;:!?")
    points = [lead + p for p in _hyphenator(item.hy).positions(core)]
    if not points:
        return [item]
    pieces = []
    last = 0
    for p in [*points, len(text)]:
        chunk = text[last:p]
        brk = HYPH if p < len(text) else item.brk
        pieces.append(Item(item.font, chunk, _width(item.font, chunk, size), BOX, brk, None, False, item.fake))
        last = p
    return pieces


# --- the line breaker -------------------------------------------------------------------------


class Line:
    __slots__ = ("items", "width", "end", "dropped")

    def __init__(self, items: list[Item], width: float, end: int, dropped: Item | None):
        self.items = items  # as drawn (a hyphen added at a hyphenation break)
        self.width = width
        self.end = end  # NEWLINE, SPACE (the break fell on a space), or a break kind
        self.dropped = dropped  # the space the line ended on


def _trimmed(line: list[Item]) -> tuple[list[Item], Item | None]:
    dropped = None
    while line and line[-1].kind == SPACE:
        dropped = line.pop()
    return line, dropped


def _best_break(line: list[Item], limit: float, size: float) -> tuple[int, int] | None:
    """Where to end ``line`` (it and the next item do not fit within ``limit``): the number
    of items that stay, and the kind of break; the latest natural break that fits, else the
    latest last-resort one."""
    widths = [0.0]
    for it in line:
        widths.append(widths[-1] + it.width)
    fallback = None
    for k in range(len(line), 0, -1):
        prev = line[k - 1]
        if prev.kind == SPACE or (k < len(line) and line[k].kind == SPACE):
            kind = SPACE
        elif prev.brk == GLUE:
            continue
        else:
            kind = prev.brk
        j = k
        while j > 0 and line[j - 1].kind == SPACE:
            j -= 1
        if j == 0:
            continue
        width = widths[j] + (_hyphen_width(line[j - 1], size) if kind == HYPH else 0.0)
        if width > limit + FUZZ:
            continue
        if kind == LOW:
            fallback = fallback or (k, kind)
            continue
        return k, kind
    return fallback


def _hyphen_width(item: Item, size: float) -> float:
    return _width(item.font, "-", size)


def _cut(item: Item, limit: float, size: float) -> tuple[Item, Item]:
    """Cut an item wider than a whole line: the longest head that fits (with a visible
    hyphen between two letters), and the rest."""
    text = item.text
    k = 1
    while k < len(text):
        head = text[: k + 1]
        extra = "-" if head[-1].isalpha() and text[k + 1 : k + 2].isalpha() else ""
        if _width(item.font, head + extra, size) > limit + FUZZ:
            break
        k += 1
    head, rest = text[:k], text[k:]
    if head[-1].isalpha() and rest[:1].isalpha() and not item.rtl and fonts.script(head[-1]) == fonts.S_LATIN:
        head += "-"
    return (
        Item(item.font, head, _width(item.font, head, size), BOX, ZERO, None, item.rtl, item.fake),
        Item(item.font, rest, _width(item.font, rest, size), BOX, item.brk, item.hy, item.rtl, item.fake),
    )


def break_lines(source: Sequence[Item], widths: Sequence[float], size: float) -> list[Line]:
    """Greedy line breaking of ``source`` into lines of ``widths`` (the last one repeats)."""
    lines: list[Line] = []
    todo = list(reversed(source))
    current: list[Item] = []
    used = 0.0

    def limit() -> float:
        return widths[min(len(lines), len(widths) - 1)]

    def emit(kept: list[Item], end: int) -> None:
        kept, dropped = _trimmed(kept)
        if end == HYPH and kept:
            last = kept[-1]
            kept = [
                *kept[:-1],
                Item(
                    last.font,
                    last.text + "-",
                    last.width + _hyphen_width(last, size),
                    BOX,
                    HYPH,
                    None,
                    False,
                    last.fake,
                ),
            ]
        lines.append(Line(kept, sum(it.width for it in kept), end, dropped))

    while todo:
        it = todo.pop()
        if it.kind == NEWLINE:
            emit(current, NEWLINE)
            current, used = [], 0.0
            continue
        if it.kind == SPACE:
            if current:
                current.append(it)
                used += it.width
            continue
        if used + it.width <= limit() + FUZZ:
            current.append(it)
            used += it.width
            continue
        width = limit()
        found = _best_break(current, width, size) if current else None
        if it.hy is not None:
            natural = found is not None and found[1] != LOW
            kept_width = sum(x.width for x in _trimmed(current[: found[0]])[0]) if natural and found else 0.0
            if not natural or kept_width < HYPHENATE_BELOW * width:
                pieces = _hyphenate(it, size)
                if len(pieces) > 1:
                    todo.extend(reversed(pieces))
                    continue
        if found is None:
            if not current:  # one item wider than the line
                head, rest = _cut(it, width, size)
                emit([head], ZERO)
                todo.append(rest)
                continue
            # glued to what is before it and nothing breaks: cut between them
            last = current[-1]
            needs = last.text[-1:].isalpha() and it.text[:1].isalpha() and fonts.script(last.text[-1]) == fonts.S_LATIN
            emit(current, HYPH if needs else ZERO)
            current, used = [], 0.0
            todo.append(it)
            continue
        k, kind = found
        kept, carried = current[:k], current[k:]
        emit(kept, kind)
        while carried and carried[0].kind == SPACE:
            carried.pop(0)
        current = carried
        used = sum(x.width for x in carried)
        todo.append(it)
    if current or not lines:
        emit(current, NEWLINE)
    return lines


def _visual(line: list[Item]) -> list[Item]:
    """Right-to-left words of a line in reading order: each word's letters reversed (by the
    bidi algorithm) and a run of such words in reverse order."""
    if not any(it.rtl for it in line):
        return line
    out: list[Item] = []
    i = 0
    while i < len(line):
        if not line[i].rtl:
            out.append(line[i])
            i += 1
            continue
        j = i
        while j < len(line) and (line[j].rtl or (line[j].kind == SPACE and j + 1 < len(line) and line[j + 1].rtl)):
            j += 1
        run = line[i:j]
        for it in reversed(run):
            text = get_display(it.text, base_dir="R") if it.rtl else it.text
            out.append(Item(it.font, text, it.width, it.kind, it.brk, None, False, it.fake))
        i = j
    return out


# --- the paragraph ----------------------------------------------------------------------------


def _embolden(canvas: Any, _kind: str, label: Any) -> None:
    """reportlab's onDraw callback around an emboldened run: ``label`` is (line width, colour)
    to start it, None to end it (back to plain filled text and the canvas's line state)."""
    tx = canvas._curr_tx_info["tx"]
    if label is None:
        tx.setTextRenderMode(0)
        tx._code.append(f"{fp_str(canvas._lineWidth)} w")
        tx.setStrokeColor(canvas._strokeColorObj)
        return
    width, colour = label
    tx.setStrokeColor(colour)
    tx._code.append(f"{fp_str(width)} w")
    tx.setTextRenderMode(2)


def _switch(base: Any, label: Any) -> Any:
    frag = base.clone()
    frag.text = ""
    frag.cbDefn = ABag(kind="onDraw", name=_EMBOLDEN, label=label)
    return frag


@lru_cache(maxsize=256)
def _base_frag(style: ParagraphStyle, link: str | None):
    markup = f"<a href={quoteattr(link)}>x</a>" if link else "x"
    return Paragraph(markup, style).frags[0]


@lru_cache(maxsize=64)
def _extent(font: str, size: float) -> tuple[float, float]:
    return getAscentDescent(font, size)


class TypesetParagraph(Paragraph):
    """A Paragraph broken into lines by ``break_lines``."""

    def __init__(
        self,
        source: Sequence[Item],
        style: ParagraphStyle,
        plain: str,
        link: str | None = None,
        fixed: list[Line] | None = None,
    ):
        self._items = tuple(source)
        self._link = link
        self._fixed = fixed  # the head of a split paragraph keeps its lines, as reportlab's does
        self._cache: tuple[tuple[float, ...], ParaLines] | None = None
        base = _base_frag(style, link)
        frag = base.clone()
        frag.text = plain
        super().__init__(plain, style, frags=[frag])

    def breakLines(self, width):  # noqa: N802 - reportlab's name
        widths = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        if self._cache is not None and self._cache[0] == widths:
            return self._cache[1]
        style = self.style
        size = style.fontSize
        base = _base_frag(style, self._link)
        lines = []
        self._lines = self._fixed if self._fixed is not None else break_lines(self._items, widths, size)
        self._width_max = 0.0
        for index, line in enumerate(self._lines):
            words: list[Any] = []
            ascent, descent = _extent(style.fontName, size)
            fake = False
            for it in _visual(line.items):
                if words and words[-1].fontName == it.font and fake == it.fake and not hasattr(words[-1], "cbDefn"):
                    words[-1].text += it.text
                    continue
                if it.fake != fake:
                    words.append(_switch(base, (SYNTHETIC_STROKE * size, base.textColor) if it.fake else None))
                    fake = it.fake
                frag = base.clone()
                frag.fontName = it.font
                frag.fontSize = size
                frag.text = it.text
                words.append(frag)
                a, d = _extent(it.font, size)
                ascent, descent = max(ascent, a), min(descent, d)
            if fake:
                words.append(_switch(base, None))
            if not words:
                frag = base.clone()
                frag.fontName = style.fontName
                frag.text = ""
                words.append(frag)
            available = widths[min(index, len(widths) - 1)]
            self._width_max = max(self._width_max, line.width)
            lines.append(
                FragLine(
                    extraSpace=available - line.width,
                    wordCount=1 + sum(w.text.count(" ") for w in words),
                    lineBreak=line.end == NEWLINE,
                    words=words,
                    fontSize=size,
                    ascent=ascent,
                    descent=descent,
                    maxWidth=available,
                )
            )
        result = ParaLines(kind=1, lines=lines)
        self._cache = (widths, result)
        return result

    def draw(self):
        if any(it.fake for it in self._items):
            self.canv.setNamedCB(_EMBOLDEN, _embolden)
        super().draw()

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        return self.breakLines(maxWidths)

    def minWidth(self):  # noqa: N802 - reportlab's name
        return _longest(self._items)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if availWidth < FUZZ or availHeight < FUZZ:
            return []
        if self._cache is not None and self._cache[0][-1] < availWidth - FUZZ:
            # reportlab's tables split a cell at the column's width, not the width it is drawn
            # in (less the padding), which it was wrapped to before: keep to that one
            pass
        else:
            self.wrap(availWidth, availHeight)
        lines = self._lines
        fit = int((availHeight + FUZZ) / self.style.leading)
        if len(lines) <= fit:  # it fits after all (a table asked with a stale height): all, then nothing
            whole = TypesetParagraph(self._items, self.style, self.getPlainText(), self._link, fixed=lines)
            return [whole, TypesetParagraph((), self.style, "", self._link)]
        if fit < 2:  # never a single line (an orphan) at the foot of a page
            return []
        if len(lines) == fit + 1 and fit > 2:
            fit -= 1  # nor a widow at the head of the next
        size = self.style.fontSize
        head = [it for line in lines[:fit] for it in _source_of(line, size)]
        tail = [it for line in lines[fit:] for it in _source_of(line, size)]
        return [
            TypesetParagraph(head, self.style, _plain(head), self._link, fixed=lines[:fit]),
            TypesetParagraph(tail, self.style, _plain(tail), self._link),
        ]


def _source_of(line: Line, size: float) -> list[Item]:
    """The items of a broken line as source for breaking again (its hyphen taken off)."""
    result = list(line.items)
    if line.end == HYPH and result:
        last = result[-1]
        text = last.text[:-1]
        result[-1] = Item(last.font, text, _width(last.font, text, size), BOX, HYPH, None, last.rtl, last.fake)
    if line.end == NEWLINE:
        result.append(Item(fonts.LATIN, "", 0.0, NEWLINE, GLUE, None, False))
    elif line.dropped is not None:
        result.append(line.dropped)
    return result


def _plain(source: Iterable[Item]) -> str:
    return "".join("\n" if it.kind == NEWLINE else it.text for it in source).strip()


def paragraph(
    text: str, style: ParagraphStyle, language: str, bold: bool = False, link: str | None = None
) -> TypesetParagraph:
    """``text`` (plain, not markup) as a paragraph in ``style`` for a ``language`` document;
    ``link``: the whole paragraph links there (e.g. "mailto:…")."""
    text = text or ""
    return TypesetParagraph(items(text, language, bold, style.fontSize), style, text, link)


# --- measuring columns ------------------------------------------------------------------------


def _longest(source: Iterable[Item]) -> float:
    """The width of the widest piece that no natural break divides (Korean words whole)."""
    widest = run = 0.0
    for it in source:
        if it.kind != BOX:
            run = 0.0
            continue
        run += it.width
        widest = max(widest, run)
        if it.brk in (ZERO, HYPH):
            run = 0.0
    return widest


def longest_word(text: str, font_size: float, language: str, bold: bool = False) -> float:
    """The width in points of the longest word of ``text`` (what must fit in one line)."""
    return _longest(items(text or "", language, bold, font_size))


def min_column_width(
    texts: Iterable[str], font_size: float, language: str, bold: bool = False, padding: float = 12.0
) -> float:
    """The narrowest column (in points, with the cells' left and right padding: 6 + 6 in
    reportlab's tables) in which every word of ``texts`` fits whole on one line."""
    return max((longest_word(t, font_size, language, bold) for t in texts), default=0.0) + padding


def fit_widths(preferred: Sequence[float], minimums: Sequence[float], total: float) -> list[float]:
    """Column widths adding up to ``total``: in proportion to ``preferred``, but none below its
    minimum (taken from the columns with room to spare). If even the minimums do not fit,
    they are scaled down together."""
    count = len(preferred)
    scale = total / (sum(preferred) or 1.0)
    # a pathological word (hundreds of letters) is cut with a hyphen rather than given the table
    minimums = [min(m, max(p * scale, 0.4 * total)) for m, p in zip(minimums, preferred, strict=True)]
    if sum(minimums) >= total:  # no way to fit every word: the preferred widths, as given
        return [p * scale for p in preferred]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(count) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(preferred[i] for i in free) or 1.0
        widths = {i: preferred[i] * room / weight for i in free}
        short = [i for i in free if widths[i] < minimums[i] - FUZZ]
        if not short:
            widths.update(fixed)
            return [widths[i] for i in range(count)]
        for i in short:
            fixed[i] = minimums[i]


def _cell_min(cell: object) -> float:
    if isinstance(cell, (list, tuple)):
        return max((_cell_min(c) for c in cell), default=0.0)
    if isinstance(cell, TypesetParagraph):
        return _longest(cell._items)
    return 0.0


def column_widths(
    rows: Sequence[Sequence[object]], preferred: Sequence[float], total: float | None = None, padding: float = 12.0
) -> list[float]:
    """Widths for a table of ``rows`` (cells made by ``paragraph``, or lists of them): the
    ``preferred`` widths, widened where a column's longest word would not fit (the room taken
    from the others in proportion), adding up to ``total`` (by default their sum)."""
    minimums = [0.0] * len(preferred)
    for row in rows:
        for i, cell in enumerate(row[: len(preferred)]):
            minimums[i] = max(minimums[i], _cell_min(cell) + padding)
    return fit_widths(preferred, minimums, sum(preferred) if total is None else total)


def split_tall_rows(table: Table, width: float, height: float, frame_padding: float = 12.0) -> Table:
    """Let ``table`` split a row across pages if one of its rows is taller than a whole frame
    (``width`` × ``height`` less the frame's padding: a row of very long texts), dropping any
    NOSPLIT that would keep such a row whole; otherwise rows stay whole."""
    table.wrap(width, height)
    heights = table._rowHeights
    room = height - frame_padding - (sum(heights[: table.repeatRows]) if table.repeatRows else 0.0)
    if any(h > room for h in heights):
        table.splitInRow = 1
    kept = []
    for cmd, start, stop in table._nosplitCmds:  # a block of rows that cannot fit a page is not kept together
        last = stop[1] if stop[1] >= 0 else len(heights) + stop[1]
        if sum(heights[start[1] : last + 1]) <= height - frame_padding:
            kept.append((cmd, start, stop))
    table._nosplitCmds = kept
    return table
