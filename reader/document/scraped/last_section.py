"""A post's last part of short lines (明年的目标 / 阅读，6 本书 / 锻炼, a list of links, a closing
line) between its last paragraph and the theme's foot (Comments, Share, ←, 标签：…, 相关文章):
the post's, though no line of it weighs as a paragraph."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.menu_lines import is_menu_line
from reader.document.scraped.patterns import (
    DISCLAIMER_START,
    is_chrome,
    is_dateline,
    is_hard_stop,
    is_lone_number,
    is_meta,
    is_rights_notice,
)
from reader.document.scraped.reference_list import LICENCE
from reader.document.scraped.text_records import SHORT_LINE_COST
from reader.document.scraped.text_tail import is_dated_link_line
from reader.document.sections.headings import is_caption

# What a theme sets under a post, and nothing sets inside one: the comments' and the sharing
# buttons' heads, the tags, the arrows to the previous and next posts, the day it was last updated.
_FOOT = rx.compile(
    r"(?:comments?|评论|評論|留言|share|分享|tags?|标签|標籤|上一篇|下一篇|prev(?:ious)?(?: post)?|next(?: post)?"
    r"|older|newer|本文标签|文章标签|相关文章|相關文章|最后更新(?:时间)?|最後更新(?:時間)?|更新于|更新於|last (?:updated|modified)|相关字词|相關字詞|关键词|關鍵詞|关键字|關鍵字)"
    r"\s*(?:[:：﹕].*)?$|[←→«»‹›](?:\s|$)|上\s*/\s*下一篇|(?:上一篇|下一篇)\s*[|｜]|.{0,8}(?:赞赏|讚賞|打赏|打賞)|#\s?\S+(?:\s+#\s?\S+)*$",
    re.IGNORECASE,
)
# 📧 电子邮件：…, 微信号：…, QQ：…, 热线：…, a mail address: the author's or the site's card, under the post.
_CONTACT = rx.compile(r"(?:电子邮件|電子郵件|邮箱|郵箱|e-?mail|微信号?|微信號|QQ|电话|電話|热线|熱線)\s*[:：﹕]|加.{0,2}微信|(?<![\w.-])[\w.-]+@[\w-]+\.\w", re.IGNORECASE)
# What no post's last part holds: a note or a box's head set whole in brackets (（作者为…）, 【热门点阅】),
# a request to scan or follow, a box's head (日报新闻-相关报道：).
_NOT_TEXT = rx.compile(r"^(?:（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^\[\]]*\])$|扫码|掃碼|二维码|二維碼|关注|關注|订阅|訂閱"
                       r"|本文结束|本文完|全文完|感谢(?:您的)?阅读|感謝(?:您的)?閱讀|您的支持|鼓励我|鼓勵我|继续创作|繼續創作|请我喝|請我喝|[-—=~*]{3}"
                       r"|^.{0,12}(?:相关|相關|推荐|推薦|热门|熱門|热点|熱點|阅读|閱讀).{0,4}[:：]$")
# A sidebar's boxes, set after the post in the page's order: 公告, 最新文章, 文章目录, 分类 (12)…
_SIDEBAR = rx.compile(r"(?:公告|最新|最近|近期|热门|熱門|文章目录|文章目錄|目录|目錄|站点概览|站點概覽|分类|分類|归档|歸檔|友情链接|友链|友鏈"
                      r"|关于我|關於我|contents|toc|table of contents|recent|categories|archives?|links|about)",
                      re.IGNORECASE)
_PARTS_REACH = 8  # lines over the end where the text shows a head or an item
_SECTION_MAX = 10  # lines of such a part: a short list or two, not a sidebar
_WORDS_MIN = 10  # characters of its longest line: words of the post, not a theme's tag cloud
_IDEOGRAPHS_MIN = 4  # in that line: Chinese words, not a theme's English button (Skip … and continue reading)
_IDEOGRAPH = rx.compile(r"[\u4e00-\u9fff]")


def is_post_foot(line: str) -> bool:
    """Comments:, Share, ←, 标签：…, 相关文章, 最后更新：…: the theme's, under the post."""
    return _FOOT.match(line) is not None or line.startswith(("转载请", "轉載請"))


def _in_section(lines: list[str], i: int, foot: int) -> bool:
    line = lines[i]
    if is_lone_number(line):  # 2021 over the year's paragraph, not a page number or a player's 00:00
        return i + 1 < foot and not is_lone_number(lines[i + 1]) and _holds_words(lines[i + 1])
    return not (is_chrome(line) or is_meta(line) or is_dateline(line) or standalone_credit(line)
                or is_hard_stop(line) or is_rights_notice(line) or DISCLAIMER_START.match(line) is not None
                or _NOT_TEXT.search(line) is not None or is_dated_link_line(line)
                or LICENCE.match(line) is not None or _CONTACT.search(line) is not None
                or is_menu_line(line) or _SIDEBAR.match(line) is not None or is_caption(line))


def with_last_section(lines: list[str], scores: list[int], start: int, end: int) -> int:
    """The text's end taken on over the short lines under it to the theme's foot, when they are
    few, hold words (a line of ten characters or more) and the foot follows them."""
    for foot in range(end, min(len(lines), end + _SECTION_MAX + 1)):
        if is_post_foot(lines[foot]):
            break
        if not _in_section(lines, foot, len(lines)):
            return end
    else:
        return end
    if foot == end or not all(_in_section(lines, i, foot) for i in range(end, foot)):
        return end
    if not any(scores[k] == SHORT_LINE_COST and _in_section(lines, k, end) for k in range(max(start, end - _PARTS_REACH), end)) and (
        not _announced_links(lines, end, foot)
    ):
        return end  # the text's last lines all paragraphs, no links it announces: no post set in parts
    above = set(lines[start:end])
    if any(lines[i] in above for i in range(end, foot)):
        return end  # the post's heads said again: its contents box, set after it
    return foot if any(_holds_words(lines[i]) for i in range(end, foot)) else end


_LINK = rx.compile(r"https?://\S+$")
_LINKS_MIN = 2


def _announced_links(lines: list[str], end: int, foot: int) -> bool:
    """这里分享几个工具： over https://… lines, right over the foot: the post's closing links."""
    intro = next((k for k in range(end, foot) if lines[k].endswith(("：", ":"))), None)
    return intro is not None and foot - intro - 1 >= _LINKS_MIN and all(
        _LINK.match(lines[k]) for k in range(intro + 1, foot))


def _holds_words(line: str) -> bool:
    return len("".join(line.split())) >= _WORDS_MIN and len(_IDEOGRAPH.findall(line)) >= _IDEOGRAPHS_MIN
