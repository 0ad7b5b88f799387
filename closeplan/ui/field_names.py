"""Fields named as the user knows them ("the status of step “Board approval”"), never as code
("step.status"): for messages about what an undo or an operation did or left."""

from __future__ import annotations

from collections.abc import Sequence

from closeplan.domain.model import Deal
from closeplan.domain.operations import COLLECTIONS, Op, item_name, items_of
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "account": QT_TRANSLATE_NOOP("Fields", "account"),
    "vendor_company": QT_TRANSLATE_NOOP("Fields", "our company"),
    "amount": QT_TRANSLATE_NOOP("Fields", "amount"),
    "currency": QT_TRANSLATE_NOOP("Fields", "currency"),
    "stage": QT_TRANSLATE_NOOP("Fields", "stage"),
    "target_close": QT_TRANSLATE_NOOP("Fields", "target close"),
    "project_start": QT_TRANSLATE_NOOP("Fields", "project start"),
    "owner": QT_TRANSLATE_NOOP("Fields", "owner"),
    "country": QT_TRANSLATE_NOOP("Fields", "country"),
    "customer_language": QT_TRANSLATE_NOOP("Fields", "customer language"),
    "business_issue": QT_TRANSLATE_NOOP("Fields", "business issue"),
    "problem": QT_TRANSLATE_NOOP("Fields", "problem"),
    "solution": QT_TRANSLATE_NOOP("Fields", "solution"),
    "benefit": QT_TRANSLATE_NOOP("Fields", "benefit"),
    "internal_notes": QT_TRANSLATE_NOOP("Fields", "internal notes"),
    "plan_agreed_on": QT_TRANSLATE_NOOP("Fields", "plan agreement"),
    "crm_id": QT_TRANSLATE_NOOP("Fields", "CRM id"),
    "title": QT_TRANSLATE_NOOP("Fields", "title"),
    "description": QT_TRANSLATE_NOOP("Fields", "description"),
    "owner_side": QT_TRANSLATE_NOOP("Fields", "side"),
    "owner_person": QT_TRANSLATE_NOOP("Fields", "owner"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "due date"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "completed_date": QT_TRANSLATE_NOOP("Fields", "completed date"),
    "customer_visible": QT_TRANSLATE_NOOP("Fields", "customer visibility"),
    "internal_note": QT_TRANSLATE_NOOP("Fields", "internal note"),
    "depends_on": QT_TRANSLATE_NOOP("Fields", "dependencies"),
    "approver": QT_TRANSLATE_NOOP("Fields", "approver"),
    "approval_method": QT_TRANSLATE_NOOP("Fields", "approval method"),
    "meeting_date": QT_TRANSLATE_NOOP("Fields", "meeting date"),
    "submission_deadline": QT_TRANSLATE_NOOP("Fields", "submission deadline"),
    "recurrence_rule": QT_TRANSLATE_NOOP("Fields", "regular meetings"),
    "extraordinary_possible": QT_TRANSLATE_NOOP("Fields", "extraordinary meeting"),
    "baseline_date": QT_TRANSLATE_NOOP("Fields", "agreed date"),
    "changed_on": QT_TRANSLATE_NOOP("Fields", "last change"),
    "side": QT_TRANSLATE_NOOP("Fields", "side"),
    "roles": QT_TRANSLATE_NOOP("Fields", "roles"),
    "influence": QT_TRANSLATE_NOOP("Fields", "influence"),
    "seniority": QT_TRANSLATE_NOOP("Fields", "rank"),
    "attitude": QT_TRANSLATE_NOOP("Fields", "attitude"),
    "email": QT_TRANSLATE_NOOP("Fields", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "notes": QT_TRANSLATE_NOOP("Fields", "notes"),
    "likelihood": QT_TRANSLATE_NOOP("Fields", "likelihood"),
    "impact": QT_TRANSLATE_NOOP("Fields", "impact"),
    "mitigation": QT_TRANSLATE_NOOP("Fields", "mitigation"),
    "role": QT_TRANSLATE_NOOP("Fields", "role"),
    "person": QT_TRANSLATE_NOOP("Fields", "person"),
    "position": QT_TRANSLATE_NOOP("Fields", "position"),
    "method": QT_TRANSLATE_NOOP("Fields", "method"),
    "days": QT_TRANSLATE_NOOP("Fields", "working days"),
    "away_days": QT_TRANSLATE_NOOP("Fields", "days away"),
    "person_id": QT_TRANSLATE_NOOP("Fields", "person"),  # (a desk's link to its stakeholder)
    "real_final_approver_id": QT_TRANSLATE_NOOP("Fields", "real final approver"),
    "nominal_approver_id": QT_TRANSLATE_NOOP("Fields", "nominal approver"),
    "po_signer_id": QT_TRANSLATE_NOOP("Fields", "PO signer"),
    "drafter_id": QT_TRANSLATE_NOOP("Fields", "drafter"),
    "board_resolution_needed": QT_TRANSLATE_NOOP("Fields", "board resolution needed"),
    "drafter_passed_this_amount": QT_TRANSLATE_NOOP("Fields", "drafter's experience with this amount"),
    "drafter_usual_limit": QT_TRANSLATE_NOOP("Fields", "drafter's usual limit"),
    "starts_on": QT_TRANSLATE_NOOP("Fields", "route start"),
    "before_step_id": QT_TRANSLATE_NOOP("Fields", "what the route must pass before"),
    "confirmed": QT_TRANSLATE_NOOP("Fields", "confirmed"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
}
BANT = {
    "budget": QT_TRANSLATE_NOOP("Fields", "budget"),
    "authority": QT_TRANSLATE_NOOP("Fields", "authority"),
    "need": QT_TRANSLATE_NOOP("Fields", "need"),
    "timeframe": QT_TRANSLATE_NOOP("Fields", "timeframe"),
}


def _name(key: str) -> str:
    return translate("Fields", LABELS[key]) if key in LABELS else key.replace("_", " ")


def _item_name(deal: Deal | None, op: Op) -> str:
    """The step's title, the person's name, the risk's description: what the user calls the item."""
    item = op.new if op.new is not None and op.kind == "add" else op.old if op.kind == "remove" else None
    if item is None and op.kind == "set" and hasattr(op.old, "id"):  # a message about an item by position
        item = op.old
    if item is None and deal is not None and op.entity_id is not None and op.entity in COLLECTIONS:
        item = next((i for i in items_of(deal, op.entity) if i.id == op.entity_id), None)
    text = item_name(item) if item is not None else ""
    return text if len(text) <= 40 else text[:39] + "…"


def field_label(deal: Deal | None, op: Op) -> str:
    """e.g. "amount", "status of step “Board approval”", "step “PO issued”" (added or removed)."""
    entity = {
        "step": translate("Fields", "step"),
        "stakeholder": translate("Fields", "stakeholder"),
        "risk": translate("Fields", "risk"),
        "route_desk": translate("Fields", "route desk"),
    }.get(op.entity)
    if op.entity == "bant":
        item, part = op.field.split(".", 1)
        return translate("Fields", "BANT {item}: {field}").format(
            item=translate("Fields", BANT[item]), field=_name(part)
        )
    if entity is None:
        return _name(op.field) if op.field else translate("Fields", "the deal")
    name = _item_name(deal, op)
    thing = translate("Fields", "{entity} “{name}”").format(entity=entity, name=name) if name else entity
    if not op.field or op.kind != "set":
        return thing
    return translate("Fields", "{field} of {thing}").format(field=_name(op.field), thing=thing)


_LISTS = {"steps": "step", "stakeholders": "stakeholder", "risks": "risk", "route.steps": "route_desk"}


def path_label(deal: Deal | None, path: str) -> str:
    """A validation message's field path ("steps[3].title", "approval_path.drafter_id") in words."""
    import re

    match = re.fullmatch(r"(?:deal\.)?(steps|stakeholders|risks|route\.steps)\[(\d+)\](?:\.(\w+))?", path)
    if match:
        entity, position, name = _LISTS[match.group(1)], int(match.group(2)), match.group(3) or ""
        items: Sequence[object] = []
        if deal is not None:
            lists: dict[str, Sequence[object]] = {
                "step": deal.steps,
                "stakeholder": deal.stakeholders,
                "risk": deal.risks,
                "route_desk": deal.route.steps,
            }
            items = lists.get(entity, [])
        item = items[position] if position < len(items) else None
        return field_label(None, Op("set" if name else "add", entity, None, name, old=item, new=item))
    name = path.split(".")[-1].split("[")[0]
    if path.startswith("bant."):
        parts = path.split(".")
        if len(parts) == 3 and parts[1] in BANT:
            return field_label(deal, Op("set", "bant", None, f"{parts[1]}.{parts[2]}"))
    if name in ("steps", "stakeholders", "risks"):
        return {
            "steps": translate("Fields", "the plan"),
            "stakeholders": translate("Fields", "the stakeholders"),
            "risks": translate("Fields", "the risks"),
        }[name]
    return _name(name)
