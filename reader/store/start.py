"""Opening the store at start: the usual open, and recovery.py only when that fails.

The one place that puts the Store and the recovery of a damaged database together, above
both: recovery.py uses the Store, and the Store knows nothing of recovery. An undamaged
database, as at almost every start, loads none of recovery.py (nor rotation.py, json, ...).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.store.db import StoreError
from reader.store.store import Store

if TYPE_CHECKING:
    from reader.store.recovery import RecoveryReport


def open_with_recovery(
    data_dir: Path | str, now: datetime | None = None
) -> tuple[Store, RecoveryReport | None]:
    """Open, moving a damaged database aside and restoring a backup: see recovery.py.

    The report is None if the database was not damaged. StoreError if it can't be opened
    nor recovered (an unusable folder, say).
    """
    try:
        return Store.open(data_dir), None
    except StoreError:
        pass  # damaged, or not: recover() looks again under the write lock
    from reader.store.recovery import recover

    return recover(data_dir, now)
