"""The ``closeplan`` command: the desktop app, plus demo, list, export and import.

Exit codes: 0 success; 1 a deal was not found, is ambiguous, or an import was
skipped as a conflict, or the team server could not be reached or refused; 2 invalid
input (bad arguments, a malformed bundle, a database that cannot be opened); 3 an
unexpected error (details in the log). Invalid input never changes the database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from closeplan import __version__
from closeplan.services import paths

if TYPE_CHECKING:
    from closeplan.services.deals import DealService

# The services are imported where a command needs them: starting the app must not wait for
# SQLAlchemy and the scheduling rules before its window can show the deal list.


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closeplan",
        description="Mutual close plans for B2B account executives. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"closeplan {__version__}")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: your closeplan data folder)")
    parser.add_argument("--demo", action="store_true", help="open the app on the demo database (created if missing)")
    parser.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")
    today_option = argparse.ArgumentParser(add_help=False)
    today_option.add_argument(
        "--today", type=_iso_date, default=argparse.SUPPRESS, help="treat this date (YYYY-MM-DD) as today"
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", parents=[db_option, today_option], help="fill a database with demo deals")
    demo.add_argument("--deals", type=_positive, help="add N synthetic deals (for benchmarks) instead")
    demo.add_argument("--seed", type=int, help="random seed for --deals (default: random)")
    demo.add_argument("--steps", type=_positive, help="with --deals: exactly this many steps per deal (default 10–40)")

    listing = sub.add_parser("list", parents=[db_option], help="list the deals")
    listing.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser(
        "export",
        parents=[db_option, today_option],
        help="write a deal (or all deals) as a bundle, or a deal as a PDF, calendar or spreadsheet",
    )
    export.add_argument("deal", nargs="?", help="the deal's id or a unique part of its name")
    export.add_argument("--all", action="store_true", help="every deal, one bundle each, into the folder -o")
    export.add_argument(
        "--format",
        choices=["json", "pdf", "ics", "xlsx", "csv"],
        default="json",
        help="json: a deal bundle; pdf: a document (see --audience); ics: the customer's plan as a "
        "calendar; xlsx, csv: the customer's plan as a spreadsheet",
    )
    export.add_argument(
        "--audience",
        choices=["customer", "internal"],
        default="customer",
        help="pdf: the customer's close plan or the internal review",
    )
    export.add_argument(
        "--lang",
        choices=["en", "ja", "ko", "sv"],
        help="pdf, ics, xlsx, csv: document language (default: the customer's)",
    )
    export.add_argument(
        "--draft",
        action="store_true",
        help="pdf: a customer PDF to look at; it is not recorded as the next numbered revision",
    )
    export.add_argument(
        "--logo", metavar="FILE", help="pdf: the vendor's logo (PNG or JPEG) on the customer PDF's cover"
    )
    export.add_argument(
        "--customer-logo", metavar="FILE", help="pdf: the customer's logo (PNG or JPEG) on the customer PDF's cover"
    )
    export.add_argument(
        "-o", "--output", required=True, help="output file, - for standard output (or a folder with --all)"
    )

    imp = sub.add_parser("import", parents=[db_option], help="read deal bundles into the database")
    imp.add_argument("files", nargs="+", help="bundle files or folders of bundles")

    saved = sub.add_parser(
        "backups", parents=[db_option], help="list the database's backups, take one now, or restore one"
    )
    saved.add_argument("--take", action="store_true", help="back up now (today's and this week's copy)")
    saved.add_argument(
        "--restore",
        metavar="BACKUP",
        help="make this backup (a file name from the list, or a path) the database's content; "
        "what is there now is kept as a before-restore backup",
    )

    crm = sub.add_parser(
        "import-crm",
        parents=[db_option, today_option],
        help="read opportunities from a Salesforce or HubSpot export (CSV or .xlsx)",
    )
    crm.add_argument("file", help="the CRM export: .csv (any Excel encoding, , or ;) or .xlsx")
    crm.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    crm.add_argument("--currency", help="currency of amounts given without one (default: your locale's)")
    crm.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="use a column the import does not know: FIELD is one of crm_id, name, account, amount, "
        "currency, close_date, stage, owner (empty: ignore it); repeatable",
    )
    crm.add_argument(
        "--accept-rejected", action="store_true", help="import the good rows even though some rows are rejected"
    )
    crm.add_argument("--template", help="give new deals a plan back-scheduled from this template")
    crm.add_argument(
        "--account-column",
        metavar="HEADER",
        help="the column holding the account (company), when the import does not know it by its header",
    )
    crm.add_argument(
        "--account",
        help="the account of every deal of a file without an account column (else left to fill in)",
    )

    risk = sub.add_parser(
        "risk", parents=[db_option, today_option], help="projected close, slip, risk level and flags per deal"
    )
    risk.add_argument("--deal", help="only this deal (id or a unique part of its name)")
    risk.add_argument("--json", action="store_true", help="print JSON (see docs/risk-json.md)")

    rev = sub.add_parser(
        "review", parents=[db_option, today_option], help="the manager's review of late-stage deals, as PDF or JSON"
    )
    rev.add_argument(
        "--period",
        default="this-quarter",
        help="this-month, this-quarter (default), next-quarter, 2026Q4, 2026-11 or 2026-10-01..2026-12-31",
    )
    rev.add_argument("--owner", help="only this AE's deals")
    out = rev.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="FILE", help="write the review as PDF (- for standard output)")
    out.add_argument("--json", action="store_true", help="print the review as JSON")
    rev.add_argument("--lang", choices=["en", "ja", "ko", "sv"], default="en", help="pdf: document language")

    changed = sub.add_parser(
        "changes",
        parents=[db_option, today_option],
        help="what changed since a day: close dates pushed, steps slipped, new high risks",
    )
    changed.add_argument("--since", type=date.fromisoformat, help="YYYY-MM-DD (UTC day; default: a week before today)")
    changed.add_argument("--json", action="store_true", help="print the changes as JSON")

    editing = sub.add_parser(
        "edit",
        parents=[db_option, today_option],
        help="change fields of a deal or one of its steps (one action), or undo its newest action",
    )
    editing.add_argument("deal", help="the deal's id or a unique part of its name")
    editing.add_argument("--step", help="a step's id or a unique part of its title: --set changes that step")
    editing.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a field as in the bundle format (name, amount, stage, target_close, bant.budget.note, "
        "approval_path.approval_method, route.starts_on; with --step: title, due_date, status, "
        "owner_side …) and its value (dates YYYY-MM-DD, null for none); repeatable",
    )
    editing.add_argument("--undo", action="store_true", help="undo the deal's newest action, field by field")
    history = sub.add_parser("history", parents=[db_option], help="who changed what in a deal, and when")
    history.add_argument("deal", help="the deal's id or a unique part of its name")
    history.add_argument("--step", help="only the changes of this step (its id or a unique part of its title)")
    history.add_argument("--json", action="store_true", help="print JSON")

    from closeplan.services import sync_commands

    sync_commands.add_parsers(sub, db_option)

    templates = sub.add_parser("templates", help="list the plan templates")
    templates.add_argument("--json", action="store_true", help="print JSON")

    new = sub.add_parser(
        "new", parents=[db_option, today_option], help="create a deal with a plan back-scheduled from a template"
    )
    new.add_argument("--template", required=True, help="template id (see `closeplan templates`)")
    new.add_argument("--account", required=True, help="the customer's company")
    new.add_argument("--name", required=True, help="the deal's name")
    new.add_argument("--amount", required=True, help="amount, e.g. 48000000")
    new.add_argument("--currency", required=True, help="ISO 4217 code, e.g. JPY")
    new.add_argument("--close", required=True, type=_iso_date, help="target close date YYYY-MM-DD")
    new.add_argument("--country", help="country for business days (default: the template's)")
    new.add_argument("--language", help="customer language en/ja/ko/sv (default: the template's)")
    new.add_argument("--cadence", help="the customer's board meetings as an RRULE, e.g. FREQ=MONTHLY;BYDAY=+3TH")
    new.add_argument("--owner", default="", help="the account executive")
    _server_parser(sub)
    return parser


def _server_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`closeplan server …`: set up the team server (docs/team-server.md)."""
    server = sub.add_parser("server", help="set up the team server (PostgreSQL): schema, users, sharing")
    commands = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)
    url = "the server: postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass)"
    init = commands.add_parser("init", help="create or upgrade the schema, roles, policies and functions (as an admin)")
    init.add_argument("url", help=url)
    add = commands.add_parser(
        "add-user", help="create a login (password from standard input, else one is made up and printed once)"
    )
    add.add_argument("url", help=url)
    add.add_argument("name", help="the login name: lower-case letters, digits and _")
    add.add_argument("--team", required=True, help="the sales team")
    add.add_argument(
        "--role", required=True, metavar="ae|manager", help="ae: own and shared deals; manager: the team's"
    )
    listed = commands.add_parser("users", help="list the logins: name, team, role (as an admin)")
    listed.add_argument("url", help=url)
    share = commands.add_parser("share", help="share one of your deals with someone of your team (as its owner)")
    share.add_argument("url", help=url)
    share.add_argument("deal", help="the deal's id or a unique part of its name")
    share.add_argument("--with", dest="grantee", required=True, metavar="LOGIN", help="who may see it")
    share.add_argument("--edit", action="store_true", help="may also change it")


def _database(args: argparse.Namespace) -> str:
    if getattr(args, "db", None):
        return args.db
    if getattr(args, "demo", False):
        return str(paths.demo_database())
    return str(paths.default_database())


def _open(args: argparse.Namespace, read_only: bool = False) -> DealService:
    """Open after the start-up check; a recovery from a backup is reported on stderr.

    The service works for the command's day (``--today``, else the wall clock's date), so every
    list row, flag and age it computes counts from that day. Its clock stays the wall clock: it
    stamps what happens now (backups, change times)."""
    from closeplan.services.deals import DealService, recovery_text, system_clock

    day = _today(args)
    if read_only:  # a dry run: nothing is checked, created, recovered or written
        return DealService.open_read_only(_database(args), system_clock, today=lambda: day)
    service, recovery = DealService.open_checked(_database(args), system_clock, today=lambda: day)
    if recovery is not None:
        print(f"closeplan: {recovery_text(recovery)}", file=sys.stderr)
    service.author = _author()
    return service


def _author() -> str:
    """Who is changing things, for the history: $CLOSEPLAN_AUTHOR, else the login name."""
    import getpass

    try:
        return os.environ.get("CLOSEPLAN_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return ""


def _today(args: argparse.Namespace) -> date:
    """The command's day: --today, else the wall clock's date (the one place the CLI reads it)."""
    return getattr(args, "today", None) or datetime.now().astimezone().date()


def cmd_demo(args: argparse.Namespace) -> int:
    from closeplan.services.demo import install_demo, synthetic_deals

    service = _open(args)
    try:
        today = _today(args)
        if args.deals:
            seed = args.seed if args.seed is not None else int.from_bytes(uuid.uuid4().bytes[:8], "big")
            started = time.perf_counter()
            deals = synthetic_deals(args.deals, today, seed, steps=args.steps)
            service.add_deals(deals)
            seconds = time.perf_counter() - started
            print(f"added {len(deals)} synthetic deals to {service.location} in {seconds:.1f} s")
            return 0
        for deal, added in install_demo(service, today):
            state = "added" if added else "already there"
            print(f"{state}: {deal.account} — {deal.name} ({len(deal.steps)} steps)")
        return 0
    finally:
        service.close()


def cmd_backups(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        if args.take:
            rotation = service.backup(checked=True)
            for path in rotation.written:
                print(f"wrote {path}")
            for path in rotation.dropped:
                print(f"dropped {path}")
            for note in rotation.notes:
                print(f"note: {note}")
        if args.restore:
            chosen = Path(args.restore)
            if not chosen.is_file() and service.backup_folder is not None:
                chosen = service.backup_folder / args.restore
            if not chosen.is_file():
                print(f"closeplan: no backup {args.restore!r} (see `closeplan backups`)", file=sys.stderr)
                return 2
            safety = service.restore_backup(chosen)
            print(f"restored {chosen} into {service.location}")
            if safety is not None:
                print(f"what was there before is kept as {safety}")
        if not (args.take or args.restore):
            found = service.backups()
            if not found:
                print(f"no backups yet in {service.backup_folder}")
            for backup in found:
                print(f"{backup.taken:%Y-%m-%d %H:%M}  {backup.kind:<16} {backup.size / 1e6:7.1f} MB  {backup.path}")
        return 0
    finally:
        service.close()


def cmd_list(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        rows = service.list_deals()
    finally:
        service.close()
    if args.json:
        data = [
            {
                "id": str(r.id),
                "name": r.name,
                "account": r.account,
                "amount": format(r.amount, "f"),
                "currency": r.currency,
                "stage": r.stage.value,
                "target_close": r.target_close.isoformat(),
                "owner": r.owner,
                "customer_language": r.customer_language,
                "steps": r.step_count,
                "done": r.done_count,
                "next_customer_step": r.next_customer_step,
                "next_customer_date": r.next_customer_date.isoformat() if r.next_customer_date else None,
                "version": r.version,
            }
            for r in rows
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print("no deals (try: closeplan demo --db PATH)")
        return 0
    for r in rows:
        print(
            f"{r.id}  {r.target_close.isoformat()}  {r.stage.value:<17} "
            f"{format(r.amount, 'f'):>14} {r.currency}  {r.done_count:>2}/{r.step_count:<2}  {r.account} — {r.name}"
        )
    return 0


def _output(output: str, folder: bool = False) -> Path | None:
    """The checked target of ``-o``/``--pdf``: None for standard output ("-"). Raises
    NotAFileTarget for what cannot be written atomically (a device, a FIFO, a directory)."""
    from closeplan.services.exports import STANDARD_OUTPUT, file_target, folder_target

    if folder:
        return folder_target(output)
    return None if output == STANDARD_OUTPUT else file_target(output)


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def cmd_export(args: argparse.Namespace) -> int:
    from closeplan.export.cover import Logos
    from closeplan.services.exports import ExportService, NotAFileTarget, NotALogo, read_logo

    if args.all == bool(args.deal):
        print("closeplan export: give either DEAL or --all", file=sys.stderr)
        return 2
    if args.all and args.format != "json":
        print("closeplan export: --all writes bundles (--format json)", file=sys.stderr)
        return 2
    try:  # before the database is opened: invalid input changes nothing
        target = _output(args.output, folder=args.all)
    except NotAFileTarget as exc:
        print(f"closeplan export: -o: {exc}", file=sys.stderr)
        return 2
    try:
        logos = Logos(read_logo(args.logo), read_logo(args.customer_logo))
    except NotALogo as exc:
        print(f"closeplan export: logo: {exc}", file=sys.stderr)
        return 2
    service = _open(args)
    try:
        if args.all:
            assert target is not None  # a folder, never standard output
            written = service.export_all(target)
            print(f"wrote {len(written)} bundles to {args.output}")
            return 0
        deal_id = service.resolve(args.deal)
        exports = ExportService(service)
        today = _today(args)
        data = exports.render(deal_id, args.format, today, args.lang, args.audience, args.draft, logos)
        if target is None:
            _write_stdout(data)  # standard output carries the document only
        else:
            exports.save(target, data)
        if args.format == "pdf" and args.audience == "customer" and not args.draft:
            exports.record_revision(deal_id, today, args.lang)  # the next one lists what changed
        if target is not None:
            print(f"wrote {target}")
        return 0
    finally:
        service.close()


def cmd_import(args: argparse.Namespace) -> int:
    from closeplan.services.deals import ImportFailed, bundle_files

    files = bundle_files(args.files)
    if not files:
        print("closeplan import: no bundle files found", file=sys.stderr)
        return 2
    service = _open(args)
    try:
        report = service.import_bundles(files)
    except ImportFailed as failure:
        for error in failure.errors:
            for field_error in error.errors:
                print(f"{error.source}: {field_error}", file=sys.stderr)
        print("nothing was imported", file=sys.stderr)
        return 2
    finally:
        service.close()
    for outcome in report.outcomes:
        line = f"{outcome.outcome}: {outcome.deal_name} ({outcome.source})"
        if outcome.reason:
            line += f" — {outcome.reason}"
        print(line, file=sys.stderr if outcome.outcome == "skipped" else sys.stdout)
    return 1 if report.conflicts else 0


def _locale_currency() -> str:
    """The currency of the user's locale (LC_MONETARY), or "" when it has none (C locale)."""
    import locale

    try:
        locale.setlocale(locale.LC_MONETARY, "")
        code = (locale.localeconv().get("int_curr_symbol") or "").strip()
    except locale.Error:
        code = ""
    return code if len(code) == 3 and code.isalpha() else ""


def cmd_import_crm(args: argparse.Namespace) -> int:
    from closeplan.services.crm import CrmFileError, CrmImportService, CrmRowsRejected

    mapping = {}
    for item in args.map:
        header, sep, field = item.partition("=")
        if not sep:
            print(f"closeplan import-crm: --map {item!r}: write HEADER=FIELD", file=sys.stderr)
            return 2
        mapping[header.strip()] = field.strip()
    if args.account_column:
        mapping[args.account_column.strip()] = "account"
    service = _open(args, read_only=args.dry_run)
    try:
        crm = CrmImportService(service)
        try:
            plan = crm.preview(
                Path(args.file), mapping, (args.currency or _locale_currency()).upper(), args.account or ""
            )
        except CrmFileError as exc:
            print(f"closeplan import-crm: {exc}", file=sys.stderr)
            if exc.unknown_headers:
                print("map them with --map 'HEADER=FIELD'", file=sys.stderr)
            return 2
        for row in plan.rows:
            record = row.record
            detail = f" ({', '.join(row.changed)})" if row.changed else ""
            print(f"line {record.line}: {row.action}{detail}: {record.account} — {record.name}")
        for note in plan.notes:
            print(f"{args.file}: {note}", file=sys.stderr)
        for error in plan.errors:
            print(f"{args.file}: {error}", file=sys.stderr)
        print(plan.summary())
        if args.dry_run:
            print("dry run: nothing was written")
            return 1 if plan.errors else 0
        if args.template and args.template not in {t.id for t in _templates(service)}:
            print(f"closeplan import-crm: --template: no template {args.template!r}", file=sys.stderr)
            return 2
        try:
            changes = crm.apply(plan, args.accept_rejected, args.template, _today(args))
        except CrmRowsRejected:
            print(
                "nothing was written: fix the rows above, or import the good rows with --accept-rejected",
                file=sys.stderr,
            )
            return 1
        for record, schedule in crm.unplanned:
            why = schedule.problem.rstrip(". ") or "it does not fit before the close date"
            print(
                f"{args.file}: line {record.line}: {record.account} — {record.name}: no plan from "
                f"{args.template!r}: {why}. Make one with `closeplan new` or in the app.",
                file=sys.stderr,
            )
        unplanned = f"; {len(crm.unplanned)} new without a plan (see above)" if crm.unplanned else ""
        print(f"wrote {len(changes.added)} new and {len(changes.updated)} updated deals{unplanned}")
        return 0
    finally:
        service.close()


def _templates(service):
    from closeplan.services.planning import PlanningService

    return PlanningService(service).templates()


def cmd_risk(args: argparse.Namespace) -> int:
    from closeplan.services.planning import PlanningService
    from closeplan.services.reports import risk_json, risk_text

    service = _open(args)
    try:
        today = _today(args)
        ids = [service.resolve(args.deal)] if args.deal else None
        rows = PlanningService(service).assess(today, ids)
    finally:
        service.close()
    if args.json:
        json.dump(risk_json(rows, today), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(risk_text(rows, today))
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from closeplan.services.changes import changes_json, changes_since

    service = _open(args, read_only=True)
    try:
        since = args.since or _today(args) - timedelta(days=7)
        changes = changes_since(service, since)
    finally:
        service.close()
    if args.json:
        json.dump(changes_json(changes, since), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"since {since.isoformat()}: {len(changes)} change(s)")
    for c in changes:
        dates = f" {c.old.isoformat()} -> {c.new.isoformat()} (+{c.days} d)" if c.old and c.new else ""
        what = f" “{c.what}”" if c.what else ""
        print(f"{c.on.isoformat()}  {c.kind.replace('_', ' ')}:{what}{dates}  {c.account} — {c.deal}  [{c.owner}]")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from closeplan.services.exports import NotAFileTarget
    from closeplan.services.reviewing import render_review_pdf, review, review_json, write_review_pdf

    target = None
    if args.pdf:
        try:
            target = _output(args.pdf)
        except NotAFileTarget as exc:
            print(f"closeplan review: --pdf: {exc}", file=sys.stderr)
            return 2
    service = _open(args)
    author = service.author  # who makes the review: its PDF's author
    try:
        today = _today(args)
        try:
            report = review(service, today, args.period, args.owner)
        except ValueError as exc:
            print(f"closeplan review: --period: {exc}", file=sys.stderr)
            return 2
    finally:
        service.close()
    if args.json:
        json.dump(review_json(report), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif target is None:
        _write_stdout(render_review_pdf(report, today, args.lang, author))
        print(
            f"closeplan: wrote the review to standard output ({len(report.rows)} deals, {report.period.label})",
            file=sys.stderr,
        )
    else:
        path = write_review_pdf(report, target, today, args.lang, author)
        print(f"wrote {path} ({len(report.rows)} deals, {report.period.label})")
    return 0


def _shown(value) -> str:
    """An operation's value in one line of text."""
    from closeplan.domain.operations import encode

    if value is None:
        return "—"
    if hasattr(value, "__dataclass_fields__"):
        name = getattr(value, "title", None) or getattr(value, "name", None) or getattr(value, "description", "")
        return f"{type(value).__name__} {name!r}" if name else type(value).__name__
    from enum import Enum

    def one(item) -> str:
        if isinstance(item, Enum):
            return str(item.value)
        plain = encode(item)
        return str(next(iter(plain.values()))) if isinstance(plain, dict) else str(plain)

    if isinstance(value, list):
        return ", ".join(one(v) for v in value) or "[]"
    return repr(value) if isinstance(value, str) and not isinstance(value, Enum) else one(value)


def _where(op, names: dict) -> str:
    """An operation's address with the item's title or name instead of its id."""
    if op.entity_id is None:
        return f"{op.entity}.{op.field}" if op.field else op.entity
    name = names.get(op.entity_id)
    item = f"{op.entity} {name!r}" if name else f"{op.entity} {str(op.entity_id)[:8]}"
    return f"{item}.{op.field}" if op.field else item


def _names(*deals) -> dict:
    from closeplan.domain.operations import item_name

    names = {}
    for deal in deals:
        if deal is None:
            continue
        for item in (*deal.steps, *deal.stakeholders, *deal.risks, *deal.route.steps):
            names[item.id] = item_name(item)
    return names


def _sync_command(name: str, args: argparse.Namespace) -> int:
    from closeplan.services import sync_commands

    return getattr(sync_commands, name)(args, _open)


def cmd_edit(args: argparse.Namespace) -> int:
    from closeplan.services import edit_commands
    from closeplan.services.deals import WriteFailed

    if args.undo == bool(args.assignments):
        print("closeplan edit: give --set FIELD=VALUE (one or more) or --undo", file=sys.stderr)
        return 2
    if args.undo and args.step:
        print("closeplan edit: --undo undoes the deal's newest action; it takes no --step", file=sys.stderr)
        return 2
    assignments = [edit_commands.parse_assignment(text) for text in args.assignments]
    service = _open(args)
    try:
        deal_id = service.resolve(args.deal)
        try:
            if args.undo:
                action, result = edit_commands.undo_newest(service, deal_id)
                if action is None or result is None:
                    print("closeplan: nothing to undo in this deal's history", file=sys.stderr)
                    return 1
                print(f"undid: {action.label} ({action.at:%Y-%m-%d %H:%M} UTC)")
                names = _names(service.get_deal(deal_id))
                for conflict in result.left:
                    print(f"left as it is (changed since): {_where(conflict.op, names)}")
                return 0
            done = edit_commands.edit(service, deal_id, args.step, assignments)
        except WriteFailed as exc:
            said = str(exc)  # (it begins "Not saved: …" itself)
            print(
                f"closeplan: {said if said.lower().startswith('not saved') else 'not saved: ' + said}", file=sys.stderr
            )
            return 2
        if not done.ops:
            print("nothing changed: the deal already has these values")
        names = _names(done.before, done.after)
        for op in done.ops:
            if op.entity in ("step_move", "close_change") or op.field == "changed_on":
                continue
            print(f"{_where(op, names)}: {_shown(op.old)} → {_shown(op.new)}")
        return 0
    finally:
        service.close()


def cmd_history(args: argparse.Namespace) -> int:
    from closeplan.domain.operations import encode, item_name
    from closeplan.services import edit_commands

    service = _open(args)
    try:
        deal_id = service.resolve(args.deal)
        actions = service.history(deal_id)
        try:
            names = _names(service.get_deal(deal_id))
        except LookupError:  # a deleted deal still has its history
            names = {}
        for action in actions:  # items removed since keep their names too
            for op in action.ops:
                item = op.old if op.kind == "remove" else op.new if op.kind == "add" else None
                if item is not None and op.entity_id is not None and op.entity_id not in names and item_name(item):
                    names[op.entity_id] = item_name(item)
        step_id = None
        if args.step:
            step_id = edit_commands.find_step(service.get_deal(deal_id), args.step).id
            actions = [a for a in actions if any(op.entity_id == step_id for op in a.ops)]
        if args.json:
            json.dump(
                [
                    {
                        "id": str(a.id),
                        "label": a.label,
                        "source": a.source,
                        "author": a.author,
                        "at": a.at.isoformat(),
                        "base_version": a.base_version,
                        "undoes": str(a.undoes) if a.undoes else None,
                        "operations": [
                            {
                                "kind": op.kind,
                                "entity": op.entity,
                                "entity_id": str(op.entity_id) if op.entity_id else None,
                                "field": op.field,
                                "old": encode(op.old),
                                "new": encode(op.new),
                                "position": op.position,
                            }
                            for op in a.ops
                            if step_id is None or op.entity_id == step_id
                        ],
                    }
                    for a in actions
                ],
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            print()
            return 0
        for action in actions:
            who = f" · {action.author}" if action.author else ""
            print(f"{action.at:%Y-%m-%d %H:%M} UTC{who} · {action.label} ({action.source})")
            for op in action.ops:
                if step_id is not None and op.entity_id != step_id:
                    continue
                if op.kind == "set":
                    print(f"    {_where(op, names)}: {_shown(op.old)} → {_shown(op.new)}")
                elif op.kind == "add":
                    print(f"    added {_where(op, names)}: {_shown(op.new)}")
                elif op.kind == "remove":
                    print(f"    removed {_where(op, names)}: {_shown(op.old)}")
                else:
                    print(f"    reordered {op.entity}")
        if not actions:
            print("no changes recorded")
        return 0
    finally:
        service.close()


def cmd_templates(args: argparse.Namespace) -> int:
    from closeplan.services.planning import TemplateLibrary

    templates = TemplateLibrary().all()
    if args.json:
        data = [
            {
                "id": t.id,
                "name": t.name,
                "language": t.language,
                "country": t.country,
                "board_cadence": t.board_cadence,
                "steps": len(t.steps),
                "builtin": t.builtin,
            }
            for t in templates
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for t in templates:
        cadence = f"  board: {t.board_cadence}" if t.board_cadence else ""
        print(f"{t.id:<24} {len(t.steps):>2} steps  {t.country or '--'}  {t.name_in('en')}{cadence}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from closeplan.services.deals import NewDeal
    from closeplan.services.planning import InfeasiblePlan, PlanningService, TemplateNotFound

    try:
        amount = Decimal(args.amount.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        print(f"closeplan new: --amount: not a number: {args.amount!r}", file=sys.stderr)
        return 2
    service = _open(args)
    try:
        planning = PlanningService(service)
        try:
            template = planning.library.get(args.template)
        except TemplateNotFound as exc:
            print(f"closeplan new: --template: {exc}", file=sys.stderr)
            return 2
        new = NewDeal(
            name=args.name,
            account=args.account,
            amount=amount,
            currency=args.currency,
            target_close=args.close,
            country=args.country or template.country or "US",
            customer_language=args.language or template.language,
            owner=args.owner,
        )
        try:
            deal, schedule, _ = planning.create_from_template(new, template.id, _today(args), args.cadence)
        except InfeasiblePlan as exc:
            print(f"closeplan new: {exc}", file=sys.stderr)
            if exc.schedule.earliest_feasible_close:
                print(f"closeplan new: try --close {exc.schedule.earliest_feasible_close.isoformat()}", file=sys.stderr)
            return 2  # the close given cannot hold the plan: invalid input, nothing was changed
    finally:
        service.close()
    print(f"created {deal.account} — {deal.name} ({deal.id}), {len(deal.steps)} steps:")
    for step in deal.steps_in_time_order():
        print(f"  {step.due_date.isoformat()}  {step.owner_side.value:<8}  {step.title}")
    for warning in schedule.warnings:
        print(f"note: {warning}")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from closeplan.services import team

    try:
        if args.server_command == "init":
            report = team.init(args.url)
            state = "created" if report.before is None else "already up to date"
            if report.before not in (None, report.head):
                state = f"upgraded from {report.before}"
            print(f"the team server's schema is at revision {report.head} ({state})")
            for role in report.created_roles:
                print(f"created the role {role}")
        elif args.server_command == "add-user":
            added = team.add_user(args.url, args.name, team=args.team, role=args.role, password=_stdin_password())
            print(f"added {added.login} to the team {added.team} as {added.role}")
            if added.generated_password is not None:
                print(f"password of {added.login} (shown only now): {added.generated_password}")
        elif args.server_command == "users":
            for member in team.users(args.url):
                print(f"{member.login:<24} {member.team:<24} {member.role}")
        else:
            shared = team.share(args.url, args.deal, args.grantee, can_edit=args.edit)
            print(
                f"shared {shared.deal_name!r} with {shared.grantee} ({'read and edit' if shared.can_edit else 'read'})"
            )
        return 0
    except team.InvalidInput as exc:
        print(f"closeplan server: {exc}", file=sys.stderr)
        return 2
    except team.ServerError as exc:
        print(f"closeplan server: {exc}", file=sys.stderr)
        return 1


def _stdin_password() -> str | None:
    """A password piped in (one line; the line end is not part of it), else None."""
    if sys.stdin is None or sys.stdin.isatty():
        return None
    text = sys.stdin.read().rstrip("\r\n")
    if "\n" in text or "\r" in text:
        from closeplan.services.team import InvalidInput

        raise InvalidInput("the password on standard input must be one line")
    return text or None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # everything closeplan writes (database, backups, exports, logs) is the owner's only
    from closeplan.services import calendar_cache

    calendar_cache.install()  # each country's closed days kept, so the holiday tables load once
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {
        "demo": cmd_demo,
        "list": cmd_list,
        "export": cmd_export,
        "import": cmd_import,
        "risk": cmd_risk,
        "templates": cmd_templates,
        "new": cmd_new,
        "review": cmd_review,
        "changes": cmd_changes,
        "import-crm": cmd_import_crm,
        "backups": cmd_backups,
        "edit": cmd_edit,
        "history": cmd_history,
        "sync": lambda args: _sync_command("cmd_sync", args),
        "conflicts": lambda args: _sync_command("cmd_conflicts", args),
        "server": cmd_server,
    }
    try:
        if args.command is None:
            if (no_display := _no_display()) is not None:
                print(no_display, file=sys.stderr)
                return 2
            from closeplan.ui.app import run

            return run(_database(args), demo=args.demo and not args.db, today=args.today)
        return handlers[args.command](args)
    except Exception as exc:
        return _failed(exc)


def _no_display() -> str | None:
    """Where windows need X11 or Wayland (not Windows or macOS): the sentence saying that there
    is none, or None. Checked before Qt is loaded, which would abort with its own message."""
    if sys.platform in ("win32", "darwin") or sys.platform.startswith("cygwin"):
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "closeplan: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set): start it in a desktop session, under a virtual X server (xvfb-run closeplan), "
        "or with QT_QPA_PLATFORM=offscreen to try it without a window; the commands "
        "(closeplan --help) need no display."
    )


def _failed(exc: Exception) -> int:
    """Say why a command failed, in one line; the exit status tells the kind of failure."""
    from closeplan.domain.validation import ValidationError
    from closeplan.services.deals import AmbiguousDeal, DatabaseError, DealNotFound

    if isinstance(exc, (DealNotFound, AmbiguousDeal)):
        print(f"closeplan: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 1
    if isinstance(exc, (DatabaseError, ValidationError)):
        print(f"closeplan: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, BrokenPipeError):  # the reader of our output stopped (e.g. | head): not an error
        try:
            sys.stdout = open(os.devnull, "w")  # nothing more to say; keep the exit quiet
        except OSError:
            pass
        return 0
    if isinstance(exc, OSError):
        print(f"closeplan: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    # unexpected: log the details, say it once, briefly
    log = _log_unexpected(exc)
    # the exception's own text may hold customer data or SQL: its kind only, the place in the log
    print(
        f"closeplan: an unexpected error stopped the command ({type(exc).__name__}); nothing more was "
        "written than what it had finished",
        file=sys.stderr,
    )
    if log:
        print(f"closeplan: details were written to {log}", file=sys.stderr)
    return 3


def _log_unexpected(exc: BaseException) -> Path | None:
    import logging
    import traceback

    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "closeplan.log"
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(
                f"--- {datetime.now().astimezone().isoformat()} unexpected error in the command line: "
                f"{type(exc).__name__}\n"
            )
            handle.write("".join(traceback.format_tb(exc.__traceback__)))  # where, not the message (customer data)
        return target
    except OSError:
        logging.getLogger(__name__).exception("could not write the log")
        return None
