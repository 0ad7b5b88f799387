"""Built-in templates as data, their checks, and saving a plan as a template."""

from __future__ import annotations

import json

import pytest

from closeplan.domain.calendar import calendar_for
from closeplan.domain.model import LANGUAGES, OwnerSide, StepKind
from closeplan.domain.risk import is_vague
from closeplan.domain.scheduling import back_schedule
from closeplan.domain.templates import template_from_dict, template_to_dict
from closeplan.domain.validation import ValidationError
from closeplan.services.deals import NewDeal
from closeplan.services.planning import PlanningService, TemplateLibrary, builtin_templates
from tests.conftest import TODAY

EXPECTED = {
    "enterprise-jp-ringi",
    "enterprise-kr-pumui",
    "enterprise-se-board",
    "midmarket-e-approval",
    "public-sector-tender",
}


def test_the_built_in_templates_are_there_as_data_files():
    templates = {t.id: t for t in builtin_templates()}
    assert set(templates) == EXPECTED
    assert templates["enterprise-jp-ringi"].board_cadence == "FREQ=MONTHLY;BYDAY=+3TH"
    assert templates["enterprise-jp-ringi"].name["ja"].startswith("エンタープライズ")
    assert "styrelsebeslut" in templates["enterprise-se-board"].name["sv"]


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_built_in_template_steps_are_concrete_mutual_and_in_four_languages(template):
    for step in template.steps:
        assert set(step.title) == set(LANGUAGES), step.key
        for language, title in step.title.items():
            assert not is_vague(title), (template.id, language, title)
    sides = {s.owner_side for s in template.steps}
    assert OwnerSide.CUSTOMER in sides and OwnerSide.VENDOR in sides
    assert any(s.kind is StepKind.SIGNATURE for s in template.steps)
    assert any(s.kind is StepKind.PURCHASE_ORDER for s in template.steps)


def test_the_japanese_template_has_the_seed_003_milestones():
    template = next(t for t in builtin_templates() if t.id == "enterprise-jp-ringi")
    by_key = {s.key: s for s in template.steps}
    assert by_key["board"].kind is StepKind.BOARD_MEETING and by_key["board"].submission_lead == 5
    assert (by_key["submit"].relative_to, by_key["submit"].offset) == ("board", -5)
    assert (by_key["po"].relative_to, by_key["po"].offset) == ("board", 3)


def _raw():
    return template_to_dict(builtin_templates()[0])


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda r: r["steps"][1].update(relative_to="nowhere"), "steps[1].relative_to"),
        (lambda r: r["steps"][2].update(kind="party"), "steps[2].kind"),
        (lambda r: r["steps"][0].update(depends_on=["sign"]), "steps"),
        (lambda r: r.update(board_cadence="third thursday"), "board_cadence"),
        (lambda r: r["steps"][3].update(offset="-5"), "steps[3].offset"),
        (lambda r: r["steps"][4].update(title={}), "steps[4].title"),
    ],
)
def test_a_bad_template_is_refused_naming_the_field(change, field):
    raw = _raw()
    change(raw)
    with pytest.raises(ValidationError) as caught:
        template_from_dict(raw, "my-template.json")
    assert caught.value.source == "my-template.json"
    assert field in {e.field for e in caught.value.errors}


def test_relative_to_loop_is_refused():
    raw = _raw()
    raw["steps"][0]["relative_to"] = raw["steps"][1]["key"]
    raw["steps"][1]["relative_to"] = raw["steps"][0]["key"]
    with pytest.raises(ValidationError, match="loop"):
        template_from_dict(raw)


def test_save_a_plan_as_a_template_and_create_a_deal_from_it(service, tmp_path):
    planning = PlanningService(service, TemplateLibrary(tmp_path / "templates"))
    close = TODAY.replace(year=2027, month=3, day=31)
    new = NewDeal(
        name="Underhållsplattform",
        account="Västkust Energi AB",
        amount=__import__("decimal").Decimal("1500000"),
        currency="SEK",
        target_close=close,
        country="SE",
        customer_language="sv",
    )
    deal, _, _ = planning.create_from_template(new, "enterprise-se-board", TODAY)
    saved = planning.save_as_template(deal.id, "Vår styrelsemall")
    files = list((tmp_path / "templates").glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text("utf-8"))["name"] == {"sv": "Vår styrelsemall"}
    assert saved.id in {t.id for t in planning.templates()}
    again, _, _ = planning.create_from_template(
        NewDeal(
            name="Nästa affär",
            account="Norrskog Energi AB",
            amount=deal.amount,
            currency="SEK",
            target_close=close,
            country="SE",
            customer_language="sv",
        ),
        saved.id,
        TODAY,
    )
    original = [(s.due_date, s.title, s.owner_side, s.kind) for s in deal.steps_in_time_order()]
    copy = [(s.due_date, s.title, s.owner_side, s.kind) for s in again.steps_in_time_order()]
    assert copy == original
    board = next(s for s in again.steps if s.kind is StepKind.BOARD_MEETING)
    assert board.recurrence_rule == "FREQ=MONTHLY;BYDAY=+2WE"


def test_titles_follow_the_deal_language():
    template = next(t for t in builtin_templates() if t.id == "midmarket-e-approval")
    schedule = back_schedule(
        template, TODAY.replace(year=2027, month=2, day=26), calendar_for("JP"), TODAY, language="ja"
    )
    assert "購買システムでの電子承認" in [s.title for s in schedule.steps]
