"""Working-day calendars per country: weekends plus public holidays and the days
business really stops (JP bank holidays 12/31–1/3, SE Midsummer Eve and
Christmas Eve, …), from the ``holidays`` package.

Working days are precomputed into an index, so moving N working days is O(1):
risk for 10,000 deals needs hundreds of thousands of these moves.
"""

from __future__ import annotations

import bisect
from array import array
from datetime import date
from functools import lru_cache

import holidays

# Which ``holidays`` categories stop business in each country.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "JP": ("public", "bank"),  # 銀行休業日: 12/31, 1/2, 1/3
    "KR": ("public", "bank"),
    "SE": ("public", "de_facto"),  # midsommarafton, julafton, nyårsafton
    "US": ("public",),
    "GB": ("public",),
    "DE": ("public",),
}
SUPPORTED = tuple(CATEGORIES)

FIRST_YEAR = 2015  # public holidays are known from this year ...
LAST_YEAR = 2045  # ... to this one; outside them only weekends (and closures) stop business

# The days any calendar can answer for: the dates a deal may hold (domain.validation's
# 1900-01-01..2200-12-31) with ten years on either side, so moving working days from any
# accepted date stays inside.
COVERED_FIRST = date(1890, 1, 1)
COVERED_LAST = date(2210, 12, 31)


class WorkCalendar:
    """Working days of one country from COVERED_FIRST to COVERED_LAST: weekends and, between
    FIRST_YEAR and LAST_YEAR, the country's holidays are not working days."""

    def __init__(self, country: str, extra_closures: frozenset[date] = frozenset()):
        self.country = country
        self.known_country = True
        closed: set[date] = set(extra_closures)
        try:
            table = holidays.country_holidays(
                country,
                years=range(FIRST_YEAR, LAST_YEAR + 1),
                categories=CATEGORIES.get(country, ("public",)),
            )
            for day, name in table.items():
                if "from 2pm" in name or "half" in name.lower():
                    continue  # half days are working days
                closed.add(day)
        except (NotImplementedError, KeyError):
            self.known_country = False  # weekends only
        self.holidays = frozenset(closed)
        closed_ordinals = {day.toordinal() for day in closed}
        start = COVERED_FIRST.toordinal()
        end = COVERED_LAST.toordinal()
        self._first = start
        # Compact arrays: 117,000 days per calendar, and many calendars are cached.
        self._days = array("i")
        # _index[o - start] = position of the first working day on or after ordinal o
        self._index = array("i")
        days, index = self._days, self._index
        for ordinal in range(start, end + 1):
            index.append(len(days))
            # ordinal 1 (0001-01-01) was a Monday: ordinal % 7 is 6 on Saturdays, 0 on Sundays
            if ordinal % 7 not in (0, 6) and ordinal not in closed_ordinals:
                days.append(ordinal)

    def _check(self, day: date) -> int:
        ordinal = day.toordinal()
        if not (self._first <= ordinal < self._first + len(self._index)):
            raise ValueError(
                f"{day.isoformat()} is outside the calendar ({COVERED_FIRST.isoformat()}–{COVERED_LAST.isoformat()})"
            )
        return ordinal

    def is_working_day(self, day: date) -> bool:
        ordinal = self._check(day)
        position = self._index[ordinal - self._first]
        return position < len(self._days) and self._days[position] == ordinal

    def on_or_after(self, day: date) -> date:
        """The first working day on or after ``day``."""
        position = self._index[self._check(day) - self._first]
        return date.fromordinal(self._days[position])

    def on_or_before(self, day: date) -> date:
        """The last working day on or before ``day``."""
        ordinal = self._check(day)
        position = self._index[ordinal - self._first]
        if position < len(self._days) and self._days[position] == ordinal:
            return day
        return date.fromordinal(self._days[position - 1])

    def add(self, day: date, working_days: int) -> date:
        """Move ``working_days`` working days from ``day`` (+1: the next working day).

        A non-working day counts as lying just after the working day before it:
        from a Saturday, +1 is Monday, -1 is Friday and 0 is Friday.
        """
        ordinal = self._check(day)
        position = self._index[ordinal - self._first]
        is_working = position < len(self._days) and self._days[position] == ordinal
        if is_working or working_days < 0:
            target = position + working_days
        else:
            target = position - 1 + working_days
        if not 0 <= target < len(self._days):
            raise ValueError(f"{working_days:+d} working days from {day.isoformat()} is outside the calendar")
        return date.fromordinal(self._days[target])

    def between(self, start: date, end: date) -> int:
        """Working days from ``start`` to ``end``: how many ``add`` steps lead from one to the other."""
        a = self._position(start)
        b = self._position(end)
        return b - a

    def _position(self, day: date) -> int:
        ordinal = self._check(day)
        position = self._index[ordinal - self._first]
        if position < len(self._days) and self._days[position] == ordinal:
            return position
        return position - 1  # a non-working day counts as the working day before it

    def working_days(self, start: date, end: date) -> list[date]:
        lo = bisect.bisect_left(self._days, start.toordinal())
        hi = bisect.bisect_right(self._days, end.toordinal())
        return [date.fromordinal(o) for o in self._days[lo:hi]]


@lru_cache(maxsize=32)
def calendar_for(country: str) -> WorkCalendar:
    return WorkCalendar(country.upper())
