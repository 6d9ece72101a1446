"""The path of each key-figure subject read from any tree of the rules, old ones included.

Old trees cannot say which rule gave a subject, but their helpers have kept their names
(after_noun, noun_after_de, _chained, _paired, own_subject…): a profiler watches what each
helper returns while the Labeller labels a figure, and the subject's path is the helper whose
return value the subject is (or starts with: _join adds a change's verb). The paths are coarse
(every subject before the figure is one path), and the same for old and today's rules, so
they can be compared. Imports nothing from reader, so an old tree's probe can use it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

BEFORE = "noun before the figure"
COUNTED = "noun a count classifies"
AFTER_DE = "noun after 的"
NOUN_NEXT = "noun right after"
CHAINED = "carried from the figure before"
LIST = "分别 list"
PENALTY = "a penalty's bounds"
BY_MEANS = "a measure by 以"
OTHER = "other"
TABLE = "table header"
# Helper names (old and new) → path, the most specific first.
HELPERS = {"_paired": LIST, "_chained": CHAINED, "_penalty": PENALTY, "_measure_by_means": BY_MEANS,
           "after_noun": COUNTED, "_after_noun": COUNTED, "noun_after_de": AFTER_DE,
           "_noun_after_de": AFTER_DE, "noun_next": NOUN_NEXT, "_noun_next": NOUN_NEXT,
           "own_subject": BEFORE, "_own_subject": BEFORE}
_ORDER = list(dict.fromkeys(HELPERS.values()))


class PathTrace:
    """Figure start → coarse path, for every subject the Labeller gave while tracing."""

    def __init__(self) -> None:
        self.by_start: dict[int, str] = {}
        self._start: int | None = None
        self._returned: list[tuple[str, str]] = []  # (path, string a helper returned)

    def _profile(self, frame: FrameType, event: str, arg: Any) -> None:
        name = frame.f_code.co_name
        if "figure_" not in frame.f_code.co_filename:
            return
        if event == "call" and name == "subject" and "start" in frame.f_locals:
            self._start, self._returned = frame.f_locals["start"], []
        elif event == "return" and name in HELPERS:
            value = arg[0] if isinstance(arg, tuple) and arg else arg
            if isinstance(value, str) and value:
                self._returned.append((HELPERS[name], value))
        elif event == "return" and name == "subject" and self._start is not None:
            self.by_start[self._start] = path_of(arg, self._returned) if arg else ""
            self._start = None

    def path(self, start: int, label: str | None) -> str:
        """The path of the figure at start (a sign before it may move start by a character)."""
        if not label:
            return ""
        for at in (start, start + 1, start + 2):
            if self.by_start.get(at):
                return self.by_start[at]
        return TABLE


def path_of(subject: str, returned: list[tuple[str, str]]) -> str:
    """The path of the helper whose return value subject is or starts with; a 分别 list's later
    items come from the list kept from its first (no helper returns them)."""
    bare = subject.replace(" ", "")
    for path in _ORDER:
        for helper_path, value in returned:
            if helper_path == path and bare.startswith(value.replace(" ", "")):
                return path
    return LIST if not returned or all(p == BEFORE for p, _ in returned) else OTHER


@contextmanager
def tracing() -> Iterator[PathTrace]:
    trace = PathTrace()
    previous = sys.getprofile()
    sys.setprofile(trace._profile)
    try:
        yield trace
    finally:
        sys.setprofile(previous)
