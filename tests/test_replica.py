"""A deal as the team server holds it (items of encoded fields) and back, exactly."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings

from closeplan.domain.operations import diff
from closeplan.domain.replica import deal_from_items, deal_items, push_element
from closeplan.services.demo import demo_deals
from tests.strategies import deals

TODAY = date(2026, 11, 23)
BOOKKEEPING = ("version", "created_at", "updated_at", "account_profile")


def _round_trip(deal):
    items = json.loads(json.dumps([{**i, "entity_id": str(i["entity_id"])} for i in deal_items(deal)]))
    back = deal_from_items(deal.id, items)
    for name in BOOKKEEPING:
        setattr(back, name, getattr(deal, name))
    return back


def test_the_demo_deals_come_back_exactly_from_their_items():
    for deal in demo_deals(TODAY):
        assert diff(deal, _round_trip(deal)) == []
        assert _round_trip(deal) == deal


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deals())
def test_any_deal_comes_back_exactly_from_its_items(deal):
    assert diff(deal, _round_trip(deal)) == []


def test_every_operation_of_an_edit_becomes_a_json_push_element():
    from closeplan.domain.operations import Action, clone

    deal = demo_deals(TODAY)[0]
    after = clone(deal)
    after.name = "Renamed"
    after.steps[0].due_date = date(2027, 1, 4)
    removed = after.steps.pop(1)
    after.risks.clear()
    ops = diff(deal, after)
    action = Action(deal.id, deal.id, "Edit", "edit", "megan", deal.updated_at, deal.version, tuple(ops))
    elements = [push_element(action, i, op, after) for i, op in enumerate(ops)]
    assert all(e is not None for e in elements)
    json.dumps(elements)  # plain JSON all through
    assert {e["kind"] for e in elements} >= {"set", "remove"}
    gone = next(e for e in elements if e["kind"] == "remove" and e["entity"] == "step")
    assert gone["entity_id"] == str(removed.id) and gone["old"]["title"] == removed.title
