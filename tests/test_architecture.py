"""The layer rules (pyproject.toml, [tool.importlinter]) hold for the whole package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def test_lower_layers_do_not_import_qt_at_runtime():
    code = (
        "import sys, closeplan.cli, closeplan.services.demo, closeplan.export.bundle;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- time discipline ------------------------------------------------------------------------
# Logic never reads the wall clock: the day and a clock are passed in from the program's edges.
# These are the edges (module, function) allowed to read it; everything below them gets
# ``today`` or ``clock`` as an argument.
CLOCK_EDGES = {
    ("closeplan/cli.py", "_today"),  # the command's day: --today, else the clock's date
    ("closeplan/cli.py", "_log_unexpected"),  # the time stamp of a log entry
    ("closeplan/ui/app.py", "run"),  # the window's day, when the app is launched
    ("closeplan/services/clock.py", "system_clock"),  # the clock the edges pass in
}
# Clock reads below the edges not fixed yet, each with its reason (none now: the date delegate's
# QDate.currentDate became the window's today).
KNOWN_UI_CLOCK_READS: set[tuple[str, str]] = set()

# (module or class, attribute): reading the attribute reads the clock, called or not
# (``default_factory=date.today`` reads it later).
CLOCK_ATTRIBUTES = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "asctime"),
    ("time", "strftime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
}
_CLOCK_OWNERS = {owner for owner, _ in CLOCK_ATTRIBUTES}
_CLOCK_MODULES = {"datetime": {"date", "datetime"}, "time": {"time"}}  # module → names in CLOCK_ATTRIBUTES


def clock_reads(source: str, module: str) -> list[tuple[str, int, str]]:
    """(function qualname, line, what) of every clock read in ``source``, through any import alias
    (``import datetime as dt``, ``from datetime import date as D``, ``from time import time``)."""
    import ast

    tree = ast.parse(source, module)
    owners: dict[str, str] = {}  # local name → "date" | "datetime" | "time" | "QDate" …
    modules: dict[str, str] = {}  # local name of the datetime / time module
    bare: dict[str, str] = {}  # local name → "time.time" etc. (from time import time)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in _CLOCK_MODULES:
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                local = alias.asname or alias.name
                if node.module == "datetime" and alias.name in ("date", "datetime"):
                    owners[local] = alias.name
                elif node.module == "time" and ("time", alias.name) in CLOCK_ATTRIBUTES:
                    bare[local] = f"time.{alias.name}"
                elif node.module.startswith("PySide6") and alias.name in _CLOCK_OWNERS:
                    owners[local] = alias.name
    # a `time` imported from datetime is the time-of-day class, not the module
    for local, name in list(owners.items()):
        if name not in _CLOCK_OWNERS:
            del owners[local]

    found: list[tuple[str, int, str]] = []

    def owner_of(expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            if expr.id in owners:
                return owners[expr.id]
            if modules.get(expr.id) == "time":
                return "time"
            return None
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            module_name = modules.get(expr.value.id)
            if module_name and expr.attr in _CLOCK_MODULES[module_name]:
                return expr.attr  # datetime.date, datetime.datetime
            if expr.value.id in ("QtCore", "PySide6") and expr.attr in _CLOCK_OWNERS:
                return expr.attr
        if isinstance(expr, ast.Attribute) and expr.attr in ("QDate", "QDateTime", "QTime"):
            return expr.attr  # PySide6.QtCore.QDate
        return None

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                visit(child, [*scope, child.name])
                continue
            if isinstance(child, ast.Attribute):
                owner = owner_of(child.value)
                if owner is not None and (owner, child.attr) in CLOCK_ATTRIBUTES:
                    found.append((".".join(scope), child.lineno, f"{owner}.{child.attr}"))
            elif isinstance(child, ast.Name) and child.id in bare and isinstance(child.ctx, ast.Load):
                found.append((".".join(scope), child.lineno, bare[child.id]))
            visit(child, scope)

    visit(tree, [])
    return found


def test_clock_reads_are_found_through_any_alias():
    source = (
        "import datetime as dt\nimport time\nfrom datetime import date as D, datetime, time as tod\n"
        "from time import time as now\nfrom PySide6.QtCore import QDate\nfrom PySide6 import QtCore\n"
        "def a():\n    return dt.date.today(), dt.datetime.now(), time.time(), D.today(), datetime.utcnow()\n"
        "def b():\n    return now(), QDate.currentDate(), QtCore.QDateTime.currentDateTime()\n"
        "class C:\n    def m(self, f=D.today):\n        return tod(9, 30), datetime(2026, 1, 1), time.perf_counter()\n"
    )
    assert clock_reads(source, "x.py") == [
        ("a", 8, "date.today"),
        ("a", 8, "datetime.now"),
        ("a", 8, "time.time"),
        ("a", 8, "date.today"),
        ("a", 8, "datetime.utcnow"),
        ("b", 10, "time.time"),
        ("b", 10, "QDate.currentDate"),
        ("b", 10, "QDateTime.currentDateTime"),
        ("C.m", 12, "date.today"),
    ]


def test_only_the_edges_read_the_wall_clock():
    """date.today(), datetime.now(), time.time(), QDate.currentDate() … only in the edge functions:
    everything else is given today or a clock, so --today, the window's day and tests hold."""
    allowed = CLOCK_EDGES | KNOWN_UI_CLOCK_READS
    offenders = []
    for path in sorted((ROOT / "closeplan").rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        for function, line, what in clock_reads(path.read_text(encoding="utf-8"), module):
            if (module, function) not in allowed:
                offenders.append(f"{module}:{line} {function or '<module>'}: {what}")
    assert not offenders, "the wall clock is read below the program's edges (pass today or a clock in):\n" + "\n".join(
        offenders
    )
