"""The context line shown with a key figure: the clause that holds it, at most CONTEXT_MAX
characters, the figure included; for a figure of a 分别 list, the list back to its first item
(信息传输、软件和信息技术服务业，租赁和商务服务业，交通运输、仓储和邮政业增加值分别增长…7.6%), so
the reader can check which item it is paired with."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_lists as lists
from reader.document.key_figures import figure_words as words

CONTEXT_MAX = 60  # the clause shown with a figure, the figure included
BEFORE_MAX = CONTEXT_MAX  # the characters before a figure its context may read
_BREAK = rx.compile(r"[，。；：！？,;:!?\n]")
_COMMAS = "，,"
_RESPECTIVELY = rx.compile("分[别別]|依次")
_DIGIT = rx.compile(r"\d")
_JOINERS = "、和及与"


def clause_context(before: str, figure: str, after: str) -> str:
    """The clause that holds the figure, at most CONTEXT_MAX characters, the figure included."""
    head = _BREAK.split(before)[-1].lstrip(" ─—")
    tail = _BREAK.split(after)[0]
    room = max(0, CONTEXT_MAX - len(figure))
    if (listed := _listed(before, head, room)) != head:  # the whole list, then what room is left
        listed = listed if len(listed) + len(tail) <= room else _elided(listed)
        head, tail = listed, tail[: room - len(listed)]
    if len(head) + len(tail) > room:
        keep_tail = min(len(tail), max(room // 3, room - len(head)))
        head = head[len(head) - (room - keep_tail) :] if room > keep_tail else ""
        tail = tail[:keep_tail]
    return (head + figure + tail).strip()


def _listed(before: str, head: str, room: int) -> str:
    """head, or with the items of its 分别 list named between commas before it (租赁和商务服务业，
    |交通运输、仓储和邮政业增加值分别增长): back over the pieces that only name (figure_lists.
    names_only), as many as room holds with the figures before this one left out; when the
    clause names nothing before 分别, the clause before it (非公企业61903家、社会组织5994家，|比上年
    分别增加…), figures and all."""
    if not _RESPECTIVELY.search(head):
        return head
    start, bare = len(before) - len(head), lists.names_nothing(head)
    while start > 1 and before[start - 1] in _COMMAS:
        piece_start = max((b.end() for b in _BREAK.finditer(before, 0, start - 1)), default=0)
        cut = piece_start == 0 and len(before) >= BEFORE_MAX  # the piece may begin before the window
        piece = before[piece_start : start - 1].strip()
        if cut or not piece or not (bare or lists.names_only(piece)) or words.LEAD.fullmatch(piece.translate(words.T2S)):
            break  # …or it is no item (同比增长5%, 其中)
        if len(_elided(before[piece_start:].lstrip(" ─—"))) > room:
            break
        start, bare = piece_start, False
    return before[start:].lstrip(" ─—")


def _elided(listed: str) -> str:
    """The list with the figures between its last 分别 and the figure left out (…分别增长…、)."""
    last = max((pairs.end() for pairs in _RESPECTIVELY.finditer(listed)), default=-1)  # its own 分别
    digit = _DIGIT.search(listed, last) if last >= 0 else None
    if digit is None:
        return listed
    return listed[: digit.start()] + "…" + (listed[-1] if listed[-1] in _JOINERS else "")
