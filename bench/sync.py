"""Benchmark: laptops that sync with a team server (issue 20, "Figures"), against a throwaway
PostgreSQL cluster this script starts (tests/pg.py) and stops at the end.

Goals (issue 20): every edit issued is applied or in a conflict (0 lost, 0 duplicated) and every
replica is identical to the server after a final round of syncs; the first pull of 10,000 deals
(about 300,000 steps) onto an empty laptop under 20 s on the 2-core machine; an incremental sync
of 100 operations under 0.5 s. Baseline, measured in the same run: the same rows moved the plain
way, ``COPY (SELECT … FROM closeplan.item …) TO STDOUT`` into ``COPY … FROM STDIN`` of a fresh
table in another database.

    .venv/bin/python bench/sync.py [--deals N] [--laptops L] [--edits E] [--seed S] [--rounds R]

**Convergence.** ``--laptops`` laptops (one SQLite file and one DealService each) of AEs with two
laptops each (AE i's desk and train); every AE owns 8 deals of 15 steps and shares 2 of them for
editing with the next AE (``closeplan.services.team.share``), so up to four laptops of two users
edit a shared deal. The laptops sync once (the desks upload, the others pull), then each makes
``--edits`` offline edits through EditService: a random mix of step title, due date and status
changes and deal fields (name, amount, stage, target close, internal notes), 5 % step deletes.
20 % of each laptop's edits are on a field (or a step, for a delete) another laptop also edits
(a tenth of those pairs are a delete against an edit of the same step); the other edits are on
fields no other laptop touches. The laptops then reconnect in random order, each sync cut at
random until it succeeds: half of the attempts are cut, either by ``pg_terminate_backend`` of the
laptop's connection from an admin connection at a random moment of the sync, or by SyncService's
``stop_after="server-commit"`` (it raises after the server committed a push batch and before the
laptop dropped it from its outbox). With ``--rounds R`` the edits are made in R parts with such a
reconnection between them. Then a final round of syncs, without cuts.

How it is counted, from the server's tables read as its superuser (row-level security aside):

- *edits issued*: EditService edits that changed something (an edit refused by validation
  changes nothing and is not issued). Each has operations; those the laptop sends
  (``replica.push_element``) have the ids ``replica.op_id(action_id, seq)``.
- an operation is *applied* when ``closeplan.applied_op`` has it as ``applied`` (and exactly one
  ``closeplan.change`` row has its op_id) or ``same`` (the server held that value already: the
  replicas' comparison below is what tells whether a ``same`` hid an effect that got lost); it
  is *in a conflict* when ``applied_op`` has it as ``conflict`` and a ``closeplan.conflict`` row
  names its op_id; otherwise it is lost.
- an edit is *applied* when all its operations are, *in conflicts* when each of its operations is
  applied or in a conflict and at least one is in a conflict, else *lost*: lost = issued −
  applied − in conflicts, which must be 0.
- *duplicated*: operations applied more than once — op_ids with more than one ``change`` or
  ``conflict`` row, an (action, seq) logged under more than one op_id, and actions held twice in
  a laptop's history (an (action, seq) with more than one ``operation`` row). Must be 0. (The
  server's primary keys forbid the first two; they are counted all the same.)
- *replicas identical*: every laptop has exactly the live deals its user may read on the server
  (owned or shared), and for each of them ``replica.deal_items(deal)`` equals the server's live
  ``closeplan.item`` rows — the same items with the same ``fields``, and every list in the order
  the server's positions give (position, then id); every outbox is empty.

**First pull.** ``--deals`` synthetic deals of 30 steps (``demo.synthetic_deals``) are put on a
laptop and uploaded to an empty server by that laptop's first sync (printed: ``upload s``, which
includes pulling its own deals back); then the first sync of an empty laptop of the same user is
timed, from connecting to its local commit: ``first pull s`` (wall clock; ``first pull cpu s``
is the benchmark process's CPU time, less affected by other programs on the machine). The baseline moves the same live
item rows and their deal rows with COPY into fresh tables of another database of the same
cluster (``ratio`` = first pull / baseline). **Incremental:** that
laptop then changes the titles of 100 steps (100 operations, one edit each) and syncs:
``incremental sync s``; the uploading laptop's next sync, which pulls them, is ``incremental
pull s``.

Prints one figure per line (``name: value``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/pg.py
from _common import TODAY, environment  # noqa: E402

DEALS_PER_AE = 8
STEPS_PER_DEAL = 15
SHARED_PER_AE = 2  # deals each AE shares for editing with the next AE
CONTESTED = 0.20  # edits on a field another laptop also edits
DELETES = 0.05  # edits that delete a step
DELETE_PAIRS = 0.10  # contested pairs that are a delete against an edit
CUT_RATE = 0.5  # sync attempts that are cut
DEAL_FIELDS = ("name", "amount", "stage", "target_close", "internal_notes")
STEP_FIELDS = ("title", "due_date", "status")


# --- laptops ------------------------------------------------------------------------------


class Laptop:
    """One laptop: its own database file and DealService, its own clock (a second on per reading)."""

    def __init__(self, name: str, path: Path, login: str, url: str, today: date):
        from closeplan.services.deals import DealService
        from closeplan.services.editing import EditService

        self.name, self.login, self.url = name, login, url
        self.now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
        self.service = DealService.open(path, self.clock, lambda: today)
        self.service.author = login
        self.editing = EditService(self.service)

    def clock(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def sync(self, stop_after: str | None = None):
        from closeplan.services.sync import SyncService

        return SyncService(self.service, self.url, stop_after=stop_after).sync()

    def close(self) -> None:
        self.service.close()


@dataclass(frozen=True)
class Intent:
    """An edit to make: ``kind`` is a step field, a deal field or ``delete``."""

    deal_id: uuid.UUID
    kind: str
    step_id: uuid.UUID | None = None
    contested: bool = False


@dataclass
class Issued:
    laptop: str
    action_id: uuid.UUID
    op_ids: list[uuid.UUID]
    contested: bool


@dataclass
class Cuts:
    attempts: int = 0
    terminated: int = 0  # attempts that failed because their connection was terminated
    stopped: int = 0  # attempts stopped (raised) after the server committed a push batch
    failed_without_cut: list[str] = field(default_factory=list)


# --- the plan of edits -----------------------------------------------------------------------


def plan_edits(
    rng: random.Random,
    editable: dict[str, list[uuid.UUID]],
    steps: dict[uuid.UUID, list[uuid.UUID]],
    edits: int,
) -> dict[str, list[Intent]]:
    """Each laptop's edits, in random order: ``CONTESTED`` of them on a target another laptop also
    edits, the rest on targets of its own; ``DELETES`` of them step deletes."""
    claimed: dict[tuple, set[str]] = defaultdict(set)  # (deal, step or None, field) → laptops
    deleted: set[uuid.UUID] = set()
    plans: dict[str, list[Intent]] = {name: [] for name in editable}
    contested_left = {name: round(edits * CONTESTED) for name in editable}
    deletes_left = {name: round(edits * DELETES) for name in editable}

    def free_step(deal_id: uuid.UUID) -> uuid.UUID | None:
        candidates = [
            s
            for s in steps[deal_id]
            if s not in deleted and not any((deal_id, s, f) in claimed for f in (*STEP_FIELDS, "delete"))
        ]
        return rng.choice(candidates) if candidates else None

    def free_target(deal_id: uuid.UUID, me: str | None) -> tuple | None:
        for _ in range(50):
            if rng.random() < 0.25:
                target = (deal_id, None, rng.choice(DEAL_FIELDS))
            else:
                step = rng.choice(steps[deal_id])
                if step in deleted:
                    continue
                target = (deal_id, step, rng.choice(STEP_FIELDS))
            owners = claimed.get(target, set())
            if not owners or owners == {me}:
                return target
        return None

    names = list(editable)
    while any(contested_left.values()):
        a = max(names, key=lambda n: (contested_left[n], rng.random()))
        partners = [b for b in names if b != a and contested_left[b] and set(editable[a]) & set(editable[b])]
        if partners:
            b = rng.choice(partners)
            deal_id = rng.choice(sorted(set(editable[a]) & set(editable[b])))
            if rng.random() < DELETE_PAIRS and deletes_left[a] and (step := free_step(deal_id)) is not None:
                deleted.add(step)
                claimed[(deal_id, step, "delete")] |= {a, b}
                plans[a].append(Intent(deal_id, "delete", step, True))
                plans[b].append(Intent(deal_id, rng.choice(STEP_FIELDS), step, True))
                deletes_left[a] -= 1
            else:
                target = free_target(deal_id, None)
                if target is None:
                    continue
                claimed[target] |= {a, b}
                for who in (a, b):
                    plans[who].append(Intent(target[0], target[2], target[1], True))
            contested_left[a] -= 1
            contested_left[b] -= 1
        else:  # the last one: on a target two others edit already
            shared = [t for t, who in claimed.items() if t[0] in editable[a] and a not in who and t[2] != "delete"]
            shared = [t for t in shared if t[1] is None or t[1] not in deleted]
            target = rng.choice(shared)
            claimed[target].add(a)
            plans[a].append(Intent(target[0], target[2], target[1], True))
            contested_left[a] -= 1
    for name in names:
        while deletes_left[name]:
            deal_id = rng.choice(editable[name])
            step = free_step(deal_id)
            if step is None:
                continue
            deleted.add(step)
            claimed[(deal_id, step, "delete")].add(name)
            plans[name].append(Intent(deal_id, "delete", step))
            deletes_left[name] -= 1
        while len(plans[name]) < edits:
            target = free_target(rng.choice(editable[name]), name)
            if target is None:
                continue
            claimed[target].add(name)
            plans[name].append(Intent(target[0], target[2], target[1]))
        rng.shuffle(plans[name])
    return plans


def mutation(rng: random.Random, laptop: Laptop, intent: Intent, n: int, today: date):
    """The EditService mutation for an intent, with a value of this laptop (None: the step is gone here)."""
    from closeplan.domain import edits as E
    from closeplan.domain.model import Stage, StepStatus

    deal = laptop.service.deal_for_edit(intent.deal_id)
    if intent.step_id is not None:
        step = next((s for s in deal.steps if s.id == intent.step_id), None)
        if step is None:
            return None
        if intent.kind == "delete":
            return E.delete_step(step.id)
        if intent.kind == "title":
            return E.set_step(step.id, title=f"{step.title.split(' · ')[0]} · {laptop.name} #{n}")
        if intent.kind == "due_date":
            return E.set_step(step.id, due_date=step.due_date + timedelta(days=rng.choice((-5, -2, -1, 1, 2, 3, 7))))
        status = rng.choice([s for s in StepStatus if s is not step.status])
        if status is StepStatus.DONE:
            return E.set_step(step.id, status=status, completed_date=today - timedelta(days=rng.randint(0, 9)))
        return E.set_step(step.id, status=status)
    if intent.kind == "name":
        return E.set_deal(laptop.clock(), name=f"{deal.name.split(' · ')[0]} · {laptop.name} #{n}")
    if intent.kind == "amount":
        return E.set_deal(laptop.clock(), amount=Decimal(rng.randrange(10, 9000) * 1000))
    if intent.kind == "stage":
        return E.set_deal(laptop.clock(), stage=rng.choice([s for s in Stage if s is not deal.stage]))
    if intent.kind == "target_close":
        return E.set_deal(laptop.clock(), target_close=deal.target_close + timedelta(days=rng.choice((-7, 3, 14, 30))))
    return E.set_deal(laptop.clock(), internal_notes=f"{laptop.name} #{n}: call back after the board")


def make_edits(rng: random.Random, laptop: Laptop, intents: list[Intent], today: date) -> tuple[list[Issued], int]:
    from closeplan.domain.replica import op_id
    from closeplan.domain.validation import ValidationError

    issued, skipped = [], 0
    for n, intent in enumerate(intents):
        change = mutation(rng, laptop, intent, n, today)
        if change is None:
            skipped += 1
            continue
        try:
            edit = laptop.editing.edit(intent.deal_id, f"Bench {intent.kind}", change)
        except ValidationError:
            skipped += 1
            continue
        if not edit.ops:
            skipped += 1
            continue
        assert edit.action_id is not None
        ops = [op_id(edit.action_id, seq) for seq, op in enumerate(edit.ops) if op.entity != "account_calendar"]
        issued.append(Issued(laptop.name, edit.action_id, ops, intent.contested))
    return issued, skipped


# --- syncs with cuts -------------------------------------------------------------------------


def sync_with_cuts(rng: random.Random, laptop: Laptop, admin_url: str, cuts: Cuts, typical: list[float]) -> None:
    """Sync ``laptop`` until a sync succeeds; ``CUT_RATE`` of the attempts are cut."""
    import psycopg

    from closeplan.store.server.connection import ServerError

    while True:
        cuts.attempts += 1
        cut = rng.choice(("terminate", "server-commit")) if rng.random() < CUT_RATE else None
        done = threading.Event()
        killed: list[int] = []
        killer = None
        if cut == "terminate":
            delay = rng.uniform(0, 1.2 * (sorted(typical)[len(typical) // 2] if typical else 0.3))

            def kill(delay: float = delay, done: threading.Event = done, killed: list[int] = killed) -> None:
                with psycopg.connect(admin_url, autocommit=True) as admin:
                    if done.wait(delay):
                        return
                    rows = admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE usename = %s AND application_name = 'closeplan'",
                        [laptop.login],
                    ).fetchall()
                    killed.extend(1 for r in rows if r[0])

            killer = threading.Thread(target=kill)
            killer.start()
        started = time.perf_counter()
        try:
            laptop.sync(stop_after="server-commit" if cut == "server-commit" else None)
            ok = True
        except ServerError as exc:
            ok = False
            reason = str(exc)
        finally:
            done.set()
            if killer is not None:
                killer.join()
        if not ok:
            if cut == "server-commit":
                cuts.stopped += 1
            elif killed:
                cuts.terminated += 1
            else:  # not one of ours: a failure of its own
                cuts.failed_without_cut.append(f"{laptop.name}: {reason}")
                if len(cuts.failed_without_cut) >= 3:
                    raise RuntimeError(f"syncs fail without a cut: {cuts.failed_without_cut}")
            continue
        typical.append(time.perf_counter() - started)
        return


# --- counting on the server --------------------------------------------------------------------


def count(admin_url: str, issued: list[Issued], laptops: list[Laptop]) -> dict[str, Any]:
    import psycopg

    from closeplan.domain.replica import deal_items

    with psycopg.connect(admin_url) as admin:
        results = dict(admin.execute("SELECT op_id, result FROM closeplan.applied_op").fetchall())
        changes = Counter(dict(admin.execute("SELECT op_id, count(*) FROM closeplan.change GROUP BY op_id").fetchall()))
        conflict_rows = Counter(
            dict(admin.execute("SELECT op_id, count(*) FROM closeplan.conflict GROUP BY op_id").fetchall())
        )
        relogged = admin.execute(
            "SELECT count(*) FROM (SELECT action_id, seq FROM closeplan.change WHERE action_id IS NOT NULL "
            "GROUP BY action_id, seq HAVING count(DISTINCT op_id) > 1) x"
        ).fetchone()[0]
        open_conflicts = admin.execute("SELECT count(*) FROM closeplan.conflict WHERE resolved_at IS NULL").fetchone()[
            0
        ]
        live = {
            r[0]: r[1]
            for r in admin.execute("SELECT id, owner FROM closeplan.deal WHERE removed_at IS NULL").fetchall()
        }
        shares: dict[str, set[uuid.UUID]] = defaultdict(set)
        for deal_id, grantee in admin.execute("SELECT deal_id, grantee FROM closeplan.deal_share").fetchall():
            shares[grantee].add(deal_id)
        server_items: dict[uuid.UUID, list[tuple]] = defaultdict(list)
        for row in admin.execute(
            "SELECT deal_id, entity, entity_id, position, fields FROM closeplan.item WHERE removed_at IS NULL"
        ):
            server_items[row[0]].append(row[1:])

    applied = in_conflicts = lost = 0
    ops_lost = ops = 0
    duplicated = relogged
    for edit in issued:
        states = []
        for op in edit.op_ids:
            ops += 1
            result = results.get(op)
            duplicated += int(changes[op] > 1) + int(conflict_rows[op] > 1)
            if result == "same" or (result == "applied" and changes[op] == 1):
                states.append("applied")
            elif result == "conflict" and conflict_rows[op] >= 1:
                states.append("conflict")
            else:
                states.append("lost")
                ops_lost += 1
        if "lost" in states:
            lost += 1
        elif "conflict" in states:
            in_conflicts += 1
        else:
            applied += 1

    def canonical(entries) -> tuple[dict, dict]:
        fields, order = {}, defaultdict(list)
        for entity, entity_id, position, values in entries:
            fields[(entity, str(entity_id))] = json.dumps(values, sort_keys=True, ensure_ascii=False)
            order[entity].append((position, str(entity_id)))
        return fields, {e: [i for _p, i in sorted(v)] for e, v in order.items()}

    server = {deal_id: canonical(rows) for deal_id, rows in server_items.items()}
    differences: list[str] = []
    outboxes = 0
    for laptop in laptops:
        from closeplan.store import sync_state

        with laptop.service.db.reading() as session:
            outboxes += sync_state.outbox_size(session)
            history = session.execute(
                _text("SELECT count(*) FROM (SELECT 1 FROM operation GROUP BY action_id, seq HAVING count(*) > 1)")
            ).scalar()
        duplicated += int(history or 0)
        visible = {d for d, owner in live.items() if owner == laptop.login} | (shares[laptop.login] & set(live))
        ids = set(laptop.service.all_ids())
        if ids != visible:
            differences.append(f"{laptop.name}: {len(ids ^ visible)} deals more or fewer than the server's")
        for deal_id in sorted(ids & visible):
            items = deal_items(laptop.service.get_deal(deal_id))
            mine = canonical(
                [(i["entity"], i["entity_id"], n, i["fields"]) for n, i in enumerate(items)]
            )  # the list order as the laptop holds it
            theirs = server[deal_id]
            if mine[0] != theirs[0]:
                keys = {k for k in mine[0].keys() | theirs[0].keys() if mine[0].get(k) != theirs[0].get(k)}
                differences.append(
                    f"{laptop.name}: deal {deal_id} differs in {len(keys)} items, e.g. {sorted(keys)[0]}"
                )
            elif mine[1] != theirs[1]:
                lists = sorted(e for e in mine[1].keys() | theirs[1].keys() if mine[1].get(e) != theirs[1].get(e))
                differences.append(f"{laptop.name}: deal {deal_id}: the order of {', '.join(lists)} differs")
    return {
        "issued": len(issued),
        "applied": applied,
        "in_conflicts": in_conflicts,
        "lost": lost,
        "ops": ops,
        "ops_lost": ops_lost,
        "duplicated": duplicated,
        "open_conflicts": open_conflicts,
        "outboxes": outboxes,
        "differences": differences,
    }


def _text(sql: str):
    from sqlalchemy import text

    return text(sql)


# --- the parts -----------------------------------------------------------------------------------


def add_login(admin_url: str, login: str, team: str, role: str = "ae") -> str:
    from closeplan.services import team as team_service

    password = uuid.uuid4().hex
    team_service.add_user(admin_url, login, team=team, role=role, password=password)
    return password


def convergence(cluster, folder: Path, args, today: date) -> None:
    from closeplan.services import team as team_service
    from closeplan.services.demo import synthetic_deals

    rng = random.Random(args.seed)
    dbname = cluster.new_database("bench_converge")
    admin_url = cluster.url(dbname=dbname)
    team_service.init(admin_url)
    tag = uuid.uuid4().hex[:6]
    n_aes = (args.laptops + 1) // 2
    logins = [f"ae{i}_{tag}" for i in range(n_aes)]
    passwords = {login: add_login(admin_url, login, f"bench-{tag}") for login in logins}
    laptops: list[Laptop] = []
    for i in range(args.laptops):
        login = logins[i // 2]
        name = f"{'desk' if i % 2 == 0 else 'train'}{i // 2}"
        url = cluster.url(login, passwords[login], dbname)
        laptops.append(Laptop(name, folder / f"{name}.sqlite3", login, url, today))

    owned: dict[str, list[uuid.UUID]] = {}
    steps: dict[uuid.UUID, list[uuid.UUID]] = {}
    for a, login in enumerate(logins):
        desk = laptops[2 * a]
        deals = synthetic_deals(DEALS_PER_AE, today, seed=args.seed * 100 + a, steps=STEPS_PER_DEAL)
        desk.service.add_deals(deals)
        desk.sync()
        owned[login] = [d.id for d in deals]
        steps.update({d.id: [s.id for s in d.steps] for d in deals})
    editable = {login: list(ids) for login, ids in owned.items()}
    if n_aes > 1:
        for a, login in enumerate(logins):
            grantee = logins[(a + 1) % n_aes]
            for deal_id in owned[login][:SHARED_PER_AE]:
                team_service.share(cluster.url(login, passwords[login], dbname), str(deal_id), grantee, can_edit=True)
                editable[grantee].append(deal_id)
    for laptop in laptops:
        laptop.sync()

    plans = plan_edits(rng, {lt.name: editable[lt.login] for lt in laptops}, steps, args.edits)
    by_name = {lt.name: lt for lt in laptops}
    issued: list[Issued] = []
    skipped = 0
    cuts = Cuts()
    typical: list[float] = []
    started = time.perf_counter()
    for part in range(args.rounds):
        for name, intents in plans.items():
            share = intents[part * len(intents) // args.rounds : (part + 1) * len(intents) // args.rounds]
            made, passed = make_edits(rng, by_name[name], share, today)
            issued.extend(made)
            skipped += passed
        for laptop in rng.sample(laptops, len(laptops)):
            sync_with_cuts(rng, laptop, admin_url, cuts, typical)
    for laptop in laptops:  # the final round
        laptop.sync()
    elapsed = time.perf_counter() - started
    figures = count(admin_url, issued, laptops)
    for laptop in laptops:
        laptop.close()

    contested = sum(1 for e in issued if e.contested)
    print(f"laptops: {len(laptops)} ({n_aes} AEs, {DEALS_PER_AE} deals of {STEPS_PER_DEAL} steps each)")
    print(f"edits issued: {figures['issued']}")
    print(f"edits on a contested field: {contested}")
    print(f"edits not made (refused by validation or the step gone): {skipped}")
    print(f"applied: {figures['applied']}")
    print(f"in conflicts: {figures['in_conflicts']}")
    print(f"lost: {figures['issued'] - figures['applied'] - figures['in_conflicts']}")
    print(f"operations issued: {figures['ops']}")
    print(f"operations lost: {figures['ops_lost']}")
    print(f"duplicated: {figures['duplicated']}")
    print(f"open conflicts on the server: {figures['open_conflicts']}")
    print(f"sync attempts: {cuts.attempts}")
    print(f"syncs failed by pg_terminate_backend, retried: {cuts.terminated}")
    print(f"syncs stopped after the server's commit, retried: {cuts.stopped}")
    if cuts.failed_without_cut:
        print(f"failed without a cut: {len(cuts.failed_without_cut)} ({cuts.failed_without_cut[0]})")
    print(f"outboxes empty: {'yes' if figures['outboxes'] == 0 else 'no'}")
    identical = not figures["differences"] and figures["outboxes"] == 0
    print(f"replicas identical: {'yes' if identical else 'no'}")
    for line in figures["differences"][:10]:
        print(f"  difference: {line}")
    print(f"convergence s: {elapsed:.1f}")


def first_pull(cluster, folder: Path, args, today: date) -> None:
    import psycopg

    from closeplan.domain import edits as E
    from closeplan.services import team as team_service
    from closeplan.services.demo import synthetic_deals

    dbname = cluster.new_database("bench_pull")
    admin_url = cluster.url(dbname=dbname)
    team_service.init(admin_url)
    login = f"big_{uuid.uuid4().hex[:6]}"
    password = add_login(admin_url, login, f"big-{login}")
    url = cluster.url(login, password, dbname)

    source = Laptop("source", folder / "source.sqlite3", login, url, today)
    started = time.perf_counter()
    source.service.add_deals(synthetic_deals(args.deals, today, seed=args.seed, steps=30), validate=False)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    source.sync()
    uploaded = time.perf_counter() - started
    print(f"server filled by: the first sync of a laptop holding the deals ({loaded:.1f} s to make them there)")
    print(f"upload s: {uploaded:.1f}")

    empty = Laptop("empty", folder / "empty.sqlite3", login, url, today)
    started, cpu = time.perf_counter(), time.process_time()
    report = empty.sync()
    pulled, cpu = time.perf_counter() - started, time.process_time() - cpu
    steps = sum(row.step_count for row in empty.service.list_deals())
    print(f"first pull s: {pulled:.1f}")
    print(f"first pull cpu s: {cpu:.1f} (this process; the machine's other load is the difference)")
    print(f"first pull deals: {report.pulled}")
    print(f"first pull steps: {steps}")

    rng = random.Random(args.seed)
    ids = rng.sample(empty.service.all_ids(), 20)
    for n in range(100):
        deal = empty.service.deal_for_edit(ids[n % len(ids)])
        step = deal.steps[n // len(ids)]
        empty.editing.edit(deal.id, "Rename step", E.set_step(step.id, title=f"{step.title} (rev {n})"))
    started = time.perf_counter()
    report = empty.sync()
    incremental = time.perf_counter() - started
    print(f"incremental sync s: {incremental:.2f} (pushed {report.pushed})")
    started = time.perf_counter()
    report = source.sync()
    print(f"incremental pull s: {time.perf_counter() - started:.2f} (pulled {report.pulled} deals)")
    source.close()
    empty.close()

    # baseline: the same rows, the plain way
    copy_db = cluster.new_database("bench_copy")
    columns = "deal_id, entity, entity_id, position, fields, meta, removed_at, rev"
    started = time.perf_counter()
    with psycopg.connect(admin_url) as src, psycopg.connect(cluster.url(dbname=copy_db)) as dst:
        dst.execute(
            "CREATE TABLE deal (id uuid PRIMARY KEY, team text, owner text, created_at timestamptz, "
            "removed_at timestamptz, removed_by text, rev bigint)"
        )
        dst.execute(
            "CREATE TABLE item (deal_id uuid, entity text, entity_id uuid, position integer, fields jsonb, "
            "meta jsonb, removed_at timestamptz, rev bigint, PRIMARY KEY (deal_id, entity, entity_id))"
        )
        for table, query in (
            ("deal", "SELECT * FROM closeplan.deal WHERE removed_at IS NULL"),
            ("item", f"SELECT {columns} FROM closeplan.item WHERE removed_at IS NULL"),
        ):
            with (
                src.cursor().copy(f"COPY ({query}) TO STDOUT") as out,
                dst.cursor().copy(f"COPY {table} FROM STDIN") as into,
            ):
                for chunk in out:
                    into.write(chunk)
        dst.commit()
        rows = dst.execute("SELECT count(*) FROM item").fetchone()[0]
    baseline = time.perf_counter() - started
    print(f"baseline s: {baseline:.1f} (COPY of {rows} item rows and their deals into another database)")
    print(f"ratio: {pulled / baseline:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=10_000, help="deals on the server for the first pull")
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--edits", type=int, default=200, help="offline edits per laptop")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=1, help="parts of the edits, with a reconnection after each")
    parser.add_argument("--skip", choices=("convergence", "pull"), help="leave one part out")
    args = parser.parse_args()
    if args.laptops < 2:
        parser.error("--laptops needs at least 2")

    logging.getLogger("closeplan").setLevel(logging.ERROR)  # a cut sync's warnings are expected here
    home = Path(tempfile.mkdtemp(prefix="closeplan-bench-sync-"))
    os.environ.update(environment(home))
    from tests.pg import start_cluster

    today = date.fromisoformat(TODAY)
    cluster = start_cluster()
    try:
        if args.skip != "convergence":
            convergence(cluster, home, args, today)
        if args.skip != "pull":
            first_pull(cluster, home, args, today)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
