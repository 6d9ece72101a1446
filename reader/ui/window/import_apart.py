"""A file with a very long line is imported in a child process. The importer's patterns read a
line in one call each, and a pattern call holds Python's lock on threads (the GIL) until it
returns: on a line of 8 M characters one call takes a second or two, and the window, whose
every turn needs that lock, froze that long though the import ran on a worker thread. A child
process has a lock of its own; the Document comes back pickled (≈0.1 s for 8 M characters)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from reader.document import Document, DocumentError, load
from reader.document.loader import MARKDOWN_SUFFIXES, MAX_FILE_BYTES

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


# The child: the Document (or the DocumentError) pickled on stdout; what it prints on stderr
# is its own (a defect: the import is then made on the calling thread, and reported there).
_CHILD = (
    "import pickle, sys\n"
    "from reader.document import DocumentError, load\n"
    "try:\n"
    "    result = load(sys.argv[1])\n"
    "except DocumentError as error:\n"
    "    result = error\n"
    "sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))\n"
)


def load_apart(path: str) -> Document:
    """load(path) in a child Python (not a fork of the window's threads, and not a re-run of
    whatever script started us, as multiprocessing's spawn does); on this thread if no child
    could be started or it failed. Its DocumentError is raised here."""
    if getattr(sys, "frozen", False):  # a bundled app: sys.executable is the app itself
        return load(path)
    import pickle  # only when such a file comes (not at start-up)
    import subprocess
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    pipe = subprocess.PIPE
    try:
        with subprocess.Popen([sys.executable, "-c", _CHILD, path], stdout=pipe, stderr=pipe,
                              env=env) as child:  # fmt: skip
            _load_importer(path)
            out, _err = child.communicate()
        result = pickle.loads(out) if child.returncode == 0 else None  # noqa: S301 - our child's
    except (OSError, pickle.UnpicklingError, EOFError):
        result = None
    if isinstance(result, DocumentError):
        raise result
    return result if isinstance(result, Document) else load(path)
