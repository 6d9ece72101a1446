"""A guard against a PySide6 6.12.0 bug on Python 3.11: void methods drop a reference to None.

Every call of a Qt method that returns nothing (setText, insertBlock, ...) decrements
None's reference count without having incremented it. Python 3.12 made None immortal, so
the bug is harmless there; on 3.11 the process aborts ("none_dealloc") after a few thousand
calls. Pinning PySide6 != 6.12.0 or running Python >= 3.12 avoids it; this guard makes the
GUI safe whatever is installed, by giving None a reference count it can never lose.
"""

from __future__ import annotations

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
