"""A box of related links set inside the article near its end (延伸阅读 over a link or two), the
article's last paragraph under it and then the editor's credit: the text runs on past the box."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.patterns import is_prose

# 延伸阅读, 相关阅读：, 【相关链接】: the box's head on a line of its own.
_BOX_HEAD = rx.compile(r"[【\[]?(?:延伸阅读|推荐阅读|相关(?:阅读|链接|报道|新闻|文章))[】\]]?\s*[:：]?")
_LINKS_MAX = 3  # links the box holds: a short box, not the page's list of stories
_PARAGRAPHS_MAX = 2  # the article's paragraphs under it before the credit


def past_inner_box(lines: list[str], scores: list[int], end: int) -> int:
    """Where the text ends: `end`, or past the box at `end` and the paragraphs under it when the
    editor's (or the writer's) credit follows them: the box was set inside the article."""
    if end >= len(lines) or _BOX_HEAD.fullmatch(lines[end]) is None:
        return end
    k = end + 1
    while k < len(lines) and k - end <= _LINKS_MAX and scores[k] < 0 and not is_prose(lines[k]):
        k += 1  # the box's links: short lines, no sentences
    if k == end + 1:
        return end
    last = k
    while last < len(lines) and last - k < _PARAGRAPHS_MAX and scores[last] > 0 and is_prose(lines[last]):
        last += 1
    if last == k or last >= len(lines) or standalone_credit(lines[last]) is None:
        return end
    return last
