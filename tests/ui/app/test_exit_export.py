"""The export at exit: made after any change to notes, skipped when the last one holds them all;
handed over to a process of its own, so the window's process ends at once."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.store.rotation import export_is_current, export_path, read_export
from reader.ui.app import export_handover as handover_module
from reader.ui.app import housekeeping as housekeeping_module
from reader.ui.app.export_handover import hand_over_export, let_go
from reader.ui.app.housekeeping import EXIT_WAIT_S, Housekeeping
from reader.ui.app.startup import UserData, close_user_data, open_user_data

TEXT = "退出时导出每一条笔记，没有改动就不必再写。" * 4
SHA = "e" * 64

Session = Callable[[Store, int], object]


HANDED = "handed over"


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """How each export at exit was made, in order: HANDED for the process it was handed over
    to (waited for here, so the test sees its file), else the thread that wrote it."""
    made: list[str] = []
    real_write, real_hand_over = housekeeping_module.write_export, hand_over_export

    def counted(store: Store) -> Path:
        made.append(threading.current_thread().name)
        return real_write(store)

    def handed(folder: Path, *, after_exit: bool = False) -> subprocess.Popen[bytes] | None:
        process = real_hand_over(folder, after_exit=after_exit)
        assert process is not None and process.pid != os.getpid()
        let_go(process)  # the window's process has ended: an --after-exit job may begin
        assert process.wait(60) == 0
        made.append(HANDED)
        return process

    monkeypatch.setattr(housekeeping_module, "write_export", counted)
    monkeypatch.setattr(handover_module, "hand_over_export", handed)
    yield made


def _session(folder: Path, work: Session | None = None) -> None:
    """Open the user data as the app does, do work on the window's store, then exit."""
    data = open_user_data(folder)
    assert data.store is not None and not data.store.read_only
    if work is not None:
        work(data.store, _doc(data))
    close_user_data(data)


def _doc(data: UserData) -> int:
    assert data.store is not None
    return data.store.remember_document("/a.txt", SHA, "标题")


def _bodies(folder: Path) -> list[str]:
    return sorted(
        annotation["body"]["value"]
        for document in read_export(export_path(folder))
        for annotation in document["annotations"]
        if "body" in annotation
    )


def _file(folder: Path) -> tuple[int, int, bytes]:
    path = export_path(folder)
    info = path.stat()
    return info.st_ino, info.st_mtime_ns, path.read_bytes()


def _add(store: Store, doc_id: int) -> object:
    return store.add_note(doc_id, TEXT, 0, 4, "第一条", "yellow")


@pytest.fixture
def exported(tmp_path: Path, qtbot: QtBot, exports: list[str]) -> Path:
    """A data folder with one note, exported at the exit of the session that added it."""
    _session(tmp_path, _add)
    assert exports == [HANDED] and _bodies(tmp_path) == ["第一条"]
    exports.clear()
    return tmp_path


def test_an_unchanged_session_leaves_the_export_alone(exported: Path, exports: list[str]) -> None:
    before = _file(exported)

    def read_only_things(store: Store, doc_id: int) -> None:
        store.notes(doc_id)
        store.set_reading_position(doc_id, 12)  # not a note: see schema version 4
        store.reanchor(doc_id, TEXT)

    _session(exported, read_only_things)
    _session(exported)
    assert exports == [] and _file(exported) == before


def _reimport(store: Store, doc_id: int) -> object:
    with Store.open(store.path.parent / "elsewhere") as other:
        other_id = other.remember_document("/a.txt", SHA, None)
        other.add_note(other_id, TEXT, 8, 12, "别处的", "")
        documents = other.export_all()
    return store.reimport(documents)


def _restore(store: Store, doc_id: int) -> object:
    (note,) = store.notes(doc_id)
    return store.restore_note(store.delete_note(note.id))


CHANGES: dict[str, tuple[Session, list[str]]] = {
    "add": (lambda s, d: s.add_note(d, TEXT, 5, 9, "第二条", ""), ["第一条", "第二条"]),
    "update": (lambda s, d: s.update_note(s.notes(d)[0].id, body="改过"), ["改过"]),
    "recolour": (lambda s, d: s.update_note(s.notes(d)[0].id, color="red"), ["第一条"]),
    "delete": (lambda s, d: s.delete_note(s.notes(d)[0].id), []),
    "delete and undo": (_restore, ["第一条"]),
    "reimport": (_reimport, ["别处的", "第一条"]),
    "reanchor with a change": (lambda s, d: s.reanchor(d, "新的开头。" + TEXT), ["第一条"]),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_change_is_exported_at_exit(
    exported: Path, exports: list[str], change: tuple[Session, list[str]]
) -> None:
    work, bodies = change
    before = _file(exported)
    _session(exported, work)
    assert exports == [HANDED]  # by a process of its own, not this one
    assert _file(exported)[:2] != before[:2] and _bodies(exported) == bodies
    _session(exported)  # and the next unchanged session skips it again
    assert exports == [HANDED]


def test_a_missing_export_is_written_again(exported: Path, exports: list[str]) -> None:
    export_path(exported).unlink()
    _session(exported)
    assert exports == [HANDED] and _bodies(exported) == ["第一条"]


def test_an_export_changed_by_someone_else_is_written_again(
    exported: Path, exports: list[str]
) -> None:
    export_path(exported).write_text("{}", encoding="utf-8")
    _session(exported)
    assert exports == [HANDED] and _bodies(exported) == ["第一条"]


def test_changes_left_unexported_by_a_crash_are_exported_at_the_next_exit(
    exported: Path, exports: list[str]
) -> None:
    data = open_user_data(exported)
    assert data.store is not None and data.instance is not None
    data.store.add_note(_doc(data), TEXT, 5, 9, "崩溃前", "")
    data.store.close()  # the process dies here: no export at exit
    data.instance.release()
    _session(exported)  # nothing changes in this one
    assert exports == [HANDED] and _bodies(exported) == ["崩溃前", "第一条"]


def test_the_first_exit_after_the_upgrade_exports(
    tmp_path: Path,
    qtbot: QtBot,
    exports: list[str],
    version_3_database: Callable[[Path, str, str, str], None],
) -> None:
    version_3_database(tmp_path, SHA, "退出", "升级前")
    export_path(tmp_path).parent.mkdir()
    export_path(tmp_path).write_text(
        '{"format": "reader-annotations", "documents": []}', encoding="utf-8"
    )
    os.utime(export_path(tmp_path), (1, 1))
    _session(tmp_path)
    assert exports == [HANDED] and _bodies(tmp_path) == ["升级前"]
    _session(tmp_path)
    assert exports == [HANDED]


def test_without_a_process_to_hand_it_to_the_export_is_written_here(
    exported: Path, exports: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handover_module, "hand_over_export", lambda _folder, **_: None)
    _session(exported, lambda s, d: s.add_note(d, TEXT, 5, 9, "没法交出去", ""))
    assert exports == ["reader-export_all"] and _bodies(exported) == sorted(["第一条", "没法交出去"])


def test_the_exit_itself_writes_no_export(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def here(_store: Store) -> Path:
        raise AssertionError("the export was written in the window's process")

    monkeypatch.setattr(housekeeping_module, "write_export", here)
    data = open_user_data(exported)
    assert data.store is not None
    data.store.add_note(_doc(data), TEXT, 5, 9, "另一个进程写", "")
    housekeeping = Housekeeping(exported)
    close_user_data(data, housekeeping)
    process = housekeeping.handed
    assert process is not None and process.pid != os.getpid()
    assert process.wait(60) == 0
    assert _bodies(exported) == sorted(["另一个进程写", "第一条"])
    with Store.open(exported) as store:
        assert export_is_current(store)


def test_a_hand_over_killed_midway_leaves_the_old_export_then_the_next_start_writes_it(
    exported: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _file(exported)

    def killed(folder: Path, *, after_exit: bool = False) -> subprocess.Popen[bytes] | None:
        process = hand_over_export(folder, after_exit=after_exit)
        assert process is not None
        process.send_signal(signal.SIGKILL)  # at once: before it could write anything
        process.wait(60)
        return process

    monkeypatch.setattr(handover_module, "hand_over_export", killed)
    _session(exported, lambda s, d: s.add_note(d, TEXT, 5, 9, "被打断", ""))
    assert _file(exported) == before  # the old export, whole
    data = open_user_data(exported)
    assert data.store is not None and not export_is_current(data.store)
    housekeeping = Housekeeping(exported)  # today's backup was made: the export is stale
    with qtbot.waitSignal(housekeeping.finished, timeout=30_000):
        housekeeping.start_daily_backup()
    assert export_is_current(data.store) and _bodies(exported) == sorted(["第一条", "被打断"])
    close_user_data(data, housekeeping)


def test_the_exit_waits_neither_for_a_running_job_nor_for_the_export(
    exported: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go_on = threading.Event(), threading.Event()

    def long_backup(_folder: Path) -> None:  # today's backup of a large database, say
        started.set()
        assert go_on.wait(60)

    monkeypatch.setattr(housekeeping_module, "backup_today", long_backup)
    monkeypatch.setattr(handover_module, "hand_over_export", hand_over_export)  # not waited
    data = open_user_data(exported)
    assert data.store is not None
    data.store.add_note(_doc(data), TEXT, 5, 9, "备份时退出", "")
    housekeeping = Housekeeping(exported)
    housekeeping.start_daily_backup()
    assert started.wait(60)
    closing = time.monotonic()
    close_user_data(data, housekeeping)  # the window's close path
    assert time.monotonic() - closing < EXIT_WAIT_S / 2  # not its wait for the job either
    process = housekeeping.handed
    assert process is not None and not housekeeping.wait(0)  # the job still runs: not waited for
    with pytest.raises(subprocess.TimeoutExpired):
        process.wait(0.5)  # and the export's process waits for this one's end
    go_on.set()  # the job, left running, ends with the process
    assert housekeeping.wait(60)
    let_go(process)  # the window's process has ended
    assert process.wait(60) == 0
    assert _bodies(exported) == sorted(["备份时退出", "第一条"])
    assert list((exported / "backups").glob("daily-*.sqlite3"))  # the job's backup made there
    with Store.open(exported) as store:
        assert export_is_current(store)
