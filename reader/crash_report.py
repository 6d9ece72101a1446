"""The last resort: an unexpected exception becomes one line on stderr and a crash report file.

The report (traceback, version, platform, command line) goes to the user cache folder,
crash-reports/ under `appdirs.user_cache_dir("Reader", "Reader")` (on Linux
~/.cache/Reader/crash-reports, or under $XDG_CACHE_HOME), else the temporary folder. Nothing
here is imported before it is needed: start-up does not pay for traceback or platform.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from threading import ExceptHookArgs

CRASH_DIR = "crash-reports"
_SHOWN = 300  # characters of the exception's message on the one line
_MAX_REPORTS = 20  # files per process: a slot failing at every paint must not fill the disk
_written: list[Path] = []


def crash_folder() -> Path:
    """Where crash reports go: the user cache folder's crash-reports/."""
    from appdirs import user_cache_dir

    return Path(user_cache_dir("Reader", "Reader")) / CRASH_DIR


def write_report(exc: BaseException, argv: list[str] | None = None) -> Path | None:
    """Write a crash report for exc; its path, or None if no folder would take it (or this
    process wrote _MAX_REPORTS already)."""
    import tempfile

    if len(_written) >= _MAX_REPORTS:
        return None
    text = report_text(exc, sys.argv if argv is None else argv)
    stem = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    for folder in (crash_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = _new_file(folder, stem, text)
        except OSError:
            continue
        _written.append(path)
        return path
    return None


def _new_file(folder: Path, stem: str, text: str) -> Path:
    """folder/stem.txt, else stem-2.txt, ...: never over an earlier report."""
    for number in range(1, _MAX_REPORTS + 2):
        path = folder / (f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt")
        try:
            with path.open("x", encoding="utf-8", errors="backslashreplace") as f:
                f.write(text)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(folder / f"{stem}.txt")


def report_text(exc: BaseException, argv: list[str]) -> str:
    import platform
    import traceback

    from reader import __version__

    lines = [
        f"Reader {__version__} crashed at {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"python: {sys.version.split()[0]} ({sys.executable})",
        f"platform: {platform.platform()}",
        f"argv: {argv!r}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def one_line(exc: BaseException) -> str:
    """The exception as one line: its type and message, cut short, newlines folded."""
    try:
        message = " ".join(str(exc).split())
    except Exception:  # noqa: BLE001 - a broken __str__ must not hide the crash
        message = ""
    if len(message) > _SHOWN:
        message = message[: _SHOWN - 1] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def report(exc: BaseException) -> None:
    """Say on stderr, in one line, that exc happened and where its crash report is."""
    try:
        path = write_report(exc)
    except Exception:  # noqa: BLE001 - the report must never make things worse
        path = None
    where = f"crash report: {path}" if path else "no crash report could be written"
    _say(f"reader: unexpected error: {one_line(exc)} ({where})")


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the window: an exception in a Qt slot is reported, not printed."""
    if issubclass(kind, KeyboardInterrupt):
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report(exc)


def thread_excepthook(args: ExceptHookArgs) -> None:
    """threading.excepthook: the same for an exception that ends a worker thread."""
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _say(line: str) -> None:
    stream = sys.stderr
    if stream is None:  # pythonw on Windows: no console
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError, UnicodeEncodeError):
        # stderr closed, or unable to encode: the bytes, made safe, then give up quietly.
        with contextlib.suppress(OSError):
            os.write(2, (line + "\n").encode("utf-8", "backslashreplace"))
