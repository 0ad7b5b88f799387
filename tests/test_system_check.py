"""tools/system_check.py, which `make` runs before anything starts Qt, and the dependency lock
`make` installs from: what a fresh machine is told, and that the lock covers pyproject.toml."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"

_spec = importlib.util.spec_from_file_location("system_check", ROOT / "tools" / "system_check.py")
system_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(system_check)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6Core.so.6 => /x/PySide6/Qt/lib/libQt6Core.so.6 (0x00007f)
\tlibEGL.so.1 => not found
\tlibxkbcommon.so.0 => not found
\tlibfontconfig.so.1 => /lib/x86_64-linux-gnu/libfontconfig.so.1 (0x00007f)
\tlibEGL.so.1 => not found
"""


def test_missing_libraries_are_read_from_ldd():
    assert system_check.missing_in_ldd_output(LDD) == ["libEGL.so.1", "libxkbcommon.so.0"]


def test_missing_libraries_are_read_from_a_failed_start_of_qt():
    import_error = "ImportError: libxkbcommon.so.0: cannot open shared object file: No such file or directory"
    assert system_check.missing_in_error(import_error) == ["libxkbcommon.so.0"]
    plugin = (
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.'
    )
    assert system_check.missing_in_error(plugin) == ["libxcb-cursor0"]


def test_the_report_names_the_packages_and_the_one_command():
    report = system_check.missing_report(
        "Qt", ["libEGL.so.1", "libxkbcommon.so.0", "libgthread-2.0.so.0", "libglib-2.0.so.0", "libxcb-cursor0"]
    )
    lines = report.splitlines()
    assert lines[0].startswith("closeplan: Qt cannot start: these system libraries are missing: libEGL.so.1")
    command = [line.strip() for line in lines if "apt-get install" in line]
    assert len(command) == 1
    assert command[0].endswith("apt-get install libegl1 libglib2.0-0 libxcb-cursor0 libxkbcommon0")
    assert system_check.missing_report("Qt", []) is None
    unknown = system_check.missing_report("Qt", ["libfoo.so.3"])
    assert "libfoo.so.3" in unknown and "apt-file search" in unknown


def test_every_library_ci_installs_is_known_to_the_check():
    """.ci/run's package list and the check's table name the same Debian packages."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = set(re.search(r"packages=\(([^)]*)\)", text, re.S)[1].split())
    known = set(system_check.DEBIAN_PACKAGE_OF.values()) | set(system_check.TEST_TOOLS.values()) | {"faketime"}
    assert listed <= known, listed - known
    assert set(system_check.TEST_TOOLS.values()) <= listed


def test_the_tools_tests_need_are_the_ones_the_check_mentions():
    """Every needs_tool(name, package=...) in the tests is in system_check.TEST_TOOLS."""
    used = {}
    for path in (ROOT / "tests").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "needs_tool" and node.args:
                package = next(k.value.value for k in node.keywords if k.arg == "package")
                used[node.args[0].value] = package
    assert used and all(system_check.TEST_TOOLS.get(name) == package for name, package in used.items()), used


def test_this_machine_passes_the_check():
    """What `make test` runs first; here Qt starts, so it says nothing but notes."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "system_check.py")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "CI": "", "HOME": str(Path.home())},
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "cannot start" not in result.stderr


def test_the_lock_pins_every_dependency_within_its_range():
    """requirements/lock.txt (made by `make upgrade`) pins each requirement of pyproject.toml,
    with the test and packaging extras, to a version its range allows."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        wanted += [Requirement(r) for r in extra]
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line):
            pins[canonicalize_name(match[1])] = match[2]
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in {LOCK.name}: run make lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{requirement} but {LOCK.name} pins {pins[name]}: run make lock"
        )
    assert "python-dateutil" in pins and pins["python-dateutil"].startswith("2.")  # dateutil 4: make test-dateutil4


def test_before_the_download_the_linkers_cache_is_asked():
    """make's first step (--venv) already names libraries the system lacks, from ldconfig -p."""
    missing = system_check.missing_in_ldconfig_cache(["libc.so.6", "libclose-plan-nothere.so.9"])
    assert missing in ([], ["libclose-plan-nothere.so.9"])  # [] where there is no ldconfig
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "system_check.py"), "--venv"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
