"""The JSON export of every note, refreshed in a process of its own once Reader has quit.

    python -m reader.store.export_job [--after-exit] DATA_DIR

Reader's window hands the export over to this process at exit (reader.ui.app.housekeeping),
so that it can end at once: with 10 000 notes the export takes seconds. Nothing depends on the
hand-over: every note is in the database, committed when it was made; the export is the copy
beside the backups. If this process cannot write it, or is killed first, the old export stays
and no later one is taken for current (export_is_current): the next start, or exit, writes it.

It also makes today's backup if none was made yet: a window closed while its daily backup
ran leaves the backup to this process. With --after-exit it first waits for the window's
process to end (that process holds the other end of its standard input, a pipe, until then):
the backup or export that process left running could otherwise rename an older file over
this one's.

Exit status 0 when the export holds every note (written now, or current already), else 1.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reader.store.db import StoreError
from reader.store.rotation import bring_up_to_date
from reader.store.store import Store

AFTER_EXIT = "--after-exit"


def refresh_export(folder: Path) -> bool:
    """Today's backup unless made, and the export of folder's notes unless it holds every note
    already; False if the store is read-only there (nothing is written)."""
    with Store.open(folder) as store:
        if store.read_only:
            return False
        bring_up_to_date(store)
    return True


def wait_for_exit(pipe: BinaryIO | None) -> None:
    """Return once the pipe's other end is closed: when the process that holds it has ended."""
    if pipe is None:
        return
    with contextlib.suppress(OSError, ValueError):
        while pipe.read(4096):
            pass


def main(argv: Sequence[str], stdin: BinaryIO | None = None) -> int:
    after_exit = list(argv[:1]) == [AFTER_EXIT]
    arguments = argv[1:] if after_exit else argv
    if len(arguments) != 1:
        print(f"usage: python -m reader.store.export_job [{AFTER_EXIT}] DATA_DIR", file=sys.stderr)
        return 2
    if after_exit:
        wait_for_exit(stdin if stdin is not None else _standard_input())
    try:
        return 0 if refresh_export(Path(arguments[0])) else 1
    except (StoreError, OSError) as error:
        print(f"reader: the notes export was not refreshed: {error}", file=sys.stderr)
        return 1


def _standard_input() -> BinaryIO | None:
    return sys.stdin.buffer if sys.stdin is not None else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
