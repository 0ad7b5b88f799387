"""Calendars' working-day index and the disk cache of national closures (services.calendar_cache)."""

from __future__ import annotations

import subprocess
import sys
from array import array
from datetime import date
from pathlib import Path

import pytest

from closeplan.domain import calendar
from closeplan.domain.calendar import COVERED_FIRST, COVERED_LAST, WorkCalendar, national_closures
from closeplan.services import calendar_cache
from closeplan.services.calendar_cache import DiskClosures

NEW_YEAR = date(2027, 1, 1)
FIRST_WORKING_DAY = date(2027, 1, 4)


@pytest.fixture(autouse=True)
def computed_closures():
    """Every test starts and ends with closures computed directly and no calendar cached."""
    calendar.set_closure_source(None)
    calendar.calendar_for.cache_clear()
    yield
    calendar.set_closure_source(None)
    calendar.calendar_for.cache_clear()


class Counting:
    """national_closures, counting its calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, country: str) -> frozenset[date] | None:
        self.calls.append(country)
        return national_closures(country)


def reference(closed: set[date]) -> tuple[array, array]:
    """The index built one day at a time, as it was."""
    closed_ordinals = {day.toordinal() for day in closed}
    days, index = array("i"), array("i")
    for ordinal in range(COVERED_FIRST.toordinal(), COVERED_LAST.toordinal() + 1):
        index.append(len(days))
        if ordinal % 7 not in (0, 6) and ordinal not in closed_ordinals:
            days.append(ordinal)
    return days, index


EXTRA = frozenset(
    {
        COVERED_FIRST,  # a Wednesday, the first day
        COVERED_LAST,  # a Saturday, the last day
        date(1889, 12, 31),  # outside the calendar
        date(2300, 1, 2),
        date(1890, 1, 4),  # a Saturday
        date(2026, 8, 10),
        date(2026, 8, 11),
        date(2026, 8, 12),
        date(2100, 3, 1),
    }
)


@pytest.mark.parametrize("country", ["JP", "SE", "US", "XX"])
@pytest.mark.parametrize("extra", [frozenset(), EXTRA], ids=["national", "with-closures"])
def test_the_index_is_the_one_built_day_by_day(country, extra):
    national = national_closures(country)
    built = WorkCalendar(country, extra)
    closed = set(extra) | set(national or ())
    assert built.known_country is (country != "XX")
    assert built.holidays == frozenset(closed)
    days, index = reference(closed)
    assert built._days == days
    assert built._index == index
    assert built._days.typecode == built._index.typecode == "i"


def test_neither_importing_nor_the_cache_key_imports_holidays():
    code = (
        "import sys\n"
        "import closeplan.domain.calendar, closeplan.domain.accounts, closeplan.services.calendar_cache\n"
        "assert 'holidays' not in sys.modules, 'holidays imported'\n"
        "closeplan.services.calendar_cache.cache_key()\n"
        "assert 'holidays' not in sys.modules, 'holidays imported by the key'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_fresh_process_reads_the_closures_without_holidays(tmp_path):
    calendar_cache.install(tmp_path)
    japan = calendar.calendar_for("JP")
    assert not japan.is_working_day(NEW_YEAR)
    (written,) = tmp_path.glob("JP-*.closures")
    assert written.read_bytes().startswith(b"closeplan-closures 1 ")

    code = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from closeplan.domain.calendar import calendar_for\n"
        "from closeplan.services import calendar_cache\n"
        f"calendar_cache.install(Path({str(tmp_path)!r}))\n"
        "japan = calendar_for('JP')\n"
        "assert not japan.is_working_day(date(2027, 1, 1))\n"
        "assert not japan.is_working_day(date(2026, 12, 31))\n"
        "assert japan.is_working_day(date(2027, 1, 4))\n"
        "assert japan.known_country\n"
        "print('holidays' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert list(tmp_path.glob("JP-*.closures")) == [written]


def test_an_unknown_country_is_cached_too(tmp_path):
    counting = Counting()
    assert DiskClosures(tmp_path)("XX", counting) is None
    assert DiskClosures(tmp_path)("XX", counting) is None
    assert counting.calls == ["XX"]
    calendar_cache.install(tmp_path)
    assert not calendar.calendar_for("XX").known_country


def damage_truncated(data: bytes) -> bytes:
    return data[:-3]


def damage_header_only(data: bytes) -> bytes:
    return data[: data.index(b"\n") + 1]


def damage_garbage(data: bytes) -> bytes:
    return bytes(range(256)) * 3


def damage_flipped_day(data: bytes) -> bytes:
    flipped = bytearray(data)
    flipped[-2] ^= 0x10
    return bytes(flipped)


def damage_empty(data: bytes) -> bytes:
    return b""


def damage_other_country(data: bytes) -> bytes:
    return data.replace(b" JP ", b" SE ", 1)


@pytest.mark.parametrize(
    "damage",
    [
        damage_truncated,
        damage_header_only,
        damage_garbage,
        damage_flipped_day,
        damage_empty,
        damage_other_country,
    ],
)
def test_a_damaged_file_is_computed_again(tmp_path, damage):
    counting = Counting()
    source = DiskClosures(tmp_path)
    expected = source("JP", counting)
    path = source.path("JP")
    good = path.read_bytes()
    path.write_bytes(damage(good))

    assert DiskClosures(tmp_path)("JP", counting) == expected
    assert counting.calls == ["JP", "JP"]
    assert path.read_bytes() == good  # written again

    path.write_bytes(damage(good))
    calendar_cache.install(tmp_path)
    japan = calendar.calendar_for("JP")
    assert not japan.is_working_day(NEW_YEAR)
    assert japan.is_working_day(FIRST_WORKING_DAY)


def test_a_folder_that_cannot_be_written_does_not_raise(tmp_path, caplog):
    not_a_folder = tmp_path / "calendars"
    not_a_folder.write_text("a file where the folder should be")
    counting = Counting()
    with caplog.at_level("DEBUG", logger="closeplan.services.calendar_cache"):
        assert DiskClosures(not_a_folder)("JP", counting) == national_closures("JP")
    assert counting.calls == ["JP"]
    assert "not written" in caplog.text
    assert "JP" not in caplog.text  # no file names or countries in the log


def test_a_read_only_disk_does_not_raise(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(calendar_cache.os, "replace", read_only)
    calendar_cache.install(tmp_path)
    japan = calendar.calendar_for("JP")
    assert not japan.is_working_day(NEW_YEAR)
    assert japan.is_working_day(FIRST_WORKING_DAY)
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_another_holidays_version_does_not_read_the_old_file(tmp_path, monkeypatch):
    counting = Counting()
    first = DiskClosures(tmp_path)
    first("JP", counting)
    old = first.path("JP")
    assert old.exists()

    monkeypatch.setattr(calendar_cache, "holidays_key", lambda: "another holidays version")
    second = DiskClosures(tmp_path)
    assert second.key != first.key
    assert second("JP", counting) == national_closures("JP")
    assert counting.calls == ["JP", "JP"]
    assert not old.exists()  # the stale file of the country is removed
    assert second.path("JP").exists()


def test_other_rules_make_another_key(monkeypatch):
    before = calendar_cache.cache_key()
    monkeypatch.setattr(calendar, "LAST_YEAR", calendar.LAST_YEAR + 1)
    assert calendar_cache.cache_key() != before
    monkeypatch.undo()
    monkeypatch.setitem(calendar.CATEGORIES, "US", ("public", "bank"))
    assert calendar_cache.cache_key() != before
    monkeypatch.undo()
    monkeypatch.setattr(calendar, "CLOSURE_RULES_REVISION", calendar.CLOSURE_RULES_REVISION + 1)
    assert calendar_cache.cache_key() != before
    monkeypatch.undo()
    assert calendar_cache.cache_key() == before


def test_the_holidays_key_follows_the_installed_package():
    key = calendar_cache.holidays_key()
    assert key != "none"
    assert Path(key.split("|")[0]).name == "holidays"


def test_odd_country_codes_are_not_file_names(tmp_path):
    counting = Counting()
    assert DiskClosures(tmp_path)("../JP", counting) is None
    assert counting.calls == ["../JP"]
    assert list(tmp_path.iterdir()) == []


def test_a_korean_festival_closure_is_read_without_holidays_too(tmp_path):
    """An account closed over Chuseok: its days come from the cache in a later process."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from closeplan.domain.accounts import calendar_with\n"
        "from closeplan.domain.model import Closure, ClosureRepeat\n"
        "from closeplan.services import calendar_cache\n"
        f"calendar_cache.install(Path({str(tmp_path)!r}))\n"
        "closure = Closure('Chuseok', ClosureRepeat.CHUSEOK, date(2027, 9, 14), date(2027, 9, 16), 1)\n"
        "seoul = calendar_with('KR', (closure,))\n"
        "print(seoul.is_working_day(date(2027, 9, 13)), seoul.is_working_day(date(2027, 9, 20)),\n"
        "      seoul.is_working_day(date(2027, 9, 21)), 'holidays' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert list(tmp_path.glob("KRCHU1-*.closures"))
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split()[:3] == first.stdout.split()[:3]  # the same days, from the cache
    assert again.stdout.split()[3] == "False"
