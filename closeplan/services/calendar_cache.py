"""Each country's national closures kept on disk, so that a calendar at start-up costs a few
milliseconds instead of importing ``holidays`` and computing 31 years of holidays.

``install()`` is called once at the program's edges; domain.calendar then asks this cache
first. A file is named after its country and a key: the installed ``holidays`` (found and
stat()ed, never imported: importing it is the cost avoided) and domain.calendar's
closure_rules(). Another ``holidays`` version or other rules make another name, so a stale
file is never read; the older files of the country are removed when the new one is written.

A file is one header line and the closed days as ISO ordinals (array('i') bytes)::

    closeplan-closures 1 <key> <country> <count, or "unknown"> <crc32 of the bytes>

A damaged, short or foreign file is ignored and the closures are computed again; a file
that cannot be written (read-only disk) is only noted at debug level.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import sys
import threading
import zlib
from array import array
from collections.abc import Callable
from datetime import date
from pathlib import Path

from closeplan.domain import calendar
from closeplan.services import paths

log = logging.getLogger(__name__)

MAGIC = "closeplan-closures"
FORMAT = 1
_SUFFIX = ".closures"
_MAX_SIZE = 1 << 20  # ~600 days a country; anything this big is not ours

Compute = Callable[[str], frozenset[date] | None]


def default_folder() -> Path:
    return paths.cache_dir() / "calendars"


def _stat_part(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "-"
    return f"{st.st_mtime_ns}:{st.st_size}"


def holidays_key() -> str:
    """Which ``holidays`` is installed, without importing it: its folder and the stat() of
    its version.py and __init__.py (a new version rewrites them)."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "none"
    folder = Path(spec.origin).parent
    return f"{folder}|{_stat_part(folder / 'version.py')}|{_stat_part(folder / '__init__.py')}"


def cache_key() -> str:
    """What a file must have been made with to be read: the ``holidays`` installed, the
    domain's closure rules and the byte order of the ordinals."""
    text = f"{holidays_key()}|{calendar.closure_rules()}|{sys.byteorder}|{array('i').itemsize}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _cacheable(country: str) -> bool:
    # the country is part of a file name: only plain codes (JP, SE, US, XX), nothing else
    return 0 < len(country) <= 8 and country.isascii() and country.isalnum()


def _encode(key: str, country: str, closures: frozenset[date] | None) -> bytes:
    ordinals = array("i", sorted(day.toordinal() for day in closures) if closures is not None else ())
    payload = ordinals.tobytes()
    count = "unknown" if closures is None else str(len(ordinals))
    header = f"{MAGIC} {FORMAT} {key} {country} {count} {zlib.crc32(payload):08x}\n"
    return header.encode("ascii") + payload


class _Missing(Exception):
    """The file is absent, damaged or not for this key."""


def _decode(data: bytes, key: str, country: str) -> frozenset[date] | None:
    newline = data.find(b"\n", 0, 200)
    if newline < 0:
        raise _Missing
    try:
        magic, form, file_key, file_country, count, crc = data[:newline].decode("ascii").split(" ")
    except (UnicodeDecodeError, ValueError):
        raise _Missing from None
    payload = data[newline + 1 :]
    if (magic, form, file_key, file_country) != (MAGIC, str(FORMAT), key, country):
        raise _Missing
    if crc != f"{zlib.crc32(payload):08x}":
        raise _Missing
    if count == "unknown":
        if payload:
            raise _Missing
        return None
    ordinals = array("i")
    if not count.isdigit() or len(payload) != int(count) * ordinals.itemsize:
        raise _Missing
    ordinals.frombytes(payload)
    try:
        return frozenset(map(date.fromordinal, ordinals))
    except (ValueError, OverflowError):
        raise _Missing from None


class DiskClosures:
    """A closure source for domain.calendar.set_closure_source, backed by a folder."""

    def __init__(self, folder: Path, key: Callable[[], str] | None = None):
        self.folder = folder
        self._key_function = key if key is not None else cache_key
        self._key: str | None = None
        self._lock = threading.Lock()

    @property
    def key(self) -> str:
        if self._key is None:  # on first use, not at install: install costs nothing
            self._key = self._key_function()
        return self._key

    def path(self, country: str) -> Path:
        return self.folder / f"{country}-{self.key}{_SUFFIX}"

    def __call__(self, country: str, compute: Compute) -> frozenset[date] | None:
        if not _cacheable(country):
            return compute(country)
        path = self.path(country)
        try:
            with open(path, "rb") as file:
                data = file.read(_MAX_SIZE + 1)
            if len(data) > _MAX_SIZE:
                raise _Missing
            return _decode(data, self.key, country)
        except FileNotFoundError:
            pass
        except (OSError, _Missing):
            log.debug("calendar cache: a file is unreadable or damaged; computing the closures again")
        closures = compute(country)
        self._write(country, path, _encode(self.key, country, closures))
        return closures

    def _write(self, country: str, path: Path, data: bytes) -> None:
        import tempfile  # only when writing: a warm start never does

        with self._lock:
            temp: str | None = None
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                fd, temp = tempfile.mkstemp(prefix=f".{country}-", suffix=".tmp", dir=self.folder)
                with os.fdopen(fd, "wb") as file:
                    file.write(data)
                os.replace(temp, path)
                temp = None
            except OSError as error:
                log.debug("calendar cache: not written (%s)", error.strerror or type(error).__name__)
                return
            finally:
                if temp is not None:
                    try:
                        os.unlink(temp)
                    except OSError:
                        pass
            self._remove_older(country, path)

    def _remove_older(self, country: str, current: Path) -> None:
        """The country's files of other keys (another ``holidays``, other rules) are dead."""
        try:
            for old in self.folder.glob(f"{country}-*{_SUFFIX}"):
                if old != current and old.name[len(country) + 1 : -len(_SUFFIX)].isalnum():
                    old.unlink(missing_ok=True)
        except OSError:
            pass


def install(folder: Path | None = None) -> DiskClosures:
    """Make calendars take national closures from files under ``folder`` (by default the
    cache folder's "calendars"), computing and writing those missing. Cheap: nothing is
    read or written until the first calendar is built. Calendars already built keep theirs."""
    source = DiskClosures(folder if folder is not None else default_folder())
    calendar.set_closure_source(source)
    return source


def uninstall() -> None:
    """Back to computing the closures each time (tests)."""
    calendar.set_closure_source(None)
