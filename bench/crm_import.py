"""Benchmark: importing a CRM export of 100,000 opportunities (CSV and .xlsx) into a new database.

Each figure is measured on a fresh process (wall clock, CPU, peak memory), started from a small
parent so that its size does not count: ``closeplan import-crm FILE --db NEW`` as a user runs it,
against a baseline measured in the same run, reading the same file alone (the CRM reader and the
row checks, no database). Goal: under 30 s and under 500 MB for 100,000 rows
(1,000,000 rows once took 323 s and 6.8 GB; writing every deal's rows at once peaked at 676 MB
for 100,000, written 1,000 deals at a time: about 340 MB).

    .venv/bin/python bench/crm_import.py [--rows N] [--format csv|xlsx]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import TODAY, environment  # noqa: E402

HEADER = ["Opportunity ID", "Opportunity Name", "Account Name", "Amount", "Currency", "Close Date", "Stage"]

# the file is written by a process of its own: the parent stays small (see run())
WRITE = """
import csv, sys
rows, target = int(sys.argv[1]), sys.argv[2]
header = {header!r}
lines = ([f"006Q{{i:011d}}", f"Deal {{i}}", f"Account {{i % 997}}", str(1000 + i), "JPY", "2027-03-31", "Proposal"]
         for i in range(rows))
if target.endswith(".csv"):
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(lines)
else:
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for line in lines:
        sheet.append(line)
    book.save(target)
"""

# the baseline: the same file read and checked row by row, nothing written
READ = """
import sys
from pathlib import Path
from closeplan.imports.crm import read_table, records_from
read = records_from(read_table(Path(sys.argv[1])), default_currency="JPY")
assert not read.errors, read.errors[:3]
print(len(read.records))
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak MB and stdout of a child process (which must succeed).
    Linux counts a forked child's memory before exec too: the parent must stay small."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = process.stdout.read()
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed ({process.returncode}):\n{err[-2000:]}")
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 2**20
    return wall, usage.ru_utime + usage.ru_stime, peak, out


def bench(fmt: str, rows: int, folder: Path, env: dict[str, str]) -> bool:
    source = folder / f"opportunities.{fmt}"
    run([sys.executable, "-c", WRITE.format(header=HEADER), str(rows), str(source)], env)
    run([sys.executable, "-c", READ, str(source)], env)  # warm the file cache, compile the bytecode
    base_wall, base_cpu, base_peak, out = run([sys.executable, "-c", READ, str(source)], env)
    assert int(out) == rows, out
    db = folder / f"imported-{fmt}.sqlite3"
    wall, cpu, peak, _out = run(
        [
            sys.executable,
            "-m",
            "closeplan",
            "import-crm",
            str(source),
            "--db",
            str(db),
            "--currency",
            "JPY",
            "--today",
            TODAY,
        ],
        env,
    )
    met = wall < 30 and peak < 500
    print(f"format: {fmt}")
    print(f"rows: {rows}")
    print(f"seconds: {wall:.1f}")
    print(f"CPU seconds: {cpu:.1f}")
    print(f"peak MB: {peak:.0f}")
    print(f"baseline seconds (reading the file alone): {base_wall:.1f}")
    print(f"baseline peak MB: {base_peak:.0f}")
    print(f"ratio (seconds): {wall / base_wall:.1f}")
    print(f"ratio (peak MB): {peak / base_peak:.1f}")
    print(f"goal: under 30 s and 500 MB -> {'met' if met else 'NOT met'}")
    return met


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--format", choices=["csv", "xlsx"], action="append", help="csv, xlsx or both (repeat; default: both)"
    )
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="closeplan-bench-"))
    try:
        env = environment(home)
        for fmt in args.format or ["csv", "xlsx"]:
            bench(fmt, args.rows, home, env)
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
