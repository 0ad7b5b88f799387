"""A throwaway PostgreSQL cluster for the tests of the team server (no mocks, no stand-in).

The session fixture ``pg_admin_url`` initdb's a cluster in a temporary folder, starts it with
``pg_ctl`` on a Unix socket in that folder and on a free loopback port, and yields the URL of
its superuser. Every login, the superuser's included, authenticates with ``scram-sha-256``. The
cluster is stopped and its folder removed at the end of the session. Without PostgreSQL's
server programs the tests that need it are skipped (``apt-get install postgresql``), except in
CI, where .ci/run installs them: there they fail.

``initdb`` refuses to run as root: as root the cluster belongs to the ``postgres`` system user
(Debian's package creates it), through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

MIN_VERSION = 15
ADMIN = "test_admin"
INSTALL = "apt-get install postgresql"


def server_programs() -> Path | None:
    """The folder of PostgreSQL's server programs (initdb, pg_ctl, postgres) of version 15 or
    newer: Debian's /usr/lib/postgresql/N/bin (the newest), else pg_ctl on the PATH."""
    candidates = []
    for folder in glob.glob("/usr/lib/postgresql/*/bin"):
        match = re.search(r"/postgresql/(\d+)/bin$", folder)
        if match and int(match[1]) >= MIN_VERSION and os.access(Path(folder) / "pg_ctl", os.X_OK):
            candidates.append((int(match[1]), Path(folder)))
    if candidates:
        return max(candidates)[1]
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb", path=str(Path(found).parent)):
        return Path(found).parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """A running throwaway cluster: where it listens and how its superuser logs in."""

    bindir: Path
    folder: Path
    port: int
    admin_password: str
    as_postgres: bool

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, user: str = ADMIN, password: str | None = None, dbname: str = "postgres") -> str:
        """A libpq URL over TCP on the loopback interface."""
        secret = self.admin_password if password is None and user == ADMIN else password
        auth = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{quote(dbname, safe='')}"

    def socket_url(self, user: str = ADMIN, password: str | None = None, dbname: str = "postgres") -> str:
        """A libpq URL over the Unix socket in the cluster's folder."""
        secret = self.admin_password if password is None and user == ADMIN else password
        auth = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql://{auth}@/{quote(dbname, safe='')}?host={quote(str(self.folder), safe='')}&port={self.port}"

    @property
    def admin_url(self) -> str:
        return self.url()

    def new_database(self, prefix: str = "t") -> str:
        """A new empty database; its name."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)


def start_cluster() -> Cluster:
    """initdb and start a cluster in a new temporary folder (raises RuntimeError with the reason)."""
    bindir = server_programs()
    if bindir is None:
        raise FileNotFoundError(f"PostgreSQL {MIN_VERSION} or newer is not installed ({INSTALL})")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="closeplan-pg-"))
    password = secrets.token_urlsafe(18)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n", encoding="utf-8")
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    cluster = Cluster(bindir, folder, _free_port(), password, as_postgres)
    try:
        cluster.run(
            "initdb",
            "-D",
            str(cluster.data),
            "-U",
            ADMIN,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        options = " ".join(
            [
                f"-p {cluster.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={folder}",
                "-c password_encryption=scram-sha-256",
                # a throwaway cluster: no crash safety for the machine, only for the processes
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=60",
                "-c shared_buffers=256MB",
            ]
        )
        for attempt in range(3):
            started = cluster.run(
                "pg_ctl", "-D", str(cluster.data), "-l", str(folder / "log"), "-o", options, "-w", "start", check=False
            )
            if started.returncode == 0:
                return cluster
            if attempt < 2 and "in use" in _log_tail(folder):  # the free port was taken meanwhile
                cluster.port = _free_port()
                options = re.sub(r"-p \d+", f"-p {cluster.port}", options)
                continue
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {_log_tail(folder)}")
    except BaseException:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    raise AssertionError("unreachable")


def _log_tail(folder: Path) -> str:
    try:
        return " ".join((folder / "log").read_text(encoding="utf-8", errors="replace").splitlines()[-5:])
    except OSError:
        return ""


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's throwaway PostgreSQL cluster (skipped when PostgreSQL is not installed, except in CI)."""
    from tests.conftest import in_ci

    try:
        cluster = start_cluster()
    except FileNotFoundError as exc:
        if in_ci():
            pytest.fail(f"{exc}; in CI it must be there (.ci/run installs it)", pytrace=False)
        pytest.skip(f"{exc}: sudo {INSTALL}")
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url(pg_cluster: Cluster) -> str:
    """The URL of the throwaway cluster's superuser (database ``postgres``, over TCP, SCRAM)."""
    return pg_cluster.admin_url
