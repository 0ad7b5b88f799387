"""Connections to the team server, and its failures as one sentence each.

A URL is libpq's (``postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full``); the password
comes from the URL, ``PGPASSWORD``, ``~/.pgpass`` or whoever calls (the keyring), and is never
part of a message: a server is named by ``where(url)``, its user, host, port and database only.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import conninfo

CONNECT_TIMEOUT = 10  # seconds
# A sync's statements wait no longer than this for the server (a lock held by someone else, a
# server that hangs): the laptop then says the server did not answer in time, and tries again.
STATEMENT_TIMEOUT_S = 60
LOCK_TIMEOUT_S = 20
APPLICATION = "closeplan"


class ServerError(Exception):
    """A failure of a team-server command, as one sentence that holds no password. For a user
    interface to say it in its own language: ``server`` (as ``where`` names it), ``cause`` (one of
    CAUSES) and ``detail`` (what libpq or the server said, in English, no password)."""

    CAUSES = ("login-refused", "no-password", "nobody-listening", "no-answer", "unreachable", "broken",
              "refused", "no-schema", "other")  # fmt: skip

    def __init__(self, message: str, server: str = "", cause: str = "other", detail: str = ""):
        super().__init__(message)
        self.server, self.cause, self.detail = server, cause, detail


class BadServerUrl(ServerError, ValueError):
    """The URL is not a PostgreSQL URL libpq can read (nothing was tried)."""


class ServerUnreachable(ServerError):
    """The server could not be reached, or did not let the user in."""


class ServerRefused(ServerError):
    """The server was reached and refused what was asked (no right to it, no schema yet, …)."""


def parse_url(url: str) -> dict[str, Any]:
    """libpq's parameters of a ``postgresql://`` URL; BadServerUrl when it is not one."""
    if not isinstance(url, str) or not re.match(r"postgres(ql)?://", url.strip()):
        raise BadServerUrl("the server must be given as a URL: postgresql://USER@HOST:PORT/DATABASE")
    try:
        return conninfo.conninfo_to_dict(url.strip())
    except psycopg.ProgrammingError:
        raise BadServerUrl(
            "the server URL cannot be read (the form is postgresql://USER@HOST:PORT/DATABASE, "
            "with special characters percent-encoded)"
        ) from None


def where(url: str) -> str:
    """The server as a message names it: ``USER@HOST:PORT/DATABASE`` (no password)."""
    try:
        params = parse_url(url)
    except BadServerUrl:
        return "the server"
    host = str(params.get("host") or "localhost")
    if host.startswith("/"):
        host = f"socket {host}"
    user = f"{params['user']}@" if params.get("user") else ""
    port = f":{params['port']}" if params.get("port") else ""
    database = f"/{params['dbname']}" if params.get("dbname") else ""
    return f"{user}{host}{port}{database}"


def cause_of(exc: BaseException) -> str:
    """The kind of a connection failure (ServerError.CAUSES)."""
    lowered = str(exc).lower()
    if "password authentication failed" in lowered:
        return "login-refused"
    if "no password supplied" in lowered or "password is required" in lowered:
        return "no-password"
    if "connection refused" in lowered:
        return "nobody-listening"
    if "timeout expired" in lowered:
        return "no-answer"
    return "unreachable"


def reason(exc: BaseException) -> str:
    """libpq's reason of a failure, short: its last ``failed: …`` part, first line, with the
    common causes said plainly."""
    text = str(exc).strip()
    if "failed: " in text:
        text = text.rsplit("failed: ", 1)[1]
    text = text.splitlines()[0].strip() if text else type(exc).__name__
    text = re.sub(r"^(FATAL|ERROR):\s+", "", text)
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return "the login was refused (wrong password, or no such user)"
    if "no password supplied" in lowered or "password is required" in lowered:
        return "no password was given (in the URL, PGPASSWORD, ~/.pgpass or the keyring)"
    if "connection refused" in lowered:
        return "nothing is listening there (connection refused)"
    if "timeout expired" in lowered:
        return f"no answer within {CONNECT_TIMEOUT} seconds"
    return text.rstrip(".")


def connect(url: str, *, autocommit: bool = False, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection to the team server (``ServerUnreachable`` with the reason when there is none)."""
    parse_url(url)
    extra: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": APPLICATION,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_S}s -c lock_timeout={LOCK_TIMEOUT_S}s",
    }
    if password is not None:
        extra["password"] = password
    try:
        return psycopg.connect(url.strip(), autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(
            f"cannot connect to the team server {where(url)}: {reason(exc)}", where(url), cause_of(exc), reason(exc)
        ) from None
    except psycopg.ProgrammingError:  # a parameter libpq does not know, in the URL's query
        raise BadServerUrl("the server URL has a parameter libpq does not know") from None


def failure(exc: psycopg.Error, url: str, doing: str) -> ServerError:
    """The sentence for an error the server raised while ``doing`` something."""
    if isinstance(exc, psycopg.OperationalError) and exc.sqlstate is None:  # the connection broke
        return ServerUnreachable(
            f"the connection to the team server {where(url)} broke while {doing}", where(url), "broken"
        )
    if exc.sqlstate in ("57014", "55P03"):  # query_canceled (statement_timeout), lock_not_available
        return ServerUnreachable(
            f"the team server {where(url)} did not answer in time while {doing}", where(url), "no-answer"
        )
    if exc.sqlstate == "42501":  # insufficient_privilege
        return ServerRefused(
            f"the team server {where(url)} refused {doing}: {_primary(exc)}", where(url), "refused", _primary(exc)
        )
    return ServerRefused(
        f"the team server {where(url)} could not finish {doing}: {_primary(exc)}", where(url), "other", _primary(exc)
    )


def _primary(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return (primary or type(exc).__name__).rstrip(".")
