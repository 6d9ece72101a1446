"""Where the article's text ends, beyond what region.py weighs: credits set at a post's top that
end nothing, and the editor's note in parentheses that closes the article (（文中人物均为化名））."""

from __future__ import annotations

import re
from itertools import compress
from operator import methodcaller

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.box_heads import is_link_field
from reader.document.scraped.patterns import ends_sentence, is_prose

_OPENING_LINES = 6  # lines from the text's start within which a credit block opens a post
_RUNS_ON = 3  # the text under such a credit outweighs the text above it this many times
_BOX_OVER_TEXT = 2  # lines of the run above a post's link: its licence box's, over the text


def opening_credit(lines: list[str], scores: list[int], start: int, end: int, i: int) -> bool:
    """作者 | momo / 编辑 | 小田 (or 本文链接：… of a licence box) under a post's first paragraphs,
    the article running on under them: the post's credits set at its top, not the end of its text."""
    if is_link_field(lines[i]) and i - start <= _BOX_OVER_TEXT:
        return True  # 版权声明：… / 本文链接：… opening the run: the licence box over the post
    if i - start > _OPENING_LINES or standalone_credit(lines[i]) is None and not is_link_field(lines[i]):
        return False
    before = sum(max(score, 0) for score in scores[start:i])
    after = sum(max(score, 0) for score in scores[i + 1 : end])
    return after > _RUNS_ON * max(before, 1)


_BOX_LINES_MAX = 8  # short lines under a box's head before the text goes on: its links (and a head)
_TEXT_UNDER_MIN = 1000  # the text's weight under a box set inside it: many paragraphs, not a teaser
_OUTWEIGHS = 10  # and it outweighs the text above the box this many times
# 延伸阅读, 相关链接: the box an editor sets inside a text (the next story's 下一篇 ends it).
_RELATED = rx.compile(r"[【\[]?(?:延伸阅读|相关(?:阅读|链接|报道|新闻|文章|资讯))[】\]]?\s*[:：]?")
# 【延伸阅读】某某: one story's link, its label in brackets, set inside a text or under it.
_LINK_LINE = rx.compile(r"【(?:延伸阅读|推荐阅读|相关(?:阅读|链接|报道|新闻|文章))】\s*\S")
_TEXT_UNDER_LINK = 80  # the text's weight under such a link: two paragraphs, not a note on its source


def box_inside(lines: list[str], scores: list[int], weight_to: list[int], span: tuple[int, int], i: int) -> bool:
    """延伸阅读 over a few links, under the text's first paragraphs, and the article running on
    under them, many times longer: a box set inside the text, not the end of it. `weight_to[k]`:
    the text's weight above line k (the positive scores summed), `span`: the run [start, end)."""
    start, end = span
    if lines[i][:1] == "【" and _LINK_LINE.match(lines[i]):
        return weight_to[end] - weight_to[i + 1] >= _TEXT_UNDER_LINK  # the article runs on under the link
    if not _RELATED.match(lines[i]):
        return False
    under = next((k for k in range(i + 1, min(end, i + 2 + _BOX_LINES_MAX)) if scores[k] > 0), None)
    if under is None:
        return False
    before, after = weight_to[i] - weight_to[start], weight_to[end] - weight_to[under]
    return after >= _TEXT_UNDER_MIN and after > _OUTWEIGHS * max(before, 1)


def above_buttons(scores: list[int], start: int, end: int, cost: int) -> int:
    """返回某网，查看更多 over the declaration the text ends on: the page's button, not the text."""
    while end - 1 > start and scores[end - 1] <= cost:
        end -= 1
    return end


# Why names were changed or left out, or whom the authors thank, in the editor's words: the
# article's last line, not the page's.
_NOTE = rx.compile(r"化名|隐私|(?:受访者|当事人|采访对象).{0,4}要求|感谢|感謝|致谢|致謝|鸣谢|鳴謝")
_NOTE_MAX = 80


def with_closing_note(lines: list[str], end: int) -> int:
    """（为保护隐私，以上人物均为化名） or （特别感谢某某对本文的贡献） under the last paragraph:
    the article's closing note."""
    if not 0 < end < len(lines) or not is_prose(lines[end - 1]):
        return end
    line = lines[end]
    enclosed = line[:1] in "（(" and line[-1:] in "）)" and len(line) <= _NOTE_MAX
    return end + 1 if enclosed and _NOTE.search(line) is not None else end



# 2020-10-04 20:30 or 2020年10月4日 20:30: a stamp with the time of day, as comments and story lists carry.
# A timeline's entry in the article (2020年10月4日 20:30，消防员赶到…) goes on after a comma: no stamp.
_STAMP = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*+(?:日\s*+)?\d{1,2}[:：]\d{2}(?![:：\d]*\s*[，,])")
_STAMPED_MIN = 3  # stamped lines, within _STAMP_WINDOW lines, that make a list of comments or stories
_STAMP_WINDOW = 20  # three comments of a name and stamp, the text, replies and buttons each
_TEXT_BEFORE = 3  # lines of the article before such a list may start


def before_stamped_list(lines: list[str], start: int, end: int) -> int:
    """Comments (网友 2020-10-04 20:30 …) or a list of dated stories under the article: its text ends
    above the first of three lines stamped with a date and a time of day within a few lines."""
    # `in` scans in C: most lines hold no colon, and no stamp then.
    stamped = [i for i in range(start + _TEXT_BEFORE, end)
               if (":" in lines[i] or "：" in lines[i]) and _STAMP.search(lines[i])]
    for k, i in enumerate(stamped):
        if k + _STAMPED_MIN - 1 < len(stamped) and stamped[k + _STAMPED_MIN - 1] - i < _STAMP_WINDOW:
            return i
    return end



# ^ 作者. 标题. [2020-10-04]. （访问于…）: a wiki page's references, each opening with the caret that
# links back to the text, or stamped with the day it was looked up.
_REFERENCE = rx.compile(r"^[\^↑]|引用日期|访问于|访问日期|存档于|檢索日期|查閱日期")
_REFERENCES_MIN = 3  # references within _REFERENCES_WINDOW lines: the list, not a caret in the text
_REFERENCES_WINDOW = 6
_APPARATUS_HEAD = rx.compile(r"^(?:参考|參考|注释|註釋|脚注|腳注|注解|资料来源|資料來源|引用|来源|外部链接|外部連結|references?$|notes?$)", re.I)
_APPARATUS_HEAD_MAX = 12


def before_references(lines: list[str], start: int, end: int) -> int:
    """A list of references under the text (and its head, 参考资料, 脚注) is the page's apparatus:
    the article's text ends above it."""
    marked = [i for i in range(start + _TEXT_BEFORE, end) if is_cited_reference(lines[i])]
    first = next((i for k, i in enumerate(marked) if k + _REFERENCES_MIN - 1 < len(marked)
                  and marked[k + _REFERENCES_MIN - 1] - i < _REFERENCES_WINDOW), None)
    if first is None:  # 参考资料 / 1 / 某某．某网 [引用日期…]: a short list under its head
        first = next((i for i in marked if _headed(lines, start, i)), None)
    if first is None:
        return end
    while first - 1 > start and len(lines[first - 1]) <= _APPARATUS_HEAD_MAX and _APPARATUS_HEAD.match(lines[first - 1]):
        first -= 1
    return first


_HEAD_REACH = 2  # lines from a list's head to its first reference (its number between)


def _headed(lines: list[str], start: int, i: int) -> bool:
    return any(len(lines[k]) <= _APPARATUS_HEAD_MAX and _APPARATUS_HEAD.match(lines[k]) is not None
               for k in range(max(start + 1, i - _HEAD_REACH), i))


def is_cited_reference(line: str) -> bool:
    """^ 作者. 标题. [2020-10-04] or …（访问于…）: a wiki page's reference, not a post's link."""
    # `in` scans in C: the pattern is tried only on lines that may hold one of its words (every
    # word but the caret holds 日期, 访问 or 存档: 檢索日期 and 查閱日期 too).
    return line[:1] in "^↑" or (
        ("日期" in line or "访问" in line or "存档" in line) and _REFERENCE.search(line) is not None)


# 某某公园下月开放 2024-05-11, [05-11] 某某公园下月开放, 标题（2024年5月11日）: a story's link and its
# date, no clause: a timeline's entry in the article (2024年5月11日，公园开放) goes on after a comma.
# The date closes the line or stands in brackets: a timeline's entry opens with its date, bare
# (2006.5.17 彩虹旗第一次扬起), and is the article's.
_DATED_LINK = rx.compile(
    r"[\[【（(]?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\]】）)]?$"
    r"|^[\[【（(](?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}[\]】）)]"
)
_DATED_LINKS_MIN = 3  # in a row: a box of dated stories, not a date the article gives
_DATED_LINK_MAX = 50
_CLAUSE_MARKS = frozenset("，。；！？,;")


def before_dated_links(lines: list[str], start: int, end: int) -> int:
    """A box of dated stories under the text, no time of day: the text ends above its first. The
    box may open on the text's last line: its run is followed on past the end."""
    run = 0
    for i in range(start + _TEXT_BEFORE, len(lines)):
        if i >= end and run == 0:
            break
        run = run + 1 if is_dated_link_line(lines[i]) else 0
        if run == _DATED_LINKS_MIN:
            return i - run + 1
    return end


# [2005-08-21] 为什么总要面对呢？: a blog's list of its other posts, each under the day it was
# posted; a title may ask, but holds no full stop.
_POST_DATE = rx.compile(r"^[\[【](?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]】]\s*")
_POST_TITLE_MIN = 2


def is_dated_link_line(line: str) -> bool:
    """A story's link and its date (某某公园下月开放 (2024-05-11), [2024-05-11] 某某): no clause."""
    if len(line) > _DATED_LINK_MAX:
        return False
    if line[:1] in "[【" and (post := _POST_DATE.match(line)):
        return "。" not in line and len(line) - post.end() >= _POST_TITLE_MIN
    return _CLAUSE_MARKS.isdisjoint(line) and _is_dated_link(line)


_DATED_TITLE_MIN = 6  # characters besides the date: a headline, not 发布时间 or a lone date


def _is_dated_link(line: str) -> bool:
    # A year (19xx, 20xx) or an opening bracket: the pattern is tried only where it can match.
    if line[:1] not in "[【（(" and "19" not in line and "20" not in line:
        return False
    return _DATED_LINK.search(line) is not None and len(_DATED_LINK.sub("", line).strip()) >= _DATED_TITLE_MIN


def before_page_lists(lines: list[str], start: int, end: int) -> int:
    """The text ends above the comments, the dated stories or the references under it."""
    return before_references(lines, start, before_dated_links(lines, start, before_stamped_list(lines, start, end)))


# 最新消息 某某宣布… 2020-03-12 20:19: a story's link closing on the day and time it was posted.
# The spaces before the time read one way (possessive): a long run is not split in two.
_STAMP_END = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*+日\s++|\s++)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
_ENDS_IN_DIGIT = methodcaller("endswith", tuple("0123456789"))
_STORIES_MIN = 3  # such lines, each at most _STORY_STEP lines under the one before: a list of stories
_STORY_STEP = 2


def stamped_stories(lines: list[str]) -> list[int]:
    """The lines of a list of stories each stamped at its end with a date and a time of day (a
    sidebar's latest news): however long, no line of them is the article's."""
    # A time of day closes the line: a digit ends it (compress and map run in C, the lines many).
    stamped = [i for i in compress(range(len(lines)), map(_ENDS_IN_DIGIT, lines)) if _STAMP_END.search(lines[i])]
    out: list[int] = []
    run: list[int] = []
    for i in stamped:
        if run and i - run[-1] > _STORY_STEP:
            out.extend(run if len(run) >= _STORIES_MIN else ())
            run = []
        run.append(i)
    out.extend(run if len(run) >= _STORIES_MIN else ())
    return out


# …熟悉的... / …届时将有…: a summary cut off mid-sentence by the page (not the text's ……).
_CUT_OFF = rx.compile(r"[^\W_]\s?(?:\.{3}|…)$")
_SUMMARY_MIN = 40  # characters: a summary, not a headline cut short
_SUMMARY_STEP = 12  # lines from one cut summary to the next in one box


_HEADLINE_MAX = 36


def _story_headline(line: str) -> bool:
    """某部新片定档暑期 两位主演再度合作: a story's headline over its summary, no sentence of a text."""
    return 4 <= len(line) <= _HEADLINE_MAX and not ends_sentence(line) and line[-1:] not in ".…"


def cut_summaries(lines: list[str]) -> list[int]:
    """The summaries of a box of other stories, each cut off by the page (…熟悉的...), two or more
    within a few lines of each other: however long, none of them is the article's."""
    cut = [i for i, line in enumerate(lines)
           if len(line) >= _SUMMARY_MIN and line[-1:] in ".…" and not line.endswith("……") and _CUT_OFF.search(line)
           and i and _story_headline(lines[i - 1])]  # each under its story's headline: a box's shape
    return [i for k, i in enumerate(cut)
            if k and i - cut[k - 1] <= _SUMMARY_STEP or k + 1 < len(cut) and cut[k + 1] - i <= _SUMMARY_STEP]
