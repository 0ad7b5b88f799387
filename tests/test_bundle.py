"""The bundle file: exact round trips, a JSON Schema, and clear errors for bad files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from closeplan.export import bundle
from closeplan.services.deals import DealService, ImportFailed
from closeplan.services.demo import demo_deals
from tests.conftest import NOW, TODAY, fixed_clock
from tests.strategies import deals

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "bundle.schema.json").read_text("utf-8"))


@given(deals())
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_bundle_text_round_trips_exactly(deal):
    text = bundle.dumps(deal, NOW)
    again = bundle.loads(text, "prop.json")
    assert again == deal
    assert bundle.dumps(again, NOW) == text


@given(deals())
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
def test_export_then_import_through_the_database_round_trips(tmp_path_factory, deal):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "in.closeplan.json"
    source.write_text(bundle.dumps(deal, NOW), encoding="utf-8")
    svc = DealService.open(folder / "db.sqlite3", fixed_clock)
    try:
        report = svc.import_bundles([source])
        assert [o.outcome for o in report.outcomes] == ["added"]
        assert svc.get_deal(deal.id) == deal
        out = svc.export_bundle(deal.id, folder / "out.closeplan.json")
        assert out.read_text("utf-8") == source.read_text("utf-8")
    finally:
        svc.close()


@given(deals())
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_every_bundle_matches_the_published_schema(deal):
    jsonschema.validate(bundle.to_bundle(deal, NOW), SCHEMA)


def test_demo_bundles_match_the_schema_and_keep_cjk_readable():
    for deal in demo_deals(TODAY):
        text = bundle.dumps(deal, NOW)
        jsonschema.validate(json.loads(text), SCHEMA)
        assert deal.name in text  # written as UTF-8, not \u escapes


def _demo_bundle() -> dict:
    return bundle.to_bundle(demo_deals(TODAY)[0], NOW)


def _error(raw, name="bad.json") -> str:
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    with pytest.raises(bundle.BundleError) as caught:
        bundle.loads(text, name)
    return str(caught.value)


def test_malformed_json_names_file_and_line():
    message = _error('{"format": "closeplan.bundle",\n  "version": 1,,}', "broken.json")
    assert message.startswith("broken.json: line 2")
    assert "not valid JSON" in message


def test_wrong_format_and_version():
    raw = _demo_bundle()
    raw["format"] = "something.else"
    assert "format: must be 'closeplan.bundle'" in _error(raw)
    raw = _demo_bundle()
    raw["version"] = 5
    assert "version: is 5: this bundle was written by a newer closeplan" in _error(raw)
    raw["version"] = 0
    assert "version: must be 4 (got 0)" in _error(raw)


def test_a_version_1_bundle_is_read_and_upgraded():
    """Bundles written before baselines and revisions existed still import, with none of them."""
    raw = _demo_bundle()
    raw["version"] = 1
    for key in ("step_moves", "revisions", "route", "account_profile"):
        del raw["deal"][key]
    for step in raw["deal"]["steps"]:
        del step["baseline_date"], step["changed_on"]
    deal = bundle.loads(json.dumps(raw, ensure_ascii=False), "old.json")
    assert deal.name == raw["deal"]["name"] and len(deal.steps) == len(raw["deal"]["steps"])
    assert deal.step_moves == [] and deal.revisions == [] and all(s.baseline_date is None for s in deal.steps)
    assert deal.route.steps == [] and deal.account_profile is None
    jsonschema.validate(bundle.to_bundle(deal, NOW), SCHEMA)  # written again as version 4
    assert bundle.to_bundle(deal, NOW)["version"] == 4


def test_a_version_2_bundle_is_read_without_a_route_and_upgraded():
    raw = _demo_bundle()
    assert raw["deal"]["route"]["steps"], "the demo deal has an approval route"
    raw["version"] = 2
    del raw["deal"]["route"], raw["deal"]["account_profile"]
    deal = bundle.loads(json.dumps(raw, ensure_ascii=False), "v2.json")
    assert deal.route.steps == [] and deal.route.drafter_usual_limit is None
    raw["version"] = 3
    assert "deal.route: is missing" in _error(raw)  # a version-3 bundle must carry its route


def test_a_version_3_bundle_reads_its_desks_by_name_and_a_link_survives_the_round_trip():
    raw = _demo_bundle()
    raw["version"] = 3
    for desk in raw["deal"]["route"]["steps"]:
        desk.pop("person_id", None)
    deal = bundle.loads(json.dumps(raw, ensure_ascii=False), "v3.json")
    assert deal.route.steps and all(d.person_id is None for d in deal.route.steps)
    person = next(p for p in deal.stakeholders if p.side.value == "customer")
    deal.route.steps[0].person, deal.route.steps[0].person_id = person.name, person.id
    written = bundle.to_bundle(deal, NOW)
    jsonschema.validate(written, SCHEMA)
    assert written["version"] == 4 and written["deal"]["route"]["steps"][0]["person_id"] == str(person.id)
    again = bundle.loads(json.dumps(written, ensure_ascii=False), "v4.json")
    assert again.route.steps[0].person_id == person.id
    written["deal"]["route"]["steps"][0]["person_id"] = str(deal.route.steps[0].id)  # no such stakeholder
    assert "deal.route.steps[0].person_id" in _error(written)


def test_route_and_account_calendar_errors_name_the_field():
    raw = _demo_bundle()
    raw["deal"]["route"]["steps"][0]["method"] = "fax"
    raw["deal"]["account_profile"]["closures"][0]["repeat"] = "monthly"
    raw["deal"]["account_profile"]["meetings"] = [{"name": "取締役会", "kind": "board", "rule": "every month"}]
    message = _error(raw)
    assert "deal.route.steps[0].method" in message
    assert "deal.account_profile.closures[0].repeat" in message
    assert "deal.account_profile.meetings[0].rule" in message


def test_a_version_2_bundle_needs_its_moves_and_revisions():
    raw = _demo_bundle()
    del raw["deal"]["revisions"]
    assert "deal.revisions: is missing" in _error(raw)


def test_invalid_fields_are_named_with_their_path():
    raw = _demo_bundle()
    raw["deal"]["amount"] = "48,000,000 yen"
    raw["deal"]["steps"][2]["due_date"] = "2026/12/18"
    raw["deal"]["steps"][4]["owner_side"] = "them"
    raw["deal"]["stakeholders"][0]["influence"] = 5
    message = _error(raw, "team/sato.json")
    assert message.startswith("team/sato.json: ")
    assert "deal.amount: must be a decimal number" in message
    assert "deal.steps[2].due_date: must be a date as YYYY-MM-DD, not '2026/12/18'" in message
    assert "deal.steps[4].owner_side: 'them' is not one of: vendor, customer, joint" in message
    assert "deal.stakeholders[0].influence: must be text" in message


def test_amount_as_number_is_refused():
    raw = _demo_bundle()
    raw["deal"]["amount"] = 48000000
    assert "deal.amount: must be a decimal number written as text" in _error(raw)


def test_missing_and_unknown_fields():
    raw = _demo_bundle()
    del raw["deal"]["target_close"]
    raw["deal"]["steps"][0]["colour"] = "red"
    message = _error(raw)
    assert "deal.target_close: is missing" in message
    assert "deal.steps[0].colour: unknown field" in message


def test_domain_rules_apply_to_bundles():
    raw = _demo_bundle()
    raw["deal"]["currency"] = "XYZ"
    raw["deal"]["steps"][5]["completed_date"] = "2026-11-01"
    message = _error(raw)
    assert "deal.currency: unknown currency 'XYZ'" in message
    assert "deal.steps[5].completed_date: a completed date is set" in message


def _dump(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_bad_file_among_good_ones_imports_nothing(tmp_path, demo_service):
    good = tmp_path / "good.json"
    good.write_text(bundle.dumps(demo_deals(TODAY)[1], NOW).replace('"version": 4', '"version": 40'), "utf-8")
    bad = tmp_path / "bad.json"
    raw = _demo_bundle()
    raw["deal"]["steps"][0]["status"] = "finished"
    bad.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    db_file = Path(demo_service.location)
    before = _dump(db_file)
    with pytest.raises(ImportFailed) as caught:
        demo_service.import_bundles([good, bad])
    assert "bad.json: deal.steps[0].status: 'finished' is not one of" in str(caught.value)
    assert _dump(db_file) == before


def test_conflicts_are_reported_and_only_newer_versions_replace(tmp_path, demo_service):
    deal = demo_service.get_deal(demo_service.resolve("Brightwater"))
    same = tmp_path / "same.json"
    same.write_text(bundle.dumps(deal, NOW), "utf-8")
    older_deal = demo_service.get_deal(deal.id)
    older_deal.version -= 1
    older_deal.name = "Older title"
    older = tmp_path / "older.json"
    older.write_text(bundle.dumps(older_deal, NOW), "utf-8")
    report = demo_service.import_bundles([same, older])
    assert [o.outcome for o in report.outcomes] == ["skipped", "skipped"]
    assert "not newer" in report.outcomes[0].reason
    assert demo_service.get_deal(deal.id).name == deal.name

    newer_deal = demo_service.get_deal(deal.id)
    newer_deal.version += 1
    newer_deal.name = "Scheduling suite rollout, 16 clinics"
    newer_deal.steps = newer_deal.steps[:-1]
    newer = tmp_path / "newer.json"
    newer.write_text(bundle.dumps(newer_deal, NOW), "utf-8")
    report = demo_service.import_bundles([newer])
    assert [o.outcome for o in report.outcomes] == ["updated"]
    stored = demo_service.get_deal(deal.id)
    assert stored.name == "Scheduling suite rollout, 16 clinics"
    assert len(stored.steps) == len(deal.steps) - 1
    assert len(demo_service.list_deals()) == 4


def test_export_is_atomic_and_private(tmp_path, demo_service):
    deal_id = demo_service.resolve("Norrskog")
    target = tmp_path / "out" / "Norrskog.closeplan.json"
    demo_service.export_bundle(deal_id, target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    assert bundle.read_file(target) == demo_service.get_deal(deal_id)


def test_exported_at_is_the_clock_not_the_wall(tmp_path, demo_service):
    target = tmp_path / "x.json"
    demo_service.export_bundle(demo_service.resolve("Norrskog"), target)
    assert json.loads(target.read_text("utf-8"))["exported_at"] == NOW.isoformat()
    assert NOW.tzinfo is UTC and datetime.fromisoformat(NOW.isoformat()) == NOW
