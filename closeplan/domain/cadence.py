"""A meeting cadence as people say it: "the third Thursday of every month", "the last business
day of each quarter", "every other Tuesday". A ``Cadence`` is what the rule picker offers; it
is written as the RFC 5545 RRULE that scheduling reads (``to_rrule``) and read back from one
(``from_rrule``, None for a rule the picker cannot express: a custom rule, kept as it is).

``describe`` words any rule in one of ``LANGUAGES`` — the words shown instead of the rule's
text; the wording table is here, in every language, the way closeplan.domain.flags words flags.

"Business day" is Monday to Friday (``BYDAY=MO,TU,WE,TH,FR;BYSETPOS=n``). Scheduling skips a
meeting that falls on one of the customer's holidays or closures (closeplan.domain.scheduling).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from closeplan.domain.basics import LANGUAGES, MONTHS


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    WEEKLY = "weekly"


class Day(StrEnum):
    """The day of a cadence: a weekday (its RRULE code), or any business day (Monday to Friday)."""

    MO = "MO"
    TU = "TU"
    WE = "WE"
    TH = "TH"
    FR = "FR"
    SA = "SA"
    SU = "SU"
    BUSINESS = "business"


WEEKDAYS: tuple[Day, ...] = tuple(d for d in Day if d is not Day.BUSINESS)
BUSINESS_DAYS = "MO,TU,WE,TH,FR"
ORDINALS: tuple[int, ...] = (1, 2, 3, 4, -1)  # first … fourth, last
LAST = -1


@dataclass(frozen=True)
class Repeat:
    """How often: every month; each quarter in its ``month`` (1: January, April, July, October;
    2: February, …; 3: March, June, September, December); every year in ``month`` (1–12); or
    every ``weeks`` weeks."""

    frequency: Frequency
    month: int = 0
    weeks: int = 1

    @property
    def months(self) -> tuple[int, ...]:
        """The months of the year it has meetings in (all for monthly and weekly)."""
        if self.frequency is Frequency.QUARTERLY:
            return tuple(range(self.month, 13, 3))
        if self.frequency is Frequency.YEARLY:
            return (self.month,)
        return tuple(range(1, 13))


REPEATS: tuple[Repeat, ...] = (  # the picker's order: the usual one first, then by how often
    Repeat(Frequency.MONTHLY),
    *(Repeat(Frequency.WEEKLY, weeks=n) for n in (1, 2, 3, 4)),
    *(Repeat(Frequency.QUARTERLY, month=m) for m in (1, 2, 3)),
    *(Repeat(Frequency.YEARLY, month=m) for m in range(1, 13)),
)


@dataclass(frozen=True)
class Cadence:
    """A cadence the picker can express. ``ordinal`` (1–4, or -1 for the last) picks the day
    within the month; weekly cadences have none (and no business day)."""

    repeat: Repeat
    day: Day
    ordinal: int = 1

    def __post_init__(self) -> None:
        if self.repeat not in REPEATS:
            raise ValueError(f"not a cadence the picker offers: {self.repeat}")
        if self.repeat.frequency is Frequency.WEEKLY:
            if self.day is Day.BUSINESS:
                raise ValueError("a weekly cadence is on a weekday")
            object.__setattr__(self, "ordinal", 0)
        elif self.ordinal not in ORDINALS:
            raise ValueError(f"not an ordinal of a day in the month: {self.ordinal}")

    def to_rrule(self) -> str:
        repeat = self.repeat
        if repeat.frequency is Frequency.WEEKLY:
            interval = f";INTERVAL={repeat.weeks}" if repeat.weeks > 1 else ""
            return f"FREQ=WEEKLY{interval};BYDAY={self.day.value}"
        if repeat.frequency is Frequency.YEARLY:
            head = f"FREQ=YEARLY;BYMONTH={repeat.month}"
        elif repeat.frequency is Frequency.QUARTERLY:
            head = "FREQ=MONTHLY;BYMONTH=" + ",".join(str(m) for m in repeat.months)
        else:
            head = "FREQ=MONTHLY"
        if self.day is Day.BUSINESS:
            return f"{head};BYDAY={BUSINESS_DAYS};BYSETPOS={self.ordinal}"
        return f"{head};BYDAY={self.ordinal:+d}{self.day.value}"


# --- reading a rule ---------------------------------------------------------------------------

_PART = re.compile(r"^([A-Z]+)=([A-Z0-9,+\-]*)$")
_NTH_DAY = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")


def _parts(rule: str) -> dict[str, str] | None:
    """A one-line RRULE's parts (``{"FREQ": "MONTHLY", …}``); None for anything else."""
    text = rule.strip().upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    if not text or "\n" in text or "DTSTART" in text:
        return None
    parts: dict[str, str] = {}
    for part in text.split(";"):
        match = _PART.match(part.strip())
        if match is None or match.group(1) in parts:
            return None
        parts[match.group(1)] = match.group(2)
    return parts if "FREQ" in parts else None


def _number(text: str | None, default: int) -> int | None:
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return None


def from_rrule(rule: str) -> Cadence | None:
    """The cadence ``rule`` stands for, if the picker can express it (else None: a custom rule)."""
    parts = _parts(rule or "")
    if parts is None or not set(parts) <= {"FREQ", "INTERVAL", "BYDAY", "BYSETPOS", "BYMONTH"}:
        return None
    interval = _number(parts.get("INTERVAL"), 1)
    position = _number(parts.get("BYSETPOS"), 0)
    days = parts.get("BYDAY", "")
    if interval is None or position is None or not days:
        return None
    months = parts.get("BYMONTH")
    try:
        month_list = sorted(int(m) for m in months.split(",")) if months is not None else []
    except ValueError:
        return None
    if position:  # the n-th business day
        if sorted(days.split(",")) != sorted(BUSINESS_DAYS.split(",")) or position not in ORDINALS:
            return None
        day, ordinal = Day.BUSINESS, position
    else:
        match = _NTH_DAY.match(days)
        if match is None:
            return None
        day, ordinal = Day(match.group(2)), int(match.group(1)) if match.group(1) else 0
    frequency = parts["FREQ"]
    if frequency == "WEEKLY":
        if ordinal or months is not None or not 1 <= interval <= 4:
            return None
        return Cadence(Repeat(Frequency.WEEKLY, weeks=interval), day)
    if interval != 1 or ordinal not in ORDINALS:
        return None
    if frequency == "YEARLY" or (frequency == "MONTHLY" and len(month_list) == 1):
        if len(month_list) != 1 or not 1 <= month_list[0] <= 12:
            return None
        return Cadence(Repeat(Frequency.YEARLY, month=month_list[0]), day, ordinal)
    if frequency != "MONTHLY":
        return None
    if months is None:
        return Cadence(Repeat(Frequency.MONTHLY), day, ordinal)
    quarter = Repeat(Frequency.QUARTERLY, month=month_list[0])
    if month_list[0] not in (1, 2, 3) or tuple(month_list) != quarter.months:
        return None
    return Cadence(quarter, day, ordinal)


# --- words ------------------------------------------------------------------------------------

WORDS: dict[str, dict[str, object]] = {
    "en": {
        "ordinal": {1: "first", 2: "second", 3: "third", 4: "fourth", LAST: "last"},
        "day": {
            Day.MO: "Monday",
            Day.TU: "Tuesday",
            Day.WE: "Wednesday",
            Day.TH: "Thursday",
            Day.FR: "Friday",
            Day.SA: "Saturday",
            Day.SU: "Sunday",
            Day.BUSINESS: "business day",
        },
        "month": MONTHS["en"],
        "and": " and ",
        "list": ", ",
        "monthly": "every month",
        "quarterly": "every quarter: {months}",
        "yearly": "every year in {month}",
        "weekly": {1: "every week", 2: "every 2 weeks", 3: "every 3 weeks", 4: "every 4 weeks"},
        "none": "no regular meeting",
        "custom": "custom rule (kept as it is)",
        "say_monthly": "{ordinal} {day} of every month",
        "say_quarter": "{ordinal} {day} of each quarter ({months})",
        "say_quarterly": "{ordinal} {day} of {months_and}",
        "say_yearly": "{ordinal} {day} of {month} every year",
        "say_weekly": {1: "every {day}", 2: "every other {day}", 0: "every {n} weeks on {day}"},
        "say_none": "no regular meeting",
        "say_custom": "a custom rule",
        "say_custom_freq": "a custom rule, repeating {freq}",
        "freq": {"MONTHLY": "month", "WEEKLY": "week", "YEARLY": "year", "DAILY": "day"},
        "freq_one": "every {unit}",
        "freq_many": "every {n} {unit}s",
    },
    "ja": {
        "ordinal": {1: "第1", 2: "第2", 3: "第3", 4: "第4", LAST: "最終"},
        "day": {
            Day.MO: "月曜日",
            Day.TU: "火曜日",
            Day.WE: "水曜日",
            Day.TH: "木曜日",
            Day.FR: "金曜日",
            Day.SA: "土曜日",
            Day.SU: "日曜日",
            Day.BUSINESS: "営業日",
        },
        "month": MONTHS["ja"],
        "and": "・",
        "list": "・",
        "monthly": "毎月",
        "quarterly": "四半期ごと（{months}）",
        "yearly": "毎年{month}",
        "weekly": {1: "毎週", 2: "隔週", 3: "3週間ごと", 4: "4週間ごと"},
        "none": "定例会議なし",
        "custom": "独自の規則（そのまま維持）",
        "say_monthly": "毎月{ordinal}{day}",
        "say_quarter": "四半期ごと（{months}）の{ordinal}{day}",
        "say_quarterly": "四半期ごと（{months}）の{ordinal}{day}",
        "say_yearly": "毎年{month}の{ordinal}{day}",
        "say_weekly": {1: "毎週{day}", 2: "隔週{day}", 0: "{n}週間ごとの{day}"},
        "say_none": "定例会議なし",
        "say_custom": "独自の繰り返し規則",
        "say_custom_freq": "独自の繰り返し規則（{freq}）",
        "freq": {"MONTHLY": "月", "WEEKLY": "週", "YEARLY": "年", "DAILY": "日"},
        "freq_one": {"MONTHLY": "毎月", "WEEKLY": "毎週", "YEARLY": "毎年", "DAILY": "毎日"},
        "freq_many": {"MONTHLY": "{n}か月ごと", "WEEKLY": "{n}週間ごと", "YEARLY": "{n}年ごと", "DAILY": "{n}日ごと"},
    },
    "ko": {
        "ordinal": {1: "첫째", 2: "둘째", 3: "셋째", 4: "넷째", LAST: "마지막"},
        "day": {
            Day.MO: "월요일",
            Day.TU: "화요일",
            Day.WE: "수요일",
            Day.TH: "목요일",
            Day.FR: "금요일",
            Day.SA: "토요일",
            Day.SU: "일요일",
            Day.BUSINESS: "영업일",
        },
        "month": MONTHS["ko"],
        "and": "·",
        "list": "·",
        "monthly": "매월",
        "quarterly": "분기마다({months})",
        "yearly": "매년 {month}",
        "weekly": {1: "매주", 2: "격주", 3: "3주마다", 4: "4주마다"},
        "none": "정기 회의 없음",
        "custom": "사용자 지정 규칙(그대로 유지)",
        "say_monthly": "매월 {ordinal} {day}",
        "say_quarter": "분기마다({months}) {ordinal} {day}",
        "say_quarterly": "분기마다({months}) {ordinal} {day}",
        "say_yearly": "매년 {month} {ordinal} {day}",
        "say_weekly": {1: "매주 {day}", 2: "격주 {day}", 0: "{n}주마다 {day}"},
        "say_none": "정기 회의 없음",
        "say_custom": "사용자 지정 반복 규칙",
        "say_custom_freq": "사용자 지정 반복 규칙({freq})",
        "freq": {"MONTHLY": "월", "WEEKLY": "주", "YEARLY": "년", "DAILY": "일"},
        "freq_one": {"MONTHLY": "매월", "WEEKLY": "매주", "YEARLY": "매년", "DAILY": "매일"},
        "freq_many": {"MONTHLY": "{n}개월마다", "WEEKLY": "{n}주마다", "YEARLY": "{n}년마다", "DAILY": "{n}일마다"},
    },
    "sv": {
        "ordinal": {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", LAST: "sista"},
        "day": {
            Day.MO: "måndag",
            Day.TU: "tisdag",
            Day.WE: "onsdag",
            Day.TH: "torsdag",
            Day.FR: "fredag",
            Day.SA: "lördag",
            Day.SU: "söndag",
            Day.BUSINESS: "arbetsdag",
        },
        "month": MONTHS["sv"],
        "and": " och ",
        "list": ", ",
        "monthly": "varje månad",
        "quarterly": "varje kvartal: {months}",
        "yearly": "varje år i {month}",
        "weekly": {1: "varje vecka", 2: "varannan vecka", 3: "var tredje vecka", 4: "var fjärde vecka"},
        "none": "inget regelbundet möte",
        "custom": "egen regel (behålls som den är)",
        "say_monthly": "{ordinal} {day}en i varje månad",
        "say_quarter": "{ordinal} {day}en i varje kvartal ({months})",
        "say_quarterly": "{ordinal} {day}en i {months_and}",
        "say_yearly": "{ordinal} {day}en i {month} varje år",
        "say_weekly": {1: "varje {day}", 2: "varannan {day}", 3: "var tredje {day}", 4: "var fjärde {day}"},
        "say_none": "inget regelbundet möte",
        "say_custom": "en egen upprepningsregel",
        "say_custom_freq": "en egen upprepningsregel, {freq}",
        "freq": {"MONTHLY": "månad", "WEEKLY": "vecka", "YEARLY": "år", "DAILY": "dag"},
        "freq_one": {"MONTHLY": "varje månad", "WEEKLY": "varje vecka", "YEARLY": "varje år", "DAILY": "varje dag"},
        "freq_many": {
            "MONTHLY": "var {n}:e månad",
            "WEEKLY": "var {n}:e vecka",
            "YEARLY": "vart {n}:e år",
            "DAILY": "var {n}:e dag",
        },
    },
}
assert tuple(WORDS) == LANGUAGES


def _words(language: str) -> dict:
    return WORDS.get(language) or WORDS["en"]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _month_list(months: tuple[int, ...], words: dict, last_and: bool) -> str:
    names = [words["month"][m - 1] for m in months]
    if last_and and len(names) > 1:
        return words["list"].join(names[:-1]) + words["and"] + names[-1]
    return words["list"].join(names)


def ordinal_words(ordinal: int, language: str) -> str:
    """An ordinal as the picker offers it: "third", "第3", "셋째", "tredje"."""
    return _words(language)["ordinal"][ordinal]


def day_words(day: Day, language: str) -> str:
    """A day as the picker offers it: "Thursday", "木曜日", "목요일", "torsdag", "business day"."""
    return _words(language)["day"][day]


def repeat_words(repeat: Repeat | None, language: str) -> str:
    """How often, as the picker offers it ("every month", "every 2 weeks"; None: no meeting)."""
    words = _words(language)
    if repeat is None:
        return words["none"]
    if repeat.frequency is Frequency.WEEKLY:
        return words["weekly"][repeat.weeks]
    if repeat.frequency is Frequency.QUARTERLY:
        return words["quarterly"].format(months=_month_list(repeat.months, words, last_and=False))
    if repeat.frequency is Frequency.YEARLY:
        return words["yearly"].format(month=words["month"][repeat.month - 1])
    return words["monthly"]


def custom_words(language: str) -> str:
    """The picker's entry for a rule it cannot express, kept as it is."""
    return _words(language)["custom"]


def say(cadence: Cadence, language: str) -> str:
    """A cadence in a sentence: "Third Thursday of every month", "毎月第3木曜日"."""
    words = _words(language)
    repeat = cadence.repeat
    day = words["day"][cadence.day]
    if repeat.frequency is Frequency.WEEKLY:
        forms = words["say_weekly"]
        text = forms.get(repeat.weeks) or forms[0]
        return _capital(text.format(day=day, n=repeat.weeks))
    values = {"ordinal": words["ordinal"][cadence.ordinal], "day": day}
    if repeat.frequency is Frequency.MONTHLY:
        return _capital(words["say_monthly"].format(**values))
    if repeat.frequency is Frequency.YEARLY:
        return _capital(words["say_yearly"].format(month=words["month"][repeat.month - 1], **values))
    # each quarter: "the first … of each quarter" is its first month, "the last …" its last
    of_quarter = (repeat.month == 1 and cadence.ordinal > 0) or (repeat.month == 3 and cadence.ordinal == LAST)
    template = words["say_quarter"] if of_quarter else words["say_quarterly"]
    return _capital(
        template.format(
            months=_month_list(repeat.months, words, last_and=False),
            months_and=_month_list(repeat.months, words, last_and=True),
            **values,
        )
    )


def describe(rule: str, language: str) -> str:
    """Any stored rule in words, in ``language`` (English for another): the picker's sentence,
    or for a rule it cannot express, as much as can honestly be said ("a custom rule, repeating
    every 3 months"). Never the rule's text."""
    words = _words(language)
    if not rule or not rule.strip():
        return _capital(words["say_none"])
    cadence = from_rrule(rule)
    if cadence is not None:
        return say(cadence, language)
    parts = _parts(rule)
    frequency = parts.get("FREQ", "") if parts else ""
    interval = _number(parts.get("INTERVAL"), 1) if parts else None
    if frequency not in words["freq"] or interval is None or interval < 1:
        return _capital(words["say_custom"])
    one, many = words["freq_one"], words["freq_many"]
    if isinstance(one, dict):
        freq = one[frequency] if interval == 1 else many[frequency].format(n=interval)
    else:
        unit = words["freq"][frequency]
        freq = one.format(unit=unit) if interval == 1 else many.format(n=interval, unit=unit)
    return _capital(words["say_custom_freq"].format(freq=freq))
