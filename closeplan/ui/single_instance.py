"""One window per database file.

The app that opens a database takes a lock file beside it (``<database>.lock``, Qt's QLockFile)
and listens on a local socket whose name is derived from the database's path. A second start on
the same database finds the lock held, asks the first through the socket to bring its window to
the front, says so, and ends. A lock left behind by a crashed app is stale (its process is gone)
and is taken over. The command line takes no such lock: its writes queue on SQLite's busy
timeout, or fail in one sentence.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"  # what a second start sends
RAISED = b"raised\n"  # what the first answers once it brought its window to the front
CONNECT_TRIES = 20  # a second start tries this often, 150 ms apart, to reach the first (it may be starting)
ANSWER_MS = 3000


def lock_path(database: Path) -> Path:
    """The lock file of a database file: beside it, named after it."""
    return database.with_name(database.name + ".lock")


def server_name(database: Path) -> str:
    """The local socket's name for a database file: the same for every start on that file by
    this user, whatever the spelling of its path."""
    try:
        where = str(database.resolve())
    except OSError:
        where = str(database.absolute())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = hashlib.sha256(f"{user}\0{os.path.normcase(where)}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"closeplan-{key[:32]}"


class AlreadyOpen(Exception):
    """Another closeplan window has the database open. ``raised``: that window answered and was
    brought to the front."""

    def __init__(self, database: Path, raised: bool):
        super().__init__(f"{database} is open in another closeplan window")
        self.database = database
        self.raised = raised


class FirstInstance(QObject):
    """The lock and the socket of the app that has the database open; ``raise_requested`` is
    emitted when a second start on the same database asks for the window."""

    raise_requested = Signal()

    def __init__(self, database: Path, lock: QLockFile | None):
        super().__init__()
        self.database = database
        self._lock = lock
        self._clients: list[QLocalSocket] = []
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(database)
        QLocalServer.removeServer(name)  # left behind by a crashed app: the lock is ours now
        if not self.server.listen(name):
            log.warning("cannot listen for other starts on %s: %s", database, self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(lambda c=client: self._gone(c))
            if client.bytesAvailable():
                self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        if bytes(client.readAll().data()).startswith(RAISE.strip()):
            log.info("another start on %s asked for this window", self.database)
            self.raise_requested.emit()
            client.write(RAISED)
            client.flush()
            client.disconnectFromServer()

    def _gone(self, client: QLocalSocket) -> None:
        if client in self._clients:
            self._clients.remove(client)
        client.deleteLater()

    def release(self) -> None:
        """Stop listening and remove the lock (also done when the process ends)."""
        self.server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def claim(database: Path) -> FirstInstance:
    """Take the database for this app, or raise AlreadyOpen (after asking the app that has it to
    bring its window to the front). A folder where no lock file can be made (read-only) is opened
    without one."""
    database = Path(database)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)  # a first start: the data folder is new
    except OSError:
        pass  # then no lock file can be made either: said below
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long the app runs
    if lock.tryLock(0):
        return FirstInstance(database, lock)
    if lock.error() != QLockFile.LockError.LockFailedError:
        log.warning("cannot make the lock file %s (%s); opened without it", lock_path(database), lock.error().name)
        return FirstInstance(database, None)
    raise AlreadyOpen(database, ask_to_raise(database))


def ask_to_raise(database: Path) -> bool:
    """Ask the app that has ``database`` open to bring its window to the front; whether it did."""
    socket = QLocalSocket()
    name = server_name(database)
    for _attempt in range(CONNECT_TRIES):
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        QThread.msleep(150)  # the first may still be starting: its socket is not there yet
    else:
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(ANSWER_MS)
    answer = b""
    while RAISED not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return RAISED in answer
