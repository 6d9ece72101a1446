"""reader.store is pure Python: importing and using it loads no Qt module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys, tempfile
from reader.store import Store
with Store.open(tempfile.mkdtemp()) as store:
    doc_id = store.remember_document("/a", "0" * 64, None)
    store.add_note(doc_id, "一二三四五", 0, 2, "", "yellow")
    store.search_notes("一二")
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "PyQt")))
print(json.dumps({"qt": qt, "store": "reader.store.store" in sys.modules}))
"""


def test_importing_and_using_the_store_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen == {"qt": [], "store": True}
