"""The JSON export of every note, refreshed in a process of its own once Reader has quit.

    python -m reader.store.export_job DATA_DIR

Reader's window hands the export over to this process at exit (reader.ui.app.housekeeping),
so that it can end at once: with 10 000 notes the export takes seconds. Nothing depends on the
hand-over: every note is in the database, committed when it was made; the export is the copy
beside the backups. If this process cannot write it, or is killed first, the old export stays
and no later one is taken for current (export_is_current): the next start, or exit, writes it.
Exit status 0 when the export holds every note (written now, or current already), else 1.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reader.store.db import StoreError
from reader.store.rotation import export_is_current, write_export
from reader.store.store import Store


def refresh_export(folder: Path) -> bool:
    """Write the export of folder's notes unless it holds every note already; False if the
    store is read-only there (nothing is written)."""
    with Store.open(folder) as store:
        if store.read_only:
            return False
        if not export_is_current(store):
            write_export(store)
    return True


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m reader.store.export_job DATA_DIR", file=sys.stderr)
        return 2
    try:
        return 0 if refresh_export(Path(argv[0])) else 1
    except (StoreError, OSError) as error:
        print(f"reader: the notes export was not refreshed: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
