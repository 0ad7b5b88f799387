"""Small drawn parts of the documents: status chips (colour plus words), progress bars, and the
width a column of dates needs. Everything that is text is a paragraph made by the caller (through
``_Styles.p``), so the typesetting of the rest of the document applies to it too."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from closeplan.domain.model import StepStatus
from closeplan.export.pages import text_width

CELL_PADDING = 6  # reportlab's default left and right padding of a table cell, in points


@dataclass(frozen=True)
class Tone:
    """How a chip looks: its ink (border, and the words' colour), its fill, and its border's
    pattern and weight, so that black-and-white print tells them apart as well."""

    ink: str
    fill: str
    dash: tuple[float, ...] | None = None
    weight: float = 0.8


DONE = Tone("#1e6b34", "#e6f4ea")
IN_PROGRESS = Tone("#1a4f8a", "#e3eefb", dash=(2.0, 1.2))
OVERDUE = Tone("#b3261e", "#fdecea", weight=1.6)
PLANNED = Tone("#5f6368", "#ffffff", dash=(0.6, 1.2))
BLOCKED = Tone("#8a5300", "#fff4e0", weight=1.6)
SKIPPED = Tone("#5f6368", "#f1f3f4", dash=(0.6, 1.2))

HIGH = Tone("#b3261e", "#fdecea", weight=1.6)
MEDIUM = Tone("#8a5300", "#fff4e0", dash=(2.0, 1.2))
LOW = Tone("#1e6b34", "#e6f4ea")


def step_tone(status: StepStatus, overdue: bool) -> Tone:
    if overdue:
        return OVERDUE
    return {
        StepStatus.DONE: DONE,
        StepStatus.IN_PROGRESS: IN_PROGRESS,
        StepStatus.PLANNED: PLANNED,
        StepStatus.BLOCKED: BLOCKED,
        StepStatus.SKIPPED: SKIPPED,
    }[status]


class Chip(Flowable):
    """A rounded label: ``content`` (a paragraph, set in the tone's ink by the caller) on the
    tone's fill inside its border, as wide as its words (at most the cell)."""

    PAD_X, PAD_Y = 3.0, 1.6

    def __init__(self, content: Flowable, tone: Tone, words_width: float):
        super().__init__()
        self.content, self.tone, self.words_width = content, tone, words_width
        self._inner = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        inner = min(max(availWidth - 2 * self.PAD_X, 1), self.words_width + 1)
        _w, h = self.content.wrap(inner, availHeight)
        self._inner = inner
        self.width, self.height = inner + 2 * self.PAD_X, h + 2 * self.PAD_Y
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor(self.tone.fill))
        c.setStrokeColor(colors.HexColor(self.tone.ink))
        c.setLineWidth(self.tone.weight)
        if self.tone.dash:
            c.setDash(list(self.tone.dash), 0)
        half = self.tone.weight / 2
        c.roundRect(half, half, self.width - 2 * half, self.height - 2 * half, radius=3, stroke=1, fill=1)
        c.restoreState()
        self.content.drawOn(c, self.PAD_X, self.PAD_Y)


class ProgressBar(Flowable):
    """``done`` of ``total`` as a bar: the done part filled solid, the rest outlined (a bar
    that reads the same in black and white)."""

    def __init__(self, done: int, total: int, width: float = 60 * mm, height: float = 3.2 * mm, ink: str = "#1e6b34"):
        super().__init__()
        self.done, self.total, self.bar_width, self.bar_height, self.ink = done, total, width, height, ink

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = min(self.bar_width, availWidth)
        self.height = self.bar_height
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        share = self.done / self.total if self.total else 0.0
        c.saveState()
        c.setStrokeColor(colors.HexColor(self.ink))
        c.setLineWidth(0.7)
        c.setFillColor(colors.white)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if share:
            c.setFillColor(colors.HexColor(self.ink))
            c.rect(0, 0, self.width * share, self.height, stroke=0, fill=1)
        c.restoreState()


def date_column(days: Iterable[date | None], formatted, size: float, language: str, bold: bool = False) -> float:
    """The width of a table column that holds each of ``days`` (as ``formatted(day)`` writes it)
    on one line: the widest date, plus the cell's padding. At least the widest date of the
    language's widest month, so that columns of one document agree."""
    samples = [d for d in days if d is not None]
    year = max((d.year for d in samples), default=2026)
    samples += [date(year, month, 28) for month in range(1, 13)]
    widest = max(text_width(formatted(d), size, language, bold) for d in set(samples))
    return widest + 2 * CELL_PADDING + 2
