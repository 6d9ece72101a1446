"""One Reader per data folder: a lock file, and a local socket to hand files to the running one."""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, Qt, QTimer, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first used: after the window's first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "reader.instance.lock"
_ACK = b"ok\n"
_REFUSED = b"no "  # then the reason, one line: the file can't be opened
_WAIT = b"wait\n"  # the answer follows once the file is read (a web page, a large file)
READ_WAIT_MS = 60_000  # how long a sender waits for that answer; then the file counts as taken
_SLICE_MS = 20
_MAX_MESSAGE = 64 * 1024  # a path; anything longer is not from Reader


def default_server_name(data_dir: Path) -> str:
    """A socket name private to this user and data folder."""
    # resolved: one folder reached through a symlink is the same folder, and one Reader's
    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}"
    # surrogateescape: a folder name that is not UTF-8 hashes as its bytes.
    return "reader-" + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]


class SingleInstance(QObject):
    """Holds the instance lock of a data folder; the holder listens for files to open.

    Signals: file_requested(str) — another `reader FILE` asked this instance to open FILE.
    problem: why no instance can hold the lock here (a read-only folder, a full disk, a file
    where the folder should be); "" when one can, held by this instance or another.
    """

    # object, not str: a QString would drop the lone surrogates of a name that is not UTF-8.
    file_requested = Signal(object)
    _read = Signal(object, object, str)  # a long read's answer: the socket, the path, why not

    def __init__(
        self, data_dir: Path, server_name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.problem = ""
        self._path = Path(data_dir) / LOCK_NAME
        self._folder_problem = ""  # why the folder can't be made, if it can't
        try:
            Path(data_dir).mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            self._folder_problem = f"{data_dir} is a file, not a folder"
        except OSError as exc:
            self._folder_problem = f"the folder {data_dir} can't be made: {exc.strerror or exc}"
        self._lock = QLockFile(str(self._path))
        # 0: never take over a live instance's lock however old; a dead one's pid tells.
        self._lock.setStaleLockTime(0)
        self._name = server_name or default_server_name(Path(data_dir))
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        # Why a requested file can't be opened ("": it can), answered before it is opened; or
        # the read (on a worker thread) that tells it, when only reading all of it can.
        self.check: Callable[[str], str | Callable[[], str]] = lambda _path: ""
        self.told: Callable[[str, str], object] = lambda _path, _reason: None  # after such a read
        self._read.connect(self._answer_read, Qt.ConnectionType.QueuedConnection)

    @property
    def server_name(self) -> str:
        return self._name

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock and (unless told to wait: listen()) listen; False if another
        live instance holds it, or if nobody can (then problem says why)."""
        if self._server is not None:
            return True
        if not self._lock.isLocked() and not self._lock.tryLock(0):
            self.problem = self._why_not_locked()
            return False
        self.problem = ""
        if listen:
            self.listen()
        return True

    def _why_not_locked(self) -> str:
        """"" if a live process holds the lock, else why it can't be taken (no wait for it)."""
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError and self._held_by_a_live_process():
            return ""
        if self._folder_problem:
            return self._folder_problem
        if self._path.is_dir():
            why = "it is a folder"
        elif error == QLockFile.LockError.PermissionError:
            why = "permission denied, or a read-only disk"
        elif error == QLockFile.LockError.LockFailedError:
            why = "one left by a Reader that ended can't be removed"
        elif _disk_full(self._path.parent):
            why = "the disk is full"
        else:
            why = "it can't be written"
        return f"the lock file {self._path} can't be made: {why}"

    def _held_by_a_live_process(self) -> bool:
        """Whether the lock file names a process that is running: a stale one that can't be
        removed (a read-only folder) holds nothing, and nobody listens behind it."""
        if not self._path.is_file():
            return False
        pid = self._lock.getLockInfo()[0]
        if pid <= 0:
            return True  # being written by the process taking it just now
        if os.name != "posix":
            return True  # QLockFile found it live, or it would have taken it over
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # another user's process: alive
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

    def send_to_running(
        self, path: str, timeout_ms: int = 3000, read_wait_ms: int = READ_WAIT_MS
    ) -> str | None:
        """Ask the running instance to open path: "" once it took it, why not if it can't open
        it, None if no instance answered. A file it must read first to tell (a web page) is
        waited for up to read_wait_ms; then it counts as taken (the window says the rest)."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - see listen()

        socket = QLocalSocket()
        try:
            if not _connect(socket, self._name, timeout_ms):
                return None
            # The path's bytes: a file name that is not UTF-8 arrives as it was.
            socket.write(QByteArray(os.fsencode(path) + b"\n"))
            if not socket.waitForBytesWritten(timeout_ms):
                return None
            return _read_answer(socket, timeout_ms, read_wait_ms)
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
        path = os.fsdecode(line)
        verdict = self.check(path)
        if isinstance(verdict, str):
            self._answer(socket, path, verdict)
            return
        socket.write(QByteArray(_WAIT))  # the sender waits longer; the window stays live
        socket.flush()
        threading.Thread(target=lambda: self._read_for(socket, path, verdict),
                         name="reader-handed-read", daemon=True).start()  # fmt: skip

    def _read_for(self, socket: QLocalSocket, path: str, read: Callable[[], str]) -> None:
        reason = read()
        with contextlib.suppress(RuntimeError):  # the instance ended meanwhile
            self._read.emit(socket, path, reason)

    def _answer_read(self, socket: QLocalSocket, path: str, reason: str) -> None:
        self.told(path, reason)
        self._answer(socket if socket in self._buffers else None, path, reason)

    def _answer(self, socket: QLocalSocket | None, path: str, reason: str) -> None:
        """Tell the sender (still connected) the outcome; open the file if it can be."""
        reason = " ".join(reason.split())
        answer = _REFUSED + reason.encode("utf-8", "surrogateescape") + b"\n" if reason else _ACK
        if socket is not None:
            socket.write(QByteArray(answer))
            socket.flush()
        if reason:  # the sender says why, as a first `reader FILE` would
            return
        # Not from inside the socket's slot: opening the file may run a modal dialog, whose
        # event loop would delete this socket (disconnected → deleteLater) under our feet.
        QTimer.singleShot(0, self, lambda: self.file_requested.emit(path))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free == 0
    except OSError:
        return False


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


def _read_answer(socket: QLocalSocket, timeout_ms: int, read_wait_ms: int) -> str | None:
    """Wait for the receiver's answer line in short slices: "" (taken), a reason, or None.
    After "wait" (it reads the file first) up to read_wait_ms more; no answer then: taken.

    Short slices let other Python threads run in between: PySide keeps the GIL while waiting.
    """
    answer, waited = b"", False
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        while b"\n" not in answer and len(answer) < _MAX_MESSAGE and not deadline.hasExpired():
            if socket.waitForReadyRead(_SLICE_MS):
                answer += bytes(socket.readAll().data())
            elif socket.state() != type(socket).LocalSocketState.ConnectedState:
                break
        if not answer.startswith(_WAIT):
            break
        answer, waited = answer[len(_WAIT) :], True
        deadline = QDeadlineTimer(read_wait_ms)
    if answer.startswith(_ACK):
        return ""
    if answer.startswith(_REFUSED) and b"\n" in answer:
        return answer[len(_REFUSED) :].split(b"\n", 1)[0].decode("utf-8", "surrogateescape")
    return "" if waited else None
