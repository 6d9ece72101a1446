"""A box's head set between arrows or bullets (⬇⬇相关新闻⬇⬇, ▼延伸閱讀▼, ►相關新聞, 👉推荐阅读): the
head the marks dress up, read without them, ends the article as it would bare."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import is_hard_stop

# Arrows, triangles, pointers and bullets a page sets around a box's head.
_MARKS = rx.compile(r"^[\s⬇⬆↓↑→⇩⇓▼▽▲△►▶▷➤➜➔➡❯»›◆◇■□●○★☆✦✪♦☞👉👇⏬]+|[\s⬇⬆↓↑←⇩⇓▼▽▲△◄◀◁◆◇■□●○★☆✦✪♦👇⏬]+$")
_HEAD_MAX = 16  # characters of such a head: 相关新闻, 延伸閱讀, not a paragraph opening with a bullet


def is_marked_stop(line: str) -> bool:
    """⬇⬇相关新闻⬇⬇: a box's head between marks, which ends the article."""
    if len(line) > _HEAD_MAX or not _MARKS.search(line):
        return False
    bare = _MARKS.sub("", line)
    return bool(bare) and bare != line and is_hard_stop(bare)
