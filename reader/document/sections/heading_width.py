"""How long a line reads: a Latin word, a number or a name of code (ServiceLoader, JDK, 2.0) is read
as one sign, as an ideograph is, so a head naming them is no longer than one written without."""

from __future__ import annotations

from reader.document import rx

_WORD = rx.compile(r"[A-Za-z0-9][A-Za-z0-9_.+#-]*")
_SPACES = rx.compile(r"\s+")


def reading_length(line: str) -> int:
    """The line's length, each Latin word or number counted as one character and spaces as none."""
    return len(_SPACES.sub("", _WORD.sub("w", line)))
