"""Customer calendars and approval-authority tables, kept per account.

A customer stops work on more days than its country's public holidays: 年末年始 (12/29–1/3),
お盆 and Golden Week in Japan, the days around Seollal and Chuseok in Korea, the July
industrial holiday in Sweden. Its fiscal year ends on a known day, and in the weeks before
it new spending may be frozen. Decisions wait for recurring meetings (board, management
committee, investment committee), each with a submission lead time.

``deal_calendar`` gives the working-day calendar of a deal: national holidays of its
country plus its account's closures, so back-scheduling and projection skip them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from closeplan.domain.calendar import FIRST_YEAR, LAST_YEAR, WorkCalendar, calendar_for, closures_from_source
from closeplan.domain.currency import format_plain
from closeplan.domain.model import (
    AccountProfile,
    AuthorityBand,
    Closure,
    ClosureRepeat,
    Deal,
    GovernanceMeeting,
    MeetingKind,
)

_FESTIVAL_NAMES = {ClosureRepeat.SEOLLAL: "Korean New Year", ClosureRepeat.CHUSEOK: "Chuseok"}


def _yearly(month_day: date, year: int) -> date:
    try:
        return month_day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# The festivals' days are kept as a country's closures are (domain.calendar's source: a disk
# cache in the app), under these keys; the digit is a revision: raise it when _festival_table
# computes something else.
_FESTIVAL_KEYS = {"Korean New Year": "KRNY1", "Chuseok": "KRCHU1"}


def _festival_table(key: str) -> frozenset[date]:
    """Every national holiday of the Korean festival kept under ``key`` (see _FESTIVAL_KEYS)."""
    import holidays  # here, not at the top: importing it takes a good 100 ms (see domain.calendar)

    name = next(name for name, kept in _FESTIVAL_KEYS.items() if kept == key)
    table = holidays.country_holidays("KR", years=range(FIRST_YEAR, LAST_YEAR + 1))
    return frozenset(d for d, label in table.items() if name in label)


@lru_cache(maxsize=8)
def _festival_days(name: str) -> tuple[tuple[date, ...], ...]:
    """Each year's national holidays of a Korean festival, as runs of days."""
    days = sorted(closures_from_source(_FESTIVAL_KEYS[name], _festival_table) or ())
    runs: list[list[date]] = []
    for day in days:
        if runs and (day - runs[-1][-1]).days <= 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return tuple(tuple(run) for run in runs)


@lru_cache(maxsize=256)
def closure_days(closure: Closure) -> frozenset[date]:
    """Every day a closure covers within the calendar's years."""
    days: list[date] = []
    if closure.repeat is ClosureRepeat.ONCE:
        days = _span(closure.start, closure.end) if closure.end >= closure.start else []
    elif closure.repeat is ClosureRepeat.YEARLY:
        wraps = (closure.end.month, closure.end.day) < (closure.start.month, closure.start.day)
        for year in range(FIRST_YEAR - 1, LAST_YEAR + 1):
            first = _yearly(closure.start, year)
            last = _yearly(closure.end, year + 1 if wraps else year)
            days.extend(_span(first, last))
    else:
        extend = timedelta(days=max(0, closure.extend_days))
        for run in _festival_days(_FESTIVAL_NAMES[closure.repeat]):
            days.extend(_span(run[0] - extend, run[-1] + extend))
    first, last = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
    return frozenset(d for d in days if first <= d <= last)


@lru_cache(maxsize=64)
def _calendar(country: str, closures: tuple[Closure, ...]) -> WorkCalendar:
    extra: set[date] = set()
    for closure in closures:
        extra |= closure_days(closure)
    return WorkCalendar(country.upper(), frozenset(extra))


def calendar_with(country: str, closures: list[Closure] | tuple[Closure, ...] = ()) -> WorkCalendar:
    """National holidays of ``country`` plus the given company closures."""
    if not closures:
        return calendar_for(country)
    return _calendar(country.upper(), tuple(closures))


def deal_calendar(deal: Deal) -> WorkCalendar:
    """The working days of a deal's customer: its country and its account's closures."""
    profile = deal.account_profile
    return calendar_with(deal.country, profile.closures if profile else ())


# --- fiscal year and budget freeze ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Freeze:
    start: date
    end: date  # the fiscal year end

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def budget_freeze(profile: AccountProfile | None, day: date) -> Freeze | None:
    """The budget freeze ``day`` falls in, if any."""
    if profile is None or profile.fiscal_year_end is None or profile.budget_freeze_days <= 0:
        return None
    for year in (day.year, day.year + 1):
        end = _yearly(profile.fiscal_year_end, year)
        freeze = Freeze(end - timedelta(days=profile.budget_freeze_days - 1), end)
        if day in freeze:
            return freeze
    return None


def fiscal_year_end_after(profile: AccountProfile | None, day: date) -> date | None:
    if profile is None or profile.fiscal_year_end is None:
        return None
    end = _yearly(profile.fiscal_year_end, day.year)
    return end if end >= day else _yearly(profile.fiscal_year_end, day.year + 1)


# --- approval-authority table -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequiredLevel:
    level: str
    band_from: Decimal | None  # exclusive lower bound (the previous band's limit)
    band_to: Decimal | None


def required_level(profile: AccountProfile | None, amount: Decimal, currency: str) -> RequiredLevel | None:
    """Which level of the customer's authority table this amount needs (None: table unknown,
    or kept in another currency, which is not converted)."""
    if profile is None or not profile.authority or profile.authority_currency != currency:
        return None
    previous: Decimal | None = None
    for band in sorted_bands(profile.authority):
        if band.up_to is None or amount <= band.up_to:
            return RequiredLevel(band.level, previous, band.up_to)
        previous = band.up_to
    return None  # above the last band, and the table has no open-ended top band


def sorted_bands(bands: list[AuthorityBand]) -> list[AuthorityBand]:
    """Bands from the smallest limit up; the open-ended band last."""
    return sorted(bands, key=lambda b: (b.up_to is None, b.up_to or Decimal(0)))


def board_meeting(profile: AccountProfile | None) -> GovernanceMeeting | None:
    if profile is None:
        return None
    return next((m for m in profile.meetings if m.kind is MeetingKind.BOARD), None)


# --- plain data (the database and bundles keep the lists as JSON) -----------------------------


def closures_plain(profile: AccountProfile) -> list[dict]:
    return [
        {
            "name": c.name,
            "repeat": c.repeat.value,
            "start": c.start.isoformat(),
            "end": c.end.isoformat(),
            "extend_days": c.extend_days,
        }
        for c in profile.closures
    ]


def meetings_plain(profile: AccountProfile) -> list[dict]:
    return [
        {"name": m.name, "kind": m.kind.value, "rule": m.rule, "submission_lead": m.submission_lead}
        for m in profile.meetings
    ]


def authority_plain(profile: AccountProfile) -> list[dict]:
    return [
        {"up_to": format_plain(b.up_to) if b.up_to is not None else None, "level": b.level} for b in profile.authority
    ]


def profile_from_plain(
    account: str,
    closures: list[dict],
    meetings: list[dict],
    authority: list[dict],
    fiscal_year_end: date | None,
    budget_freeze_days: int,
    authority_currency: str,
) -> AccountProfile:
    """A profile from data closeplan wrote itself (bundles are checked field by field instead)."""
    return AccountProfile(
        account=account,
        closures=[
            Closure(
                c["name"],
                ClosureRepeat(c["repeat"]),
                date.fromisoformat(c["start"]),
                date.fromisoformat(c["end"]),
                int(c.get("extend_days", 0)),
            )
            for c in closures
        ],
        fiscal_year_end=fiscal_year_end,
        budget_freeze_days=budget_freeze_days,
        meetings=[
            GovernanceMeeting(m["name"], MeetingKind(m["kind"]), m["rule"], int(m.get("submission_lead", 0)))
            for m in meetings
        ],
        authority_currency=authority_currency,
        authority=[
            AuthorityBand(Decimal(b["up_to"]) if b["up_to"] is not None else None, b["level"]) for b in authority
        ],
    )


# --- presets per country -------------------------------------------------------------------


def _md(month: int, day: int) -> date:
    return date(2000, month, day)  # a leap year: 29 February is a valid yearly day


PRESET_COUNTRIES = ("JP", "KR", "SE", "US", "GB", "DE")


def preset(country: str, account: str = "") -> AccountProfile:
    """The usual closures and fiscal year of companies in ``country`` (edited per account)."""
    country = country.upper()
    closures: list[Closure] = []
    fiscal_year_end: date | None = _md(12, 31)
    if country == "JP":
        closures = [
            Closure("年末年始", ClosureRepeat.YEARLY, _md(12, 29), _md(1, 3)),
            Closure("お盆", ClosureRepeat.YEARLY, _md(8, 13), _md(8, 16)),
            Closure("ゴールデンウィーク", ClosureRepeat.YEARLY, _md(4, 29), _md(5, 5)),
        ]
        fiscal_year_end = _md(3, 31)
    elif country == "KR":
        closures = [
            Closure("설 연휴", ClosureRepeat.SEOLLAL, _md(1, 1), _md(1, 1), extend_days=1),
            Closure("추석 연휴", ClosureRepeat.CHUSEOK, _md(1, 1), _md(1, 1), extend_days=1),
            Closure("연말 휴무", ClosureRepeat.YEARLY, _md(12, 31), _md(12, 31)),
        ]
    elif country == "SE":
        closures = [
            Closure("Industrisemester", ClosureRepeat.YEARLY, _md(7, 1), _md(7, 31)),
            Closure("Jul och nyår", ClosureRepeat.YEARLY, _md(12, 24), _md(1, 1)),
        ]
    elif country in ("US", "GB", "DE"):
        closures = [Closure("Year-end shutdown", ClosureRepeat.YEARLY, _md(12, 24), _md(1, 1))]
    return AccountProfile(account=account, closures=closures, fiscal_year_end=fiscal_year_end)
