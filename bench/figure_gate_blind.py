"""The rules' subjects on each held-out set as they were when the set was first scored, blind.

The rules of today were written looking at sets A–T, so on them they are right 94% of the time;
on pages never seen they are right about 70% of the time. A gate learned from today's subjects
on A–T would learn from mistakes that are no longer made. So each set's rows come from the
rules of the commit before its labels were added (the parent of the commit that added its file):
the subjects an analyst would have seen on pages the rules had not been written from. Each old
tree's `reader/` is unpacked under a temporary folder and run in a subprocess, which gives, for
every labelled figure found with a subject, the text around it, its place, the subject and
whether the labels accept it, and the rule's path (figure_path_trace.py); the features are then
computed by today's code.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CACHE = Path(tempfile.gettempdir()) / "figure_gate_blind"
# Run with the old tree first on the path: the labelled figures it finds with a subject.
_PROBE = r"""
import importlib, json, re, sys, types
sys.path.append(sys.argv[2])
try:
    importlib.import_module("reader.document.key_figures.figures")
except ModuleNotFoundError:  # a tree from before the sub-packages: figures.py was in document/
    sys.modules["reader.document.key_figures"] = types.ModuleType("reader.document.key_figures")
    sys.modules["reader.document.key_figures.figures"] = importlib.import_module(
        "reader.document.figures")
from figure_path_trace import tracing
from figure_score import place, read_labels, resolve
from reader.document import load
from reader.document.key_figures.figures import document_figures
from pathlib import Path
NEAR = 1500
rows, sure = [], 0
for name, lines in read_labels(Path(sys.argv[1])).items():
    doc = load(str(resolve(name)))
    with tracing() as trace:
        found = list(document_figures(doc))
    for label in place(doc, lines, name):
        if not label.figure:
            continue
        sure += not label.unsure
        match = next((f for f in found if f.start < label.end and label.start < f.end), None)
        if match is None:
            continue
        found.remove(match)
        if not match.label:
            continue
        block = next(b for b in doc.blocks if b.start <= match.start < b.end)
        lo, hi = max(block.start, match.start - NEAR), min(block.end, match.end + NEAR)
        rows.append({"text": doc.text[lo:hi], "span": [match.start - lo, match.end - lo],
                     "subject": match.label, "kind": str(match.kind.value),
                     "path": trace.path(match.start, match.label),
                     "right": match.label.replace(" ", "") in label.subjects,
                     "sure": not label.unsure})
print(json.dumps({"rows": rows, "sure": sure}, ensure_ascii=False))
"""


def blind_commit(labels: Path) -> str:
    """The commit before the one that added labels: the rules the set was first scored with."""
    rel = labels.resolve().relative_to(ROOT)
    added = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--",
                            str(rel)], capture_output=True, text=True, check=True).stdout.split()
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", f"{added[-1]}^"],
                          capture_output=True, text=True, check=True).stdout.strip()


def _tree(commit: str) -> Path:
    """reader/ as it was at commit, unpacked once."""
    folder = _CACHE / commit
    if not (folder / "done").exists():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "reader"], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        (folder / "done").write_text(commit)
    return folder


def blind_rows(labels: Path) -> dict[str, object]:
    """{"rows": [...], "sure": n}: the labelled figures the blind-time rules gave a subject."""
    tree = _tree(blind_commit(labels))
    # Today's label file and figure_score (labels corrected since are the truth), old rules.
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(labels), str(ROOT / "bench")],
        capture_output=True, text=True, check=True, cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(_CACHE)},
    )
    data: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return data
