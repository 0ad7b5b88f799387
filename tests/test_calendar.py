"""Working-day calendars per country."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeplan.domain.calendar import SUPPORTED, calendar_for

CLOSED = [
    ("JP", date(2026, 11, 23), "Labour Thanksgiving Day"),
    ("JP", date(2026, 12, 31), "bank holiday (年末)"),
    ("JP", date(2027, 1, 4) - timedelta(days=3), "New Year's Day"),
    ("KR", date(2026, 12, 25), "Christmas"),
    ("KR", date(2026, 9, 25), "Chuseok"),
    ("SE", date(2026, 6, 19), "Midsummer Eve (de facto)"),
    ("SE", date(2026, 12, 24), "Christmas Eve (de facto)"),
    ("US", date(2026, 11, 26), "Thanksgiving"),
    ("GB", date(2026, 12, 28), "Boxing Day (substitute)"),
    ("DE", date(2026, 5, 1), "Labour Day"),
]


@pytest.mark.parametrize("country, day, why", CLOSED)
def test_holidays_are_not_working_days(country, day, why):
    assert not calendar_for(country).is_working_day(day), why


def test_half_days_and_ordinary_days_are_working_days():
    assert calendar_for("SE").is_working_day(date(2026, 6, 18))  # day before Midsummer Eve: half day
    assert calendar_for("JP").is_working_day(date(2026, 11, 24))
    assert not calendar_for("JP").is_working_day(date(2026, 11, 28))  # Saturday


def test_moving_over_the_japanese_new_year():
    jp = calendar_for("JP")
    assert jp.add(date(2026, 12, 30), 1) == date(2027, 1, 4)
    assert jp.add(date(2027, 1, 4), -1) == date(2026, 12, 30)
    assert jp.between(date(2026, 12, 30), date(2027, 1, 4)) == 1


def test_weekends_count_as_the_working_day_before():
    us = calendar_for("US")
    saturday = date(2026, 12, 5)
    assert us.add(saturday, 1) == date(2026, 12, 7)
    assert us.add(saturday, -1) == date(2026, 12, 4)
    assert us.add(saturday, 0) == date(2026, 12, 4)
    assert us.on_or_after(saturday) == date(2026, 12, 7)


def test_an_unknown_country_has_weekends_only():
    calendar = calendar_for("ZZ")
    assert not calendar.known_country
    assert calendar.is_working_day(date(2026, 12, 25))


@given(
    country=st.sampled_from(SUPPORTED),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    days=st.integers(-300, 300),
)
def test_add_lands_on_working_days_and_between_inverts_it(country, start, days):
    calendar = calendar_for(country)
    day = calendar.on_or_after(start)
    moved = calendar.add(day, days)
    assert calendar.is_working_day(moved)
    assert calendar.between(day, moved) == days
    assert (moved >= day) == (days >= 0) or moved == day
