"""A data folder the user can't write, for real: as user nobody (root ignores file modes)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.drafts import DocumentRef, Drafts

ROOT = Path(__file__).resolve().parents[2]
TEXT = "只读的文件夹里，文章照常打开，笔记留作草稿。" * 4
DOC = DocumentRef("/articles/ro.txt", "7" * 64, "只读")

_CHILD = """
import json, sys
from pathlib import Path
from reader.store import Store
from reader.store.drafts import DocumentRef, Drafts
store = Store.open(sys.argv[1])
doc = DocumentRef("/articles/ro.txt", "7" * 64, "只读")
doc_id = store.find_document(doc.path, doc.sha256)
drafts = Drafts(store, Path(sys.argv[2]))
kept = drafts.add_note(doc, sys.argv[3], 0, 4, "草稿", "yellow")
print(json.dumps({
    "read_only": store.read_only, "reason": store.read_only_reason,
    "notes": [n.body for n in store.notes(doc_id)],
    "kept": type(kept).__name__, "error": str(drafts.last_error),
    "spooled": drafts.spool_error == "",
}, ensure_ascii=False))
"""


def _as_unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: can't drop privileges")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder user nobody can reach (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="reader-ro-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_an_unwritable_data_folder_reads_notes_and_keeps_new_ones_as_drafts(
    shared_dir: Path,
) -> None:
    data_dir, spool_dir = shared_dir / "data", shared_dir / "spool"
    with Store.open(data_dir) as store:
        doc_id = store.remember_document(DOC.path, DOC.sha256, DOC.title)
        store.add_note(doc_id, TEXT, 0, 4, "旧笔记", "yellow")
    data_dir.chmod(0o555)
    spool_dir.mkdir(mode=0o777)
    spool_dir.chmod(0o777)
    spool = spool_dir / "drafts.json"
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    result = subprocess.run(
        [*_as_unprivileged(), sys.executable, "-c", _CHILD, str(data_dir), str(spool), TEXT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["read_only"] and "not writable" in seen["reason"]
    assert seen["notes"] == ["旧笔记"]
    assert seen["kept"] == "Draft" and "read-only" in seen["error"] and seen["spooled"]
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before  # nothing written
    data_dir.chmod(0o755)
    with Store.open(data_dir) as store:  # writable again: the draft is saved
        (saved,) = Drafts(store, spool).retry()
        assert sorted(n.body for n in store.notes(doc_id)) == ["旧笔记", "草稿"]
    assert saved.body == "草稿" and not spool.exists()
