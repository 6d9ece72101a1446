"""User data at start: one writer per data folder, a damaged database recovered, daily backups."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.document.passage_link import is_link
from reader.store import Store, StoreError, default_data_dir, open_with_recovery
from reader.store.drafts import Drafts, default_spool, fallback_spool
from reader.ui.app.housekeeping import Housekeeping
from reader.ui.app.single_instance import SingleInstance

# The store's read_only_reason in a second window (reasons.py translates it).
ANOTHER_WINDOW = "another Reader window is using them"


@dataclass
class UserData:
    """What the window gets: the store (None if unusable), and what the user must be told."""

    store: Store | None
    instance: SingleInstance | None
    warnings: list[str] = field(default_factory=list)  # shown in a message box
    notices: list[str] = field(default_factory=list)  # shown in the status bar
    drafts: Drafts | None = None  # notes the store could not save, this run or an earlier one


def data_folder(data_dir: str | None) -> Path:
    return Path(data_dir) if data_dir else default_data_dir()


def hand_over(folder: Path, path: str) -> bool:
    """True if a running Reader on this data folder answered: this process can exit."""
    return hand_over_answer(folder, path) is not None


def hand_over_answer(folder: Path, path: str) -> str | None:
    """Hand the file to a running Reader on this data folder: "" if it took it, why not if it
    can't open it, None if none runs (this process shows it).

    At once None where no Reader can hold the folder's lock (read-only, full): nobody
    listens there, and waiting for an answer would only delay the window.
    """
    probe = SingleInstance(folder)
    if probe.acquire(listen=False):
        probe.release()
        return None
    if probe.problem:
        return None
    # A reader:// link as it is: the running Reader finds its file in its own store.
    return probe.send_to_running(path if is_link(path) else str(Path(path).resolve()))


def open_user_data(folder: Path) -> UserData:
    """The store for this folder: writable in the one instance, read-only in any other.

    Where the instance lock can't be made (a read-only folder, a full disk, a file in the
    folder's place) the notes are read-only too, or off, and the status bar says why.
    """
    instance = SingleInstance(folder)
    if not instance.acquire(listen=False):  # the caller calls listen() after the first paint
        if instance.problem:
            data = _read_only(folder, _read_only_because(instance.problem))
            if data.store is not None:  # what the notes panel says when asked to write
                data.store.read_only_reason = instance.problem
            return data
        data = _read_only(
            folder,
            QCoreApplication.translate(
                "Startup",
                "Another Reader window is using your notes: here they are "
                "read-only. Close the other window to edit them.",
            ),
        )
        if data.store is not None:  # what is said when a write is asked for later
            data.store.read_only_reason = ANOTHER_WINDOW
        return data
    try:
        store, report = open_with_recovery(folder)
    except StoreError as error:
        instance.release()
        return UserData(
            None,
            None,
            warnings=[
                QCoreApplication.translate("Startup", "Notes and bookmarks are off: {0}").format(
                    error
                )
            ],
        )
    # Only the one writer spools drafts: a read-only second window never adds any.
    drafts = Drafts(store, default_spool(folder), fallback_spool(folder))  # older: in the cache
    data = UserData(store, instance, drafts=drafts)
    if report is not None:
        data.warnings.append(report.message())
    if store.read_only:
        data.notices.append(
            _read_only_because(store.read_only_reason)
            if store.read_only_reason
            else QCoreApplication.translate("Startup", "Notes are read-only.")
        )
    return data


def _read_only_because(reason: str) -> str:
    from reader.ui.common.reasons import translated_reason  # only when the notes are read-only

    return QCoreApplication.translate("Startup", "Notes are read-only: {0}.").format(
        translated_reason(reason)
    )


def _read_only(folder: Path, why: str) -> UserData:
    try:
        return UserData(Store.open(folder, read_only=True), None, notices=[why])
    except StoreError as error:
        off = QCoreApplication.translate("Startup", "Notes and bookmarks are off: {0}")
        return UserData(None, None, notices=[off.format(error)])


def close_user_data(data: UserData, housekeeping: Housekeeping | None = None) -> None:
    """Refresh the JSON export of every note (a lost database loses no note), then let go.

    Skipped when no note, highlight or bookmark changed since the last export and no job of
    housekeeping's runs. Otherwise it is handed over to a process of its own and not waited
    for (housekeeping.export_before_exit); only if none can start is it written here, a few
    seconds at most: on failure or when time is up the last export stays, and the next start
    writes it.
    """
    if data.store is not None:
        if not data.store.read_only:
            keeper = housekeeping or Housekeeping(data.store.path.parent)
            keeper.export_before_exit(store=data.store)
        # Every write was committed when it was made; a lock held elsewhere at exit is no reason
        # to end in a traceback.
        with contextlib.suppress(StoreError):
            data.store.close()
    if data.instance is not None:
        data.instance.release()
