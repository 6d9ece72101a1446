"""At exit, the JSON export of every note handed over to a process of its own.

With 10 000 notes the export takes seconds; written by `python -m reader.store.export_job`
(started here, in a session of its own, so closing the terminal does not end it), the window's
process ends at once. The database holds every note already; the export is its copy beside
the backups, and until it is written the old one is never taken for current.

When the window's process leaves a job of its own running (the daily backup, say: a daemon
thread that ends with the process), the export job is started with --after-exit and a pipe on
its standard input whose other end only this process's end closes: it writes nothing until
then, so the job left running can't rename an older export over the new one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import reader

JOB = "reader.store.export_job"
AFTER_EXIT = "--after-exit"  # reader.store.export_job.AFTER_EXIT, not imported at start-up

# The write ends of the --after-exit jobs' pipes, by process id: never closed here, so they
# close when this process ends (let_go closes one sooner: the tests' "exit").
_HELD: dict[int, int] = {}


def hand_over_export(folder: Path, *, after_exit: bool = False) -> subprocess.Popen[bytes] | None:
    """Start the process that refreshes folder's export (with after_exit, once this process
    has ended); None if it could not be started (the caller writes the export itself)."""
    # Where this Reader's package is, first: the job must be this Reader, whatever the
    # current folder or an installed copy.
    root = str(Path(reader.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    read, write = os.pipe() if after_exit else (subprocess.DEVNULL, -1)
    command = [sys.executable, "-m", JOB, *([AFTER_EXIT] if after_exit else []), str(folder)]
    try:
        process = subprocess.Popen(
            command, stdin=read, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            cwd=root, env=env, start_new_session=True,
        )  # fmt: skip
    except (OSError, ValueError, subprocess.SubprocessError):
        process = None
    if after_exit:
        os.close(read)
        if process is None:
            os.close(write)
        else:
            _HELD[process.pid] = write
    return process


def let_go(process: subprocess.Popen[bytes]) -> None:
    """Let an --after-exit job begin now, as this process's end would."""
    write = _HELD.pop(process.pid, -1)
    if write >= 0:
        os.close(write)
