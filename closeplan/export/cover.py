"""Page 1 of the customer's close plan, and its last block: the cover summary (both companies,
the goal and the agreed outcome, progress, the customer's next actions, the key approval dates,
the AE's contact card) and the signature block.

Everything here is made from a ``CustomerPlan`` (the allowlist), never from the deal. Text goes
through the document's ``_Styles.p`` like every other paragraph of it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from closeplan.domain.model import OwnerSide, Side, StepKind, StepStatus
from closeplan.export import fonts
from closeplan.export.doc_text import format_date, text
from closeplan.export.pages import Linked, mailto, shorten
from closeplan.export.widgets import ProgressBar, date_column

if TYPE_CHECKING:
    from closeplan.export.pdf import Contact, CustomerPlan, CustomerStep, _Styles

ACCENT = colors.HexColor("#1f3a5f")
GRID = colors.HexColor("#c9d1dc")
SHADE = colors.HexColor("#eef2f7")
RED = colors.HexColor("#b3261e")
MUTED = colors.HexColor("#555555")
WIDTH = 174 * mm  # the text width of an A4 page with 18 mm margins
LOGO_BOX = (48 * mm, 16 * mm)
NEXT_ACTIONS = 3


@dataclass(frozen=True)
class Logos:
    """Images (PNG or JPEG bytes) the caller passes in: the vendor's from the Preferences, the
    customer's when one is given. Missing or unreadable, the company's name stands instead."""

    vendor: bytes | None = None
    customer: bytes | None = None


def logo(data: bytes | None, box: tuple[float, float] = LOGO_BOX) -> Image | None:
    """The logo scaled into ``box`` keeping its proportions; None when there is none or it is not
    an image reportlab can read."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any unreadable file: the name is shown instead, the export goes on
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(box[0] / width, box[1] / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _style(s: _Styles, name: str, parent: ParagraphStyle, **values: Any) -> ParagraphStyle:
    return ParagraphStyle(f"cover-{name}", parent=parent, **values)


class _Styles2:
    """The cover's own styles, derived from the document's (so its typesetting carries over)."""

    def __init__(self, s: _Styles):
        self.label = _style(s, "label", s.small, textColor=ACCENT, spaceAfter=1.5)
        self.big = _style(s, "big", s.body, fontSize=11, leading=14.5)
        self.muted = _style(s, "muted", s.small, textColor=MUTED)
        self.late = _style(s, "late", s.small, textColor=RED)
        self.company = _style(s, "company", s.body, fontSize=12, leading=15, textColor=ACCENT)
        self.company_right = _style(s, "company-right", self.company, alignment=2)


def _box(cells: list[list[Any]], widths: list[float], fill=SHADE) -> Table:
    table = Table(cells, colWidths=widths)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]
    for column in range(len(widths)):
        if cells[0][column] != "":
            commands += [("BACKGROUND", (column, 0), (column, -1), fill), ("BOX", (column, 0), (column, -1), 0.4, GRID)]
    table.setStyle(TableStyle(commands))
    return table


def customer_actions(plan: CustomerPlan, count: int = NEXT_ACTIONS) -> list[CustomerStep]:
    """The customer's next open steps, in time order."""
    return [s for s in plan.steps if s.owner_side is OwnerSide.CUSTOMER and s.status.is_open][:count]


def key_dates(plan: CustomerPlan) -> list[tuple[date, str, CustomerStep | None]]:
    """The approval path's dates in the plan: papers due for the board, the board meeting, the
    purchase order, the contract, the kickoff (or, without a kickoff step, the project start);
    (day, label key, step), in time order."""
    found: list[tuple[date, str, CustomerStep | None]] = []
    for step in plan.steps:
        if step.kind is StepKind.BOARD_MEETING:
            if step.submission_deadline:
                found.append((step.submission_deadline, "submission_deadline", step))
            found.append((step.due_date, "board_meeting", step))
        elif step.kind is StepKind.PURCHASE_ORDER:
            found.append((step.due_date, "po", step))
        elif step.kind is StepKind.SIGNATURE:
            found.append((step.due_date, "contract", step))
        elif step.kind is StepKind.KICKOFF:
            found.append((step.due_date, "kickoff", step))
    if plan.project_start and not any(key == "kickoff" for _, key, _ in found):
        found.append((plan.project_start, "project_start_label", None))
    return sorted(found, key=lambda f: f[0])


def progress(plan: CustomerPlan, today: date) -> tuple[int, int, int]:
    """(done, counted, overdue): skipped steps are not counted."""
    counted = [s for s in plan.steps if s.status is not StepStatus.SKIPPED]
    done = sum(1 for s in counted if s.status is StepStatus.DONE)
    overdue = sum(1 for s in counted if s.status.is_open and s.due_date < today)
    return done, len(counted), overdue


def owner_contact(plan: CustomerPlan) -> Contact | None:
    """The AE among the plan's contacts (a vendor contact of the plan owner's name)."""
    wanted = " ".join(plan.owner.split())
    return next((c for c in plan.contacts if c.side is Side.VENDOR and " ".join(c.name.split()) == wanted), None)


def _company(s: _Styles, c: _Styles2, name: str, image: Image | None, right: bool, language: str) -> Any:
    """A company in the cover's header: its logo over its name, or its name; a very long name is
    shortened to two lines here (the line under the title names it whole)."""
    if image is not None:
        image.hAlign = "RIGHT" if right else "LEFT"
        return [image, s.p(shorten(name, 2 * (WIDTH / 2 - 14), 8, language), c.muted)]
    style = c.company_right if right else c.company
    return s.p(shorten(name, 1.6 * (WIDTH / 2 - 14), style.fontSize, language, bold=True), style, bold=True)


def cover_story(
    plan: CustomerPlan, s: _Styles, language: str, issued_on: date, logos: Logos | None, draft: bool
) -> list[Flowable]:
    """The cover summary: page 1 of the customer's plan."""
    c = _Styles2(s)
    logos = logos or Logos()
    vendor = plan.vendor_company or "—"
    header = Table(
        [
            [
                _company(s, c, vendor, logo(logos.vendor), right=False, language=language),
                _company(s, c, plan.account, logo(logos.customer), right=True, language=language),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    header.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [header, Spacer(1, 4 * mm)]
    story.append(s.p(text(language, "customer_title"), s.title))
    story.append(s.p(text(language, "between", vendor=vendor, customer=plan.account), s.body))
    story.append(s.p(plan.deal_name, s.h2, bold=True))
    issued = text(language, "issued", date=format_date(issued_on, language))
    if draft:
        story.append(s.p(f"{text(language, 'draft_note')} · {issued}", c.late, bold=True))
    elif plan.revision:
        story.append(s.p(f"{text(language, 'revision', n=plan.revision)} · {issued}", s.small))
    else:
        story.append(s.p(issued, s.small))
    story.append(Spacer(1, 3 * mm))

    half = (WIDTH - 4 * mm) / 2
    goal = [
        s.p(text(language, "cover_goal"), c.label, bold=True),
        s.p(text(language, "cover_goal_text", close=format_date(plan.target_close, language)), c.big, bold=True),
        s.p(f"{text(language, 'target_close')}: {format_date(plan.target_close, language)}", s.small),
    ]
    if plan.project_start:
        goal.append(
            s.p(f"{text(language, 'project_start_label')}: {format_date(plan.project_start, language)}", s.small)
        )
    done, total, overdue = progress(plan, issued_on)
    status = [
        s.p(text(language, "progress"), c.label, bold=True),
        s.p(text(language, "progress_steps", done=done, total=total), c.big, bold=True),
        Spacer(1, 1.5 * mm),
        ProgressBar(done, total, width=half - 16),
    ]
    if overdue:
        status += [Spacer(1, 1.5 * mm), s.p(text(language, "progress_overdue", n=overdue), c.late, bold=True)]
    story.append(_box([[goal, "", status]], [half, 4 * mm, half]))
    story.append(Spacer(1, 4 * mm))

    story.append(s.p(text(language, "next_customer", customer=plan.account), c.label, bold=True))
    actions = customer_actions(plan)
    if actions:
        day_width = date_column([a.due_date for a in actions], lambda d: format_date(d, language), 8.5, language, True)
        owner_width = 48 * mm
        rows = [
            [
                s.p(format_date(a.due_date, language), s.cell, bold=True),
                s.p(a.title, s.cell),
                s.p(a.owner_person or shorten(plan.account, owner_width - 14, 8.5, language), s.cell),
            ]
            for a in actions
        ]
        table = Table(rows, colWidths=[day_width, WIDTH - day_width - owner_width, owner_width])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    else:
        story.append(s.p(text(language, "no_next_customer", customer=plan.account), s.small))
    story.append(Spacer(1, 4 * mm))

    dates = key_dates(plan)
    left: list[Any] = [s.p(text(language, "key_dates"), c.label, bold=True)]
    if dates:
        day_width = date_column([d for d, _, _ in dates], lambda d: format_date(d, language), 8, language, True)
        rows = []
        for day, key, step in dates:
            what = text(language, key)
            if step is not None and step.status is StepStatus.DONE:
                what += f" · {text(language, 'tl_done')}"
            rows.append([s.p(format_date(day, language), s.small, bold=True), s.p(what, s.small)])
        table = Table(rows, colWidths=[day_width, half - 14 - day_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        left.append(table)
    else:
        left.append(s.p(text(language, "no_key_dates"), s.small))
    story.append(_box([[left, "", contact_card(plan, s, c, language)]], [half, 4 * mm, half]))
    return story


def contact_card(plan: CustomerPlan, s: _Styles, c: _Styles2, language: str) -> list[Any]:
    """The AE: name, title, company, e-mail (a mailto link) and phone."""
    card: list[Any] = [s.p(text(language, "your_contact"), c.label, bold=True)]
    person = owner_contact(plan)
    card.append(s.p(person.name if person else plan.owner or "—", c.big, bold=True))
    if person and person.title:
        card.append(s.p(person.title, s.small))
    card.append(s.p(plan.vendor_company or "—", s.small))
    if person and person.email:
        card.append(Linked(s.p(f"{text(language, 'email')}: {person.email}", s.small), mailto(person.email)))
    if person and person.phone:
        card.append(s.p(f"{text(language, 'phone')}: {person.phone}", s.small))
    return card


# --- the signature block --------------------------------------------------------------------------

SIGN_ROOM = 16 * mm  # the height left to sign in
SEAL = 20 * mm


class AtLeast(Flowable):
    """``content`` in a space at least ``height`` tall (its foot at the bottom)."""

    def __init__(self, content: Flowable, height: float):
        super().__init__()
        self.content, self.least = content, height

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width, h = self.content.wrap(availWidth, availHeight)
        self._content_height = h
        self.height = max(h, self.least)
        return self.width, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class SealBox(Flowable):
    """A square to press a seal (印) in, its label in a corner, dashed so it prints as a box."""

    def __init__(self, label: Flowable, size: float = SEAL):
        super().__init__()
        self.label, self.size = label, size

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = self.height = self.size
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.setDash([2, 1.5], 0)
        c.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        c.restoreState()
        _w, h = self.label.wrap(self.size - 4, self.size)
        self.label.drawOn(c, 2, (self.size - h) / 2)


def _party(s: _Styles, language: str, company: str, name: str, title: str, seal: bool, width: float) -> Table:
    """One party's box: company; name, title, signature (room to sign), date; a seal box."""
    label_style = ParagraphStyle("sign-label", parent=s.small, textColor=MUTED)
    label_width = 24 * mm
    seal_width = SEAL + 6 if seal else 0
    field_width = width - label_width - seal_width
    rows: list[list[Any]] = [
        [s.p(company, s.body, bold=True), "", ""],
        [s.p(text(language, "sign_name"), label_style), AtLeast(s.p(name, s.body), 5 * mm), ""],
        [s.p(text(language, "sign_title"), label_style), AtLeast(s.p(title, s.body), 5 * mm), ""],
        [s.p(text(language, "sign_signature"), label_style), Spacer(1, SIGN_ROOM), ""],
        [s.p(text(language, "sign_date"), label_style), Spacer(1, 5 * mm), ""],
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 1), (1, -1), 0.6, MUTED),
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if seal:
        seal_style = ParagraphStyle("seal", parent=s.body, fontSize=12, leading=15, alignment=1, textColor=GRID)
        rows[1][2] = SealBox(s.p(text(language, "seal"), seal_style))
        commands += [
            ("SPAN", (2, 1), (2, 3)),
            ("VALIGN", (2, 1), (2, 3), "MIDDLE"),
            ("ALIGN", (2, 1), (2, 3), "CENTER"),
        ]
    table = Table(rows, colWidths=[label_width, field_width, seal_width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def agreement(plan: CustomerPlan, s: _Styles, language: str) -> Table:
    """Both parties' signature boxes side by side; the customer's with a seal box when the
    customer approves by seal."""
    gap = 6 * mm
    width = (WIDTH - gap) / 2
    person = owner_contact(plan)
    vendor = _party(s, language, plan.vendor_company or "—", plan.owner, person.title if person else "", False, width)
    customer = _party(s, language, plan.account, "", "", plan.seal, width)
    table = Table([[vendor, "", customer]], colWidths=[width, gap, width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class SignOff(Flowable):
    """The signature block after the plan: on the page of the plan's last rows when it fits there;
    else (and whenever it would start a page) on a page of its own, under a heading that names the
    plan it signs. Never split, never alone at the top of a page."""

    GAP = 5 * mm

    def __init__(self, heading: Flowable, context: Flowable, block: Flowable, own_page: bool = False):
        super().__init__()
        self.heading, self.context, self.block, self.own_page = heading, context, block, own_page
        self._parts: list[tuple[Flowable, float]] = []

    def _layout(self, width: float, height: float) -> float:
        parts = [self.heading, *([self.context] if self.own_page else []), self.block]
        self._parts = []
        total = 0.0 if self.own_page else self.GAP
        self._widths: dict[int, float] = {}
        for part in parts:
            w, h = part.wrap(width, height)
            self._widths[id(part)] = w
            self._parts.append((part, h))
            total += h + (3 if part is not self.block else 0)
        return total

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        doc = getattr(self.canv, "_doctemplate", None)
        at_top = bool(doc is not None and getattr(doc.frame, "_atTop", 0))
        if at_top and not self.own_page:
            self.own_page = True  # the plan's rows ended with their page: this page is the block's own
        self.width = availWidth
        self.height = self._layout(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.own_page:
            return []  # taller than a page: platypus reports it
        own = SignOff(self.heading, self.context, self.block, own_page=True)
        if hasattr(self, "_closeplan_bookmark"):  # its bookmark goes with it
            own._closeplan_bookmark = self._closeplan_bookmark
        return [PageBreak(), own]

    def draw(self) -> None:
        y = self.height - (0 if self.own_page else self.GAP)
        for part, h in self._parts:
            y -= h
            x = (self.width - self._widths[id(part)]) / 2 if part is self.block else 0
            part.drawOn(self.canv, x, y)
            y -= 3
