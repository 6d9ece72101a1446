"""A post's reference list under its last paragraph (参考 / 参考资料 / References over the titles or
addresses of what it drew on): the post's own last part, not the theme's furniture under it."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.patterns import is_dateline, is_hard_stop, is_meta
from reader.document.scraped.text_tail import is_cited_reference

# 参考, 参考资料：, 参考文档, 参考链接, 参考资料&扩展阅读, References, Further reading: the list's head.
_HEAD = rx.compile(
    r"(?:参考|參考)(?:资料|資料|文档|文檔|链接|鏈接|文章|文献|文獻|来源|內容|内容)?(?:\s*[&＆和与及/]\s*[^\s：:]{2,6})?"
    r"|references?|further reading",
    re.IGNORECASE,
)
_HEAD_END = "：: "
_HEAD_REACH = 3  # lines of the text's last part (a head and its line) the list's head may stand under the end
_BETWEEN_MAX = 40  # characters of such a line
_ITEMS_MAX = 20
_ITEM_MAX = 160  # characters: a reference's title, authors and address
# The theme's lines under the post: its tags (#架构 #推荐系统, # 技巧), the previous and next posts, its licence.
_TAGS = rx.compile(r"#\s?\S+(?:\s+#\s?\S+)*")
_POST_LINK = rx.compile(r"^(?:上一篇|下一篇|上一页|下一页|prev|next|previous|older|newer)\b|(?:上一篇|下一篇)$", re.IGNORECASE)
_LICENCE = rx.compile(r"本文作者|文章作者|本文链接|文章链接|版权声明|许可协议|[Ll]icensed under|转载请")
_CATEGORY_MAX = 4  # characters: 网站, 系统设计 — the post's category, set over its tags


def is_reference_head(line: str) -> bool:
    """参考资料： or References: the head of a post's list of what it drew on."""
    return _HEAD.fullmatch(line.rstrip(_HEAD_END)) is not None


def _furniture(line: str) -> bool:
    return bool(
        _TAGS.fullmatch(line) or _POST_LINK.search(line) or _LICENCE.search(line) or is_hard_stop(line)
        or is_meta(line) or is_dateline(line) or standalone_credit(line)
        or is_cited_reference(line)  # ^ 某某. 标题. [2020-10-04]: a wiki page's apparatus, left out
    )


def with_references(lines: list[str], start: int, end: int) -> int:
    """The text's end past its reference list: the head under the last paragraph (or a part's head
    and its line in between), then the references up to the theme's tags, links or licence."""
    head = next((k for k in range(end, min(len(lines), end + _HEAD_REACH + 1)) if is_reference_head(lines[k])), None)
    if head is None or head <= start or any(
        len(lines[k]) > _BETWEEN_MAX or _furniture(lines[k]) for k in range(end, head)
    ):
        return end
    last = head + 1
    while last < min(len(lines), head + 1 + _ITEMS_MAX) and len(lines[last]) <= _ITEM_MAX and not _furniture(lines[last]):
        last += 1
    if last < len(lines) and _TAGS.fullmatch(lines[last]) and last - 1 > head + 1 and _category(lines[last - 1]):
        last -= 1  # 系统设计 over #架构 #推荐系统: the post's category, the theme's
    return last if last > head + 1 else end


def _category(line: str) -> bool:
    return len(line) <= _CATEGORY_MAX and line.isalpha() and not line.isascii()
