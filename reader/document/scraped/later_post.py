"""A post under the blog's sidebar (an old theme's left column scraped first: 最新评论 with the
readers' comments, 阅读排行榜, 评论排行榜, then the post and its 发表于 line): the densest run
starts in the sidebar's comments, and its first box cuts the post off. When the run past its
last box outweighs the run before its first several times over and the post's date line closes
it, the post is that later run (between two boxes: 相关内容 and the comments follow it)."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.scraped.marked_stops import is_marked_stop
from reader.document.scraped.patterns import is_dateline, is_hard_stop
from reader.document.scraped.post_opening import under_post_meta

_OUTWEIGHS = 3  # times the weight of the run before the sidebar's first box
_DATE_REACH = 2  # lines under the post where its date line stands
_POSTED = rx.compile(r"发表于|發表於|posted", re.IGNORECASE)


def _post_line(line: str) -> bool:
    """作者:X 阅读(12) 评论(3) 编辑 发表于:2005-07-31 12:30: a blog post's own date line, not a news page's."""
    return is_dateline(line) and _POSTED.search(line) is not None


def _stop(line: str) -> bool:
    return is_hard_stop(line) or is_marked_stop(line)


def _weight(scores: list[int], a: int, b: int) -> int:
    return sum(max(score, 0) for score in scores[a:b])


def _heaviest(scores: list[int], a: int, b: int) -> tuple[int, int, int]:
    """(weight, start, end) of the heaviest run of lines within [a, b)."""
    best, span, total, first = 0, (a, a), 0, a
    for i in range(a, b):
        if total <= 0:
            total, first = 0, i
        total += scores[i]
        if total > best:
            best, span = total, (first, i + 1)
    return best, *span


def past_sidebar(lines: list[str], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """[start, end) of the post between two of the sidebar's or the page's boxes, or the run given."""
    stops = [i for i in range(start + 1, end) if _stop(lines[i])]
    if not stops:
        return start, end
    parts = zip(stops, [*stops[1:], end], strict=True)  # each box's lines, its head left out
    weight, first, stop = max(_heaviest(scores, head + 1, until) for head, until in parts)
    dated = any(_post_line(lines[k]) for k in range(stop, min(len(lines), stop + _DATE_REACH)))
    # 网友评论 over 网友甲 发表于…, 网友乙 发表于…: readers' comments, each dated, are no post (a post
    # has one date line, under it)
    comments = sum(_post_line(lines[k]) for k in range(first, min(len(lines), stop + _DATE_REACH + _COMMENT_REACH))) > 1
    if dated and not comments and weight >= _OUTWEIGHS * max(1, _weight(scores, start, stops[0])):
        return first, stop
    return start, end


_COMMENT_REACH = 8  # lines under the run where a second comment's 发表于 would stand


def post_run(lines: list[str], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """The densest run made the post's: past a sidebar's boxes, from under the post's meta block."""
    start, end = past_sidebar(lines, scores, start, end)
    return under_post_meta(lines, scores, start), end
