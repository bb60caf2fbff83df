"""One window per library: a lock file says which process has it, and later starts hand it
their files through a local socket instead of opening a second window. The socket is made
after the window's first paint: QtNetwork is not loaded for it."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QDir, QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

CONNECT_MS = 300
# A later start waits this long for the window that holds the library to listen (it listens
# once its window is painted, so this is only ever the time of a start-up at the same moment).
WAIT_FOR_OWNER_S = 20.0
_RETRY_S = 0.05


class NotAnswering(Exception):
    """Another process holds the library but does not take files."""


def server_name(home: Path) -> str:
    """One name per library folder: a second library may have its own window."""
    path = str(home.expanduser().resolve()).encode("utf-8")
    sha1 = QCryptographicHash.Algorithm.Sha1  # Qt's, not hashlib's: OpenSSL is not loaded
    digest = bytes(QCryptographicHash.hash(path, sha1).toHex().data()).decode("ascii")[:16]
    return f"paper-reader-{digest}"


def lock_path(home: Path) -> str:
    # In the temporary folder, like the socket: a read-only library folder still gets one.
    return str(Path(QDir.tempPath()) / f"{server_name(home)}.lock")


def send_to_running(home: Path, paths: list[str]) -> bool:
    """Hand `paths` to a window already open on this library; False when there is none."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(QByteArray(json.dumps(paths).encode("utf-8")))
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class Instance(QObject):
    """This process's hold on one library: the lock, and from `listen` on the socket later
    starts write to. The paths they send are kept until `deliver_to` names who takes them."""

    def __init__(self, home: Path, lock: QLockFile | None) -> None:
        super().__init__()
        self._home = home
        self._lock = lock
        self._server: QLocalServer | None = None
        self._kept: list[list[str]] = []
        self._take: Callable[[list[str]], None] | None = None

    def listen(self) -> None:
        """Take what later starts send from now on; until then they wait for it."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        self._server = QLocalServer(self)
        name = server_name(self._home)
        QLocalServer.removeServer(name)  # ours alone now: a socket left there is a crash's
        if not self._server.listen(name):
            log.warning("cannot listen for later starts: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    @classmethod
    def claim(cls, home: Path, paths: list[str]) -> Instance | None:
        """The library for this process, or None when a window already has it: then it got
        `paths`. Raises NotAnswering when the holder never listens."""
        lock = QLockFile(lock_path(home))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        deadline = time.monotonic() + WAIT_FOR_OWNER_S
        while True:
            if lock.tryLock(0):
                return cls(home, lock)
            if lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("no lock file for %s: %s", home, lock.error())
                return None if send_to_running(home, paths) else cls(home, None)
            if send_to_running(home, paths):
                return None
            if time.monotonic() > deadline:
                raise NotAnswering(lock_path(home))
            time.sleep(_RETRY_S)  # it has the lock and is about to listen

    def deliver_to(self, take: Callable[[list[str]], None]) -> None:
        """From now on `take(paths)` gets what later starts send; first what came before."""
        self._take = take
        kept, self._kept = self._kept, []
        for paths in kept:
            take(paths)

    def release(self) -> None:
        """Let the next start have the library."""
        if self._server is not None:
            self._server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        buffer = bytearray()

        def read() -> None:
            buffer.extend(socket.readAll().data())

        def done() -> None:
            read()
            socket.deleteLater()
            self._received(bytes(buffer))

        socket.readyRead.connect(read)
        socket.disconnected.connect(done)

    def _received(self, data: bytes) -> None:
        try:
            paths = [str(p) for p in json.loads(data.decode("utf-8") or "[]")]
        except (ValueError, TypeError):
            log.warning("a later start sent something unreadable: %r", data[:200])
            return
        if self._take is not None:
            self._take(paths)
        else:
            self._kept.append(paths)
