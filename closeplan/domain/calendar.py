"""Working-day calendars per country: weekends plus public holidays and the days
business really stops (JP bank holidays 12/31–1/3, SE Midsummer Eve and
Christmas Eve, …), from the ``holidays`` package.

Working days are precomputed into an index, so moving N working days is O(1):
risk for 10,000 deals needs hundreds of thousands of these moves.

Importing ``holidays`` (every country's module) and computing 31 years of holidays is the
slow part of a first calendar, so ``national_closures`` imports it only when it runs, and
``set_closure_source`` lets the program's edges answer from a cache instead
(services.calendar_cache keeps them on disk; this package does no file I/O).
"""

from __future__ import annotations

import bisect
import hashlib
from array import array
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from itertools import accumulate, compress

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

# Bump when national_closures or _is_half_day change what they give for the same
# ``holidays`` version and constants above: it is part of closure_rules(), the cache key.
CLOSURE_RULES_REVISION = 1


def _is_half_day(name: str) -> bool:
    return "from 2pm" in name or "half" in name.lower()  # half days are working days


def national_closures(country: str) -> frozenset[date] | None:
    """The days ``country``'s business stops between FIRST_YEAR and LAST_YEAR (its holidays
    in CATEGORIES, half days left out), or None when ``holidays`` does not know the country
    (weekends only). Imports ``holidays`` on first use: that alone takes a good 100 ms."""
    import holidays

    try:
        table = holidays.country_holidays(
            country,
            years=range(FIRST_YEAR, LAST_YEAR + 1),
            categories=CATEGORIES.get(country, ("public",)),
        )
    except (NotImplementedError, KeyError):
        return None
    return frozenset(day for day, name in table.items() if not _is_half_day(name))


def closure_rules() -> str:
    """A digest of what national_closures computes besides the ``holidays`` version: the
    categories, the years and the half-day rule. A cache of its answers must be keyed by it."""
    # The two functions' bytecode and plain constants too, so that an edit to either one
    # is a new key even if CLOSURE_RULES_REVISION is forgotten.
    code = [
        (f.__code__.co_code.hex(), [c for c in f.__code__.co_consts if isinstance(c, str | int | tuple | None)])
        for f in (national_closures, _is_half_day)
    ]
    rules = (CLOSURE_RULES_REVISION, sorted(CATEGORIES.items()), FIRST_YEAR, LAST_YEAR, code)
    return hashlib.sha256(repr(rules).encode()).hexdigest()[:16]


# source(country, compute) -> closed days or None (country unknown); it may answer from a
# cache and otherwise returns compute(country).
ClosureSource = Callable[[str, Callable[[str], frozenset[date] | None]], frozenset[date] | None]


def _compute(country: str, compute: Callable[[str], frozenset[date] | None]) -> frozenset[date] | None:
    return compute(country)


_closure_source: ClosureSource = _compute


def closures_from_source(key: str, compute: Callable[[str], frozenset[date] | None]) -> frozenset[date] | None:
    """Closed days kept under ``key`` as a country's are (a short ASCII word: e.g. a Korean
    festival's days, domain.accounts), from the closure source or else computed."""
    return _closure_source(key, compute)


def set_closure_source(source: ClosureSource | None) -> None:
    """From now on, where calendars take national closures from (None: computed each time).
    Calendars already built (calendar_for caches them) keep theirs."""
    global _closure_source
    _closure_source = source if source is not None else _compute


class WorkCalendar:
    """Working days of one country from COVERED_FIRST to COVERED_LAST: weekends and, between
    FIRST_YEAR and LAST_YEAR, the country's holidays are not working days."""

    def __init__(self, country: str, extra_closures: frozenset[date] = frozenset()):
        self.country = country
        national = _closure_source(country, national_closures)
        self.known_country = national is not None
        self.holidays = frozenset(extra_closures) | (national or frozenset())
        start = COVERED_FIRST.toordinal()
        end = COVERED_LAST.toordinal()
        size = end - start + 1
        self._first = start
        # mask[o - start] is 1 on working days: the week's pattern, then the closed days
        # cleared. Ordinal 1 (0001-01-01) was a Monday: ordinal % 7 is 6 on Saturdays, 0 on Sundays.
        week = bytes(0 if o % 7 in (0, 6) else 1 for o in range(start, start + 7))
        mask = bytearray(week * (size // 7 + 1))
        del mask[size:]
        for day in self.holidays:
            offset = day.toordinal() - start
            if 0 <= offset < size:
                mask[offset] = 0
        # Compact arrays: 117,000 days per calendar, and many calendars are cached.
        # (array.fromlist of a list is twice as fast as array() of an iterator.)
        self._days = array("i")
        self._days.fromlist(list(compress(range(start, end + 1), mask)))
        # _index[o - start] = position of the first working day on or after ordinal o:
        # the number of working days before it.
        index = list(accumulate(mask, initial=0))
        index.pop()
        self._index = array("i")
        self._index.fromlist(index)

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
