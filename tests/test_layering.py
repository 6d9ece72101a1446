"""The core layers never import Qt (STYLE.md, Layers 1)."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import importlib, json, pkgutil, sys
import reader.document, reader.store
# Every module, not only what the packages import at once: some load on demand.
for package in (reader.document, reader.store):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
importlib.import_module("reader.notes_cli")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))))
"""


def test_document_and_store_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
