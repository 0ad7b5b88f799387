"""Create or upgrade the team server: the group roles, the schema ``closeplan`` and what its
Alembic migrations (``migrations/``, version table ``closeplan.alembic_version``) put in it.

Everything runs in one transaction on the admin's connection: either all of it is there
afterwards or none of it. Running it again changes nothing. The admin is a superuser, or a role
with CREATEROLE that may create schemas in the database (it is then made a member of
``closeplan_owner``, so that what it creates belongs to that role).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql

from closeplan.store.server.connection import ServerRefused, connect, failure, where

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA = "closeplan"
OWNER = "closeplan_owner"
AE = "closeplan_ae"
MANAGER = "closeplan_manager"
GROUP_ROLES = (OWNER, AE, MANAGER)
MIN_SERVER = 150000  # PostgreSQL 15
_INIT_LOCK = 0x636C6F7365706C61  # one init at a time on a server ("closepla")


@dataclass(frozen=True)
class InitReport:
    before: str | None  # the schema's revision before (None: there was none)
    head: str  # its revision now
    created_roles: tuple[str, ...]


def _script_location() -> str:
    return str(resources.files("closeplan.store.server").joinpath("migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revision(connection: psycopg.Connection[Any]) -> str | None:
    """The schema's revision (None when the database has none), as whoever asks may see it."""
    found = connection.execute("SELECT to_regclass('closeplan.alembic_version') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = connection.execute("SELECT version_num FROM closeplan.alembic_version").fetchone()
    return row[0] if row else None


def init_server(url: str) -> InitReport:
    """Create or upgrade the roles, the schema, its tables, policies and functions (idempotent)."""
    raw = connect(url)
    try:
        try:
            return _init(raw, url)
        except psycopg.Error as exc:
            raise failure(exc, url, "setting up the schema") from None
    finally:
        raw.close()


def _init(raw: psycopg.Connection[Any], url: str) -> InitReport:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    version = raw.info.server_version
    if version < MIN_SERVER:
        raise ServerRefused(
            f"the team server {where(url)} runs PostgreSQL {version // 10000}; closeplan needs 15 or newer"
        )
    row = raw.execute("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user").fetchone()
    superuser, createrole = (bool(row[0]), bool(row[1])) if row else (False, False)
    if not (superuser or createrole):
        raise ServerRefused(
            f"{where(url)} may not create roles: run `closeplan server init` as a superuser "
            "or as a role with CREATEROLE that owns the database"
        )
    raw.rollback()
    engine = create_engine("postgresql+psycopg://", creator=lambda: raw, poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            pg = connection.connection.driver_connection
            assert isinstance(pg, psycopg.Connection)
            pg.execute("SELECT pg_advisory_xact_lock(%s)", [_INIT_LOCK])
            created = _ensure_roles(pg, superuser)
            pg.execute(
                sql.SQL("CREATE SCHEMA IF NOT EXISTS {} AUTHORIZATION {}").format(
                    sql.Identifier(SCHEMA), sql.Identifier(OWNER)
                )
            )
            pg.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER)))
            before = stored_revision(pg)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            head = stored_revision(pg)
            pg.execute("RESET ROLE")
    finally:
        engine.dispose()
    assert head is not None
    return InitReport(before, head, created)


def _ensure_roles(pg: psycopg.Connection[Any], superuser: bool) -> tuple[str, ...]:
    created = []
    for role in GROUP_ROLES:
        if pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None:
            pg.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            created.append(role)
    if not superuser:  # a CREATEROLE admin: may act as the owner, to create what it owns
        member = pg.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", [OWNER]).fetchone()
        if not (member and member[0]):
            pg.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(OWNER)))
    return tuple(created)
