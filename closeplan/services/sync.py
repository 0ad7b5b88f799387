"""Sync a laptop's database with the team server: push the outbox, then pull what changed.

The protocol is docs/sync-protocol.md. A push sends the outbox's actions, oldest first, in
batches, each batch one call of ``closeplan.push`` in one server transaction; the server's
answer is committed there first, and only then are the acknowledged actions dropped from the
outbox, in the laptop's own transaction. A cut before the server's commit changes nothing; a cut
after it leaves the actions in the outbox, and sending them again is answered ``duplicate`` (the
operation ids are the same), so a retry never applies anything twice and never loses anything.

A pull reads, in one ``REPEATABLE READ`` server transaction, the deals, items, changes and
conflicts with a change number above the laptop's cursor, then writes them here in one local
transaction through the one write runner (source ``sync``, never queued in the outbox): each deal
becomes what the server holds, except fields an action still waiting in the outbox changes. The
cursor moves in that same transaction, so a cut anywhere is safe to retry.

The first sync of a database uploads every deal it holds, owned by the user who syncs.
"""

from __future__ import annotations

import copy
import gc
import json
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from closeplan.domain.mending import mend
from closeplan.domain.model import Deal
from closeplan.domain.operations import (
    ADD,
    COLLECTIONS,
    REMOVE,
    SET,
    Action,
    Op,
    apply,
    clone,
    decode,
    diff,
    encode,
    items_of,
)
from closeplan.domain.replica import (
    CONFLICT,
    SINGLETON_ENTITIES,
    deal_from_items,
    deal_items,
    ops_from_change,
    pending_entry_ids,
    push_element,
)
from closeplan.domain.validation import validate_deal
from closeplan.services.deals import Changes, DealService
from closeplan.services.runner import Write
from closeplan.store import sync_state
from closeplan.store.server.connection import (
    ServerError,
    ServerRefused,
    ServerUnreachable,
    connect,
    failure,
    parse_url,
    where,
)
from closeplan.store.sync_state import Replica, StoredConflict, SyncState

log = logging.getLogger(__name__)

PUSH_BATCH = 200  # actions per server transaction
UPLOAD_BATCH = 100  # deals per server transaction on the first upload
LOAD_BATCH = 500  # local deals read at a time by a pull
SOURCE = "sync"
MENDING = "mend"  # a pulled deal mended here (domain/mending.py): queued and sent like an edit


@dataclass
class SyncReport:
    pushed: int = 0  # operations the server applied or already had
    pulled: int = 0  # deals changed here by the pull
    conflicts: int = 0  # conflicts open after the sync (this user's and the team's on shared deals)
    refused: int = 0  # operations the server refused (no right to the deal): dropped, said
    mended: int = 0  # deals whose merged state was mended here (and the mending sent)
    held: int = 0  # deals whose merged state could not be mended: kept here as they were
    changes: Changes = field(default_factory=Changes)

    def line(self) -> str:
        text = f"pushed {self.pushed}, pulled {self.pulled}, conflicts {self.conflicts}"
        if self.refused:
            text += f"; the server refused {self.refused} change(s) to deals this user may not change"
        if self.mended:
            text += f"; mended {self.mended} deal(s) the team's changes together left inconsistent"
        if self.held:
            text += f"; kept {self.held} deal(s) as they are here: the team's changes together cannot be taken"
        return text


class SyncRefused(ServerRefused):
    pass


def safe_url(url: str) -> str:
    """The URL as this database keeps it: without a password (in the user part or the query)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parse_url(url)  # BadServerUrl when it is none
    parts = urlsplit(url.strip())
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class SyncService:
    def __init__(
        self,
        deals: DealService,
        url: str,
        password: str | None = None,
        clock: Callable[[], datetime] | None = None,
        stop_after: str | None = None,
    ):
        self.deals = deals
        self.url = url
        self.password = password
        self.clock = clock or deals.clock
        # for fault tests: "server-commit" stops (raises) after the server committed a push batch
        # and before the laptop dropped it from the outbox
        self.stop_after = stop_after

    # --- the whole sync ------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        report = SyncReport()
        with self._connection() as server:
            login = self._login(server)
            self._connect_state(login)
            self._upload_if_needed(server, report)
            self._push(server, report)
            with _collector_paused():
                self._pull(server, report)
            self._touch(server)
        with self.deals.db.reading() as session:
            report.conflicts = len(sync_state.load_conflicts(session))
        return report

    def _connection(self):
        return _Closing(connect(self.url, password=self.password))

    def _login(self, server) -> str:
        try:
            with server.cursor() as cur:
                cur.execute("SELECT current_user, to_regprocedure('closeplan.push(jsonb)') IS NOT NULL")
                row = cur.fetchone()
            server.rollback()
        except Exception as exc:  # psycopg.Error
            raise _failure(exc, self.url, "reading who is logged in") from None
        if not row[1]:
            raise SyncRefused(
                f"the team server {where(self.url)} has no closeplan schema yet (an admin runs `closeplan server init`)",
                where(self.url),
                "no-schema",
            )
        return str(row[0])

    def _connect_state(self, login: str) -> SyncState:
        url = safe_url(self.url)
        with self.deals.db.reading() as session:
            state = sync_state.load_state(session)
        if state is not None and state.server == url and state.login == login:
            return state  # nothing to write: the push starts without taking the database's write lock
        with self.deals.transaction() as session:
            state = sync_state.load_state(session)
            if state is not None and state.login and state.login != login:
                raise SyncRefused(
                    f"this database syncs as {state.login}, not {login}: sync it as {state.login}, "
                    "or use another database for another user"
                )
            if state is None:
                state = SyncState(url, login, 0, False, None)
                sync_state.save_state(session, state)
                self.deals.forget_cached()  # its actions are the login's from now on
            elif state.server != url:
                state = SyncState(url, login, state.cursor, state.uploaded, state.last_synced_at)
                sync_state.save_state(session, state)
            return state

    # --- push -------------------------------------------------------------------------------

    def _call_push(self, server, elements: list[dict[str, Any]], doing: str) -> list[dict[str, Any]]:
        try:
            with server.cursor() as cur:
                cur.execute("SELECT closeplan.push(%s::jsonb)", (json.dumps(elements, ensure_ascii=False),))
                row = cur.fetchone()
            server.commit()
        except Exception as exc:
            _rollback(server)
            raise _failure(exc, self.url, doing) from None
        results = row[0] if row else []
        return results if isinstance(results, list) else json.loads(results)

    def _upload_if_needed(self, server, report: SyncReport) -> None:
        with self.deals.db.reading() as session:
            state = sync_state.load_state(session)
            if state is None or state.uploaded:
                return
            known = sync_state.replica_ids(session)
        ids = [i for i in self.deals.all_ids() if i not in known]
        for start in range(0, len(ids), UPLOAD_BATCH):
            batch = self.deals.get_deals(ids[start : start + UPLOAD_BATCH])
            elements = []
            for deal in batch.values():
                upload = uuid.uuid5(deal.id, "upload")
                elements.append(
                    {
                        "op_id": str(upload),
                        "action_id": str(upload),
                        "seq": 0,
                        "deal_id": str(deal.id),
                        "kind": "add",
                        "entity": "deal",
                        "entity_id": str(deal.id),
                        "field": "",
                        "old": None,
                        "new": {"items": [{**i, "entity_id": str(i["entity_id"])} for i in deal_items(deal)]},
                        "position": None,
                        "at": deal.updated_at.isoformat(),
                        "label": "First sync",
                        "source": "upload",
                    }
                )
            results = self._call_push(server, elements, "receiving this laptop's deals")
            report.pushed += sum(1 for r in results if r.get("result") in ("applied", "same", "duplicate"))
            report.refused += sum(1 for r in results if r.get("result") == "refused")
        with self.deals.transaction() as session:
            state = sync_state.load_state(session)
            assert state is not None
            sync_state.save_state(
                session, SyncState(state.server, state.login, state.cursor, True, state.last_synced_at)
            )

    def _push(self, server, report: SyncReport) -> None:
        from closeplan.store import repository

        while True:
            with self.deals.db.reading() as session:  # the outbox and the deals as they are now, together
                actions = sync_state.outbox_actions(session, PUSH_BATCH)
                if not actions:
                    return
                current = {d.id: d for d in repository.load_deals(session, list({a.deal_id for a in actions}))}
                entry_ids = pending_entry_ids(current, sync_state.outbox_log_ops(session))
            elements: list[dict[str, Any]] = []
            for action in actions:
                for seq, op in enumerate(action.ops):
                    deal = current.get(action.deal_id)
                    element = push_element(action, seq, op, deal, entry_ids.get((action.id, seq)))
                    if element is not None:
                        elements.append(element)
            results = self._call_push(server, elements, "receiving this laptop's changes") if elements else []
            if self.stop_after == "server-commit":
                raise ServerUnreachable("stopped after the server's commit (fault test)")
            report.pushed += sum(1 for r in results if r.get("result") in ("applied", "same", "duplicate", "conflict"))
            report.refused += sum(1 for r in results if r.get("result") == "refused")
            with self.deals.transaction() as session:
                sync_state.drop_from_outbox(session, [a.id for a in actions])

    # --- pull -------------------------------------------------------------------------------

    def _pull(self, server, report: SyncReport) -> None:
        with self.deals.db.reading() as session:
            state = sync_state.load_state(session)
            replicas = sync_state.replica_ids(session)
            held = sync_state.held_ids(session)
        assert state is not None
        cursor = state.cursor
        local_ids = set(self.deals.all_ids())
        try:
            with server.cursor() as cur:
                cur.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                # Row-level security's subqueries make the planner expect costly plans, so PostgreSQL
                # compiled each item query with its JIT: 0.1-0.2 s a query, even for the items of 20
                # deals (most of an incremental sync); the queries themselves take milliseconds.
                cur.execute("SET LOCAL jit = off")
                cur.execute(
                    "SELECT d.id, d.team, d.owner, d.rev, d.removed_at, s.synced_at, closeplan.can_edit(d.id), "
                    "d.created_at FROM closeplan.deal d LEFT JOIN closeplan.owner_sync s ON s.login = d.owner "
                    "WHERE d.rev > %s OR d.id = ANY(%s)",
                    (cursor, list(held)),
                )
                deals = cur.fetchall()
                known = [d[0] for d in deals if d[0] in local_ids or d[0] in replicas]
                new = [d[0] for d in deals if d[0] not in local_ids and d[0] not in replicas]
                cur.execute(
                    "SELECT id, deal_id, entity, entity_id, field, base, mine, theirs, mine_author, mine_at, "
                    "theirs_author, theirs_at, resolution, resolved_at, rev, reason FROM closeplan.conflict WHERE rev > %s",
                    (cursor,),
                )
                conflicts = cur.fetchall()
                # A deal with a new conflict is read whole: the field this laptop kept while its own
                # change was on the way may not have changed on the server since the last pull, and
                # must now become the server's value.
                # So is a deal held back at the last pull (its merged state could not be taken).
                disputed = {c[1] for c in conflicts} | held
                whole = [d for d in known if d in disputed]
                since = [d for d in known if d not in disputed]
                items: list[Any] = []
                columns = "deal_id, entity, entity_id, position, fields, removed_at, rev"  # (not meta: unused here)
                if since:
                    cur.execute(
                        f"SELECT {columns} FROM closeplan.item WHERE deal_id = ANY(%s) AND rev > %s", (since, cursor)
                    )
                    items.extend(cur.fetchall())
                if whole:
                    cur.execute(f"SELECT {columns} FROM closeplan.item WHERE deal_id = ANY(%s)", (whole,))
                    items.extend(cur.fetchall())
                if new:
                    cur.execute(
                        f"SELECT {columns} FROM closeplan.item WHERE deal_id = ANY(%s) AND removed_at IS NULL", (new,)
                    )
                    items.extend(cur.fetchall())
                places: list[Any] = []
                if known:  # where every item is now: lists keep the server's order (see _in_server_order)
                    cur.execute(
                        "SELECT deal_id, entity, entity_id, position FROM closeplan.item "
                        "WHERE deal_id = ANY(%s) AND removed_at IS NULL",
                        (known,),
                    )
                    places = cur.fetchall()
                changes: list[Any] = []
                # the team's history: of known deals what came since the cursor, of new ones all of
                # it (a deal's upload without its content: the items above hold that)
                change_columns = (
                    "rev, deal_id, action_id, seq, kind, entity, entity_id, field, old, "
                    "CASE WHEN kind = 'add' AND entity = 'deal' THEN NULL ELSE new END, position, "
                    "author, at, label, source"
                )
                if known:
                    cur.execute(
                        f"SELECT {change_columns} FROM closeplan.change WHERE deal_id = ANY(%s) AND rev > %s ORDER BY rev",
                        (known, cursor),
                    )
                    changes = cur.fetchall()
                if new:
                    cur.execute(
                        f"SELECT {change_columns} FROM closeplan.change WHERE deal_id = ANY(%s) ORDER BY rev", (new,)
                    )
                    changes.extend(cur.fetchall())
            server.rollback()
        except Exception as exc:
            _rollback(server)
            raise _failure(exc, self.url, "sending what changed") from None
        top = max([cursor, *(d[3] for d in deals), *(c[14] for c in conflicts)])
        self._apply_pull(deals, items, changes, conflicts, top, report, places)

    def _apply_pull(self, deals, items, changes, conflicts, top: int, report: SyncReport, places=()) -> None:
        by_deal: dict[uuid.UUID, list[Any]] = {}
        for row in items:
            by_deal.setdefault(row[0], []).append(row)
        at: dict[uuid.UUID, dict[tuple[str, str], int]] = {}  # deal → (entity, id) → position on the server
        for row in items:
            if row[5] is None:
                at.setdefault(row[0], {})[(row[1], str(row[2]))] = row[3]
        for deal_id, entity, entity_id, position in places:
            at.setdefault(deal_id, {})[(entity, str(entity_id))] = position
        history: dict[uuid.UUID, dict[uuid.UUID, list[Any]]] = {}
        for row in changes:
            history.setdefault(row[1], {}).setdefault(row[2], []).append(row)
        now = self.clock()
        with self.deals.transaction() as session:
            pending = sync_state.pending_fields(session)
            known_actions = sync_state.known_actions(
                session, [action_id for per in history.values() for action_id in per]
            )
            writes: list[Write] = []
            extra: list[Action] = []
            replicas: list[Replica] = []
            gone: list[uuid.UUID] = []
            held: dict[uuid.UUID, Deal] = {}
            for n, (deal_id, team, owner, rev, removed_at, owner_synced_at, can_edit, created_at) in enumerate(deals):
                if n % LOAD_BATCH == 0:  # the deals this laptop holds, read a batch at a time
                    held = self.deals.get_deals([d[0] for d in deals[n : n + LOAD_BATCH]])
                local: Deal | None = held.get(deal_id)
                pulled = _history(deal_id, history.get(deal_id, {}), known_actions)
                if removed_at is not None:
                    gone.append(deal_id)
                    if local is not None:
                        action = self.deals.action(
                            deal_id, "Removed on the team server", SOURCE, local.version,
                            [Op(REMOVE, "deal", deal_id, old=local)],
                        )  # fmt: skip
                        writes.append(Write(local, None, (), action))
                    continue
                target = self._target(
                    deal_id, local, by_deal.get(deal_id, []), pending, created_at or now, at.get(deal_id, {})
                )
                replicas.append(Replica(deal_id, owner, team, bool(can_edit), rev, owner_synced_at))
                mended, mending = self._mended(target, bool(can_edit), report)
                if mended is None:  # beyond mending: this laptop keeps its deal as it is, for now
                    replicas[-1] = Replica(deal_id, owner, team, bool(can_edit), sync_state.HELD, owner_synced_at)
                    continue
                target = mended
                if mending is not None:
                    pulled = [*pulled, mending]
                if local is None:
                    writes.append(Write(None, target, (), pulled[0] if pulled else None, history=pulled[1:]))
                    continue
                ops = _logs_in_order(local, target, diff(local, target))
                if ops:
                    target.version = local.version + 1
                    target.updated_at = max(now, local.updated_at)
                    action = pulled[0] if pulled else self.deals.action(deal_id, "Changes from the team", SOURCE,
                                                                          local.version, ops)  # fmt: skip
                    writes.append(Write(local, target, ops, action, history=pulled[1:]))
                elif pulled:  # changes already here (e.g. the same value typed on two laptops)
                    extra.extend(pulled)
            written = self.deals.run(writes) if writes else Changes()
            if extra:
                from closeplan.store import repository

                repository.append_actions(session, extra)
            sync_state.put_replicas(session, replicas)
            sync_state.drop_replicas(session, gone)
            sync_state.put_conflicts(session, [_conflict(row) for row in conflicts])
            state = sync_state.load_state(session)
            assert state is not None
            sync_state.save_state(session, SyncState(state.server, state.login, top, state.uploaded, now))
        self.deals.forget_cached()  # the rights may have changed with the pull
        report.pulled = len(written.added) + len(written.updated) + len(written.removed)
        report.changes = written

    def _mended(self, target: Deal, can_edit: bool, report: SyncReport) -> tuple[Deal | None, Action | None]:
        """The pulled deal, mended when the team's changes, merged field by field, left it in a
        state no laptop's validation takes (domain/mending.py), with the mending as an action
        of its own: sent to the server like an edit (it is queued in the outbox), so that the
        server and every laptop come to the same plan. (None, None) when it is beyond mending:
        the laptop keeps its deal as it is, says so in the report and the log, and reads the
        deal whole again at the next pull (a later change may make it whole again)."""
        if not validate_deal(target):
            return target, None
        mended = mend(target)
        if not mended.valid:
            report.held += 1
            log.warning(
                "a deal from the team server is kept as it is here: its merged state has %d problem(s) "
                "that cannot be mended (%s)",
                len(mended.left),
                ", ".join(sorted({e.field.split("[")[0] for e in mended.left})),
            )
            return None, None
        report.mended += 1
        log.info("mended a deal from the team server: %s", "; ".join(mended.done))
        ops = diff(target, mended.deal)
        # a deal this user may not change is mended here only: the server would refuse the mending
        source = MENDING if can_edit else SOURCE
        action = self.deals.action(target.id, "Mend the plan after the team's changes", source, target.version, ops)
        return mended.deal, action

    def _target(self, deal_id, local: Deal | None, rows, pending, created_at, places=None) -> Deal:
        """The deal as the server holds it, with what this laptop still has to send kept as it is
        here. ``places``: the position of every item the server holds of the deal."""
        items: dict[tuple[str, str], dict[str, Any]] = {}
        if local is not None:
            for item in deal_items(local):
                items[(item["entity"], str(item["entity_id"]))] = item
        for _deal, entity, entity_id, position, fields, removed_at, _rev in rows:
            key = (entity, str(entity_id))
            if removed_at is not None:
                items.pop(key, None)
                continue
            mine = items.get(key)
            values = dict(fields)
            if mine is not None:
                for name in mine["fields"]:
                    if (deal_id, entity, _item_id(entity, entity_id), name) in pending:
                        values[name] = mine["fields"][name]
            items[key] = {"entity": entity, "entity_id": entity_id, "position": position, "fields": values}
        if places:
            _in_server_order(items, places)
        target = deal_from_items(deal_id, items.values(), _utc(created_at))
        if local is not None:
            target.version, target.created_at, target.updated_at = local.version, local.created_at, local.updated_at
            target.account_profile = local.account_profile
        return target

    def _touch(self, server) -> None:
        try:
            with server.cursor() as cur:
                cur.execute("SELECT closeplan.touch_sync()")
            server.commit()
        except Exception as exc:
            _rollback(server)
            log.warning("the server did not note this sync: %s", type(exc).__name__)

    # --- conflicts ----------------------------------------------------------------------------

    def resolve(self, conflict_id: uuid.UUID, keep: str) -> Changes:
        return resolve_conflict(self.deals, conflict_id, keep)


def resolve_conflict(deals: DealService, conflict_id: uuid.UUID, keep: str) -> Changes:
    """Decide a conflict: ``theirs`` keeps the server's value (already here); ``mine`` sets the
    field back to this laptop's value. Either way the decision is an operation of the deal's
    history, and syncs like one."""
    if keep not in ("mine", "theirs"):
        raise ValueError("keep must be mine or theirs")
    with deals.transaction() as session:
        open_ones = sync_state.load_conflicts(session)
        conflict = next((c for c in open_ones if c.id == conflict_id), None)
        if conflict is None:
            raise LookupError(f"no open conflict {conflict_id}")
        group = _decided_together(conflict, open_ones)
        before = deals.get_deal(conflict.deal_id)
        after = clone(before)
        ops: list[Op] = [Op(SET, CONFLICT, c.id, "resolution", None, keep) for c in group]
        if keep == "mine":
            values = _keep_mine_of(deals, before, group)
            apply(after, values)
            ops.extend(values)
        after.version = before.version + 1
        action = deals.action(before.id, f"Decide a conflict: keep {keep}", "resolve", before.version, ops)
        for c in group:
            sync_state.resolve_conflict(session, c.id, keep, deals.clock())
        return deals.run([Write(before, after, ops, action)])


def _decided_together(conflict: StoredConflict, open_ones: Sequence[StoredConflict]) -> list[StoredConflict]:
    """The conflicts decided with ``conflict`` (``conflict`` first), so that no decision keeps
    half of something and makes a state neither side had:
    - the fields one action set on one item, refused together by the server (reason
      ``together``: a step's status and its completed date);
    - every conflict on the same field of the same item (a field edited twice offline is a
      conflict for each edit: mine is the newest);
    - every conflict on an item removed on one side and edited on the other (reasons ``gone``,
      ``edited``): the item is kept with all my edits, or stays removed."""

    def item(c: StoredConflict) -> tuple:
        return (c.deal_id, c.entity, c.entity_id)

    group = {conflict.id: conflict}
    changed = True
    while changed:
        changed = False
        for c in open_ones:
            if c.id in group:
                continue
            for g in list(group.values()):
                same_action = item(c) == item(g) and (c.mine_author, c.mine_at) == (g.mine_author, g.mine_at)
                if (
                    (same_action and "together" in (c.reason, g.reason))
                    or (item(c) == item(g) and c.field == g.field)
                    or (item(c) == item(g) and {c.reason, g.reason} & {"gone", "edited"})
                ):
                    group[c.id] = c
                    changed = True
                    break
    return list(group.values())


def _newest_per_field(group: Sequence[StoredConflict]) -> list[StoredConflict]:
    """Of conflicts on one field, the one with my newest value (the others are older drafts)."""
    newest: dict[tuple, StoredConflict] = {}
    never = datetime.min.replace(tzinfo=UTC)
    for c in group:
        key = (c.entity, c.entity_id, c.field)
        kept = newest.get(key)
        if kept is None or (_utc(c.mine_at) or never) >= (_utc(kept.mine_at) or never):
            newest[key] = c
    return list(newest.values())


def _keep_mine_of(deals: DealService, deal: Deal, group: Sequence[StoredConflict]) -> list[Op]:
    """The operations that make this laptop's side of a group of conflicts (see _decided_together)
    the deal's state again, each item and field once: an item removed on the server and edited
    here comes back once, with all my edits."""
    chosen = _newest_per_field(group)
    gone = [c for c in chosen if c.reason == "gone" and c.entity in COLLECTIONS]
    ops: list[Op] = []
    back: set[tuple] = set()
    for c in gone:
        item_id = _item_id(c.entity, c.entity_id)
        if item_id is None or (c.entity, item_id) in back or _item(deal, c.entity, item_id) is not None:
            continue
        removed = _last_removed(deals, deal.id, c.entity, item_id)
        if removed is None:
            continue
        for mine in chosen:  # every edit of mine to that item
            if (mine.entity, _item_id(mine.entity, mine.entity_id)) == (c.entity, item_id) and mine.field:
                setattr(removed, mine.field, decode(mine.mine))
        back.add((c.entity, item_id))
        ops.append(Op(ADD, c.entity, item_id, new=removed))
    removing: set[tuple] = set()
    for c in chosen:
        item_id = _item_id(c.entity, c.entity_id)
        if (c.entity, item_id) in back:
            continue
        if c.reason == "edited" and (c.entity, item_id) in removing:
            continue
        more = _keep_mine(deals, deal, c)
        if c.reason == "edited":
            removing.add((c.entity, item_id))
        ops.extend(more)
    return ops


def _keep_mine(deals: DealService, deal: Deal, conflict: StoredConflict) -> list[Op]:
    """The operations that make this laptop's side of a conflict the deal's state again: a field
    set back to mine; an item removed on the server and changed here brought back (as it was when
    the server removed it, with my change); an item removed here and changed on the server
    removed again; an item both added differently given my fields."""
    from closeplan.domain.replica import item_fields, item_from_fields

    item_id = _item_id(conflict.entity, conflict.entity_id)
    present = _item(deal, conflict.entity, item_id)
    if conflict.entity in COLLECTIONS and item_id is not None:
        if conflict.reason == "gone" and present is None:  # edited here, removed there: back it comes
            removed = _last_removed(deals, deal.id, conflict.entity, item_id)
            if removed is None:
                return []
            if conflict.field:
                setattr(removed, conflict.field, decode(conflict.mine))
            return [Op(ADD, conflict.entity, item_id, new=removed)]
        if conflict.reason == "edited" and present is not None:  # removed here, edited there: away again
            return [Op(REMOVE, conflict.entity, item_id, old=present)]
        if not conflict.field and isinstance(conflict.mine, dict) and present is not None:  # both added
            mine = item_from_fields(conflict.entity, item_id, conflict.mine)
            now, wanted = item_fields(present), item_fields(mine)
            return [
                Op(SET, conflict.entity, item_id, name, getattr(present, name), getattr(mine, name))
                for name in wanted
                if now.get(name) != wanted[name]
            ]
    if not conflict.field:
        return []
    return [Op(SET, conflict.entity, item_id, conflict.field, _current(deal, conflict), decode(conflict.mine))]


def _item(deal: Deal, entity: str, item_id: uuid.UUID | None) -> Any:
    if entity not in COLLECTIONS or item_id is None:
        return None
    return next((i for i in items_of(deal, entity) if i.id == item_id), None)


def _last_removed(deals: DealService, deal_id: uuid.UUID, entity: str, item_id: uuid.UUID) -> Any:
    """The item as it was when it was last removed (the deal's history keeps it)."""
    for action in reversed(deals.history(deal_id)):
        for op in action.ops:
            if op.kind == REMOVE and op.entity == entity and op.entity_id == item_id and op.old is not None:
                return copy.deepcopy(op.old)
    return None


def open_conflicts(deals: DealService, deal_id: uuid.UUID | None = None) -> list[StoredConflict]:
    with deals.db.reading() as session:
        return sync_state.load_conflicts(session, deal_id=deal_id)


def _current(deal: Deal, conflict: StoredConflict) -> Any:
    from closeplan.domain.operations import SINGLETONS, _singleton, items_of

    if conflict.entity in SINGLETONS:
        target, name = _singleton(deal, conflict.entity, conflict.field)
        return getattr(target, name)
    for item in items_of(deal, conflict.entity):
        if item.id == conflict.entity_id:
            return getattr(item, conflict.field)
    return None


def _item_id(entity: str, entity_id: Any) -> uuid.UUID | None:
    from closeplan.domain.replica import SINGLETON_ENTITIES

    if entity in SINGLETON_ENTITIES or entity_id is None:
        return None
    return entity_id if isinstance(entity_id, uuid.UUID) else uuid.UUID(str(entity_id))


def _in_server_order(items: dict[tuple[str, str], dict[str, Any]], places: dict[tuple[str, str], int]) -> None:
    """Number each list's items in the server's order. The server keeps the places of the items
    left when one is removed (its list has gaps) while this laptop numbers its own 0, 1, 2 …, so
    a pulled item's place cannot be put among the local numbers: every item the server holds takes
    its place there (then its id, as ``closeplan._place`` orders them); an item only this laptop
    has (its add is on the way) stays right after the item it follows here. ``items`` is in this
    laptop's order, items new from the server after."""
    lists: dict[str, list[tuple[str, str]]] = {}
    for key in items:
        if key[0] not in SINGLETON_ENTITIES:
            lists.setdefault(key[0], []).append(key)
    for keys in lists.values():
        order = sorted((k for k in keys if k in places), key=lambda k: (places[k], k[1]))
        at = {k: i for i, k in enumerate(order)}
        if len(order) < len(keys):
            for n, key in enumerate(keys):
                if key in at:
                    continue
                before = next((k for k in reversed(keys[:n]) if k in at), None)
                order.insert(at[before] + 1 if before is not None else 0, key)
                at = {k: i for i, k in enumerate(order)}
        for position, key in enumerate(order):
            if items[key]["position"] != position:
                items[key] = {**items[key], "position": position}


_REWRITABLE_LOGS = ("close_change", "step_move")  # (issued revisions are kept in the order of their numbers)


def _logs_in_order(local: Deal, target: Deal, ops: list[Op]) -> list[Op]:
    """``diff`` takes a log for a bag of entries, and an entry it adds is stored after the others
    here. When that is not the server's order (another laptop's entry came first), the log is
    written again from its first entry out of place: removed from there and added in order."""
    from closeplan.domain.operations import ADD, LOGS

    out = list(ops)
    for entity in _REWRITABLE_LOGS:
        here, wanted = getattr(local, LOGS[entity]), getattr(target, LOGS[entity])
        mine = [op for op in out if op.entity == entity]
        result = list(here)
        for op in mine:
            if op.kind == ADD:
                result.append(op.new)
            elif op.old in result:
                result.remove(op.old)
        if result == wanted:
            continue
        same = 0
        while same < min(len(here), len(wanted)) and here[same] == wanted[same]:
            same += 1
        out = [op for op in out if op.entity != entity]
        out.extend(Op(REMOVE, entity, old=entry) for entry in reversed(here[same:]))
        out.extend(Op(ADD, entity, new=entry) for entry in wanted[same:])
    return out


def _history(deal_id: uuid.UUID, actions: dict[uuid.UUID, list[Any]], known: set[uuid.UUID]) -> list[Action]:
    """The team's actions on a deal, as this laptop's history keeps them (its own are there already)."""
    out = []
    for action_id, rows in actions.items():
        if action_id in known:
            continue
        first = rows[0]
        ops = tuple(
            ops_from_change(r[4], r[5], r[6], r[7], r[8], r[9], r[10]) for r in sorted(rows, key=lambda r: r[3])
        )
        out.append(Action(action_id, deal_id, first[13] or "Change", SOURCE, first[11], _utc(first[12]), 0, ops))
    return out


def _conflict(row) -> StoredConflict:
    (cid, deal_id, entity, entity_id, fld, base, mine, theirs, mine_author, mine_at, theirs_author, theirs_at,
     resolution, resolved_at, _rev, reason) = row  # fmt: skip
    return StoredConflict(
        cid, deal_id, entity, _item_id(entity, entity_id), fld or "", base, mine, theirs, mine_author or "",
        _utc(mine_at), theirs_author or "", _utc(theirs_at), resolution, _utc(resolved_at), reason or "changed",
    )  # fmt: skip


def _utc(value):
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector, paused. It walks every object alive each time enough new
    ones were made; a pull of 10,000 deals makes millions, none of them garbage until it is done,
    and the collector took a third of a first pull's time (more, the more deals). Reference
    counting still frees what the pull drops; the collector runs again as usual afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _rollback(server) -> None:
    try:
        server.rollback()
    except Exception:  # the connection is gone: nothing to roll back
        pass


def _failure(exc: BaseException, url: str, doing: str) -> ServerError:
    import psycopg

    if isinstance(exc, ServerError):
        return exc
    if isinstance(exc, psycopg.Error):
        return failure(exc, url, doing)
    return ServerUnreachable(
        f"the connection to the team server {where(url)} failed while {doing}", where(url), "broken"
    )


class _Closing:
    def __init__(self, connection):
        self.connection = connection

    def __enter__(self):
        return self.connection

    def __exit__(self, *exc) -> None:
        try:
            self.connection.close()
        except Exception:
            pass


__all__ = ["SyncService", "SyncReport", "SyncRefused", "resolve_conflict", "open_conflicts", "encode", "Sequence"]
