"""The risk flags' table: every kind is worded in every language, every placeholder names a
parameter and is filled, and a flag reads the same from a stored list row as when raised.
Walks closeplan.domain.risk.KINDS, so a flag added later is covered without a new test."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from closeplan.domain import flags as F
from closeplan.domain import risk
from closeplan.domain.accounts import deal_calendar
from closeplan.domain.basics import LANGUAGES
from closeplan.domain.model import FlagBrief
from closeplan.export import doc_text
from tests.conftest import TODAY

KINDS = list(risk.KINDS.values())
ids = [k.code for k in KINDS]


def sample(kind: F.FlagKind, filled: bool = True) -> dict[str, Any]:
    """A value for every parameter, by its type: all filled, or every one that can be empty empty."""
    values: dict[str, Any] = {}
    for i, (name, param) in enumerate(kind.params.items()):
        if isinstance(param, F.Text):
            values[name] = f"«{name}»" if filled else ""
        elif isinstance(param, F.Count):
            values[name] = 11 + i if filled else 0
        elif isinstance(param, F.YesNo):
            values[name] = filled
        elif isinstance(param, F.Day):
            values[name] = date(2027, 3, 1 + i)
        elif isinstance(param, F.Id):
            values[name] = uuid.uuid4()
        elif isinstance(param, F.Amount):
            values[name] = Decimal(1234567 + i)
        elif isinstance(param, F.EnumsOf):
            values[name] = tuple(param.type)[:2] if filled else ()
        elif isinstance(param, F.EnumOf):
            values[name] = next(iter(param.type))
        elif isinstance(param, F.Titles):
            values[name] = (f"«{name} 1»", f"«{name} 2»") if filled else ()
        elif isinstance(param, F.Choice):
            values[name] = next(iter(param.words))
        else:
            raise AssertionError(f"{kind.code}.{name}: no sample for {type(param).__name__}; add one here")
    for param in kind.params.values():  # an amount's currency is a currency code
        if isinstance(param, F.Amount):
            values[param.currency] = "JPY"
    return values


def formatters() -> list[F.Formatter]:
    return [doc_text.flag_words(language) for language in LANGUAGES]


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_every_kind_is_worded_in_every_language_with_its_own_parameters(kind):
    assert set(kind.wording) == set(LANGUAGES), kind.code
    types = kind.types()
    for language, template in kind.wording.items():
        assert template.strip(), (kind.code, language)
        nodes = F.parse(template)  # well formed: braces and brackets balanced
        unknown = set(F.names(nodes)) - set(types)
        assert not unknown, f"{kind.code} ({language}) names no parameter {sorted(unknown)}"
    for name, param in kind.params.items():
        if isinstance(param, F.Choice):
            for value, words in param.words.items():
                assert set(words) == set(LANGUAGES), (kind.code, name, value)
        if isinstance(param, F.Amount):
            assert isinstance(kind.params.get(param.currency), F.Text), (kind.code, name)


def _shown(nodes, values, types) -> list[F.Slot]:
    """The slots a rendering shows: those of the sections kept, the alternatives of the others."""
    slots: list[F.Slot] = []
    for node in nodes:
        if isinstance(node, F.Slot) and node.style != "?":
            slots.append(node)
        elif isinstance(node, F.Section):
            kept = all(types[n].filled(values[n]) for n in node.names())
            slots.extend(_shown(node.shown if kept else node.otherwise, values, types))
    return slots


@pytest.mark.parametrize("filled", [True, False], ids=["filled", "empty"])
@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_every_placeholder_is_filled_in_every_language(kind, filled):
    params = sample(kind, filled)
    flag = kind(risk.Level.MEDIUM, None, **params)
    values = {**params, **{name: derive(params) for name, (_, derive) in kind.derived.items()}}
    types = kind.types()
    choices = [(n, p) for n, p in kind.params.items() if isinstance(p, F.Choice)]
    variants = [params] + [{**params, n: v} for n, p in choices for v in p.words]
    for fmt in [F.PLAIN, *formatters()]:
        for variant in variants:
            text = kind.text(variant, fmt)
            assert text.strip(), (kind.code, fmt.language)
            assert not set(text) & set("{}[]|"), f"{kind.code} ({fmt.language}): {text}"
            template = kind.wording[fmt.language]
            for slot in _shown(F.parse(template), {**values, **variant}, types):
                shown = types[slot.name].format({**values, **variant}[slot.name], fmt, variant) or F.EMPTY
                shown = shown[:1].upper() + shown[1:] if slot.style == "cap" else shown
                assert shown in text, f"{kind.code} ({fmt.language}): {slot.name}={shown!r} not in {text!r}"
    assert flag.message == kind.text(params, F.PLAIN)


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_every_kind_is_translated_not_copied(kind):
    if set(F.parse(kind.wording["en"])) <= {F.Slot(n) for n in kind.params}:
        return  # only values (a risk entered by hand keeps its own words)
    for language in LANGUAGES:
        if language != "en":
            assert kind.wording[language] != kind.wording["en"], (kind.code, language)


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_parameters_come_back_from_json_as_their_types(kind):
    params = sample(kind)
    flag = kind(risk.Level.HIGH, None, **params)
    data = json.loads(json.dumps(flag.data))
    assert set(data) == set(kind.params)
    assert kind.decode(data) == params
    brief = FlagBrief(kind.code, flag.severity, flag.message, data)
    for language in LANGUAGES:
        assert doc_text.flag_text(brief, language) == doc_text.flag_text(flag, language)


def test_every_code_has_a_kind_and_a_check():
    assert [k.code for k, _ in risk.TABLE] == list(risk.ALL_CODES)
    assert len(set(risk.ALL_CODES)) == len(risk.ALL_CODES)


def test_flags_of_the_demo_read_the_same_from_the_stored_list_rows(demo_service):
    """The list and the review PDF word flags from the stored rows' JSON: same words as the editor."""
    rows = {row.id: row for row in demo_service.list_deals()}
    seen = 0
    for deal_id in demo_service.all_ids():
        deal = demo_service.get_deal(deal_id)
        raised = risk.assess(deal, TODAY, deal_calendar(deal)).flags
        for brief, flag in zip(rows[deal_id].top_flags, raised):
            assert (brief.code, brief.message) == (flag.code, flag.message)
            for language in LANGUAGES:
                assert doc_text.flag_text(brief, language) == doc_text.flag_text(flag, language)
                seen += 1
    assert seen >= 20


def test_a_brief_stored_without_a_parameter_keeps_its_english():
    brief = FlagBrief(risk.NO_CUSTOMER_STEPS, risk.Level.HIGH, "stored words", {})
    assert doc_text.flag_text(brief, "ja") == "stored words"
    assert doc_text.flag_text(FlagBrief("no_such_flag", risk.Level.LOW, "as stored", {}), "ko") == "as stored"


def test_a_raise_with_a_wrong_parameter_fails_at_once():
    with pytest.raises(TypeError):
        risk.VAGUE(risk.Level.LOW, None, name="x")
    with pytest.raises(TypeError):
        risk.OVERDUE(
            risk.Level.LOW,
            None,
            **{**sample(risk.OVERDUE), "due": "2027-01-01"},  # a date, not its text
        )


def test_sections_alternatives_and_conditions():
    kind = F.flag_kind(
        "example",
        {"who": F.TEXT, "n": F.COUNT, "late": F.YES_NO},
        en="[{who}|Nobody] waits[ {n} day(s)][{?late}, late]: {who}",
        ja="{who}",
        ko="{who}",
        sv="{who}",
    )
    assert kind.text({"who": "Ann", "n": 2, "late": True}, F.PLAIN) == "Ann waits 2 day(s), late: Ann"
    assert kind.text({"who": "", "n": 0, "late": False}, F.PLAIN) == "Nobody waits: —"
    for broken in ("{who", "who}", "[who", "who]", "{who:bold}"):
        with pytest.raises(ValueError):
            F.parse(broken)


@pytest.mark.parametrize("language", ["ko", "ja", "sv"])
def test_the_window_writes_a_flags_dates_as_its_other_cells(qtbot, demo_service, language):
    """The Korean review wrote a flag's date "2026. 8. 24." beside table cells of 2026-08-24
    (found by trying the app as a user): in the window, a flag's dates are the window's."""
    from closeplan.ui import i18n
    from closeplan.ui.formatting import flag_text, fmt_date

    i18n.set_language(language)
    try:
        checked = 0
        for deal_id in demo_service.all_ids():
            deal = demo_service.get_deal(deal_id)
            for flag in risk.assess(deal, TODAY, deal_calendar(deal)).flags:
                days = [v for v in flag.params.values() if isinstance(v, date)]
                if not days:
                    continue
                text = flag_text(flag)
                assert all(fmt_date(d) in text for d in days), text
                assert text != doc_text.flag_text(flag, "en") or language == "en"
                checked += 1
    finally:
        i18n.set_language("en")
    assert checked
