"""PySide6 is told which of Reader's modules could use its `__feature__` switches instead of
reading their source to find out (reader.ui.common.qt_compat.skip_feature_scan)."""

from __future__ import annotations

import json
import subprocess
import sys

# A fresh interpreter, as `reader` starts: the Qt-free modules first, then PySide6, whose
# source reading is watched from then on, then the window's modules.
_PROBE = """
import json, sys
import reader.document, reader.store, reader.app
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
scan, read = feature._mod_uses_pyside, []
feature._mod_uses_pyside = lambda module: (read.append(module.__name__), scan(module))[1]
import reader.ui.app.launch, reader.ui.window.main_window
import reader.document.scraped.text_importer, reader.store.rotation
table = feature.pyside_feature_dict
ours = sorted(n for n in sys.modules if n.startswith("reader."))
packages = [n for n in ours if hasattr(sys.modules[n], "__path__")]
print(json.dumps({"read": read, "flags": {n: table.get(n) for n in ours}, "packages": packages,
                  "truth": {n: scan(sys.modules[n]) for n in ours}}))
"""


def test_reader_modules_are_not_read_and_get_the_flags_a_scan_would_give() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    # qt_compat imports PySide6 itself, so it is read before it can say anything
    assert [n for n in seen["read"] if n.startswith("reader.")] == ["reader.ui.common.qt_compat"]
    assert len(seen["flags"]) > 60
    for name, flag in seen["flags"].items():
        if name.startswith("reader.ui.") and name not in seen["packages"]:
            assert flag == 0, name  # uses PySide6, no feature: as a scan finds for most
        else:
            assert flag == -1, name  # Qt-free (tests/test_layering.py) or a package: ignored
    ui = [n for n in seen["flags"] if n.startswith("reader.ui.") and n not in seen["packages"]]
    assert sum(seen["truth"][n] for n in ui) > len(ui) // 2
