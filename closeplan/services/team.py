"""Setting up the team server: its schema, its users, and sharing a deal (docs/team-server.md).

Every input is checked before anything is sent (``InvalidInput``: nothing was changed); the
server's failures are one sentence each (``ServerUnreachable``, ``ServerRefused``). No message
holds a password or the URL's password.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass

import psycopg

from closeplan.store.server import members as server_members
from closeplan.store.server.connection import (
    BadServerUrl,
    ServerError,
    ServerRefused,
    ServerUnreachable,
    connect,
    failure,
    parse_url,
    where,
)
from closeplan.store.server.members import Member
from closeplan.store.server.schema import InitReport, init_server

__all__ = [
    "InvalidInput",
    "Member",
    "NewUser",
    "ROLES",
    "ServerError",
    "ServerRefused",
    "ServerUnreachable",
    "Shared",
    "add_user",
    "check_login",
    "check_team",
    "init",
    "new_password",
    "share",
    "users",
]

ROLES = ("ae", "manager")
MAX_TEAM = 100
PASSWORD_BYTES = 18  # 24 characters of URL-safe base64
# PostgreSQL's own and ours, and names it refuses for a role
_RESERVED_PREFIXES = ("pg_", "closeplan_")
_RESERVED = {"public", "none", "current_user", "session_user", "current_role", "user", "all"}


class InvalidInput(ValueError):
    """An argument that cannot be used; nothing was sent to the server."""


@dataclass(frozen=True)
class NewUser:
    login: str
    team: str
    role: str
    generated_password: str | None  # shown once when closeplan made it up; None when it was given


@dataclass(frozen=True)
class Shared:
    deal_id: uuid.UUID
    deal_name: str
    grantee: str
    can_edit: bool


def check_url(url: str) -> str:
    try:
        parse_url(url)
    except BadServerUrl as exc:
        raise InvalidInput(str(exc)) from None
    return url.strip()


def check_login(name: str) -> str:
    """A login name that needs no quoting anywhere (psql, URLs, pg_hba.conf): lower-case ASCII
    letters, digits and underscores, starting with a letter or an underscore, at most 63."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name or ""):
        raise InvalidInput(
            f"{name!r} is not a valid user name: use lower-case letters a–z, digits and _ "
            "(starting with a letter or _, at most 63)"
        )
    if name in _RESERVED or name.startswith(_RESERVED_PREFIXES):
        raise InvalidInput(f"{name!r} is reserved (PostgreSQL's or closeplan's own): choose another user name")
    return name


def check_team(team: str) -> str:
    cleaned = (team or "").strip()
    if not cleaned or len(cleaned) > MAX_TEAM:
        raise InvalidInput(f"a team name has 1 to {MAX_TEAM} characters")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") for c in cleaned):
        raise InvalidInput("a team name cannot hold control or invisible characters")
    return cleaned


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(f"{role!r} is not a role: use ae (account executive) or manager")
    return role


def check_password(password: str) -> str:
    if not password or "\x00" in password:
        raise InvalidInput("the password given on standard input is empty or holds a NUL character")
    return password


def new_password() -> str:
    return secrets.token_urlsafe(PASSWORD_BYTES)


def init(url: str) -> InitReport:
    """Create or upgrade the server's roles, schema, policies and functions (idempotent)."""
    return init_server(check_url(url))


def add_user(url: str, login: str, *, team: str, role: str, password: str | None = None) -> NewUser:
    """A login for an AE or a manager of a team. Without ``password`` one is made up (returned
    once, in ``generated_password``)."""
    url = check_url(url)
    login, team, role = check_login(login), check_team(team), check_role(role)
    generated = None
    if password is None:
        password = generated = new_password()
    check_password(password)
    connection = connect(url)
    try:
        try:
            with connection.transaction():
                server_members.require_schema(connection, where(url))
                server_members.create_login(connection, login, password, team, role)
        except psycopg.Error as exc:
            raise failure(exc, url, f"adding the user {login}") from None
    finally:
        connection.close()
    return NewUser(login, team, role, generated)


def users(url: str) -> list[Member]:
    url = check_url(url)
    connection = connect(url)
    try:
        try:
            with connection.transaction():
                server_members.require_schema(connection, where(url))
                return server_members.members(connection)
        except psycopg.Error as exc:
            raise failure(exc, url, "listing the users") from None
    finally:
        connection.close()


def share(url: str, deal: str, grantee: str, *, can_edit: bool) -> Shared:
    """Share a deal (its id, or a unique part of its name) with someone of the same team; run by
    the deal's owner, on their own login (row-level security decides)."""
    url = check_url(url)
    grantee = check_login(grantee)
    if not deal or not deal.strip():
        raise InvalidInput("name the deal to share: its id or a unique part of its name")
    connection = connect(url)
    try:
        try:
            with connection.transaction():
                server_members.require_schema(connection, where(url))
                found = server_members.find_deals(connection, deal.strip())
                if not found:
                    raise ServerRefused(f"no deal matching {deal!r} that you can see on the team server")
                if len(found) > 1:
                    names = ", ".join(repr(d.name) for d in found[:5])
                    raise ServerRefused(f"{deal!r} matches {len(found)} deals ({names}): give its id")
                target = found[0]
                me = connection.execute("SELECT current_user").fetchone()
                if me is None or target.owner != me[0]:
                    raise ServerRefused(f"only the deal's owner ({target.owner}) can share {target.name!r}")
                if grantee == me[0]:
                    raise InvalidInput("a deal is not shared with its own owner: name someone else of your team")
                if not server_members.same_team(connection, grantee):
                    raise ServerRefused(f"there is no user {grantee} in your team")
                server_members.share(connection, target.id, grantee, can_edit)
        except psycopg.Error as exc:
            raise failure(exc, url, "sharing the deal") from None
    finally:
        connection.close()
    return Shared(target.id, target.name, grantee, can_edit)


def whoami(url: str, password: str | None = None) -> Member:
    """Who the team server at ``url`` lets in, once it is ready for syncing: the login, its team
    and role (the app's Test connection). ``password``: None for libpq's own sources (the URL,
    ``PGPASSWORD``, ``~/.pgpass``). ServerError (one sentence) otherwise; nothing is changed."""
    url = url.strip()
    connection = connect(url, password=password)  # BadServerUrl, ServerUnreachable
    try:
        try:
            row = connection.execute(
                "SELECT current_user, to_regprocedure('closeplan.push(jsonb)') IS NOT NULL"
            ).fetchone()
            if row is None or not row[1]:
                raise ServerRefused(
                    f"the team server {where(url)} has no closeplan schema yet (an admin runs `closeplan server init`)"
                )
            team, role = connection.execute("SELECT closeplan.my_team(), closeplan.my_role()").fetchone() or (
                None,
                None,
            )
        except psycopg.Error as exc:
            raise failure(exc, url, "reading who is logged in") from None
    finally:
        connection.close()  # read only: nothing to commit
    if not team or not role:
        raise ServerRefused(
            f"{row[0]} is not a member of a team on {where(url)} (an admin adds it with `closeplan server add-user`)"
        )
    return Member(str(row[0]), str(team), str(role))
