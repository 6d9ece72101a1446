"""One Reader per data folder: a lock file, and a local socket to hand files to the running one."""

from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first used: after the window's first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "reader.instance.lock"
_ACK = b"ok\n"
_SLICE_MS = 20
_MAX_MESSAGE = 64 * 1024  # a path; anything longer is not from Reader


def default_server_name(data_dir: Path) -> str:
    """A socket name private to this user and data folder."""
    key = f"{getpass.getuser()}\0{Path(data_dir).absolute()}"
    return "reader-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """Holds the instance lock of a data folder; the holder listens for files to open.

    Signals: file_requested(str) — another `reader FILE` asked this instance to open FILE.
    """

    file_requested = Signal(str)

    def __init__(
        self, data_dir: Path, server_name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        # 0: never take over a live instance's lock however old; a dead one's pid tells.
        self._lock.setStaleLockTime(0)
        self._name = server_name or default_server_name(Path(data_dir))
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def server_name(self) -> str:
        return self._name

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock and (unless told to wait: listen()) listen; False if another
        live instance holds it."""
        if self._server is not None:
            return True
        if not self._lock.isLocked() and not self._lock.tryLock(0):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Take files from other `reader FILE` processes; the lock must be held."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - not before the first paint

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self._name)  # a socket file left by a crashed instance
        server.newConnection.connect(self._on_new_connection)
        # Even if listening fails we are the one instance; later files just can't be handed over.
        server.listen(self._name)
        self._server = server

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def release(self) -> None:
        """Stop listening and give up the lock (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def send_to_running(self, path: str, timeout_ms: int = 3000) -> bool:
        """Ask the running instance to open path; True once it confirmed."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - see listen()

        socket = QLocalSocket()
        try:
            if not _connect(socket, self._name, timeout_ms):
                return False
            socket.write(QByteArray(path.encode("utf-8") + b"\n"))
            if not socket.waitForBytesWritten(timeout_ms):
                return False
            return _read_ack(socket, timeout_ms)
        finally:
            socket.abort()

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._on_ready_read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > _MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        socket.write(QByteArray(_ACK))
        socket.flush()
        path = line.decode("utf-8", errors="replace")
        # Not from inside the socket's slot: opening the file may run a modal dialog, whose
        # event loop would delete this socket (disconnected → deleteLater) under our feet.
        QTimer.singleShot(0, self, lambda: self.file_requested.emit(path))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _connect(socket: QLocalSocket, name: str, timeout_ms: int) -> bool:
    """Connect, retrying while the lock holder has not started listening yet."""
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(max(0, deadline.remainingTime())):
            return True
        if deadline.hasExpired():
            return False
        socket.abort()
        time.sleep(_SLICE_MS / 1000)


def _read_ack(socket: QLocalSocket, timeout_ms: int) -> bool:
    """Wait for the receiver's confirmation in short slices.

    Short slices let other Python threads run in between: PySide keeps the GIL while waiting.
    """
    answer = b""
    deadline = QDeadlineTimer(timeout_ms)
    while len(answer) < len(_ACK) and not deadline.hasExpired():
        if socket.waitForReadyRead(_SLICE_MS):
            answer += bytes(socket.readAll().data())
        elif socket.state() != type(socket).LocalSocketState.ConnectedState:
            break
    return answer.startswith(_ACK)
