"""The first word of `reader WORD …` when it is neither a command nor a file: a mistyped
command (`reader figure FILE`), said as one, before anything about the display."""

from __future__ import annotations

import os
from collections.abc import Sequence


def unknown_command(word: str, extra: Sequence[str], commands: Sequence[str]) -> str:
    """Why word can't be run ("" when it may be a file to open): it names no file there and
    looks like a command (a close command name, more arguments after it, or a bare word)."""
    if not word or word.startswith("-") or "://" in word or os.path.lexists(word):
        return ""
    import difflib  # only for a word that names no file: not at every start

    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    bare = os.sep not in word and "." not in word  # no folder, no suffix: not a file's name
    if not (close or extra or bare):
        return ""
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    return (f"'{word}' is neither a file nor a command (commands: {', '.join(commands)}; "
            "see reader --help)")
