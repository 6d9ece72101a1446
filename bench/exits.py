"""What bench/run.py reads from bench/exit_scenario.py's runs: the exit's time, and whether
the export handed over at exit was written with every note."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Protocol

from reader.store import Store
from reader.store.rotation import export_is_current, export_path, read_export

EXPORT_WAIT_S = 120.0


class Run(Protocol):
    seconds: float
    stdout: str
    spawned: float


def close_to_end(samples: list[Run]) -> float:
    """Median ms from the window closing (the first line printed) to the process's end."""
    return statistics.median(
        (s.spawned + s.seconds - float(s.stdout.split()[0])) * 1000 for s in samples
    )


def export_written(data: Path, stdout: str) -> float | None:
    """Wait for the process the export was handed to; the seconds it took after the exit if
    the export then holds every note of the store, else None."""
    handed = stdout.split("handed ", 1)[1].split(maxsplit=1)[0] if "handed " in stdout else ""
    pid = int(handed) if handed.isdigit() else 0  # "none": written in the process, or not at all
    ended = time.monotonic()
    while pid and _running(pid) and time.monotonic() - ended < EXPORT_WAIT_S:
        time.sleep(0.05)
    took = time.monotonic() - ended
    with Store.open(data) as store:
        if not export_is_current(store):
            return None
        notes = sum(d.notes + d.highlights + d.bookmarks for d in store.library())
    exported = sum(len(d["annotations"]) for d in read_export(export_path(data)))
    return took if exported >= notes else None


def median_export_s(exports: list[float | None]) -> float:
    written = [s for s in exports if s is not None]
    return statistics.median(written) if written else float("nan")


def _running(pid: int) -> bool:
    """Whether pid is alive (not ours to wait for: it was started by the exited process)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:  # a zombie (its parent, the exited Reader, gone: init reaps it soon) is done
        return stat.read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True
