"""PySide6 quirks worked around.

A guard against a PySide6 6.12.0 bug on Python 3.11: void methods drop a reference to None.

Every call of a Qt method that returns nothing (setText, insertBlock, ...) decrements
None's reference count without having incremented it. Python 3.12 made None immortal, so
the bug is harmless there; on 3.11 the process aborts ("none_dealloc") after a few thousand
calls. Pinning PySide6 != 6.12.0 or running Python >= 3.12 avoids it; this guard makes the
GUI safe whatever is installed, by giving None a reference count it can never lose.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QTextBlockFormat

_PROBE_CALLS = 16
_BALLAST = 1 << 40  # more void calls than any session can make


def none_refcount_leaks() -> bool:
    """Whether void Qt methods leak a reference to None in this interpreter."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    fmt = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        fmt.setTopMargin(0.0)
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def protect_none() -> bool:
    """Apply the guard when the bug is present; True when it was applied."""
    if not none_refcount_leaks():
        return False
    import ctypes  # only where the bug is: ≈2 ms at start-up otherwise

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += _BALLAST
    return True


def skip_feature_scan() -> int:
    """Spare PySide6 reading the source of modules to learn what it can be told.

    Once loaded, PySide6 reads the source of every module imported after it (by name, the
    first time an import statement names it, even if it was loaded before), looking for
    "PySide6" to decide whether `from __feature__ import ...` (snake_case, true_property)
    may apply there: ≈0.1 ms a module, ≈8 ms for the window's. Recorded here instead: 0
    (uses PySide6, no feature) for Reader's UI modules; -1 (ignore) for its Qt-free ones and
    its packages
    (tests/test_layering.py) and for those loaded already, which PySide6 was not there to be
    used by. The two differ only where a module selects a feature, and Reader selects none.
    An unknown PySide6 is left to scan. Returns how many modules were recorded.
    """
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    known = len(table)
    ui = os.path.dirname(os.path.dirname(__file__))
    reader = os.path.dirname(ui)
    folders = [("reader", reader, -1), ("reader.document", os.path.join(reader, "document"), -1),
               ("reader.store", os.path.join(reader, "store"), -1), ("reader.ui", ui, 0)]
    document = os.path.join(reader, "document")
    folders += [(f"reader.document.{entry.name}", entry.path, -1) for entry in os.scandir(document)
                if entry.is_dir() and not entry.name.startswith("__")]
    folders += [(f"reader.ui.{entry.name}", entry.path, 0) for entry in os.scandir(ui)
                if entry.is_dir() and not entry.name.startswith("__")]
    for package, folder, value in folders:
        table.setdefault(package, -1)  # a package's __init__ holds only its docstring: Qt-free
        for name in os.listdir(folder):
            if name.endswith(".py") and name != "__init__.py":
                table.setdefault(f"{package}.{name[:-3]}", value)
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken", "__main__")):
            table.setdefault(name, -1)
    return len(table) - known
