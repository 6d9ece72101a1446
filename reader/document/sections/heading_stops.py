"""Numbered heads that end in a full stop, as official documents set them (一、总体要求。), a note in
brackets maybe closing them: （二）重点检查阶段（6月1日至8月31日）。"""

from __future__ import annotations

from reader.document import rx

_STOPPED_HEAD_MAX = 16  # characters, the note in brackets at the end not counted
# （6月1日至8月31日）, （试行）: what the head is given in brackets at its end, before its full stop.
_CLOSING_NOTE = rx.compile(r"[（(][^（）()。；]{1,24}[）)](?=[。.]?$)")


def stopped_head(line: str) -> bool:
    """A numbered line short enough to be a head though it ends in a full stop, its closing note
    in brackets aside; 十二、第12选举区：观音区。 says what an item is: a list's entry, not a head."""
    return "：" not in line and len(_CLOSING_NOTE.sub("", line)) <= _STOPPED_HEAD_MAX
