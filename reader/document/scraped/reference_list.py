"""A post's reference list under its last paragraph (参考 / 参考资料 / References over the titles or
addresses of what it drew on): the post's own last part, not the theme's furniture under it."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.menu_lines import is_menu_line
from reader.document.scraped.patterns import is_chrome, is_dateline, is_hard_stop, is_meta
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
# A post's licence lines under its text (本文作者：…, 本文链接：…, 版权声明：…, Licensed under CC BY-NC-SA 4.0).
LICENCE = rx.compile(r"本文作者|文章作者|本文链接|文章链接|原文链接|版权声明|许可协议|[Ll]icensed under|转载请")
# What reads as a reference: a link, a numbered or bulleted item, a title in 《》 or quotes, 作者. 标题.,
# 站名-标题 (a page's title with its site's name).
_REFERENCE = rx.compile(
    r"https?://|www\.|\w\.(?:com|org|net|io|cn|dev|edu|gov)\b|^(?:\[\d+\]|\d+[.、．)）]|[（(]\d+[)）]|[-*•·])"
    r"|《[^》]+》|“[^”]+”|「[^」]+」|\"[^\"]+\"|^[^.。\s]{1,30}[.．]\s*[^.。]{2,}[.．]|^[^\s\-–—|｜]{2,}\s*[-–—|｜]\s*\S{2,}"
)
_CATEGORY_MAX = 4  # characters: 网站, 系统设计 — the post's category, set over its tags
_TITLE_MIN = 6  # characters of a title given without its link
_SENTENCE_MARK = rx.compile(r"[，。！？；：,!?;:]")
_LATIN_MIN = 6  # letters: Static site search in practice
# A theme's footer in words no menu uses: Powered by Hexo, Theme NexT, 本站总访问量, 回到顶部.
_SITE_FOOT = rx.compile(
    r"^(?:powered by|theme\b|designed by|built with|hosted (?:on|by)|back to top)|由\s*\S+\s*(?:强力)?驱动"
    r"|本站.{0,4}(?:访问|访客|运行)|(?:回到|返回)顶部|^主题\s*[-:：]?\s*[A-Za-z]",
    re.IGNORECASE,
)


def is_reference_head(line: str) -> bool:
    """参考资料： or References: the head of a post's list of what it drew on."""
    return _HEAD.fullmatch(line.rstrip(_HEAD_END)) is not None


def _furniture(line: str) -> bool:
    return bool(
        _post_furniture(line) or is_hard_stop(line) or is_meta(line) or is_dateline(line) or standalone_credit(line)
        or is_cited_reference(line)  # ^ 某某. 标题. [2020-10-04]: a wiki page's apparatus, left out
    )


def with_references(lines: list[str], start: int, end: int) -> int:
    """The text's end past its reference list: the head under the last paragraph (or a part's head
    and its line in between), then the references up to the theme's tags, links, menu or footer; the
    list ends at its last line that reads as a reference (a title over its link is kept)."""
    head = next((k for k in range(end, min(len(lines), end + _HEAD_REACH + 1)) if is_reference_head(lines[k])), None)
    if head is None or head <= start or any(
        len(lines[k]) > _BETWEEN_MAX or _furniture(lines[k]) for k in range(end, head)
    ):
        return end
    cited = head + 1  # past the last line that reads as a reference
    stop = head + 1
    while stop < min(len(lines), head + 1 + _ITEMS_MAX) and not _below_list(lines[stop]):
        if _REFERENCE.search(lines[stop]) or _latin(lines[stop]) or _bare_title(lines[stop]):
            cited = stop + 1
        stop += 1
    last = cited
    if stop == len(lines) or _post_furniture(lines[stop]):
        last = stop  # the page's end, or the post's tags or links under the list: every line over them is the post's
        if stop < len(lines) and _TAGS.fullmatch(lines[stop]) and last - 1 > head + 1 and _category(lines[last - 1]):
            last -= 1  # 系统设计 over #架构 #推荐系统: the post's category, the theme's
    return last if last > head + 1 else end


def _below_list(line: str) -> bool:
    """What ends the list: the theme's lines under the post, its menu or its footer (首页, 归档,
    © 2021 某某, Powered by Hexo), a line too long for a reference."""
    return (len(line) > _ITEM_MAX or _furniture(line) or is_chrome(line) or is_menu_line(line)
            or _SITE_FOOT.search(line) is not None)


def _post_furniture(line: str) -> bool:
    return bool(_TAGS.fullmatch(line) or _POST_LINK.search(line) or LICENCE.search(line))


def _category(line: str) -> bool:
    return len(line) <= _CATEGORY_MAX and line.isalpha() and not line.isascii()


def _bare_title(line: str) -> bool:
    """推荐系统实践, SAML与OAuth对比: a link's title without its address (not 感谢阅读, 欢迎常来)."""
    return _TITLE_MIN <= len(line) <= _BETWEEN_MAX and not _SENTENCE_MARK.search(line)


def _latin(line: str) -> bool:
    """Static site search in practice: a reference's title in Latin letters."""
    letters = sum(c.isascii() and c.isalpha() for c in line)
    return letters >= _LATIN_MIN and letters * 2 >= len(line.replace(" ", ""))
