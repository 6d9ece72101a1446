"""A file with a very long line is imported in a child process. The importer's patterns read a
line in one call each, and a pattern call holds Python's lock on threads (the GIL) until it
returns: on a line of 8 M characters one call takes a second or two, and the window, whose
every turn needs that lock, froze that long though the import ran on a worker thread. A child
process has a lock of its own; the Document comes back pickled (≈0.1 s for 8 M characters)."""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reader.document import Document, DocumentError, load
from reader.document.loader import MARKDOWN_SUFFIXES, MAX_FILE_BYTES

if TYPE_CHECKING:
    import subprocess

# A line this long or longer (twice as long, surely) is imported apart: a pattern's call on
# it takes tens of ms here.
LONG_LINE_BYTES = 256 * 1024


def has_long_line(path: str) -> bool:
    """Whether the file holds a line of LONG_LINE_BYTES or more (one of twice that, surely)."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        return False  # the import says what is wrong
    step = LONG_LINE_BYTES  # a stretch with no line feed: a line at least this long
    return any(data.find(b"\n", at, at + step) < 0 for at in range(0, len(data) - step + 1, step))


def _load_importer(path: str) -> None:
    """The importer's modules, loaded on this thread while the child imports: the window uses
    some of them once the article is shown (its corrections, panels), and loading them then,
    on the GUI thread, stalled it (≈0.4 s); a thread's import had loaded them."""
    markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    importlib.import_module("reader.document.markdown.markdown_importer" if markdown
                            else "reader.document.scraped.text_importer")  # fmt: skip


# The child: the Document (or the DocumentError) pickled into the file argv[2] (what it prints
# is noise, never read); argv[3] its sys.path. It runs isolated (-I: no PYTHON* variables, no
# user site, neither the cwd nor the script's folder on sys.path) in a folder of its own, so a
# reader.py or a stale reader/ where the window was started cannot stand in for the package.
_CHILD = (
    "import os, pickle, sys\n"
    "sys.path[:0] = sys.argv[3].split(os.pathsep)\n"
    "from reader.document import DocumentError, load\n"
    "try:\n"
    "    result = load(sys.argv[1])\n"
    "except DocumentError as error:\n"
    "    result = error\n"
    "with open(sys.argv[2], 'wb') as out:\n"
    "    pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)\n"
)

CHILD_TIMEOUT_S = 300.0  # a 16 MB file imports in well under a minute: longer, it hangs

# The children importing now, by the thread that waits for each; those ended on purpose.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}
_CANCELLED: set[int] = set()  # their pids
_LOCK = threading.Lock()


def cancel(thread: int | None) -> None:
    """End the child the thread (its ident) waits for, if any: its import is no longer
    wanted (another file was asked for, the window is closing). None: every child."""
    with _LOCK:
        children = [c for t, c in _CHILDREN.items() if thread is None or t == thread]
        for child in children:
            _CANCELLED.add(child.pid)
            with contextlib.suppress(OSError):
                child.kill()


atexit.register(cancel, None)  # a worker thread is a daemon: its child would outlive us


def _search_path() -> str:
    """The child's sys.path before its own: the folder this reader package is in, then ours,
    less the cwd (what `python -m` puts first)."""
    here = str(Path(__file__).resolve().parents[3])
    cwd = {"", ".", os.getcwd()} - {here}
    return os.pathsep.join(dict.fromkeys(p for p in [here, *sys.path] if p not in cwd))


def load_apart(path: str) -> Document:
    """load(path) in a child Python (not a fork of the window's threads, and not a re-run of
    whatever script started us, as multiprocessing's spawn does); on this thread if no child
    could be started or it failed. Its DocumentError is raised here, and one when it hangs,
    is ended (cancel()) or killed."""
    if getattr(sys, "frozen", False):  # a bundled app: sys.executable is the app itself, so the
        return load(path)  # import is made here (the window may stall on such a file)
    with tempfile.TemporaryDirectory(prefix="reader-import-") as folder:
        out = os.path.join(folder, "document.pickle")
        result = _run_child(path, out, folder)
    if isinstance(result, DocumentError):
        raise result
    return result if isinstance(result, Document) else load(path)


def _run_child(path: str, out: str, folder: str) -> object:
    """The child's result: a Document, a DocumentError, or None when it failed (a defect)."""
    import pickle  # only when such a file comes (not at start-up)
    import subprocess

    translate = QCoreApplication.translate
    command = [sys.executable, "-I", "-c", _CHILD, os.path.abspath(path), out, _search_path()]
    quiet, thread = subprocess.DEVNULL, threading.get_ident()
    try:
        child = subprocess.Popen(command, stdin=quiet, stdout=quiet, stderr=quiet, cwd=folder,
                                 creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError:
        return None
    with _LOCK:
        _CHILDREN[thread] = child
    try:
        _load_importer(path)
        code = child.wait(CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return DocumentError(translate("ImportApart", "The import took too long and was stopped."))
    finally:
        if child.poll() is None:  # it hangs, or this thread failed: no one waits for it
            child.kill()
            child.wait()
        with _LOCK:
            _CHILDREN.pop(thread, None)
            cancelled = child.pid in _CANCELLED
            _CANCELLED.discard(child.pid)
    if cancelled:
        return DocumentError(translate("ImportApart", "The import was cancelled."))
    if code < 0:  # killed by a signal (out of memory, say): importing here would freeze
        return DocumentError(translate("ImportApart", "The import stopped: its process was ended."))
    try:
        with open(out, "rb") as file:
            return pickle.load(file) if code == 0 else None  # noqa: S301 - our child's
    except Exception:  # noqa: BLE001 - a broken result: imported here instead
        return None
