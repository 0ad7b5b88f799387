"""The team server against a real, throwaway PostgreSQL (tests/pg.py): `closeplan server …`, the
row-level security of every table, and the merge of closeplan.push (docs/sync-protocol.md)."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from psycopg.types.json import Jsonb

from closeplan.cli import main
from closeplan.domain.model import Deal, Step, StepStatus
from closeplan.domain.operations import ADD, ORDER, REMOVE, SET, Action, Op, clone, diff
from closeplan.domain.replica import deal_from_items, deal_items, item_fields, push_element
from closeplan.services import team
from closeplan.services.demo import synthetic_deals
from tests.conftest import TODAY
from tests.pg import ADMIN, Cluster

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
TABLES = ("deal", "item", "change", "conflict")


@dataclass
class Team:
    """A database with the schema and five logins: alice, bob (AEs of east), mia (manager of
    east), zed (AE of west); names carry a suffix, as roles are the cluster's, not the database's."""

    cluster: Cluster
    dbname: str
    names: dict[str, str]
    passwords: dict[str, str]

    @property
    def admin_url(self) -> str:
        return self.cluster.url(dbname=self.dbname)

    def url(self, who: str) -> str:
        return self.cluster.url(self.names[who], self.passwords[who], self.dbname)

    def login(self, who: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url(who))

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.admin_url)


@pytest.fixture(scope="module")
def team_db(pg_cluster: Cluster) -> Iterator[Team]:
    dbname = pg_cluster.new_database("team")
    url = pg_cluster.url(dbname=dbname)
    team.init(url)
    tag = uuid.uuid4().hex[:6]
    people = {"alice": ("east", "ae"), "bob": ("east", "ae"), "mia": ("east", "manager"), "zed": ("west", "ae")}
    names = {who: f"{who}_{tag}" for who in people}
    passwords = {who: f"pw {who} ü-{tag}" for who in people}
    for who, (group, role) in people.items():
        team.add_user(url, names[who], team=f"{group}-{tag}", role=role, password=passwords[who])
    yield Team(pg_cluster, dbname, names, passwords)


# --- helpers: operations as push elements, push, pull -------------------------------------------


def a_deal(seed: int = 1, steps: int = 4) -> Deal:
    deal = synthetic_deals(1, TODAY, seed, steps=steps)[0]
    deal.id = uuid.uuid4()
    deal.name = f"{deal.name} {deal.id.hex[:8]}"  # one of its kind, to be found by a part of its name
    return deal


def action(deal_id: uuid.UUID, ops: Sequence[Op], at: datetime = NOW, label: str = "Edit") -> Action:
    return Action(uuid.uuid4(), deal_id, label, "edit", "test", at, 1, tuple(ops))


def action_elements(done: Action, after: Deal | None) -> list[dict[str, Any]]:
    """The push elements of an action's operations (closeplan.domain.replica, as laptops send them)."""
    found = [push_element(done, seq, op, after) for seq, op in enumerate(done.ops)]
    return [element for element in found if element is not None]


def elements(deal_id: uuid.UUID, *ops: Op, after: Deal | None = None, at: datetime = NOW) -> list[dict[str, Any]]:
    return action_elements(action(deal_id, ops, at), after)


def upload(deal: Deal) -> list[dict[str, Any]]:
    return elements(deal.id, Op(ADD, "deal", deal.id, new=deal.name), after=deal)


def push(
    connection: psycopg.Connection[Any], ops: Sequence[dict[str, Any]], commit: bool = True
) -> list[dict[str, Any]]:
    row = connection.execute("SELECT closeplan.push(%s)", [Jsonb(list(ops))]).fetchone()
    assert row is not None
    if commit:
        connection.commit()
    return row[0]


def results(answer: Sequence[dict[str, Any]]) -> list[str]:
    return [r["result"] for r in answer]


def pull(connection: psycopg.Connection[Any], cursor: int = 0) -> dict[str, Any]:
    """The contract's pull SELECTs (docs/sync-protocol.md), in one REPEATABLE READ transaction."""
    connection.commit()
    connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        deals = connection.execute(
            "SELECT id, team, owner, rev, removed_at, closeplan.can_edit(id) FROM closeplan.deal WHERE rev > %s",
            [cursor],
        ).fetchall()
        ids = [d[0] for d in deals]
        items = connection.execute(
            "SELECT deal_id, entity, entity_id, position, fields, meta, removed_at, rev FROM closeplan.item "
            "WHERE deal_id = ANY(%s) AND rev > %s",
            [ids, cursor],
        ).fetchall()
        changes = connection.execute(
            "SELECT rev, deal_id, op_id, kind, entity, entity_id, field, old, new, author FROM closeplan.change "
            "WHERE deal_id = ANY(%s) AND rev > %s ORDER BY rev",
            [ids, cursor],
        ).fetchall()
        conflicts = connection.execute(
            "SELECT id, deal_id, entity, entity_id, field, reason, base, mine, theirs, mine_author, theirs_author, "
            "mine_at, theirs_at, resolved_at FROM closeplan.conflict WHERE rev > %s",
            [cursor],
        ).fetchall()
        synced = connection.execute("SELECT login, synced_at FROM closeplan.owner_sync").fetchall()
        connection.commit()
    finally:
        connection.isolation_level = None
    return {"deals": deals, "items": items, "changes": changes, "conflicts": conflicts, "synced": synced}


def server_deal(connection: psycopg.Connection[Any], deal: Deal) -> Deal:
    """The deal as the caller reads it back from the server."""
    rows = connection.execute(
        "SELECT entity, entity_id, position, fields, removed_at FROM closeplan.item WHERE deal_id = %s", [deal.id]
    ).fetchall()
    connection.commit()
    items = [{"entity": r[0], "entity_id": r[1], "position": r[2], "fields": r[3]} for r in rows if r[4] is None]
    back = deal_from_items(deal.id, items)
    back.version, back.created_at, back.updated_at = deal.version, deal.created_at, deal.updated_at
    return back


def counts(connection: psycopg.Connection[Any], deal_id: uuid.UUID) -> dict[str, int]:
    found = {}
    for table in TABLES:
        column = "id" if table == "deal" else "deal_id"
        row = connection.execute(f"SELECT count(*) FROM closeplan.{table} WHERE {column} = %s", [deal_id]).fetchone()
        found[table] = row[0] if row else -1
    connection.commit()
    return found


def owned_deal(team_db: Team, who: str = "alice", steps: int = 4) -> Deal:
    deal = a_deal(steps=steps)
    with team_db.login(who) as connection:
        assert results(push(connection, upload(deal))) == ["applied"]
    return deal


def share_for_editing(team_db: Team, deal: Deal, owner: str, grantee: str, edit: bool = True) -> None:
    team.share(team_db.url(owner), str(deal.id), team_db.names[grantee], can_edit=edit)


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None, monkeypatch=None
) -> tuple[int, str, str]:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", _Stdin(stdin))
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


class _Stdin(io.StringIO):
    """Standard input that is a pipe with ``text`` in it, or a terminal when ``text`` is None."""

    def __init__(self, text: str | None):
        super().__init__(text or "")
        self._tty = text is None

    def isatty(self) -> bool:
        return self._tty


# --- closeplan server init / add-user / users / share --------------------------------------------


def test_init_twice_is_idempotent_and_every_table_is_forced_under_row_level_security(pg_cluster, capsys):
    dbname = pg_cluster.new_database("init")
    url = pg_cluster.url(dbname=dbname)
    code, out, err = run_cli(["server", "init", url], capsys)
    assert (code, err) == (0, "")
    assert "revision 0001 (created)" in out
    with psycopg.connect(url) as connection:
        before = connection.execute(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'closeplan'::regnamespace"
        ).fetchone()
    code, out, err = run_cli(["server", "init", url], capsys)
    assert (code, err) == (0, "")
    assert "revision 0001 (already up to date)" in out and "created the role" not in out
    with psycopg.connect(url) as connection:
        after = connection.execute(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'closeplan'::regnamespace"
        ).fetchone()
        tables = connection.execute(
            "SELECT relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) FROM pg_class "
            "WHERE relnamespace = 'closeplan'::regnamespace AND relkind IN ('r', 'p')"
        ).fetchall()
        views = connection.execute(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'closeplan'::regnamespace AND relkind = 'v'"
        ).fetchone()
        functions = connection.execute(
            "SELECT proname, prosecdef, pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'closeplan'::regnamespace"
        ).fetchall()
        public = connection.execute(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'closeplan'::regnamespace "
            "AND has_function_privilege('public', oid, 'EXECUTE')"
        ).fetchone()
    assert before == after
    names = {t[0] for t in tables}
    assert {"member", "deal", "deal_share", "item", "change", "conflict", "applied_op", "owner_sync"} <= names
    assert "alembic_version" in names
    assert all(t[1] and t[2] for t in tables), tables  # ENABLEd and FORCEd, every one
    assert {t[3] for t in tables} == {"closeplan_owner"}
    assert views == (0,)  # (a view would have to be security_invoker)
    assert {"push", "can_edit", "touch_sync", "share"} <= {f[0] for f in functions}
    assert [f[0] for f in functions if f[1]] == ["team_of"]  # the one SECURITY DEFINER helper
    assert {f[2] for f in functions} == {"closeplan_owner"}
    assert public == (0,)


def test_add_user_makes_a_login_with_a_scram_password_from_standard_input_or_made_up(team_db, capsys, monkeypatch):
    tag = uuid.uuid4().hex[:6]
    piped, made_up = f"carl_{tag}", f"dana_{tag}"
    code, out, err = run_cli(
        ["server", "add-user", team_db.admin_url, piped, "--team", "north", "--role", "ae"],
        capsys,
        stdin="correct horse battery\n",
        monkeypatch=monkeypatch,
    )
    assert (code, err) == (0, "")
    assert "correct horse" not in out
    code, out, err = run_cli(
        ["server", "add-user", team_db.admin_url, made_up, "--team", "north", "--role", "manager"],
        capsys,
        stdin=None,
        monkeypatch=monkeypatch,
    )
    assert (code, err) == (0, "")
    shown = [line for line in out.splitlines() if line.startswith(f"password of {made_up}")]
    assert len(shown) == 1
    password = shown[0].rsplit(": ", 1)[1]
    assert len(password) >= 20

    with psycopg.connect(team_db.cluster.url(piped, "correct horse battery", team_db.dbname)) as connection:
        assert connection.execute("SELECT closeplan.my_team(), closeplan.my_role()").fetchone() == ("north", "ae")
        assert connection.execute("SELECT login FROM closeplan.member").fetchall() == [(piped,)]  # only itself
    with psycopg.connect(team_db.cluster.url(made_up, password, team_db.dbname)) as connection:
        assert connection.execute("SELECT closeplan.my_role()").fetchone() == ("manager",)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(team_db.cluster.url(piped, "wrong", team_db.dbname))
    with team_db.admin() as connection:
        stored = connection.execute(
            "SELECT rolname, rolpassword LIKE 'SCRAM-SHA-256$%%', rolsuper, rolcreaterole, rolcreatedb, "
            "pg_has_role(rolname, 'closeplan_ae', 'MEMBER'), pg_has_role(rolname, 'closeplan_manager', 'MEMBER') "
            "FROM pg_authid WHERE rolname IN (%s, %s) ORDER BY rolname",
            [piped, made_up],
        ).fetchall()
    assert stored == [
        (piped, True, False, False, False, True, False),
        (made_up, True, False, False, False, False, True),
    ]

    code, out, err = run_cli(["server", "users", team_db.admin_url], capsys)
    assert code == 0
    listed = [line.split() for line in out.splitlines()]
    assert [piped, "north", "ae"] in listed and [made_up, "north", "manager"] in listed
    assert [team_db.names["zed"], f"west-{team_db.names['zed'].split('_')[1]}", "ae"] in listed

    code, out, err = run_cli(
        ["server", "add-user", team_db.admin_url, piped, "--team", "north", "--role", "ae"],
        capsys,
        stdin="another\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "exists already" in err and "another" not in err + out


@pytest.mark.parametrize(
    "args, words",
    [
        (["server", "add-user", "mysql://x@y/z", "erin", "--team", "t", "--role", "ae"], "URL"),
        (["server", "add-user", "postgresql://x@[bad/z", "erin", "--team", "t", "--role", "ae"], "URL"),
        (["server", "add-user", "@", "erin", "--team", "t", "--role", "boss"], "URL"),
        (["server", "add-user", "{url}", "erin_{tag}", "--team", "t", "--role", "boss"], "not a role"),
        (
            ["server", "add-user", "{url}", "Robert'); DROP TABLE x; --", "--team", "t", "--role", "ae"],
            "not a valid user name",
        ),
        (["server", "add-user", "{url}", "pg_erin", "--team", "t", "--role", "ae"], "reserved"),
        (["server", "add-user", "{url}", "erin_{tag}", "--team", " ", "--role", "ae"], "team"),
        (["server", "share", "{url}", "x", "--with", "Not A Login"], "not a valid user name"),
        (["server", "init", "not a url"], "URL"),
    ],
)
def test_bad_input_exits_2_with_one_sentence_and_changes_nothing(team_db, capsys, monkeypatch, args, words):
    tag = uuid.uuid4().hex[:6]
    args = [a.format(url=team_db.admin_url, tag=tag) for a in args]
    with team_db.admin() as connection:
        roles_before = connection.execute("SELECT count(*) FROM pg_roles").fetchone()
    code, out, err = run_cli(args, capsys, stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and words in err
    assert "Traceback" not in err and team_db.cluster.admin_password not in err
    with team_db.admin() as connection:
        assert connection.execute("SELECT count(*) FROM pg_roles").fetchone() == roles_before


def test_an_unreachable_server_or_a_wrong_password_exits_1_without_the_password(team_db, pg_cluster, capsys):
    closed = f"postgresql://someone:s3cr3t-pw@127.0.0.1:{_closed_port()}/closeplan"
    for args in (["server", "init", closed], ["server", "users", closed]):
        code, out, err = run_cli(args, capsys)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1
        assert "cannot connect to the team server someone@127.0.0.1" in err and "refused" in err
        assert "s3cr3t" not in err and "Traceback" not in err
    wrong = pg_cluster.url(team_db.names["alice"], "not-her-password", team_db.dbname)
    code, out, err = run_cli(["server", "users", wrong], capsys)
    assert code == 1 and "login was refused" in err and "not-her-password" not in err
    # an AE is no admin: the list of users is not theirs to read, nor is init theirs to run
    code, out, err = run_cli(["server", "users", team_db.url("alice")], capsys)
    assert code == 1 and out == "" and "refused" in err and team_db.passwords["alice"] not in err
    code, out, err = run_cli(["server", "init", team_db.url("alice")], capsys)
    assert code == 1 and "may not create roles" in err
    bare = pg_cluster.url(dbname=pg_cluster.new_database("bare"))  # no `server init` yet
    code, out, err = run_cli(["server", "users", bare], capsys)
    assert code == 1 and "no closeplan schema yet" in err and pg_cluster.admin_password not in err


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_share_is_for_the_owner_and_for_the_same_team(team_db, capsys):
    deal = owned_deal(team_db, "alice")
    bob, mia, zed = (team_db.names[w] for w in ("bob", "mia", "zed"))
    code, out, err = run_cli(["server", "share", team_db.url("bob"), str(deal.id), "--with", mia], capsys)
    assert code == 1 and "no deal matching" in err  # bob cannot even see it
    code, out, err = run_cli(["server", "share", team_db.url("mia"), str(deal.id), "--with", bob], capsys)
    assert code == 1 and "only the deal's owner" in err  # the manager sees it, but it is not hers
    code, out, err = run_cli(["server", "share", team_db.url("alice"), str(deal.id), "--with", zed], capsys)
    assert code == 1 and f"no user {zed} in your team" in err
    code, out, err = run_cli(["server", "share", team_db.url("alice"), deal.id.hex[:8].upper(), "--with", bob], capsys)
    assert (code, err) == (0, "") and f"with {bob} (read)" in out
    # by its account, as the laptop's own commands find a deal (it said "no deal matching")
    code, out, err = run_cli(["server", "share", team_db.url("alice"), deal.account, "--with", bob], capsys)
    assert (code, err) == (0, "") and f"with {bob} (read)" in out
    with team_db.login("bob") as connection:  # shared to read: bob reads it, and changes nothing
        assert counts(connection, deal.id) == {"deal": 1, "item": len(deal_items(deal)), "change": 1, "conflict": 0}
        assert results(push(connection, _set_amount(deal, deal.amount, Decimal("8")))) == ["refused"]
    with team_db.admin() as connection:  # row-level security decides, not only the command
        connection.execute("SET ROLE " + bob)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT closeplan.share(%s, %s, true)", [deal.id, mia])


# --- who sees and changes what --------------------------------------------------------------------


def _set_amount(deal: Deal, old: Decimal, new: Decimal) -> list[dict[str, Any]]:
    return elements(deal.id, Op(SET, "deal", None, "amount", old, new))


def _direct_updates(connection: psycopg.Connection[Any], deal_id: uuid.UUID) -> list[int]:
    """Row counts of UPDATEs through plain SQL on each table of the deal."""
    done = []
    for statement in (
        "UPDATE closeplan.deal SET removed_at = now() WHERE id = %s",
        "UPDATE closeplan.item SET fields = '{}' WHERE deal_id = %s",
        "UPDATE closeplan.conflict SET resolution = 'mine' WHERE deal_id = %s",
    ):
        done.append(connection.execute(statement, [deal_id]).rowcount)
    connection.commit()
    return done


def test_an_ae_reads_nothing_of_another_aes_deal_and_changes_nothing(team_db):
    deal = owned_deal(team_db, "alice")
    with team_db.login("alice") as alice:  # a conflict and a change row exist too
        push(alice, _set_amount(deal, deal.amount, Decimal("1")))
        push(alice, _set_amount(deal, deal.amount, Decimal("2")))
        assert counts(alice, deal.id) == {"deal": 1, "item": len(deal_items(deal)), "change": 2, "conflict": 1}
    with team_db.login("bob") as bob:
        assert counts(bob, deal.id) == {"deal": 0, "item": 0, "change": 0, "conflict": 0}
        assert all(not d[0] == deal.id for d in pull(bob)["deals"])
        assert _direct_updates(bob, deal.id) == [0, 0, 0]
        assert results(push(bob, _set_amount(deal, Decimal("1"), Decimal("3")))) == ["refused"]
        theirs = a_deal(seed=7)
        theirs.id = deal.id  # an upload over someone else's deal does not take it over
        assert results(push(bob, upload(theirs))) == ["refused"]
        row = bob.execute("SELECT closeplan.can_edit(%s)", [deal.id]).fetchone()
        assert row == (False,)
    with team_db.login("alice") as alice:
        assert server_deal(alice, deal).amount == Decimal("1")
        assert counts(alice, deal.id)["change"] == 2


def test_a_manager_reads_every_deal_of_the_team_and_writes_only_what_is_shared_for_editing(team_db):
    deals = [owned_deal(team_db, "alice"), owned_deal(team_db, "bob")]
    with team_db.login("mia") as mia:
        pulled = pull(mia)
        seen = {d[0]: d for d in pulled["deals"]}
        for deal in deals:
            assert deal.id in seen and seen[deal.id][5] is False  # can_edit
            assert server_deal(mia, deal) == _bookkept(deal)
        assert {team_db.names["alice"], team_db.names["bob"]} <= {d[2] for d in pulled["deals"]}
        assert _direct_updates(mia, deals[0].id) == [0, 0, 0]
        assert results(push(mia, _set_amount(deals[0], deals[0].amount, Decimal("5")))) == ["refused"]
        assert results(push(mia, upload(a_deal(seed=3)))) == ["refused"]  # a manager creates no deals
    share_for_editing(team_db, deals[0], "alice", "mia", edit=False)
    with team_db.login("mia") as mia:
        assert results(push(mia, _set_amount(deals[0], deals[0].amount, Decimal("5")))) == ["refused"]
    share_for_editing(team_db, deals[0], "alice", "mia", edit=True)
    with team_db.login("mia") as mia:
        assert {d[0]: d[5] for d in pull(mia)["deals"]}[deals[0].id] is True
        assert results(push(mia, _set_amount(deals[0], deals[0].amount, Decimal("5")))) == ["applied"]
        assert results(push(mia, _set_amount(deals[1], deals[1].amount, Decimal("5")))) == ["refused"]
        assert results(push(mia, elements(deals[0].id, Op(REMOVE, "deal", deals[0].id, old=deals[0])))) == ["refused"]
    with team_db.login("alice") as alice:
        changed = pull(alice)["changes"]
        assert [(c[6], c[9]) for c in changed if c[1] == deals[0].id and c[3] == "set"] == [
            ("amount", team_db.names["mia"])
        ]


def test_nobody_sees_another_team(team_db):
    east = owned_deal(team_db, "alice")
    west = owned_deal(team_db, "zed")
    for who, other in (("zed", east), ("mia", west), ("bob", west)):
        with team_db.login(who) as connection:
            assert counts(connection, other.id) == {"deal": 0, "item": 0, "change": 0, "conflict": 0}
            assert other.id not in {d[0] for d in pull(connection)["deals"]}
            assert _direct_updates(connection, other.id) == [0, 0, 0]
            assert results(push(connection, _set_amount(other, other.amount, Decimal("9")))) == ["refused"]
    with team_db.login("zed") as zed:
        synced = {row[0] for row in pull(zed)["synced"]}
        zed.execute("SELECT closeplan.touch_sync()")
        zed.commit()
        assert team_db.names["alice"] not in synced
        assert team_db.names["zed"] in {row[0] for row in pull(zed)["synced"]}
    with team_db.login("mia") as mia:
        assert team_db.names["zed"] not in {row[0] for row in pull(mia)["synced"]}


def test_the_owner_of_the_tables_is_bound_by_row_level_security_too(team_db):
    deal = owned_deal(team_db, "alice")
    with team_db.admin() as connection:
        connection.execute("SET ROLE closeplan_owner")
        for table in TABLES:
            column = "id" if table == "deal" else "deal_id"
            assert connection.execute(
                f"SELECT count(*) FROM closeplan.{table} WHERE {column} = %s", [deal.id]
            ).fetchone() == (0,)
        assert connection.execute("UPDATE closeplan.item SET fields = '{}' WHERE deal_id = %s", [deal.id]).rowcount == 0
        assert connection.execute("DELETE FROM closeplan.deal_share").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no policy lets it insert a deal
            connection.execute(
                "INSERT INTO closeplan.deal (id, team, owner, rev) VALUES (gen_random_uuid(), 'x', 'y', 1)"
            )
        connection.rollback()
    with team_db.login("alice") as alice:
        assert counts(alice, deal.id)["item"] == len(deal_items(deal))


# --- push: the merge ------------------------------------------------------------------------------


def _bookkept(deal: Deal) -> Deal:
    """The deal as the server's items make it (its account profile is stored per account)."""
    return replace(clone(deal), account_profile=None)


def test_a_deal_uploaded_with_push_reads_back_equal_and_its_items_carry_who_and_when(team_db):
    deal = a_deal(seed=11, steps=12)
    with team_db.login("alice") as alice:
        answer = push(alice, upload(deal))
        assert results(answer) == ["applied"] and answer[0]["rev"] > 0
        assert server_deal(alice, deal) == _bookkept(deal)
        pulled = pull(alice)
        row = next(d for d in pulled["deals"] if d[0] == deal.id)
        assert row[2] == team_db.names["alice"] and row[1].startswith("east-") and row[3] == answer[0]["rev"]
        metas = [i[5] for i in pulled["items"] if i[0] == deal.id]
        assert len(metas) == len(deal_items(deal))
        assert all(m == {"": {"author": team_db.names["alice"], "at": NOW.isoformat()}} for m in metas)
        history = [c for c in pulled["changes"] if c[1] == deal.id]
        assert [(c[3], c[4], c[8], c[9]) for c in history] == [("add", "deal", deal.name, team_db.names["alice"])]
        # the same deal uploaded again in a new action: nothing to add
        assert results(push(alice, upload(deal))) == ["same"]


def test_set_is_applied_same_or_a_conflict_with_both_values_and_both_authors(team_db):
    deal = owned_deal(team_db, "alice")
    share_for_editing(team_db, deal, "alice", "bob")
    step = deal.steps[1]
    early, late = NOW, NOW + timedelta(hours=2)
    with team_db.login("alice") as alice:
        ops = elements(deal.id, Op(SET, "step", step.id, "title", step.title, "Board approval"), at=early)
        assert results(push(alice, ops)) == ["applied"]
    with team_db.login("bob") as bob:
        same = elements(deal.id, Op(SET, "step", step.id, "title", step.title, "Board approval"), at=late)
        assert results(push(bob, same)) == ["same"]
        mine = elements(deal.id, Op(SET, "step", step.id, "title", step.title, "Division head approval"), at=late)
        answer = push(bob, mine)
        assert results(answer) == ["conflict"] and answer[0]["conflict_id"]
        status = StepStatus.BLOCKED if step.status is not StepStatus.BLOCKED else StepStatus.PLANNED
        other_field = elements(deal.id, Op(SET, "step", step.id, "status", step.status, status), at=late)
        assert results(push(bob, other_field)) == ["applied"]  # another field of the same step merges
        conflict = bob.execute(
            "SELECT entity, entity_id, field, reason, base, mine, theirs, mine_author, mine_at, theirs_author, theirs_at, "
            "resolved_at FROM closeplan.conflict WHERE id = %s",
            [answer[0]["conflict_id"]],
        ).fetchone()
        bob.commit()
    assert conflict == (
        "step",
        step.id,
        "title",
        "changed",
        step.title,
        "Division head approval",
        "Board approval",
        team_db.names["bob"],
        late,
        team_db.names["alice"],
        early,
        None,
    )
    with team_db.login("alice") as alice:
        kept = server_deal(alice, deal).steps[1]
        assert (kept.title, kept.status) == ("Board approval", status)
        assert any(str(c[0]) == answer[0]["conflict_id"] for c in pull(alice)["conflicts"])  # the owner sees it
        resolve = [_resolve(deal.id, answer[0]["conflict_id"], "theirs")]
        assert results(push(alice, resolve)) == ["applied"]
        assert results(push(alice, [_resolve(deal.id, answer[0]["conflict_id"], "mine")])) == ["same"]
        resolved = alice.execute(
            "SELECT resolution, resolved_by FROM closeplan.conflict WHERE id = %s", [answer[0]["conflict_id"]]
        ).fetchone()
        assert resolved == ("theirs", team_db.names["alice"])


def _resolve(deal_id: uuid.UUID, conflict_id: str, keep: str) -> dict[str, Any]:
    action_id = uuid.uuid4()
    return {
        "op_id": str(uuid.uuid5(action_id, "0")),
        "action_id": str(action_id),
        "seq": 0,
        "deal_id": str(deal_id),
        "kind": "resolve",
        "entity": "conflict",
        "entity_id": conflict_id,
        "field": "",
        "old": None,
        "new": keep,
        "position": None,
        "at": NOW.isoformat(),
        "label": "Resolve conflict",
        "source": "edit",
    }


def test_add_and_remove_of_an_item_and_the_order_of_a_list(team_db):
    deal = owned_deal(team_db, "alice", steps=3)
    added = Step(title="Purchasing issues the PO", owner_side=deal.steps[0].owner_side, due_date=date(2027, 1, 15))
    after = clone(deal)
    after.steps.insert(1, added)
    with team_db.login("alice") as alice:
        ops = action_elements(action(deal.id, diff(deal, after)), after)
        assert [o["kind"] for o in ops] == ["add"]
        assert results(push(alice, ops)) == ["applied"]
        assert results(push(alice, action_elements(action(deal.id, diff(deal, after)), after))) == ["same"]
        assert server_deal(alice, deal) == _bookkept(after)  # in its place: the others moved down

        reordered = clone(after)
        reordered.steps.reverse()
        ops = action_elements(action(deal.id, diff(after, reordered)), reordered)
        assert [o["kind"] for o in ops] == [ORDER]
        assert results(push(alice, ops)) == ["applied"]
        assert server_deal(alice, deal) == _bookkept(reordered)

        removed = clone(reordered)
        del removed.steps[0]
        ops = action_elements(action(deal.id, diff(reordered, removed)), removed)
        assert results(push(alice, ops)) == ["applied"]
        assert server_deal(alice, deal) == _bookkept(removed)
        tomb = alice.execute(
            "SELECT removed_at IS NOT NULL, meta -> '' ->> 'author' FROM closeplan.item WHERE deal_id = %s AND entity_id = %s",
            [deal.id, reordered.steps[0].id],
        ).fetchone()
        assert tomb == (True, team_db.names["alice"])  # a tombstone: kept, so laptops learn of it
        assert results(push(alice, action_elements(action(deal.id, diff(reordered, removed)), removed))) == ["same"]
        # brought back (an undo of the removal)
        assert results(push(alice, action_elements(action(deal.id, diff(removed, reordered)), reordered))) == [
            "applied"
        ]
        assert server_deal(alice, deal) == _bookkept(reordered)


def test_a_log_entry_added_twice_with_the_same_value_is_kept_twice(team_db):
    deal = owned_deal(team_db, "alice")
    after = clone(deal)
    when = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    after.change_target_close(deal.target_close + timedelta(days=30), when)
    twice = clone(after)
    twice.close_date_history.append(after.close_date_history[-1])
    with team_db.login("alice") as alice:
        for before, state in ((deal, after), (after, twice)):
            assert set(results(push(alice, action_elements(action(deal.id, diff(before, state)), state)))) == {
                "applied"
            }
        assert server_deal(alice, deal) == _bookkept(twice)


def test_a_remove_against_an_edit_and_an_edit_against_a_remove_are_conflicts(team_db):
    deal = owned_deal(team_db, "alice")
    share_for_editing(team_db, deal, "alice", "bob")
    edited, removed = deal.steps[0], deal.steps[1]
    with team_db.login("alice") as alice:  # laptop 1: edits step 0, removes step 1
        ops = elements(deal.id, Op(SET, "step", edited.id, "owner_person", edited.owner_person, "Tanaka"))
        ops += elements(deal.id, Op(REMOVE, "step", removed.id, old=removed, position=1))
        assert results(push(alice, ops)) == ["applied", "applied"]
    with team_db.login("bob") as bob:  # laptop 2, offline meanwhile: removes step 0, edits step 1
        ops = elements(deal.id, Op(REMOVE, "step", edited.id, old=edited, position=0))
        ops += elements(deal.id, Op(SET, "step", removed.id, "title", removed.title, "Legal review"))
        answer = push(bob, ops)
        assert results(answer) == ["conflict", "conflict"]
        rows = {
            r[0]: r[1:]
            for r in bob.execute(
                "SELECT id, entity_id, field, reason, base, mine, theirs, theirs_author FROM closeplan.conflict "
                "WHERE id = ANY(%s)",
                [[uuid.UUID(a["conflict_id"]) for a in answer]],
            ).fetchall()
        }
        bob.commit()
    delete_vs_edit = rows[uuid.UUID(answer[0]["conflict_id"])]
    assert delete_vs_edit[:3] == (edited.id, "", "edited")
    assert delete_vs_edit[3] == item_fields(edited) and delete_vs_edit[4] is None
    assert delete_vs_edit[5]["owner_person"] == "Tanaka" and delete_vs_edit[6] == team_db.names["alice"]
    edit_vs_delete = rows[uuid.UUID(answer[1]["conflict_id"])]
    assert edit_vs_delete == (removed.id, "title", "gone", removed.title, "Legal review", None, team_db.names["alice"])
    with team_db.login("alice") as alice:  # the server's state stays: step 0 edited, step 1 gone
        kept = server_deal(alice, deal)
        assert [s.id for s in kept.steps] == [s.id for s in deal.steps if s.id != removed.id]
        assert kept.steps[0].owner_person == "Tanaka"


def test_replayed_operations_are_duplicates_and_nothing_is_doubled(team_db):
    deal = a_deal(seed=5)
    after = clone(deal)
    after.steps[0].title = "Security review"
    after.steps.pop()
    after.amount = deal.amount + 1
    batch = upload(deal) + action_elements(action(deal.id, diff(deal, after)), after)
    with team_db.login("alice") as alice:
        first = push(alice, batch)
        assert set(results(first)) == {"applied"}
        before = counts(alice, deal.id)
        revs = alice.execute("SELECT max(rev) FROM closeplan.item WHERE deal_id = %s", [deal.id]).fetchone()
        again = push(alice, batch)
        assert results(again) == ["duplicate"] * len(batch)
        assert [a["rev"] for a in again] == [a["rev"] for a in first]
        assert counts(alice, deal.id) == before
        assert alice.execute("SELECT max(rev) FROM closeplan.item WHERE deal_id = %s", [deal.id]).fetchone() == revs
        assert server_deal(alice, deal) == _bookkept(after)


def test_a_push_cut_off_mid_transaction_leaves_nothing_and_its_retry_applies_once(team_db):
    deal = owned_deal(team_db, "alice")
    after = clone(deal)
    after.steps[0].title = "Board approval"
    after.name = "Renamed"
    del after.steps[-1]
    ops = action_elements(action(deal.id, diff(deal, after)), after)
    with team_db.login("alice") as alice:
        before = counts(alice, deal.id)
    pusher = team_db.login("alice")
    pid = pusher.info.backend_pid
    assert set(results(push(pusher, ops, commit=False))) == {"applied"}  # done, not committed
    with team_db.admin() as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone() == (True,)
    with pytest.raises(psycopg.OperationalError):
        pusher.commit()
    pusher.close()
    with team_db.login("alice") as alice:
        assert counts(alice, deal.id) == before
        assert server_deal(alice, deal) == _bookkept(deal)
        assert alice.execute(
            "SELECT count(*) FROM closeplan.applied_op WHERE op_id = ANY(%s)", [[uuid.UUID(o["op_id"]) for o in ops]]
        ).fetchone() == (0,)
        assert set(results(push(alice, ops))) == {"applied"}  # the retry
        assert results(push(alice, ops)) == ["duplicate"] * len(ops)
        assert server_deal(alice, deal) == _bookkept(after)
        assert counts(alice, deal.id)["change"] == before["change"] + len(ops)


def test_a_push_killed_while_it_waits_for_the_team_lock_leaves_nothing(team_db):
    deal = owned_deal(team_db, "alice")
    holder = team_db.login("bob")  # another pusher of the team holds the team's lock
    push(holder, [], commit=False)
    waiting = team_db.login("alice")
    pid = waiting.info.backend_pid
    ops = _set_amount(deal, deal.amount, Decimal("77"))
    failed: list[BaseException] = []

    def run() -> None:
        try:
            push(waiting, ops)
        except BaseException as exc:  # noqa: BLE001 (kept for the assertion)
            failed.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    with team_db.admin() as admin:
        for _ in range(200):
            row = admin.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
            if row == ("Lock",):
                break
            time.sleep(0.02)  # not a timed threading wait: those hang with the clock moved (faketime)
        assert row == ("Lock",)
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    worker.join()  # the push fails at once once its connection is gone
    holder.rollback()
    holder.close()
    waiting.close()
    assert failed and isinstance(failed[0], psycopg.OperationalError)
    with team_db.login("alice") as alice:
        assert server_deal(alice, deal).amount == deal.amount
        assert results(push(alice, ops)) == ["applied"]
        assert server_deal(alice, deal).amount == Decimal("77")


def test_a_removed_deal_is_a_tombstone_and_an_edit_of_it_a_conflict(team_db):
    deal = owned_deal(team_db, "alice")
    with team_db.login("alice") as alice:
        assert results(push(alice, elements(deal.id, Op(REMOVE, "deal", deal.id, old=deal)))) == ["applied"]
        row = next(d for d in pull(alice)["deals"] if d[0] == deal.id)
        assert row[4] is not None
        answer = push(alice, _set_amount(deal, deal.amount, Decimal("3")))
        assert results(answer) == ["conflict"]
        assert results(push(alice, upload(deal))) == ["applied"]  # brought back (the undo of the delete)
        assert next(d for d in pull(alice)["deals"] if d[0] == deal.id)[4] is None


def test_push_refuses_to_run_outside_read_committed_and_a_stranger(team_db, pg_cluster):
    with team_db.login("alice") as alice:
        alice.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with pytest.raises(psycopg.errors.InvalidTransactionState):
            push(alice, [])
    with team_db.admin() as admin:  # a role that is no member of a team (here: a superuser)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            push(admin, [])


def test_a_first_upload_of_many_deals_in_one_push_with_edits_and_a_foreign_deal_among_them(team_db):
    foreign = owned_deal(team_db, "bob")
    mine = [a_deal(seed=20 + n, steps=3) for n in range(3)]
    edited = clone(mine[1])
    edited.steps[0].title = "Legal review"
    taken = a_deal(seed=30)
    taken.id = foreign.id
    batch = [op for deal in mine for op in upload(deal)]
    batch += action_elements(action(mine[1].id, diff(mine[1], edited)), edited)
    batch += upload(taken)
    with team_db.login("alice") as alice:
        answer = push(alice, batch)
        assert results(answer) == ["applied"] * 4 + ["refused"]
        assert server_deal(alice, mine[0]) == _bookkept(mine[0])
        assert server_deal(alice, mine[1]) == _bookkept(edited)
        revs = alice.execute(
            "SELECT d.rev, (SELECT max(i.rev) FROM closeplan.item i WHERE i.deal_id = d.id) FROM closeplan.deal d "
            "WHERE d.id = ANY(%s)",
            [[d.id for d in mine]],
        ).fetchall()
        assert all(deal_rev == item_rev for deal_rev, item_rev in revs)  # a deal's rev: its newest item's
        assert results(push(alice, batch)) == ["duplicate"] * 4 + ["refused"]
    with team_db.login("bob") as bob:
        assert server_deal(bob, foreign) == _bookkept(foreign)


# --- set-up as docs/team-server.md has it: an admin that is no superuser, TLS verified in full ---


def test_an_admin_with_createrole_who_owns_the_database_sets_the_server_up(pg_cluster):
    tag = uuid.uuid4().hex[:6]
    admin, dbname = f"teamadmin_{tag}", f"closeplan_{tag}"
    with psycopg.connect(pg_cluster.admin_url, autocommit=True) as superuser:
        superuser.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE PASSWORD 'admin pw'")
        superuser.execute(f"CREATE DATABASE {dbname} OWNER {admin}")
    url = pg_cluster.url(admin, "admin pw", dbname)
    assert team.init(url).head == "0001"
    assert team.init(url).before == "0001"
    added = team.add_user(url, f"aiko_{tag}", team="tokyo", role="ae")
    assert added.generated_password and [m.login for m in team.users(url)] == [f"aiko_{tag}"]
    deal = a_deal()
    with psycopg.connect(pg_cluster.url(added.login, added.generated_password, dbname)) as aiko:
        assert results(push(aiko, upload(deal))) == ["applied"]
    with psycopg.connect(url) as connection:  # the admin is no superuser: row-level security holds
        assert connection.execute("SELECT count(*) FROM closeplan.deal").fetchone() == (0,)
        connection.execute("SET ROLE closeplan_owner")
        assert connection.execute("SELECT count(*) FROM closeplan.item").fetchone() == (0,)


def test_laptops_reach_the_server_over_tls_verified_in_full_and_never_without_it(tmp_path, capsys):
    from tests.conftest import needs_tool
    from tests.pg import start_cluster

    openssl = needs_tool("openssl", package="openssl")
    cluster = start_cluster()
    try:
        data = cluster.data
        subprocess.run(  # a server certificate for the name laptops use (here: localhost)
            [openssl, "req", "-new", "-x509", "-days", "825", "-nodes", "-newkey", "rsa:3072", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost", "-keyout", str(data / "server.key"), "-out",
             str(data / "server.crt")],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        if cluster.as_postgres:
            for name in ("server.key", "server.crt"):
                shutil.chown(data / name, "postgres", "postgres")
        (data / "server.key").chmod(0o600)
        root = tmp_path / "root.crt"
        shutil.copy(data / "server.crt", root)
        with psycopg.connect(cluster.admin_url, autocommit=True) as superuser:
            for setting in ("ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"):
                superuser.execute(f"ALTER SYSTEM SET {setting}")
            superuser.execute("CREATE DATABASE closeplan")
        hba = (data / "pg_hba.conf").read_text(encoding="utf-8")
        (data / "pg_hba.conf").write_text(
            "hostssl closeplan all 127.0.0.1/32 scram-sha-256\nhostnossl closeplan all 127.0.0.1/32 reject\n" + hba,
            encoding="utf-8",
        )
        with psycopg.connect(cluster.admin_url, autocommit=True) as superuser:
            superuser.execute("SELECT pg_reload_conf()")
        base = f"postgresql://{ADMIN}:{quote(cluster.admin_password, safe='')}@localhost:{cluster.port}/closeplan"
        url = f"{base}?sslmode=verify-full&sslrootcert={quote(str(root), safe='')}"
        code, out, err = run_cli(["server", "init", url], capsys)
        assert (code, err) == (0, "")
        with psycopg.connect(url) as connection:
            assert connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)
        code, out, err = run_cli(["server", "users", f"{base}?sslmode=disable"], capsys)
        assert code == 1 and "rejects connection" in err and "no encryption" in err
        wrong_name = url.replace("@localhost:", "@127.0.0.1:")
        code, out, err = run_cli(["server", "users", wrong_name], capsys)
        assert code == 1 and "does not match host name" in err
        assert cluster.admin_password not in err
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
