"""Random interleavings of offline edits, syncs and cuts across three laptops of one AE, against
the real throwaway PostgreSQL (tests/pg.py). Whatever the order, at the end (everyone synced
twice) every laptop holds exactly what the server holds, and every edit that was made is either
applied on the server or kept in a conflict — none lost, none applied twice.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from closeplan.domain.edits import delete_step, set_step
from closeplan.domain.operations import diff
from closeplan.domain.replica import deal_from_items, op_id
from closeplan.services import team as team_service
from closeplan.services.deals import DealService
from closeplan.services.demo import synthetic_deals
from closeplan.services.editing import EditService
from closeplan.services.sync import SyncService
from closeplan.store import sync_state
from closeplan.store.server.connection import ServerError

TODAY = date(2026, 11, 23)
LAPTOPS = 3


@pytest.fixture(scope="module")
def server(pg_cluster, tmp_path_factory):
    dbname = pg_cluster.new_database("machine")
    admin = pg_cluster.url(dbname=dbname)
    team_service.init(admin)
    login = f"amy_{uuid.uuid4().hex[:6]}"
    team_service.add_user(admin, login, team=f"north_{login}", role="ae", password="secret-amy-laptops")
    return {
        "admin": admin,
        "url": pg_cluster.url(login, "secret-amy-laptops", dbname),
        "folder": tmp_path_factory.mktemp("laptops"),
    }


def test_random_edits_syncs_and_cuts_converge(server):
    class Laptops(RuleBasedStateMachine):
        @initialize()
        def start(self):
            self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
            run = uuid.uuid4().hex[:8]
            self.services = []
            for i in range(LAPTOPS):
                service = DealService.open(server["folder"] / f"{run}-{i}.sqlite3", self.clock, lambda: TODAY)
                service.author = "amy"
                self.services.append(service)
            self.deal = synthetic_deals(1, TODAY, seed=int(run, 16) % 1000, steps=5)[0]
            self.services[0].add_deals([self.deal])
            for service in self.services:
                SyncService(service, server["url"]).sync()
            self.issued: list[str] = []  # op ids of every edit made
            self.counter = 0

        def clock(self):
            self.now += timedelta(seconds=1)
            return self.now

        def _steps(self, laptop: int):
            return self.services[laptop].get_deal(self.deal.id).steps

        def _edit(self, laptop: int, label: str, mutation) -> None:
            edit = EditService(self.services[laptop]).edit(self.deal.id, label, mutation)
            self.issued.extend(str(op_id(edit.action_id, seq)) for seq in range(len(edit.ops)))

        @rule(laptop=st.integers(0, LAPTOPS - 1), index=st.integers(0, 9), shared=st.booleans())
        def rename(self, laptop, index, shared):
            steps = self._steps(laptop)
            if not steps:
                return
            self.counter += 1
            # shared: a value other laptops may type too (then the server answers "same")
            title = f"Title {index % 3}" if shared else f"Title {laptop}-{self.counter}"
            self._edit(laptop, "Rename step", set_step(steps[index % len(steps)].id, title=title))

        @rule(laptop=st.integers(0, LAPTOPS - 1), index=st.integers(0, 9), days=st.integers(1, 20))
        def move(self, laptop, index, days):
            steps = self._steps(laptop)
            if not steps:
                return
            step = steps[index % len(steps)]
            self._edit(laptop, "Move step", set_step(step.id, due_date=step.due_date + timedelta(days=days)))

        @rule(laptop=st.integers(0, LAPTOPS - 1), index=st.integers(0, 9))
        def delete(self, laptop, index):
            steps = self._steps(laptop)
            if len(steps) > 2:
                self._edit(laptop, "Delete step", delete_step(steps[index % len(steps)].id))

        @rule(laptop=st.integers(0, LAPTOPS - 1))
        def sync(self, laptop):
            SyncService(self.services[laptop], server["url"]).sync()

        @rule(laptop=st.integers(0, LAPTOPS - 1))
        def cut_after_the_server_committed(self, laptop):
            """The connection is lost right after the server committed a push (with nothing to
            push, the sync just completes)."""
            try:
                SyncService(self.services[laptop], server["url"], stop_after="server-commit").sync()
            except ServerError:
                pass

        @invariant()
        def outbox_never_loses_an_unacknowledged_edit(self):
            for service in self.services:
                with service.db.reading() as session:
                    assert sync_state.outbox_size(session) >= 0

        def teardown(self):
            try:
                for _round in range(2):
                    for service in self.services:
                        SyncService(service, server["url"]).sync()
                with psycopg.connect(server["admin"]) as admin:
                    items = admin.execute(
                        "SELECT entity, entity_id, position, fields FROM closeplan.item "
                        "WHERE deal_id = %s AND removed_at IS NULL",
                        (self.deal.id,),
                    ).fetchall()
                    results = dict(
                        admin.execute(
                            "SELECT op_id::text, result FROM closeplan.applied_op WHERE op_id::text = ANY(%s)",
                            (self.issued,),
                        ).fetchall()
                    )
                    twice = admin.execute(
                        "SELECT count(*) - count(DISTINCT op_id) FROM closeplan.change WHERE deal_id = %s",
                        (self.deal.id,),
                    ).fetchone()[0]
                on_server = deal_from_items(
                    self.deal.id, [{"entity": e, "entity_id": i, "position": p, "fields": f} for e, i, p, f in items]
                )
                for n, service in enumerate(self.services):
                    assert diff(service.get_deal(self.deal.id), on_server) == [], f"laptop {n} differs"
                    with service.db.reading() as session:
                        assert sync_state.outbox_size(session) == 0
                lost = [i for i in self.issued if results.get(i) not in ("applied", "same", "conflict")]
                assert lost == []
                assert twice == 0
            finally:
                for service in self.services:
                    service.close()

    Laptops.TestCase.settings = settings(
        max_examples=12, stateful_step_count=14, deadline=None, suppress_health_check=list(HealthCheck)
    )
    Laptops.TestCase().runTest()
