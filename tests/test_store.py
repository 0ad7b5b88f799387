"""The database: pragmas, one transaction per action, migrations and refusals."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from closeplan.services.deals import DealService
from closeplan.services.demo import demo_deals
from closeplan.store import repository
from closeplan.store.engine import DatabaseTooNew, NotACloseplanDatabase, make_engine
from closeplan.store.migrate import current_revision, head_revision, open_database, script_directory, upgrade
from closeplan.store.tables import metadata
from tests.conftest import NOW, TODAY, fixed_clock


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_every_connection_sets_and_keeps_the_pragmas(tmp_path):
    db = open_database(tmp_path / "p.sqlite3", now=NOW)
    try:
        with db.engine.connect() as connection:
            values = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            }
        assert values == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}
    finally:
        db.close()


def test_database_files_are_private(tmp_path):
    db = open_database(tmp_path / "private.sqlite3", now=NOW)
    db.close()
    assert (tmp_path / "private.sqlite3").stat().st_mode & 0o777 == 0o600


def test_an_error_mid_save_leaves_the_database_as_it_was(tmp_path):
    svc = DealService.open(tmp_path / "t.sqlite3", fixed_clock)
    try:
        first, second = demo_deals(TODAY)[:2]
        svc.add_deals([first])
        before = _dump(tmp_path / "t.sqlite3")
        second.steps[1].id = second.steps[0].id  # duplicate primary key deep inside the second deal
        third = demo_deals(TODAY)[2]
        with pytest.raises(Exception):  # noqa: B017 - whichever error the driver raises
            with svc.db.transaction() as session:
                repository.insert_deals(session, [third])
                repository.insert_deals(session, [second])
        assert _dump(tmp_path / "t.sqlite3") == before
        assert [d.name for d in svc.list_deals()] == [first.name]
    finally:
        svc.close()


def test_deleting_a_deal_removes_its_plan(tmp_path):
    svc = DealService.open(tmp_path / "c.sqlite3", fixed_clock)
    try:
        deal = demo_deals(TODAY)[0]
        svc.add_deals([deal])
        with svc.db.transaction() as session:
            repository.delete_deal(session, deal.id)
        with svc.db.engine.connect() as connection:
            for table in ("step", "stakeholder", "risk", "approval_path", "close_date_change", "step_dependency"):
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    finally:
        svc.close()


def test_migrating_an_empty_database_gives_exactly_the_models(tmp_path):
    db = open_database(tmp_path / "empty.sqlite3", now=NOW)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        db.close()


def _first_schema_database(path: Path) -> uuid.UUID:
    """A database as the first released schema (revision 0001) wrote it, with one deal."""
    engine = make_engine(path)
    upgrade(engine, "0001")
    deal_id = uuid.uuid4()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO deal (id, name, account, amount, currency, stage, target_close, owner, country,"
                " customer_language, business_issue, problem, solution, benefit, bant_budget, bant_budget_note,"
                " bant_authority, bant_authority_note, bant_need, bant_need_note, bant_timeframe,"
                " bant_timeframe_note, internal_notes, created_at, updated_at, version) VALUES (:id, '基幹システム刷新',"
                " '北辰物産株式会社', '12000000', 'JPY', 'approval', '2026-12-18', '佐藤 健', 'JP', 'ja', '', '', '',"
                " '', 'yes', '', 'unknown', '', 'yes', '', 'no', '', '', '2026-10-01 09:00:00.000000',"
                " '2026-11-20 09:00:00.000000', 3)"
            ),
            {"id": deal_id.hex},
        )
        connection.execute(
            text(
                "INSERT INTO step (id, deal_id, position, title, description, owner_side, owner_person, kind,"
                " due_date, status, customer_visible, internal_note, approver, recurrence_rule) VALUES"
                " (:sid, :id, 0, '稟議書の起案', '', 'customer', '中村', 'task', '2026-12-01', 'planned', 1, '', '', '')"
            ),
            {"sid": uuid.uuid4().hex, "id": deal_id.hex},
        )
    engine.dispose()
    return deal_id


def test_a_previous_schema_database_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    deal_id = _first_schema_database(path)
    svc = DealService.open(path, fixed_clock)
    try:
        assert current_revision(svc.db.engine) == head_revision()
        deal = svc.get_deal(deal_id)
        assert deal.name == "基幹システム刷新"
        assert [s.title for s in deal.steps] == ["稟議書の起案"]
        assert deal.vendor_company == "" and deal.close_date_history == [] and deal.plan_agreed_on is None
    finally:
        svc.close()
    backups = list((tmp_path / "backups").glob("old.before-migration-0001.*.sqlite3"))
    assert len(backups) == 1
    connection = sqlite3.connect(backups[0])
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT name FROM deal").fetchall() == [("基幹システム刷新",)]
    finally:
        connection.close()
    assert backups[0].stat().st_mode & 0o777 == 0o600


def test_every_revision_upgrades_from_the_one_before(tmp_path):
    revisions = [r.revision for r in reversed(list(script_directory().walk_revisions()))]
    assert len(revisions) >= 2
    engine = make_engine(tmp_path / "steps.sqlite3")
    try:
        for revision in revisions:
            upgrade(engine, revision)
            assert current_revision(engine) == revision
    finally:
        engine.dispose()


def test_a_database_from_a_newer_closeplan_is_refused_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path, now=NOW).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path, now=NOW)
    assert "newer version of closeplan" in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("これはデータベースではありません", "utf-8")
    with pytest.raises(NotACloseplanDatabase) as caught:
        open_database(path, now=NOW)
    assert "not an SQLite file" in str(caught.value)
    assert path.read_text("utf-8") == "これはデータベースではありません"


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(NotACloseplanDatabase):
        open_database(path, now=NOW)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("invoices",)]
    connection.close()


def test_the_schema_head_constant_matches_alembic():
    from closeplan.store.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
