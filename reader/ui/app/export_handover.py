"""At exit, the JSON export of every note handed over to a process of its own.

With 10 000 notes the export takes seconds; written by `python -m reader.store.export_job`
(started here, in a session of its own, so closing the terminal does not end it), the window's
process ends at once. The database holds every note already; the export is its copy beside
the backups, and until it is written the old one is never taken for current.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import reader

JOB = "reader.store.export_job"


def hand_over_export(folder: Path) -> subprocess.Popen[bytes] | None:
    """Start the process that refreshes folder's export; None if it could not be started (the
    caller writes the export itself)."""
    # Where this Reader's package is, first: the job must be this Reader, whatever the
    # current folder or an installed copy.
    root = str(Path(reader.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    try:
        return subprocess.Popen(
            [sys.executable, "-m", JOB, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=root,
            env=env,
            start_new_session=True,
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
