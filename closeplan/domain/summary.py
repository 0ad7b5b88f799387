"""The deal-list row of a deal, computed from its plan and risk assessment."""

from __future__ import annotations

from datetime import date

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import Deal, DealSummary, FlagBrief, OwnerSide, StepStatus
from closeplan.domain.risk import Assessment, assess

TOP_FLAGS = 3


def summarize(deal: Deal, today: date, assessment: Assessment | None = None) -> DealSummary:
    assessment = assessment or assess(deal, today, deal_calendar(deal))
    next_customer = None
    for step in deal.steps:
        if step.owner_side is OwnerSide.CUSTOMER and step.is_open:
            if next_customer is None or step.due_date < next_customer.due_date:
                next_customer = step
    return DealSummary(
        id=deal.id,
        name=deal.name,
        account=deal.account,
        amount=deal.amount,
        currency=deal.currency,
        stage=deal.stage,
        target_close=deal.target_close,
        owner=deal.owner,
        country=deal.country,
        customer_language=deal.customer_language,
        updated_at=deal.updated_at,
        version=deal.version,
        step_count=len(deal.steps),
        done_count=sum(1 for s in deal.steps if s.status is StepStatus.DONE),
        next_customer_step=next_customer.title if next_customer else None,
        next_customer_date=next_customer.due_date if next_customer else None,
        as_of=today,
        projected_close=assessment.projected_close,
        slip_days=assessment.slip_days,
        level=assessment.level,
        overdue_count=sum(1 for s in deal.steps if s.is_open and s.due_date < today),
        top_flags=tuple(FlagBrief(f.code, f.severity, f.message, dict(f.data)) for f in assessment.flags[:TOP_FLAGS]),
        times_close_pushed=deal.times_close_pushed,
    )
