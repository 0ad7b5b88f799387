"""Laptops that sync through a real, throwaway PostgreSQL team server (tests/pg.py).

Each laptop is its own SQLite file and DealService; edits go through the same services the
editor and `closeplan edit` use; `closeplan sync` runs the real SyncService against the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from closeplan.domain.edits import delete_step
from closeplan.domain.replica import deal_items
from closeplan.services import team as team_service
from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.services.editing import EditService
from closeplan.services.sync import SyncService, open_conflicts, resolve_conflict
from tests.pg import Cluster

TODAY = date(2026, 11, 23)


@dataclass
class Team:
    cluster: Cluster
    dbname: str
    names: dict[str, str]
    passwords: dict[str, str] = field(default_factory=dict)

    def url(self, who: str) -> str:
        return self.cluster.url(self.names[who], self.passwords[who], self.dbname)


@pytest.fixture
def team(pg_cluster: Cluster) -> Team:
    dbname = pg_cluster.new_database("sync")
    admin = pg_cluster.url(dbname=dbname)
    team_service.init(admin)
    suffix = uuid.uuid4().hex[:6]
    people = {"alice": ("east", "ae"), "bob": ("east", "ae"), "mia": ("east", "manager"), "zed": ("west", "ae")}
    names = {who: f"{who}_{suffix}" for who in people}
    result = Team(pg_cluster, dbname, names)
    for who, (team_name, role) in people.items():
        password = f"secret-{who}-{suffix}"
        team_service.add_user(admin, names[who], team=f"{team_name}_{suffix}", role=role, password=password)
        result.passwords[who] = password
    return result


class Laptop:
    """One laptop: its own database file, its own clock (a minute on per edit)."""

    def __init__(self, path: Path, url: str, author: str):
        self.path, self.url = path, url
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self.service = DealService.open(path, self.clock, lambda: TODAY)
        self.service.author = author
        self.editing = EditService(self.service)

    def clock(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def sync(self):
        return SyncService(self.service, self.url).sync()

    def edit(self, name: str, label: str, mutation):
        return self.editing.edit(self.service.resolve(name), label, mutation)

    def deal(self, name: str):
        return self.service.get_deal(self.service.resolve(name))

    def state(self) -> dict:
        """Every deal as the server would hold it (bookkeeping aside)."""
        return {
            deal_id: sorted(
                (i["entity"], str(i["entity_id"]), i["position"], repr(i["fields"]))
                for i in deal_items(self.service.get_deal(deal_id))
            )
            for deal_id in self.service.all_ids()
        }

    def close(self) -> None:
        self.service.close()


@pytest.fixture
def laptops(team, tmp_path):
    made: list[Laptop] = []

    def make(who: str, name: str = "") -> Laptop:
        laptop = Laptop(tmp_path / f"{name or who}.sqlite3", team.url(who), team.names[who])
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def _rename_step(title: str, index: int = 0):
    def mutation(deal):
        deal.steps[index].title = title

    return mutation


def test_the_first_sync_uploads_the_deals_and_a_second_laptop_gets_them(laptops):
    first = laptops("alice", "alice-desk")
    install_demo(first.service, TODAY)
    report = first.sync()
    assert report.pushed == first.service.count() and report.conflicts == 0
    second = laptops("alice", "alice-train")
    report = second.sync()
    assert report.pulled == first.service.count()
    assert second.state() == first.state()
    assert first.sync().line() == "pushed 0, pulled 0, conflicts 0"  # nothing new either way


def test_the_same_field_changed_on_two_laptops_is_one_conflict_with_both_values(laptops):
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    install_demo(desk.service, TODAY)
    desk.sync()
    train.sync()
    deal = desk.service.list_deals()[0].name
    desk.edit(deal, "Rename step", _rename_step("Signed off at the desk"))
    train.edit(deal, "Rename step", _rename_step("Signed off on the train"))
    assert desk.sync().conflicts == 0
    report = train.sync()
    assert report.conflicts == 1
    [conflict] = open_conflicts(train.service)
    assert conflict.field == "title"
    assert conflict.mine == "Signed off on the train" and conflict.theirs == "Signed off at the desk"
    assert conflict.mine_author == conflict.theirs_author  # one AE, two laptops
    assert train.deal(deal).steps[0].title == "Signed off at the desk"  # the server's value stays
    desk.sync()
    assert desk.state() == train.state()


def test_different_fields_changed_on_two_laptops_are_merged_without_a_conflict(laptops):
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    install_demo(desk.service, TODAY)
    desk.sync()
    train.sync()
    deal = desk.service.list_deals()[0].name
    desk.edit(deal, "Rename step", _rename_step("Legal review, both sides"))

    def later(d):
        d.steps[1].due_date = d.steps[1].due_date + timedelta(days=7)

    train.edit(deal, "Move step", later)
    desk.sync()
    assert train.sync().conflicts == 0
    desk.sync()
    assert desk.state() == train.state()
    assert train.deal(deal).steps[0].title == "Legal review, both sides"


def test_a_delete_against_an_edit_is_a_conflict_not_a_silent_win(laptops):
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    install_demo(desk.service, TODAY)
    desk.sync()
    train.sync()
    deal = desk.service.list_deals()[0].name
    step = desk.deal(deal).steps[2]

    desk.edit(deal, "Delete step", delete_step(step.id))
    train.edit(deal, "Rename step", _rename_step("Edited while it was deleted elsewhere", 2))
    desk.sync()
    assert train.sync().conflicts == 1
    [conflict] = open_conflicts(train.service)
    assert conflict.entity == "step" and conflict.entity_id == step.id


def test_keeping_mine_sends_the_decision_and_the_value(laptops):
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    install_demo(desk.service, TODAY)
    desk.sync()
    train.sync()
    deal = desk.service.list_deals()[0].name
    desk.edit(deal, "Rename step", _rename_step("Desk"))
    train.edit(deal, "Rename step", _rename_step("Train"))
    desk.sync()
    train.sync()
    [conflict] = open_conflicts(train.service)
    resolve_conflict(train.service, conflict.id, "mine")
    assert train.deal(deal).steps[0].title == "Train"
    assert train.sync().conflicts == 0
    desk.sync()
    assert desk.deal(deal).steps[0].title == "Train"
    assert desk.state() == train.state()
    assert open_conflicts(desk.service) == []


def test_the_command_line_syncs_and_says_when_the_server_cannot_be_reached(team, tmp_path):
    db = tmp_path / "cli.sqlite3"
    env = {**os.environ, "CLOSEPLAN_AUTHOR": "alice"}
    run = [sys.executable, "-m", "closeplan"]
    assert subprocess.run([*run, "demo", "--db", str(db), "--today", TODAY.isoformat()], env=env).returncode == 0
    done = subprocess.run([*run, "sync", "--db", str(db), "--server", team.url("alice")],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("pushed ") and ", pulled 0, conflicts 0" in done.stdout
    assert team.passwords["alice"] not in done.stdout + done.stderr
    again = subprocess.run([*run, "sync", "--db", str(db)], capture_output=True, text=True,
                           env={**env, "PGPASSWORD": team.passwords["alice"]})  # fmt: skip
    assert again.returncode == 0, again.stderr  # the server is remembered, without its password
    assert team.passwords["alice"].encode() not in db.read_bytes()
    gone = subprocess.run([*run, "sync", "--db", str(db), "--server", "postgresql://alice@127.0.0.1:1/none"],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert gone.returncode == 1
    assert gone.stderr.count("\n") == 1 and "cannot connect to the team server" in gone.stderr
    bad = subprocess.run([*run, "sync", "--db", str(db), "--server", "alice@server"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--server" in bad.stderr


def test_the_manager_gets_every_team_deal_read_only_and_nobody_sees_another_team(laptops):
    from closeplan.services.deals import ReadOnlyDeal
    from closeplan.services.demo import synthetic_deals

    alice = laptops("alice")
    install_demo(alice.service, TODAY)
    alice.sync()
    zed = laptops("zed")
    zed.service.add_deals(synthetic_deals(2, TODAY, seed=5, steps=3))
    zed.sync()
    mia = laptops("mia")
    mia.sync()
    assert set(mia.service.all_ids()) == set(alice.service.all_ids())  # the team's, not west's
    first = mia.service.history(alice.service.all_ids()[0])
    assert first and {a.author for a in first} == {alice.service.author}  # the history came along
    name = alice.service.list_deals()[0].name
    with pytest.raises(ReadOnlyDeal):
        mia.edit(name, "Rename step", _rename_step("A manager's idea"))
    assert mia.deal(name).steps[0].title == alice.deal(name).steps[0].title
    bob = laptops("bob")
    bob.sync()
    assert bob.service.count() == 0  # another AE's deals are not shared with bob
    alice.edit(name, "Rename step", _rename_step("Board pack sent"))
    alice.sync()
    mia.sync()
    assert mia.deal(name).steps[0].title == "Board pack sent"
    history = mia.service.history(mia.service.resolve(name))
    assert history[-1].author == alice.service.author and history[-1].source == "sync"
    from closeplan.services.reviewing import review, review_json

    rows = review_json(review(mia.service, TODAY))["deals"]
    assert rows and all(row["owner_synced_at"] for row in rows)  # how fresh each deal is


def test_a_postgresql_url_as_the_database_is_refused_pointing_to_sync(capsys):
    from closeplan.cli import main

    assert main(["list", "--db", "postgresql://alice@127.0.0.1:5432/team"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "closeplan sync --db FILE --server URL" in err


def _queued_op_ids(laptop: Laptop) -> list[str]:
    from closeplan.domain.replica import op_id
    from closeplan.store import sync_state

    with laptop.service.db.reading() as session:
        actions = sync_state.outbox_actions(session, 1000)
    return [str(op_id(a.id, seq)) for a in actions for seq in range(len(a.ops))]


def _server_count(team: Team, sql: str, ids: list[str]) -> int:
    import psycopg

    with psycopg.connect(team.cluster.url(dbname=team.dbname)) as admin:
        return admin.execute(sql, (ids,)).fetchone()[0]


def test_a_laptop_killed_after_the_server_committed_loses_and_duplicates_nothing(team, laptops):
    """The laptop process is killed (SIGKILL) between the server's commit of a push and the
    laptop's own acknowledgement: its outbox still holds the actions; the retry is answered
    'duplicate' and nothing is applied twice or lost."""
    import sqlite3
    import time

    laptop = laptops("alice", "desk")
    install_demo(laptop.service, TODAY)
    laptop.sync()
    name = laptop.service.list_deals()[0].name
    for i in range(4):
        laptop.edit(name, "Rename step", _rename_step(f"Offline edit {i}", i))
    ids = _queued_op_ids(laptop)
    assert len(ids) == 4
    holder = sqlite3.connect(laptop.path, timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # the laptop's acknowledgement will wait for this lock
    env = {**os.environ, "PGPASSWORD": team.passwords["alice"], "CLOSEPLAN_AUTHOR": "alice"}
    process = subprocess.Popen([sys.executable, "-m", "closeplan", "sync", "--db", str(laptop.path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    applied = "SELECT count(*) FROM closeplan.applied_op WHERE op_id::text = ANY(%s)"
    deadline = time.monotonic() + 60
    while _server_count(team, applied, ids) < len(ids):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.kill()  # the server has committed; the laptop has not dropped its outbox yet
    process.wait()
    holder.rollback()
    holder.close()
    assert _queued_op_ids(laptop) == ids  # nothing acknowledged: all still waiting
    report = laptop.sync()
    assert report.pushed == len(ids) and report.conflicts == 0
    assert _queued_op_ids(laptop) == []
    changes = "SELECT count(*) FROM closeplan.change WHERE op_id::text = ANY(%s)"
    assert _server_count(team, changes, ids) == len(ids)  # each applied exactly once
    other = laptops("alice", "train")
    other.sync()
    assert [s.title for s in other.deal(name).steps[:4]] == [f"Offline edit {i}" for i in range(4)]


def test_a_connection_cut_mid_push_applies_nothing_half_and_the_retry_applies_once(team, laptops):
    """The server kills the laptop's connection (pg_terminate_backend) while its push waits for a
    lock: nothing of that push is applied; the retry applies every operation exactly once."""
    import threading
    import time

    import psycopg

    from closeplan.store.server.connection import ServerError

    laptop = laptops("alice", "desk")
    install_demo(laptop.service, TODAY)
    laptop.sync()
    name = laptop.service.list_deals()[0].name
    for i in range(3):
        laptop.edit(name, "Rename step", _rename_step(f"Cut edit {i}", i))
    ids = _queued_op_ids(laptop)
    admin = psycopg.connect(team.cluster.url(dbname=team.dbname), autocommit=True)
    blocker = psycopg.connect(team.cluster.url(dbname=team.dbname))
    blocker.execute("LOCK TABLE closeplan.applied_op IN ACCESS EXCLUSIVE MODE")  # the push will wait here
    failures: list[BaseException] = []

    def push() -> None:
        try:
            laptop.sync()
        except ServerError as exc:
            failures.append(exc)

    worker = threading.Thread(target=push)
    worker.start()
    login = team.names["alice"]
    waiting = "SELECT pid FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'"
    for _ in range(500):
        row = admin.execute(waiting, (login,)).fetchone()
        if row:
            break
        time.sleep(0.02)  # not a timed threading wait: those hang with the clock moved (faketime)
    assert row, "the push never waited for the lock"
    admin.execute("SELECT pg_terminate_backend(%s)", (row[0],))
    worker.join()  # the push fails at once once its connection is gone
    blocker.rollback()
    blocker.close()
    assert failures and "team server" in str(failures[0])
    applied = "SELECT count(*) FROM closeplan.applied_op WHERE op_id::text = ANY(%s)"
    assert _server_count(team, applied, ids) == 0  # nothing half-applied
    assert _queued_op_ids(laptop) == ids
    assert laptop.sync().pushed == len(ids)
    assert _server_count(team, "SELECT count(*) FROM closeplan.change WHERE op_id::text = ANY(%s)", ids) == len(ids)
    admin.close()


# --- what the benchmark's convergence run (bench/sync.py) found --------------------------------


def _plain_deal(laptop: Laptop, steps: int = 8) -> str:
    """One synthetic deal on the laptop (steps in date order, the later ones still planned); its name."""
    from closeplan.services.demo import synthetic_deals

    [deal] = synthetic_deals(1, TODAY, seed=8, steps=steps)  # no board meeting; steps 3… planned
    laptop.service.add_deals([deal])
    return deal.name


def _server_state(team: Team) -> dict:
    """Every live deal as the server holds it, as ``_ordered_state`` gives a laptop's: each list
    numbered 0, 1, … in the server's order (position, then id)."""
    import json

    import psycopg

    with psycopg.connect(team.cluster.url(dbname=team.dbname)) as admin:
        rows = admin.execute(
            "SELECT i.deal_id, i.entity, i.entity_id, i.fields FROM closeplan.item i "
            "JOIN closeplan.deal d ON d.id = i.deal_id WHERE i.removed_at IS NULL AND d.removed_at IS NULL "
            "ORDER BY i.deal_id, i.entity, i.position, i.entity_id"
        ).fetchall()
    state: dict = {}
    places: dict = {}
    for deal_id, entity, entity_id, fields in rows:
        place = places[(deal_id, entity)] = places.get((deal_id, entity), -1) + 1
        state.setdefault(deal_id, []).append((entity, str(entity_id), place, json.dumps(fields, sort_keys=True)))
    return {deal_id: sorted(items) for deal_id, items in state.items()}


def _ordered_state(laptop: Laptop) -> dict:
    """Every deal of the laptop as items, each with its place in its list."""
    import json

    return {
        deal_id: sorted(
            (i["entity"], str(i["entity_id"]), i["position"], json.dumps(i["fields"], sort_keys=True))
            for i in deal_items(laptop.service.get_deal(deal_id))
        )
        for deal_id in laptop.service.all_ids()
    }


def test_a_laptop_keeps_the_servers_order_of_the_plan_after_steps_were_deleted_elsewhere(team, laptops):
    """The server keeps the places of the steps left when one is deleted (gaps); a laptop numbers
    its own steps 0, 1, 2 … A pulled step with its server place must not be put among the local
    numbers: the plan's order would differ from the server's and the other laptops'."""
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    first, second = desk.deal(name).steps[:2]
    desk.edit(name, "Delete step", delete_step(first.id))
    desk.edit(name, "Delete step", delete_step(second.id))
    desk.sync()
    train.sync()
    desk.edit(name, "Rename step", _rename_step("Now the first step"))  # its server place is 2
    desk.sync()
    train.sync()
    assert [s.id for s in train.deal(name).steps] == [s.id for s in desk.deal(name).steps]
    assert _ordered_state(train) == _ordered_state(desk) == _server_state(team)


def test_a_laptop_keeps_the_servers_order_of_a_log_its_own_entry_is_in(laptops):
    """Two laptops move a step each (each adds an entry to the deal's log of step moves): the
    server keeps them in the order it received them, and so does every laptop, also the one
    whose own entry came second."""
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()

    def later(index: int, days: int):
        def mutation(deal):
            deal.steps[index].due_date += timedelta(days=days)

        return mutation

    desk.edit(name, "Move step", later(-1, 7))
    train.edit(name, "Move step", later(-2, 3))
    desk.sync()
    train.sync()
    desk.sync()
    assert len(desk.deal(name).step_moves) == 2
    assert train.deal(name).step_moves == desk.deal(name).step_moves
    assert train.state() == desk.state()


def test_an_edit_of_a_step_is_not_merged_half_into_a_plan_no_laptop_can_take(laptops):
    """Marking a step done sets its status and its completed date in one edit. If another laptop
    skipped the step meanwhile, the status is a conflict; the completed date, unchanged on the
    server, must not be applied alone: a skipped step with a completed date is refused by every
    laptop's validation, and every later pull of the deal would fail."""
    from closeplan.domain.edits import set_step
    from closeplan.domain.model import StepStatus
    from closeplan.domain.validation import validate_deal

    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    step = desk.deal(name).steps[4]
    assert step.status is StepStatus.PLANNED
    train.edit(name, "Skip step", set_step(step.id, status=StepStatus.SKIPPED))
    desk.edit(name, "Mark done", set_step(step.id, status=StepStatus.DONE, completed_date=TODAY))
    train.sync()
    report = desk.sync()  # the server refuses the whole edit of the step: both fields are conflicts
    assert report.conflicts == 2
    assert {c.field for c in open_conflicts(desk.service)} == {"status", "completed_date"}
    train.sync()
    for laptop in (desk, train):
        kept = next(s for s in laptop.deal(name).steps if s.id == step.id)
        assert (kept.status, kept.completed_date) == (StepStatus.SKIPPED, None)
        assert validate_deal(laptop.deal(name)) == []
    assert desk.state() == train.state()

    # keeping mine of one of the two keeps mine of both: a done step with its completed date
    status = next(c for c in open_conflicts(desk.service) if c.field == "status")
    resolve_conflict(desk.service, status.id, "mine")
    assert open_conflicts(desk.service) == []
    kept = next(s for s in desk.deal(name).steps if s.id == step.id)
    assert (kept.status, kept.completed_date) == (StepStatus.DONE, TODAY)
    desk.sync()
    train.sync()
    assert validate_deal(train.deal(name)) == []
    assert desk.state() == train.state()
    assert open_conflicts(train.service) == []


def test_a_step_moved_there_and_back_and_there_again_offline_is_three_moves_everywhere(team, laptops):
    """Log entries have no id of their own: each is named by what it says and by how many equal
    entries come before it. Moving a step from D to D+1, back, and to D+1 again logs the first
    move twice; the second one must reach the server as a second entry, not as the first again."""
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()

    def move(days: int):
        def mutation(deal):
            deal.steps[-1].due_date += timedelta(days=days)

        return mutation

    for days in (1, -1, 1):
        desk.edit(name, "Move step", move(days))
    assert len(desk.deal(name).step_moves) == 3
    desk.sync()
    train.sync()
    assert train.deal(name).step_moves == desk.deal(name).step_moves
    assert _ordered_state(train) == _ordered_state(desk) == _server_state(team)


def test_keeping_mine_brings_back_a_step_removed_elsewhere_and_removes_one_edited_elsewhere(laptops):
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    install_demo(desk.service, TODAY)
    desk.sync()
    train.sync()
    deal = desk.service.list_deals()[0].name
    kept, dropped = desk.deal(deal).steps[2], desk.deal(deal).steps[3]
    desk.edit(deal, "Delete step", delete_step(kept.id))  # removed at the desk, edited on the train
    train.edit(deal, "Rename step", _rename_step("Kept on the train", 2))
    train.edit(deal, "Delete step", delete_step(dropped.id))  # removed on the train, edited at the desk
    desk.edit(deal, "Rename step", lambda d: setattr(next(s for s in d.steps if s.id == dropped.id), "title", "Desk"))
    desk.sync()
    train.sync()
    conflicts = {c.entity_id: c for c in open_conflicts(train.service)}
    assert set(conflicts) >= {kept.id, dropped.id}
    for conflict in conflicts.values():
        resolve_conflict(train.service, conflict.id, "mine")
    steps = {s.id: s for s in train.deal(deal).steps}
    assert steps[kept.id].title == "Kept on the train" and dropped.id not in steps
    train.sync()
    desk.sync()
    steps = {s.id: s for s in desk.deal(deal).steps}
    assert steps[kept.id].title == "Kept on the train" and dropped.id not in steps
    assert desk.state() == train.state()


def test_a_dependency_on_a_step_deleted_elsewhere_does_not_stop_every_later_pull(team, laptops):
    """Offline, the desk deletes a step while the train makes another step depend on it. The
    server takes both (different items), so the deal it holds names a step it no longer has:
    no laptop's validation takes that deal, and every later pull failed. The laptop mends the
    dangling dependency, stores the mended deal and sends the mending, so both laptops and
    the server agree on a plan every laptop can take."""
    from closeplan.domain.edits import set_step
    from closeplan.domain.validation import validate_deal

    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    steps = desk.deal(name).steps
    gone, dependent = steps[5], steps[6]
    desk.edit(name, "Delete step", delete_step(gone.id))
    train.edit(name, "Depend", set_step(dependent.id, depends_on=[*dependent.depends_on, gone.id]))
    desk.sync()
    train.sync()  # the merge on the server: step 6 depends on the deleted step 5
    assert desk.sync().conflicts == 0  # once failed here, and on every pull after
    train.sync()
    desk.sync()
    for laptop in (desk, train):
        deal = laptop.deal(name)
        assert validate_deal(deal) == []
        assert gone.id not in {s.id for s in deal.steps}
        assert gone.id not in next(s for s in deal.steps if s.id == dependent.id).depends_on
    assert desk.state() == train.state()
    assert _ordered_state(desk) == _server_state(team)  # the mending was sent: the server agrees
    late = laptops("alice", "late")  # a laptop that comes later gets a plan it can take
    assert late.sync().held == 0
    assert _ordered_state(late) == _server_state(team)
    history = desk.service.history(desk.service.resolve(name))
    assert any(a.source == "mend" for a in history) or any(
        a.source == "mend" for a in train.service.history(train.service.resolve(name))
    )


def test_a_dependency_cycle_made_on_two_laptops_is_mended_the_same_everywhere(team, laptops):
    from closeplan.domain.edits import set_step
    from closeplan.domain.validation import validate_deal

    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    steps = desk.deal(name).steps
    first, second = steps[5], steps[6]
    desk.edit(name, "Depend", set_step(first.id, depends_on=[*first.depends_on, second.id]))
    train.edit(name, "Depend", set_step(second.id, depends_on=[*second.depends_on, first.id]))
    desk.sync()
    train.sync()
    desk.sync()
    train.sync()
    for laptop in (desk, train):
        assert validate_deal(laptop.deal(name)) == []
    assert desk.state() == train.state()
    assert _ordered_state(desk) == _server_state(team)
    kept = {s.id: s.depends_on for s in desk.deal(name).steps}
    assert (second.id in kept[first.id]) != (first.id in kept[second.id])  # one of the two stays


def test_a_merge_beyond_mending_is_held_back_and_taken_once_it_is_whole_again(laptops):
    """Two laptops each add desks to the approval route, offline: together more than a route may
    have. Neither laptop can take the merged deal; each keeps its own and says so, and reads the
    deal whole again at every pull, so when one of them removes desks, both take the server's."""
    from closeplan.domain.model import RouteRole, RouteStep
    from closeplan.domain.validation import MAX_DESKS, validate_deal

    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    half = MAX_DESKS // 2 + 1

    def add_desks(where: str):
        def mutation(deal):
            deal.route.steps.extend(RouteStep(RouteRole.REVIEWER, person=f"{where} {n}") for n in range(half))

        return mutation

    desk.edit(name, "Add desks", add_desks("desk"))
    train.edit(name, "Add desks", add_desks("train"))
    desk.sync()
    report = train.sync()
    assert report.held == 1 and "kept 1 deal" in report.line()
    assert [d.person for d in train.deal(name).route.steps] == [f"train {n}" for n in range(half)]
    assert desk.sync().held == 1
    assert train.sync().held == 1  # asked again, still beyond mending

    def fewer(deal):
        deal.route.steps = [d for d in deal.route.steps if not d.person.startswith("desk ")][:3]

    desk.edit(name, "Remove desks", fewer)  # the desk's own deal: its desks go
    desk.sync()
    assert train.sync().held == 0
    assert desk.sync().held == 0
    for laptop in (desk, train):
        assert validate_deal(laptop.deal(name)) == []
    assert desk.state() == train.state()


def test_a_field_edited_twice_offline_keeps_my_newest_value(laptops):
    """Two offline edits of one title are two conflicts against the other laptop's; keeping mine
    of either stored the draft the user had replaced, and left the other conflict open."""
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    desk.edit(name, "Rename step", _rename_step("Signed at the desk"))
    train.edit(name, "Rename step", _rename_step("Draft on the train"))
    train.edit(name, "Rename step", _rename_step("Final on the train"))
    desk.sync()
    train.sync()
    conflicts = open_conflicts(train.service)
    assert conflicts and all(c.field == "title" for c in conflicts)
    first = min(conflicts, key=lambda c: c.mine_at)  # the one listed first: the draft's
    resolve_conflict(train.service, first.id, "mine")
    assert open_conflicts(train.service) == []
    assert train.deal(name).steps[0].title == "Final on the train"
    train.sync()
    desk.sync()
    assert desk.deal(name).steps[0].title == "Final on the train"
    assert desk.state() == train.state()


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_an_edit_against_a_deletion_is_decided_for_the_whole_step(laptops, keep):
    """Edited here (title and date), deleted there: deciding field by field could bring the step
    back with my title and the date from before my edit, a step neither side had. One decision
    now takes the whole step: back with all my edits, or deleted."""
    from closeplan.domain.edits import set_step

    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    step = desk.deal(name).steps[6]
    new_date = step.due_date + timedelta(days=9)
    train.edit(name, "Edit step", set_step(step.id, title="Kickoff, moved", due_date=new_date))
    desk.edit(name, "Delete step", delete_step(step.id))
    desk.sync()
    train.sync()
    conflicts = open_conflicts(train.service)
    assert len(conflicts) >= 2
    title = next(c for c in conflicts if c.field == "title")
    resolve_conflict(train.service, title.id, keep)
    assert open_conflicts(train.service) == []
    kept = next((s for s in train.deal(name).steps if s.id == step.id), None)
    if keep == "mine":
        assert kept is not None and (kept.title, kept.due_date) == ("Kickoff, moved", new_date)
    else:
        assert kept is None
    train.sync()
    desk.sync()
    assert desk.state() == train.state()


def test_an_edit_on_a_connected_laptop_is_the_logins_in_every_history(laptops, team):
    """The laptop's own History said the operating system's user ("root") for an edit that every
    other laptop's History, from the server, gives to the team login."""
    desk, train = laptops("alice", "desk"), laptops("alice", "train")
    desk.service.author = "root"  # as the program's edges set it from the operating system
    name = _plain_deal(desk)
    desk.sync()
    train.sync()
    desk.edit(name, "Rename step", _rename_step("Renamed at the desk"))
    desk.sync()
    train.sync()
    deal_id = desk.service.resolve(name)
    mine = [a for a in desk.service.history(deal_id) if a.label == "Rename step"]
    theirs = [a for a in train.service.history(deal_id) if a.label == "Rename step"]
    assert [a.author for a in mine] == [a.author for a in theirs] == [team.names["alice"]]


@pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="PostgreSQL's lock timeout is a timer, which never fires with the clock moved by libfaketime",
)
def test_a_server_that_holds_the_sync_up_is_given_up_on_in_time(team, laptops, monkeypatch):
    """A lock someone holds on the server kept a sync "syncing…" for as long as it was held
    (found by trying the app as a user). The laptop gives up after its lock timeout, says the
    server did not answer in time, loses nothing, and the next sync sends everything."""
    import time

    import psycopg

    from closeplan.store.server import connection
    from closeplan.store.server.connection import ServerUnreachable

    monkeypatch.setattr(connection, "LOCK_TIMEOUT_S", 1)
    laptop = laptops("alice", "desk")
    install_demo(laptop.service, TODAY)
    laptop.sync()
    name = laptop.service.list_deals()[0].name
    laptop.edit(name, "Rename step", _rename_step("Held up"))
    ids = _queued_op_ids(laptop)
    blocker = psycopg.connect(team.cluster.url(dbname=team.dbname))
    blocker.execute("LOCK TABLE closeplan.applied_op IN ACCESS EXCLUSIVE MODE")
    started = time.monotonic()
    try:
        with pytest.raises(ServerUnreachable) as failed:
            laptop.sync()
    finally:
        blocker.rollback()
        blocker.close()
    assert time.monotonic() - started < 15
    assert failed.value.cause == "no-answer" and "did not answer in time" in str(failed.value)
    assert _queued_op_ids(laptop) == ids  # nothing lost
    assert laptop.sync().pushed == len(ids)
