"""The two PDFs: the customer's close plan and the internal deal review.

They are different documents built from different field lists. The customer plan is
rendered from a ``CustomerPlan`` — an allowlist copy of the deal made by
``customer_plan()`` — and never sees the Deal itself, so internal notes, risks,
influence ratings and BANT cannot reach it, not even hidden.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from closeplan.domain.accounts import deal_calendar, required_level
from closeplan.domain.baselines import RevisionDiff, step_histories
from closeplan.domain.model import (
    ApprovalMethod,
    Deal,
    Level,
    OwnerSide,
    RouteMethod,
    RouteRole,
    RouteStatus,
    Side,
    StepKind,
    StepStatus,
    Tri,
)
from closeplan.domain.risk import Assessment
from closeplan.domain.route import route_person, route_timing
from closeplan.domain.scheduling import project
from closeplan.export import fonts, typeset
from closeplan.export.cover import Logos, SignOff, agreement, cover_story
from closeplan.export.doc_text import desk_date_note, enum_label, flag_text, format_date, format_money, text, value
from closeplan.export.pages import Document, Footer, Linked, bookmark, mailto, numbered_canvas, text_width
from closeplan.export.timeline import timeline
from closeplan.export.widgets import CELL_PADDING, HIGH, LOW, MEDIUM, Chip, Tone, date_column, step_tone

ACCENT = colors.HexColor("#1f3a5f")
GRID = colors.HexColor("#c9d1dc")
SHADE = colors.HexColor("#eef2f7")
RED = colors.HexColor("#b3261e")
WIDTH = 174 * mm  # the text width: A4 less 18 mm margins


# --- the allowlist ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerStep:
    due_date: date
    title: str
    owner_side: OwnerSide
    owner_person: str
    kind: StepKind
    status: StepStatus
    completed_date: date | None
    submission_deadline: date | None
    step_id: uuid.UUID | None = None  # for stable calendar UIDs
    baseline_date: date | None = None  # the date agreed with the customer (the timeline's thin bar)


@dataclass(frozen=True)
class CustomerRouteStep:
    """A desk of the customer's approval route the AE marked as customer-visible."""

    role: RouteRole
    person: str
    position: str
    method: RouteMethod
    status: RouteStatus
    expected: date | None  # when it is expected to pass (None: passed, or not computed)
    planned: date | None = None  # the date of the plan step this desk stands for (the plan's own date)
    late: bool = False  # the route reaches it only after ``planned``: ``expected`` is the route's estimate
    plan_step_id: uuid.UUID | None = None

    @property
    def shown(self) -> date | None:
        """The desk's date in the document: the plan's when it stands for a plan step, else the
        route's estimate; a late desk also shows its estimate, worded as later than the plan."""
        return self.planned if self.planned is not None and self.expected is not None else self.expected


@dataclass(frozen=True)
class Contact:
    name: str
    title: str
    side: Side
    email: str
    phone: str


@dataclass(frozen=True)
class CustomerPlan:
    """Everything the customer document may show, and nothing else."""

    vendor_company: str
    account: str
    deal_name: str
    target_close: date
    project_start: date | None
    owner: str
    language: str
    steps: tuple[CustomerStep, ...]
    contacts: tuple[Contact, ...]
    deal_id: uuid.UUID | None = None
    version: int = 0
    revision: int = 0  # the number of this issue of the document (0: not numbered)
    changes: RevisionDiff | None = None  # what changed since the revision the customer has
    changes_since_date: date | None = None
    route: tuple[CustomerRouteStep, ...] = ()
    # when the plan the customer sees (its steps and the route's desks) closes, as of the day it
    # was copied; None without a day
    projected_close: date | None = None
    seal: bool = False  # a Japanese customer approving by seal (印): the signature block has a seal box


def numbered(
    plan: CustomerPlan, revision: int, changes: RevisionDiff | None, since_date: date | None = None
) -> CustomerPlan:
    """The plan as revision ``revision``, with the changes since the customer's last one."""
    return replace(plan, revision=revision, changes=changes, changes_since_date=since_date)


def customer_plan(deal: Deal, today: date | None = None) -> CustomerPlan:
    """Copy the customer-facing fields of ``deal``: the allowlist. With ``today``, the
    customer-visible route desks carry the date each is expected to pass."""
    steps = tuple(
        CustomerStep(
            s.due_date,
            s.title,
            s.owner_side,
            s.owner_person,
            s.kind,
            s.status,
            s.completed_date,
            s.submission_deadline,
            s.id,
            s.baseline_date,
        )
        for s in deal.steps_in_time_order()
        if s.customer_visible
    )
    contacts = tuple(
        Contact(p.name, p.title, p.side, p.email, p.phone)
        for p in sorted(deal.stakeholders, key=lambda p: p.side is not Side.CUSTOMER)
    )
    timing = route_timing(deal, today, deal_calendar(deal)) if today is not None else None
    shown = {s.step_id for s in steps}
    route = []
    for desk in deal.route.steps:
        if desk.customer_visible:
            leg = timing.leg(desk.id) if timing else None
            if leg is None or leg.done:
                route.append(CustomerRouteStep(desk.role, desk.person, desk.position, desk.method, desk.status, None))
            elif leg.plan_step not in shown:  # no plan step, or one the customer does not see: an estimate
                route.append(
                    CustomerRouteStep(desk.role, desk.person, desk.position, desk.method, desk.status, leg.finish)
                )
            else:
                route.append(
                    CustomerRouteStep(
                        desk.role,
                        desk.person,
                        desk.position,
                        desk.method,
                        desk.status,
                        leg.finish,
                        leg.planned,
                        leg.late,
                        leg.plan_step,
                    )
                )
    return CustomerPlan(
        deal.vendor_company,
        deal.account,
        deal.name,
        deal.target_close,
        deal.project_start,
        deal.owner,
        deal.customer_language,
        steps,
        contacts,
        deal.id,
        deal.version,
        route=tuple(route),
        projected_close=_visible_projection(deal, today) if today is not None else None,
        seal=_seals(deal),
    )


def _visible_projection(deal: Deal, today: date) -> date:
    """The projected close of the plan as the customer sees it: its customer-visible steps (a
    hidden step never moves what the customer is told) and the approval route."""
    visible = replace(deal, steps=[s for s in deal.steps if s.customer_visible])
    return project(visible, today, deal_calendar(deal)).projected_close


def _seals(deal: Deal) -> bool:
    """A Japanese customer whose approval is a seal on paper (押印): by its approval method, or a
    desk of its route that seals."""
    japanese = deal.customer_language == "ja" or deal.country.upper() == "JP"
    sealing = deal.approval_path.approval_method is ApprovalMethod.PAPER or any(
        d.method is RouteMethod.SEAL for d in deal.route.steps
    )
    return japanese and sealing


# --- layout helpers -------------------------------------------------------------------------


class _Styles:
    """The documents' paragraph styles; ``p`` sets plain text in one of them (``typeset``: fonts
    per script, bold in every script, line breaks that never split a word without a hyphen,
    kinsoku for CJK text in any document language, emoji and right-to-left names)."""

    def __init__(self, language: str):
        fonts.font(fonts.LATIN)  # registered before any table names it
        base = dict(fontName=fonts.LATIN, fontSize=9, leading=12.5, alignment=TA_LEFT)
        self.language = language
        self.body = ParagraphStyle("body", **base)
        self.small = ParagraphStyle("small", **{**base, "fontSize": 8, "leading": 10.5})
        self.cell = ParagraphStyle("cell", **{**base, "fontSize": 8.5, "leading": 11})
        self.head = ParagraphStyle("head", **{**base, "fontSize": 8.5, "leading": 11, "textColor": colors.white})
        self.title = ParagraphStyle("title", **{**base, "fontSize": 17, "leading": 22, "textColor": ACCENT})
        self.h2 = ParagraphStyle(
            "h2", **{**base, "fontSize": 11.5, "leading": 15, "textColor": ACCENT, "spaceBefore": 9, "spaceAfter": 4}
        )

    def p(self, value: str, style: ParagraphStyle | None = None, bold: bool = False) -> Paragraph:
        return typeset.paragraph(value, style or self.body, self.language, bold=bold)


HEADING_ROOM = 35 * mm  # a section heading starts a new page when less room than this is left


def _headings_not_last(story: list, h2: ParagraphStyle) -> list:
    """A section heading never ends a page: before each, a page break if the room left is short
    (a long table after it still starts on the same page and splits with its header row)."""
    result: list = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.style is h2:
            result.append(CondPageBreak(HEADING_ROOM))
        result.append(flowable)
    return result


def _table(rows: list[list], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # for empty cells: never the unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
        commands += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE])]
    table.setStyle(TableStyle(commands))
    return table


def _document(buffer: io.BytesIO, language: str, title: str, author: str, subject: str) -> Document:
    return Document(
        buffer,
        language,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        subject=subject,
    )


def _heading(s: _Styles, title: str, level: int = 0) -> Paragraph:
    """A section heading (h2) that is also a bookmark of the PDF."""
    return bookmark(s.p(title, s.h2), title, level)


def owner_company(side: OwnerSide, vendor: str, customer: str, language: str) -> str:
    return {
        OwnerSide.VENDOR: vendor or text(language, "vendor", vendor="—"),
        OwnerSide.CUSTOMER: customer,
        OwnerSide.JOINT: text(language, "joint"),
    }[side]


def _owner_text(side: OwnerSide, person: str, vendor: str, customer: str, language: str) -> str:
    who = owner_company(side, vendor, customer, language)
    return f"{who}\n{person}" if person else who


def status_text(status: StepStatus, completed: date | None, language: str) -> str:
    if status is StepStatus.DONE:
        return text(language, "done", date=format_date(completed, language))
    return text(language, status.value)


def _plan_table(plan: CustomerPlan, s: _Styles, language: str, issued_on: date) -> list:
    """The plan's steps: date (a column that fits a date), step, owner, status (a chip)."""
    date_width = date_column([st.due_date for st in plan.steps], lambda d: format_date(d, language), 8.5, language)
    status_width = _status_width(plan, s, language)
    owner_width = 38 * mm
    rows: list[list[Any]] = [[s.p(text(language, k), s.head, bold=True) for k in ("date", "step", "owner", "status")]]
    for step in plan.steps:
        rows.append(
            [
                s.p(format_date(step.due_date, language), s.cell),
                s.p(
                    step.title,
                    s.cell,
                    bold=step.kind in (StepKind.BOARD_MEETING, StepKind.PURCHASE_ORDER, StepKind.SIGNATURE),
                ),
                s.p(
                    _owner_text(step.owner_side, step.owner_person, plan.vendor_company, plan.account, language), s.cell
                ),
                _status_cell(step, s, language, issued_on),
            ]
        )
    if not plan.steps:
        rows.append([s.p(text(language, "no_steps"), s.cell), "", "", ""])
    widths = [date_width, WIDTH - date_width - owner_width - status_width, owner_width, status_width]
    return [_heading(s, text(language, "steps")), _table(rows, widths)]


def _chip_label(status: StepStatus, overdue: bool, language: str) -> str:
    return text(language, "overdue") if overdue else value(status.value, language)


def _overdue(step: CustomerStep, today: date) -> bool:
    return step.status.is_open and step.due_date < today


def _chip_style(s: _Styles, tone: Tone) -> ParagraphStyle:
    return ParagraphStyle(f"chip-{tone.ink}", parent=s.small, textColor=colors.HexColor(tone.ink), leading=9.5)


def _status_cell(step: CustomerStep, s: _Styles, language: str, today: date) -> list:
    """A status chip (colour, border pattern and words), and for a done step the day it was done."""
    overdue = _overdue(step, today)
    tone = step_tone(step.status, overdue)
    label = _chip_label(step.status, overdue, language)
    cell: list[Any] = [
        Chip(s.p(label, _chip_style(s, tone), bold=True), tone, text_width(label, 8, language, True) + 3)
    ]
    if step.status is StepStatus.DONE and step.completed_date:
        cell.append(s.p(format_date(step.completed_date, language), s.small))
    return cell


def _status_width(plan: CustomerPlan, s: _Styles, language: str) -> float:
    """Room for the widest chip of the plan and a done step's date, on one line each."""
    labels = {_chip_label(status, False, language) for status in StepStatus} | {text(language, "overdue")}
    chip = max(text_width(label, 8, language, True) for label in labels) + 3 + 2 * Chip.PAD_X + 2 * CELL_PADDING
    done = date_column([st.completed_date for st in plan.steps], lambda d: format_date(d, language), 8, language)
    return max(chip, done, 24 * mm)


LEVEL_TONES = {Level.HIGH: HIGH, Level.MEDIUM: MEDIUM, Level.LOW: LOW}


def level_chip(level: Level | None, label: str, s: _Styles) -> Chip:
    """A risk level as a chip: red, amber or green, each with its own border, and its word."""
    tone = LEVEL_TONES[level or Level.LOW]
    return Chip(s.p(label, _chip_style(s, tone), bold=True), tone, text_width(label, 8, s.language, True) + 3)


def _milestones(plan: CustomerPlan, s: _Styles, language: str) -> list:
    milestones = []
    for step in plan.steps:
        if step.kind is StepKind.BOARD_MEETING:
            if step.submission_deadline:
                milestones.append((step.submission_deadline, text(language, "submission_deadline"), step.title))
            milestones.append((step.due_date, text(language, "board_meeting"), step.title))
        elif step.kind in (StepKind.PURCHASE_ORDER, StepKind.SIGNATURE):
            milestones.append((step.due_date, text(language, step.kind.value), step.title))
    if not milestones:
        return []
    date_width = date_column([m[0] for m in milestones], lambda d: format_date(d, language), 8.5, language)
    rows = [
        [s.p(format_date(d, language), s.cell), s.p(what, s.cell, bold=True), s.p(title, s.cell)]
        for d, what, title in sorted(milestones, key=lambda m: m[0])
    ]
    return [
        _heading(s, text(language, "milestones")),
        _table(rows, [date_width, 60 * mm, WIDTH - date_width - 60 * mm], header=False),
    ]


def _route_table(plan: CustomerPlan, s: _Styles, language: str) -> list:
    if not plan.route:
        return []
    rows = [
        [
            s.p(text(language, k), s.head, bold=True)
            for k in ("route_role", "route_person", "method", "status", "route_expected")
        ]
    ]
    for desk in plan.route:
        rows.append(
            [
                s.p(enum_label(desk.role, language), s.cell),
                s.p(route_person(desk) or "—", s.cell),
                s.p(enum_label(desk.method, language), s.cell),
                s.p(enum_label(desk.status, language), s.cell),
                _desk_date(desk, s, language),
            ]
        )
    days = [d for desk in plan.route for d in (desk.shown, desk.expected)]
    date_width = max(date_column(days, lambda d: format_date(d, language), 8.5, language, bold=True), 34 * mm)
    widths = [28 * mm, WIDTH - 80 * mm - date_width, 24 * mm, 28 * mm, date_width]
    return [_heading(s, text(language, "route")), _table(rows, widths)]


def _contacts(plan: CustomerPlan, s: _Styles, language: str) -> list:
    if not plan.contacts:
        return []
    rows: list[list[Any]] = [
        [s.p(text(language, k), s.head, bold=True) for k in ("name", "title", "company", "contact")]
    ]
    for person in plan.contacts:
        company = plan.account if person.side is Side.CUSTOMER else plan.vendor_company
        reach: list[Any] = []
        if person.email:
            reach.append(Linked(s.p(person.email, s.cell), mailto(person.email)))  # clickable
        if person.phone:
            reach.append(s.p(person.phone, s.cell))
        rows.append([s.p(person.name, s.cell), s.p(person.title, s.cell), s.p(company, s.cell), reach or ""])
    return [_heading(s, text(language, "contacts")), _table(rows, [36 * mm, 46 * mm, 40 * mm, 52 * mm])]


def _timeline(plan: CustomerPlan, s: _Styles, language: str, issued_on: date) -> list:
    if not plan.steps:
        return []
    heading = _heading(s, text(language, "timeline"))
    return [KeepTogether([heading, timeline(plan, language, issued_on, WIDTH)])]


def _sign_off(plan: CustomerPlan, s: _Styles, language: str, draft: bool) -> SignOff:
    """The signature block, kept with the plan's last rows or on a page of its own under a heading
    that names the plan it signs."""
    context = text(
        language, "agreed_for", title=text(language, "customer_title"), account=plan.account, deal=plan.deal_name
    )
    if plan.revision and not draft:
        context += f" · {text(language, 'revision', n=plan.revision)}"
    block = SignOff(s.p(text(language, "agreed"), s.h2), s.p(context, s.small), agreement(plan, s, language))
    return bookmark(block, text(language, "agreed"))


def _issue_tail(plan: CustomerPlan, language: str, issued_on: date, draft: bool) -> str:
    tail = f" · {text(language, 'issued', date=format_date(issued_on, language))}"
    if plan.revision and not draft:
        tail += f" · {text(language, 'revision', n=plan.revision)}"
    return tail


def _desk_date(desk: CustomerRouteStep, s: _Styles, language: str) -> list:
    """A desk's date cell: the date, and below it what that date is."""
    if desk.shown is None:
        return [s.p("", s.cell)]
    note = desk_date_note(desk.planned, desk.expected, desk.late, language)
    style = ParagraphStyle("late", parent=s.small, textColor=RED) if desk.late else s.small
    return [s.p(format_date(desk.shown, language), s.cell, bold=desk.late), s.p(note, style)]


def _changes_story(plan: CustomerPlan, changes: RevisionDiff, s: _Styles, language: str) -> list:
    """'Changes since revision N' (``changes``, the plan's): steps added, removed, re-dated, completed."""
    story: list = [
        _heading(
            s, text(language, "changes_since", n=changes.since, date=format_date(plan.changes_since_date, language))
        )
    ]
    if not changes:
        story.append(s.p(text(language, "no_changes", n=changes.since), s.body))
        return story
    rows = []
    for step in changes.added:
        rows.append((text(language, "change_added"), step.title, format_date(step.due_date, language)))
    for moved in changes.redated:
        rows.append(
            (
                text(language, "change_redated"),
                moved.title,
                text(
                    language,
                    "redated",
                    before=format_date(moved.before, language),
                    after=format_date(moved.after, language),
                    days=moved.days,
                ),
            )
        )
    for step in changes.completed:
        rows.append((text(language, "change_completed"), step.title, format_date(step.due_date, language)))
    for step in changes.removed:
        rows.append((text(language, "change_removed"), step.title, format_date(step.due_date, language)))
    story.append(
        _table(
            [[s.p(what, s.cell, bold=True), s.p(title, s.cell), s.p(when, s.cell)] for what, title, when in rows],
            [24 * mm, 72 * mm, 78 * mm],
            header=False,
        )
    )
    return story


def render_customer_plan(
    plan: CustomerPlan,
    issued_on: date,
    language: str | None = None,
    draft: bool = False,
    logos: Logos | None = None,
) -> bytes:
    """The close plan the customer receives, as PDF bytes: the cover summary, the timeline, what
    changed, the approval route, the contacts, the plan and the signature block. A ``draft``
    carries a DRAFT mark on every page and no revision number; ``logos`` are the companies'."""
    language = language or plan.language
    s = _Styles(language)
    buffer = io.BytesIO()
    title = f"{plan.account} — {plan.deal_name}: {text(language, 'customer_title')}"
    author = " / ".join(x for x in (plan.owner, plan.vendor_company) if x) or "closeplan"
    doc = _document(buffer, language, title, author, text(language, "customer_title"))
    story = cover_story(plan, s, language, issued_on, logos, draft)
    bookmark(story[2], text(language, "customer_title"))  # the title, under the companies
    story += _timeline(plan, s, language, issued_on)
    if plan.changes is not None:
        story += _changes_story(plan, plan.changes, s, language)
    story += _route_table(plan, s, language)
    story += _contacts(plan, s, language)
    story += _plan_table(plan, s, language, issued_on)
    story.append(_sign_off(plan, s, language, draft))
    footer = Footer((plan.account, plan.deal_name), _issue_tail(plan, language, issued_on, draft))
    canvas = numbered_canvas(footer, language, issued_on, draft=text(language, "draft") if draft else "")
    doc.build(_headings_not_last(story, s.h2), canvasmaker=canvas)
    return buffer.getvalue()


def _tri(value: Tri | None, language: str) -> str:
    if value is None or value is Tri.UNKNOWN:
        return text(language, "unknown")
    return text(language, value.value)


ROUTE_FILL = {
    RouteStatus.NOT_REACHED: ("#5f6368", "#f1f3f4"),
    RouteStatus.HOLDING: ("#8a5300", "#fff4e0"),
    RouteStatus.PASSED: ("#1e6b34", "#e6f4ea"),
    RouteStatus.RETURNED: ("#b3261e", "#fdecea"),
}
CHAIN_PER_ROW = 4


def _route_chain(deal: Deal, timing, s: _Styles, language: str) -> list:
    """The route as a chain of boxes, four to a row, coloured by status, with expected pass dates."""
    story: list = []
    if timing is not None:
        summary = text(
            language, "route_summary", total=timing.total, left=timing.lead, finish=format_date(timing.finish, language)
        )
        if timing.before is not None and timing.needed_by is not None:
            summary += " · " + text(
                language, "route_needed", date=format_date(timing.needed_by, language), title=timing.before.title
            )
        story.append(s.p(summary, s.small))
    needed = required_level(deal.account_profile, deal.amount, deal.currency)
    if needed is not None:
        story.append(s.p(text(language, "route_level", level=needed.level), s.small))
    desks = deal.route.steps
    heading = [_heading(s, text(language, "route")), *story]
    story = []
    for start in range(0, len(desks), CHAIN_PER_ROW):
        cells: list[Any] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ]
        for desk in desks[start : start + CHAIN_PER_ROW]:
            leg = timing.leg(desk.id) if timing else None
            days = "?" if desk.days is None else str(desk.days)
            lines = [
                s.p(enum_label(desk.role, language), s.small, bold=True),
                s.p(desk.person or "?", s.cell),
                s.p(desk.position, s.small),
                s.p(
                    f"{enum_label(desk.method, language)} · {text(language, 'days', n=days)}"
                    + (f" · {text(language, 'route_away', n=desk.away_days)}" if desk.away_days else ""),
                    s.small,
                ),
                s.p(
                    enum_label(desk.status, language)
                    + (
                        f" → {format_date(leg.planned or leg.finish, language)}"
                        if leg is not None and not leg.done
                        else ""
                    ),
                    s.small,
                ),
            ]
            if leg is not None and not leg.done and leg.planned is not None:  # a desk the plan has a step for
                note = desk_date_note(leg.planned, leg.finish, leg.late, language)
                lines.append(s.p(note, ParagraphStyle("late", parent=s.small, textColor=RED) if leg.late else s.small))
            if cells:
                cells.append(s.p("→", s.body))
            column = len(cells)
            cells.append(lines)
            ink, fill = ROUTE_FILL[desk.status]
            commands += [
                ("BACKGROUND", (column, 0), (column, 0), colors.HexColor(fill)),
                (
                    "BOX",
                    (column, 0),
                    (column, 0),
                    1.2 if desk.status is RouteStatus.HOLDING else 0.6,
                    colors.HexColor(ink),
                ),
            ]
        widths = [37 * mm if i % 2 == 0 else 7 * mm for i in range(len(cells))]
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        if heading:  # the heading stays with the first row of the chain
            story.append(KeepTogether([*heading, table]))
            heading = []
        else:
            story.append(table)
        story.append(Spacer(1, 3 * mm))
    return story


def render_internal_review(deal: Deal, assessment: Assessment, issued_on: date, language: str | None = None) -> bytes:
    """The internal review: the customer plan plus forecast, risk, approval path,
    stakeholders with influence and attitude, BANT, the four elements and notes."""
    language = language or deal.customer_language
    s = _Styles(language)
    plan = customer_plan(deal, issued_on)
    histories = step_histories(deal)
    buffer = io.BytesIO()
    title = f"{deal.account} — {deal.name}: {text(language, 'internal_title')}"
    doc = _document(buffer, language, title, deal.owner, text(language, "internal_title"))
    story: list = [s.p(text(language, "internal_title"), s.title)]  # the canvas marks every page internal
    story.append(s.p(f"{deal.account} — {deal.name}", s.h2, bold=True))
    level = text(language, assessment.level.value)
    rows = [
        [s.p(text(language, "amount"), s.cell), s.p(format_money(deal.amount, deal.currency, language), s.cell)],
        [s.p(text(language, "stage"), s.cell), s.p(value(deal.stage.value, language), s.cell)],
        [s.p(text(language, "target_close"), s.cell), s.p(format_date(deal.target_close, language), s.cell)],
        [
            s.p(text(language, "projected_close"), s.cell),
            s.p(format_date(assessment.projected_close, language), s.cell),
        ],
        [s.p(text(language, "slip"), s.cell), s.p(text(language, "days", n=assessment.slip_days), s.cell)],
        [s.p(text(language, "risk_level"), s.cell), level_chip(assessment.level, level, s)],
    ]
    story.append(_heading(s, text(language, "forecast")))
    story.append(_table(rows, [50 * mm, 124 * mm], header=False))

    story.append(_heading(s, text(language, "flags")))
    rows = [
        [
            s.p(text(language, f.severity.value), s.cell, bold=f.severity is Level.HIGH),
            s.p(flag_text(f, language), s.cell),
        ]
        for f in assessment.flags
    ] or [[s.p("—", s.cell), ""]]
    story.append(_table(rows, [22 * mm, 152 * mm], header=False))  # the flags in words, never their codes

    if deal.risks:
        story.append(_heading(s, text(language, "manual_risks")))
        rows = [
            [
                s.p(text(language, k), s.head, bold=True)
                for k in ("manual_risks", "likelihood", "impact", "mitigation", "owner")
            ]
        ]
        for risk in deal.risks:
            rows.append(
                [
                    s.p(risk.description, s.cell),
                    s.p(text(language, risk.likelihood.value), s.cell),
                    s.p(text(language, risk.impact.value), s.cell),
                    s.p(risk.mitigation, s.cell),
                    s.p(risk.owner, s.cell),
                ]
            )
        story.append(_table(rows, typeset.column_widths(rows, [56 * mm, 20 * mm, 20 * mm, 52 * mm, 26 * mm])))

    path = deal.approval_path

    def person(ref) -> str:
        found = deal.stakeholder(ref)
        return found.name if found else text(language, "unknown")

    method = value(path.approval_method.value, language)
    story.append(_heading(s, text(language, "approval_path")))
    rows = [
        [s.p(text(language, k), s.cell), s.p(v, s.cell)]
        for k, v in (
            ("real_approver", person(path.real_final_approver_id)),
            ("nominal_approver", person(path.nominal_approver_id)),
            ("po_signer", person(path.po_signer_id)),
            ("method", method),
            ("board_needed", _tri(path.board_resolution_needed, language)),
            ("drafter", person(path.drafter_id)),
            ("drafter_experience", _tri(path.drafter_passed_this_amount, language)),
        )
    ]
    if path.notes:
        rows.append([s.p(text(language, "notes"), s.cell), s.p(path.notes, s.cell)])
    story.append(_table(rows, [70 * mm, 104 * mm], header=False))
    if deal.route.steps:
        story.extend(_route_chain(deal, assessment.projection.route, s, language))
    slips = [
        (step, h) for step in deal.steps_in_time_order() if (h := histories.get(step.id)) is not None and h.shift_days
    ]
    if deal.plan_agreed_on is not None and slips:
        story.append(
            _heading(s, text(language, "slips_since_baseline", date=format_date(deal.plan_agreed_on, language)))
        )
        rows = [[s.p(text(language, k), s.head, bold=True) for k in ("step", "agreed_date", "date", "moved")]]
        for step, h in slips:
            rows.append(
                [
                    s.p(step.title, s.cell),
                    s.p(format_date(h.baseline, language), s.cell),
                    s.p(format_date(h.current, language), s.cell),
                    s.p(text(language, "moved_by", days=h.shift_days, moves=h.moves), s.cell),
                ]
            )
        days = [d for _step, h in slips for d in (h.baseline, h.current)]
        date_width = date_column(days, lambda d: format_date(d, language), 8.5, language)
        story.append(_table(rows, [WIDTH - 2 * date_width - 34 * mm, date_width, date_width, 34 * mm]))

    # the plan, milestones, route and contacts as the customer sees them
    story += _plan_table(plan, s, language, issued_on)
    story += _milestones(plan, s, language)
    story += _route_table(plan, s, language)
    story += _contacts(plan, s, language)
    hidden = [st for st in deal.steps_in_time_order() if not st.customer_visible or st.internal_note]
    if hidden:
        story.append(_heading(s, text(language, "step_notes")))
        rows = [
            [
                s.p(format_date(st.due_date, language), s.cell),
                s.p(st.title, s.cell),
                s.p(text(language, "yes" if st.customer_visible else "no"), s.cell),
                s.p(st.internal_note, s.cell),
            ]
            for st in hidden
        ]
        rows.insert(0, [s.p(text(language, k), s.head, bold=True) for k in ("date", "step", "visible", "notes")])
        date_width = date_column([st.due_date for st in hidden], lambda d: format_date(d, language), 8.5, language)
        story.append(_table(rows, [date_width, 92 * mm - date_width, 22 * mm, 60 * mm]))

    story.append(_heading(s, text(language, "stakeholders")))
    rows = [[s.p(text(language, k), s.head, bold=True) for k in ("name", "title", "influence", "attitude", "roles")]]
    notes: list[int] = []
    for p in deal.stakeholders:
        rows.append(
            [
                s.p(p.name, s.cell),
                s.p(p.title, s.cell),
                s.p(value(p.influence.value, language), s.cell),
                s.p(value(p.attitude.value, language), s.cell),
                s.p(", ".join(value(r.value, language) for r in p.roles), s.cell),
            ]
        )
        if p.notes:  # the notes under the person, across the row
            notes.append(len(rows))
            rows.append([s.p("", s.cell), s.p(p.notes, s.small), "", "", ""])
    table = _table(rows, [30 * mm, 42 * mm, 24 * mm, 27 * mm, 51 * mm])
    table.setStyle([("SPAN", (1, row), (-1, row)) for row in notes])
    story.append(table)

    story.append(_heading(s, text(language, "bant")))
    rows = [
        [
            s.p(text(language, k), s.cell),
            s.p(_tri(getattr(deal.bant, k).confirmed, language), s.cell),
            s.p(getattr(deal.bant, k).note, s.cell),
        ]
        for k in ("budget", "authority", "need", "timeframe")
    ]
    story.append(_table(rows, [30 * mm, 20 * mm, 124 * mm], header=False))
    story.append(_heading(s, text(language, "four")))
    rows = [
        [s.p(text(language, k), s.cell), s.p(getattr(deal, k), s.cell)]
        for k in ("business_issue", "problem", "solution", "benefit")
    ]
    story.append(_table(rows, [30 * mm, 144 * mm], header=False))
    if deal.internal_notes:
        story.append(_heading(s, text(language, "notes")))
        story.append(s.p(deal.internal_notes, s.body))
    footer = Footer((deal.account, deal.name), f" · {text(language, 'issued', date=format_date(issued_on, language))}")
    doc.build(
        _headings_not_last(story, s.h2),
        canvasmaker=numbered_canvas(footer, language, issued_on, marker=text(language, "internal_only")),
    )
    return buffer.getvalue()
