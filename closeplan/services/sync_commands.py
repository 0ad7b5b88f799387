"""The command line of syncing: ``closeplan sync`` and ``closeplan conflicts``.

    closeplan sync --db FILE [--server URL]
    closeplan conflicts --db FILE [--json]
    closeplan conflicts resolve ID --keep mine|theirs --db FILE

The password comes from libpq's usual sources (the URL, ``PGPASSWORD``, ``~/.pgpass``) or the
system keyring (where the app's Connect dialog puts it); closeplan never stores it in a file and
never prints it. The server's URL is kept in the database without its password, so after the
first sync ``--server`` may be left out.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Callable
from typing import Any

KEYRING_SERVICE = "closeplan team server"
REASONS = {
    "changed": "both changed it",
    "gone": "changed here, removed on the server",
    "edited": "removed here, changed on the server",
    "exists": "added twice",
    "together": "changed together with a field in conflict",
}


def add_parsers(sub: Any, db_option: argparse.ArgumentParser) -> None:
    sync = sub.add_parser(
        "sync", parents=[db_option], help="send this database's changes to the team server and fetch the team's"
    )
    sync.add_argument("--server", help="postgresql://USER@HOST:PORT/DATABASE (default: the one it synced with)")
    conflicts = sub.add_parser(
        "conflicts", parents=[db_option], help="list the fields two people changed differently, or decide one"
    )
    conflicts.add_argument("action", nargs="?", choices=["resolve"], help="resolve ID: decide one conflict")
    conflicts.add_argument("id", nargs="?", help="the conflict's id (or its first characters)")
    conflicts.add_argument("--keep", choices=["mine", "theirs"], help="resolve: whose value stays")
    conflicts.add_argument("--json", action="store_true", help="print JSON")


def keyring_key(url: str) -> str:
    """The keyring entry of a server: USER@HOST:PORT/DATABASE."""
    from closeplan.store.server.connection import where

    return where(url)


def keyring_password(url: str) -> str | None:
    """The password the Connect dialog kept in the system keyring, if there is a keyring and one."""
    if os.environ.get("PGPASSWORD"):
        return None  # libpq's own source comes first
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception:  # no keyring on this system (a server, a container): libpq's sources only
        return None


def cmd_sync(args: argparse.Namespace, open_service: Callable[[argparse.Namespace], Any]) -> int:
    from closeplan.services.sync import SyncService
    from closeplan.store import sync_state
    from closeplan.store.server.connection import BadServerUrl, ServerError

    service = open_service(args)
    try:
        url = args.server
        if not url:
            with service.db.reading() as session:
                state = sync_state.load_state(session)
            if state is None:
                print("closeplan sync: give --server postgresql://USER@HOST:PORT/DATABASE", file=sys.stderr)
                return 2
            url = state.server
        try:
            report = SyncService(service, url, password=keyring_password(url)).sync()
        except BadServerUrl as exc:
            print(f"closeplan sync: --server: {exc}", file=sys.stderr)
            return 2
        except ServerError as exc:
            print(f"closeplan sync: {exc}", file=sys.stderr)
            return 1
        print(report.line())
        return 1 if report.refused else 0
    finally:
        service.close()


def cmd_conflicts(args: argparse.Namespace, open_service: Callable[[argparse.Namespace], Any]) -> int:
    from closeplan.services.sync import open_conflicts, resolve_conflict

    service = open_service(args)
    try:
        conflicts = open_conflicts(service)
        if args.action != "resolve":
            names = {d.id: d.name for d in service.list_deals([c.deal_id for c in conflicts])} if conflicts else {}
            if args.json:
                print(
                    json.dumps([_as_json(c, names.get(c.deal_id, "")) for c in conflicts], ensure_ascii=False, indent=2)
                )
            else:
                for c in conflicts:
                    print(
                        f"{c.id}  {names.get(c.deal_id, c.deal_id)}: {c.entity}.{c.field or c.entity} "
                        f"({REASONS.get(c.reason, c.reason)}): "
                        f"mine {_shown(c.mine)} ({c.mine_author}, {_when(c.mine_at)}) · "
                        f"theirs {_shown(c.theirs)} ({c.theirs_author}, {_when(c.theirs_at)})"
                    )
                if not conflicts:
                    print("no open conflicts")
            return 0
        if not args.id or not args.keep:
            print("closeplan conflicts resolve: give the conflict's ID and --keep mine|theirs", file=sys.stderr)
            return 2
        matches = [c for c in conflicts if str(c.id).startswith(args.id.lower())]
        if len(matches) != 1:
            what = "no open conflict" if not matches else f"{len(matches)} open conflicts"
            print(
                f"closeplan conflicts resolve: {what} matches {args.id!r} (see `closeplan conflicts`)", file=sys.stderr
            )
            return 2
        resolve_conflict(service, matches[0].id, args.keep)
        print(f"kept {args.keep} for {matches[0].entity}.{matches[0].field}; it is sent with the next sync")
        return 0
    finally:
        service.close()


def _shown(value: Any) -> str:
    from closeplan.domain.operations import decode

    try:
        decoded = decode(value)
    except Exception:
        return json.dumps(value, ensure_ascii=False)
    if hasattr(decoded, "__dataclass_fields__"):
        from closeplan.domain.operations import item_name

        return repr(item_name(decoded) or type(decoded).__name__)
    return repr(str(decoded.value if hasattr(decoded, "value") else decoded))


def _when(value) -> str:
    return value.isoformat(timespec="minutes") if value is not None else "?"


def _as_json(c, deal_name: str) -> dict[str, Any]:
    return {
        "id": str(c.id),
        "deal_id": str(c.deal_id),
        "deal": deal_name,
        "entity": c.entity,
        "entity_id": str(c.entity_id) if c.entity_id else None,
        "field": c.field,
        "reason": c.reason,
        "base": c.base,
        "mine": c.mine,
        "theirs": c.theirs,
        "mine_author": c.mine_author,
        "mine_at": c.mine_at.isoformat() if c.mine_at else None,
        "theirs_author": c.theirs_author,
        "theirs_at": c.theirs_at.isoformat() if c.theirs_at else None,
    }


__all__ = ["add_parsers", "cmd_sync", "cmd_conflicts", "keyring_password", "uuid"]
