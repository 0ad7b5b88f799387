"""Test setup: Qt offscreen and every per-user folder in a temporary directory,
set before Qt or closeplan reads them."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="closeplan-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests read dates and amounts from the widgets: give Qt the C locale (ISO dates) unless a
# test sets another one itself.
for _name in ("LC_ALL", "LC_TIME", "LC_NUMERIC", "LANG", "LANGUAGE"):
    os.environ[_name] = "C.UTF-8"
os.environ["HOME"] = str(_HOME)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_name] = str(_HOME / _name.lower())
    Path(os.environ[_name]).mkdir(mode=0o700, parents=True, exist_ok=True)
os.environ["CLOSEPLAN_DATA_DIR"] = str(_HOME / "closeplan-data")

import pytest  # noqa: E402

from closeplan.services.deals import DealService  # noqa: E402
from closeplan.services.demo import install_demo  # noqa: E402
from tests.pg import pg_admin_url, pg_cluster  # noqa: E402, F401 (the throwaway PostgreSQL's fixtures)


def in_ci() -> bool:
    """Whether this is a CI run (.ci/run sets CI=true), where every external tool must be there."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def needs_tool(name: str, package: str) -> str:
    """The path of an external program a test needs, e.g. ``needs_tool("pdftoppm",
    package="poppler-utils")``. When it is missing the test is skipped with the reason (the
    Debian package and the command that installs it), except in CI, where .ci/run installs it:
    there the test fails. tools/system_check.py lists the same programs."""
    path = shutil.which(name)
    if path is not None:
        return path
    reason = f"{name} is not installed (Debian package {package}: sudo apt-get install {package})"
    if in_ci():
        pytest.fail(f"{reason}; in CI it must be there (.ci/run installs it)", pytrace=False)
    pytest.skip(reason)


TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def service(tmp_path):
    svc = DealService.open(tmp_path / "closeplan.sqlite3", fixed_clock)
    yield svc
    svc.close()


@pytest.fixture
def demo_service(tmp_path):
    svc = DealService.open(tmp_path / "demo.sqlite3", fixed_clock)
    install_demo(svc, TODAY)
    yield svc
    svc.close()


@pytest.fixture
def stored(demo_service):
    """A second connection to the demo database file: what is really stored, read as another
    program (or a reopened app) would."""
    other = DealService.open(demo_service.file, fixed_clock)
    yield other
    other.close()


def newer_bundle(service, deal_id, path, **deal_fields):
    """A colleague's newer copy of a deal as a bundle file: these deal fields changed, version + 1."""
    import json

    service.export_bundle(deal_id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["deal"].update(deal_fields)
    data["deal"]["version"] += 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
