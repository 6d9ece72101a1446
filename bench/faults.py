"""Faults bench: SIGKILL while saving and importing, damaged databases, bad input files.

Run from the repository: python bench/faults.py [--trials N] [--seed S]
Prints the figures the README quotes; exits 1 if a note was lost or anything crashed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bad_inputs import InputFigures, try_bad_inputs
from damage import KINDS, RecoveryFigures, try_recovery
from full_disk import DiskFigures, try_full_disk

from reader.store import DB_NAME, Store
from reader.store.db import check_integrity, connect

ROOT = Path(__file__).resolve().parents[1]
IMPORT_BATCH = 3000


def _crash_test_script(name: str) -> str:
    """A child script of tests/store/test_store_crash.py: the bench kills the same program."""
    path = ROOT / "tests" / "store" / "test_store_crash.py"
    spec = importlib.util.spec_from_file_location("store_crash_children", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(getattr(module, name))


# The same child as the SIGKILL test kills: it prints a note's id only after COMMIT.
_ADD_NOTES = _crash_test_script("_ADD_NOTES")

# One import of a large array: "start" before, "done" after it committed.
_IMPORT = """
import sys
from reader.store import Store
store = Store.open(sys.argv[1])
text = "导入要么全部成功，要么什么都不加。" * 20
doc_id = store.remember_document("/import.txt", "d" * 64, None)
run, batch = sys.argv[2], int(sys.argv[3])
annotations = [
    {"type": "Annotation", "id": f"urn:x:{run}:{i}",
     "body": {"type": "TextualBody", "value": f"第{i}条"},
     "target": {"selector": [{"type": "TextPositionSelector", "start": i % 50, "end": i % 50 + 4}]}}
    for i in range(batch)
]
print("start", flush=True)
store.import_json(doc_id, annotations, text)
print("done", flush=True)
"""


@dataclass
class Figures:
    trials: int = 0
    kills: int = 0
    confirmed: int = 0
    present: int = 0
    lost: int = 0
    integrity_failures: int = 0
    imports_killed: int = 0
    imports_whole: int = 0
    imports_empty: int = 0
    imports_partial: int = 0
    crashes: list[str] = field(default_factory=list)
    damage: RecoveryFigures = field(default_factory=RecoveryFigures)
    inputs: InputFigures = field(default_factory=InputFigures)
    disk: DiskFigures = field(default_factory=DiskFigures)


def _run_and_kill(args: list[str], delay: float, wait_for: str | None) -> tuple[list[str], int]:
    """Start a child, SIGKILL it delay seconds after it printed wait_for; its whole lines, code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    lines = []
    if wait_for is not None:
        lines.append(child.stdout.readline())
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out = "".join(lines) + child.stdout.read()
    child.wait(timeout=60)
    # A line cut off by the kill was never fully confirmed.
    return [line for line in out.split("\n")[:-1] if line], child.returncode


def _intact(data_dir: Path) -> bool:
    conn = connect(data_dir / DB_NAME)
    try:
        return check_integrity(conn, full=True) is None
    finally:
        conn.close()


def kill_while_saving(data_dir: Path, trials: int, rng: random.Random, figures: Figures) -> None:
    confirmed: set[int] = set()
    for trial in range(trials):
        # A third of the kills land while the child starts: creating or opening the database.
        during_start = trial % 3 == 0
        delay = rng.uniform(0.0, 0.4) if during_start else rng.uniform(0.02, 0.5)
        lines, code = _run_and_kill(
            [_ADD_NOTES, str(data_dir)], delay, None if during_start else "ready"
        )
        figures.kills += 1
        if code != -signal.SIGKILL:
            figures.crashes.append(f"note writer exited with {code}")
        confirmed |= {int(line) for line in lines if line.isdigit()}
        if (data_dir / DB_NAME).exists() and not _intact(data_dir):
            figures.integrity_failures += 1
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/crash.txt", "c" * 64)
        present = set() if doc_id is None else {note.id for note in store.notes(doc_id)}
    figures.confirmed += len(confirmed)
    figures.present += len(confirmed & present)
    figures.lost += len(confirmed - present)


def kill_while_importing(data_dir: Path, trials: int, rng: random.Random, figures: Figures) -> None:
    """Kill one large import at a random moment of it; it must be there whole or not at all."""
    span = _time_one_import(data_dir)
    for run in range(1, trials + 1):
        delay = rng.uniform(span * 0.4, span * 1.15)  # the transaction runs late in it
        lines, code = _run_and_kill(
            [_IMPORT, str(data_dir), str(run), str(IMPORT_BATCH)], delay, "start"
        )
        if code not in {0, -signal.SIGKILL}:
            figures.crashes.append(f"importer exited with {code}")
            continue
        figures.imports_killed += code == -signal.SIGKILL
        if not _intact(data_dir):
            figures.integrity_failures += 1
        count = _imported(data_dir, run)
        if count == 0 and "done" not in lines:
            figures.imports_empty += 1
        elif count == IMPORT_BATCH:
            figures.imports_whole += 1
        else:
            figures.imports_partial += 1


def _time_one_import(data_dir: Path) -> float:
    """Seconds from "start" to "done" of an import left to finish (run 0)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _IMPORT, str(data_dir), "0", str(IMPORT_BATCH)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    child.stdout.readline()
    started = time.monotonic()
    child.stdout.readline()
    span = time.monotonic() - started
    child.wait(timeout=60)
    return span


def _imported(data_dir: Path, run: int) -> int:
    with Store.open(data_dir) as store:
        doc_id = store.find_document("/import.txt", "d" * 64)
        notes = [] if doc_id is None else store.notes(doc_id)
    return sum(1 for note in notes if note.uuid.startswith(f"urn:x:{run}:"))


def report(figures: Figures, seconds: float) -> str:
    damage, inputs, disk = figures.damage, figures.inputs, figures.disk
    kinds = ", ".join(f"{kind} {damage.recovered[kind]}/{damage.damaged[kind]}" for kind in KINDS)
    crashes = [*figures.crashes, *damage.crashes, *inputs.crashes]
    lines = [
        f"trials                    {figures.trials}",
        f"kills (SIGKILL)           {figures.kills} while saving notes, "
        f"{figures.imports_killed} during an import of {IMPORT_BATCH} annotations",
        f"notes confirmed           {figures.confirmed}",
        f"notes present             {figures.present}",
        f"notes lost                {figures.lost}",
        f"integrity_check failures  {figures.integrity_failures}",
        f"imports after the kills   {figures.imports_empty} added nothing, "
        f"{figures.imports_whole} whole (committed before the kill, or it came too late), "
        f"{figures.imports_partial} partial",
        f"corrupt files recovered   {sum(damage.recovered.values())}/"
        f"{sum(damage.damaged.values())} ({kinds})",
        f"full disk                 {disk.written} notes written: {disk.saved_at_once} saved, "
        f"{disk.kept_as_drafts} kept as drafts, {disk.saved_on_retry} saved on retry, "
        f"{disk.written - disk.present} lost",
        f"bad inputs tried          {inputs.tried} ({inputs.opened} opened, "
        f"{inputs.refused} refused with a message, {len(inputs.wrong)} wrong)",
        f"crashes                   {len(crashes)}",
        f"time                      {seconds:.1f} s",
    ]
    lines += [f"  wrong: {item}" for item in inputs.wrong]
    lines += [f"  crash: {item}" for item in crashes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=60, help="SIGKILL trials (default 60)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    figures = Figures(trials=args.trials)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="reader-faults-") as scratch:
        root = Path(scratch)
        kill_while_saving(root / "saving", args.trials, rng, figures)
        kill_while_importing(root / "importing", max(3, args.trials // 2), rng, figures)
        figures.damage = try_recovery(root / "damage", max(2, args.trials // 10), rng)
        figures.disk = try_full_disk(root / "full", 200)
        figures.inputs = try_bad_inputs(root / "inputs")
    print(report(figures, time.monotonic() - started))
    failed = figures.lost or figures.integrity_failures or figures.imports_partial
    failed = failed or figures.disk.present != figures.disk.written
    damage, inputs = figures.damage, figures.inputs
    unrecovered = sum(damage.damaged.values()) - sum(damage.recovered.values())
    return 1 if failed or unrecovered or inputs.wrong or figures.crashes or damage.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
