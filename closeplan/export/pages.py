"""What every closeplan PDF has around its content: the page furniture (footer, page numbers,
marks), the document's language, its bookmarks and its metadata, and clickable addresses.

- The footer is placed from the page's own size (portrait or landscape) and shortened, with an
  ellipsis, so that it never runs over the page number or off the page.
- A draft carries a DRAFT mark on every page (and no revision number: the caller leaves it out).
- Section headings tagged with ``bookmark()`` become outline entries (bookmarks) of the PDF.
- ``/Lang`` in the catalog is the document's language; /CreationDate and /ModDate are the day
  of issue, never the wall clock's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from closeplan.export import fonts

GRID = colors.HexColor("#c9d1dc")
RED = colors.HexColor("#b3261e")
FOOTER_INK = colors.HexColor("#555555")
FOOTER_SIZE = 7.5
ELLIPSIS = "…"
CREATOR = "closeplan"


def pdf_date(day: date) -> str:
    """A day as a PDF date (ISO 8824, ``D:YYYYMMDDhhmmss``): its start, with no time zone, so that
    every viewer shows that same day."""
    return f"D:{day:%Y%m%d}000000"


def font_runs(value: str, language: str, bold: bool = False) -> list[tuple[str, str]]:
    """``fonts.runs``, each run's font registered with reportlab (fonts load on first use)."""
    found = fonts.runs(value, language, bold)
    load = getattr(fonts, "font", None)
    for font, _chunk in found:
        if load is not None:
            load(font)
        else:
            fonts.register()
    return found


def text_width(value: str, size: float, language: str, bold: bool = False) -> float:
    """The width of ``value`` set in the fonts a canvas string of ``language`` uses."""
    return sum(stringWidth(chunk, font, size) for font, chunk in font_runs(value, language, bold))


def shorten(value: str, width: float, size: float, language: str, bold: bool = False) -> str:
    """``value`` as it is when it fits in ``width``, else its longest beginning that fits with an
    ellipsis after it (at least the ellipsis)."""
    if text_width(value, size, language, bold) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(value[:middle].rstrip() + ELLIPSIS, size, language, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Footer:
    """The footer's left text: names (an account, a deal, a title) joined by ``joiner``, then
    ``tail`` (the date of issue, a revision), which is never shortened. When the line is too long
    for the room beside the page number, the longest names are shortened first."""

    names: tuple[str, ...]
    tail: str = ""
    joiner: str = " — "

    def fitted(self, width: float, size: float, language: str) -> str:
        names = [n for n in self.names if n]
        whole = self.joiner.join(names) + self.tail
        if text_width(whole, size, language) <= width:
            return whole
        room = width - text_width(self.tail + self.joiner * max(0, len(names) - 1), size, language)
        widths = [text_width(n, size, language) for n in names]
        # give each name an equal share; a name shorter than its share leaves the rest to the others
        share, left, shares = room, len(names), {}
        for i in sorted(range(len(names)), key=lambda i: widths[i]):
            fair = share / left
            shares[i] = min(widths[i], fair)
            share -= shares[i]
            left -= 1
        fitted = [shorten(n, max(shares[i], 0), size, language) for i, n in enumerate(names)]
        return self.joiner.join(fitted) + self.tail


def numbered_canvas(
    footer: Footer,
    language: str,
    issued_on: date,
    marker: str = "",
    draft: str = "",
    margin: float = 18 * mm,
):
    """A canvas class that writes the footer and "page X of Y" on every page of any size, the
    ``marker`` (INTERNAL …) at the top of every page, a ``draft`` mark across every page when
    given, and binds the bookmarks to their pages. The document's creation and modification dates
    are ``issued_on`` (reportlab would take the wall clock's)."""
    from closeplan.export.doc_text import text

    stamp = pdf_date(issued_on)

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = fonts.LATIN  # never reference an unembedded base font
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_clock: stamp)  # /CreationDate and /ModDate: the document's day
            self._pages: list[dict] = []
            self._marks: list[tuple[str, dict]] = []

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 (reportlab's name)
            """Pages are written at the end (to know their count): bind the bookmark then."""
            self._marks.append((key, kwargs))

        def showPage(self):  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                for key, kwargs in state["_marks"]:
                    pdfcanvas.Canvas.bookmarkPage(self, key, **kwargs)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            if draft:
                self._draft_mark(width, height)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(margin, 14 * mm, width - margin, 14 * mm)
            page = text(language, "page", page=self._pageNumber, pages=total)
            page_width = text_width(page, FOOTER_SIZE, language)
            self._draw(width - margin - page_width, 9 * mm, page)
            room = width - 2 * margin - page_width - 6 * mm
            self._draw(margin, 9 * mm, footer.fitted(room, FOOTER_SIZE, language))
            top = [m for m in (marker, draft) if m]
            if top:
                self._draw(margin, height - 10 * mm, shorten("  ·  ".join(top), width - 2 * margin, 7.5, language), RED)

        def _draft_mark(self, width: float, height: float) -> None:
            """The draft word across the page, large and light, behind nothing it would hide."""
            self.saveState()
            self.setFillColor(RED)
            self.setFillAlpha(0.09)
            size = 96.0
            span = text_width(draft, size, language, bold=True)
            limit = 0.8 * (width**2 + height**2) ** 0.5
            if span > limit:
                size *= limit / span
                span = limit
            self.translate(width / 2, height / 2)
            self.rotate(40 if height > width else 25)
            x = -span / 2
            for font, chunk in font_runs(draft, language, bold=True):
                self.setFont(font, size)
                self.drawString(x, -size / 3, chunk)
                x += stringWidth(chunk, font, size)
            self.restoreState()

        def _draw(self, x: float, y: float, value: str, colour=FOOTER_INK) -> None:
            self.setFillColor(colour)
            for font, chunk in font_runs(value, language):
                self.setFont(font, FOOTER_SIZE)
                self.drawString(x, y, chunk)
                x += stringWidth(chunk, font, FOOTER_SIZE)

    return NumberedCanvas


class Document(SimpleDocTemplate):
    """A SimpleDocTemplate in the document's language whose tagged headings become bookmarks."""

    def __init__(self, buffer, language: str, **kwargs: Any):
        kwargs.setdefault("pagesize", A4)
        kwargs.setdefault("creator", CREATOR)
        kwargs.setdefault("keywords", "")
        kwargs.setdefault("initialFontName", fonts.LATIN)
        if not kwargs.get("author"):
            kwargs["author"] = CREATOR  # reportlab's default is "(anonymous)"
        super().__init__(buffer, lang=language, **kwargs)
        self._bookmarks = 0

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        mark = getattr(flowable, "_closeplan_bookmark", None)
        if mark is None:
            return
        title, level = mark
        key = f"section{self._bookmarks}"
        self._bookmarks += 1
        top = self.frame._y + flowable.height + 4
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)


def bookmark(flowable, title: str, level: int = 0):
    """Tag ``flowable`` (a heading) as an outline entry ``title`` of the PDF."""
    flowable._closeplan_bookmark = (" ".join(title.split()), level)
    return flowable


class Linked(Flowable):
    """A flowable (an e-mail address's paragraph) that is also a link: the rectangle it fills
    opens ``url`` (mailto:…) in a viewer."""

    def __init__(self, content: Flowable, url: str):
        super().__init__()
        self.content, self.url = content, url

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)
        self.canv.linkURL(self.url, (0, 0, self.width, self.height), relative=1, thickness=0)


def mailto(address: str) -> str:
    return "mailto:" + address.strip()
