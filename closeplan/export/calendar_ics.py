"""The customer's plan as a calendar (RFC 5545): customer-visible steps and milestones as
all-day events, worded in the customer's language.

Every event's UID is derived from the step's id, so importing a newer export into a calendar
updates the events instead of adding copies. SEQUENCE is the number of the customer document's
revision the plan is (0 when it is not a numbered issue): never the deal's internal version,
which would tell the customer how many times the deal was edited. The content is the same
allowlist as the customer PDF: no internal notes, risks or ratings.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from closeplan.domain.model import StepKind, StepStatus
from closeplan.export.doc_text import text, value
from closeplan.export.pdf import CustomerPlan, owner_company, status_text

PRODID = "-//closeplan//mutual close plan//EN"
MILESTONES = (StepKind.BOARD_MEETING, StepKind.PURCHASE_ORDER, StepKind.SIGNATURE)


def uid(*parts: object) -> str:
    return "-".join(str(p) for p in parts) + "@closeplan"


def render_ics(plan: CustomerPlan, stamp: datetime, language: str | None = None) -> bytes:
    """``stamp`` is when the calendar was made (DTSTAMP), passed in, never read from a clock."""
    language = language or plan.language
    sequence = plan.revision  # customer-visible; the internal edit count is not
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{plan.account} — {plan.deal_name}")
    for step in plan.steps:
        who = owner_company(step.owner_side, plan.vendor_company, plan.account, language)
        marker = "◆ " if step.kind in MILESTONES else ""
        done = "✓ " if step.status is StepStatus.DONE else ""
        lines = [
            f"{text(language, 'owner')}: {who}" + (f" ({step.owner_person})" if step.owner_person else ""),
            f"{text(language, 'status')}: {status_text(step.status, step.completed_date, language)}",
            plan.deal_name,
        ]
        calendar.add_component(
            _event(
                uid(plan.deal_id, step.step_id),
                stamp,
                step.due_date,
                f"{done}{marker}{step.title} — {who}",
                "\n".join(lines),
                sequence,
                value(step.kind.value, language),
            )
        )
        if step.kind is StepKind.BOARD_MEETING and step.submission_deadline:
            calendar.add_component(
                _event(
                    uid(plan.deal_id, step.step_id, "deadline"),
                    stamp,
                    step.submission_deadline,
                    f"◆ {text(language, 'submission_deadline')}: {step.title}",
                    plan.deal_name,
                    sequence,
                    text(language, "submission_deadline"),
                )
            )
    calendar.add_component(
        _event(
            uid(plan.deal_id, "target-close"),
            stamp,
            plan.target_close,
            f"◆ {text(language, 'target_close')}: {plan.deal_name}",
            text(language, "between", vendor=plan.vendor_company or "—", customer=plan.account),
            sequence,
            text(language, "signature"),
        )
    )
    return calendar.to_ical()


def _event(key: str, stamp: datetime, day, summary: str, description: str, sequence: int, category: str) -> Event:
    event = Event()
    event.add("uid", key)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("sequence", sequence)
    event.add("transp", "TRANSPARENT")  # a plan date, not a meeting that blocks the day
    event.add("categories", [category])
    return event
