"""Logins of the team server and what they may see: members (login, team, role) and shares.

``create_login`` and ``members`` run on an admin's connection (a superuser, or the CREATEROLE
admin who ran ``closeplan server init``); the member rows are written and read as the role
``closeplan_owner``, whose policy on ``closeplan.member`` is the only one that lists them all.
``share`` runs on the deal owner's own connection: row-level security decides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from closeplan.store.server.connection import ServerRefused
from closeplan.store.server.schema import AE, MANAGER, OWNER

GROUP_OF_ROLE = {"ae": AE, "manager": MANAGER}


@dataclass(frozen=True)
class Member:
    login: str
    team: str
    role: str


@dataclass(frozen=True)
class DealOnServer:
    id: uuid.UUID
    owner: str
    name: str


class LoginExists(ServerRefused):
    pass


def require_schema(connection: psycopg.Connection[Any], where: str) -> None:
    if connection.execute("SELECT to_regclass('closeplan.member') IS NOT NULL").fetchone() != (True,):
        raise ServerRefused(f"{where} has no closeplan schema yet: run `closeplan server init` first")


def create_login(connection: psycopg.Connection[Any], login: str, password: str, team: str, role: str) -> None:
    """A LOGIN role with this password (sent as its SCRAM verifier only, never as text), in the
    group role of ``role``, and its member row. In the caller's transaction."""
    group = GROUP_OF_ROLE[role]
    if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone() is not None:
        raise LoginExists(f"a role named {login} exists already on the server; nothing was changed")
    verifier = connection.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    connection.execute(
        sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(verifier.decode())
        )
    )
    connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))
    with _as_owner(connection):
        connection.execute("INSERT INTO closeplan.member (login, team, role) VALUES (%s, %s, %s)", [login, team, role])


def members(connection: psycopg.Connection[Any]) -> list[Member]:
    with _as_owner(connection):
        rows = connection.execute("SELECT login, team, role FROM closeplan.member ORDER BY team, login").fetchall()
    return [Member(*row) for row in rows]


class _as_owner:
    """SET LOCAL ROLE closeplan_owner for the block (inside the caller's transaction)."""

    def __init__(self, connection: psycopg.Connection[Any]):
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER)))

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.connection.execute("RESET ROLE")


def find_deals(connection: psycopg.Connection[Any], key: str) -> list[DealOnServer]:
    """The live deals the caller sees whose id is ``key`` or starts with it (eight characters or
    more), or whose name or account holds it (any case), as the laptop's own commands find a deal."""
    rows = connection.execute(
        """
        SELECT d.id, d.owner, coalesce(i.fields ->> 'name', '')
        FROM closeplan.deal d
        LEFT JOIN closeplan.item i ON i.deal_id = d.id AND i.entity = 'deal' AND i.entity_id = d.id
        WHERE d.removed_at IS NULL
          AND (d.id::text = lower(%(key)s)
               OR (length(%(key)s) >= 8 AND starts_with(d.id::text, lower(%(key)s)))
               OR strpos(lower(coalesce(i.fields ->> 'name', '')), lower(%(key)s)) > 0
               OR strpos(lower(coalesce(i.fields ->> 'account', '')), lower(%(key)s)) > 0)
        ORDER BY 3, 1
        """,
        {"key": key},
    ).fetchall()
    exact = [row for row in rows if str(row[0]) == key.lower()]
    return [DealOnServer(*row) for row in (exact or rows)]


def same_team(connection: psycopg.Connection[Any], login: str) -> bool:
    row = connection.execute(
        "SELECT closeplan.team_of(%s) IS NOT DISTINCT FROM closeplan.my_team() AND closeplan.my_team() IS NOT NULL",
        [login],
    ).fetchone()
    return bool(row and row[0])


def share(connection: psycopg.Connection[Any], deal_id: uuid.UUID, grantee: str, can_edit: bool) -> None:
    connection.execute("SELECT closeplan.share(%s, %s, %s)", [deal_id, grantee, can_edit])


__all__ = [
    "DealOnServer",
    "LoginExists",
    "Member",
    "create_login",
    "find_deals",
    "members",
    "require_schema",
    "same_team",
    "share",
]
