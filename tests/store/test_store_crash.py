"""A process killed with SIGKILL while saving loses nothing it confirmed; imports are atomic."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store import DB_NAME, Store
from reader.store.db import check_integrity, connect

ROOT = Path(__file__).resolve().parents[2]


def _trials(reduced: int, full: int) -> int:
    """Slow tests run reduced by default (CI too); READER_STRESS=1 runs them in full."""
    return full if os.environ.get("READER_STRESS") == "1" else reduced


# The child prints an id only after add_note() returned, i.e. after COMMIT.
_ADD_NOTES = """
import sys
from reader.store import Store
store = Store.open(sys.argv[1])
text = "被杀死的进程也不能丢失已确认的笔记。" * 20
doc_id = store.remember_document("/crash.txt", "c" * 64, None)
print("ready", flush=True)
n = 0
while True:
    note = store.add_note(doc_id, text, n % 300, n % 300 + 5, f"笔记 {n}", "yellow")
    print(note.id, flush=True)
    n += 1
"""

# Each line is printed after one whole import of BATCH annotations committed.
_IMPORT_LOOP = """
import json, sys
from reader.store import Store
store = Store.open(sys.argv[1])
text = "导入要么全部成功，要么什么都不加。" * 20
doc_id = store.remember_document("/import.txt", "d" * 64, None)
batch = int(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    annotations = [
        {"type": "Annotation", "id": f"urn:x:{n}:{i}",
         "body": {"type": "TextualBody", "value": f"第{i}条"},
         "target": {"selector": [{"type": "TextPositionSelector", "start": i % 50, "end": i % 50 + 4}]}}
        for i in range(batch)
    ]
    store.import_json(doc_id, annotations, text)
    print(n, flush=True)
    n += 1
"""


def _run_and_kill(
    script: str,
    args: list[str],
    seconds: float,
    *,
    wait_ready: bool = True,
    after_lines: int = 0,
) -> list[str]:
    """Start script, let it run about seconds (after it is ready, and after it printed
    after_lines lines: a loaded machine must not leave the test with nothing), SIGKILL it;
    the lines it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    if wait_ready:
        assert child.stdout.readline().strip() == "ready"
    early = [child.stdout.readline() for _ in range(after_lines)]
    time.sleep(seconds)
    os.kill(child.pid, signal.SIGKILL)
    out = "".join(early) + child.stdout.read()
    child.wait(timeout=30)
    assert child.returncode in {-signal.SIGKILL, 0}  # 0: it finished before the kill
    # A line cut off by the kill was never fully confirmed.
    lines = out.split("\n")
    return [line for line in lines[:-1] if line and line != "ready"]


def _assert_intact(data_dir: Path) -> None:
    conn = connect(data_dir / DB_NAME)
    try:
        assert check_integrity(conn, full=True) is None
    finally:
        conn.close()


@pytest.mark.parametrize("trial", range(3))
def test_sigkill_while_adding_notes_loses_no_confirmed_note(tmp_path: Path, trial: int) -> None:
    data_dir = tmp_path / "data"
    confirmed: list[int] = []
    for kill in range(2):  # the second run starts from a database whose writer was killed
        delay = random.Random(trial * 10 + kill).uniform(0.0, 0.5)
        lines = _run_and_kill(_ADD_NOTES, [str(data_dir)], delay, after_lines=6)
        confirmed += [int(line) for line in lines]
    assert len(confirmed) > 10
    _assert_intact(data_dir)
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/crash.txt", "c" * 64)
        assert doc_id is not None
        present = {note.id for note in store.notes(doc_id)}
    assert set(confirmed) <= present
    assert len(present) - len(confirmed) <= 2  # at most the one in flight at each kill


@pytest.mark.slow
def test_sigkill_stress_including_during_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(5)
    confirmed: list[int] = []
    for _ in range(_trials(6, 30)):
        # Some kills land while the child starts: creating, checking or opening the database.
        delay = rng.uniform(0.0, 0.6)
        confirmed += map(int, _run_and_kill(_ADD_NOTES, [str(data_dir)], delay, wait_ready=False))
        if (data_dir / DB_NAME).exists():
            _assert_intact(data_dir)
    # However slowly the children started, the last one confirms some notes before its kill.
    confirmed += map(int, _run_and_kill(_ADD_NOTES, [str(data_dir)], 0.1, after_lines=3))
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/crash.txt", "c" * 64)
        present = set() if doc_id is None else {note.id for note in store.notes(doc_id)}
    assert confirmed and set(confirmed) <= present


def test_sigkill_during_imports_leaves_only_whole_imports(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    batch = 400
    done = _run_and_kill(_IMPORT_LOOP, [str(data_dir), str(batch)], 0.5, after_lines=2)
    _assert_intact(data_dir)
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/import.txt", "d" * 64)
        assert doc_id is not None
        notes = store.notes(doc_id)
    imports = {note.uuid.split(":")[2] for note in notes}
    assert len(notes) == batch * len(imports)  # no import is there in part
    assert {str(n) for n in map(int, done)} <= imports
    assert done, "no import finished before the kill: the test proved nothing"
    assert len(imports) - len(done) <= 1


# One import of a large array; "start" before it, "done" after it committed.
_ONE_IMPORT = """
import sys
from reader.store import Store
store = Store.open(sys.argv[1])
text = "一次导入是一个事务。" * 20
doc_id = store.remember_document("/one.txt", "9" * 64, None)
run = sys.argv[2]
annotations = [
    {"type": "Annotation", "id": f"urn:y:{run}:{i}",
     "body": {"type": "TextualBody", "value": f"第{i}条"},
     "target": {"selector": [{"type": "TextPositionSelector", "start": i % 50, "end": i % 50 + 4}]}}
    for i in range(3000)
]
print("ready", flush=True)
store.import_json(doc_id, annotations, text)
print("done", flush=True)
"""


@pytest.mark.slow
def test_sigkill_at_random_moments_of_one_large_import(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(11)
    for run in range(_trials(4, 25)):
        done = _run_and_kill(_ONE_IMPORT, [str(data_dir), str(run)], rng.uniform(0.0, 1.5))
        _assert_intact(data_dir)
        with Store.open(data_dir) as store:
            doc_id = store.find_document("/one.txt", "9" * 64)
            assert doc_id is not None
            present = [n for n in store.notes(doc_id) if n.uuid.startswith(f"urn:y:{run}:")]
        assert len(present) in {0, 3000}  # all or nothing
        assert done != ["done"] or len(present) == 3000


_WRITER = """
import sys
from reader.store import Store
store = Store.open(sys.argv[1])
text = "两个进程同时写入同一个数据库。" * 10
doc_id = store.remember_document("/both.txt", "e" * 64, None)
for n in range(int(sys.argv[3])):
    note = store.add_note(doc_id, text, n % 100, n % 100 + 3, f"{sys.argv[2]} {n}", "yellow")
    store.set_reading_position(doc_id, n)
store.close()
print("done", flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    count = 150
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(data_dir), name, str(count)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for name in ("A", "B", "C")
    ]
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0 and out.strip() == "done"
    _assert_intact(data_dir)
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/both.txt", "e" * 64)
        assert doc_id is not None
        bodies = {note.body for note in store.notes(doc_id)}
    assert bodies == {f"{name} {n}" for name in "ABC" for n in range(count)}
