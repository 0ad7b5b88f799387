"""The risk report as stable JSON (docs/risk-json.md) and as text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from closeplan.domain.currency import format_amount, format_plain
from closeplan.domain.flags import plural
from closeplan.services.planning import RiskRow

RISK_FORMAT = "closeplan.risk"
RISK_VERSION = 1


def risk_json(rows: Sequence[RiskRow], today: date) -> dict[str, Any]:
    deals = []
    for row in rows:
        deal, assessment = row.deal, row.assessment
        titles = {s.id: s.title for s in deal.steps}
        moved = [
            {
                "step_id": str(sid),
                "title": titles[sid],
                "planned": sp.planned.isoformat(),
                "projected": sp.projected.isoformat(),
                "reason": sp.reason,
                "because_of": str(sp.because_of) if sp.because_of else None,
            }
            for sid in assessment.projection.order
            if (sp := assessment.projection.steps[sid]).moved
        ]
        deals.append(
            {
                "id": str(deal.id),
                "name": deal.name,
                "account": deal.account,
                "owner": deal.owner,
                "stage": deal.stage.value,
                "amount": format_plain(deal.amount),
                "currency": deal.currency,
                "target_close": deal.target_close.isoformat(),
                "projected_close": assessment.projected_close.isoformat(),
                "slip_days": assessment.slip_days,
                "times_close_pushed": deal.times_close_pushed,
                "level": assessment.level.value,
                "flags": [
                    {
                        "code": f.code,
                        "severity": f.severity.value,
                        "message": f.message,
                        "step_id": str(f.step_id) if f.step_id else None,
                        "data": f.data,
                    }
                    for f in assessment.flags
                ],
                "moved_steps": moved,
            }
        )
    return {"format": RISK_FORMAT, "version": RISK_VERSION, "today": today.isoformat(), "deals": deals}


def risk_text(rows: Sequence[RiskRow], today: date) -> str:
    if not rows:
        return "no deals"
    lines = [f"risk as of {today.isoformat()}", ""]
    order = {"high": 0, "medium": 1, "low": 2}
    for row in sorted(rows, key=lambda r: (order[r.assessment.level.value], r.deal.target_close)):
        deal, a = row.deal, row.assessment
        lines.append(f"{deal.account} — {deal.name}  [{a.level.value.upper()}]")
        lines.append(
            f"  {format_amount(deal.amount, deal.currency)} · {deal.stage.value} · target close "
            f"{deal.target_close.isoformat()} · projected {a.projected_close.isoformat()} · slip {a.slip_days} {plural(a.slip_days, 'day', 'days')}"
        )
        for flag in a.flags:
            lines.append(f"  {flag.severity.value.upper():<6} {flag.code}: {flag.message}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
