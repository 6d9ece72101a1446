"""Where a scraped page's text is: the densest run of article-like lines, trimmed at its ends."""

from __future__ import annotations

from itertools import accumulate

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.headlines.headline_shape import is_addressee
from reader.document.model import TABLE_CELL_RULE
from reader.document.scraped.box_tail import past_inner_box
from reader.document.scraped.closing_words import with_closing_words
from reader.document.scraped.code_lines import code_weighs_nothing
from reader.document.scraped.hard_wrap import weigh_wrapped
from reader.document.scraped.last_section import with_last_section
from reader.document.scraped.later_post import post_run
from reader.document.scraped.marked_stops import is_marked_stop
from reader.document.scraped.patterns import (
    DISCLAIMER_START,
    LIST_DASH,
    ends_sentence,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_hard_stop,
    is_headline_string,
    is_link_list,
    is_lone_number,
    is_meta,
    is_prose,
    is_rights_notice,
    is_site_footer,
    numbered_style,
)
from reader.document.scraped.reference_list import LICENCE, with_references
from reader.document.scraped.region_anchor import anchored_region
from reader.document.scraped.sign_off import signature_end, without_sign_off
from reader.document.scraped.story_cards import card_lines
from reader.document.scraped.text_lists import continues, with_lists_going_on
from reader.document.scraped.text_records import (
    SHORT_LINE_COST,
    items_weigh_nothing,
    with_grid_going_on,
)
from reader.document.scraped.text_tail import (
    above_buttons,
    before_page_lists,
    box_inside,
    cut_summaries,
    opening_credit,
    stamped_stories,
    with_closing_note,
)
from reader.document.scraped.thread_replies import before_replies
from reader.document.scraped.tutorial_top import contents_over, opening_note, past_top_notice
from reader.document.sections.hash_heads import weigh_hash_heads
from reader.document.sections.headings import is_caption

_PROSE_WEIGHT_CAP = 300
_SURE_PROSE = 90  # characters: longer than any breadcrumb, credit, date or link line
_META_COST = -15
_CHROME_COST = -25


def _weight(line: str) -> int:
    """A prose line's weight: its characters, ASCII ones at a third (a Latin word of five or six
    letters says about what two ideographs say), so a cookie notice in English does not
    outweigh the Chinese article beside it."""
    ascii_chars = len(line.encode("ascii", "ignore"))
    return min(len(line) - ascii_chars * 2 // 3, _PROSE_WEIGHT_CAP)


# 3某某宣布全面启动…: an item of a box of ranked stories, its title cut off (a date's 3月 or a list's 3、 is no rank).
_RANKED_TEASER = rx.compile(r"\d{1,2}(?![\d年月日号时点分秒%％、，,．.)）:：])\s*[^，。\s][^，。]{1,40}(?:…|\.{3})$")


def line_score(line: str) -> int:
    """How much a line looks like article text (positive) or page furniture (negative)."""
    if len(line) >= _SURE_PROSE and "，" in line:
        # most lines: no test of furniture can hold, but a footer's licences run as long
        return _CHROME_COST if is_site_footer(line) else _weight(line)
    if TABLE_CELL_RULE in line:
        return 0  # a row of a page's data table (web_table): what stands around it tells
    if is_chrome(line) or is_breadcrumb(line) or is_link_list(line):
        return _CHROME_COST
    if is_meta(line) or standalone_credit(line) or is_dateline(line):
        return _META_COST
    # 3某某宣布全面启动…: a ranked list's story, cut off, not a sentence
    ranked = line[-1:] in "…." and _RANKED_TEASER.match(line) is not None
    if is_prose(line) and not is_headline_string(line) and not ranked:
        return _weight(line)
    return SHORT_LINE_COST


def densest_region(scores: list[int]) -> tuple[int, int]:
    """The run of lines with the largest total score (Kadane): [start, end)."""
    best, best_range = float("-inf"), (0, len(scores))
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_range = total, (start, i + 1)
    return best_range


def text_region(lines: list[str]) -> tuple[int, int, int | None]:
    """The article's text before its headline is known: [start, end) and the disclaimer's line."""
    scores = [line_score(line) for line in lines]
    for i in range(1, len(lines)):
        if (scores[i] == _CHROME_COST and is_lone_number(lines[i]) and not lines[i].startswith("+")
                and is_prose(lines[i - 1])):  # +6 is a gallery's counter
            scores[i] = SHORT_LINE_COST  # 2024 or --- after a paragraph: the article's, maybe
    items_weigh_nothing(lines, scores)
    code_weighs_nothing(lines, scores)  # docker run -d \ or fi in a listing: the post's, not a menu
    weigh_wrapped(lines, scores, SHORT_LINE_COST, _weight)
    for i in (*stamped_stories(lines), *cut_summaries(lines), *card_lines(lines)):  # a sidebar's stories, however long
        scores[i] = min(scores[i], SHORT_LINE_COST)
    weigh_hash_heads(lines, scores)  # ## 为什么需要缓存: a Markdown head of the text, not a menu's line
    start, end = anchored_region(lines, scores, *densest_region(scores))
    # 最新评论 / 阅读排行榜 / the post / 发表于:…; a post of short lines under 发表于 … / 3 分钟
    start, end = post_run(lines, scores, start, end)
    start = contents_over(lines, start)  # 文章目录 / 前言 / 一、… / 前言 over the text: it opens at 前言
    if start > 0 and is_addressee(lines[start - 1]):
        start -= 1  # 各省、自治区…人民政府，国务院各部委： whom the notice addresses opens its text
    end = before_page_lists(lines, start, before_replies(lines, start, _first_hard_stop(lines, scores, start, end)))
    end = past_inner_box(lines, scores, end)  # 延伸阅读 over a link, the last paragraph, then 责任编辑：…
    end = _before_button_bar(lines, scores, start, end)
    while end - 1 > start and scores[end - 1] < 0 and not standalone_credit(lines[end - 1]):
        end -= 1  # 正在加载… or a lone 5 before the related links: the page's, not the article's
    end = _with_short_tail(lines, scores, end)
    end = _with_short_last_line(lines, scores, end)
    end = with_closing_words(lines, scores, _with_closing_captions(lines, scores, end))  # …哦～ over - END -
    while end < len(lines) and scores[end] > _META_COST and _same_field(lines[end - 1], lines[end]):
        end += 1  # 项目地址：… then Slack地址：…: the rest of the article's list of addresses
    # A short last line over the credit (待完善的文章 / 本文作者：…) outlasts the fluff's cut.
    untrimmed = end
    end = _with_short_last_line(lines, scores, _without_trailing_fluff(lines, scores, start, end))
    end = without_sign_off(lines, start, end)
    trimmed = end < untrimmed  # a promotion or the author's sign-off cut: no part of the post runs on
    end = _with_closing_run(lines, end)
    end = with_references(lines, start, with_closing_note(lines, with_grid_going_on(lines, start, with_lists_going_on(lines, end))))
    end = end if trimmed else with_last_section(lines, scores, start, end)  # 明年的目标 / 阅读，6 本书 over Comments:
    end = signature_end(lines, end)  # a notice's signature, its date and （此件公开发布）: its last lines
    disclaimer = _disclaimer_index(lines, start)
    if (top := past_top_notice(lines, scores, start, end, disclaimer)) is not None:
        start, disclaimer = top, _disclaimer_index(lines, end - 1)  # a licence notice over the post
    elif disclaimer is not None and disclaimer < end and opening_note(scores, start, disclaimer, end):
        disclaimer = _disclaimer_index(lines, end - 1)  # 声明：… as the post's second paragraph
    if disclaimer is not None and disclaimer < end:
        end = above_buttons(scores, start, max(disclaimer, start + 1), _CHROME_COST)
    if disclaimer is not None and disclaimer > end + _DISCLAIMER_REACH:
        disclaimer = None  # past the comments, the report form, the related links: the site's
    return start, end, disclaimer


_DISCLAIMER_REACH = 40  # lines under the text where the article's declaration may stand
_BOX_INSIDE_MAX = 4  # lines of links a box set inside the article holds, past its head


def _first_hard_stop(lines: list[str], scores: list[int], start: int, end: int) -> int:
    """The first box that ends the article. A short box of links set inside it (相关链接 over
    two links) is passed over when the text under it runs on to the editor's credit."""
    tail = end  # where the last run of text lines of the region begins
    while tail - 1 > start and scores[tail - 1] > 0:
        tail -= 1
    credited = any(standalone_credit(lines[k]) for k in range(end, min(len(lines), end + 2)))
    weight_to = [0, *accumulate(max(score, 0) for score in scores)]  # each box weighs the text once
    for i in range(start + 1, end):
        if not (is_hard_stop(lines[i]) or is_marked_stop(lines[i])) or opening_credit(lines, scores, start, end, i) or box_inside(
            lines, scores, weight_to, (start, end), i
        ):
            continue
        box = range(i + 1, tail)
        inside = credited and len(box) <= _BOX_INSIDE_MAX and all(scores[k] < 0 for k in box)
        if not inside:
            return i
    return end


_RUN_MAX = 12  # lines a closing list or quotation may hold


def _with_closing_run(lines: list[str], end: int) -> int:
    """会议明确了三项重点： over 1. 2. 3., or 他说： over a quotation line by line: the article's."""
    intro = next((k for k in (end - 1, end) if 0 <= k < len(lines) and _announces(lines[k])), None)
    if intro is None or intro < end - 1:
        return end
    first = run = intro + 1
    listed = _item(lines[first]) if first < len(lines) else False
    while run < min(len(lines), first + _RUN_MAX) and continues(lines[run]):
        if listed and not _item(lines[run]):
            break
        run += 1
        if not listed and ends_sentence(lines[run - 1]):
            return run  # the quotation's last line
    return run if listed and run - first >= _ITEMS_MIN else end


_ITEMS_MIN = 2


def _announces(line: str) -> bool:
    # 来源： or 标签： alone is a field of the page, 附件： its attachments
    return line.endswith(("：", ":")) and len(line) > _ANNOUNCE_MIN and not is_meta(line) and (
        continues(line) and not line.startswith(("附件", "附：", "附:", "Tags", "tags"))
    )


_ANNOUNCE_MIN = 2


def _item(line: str) -> bool:
    return numbered_style(line) is not None or LIST_DASH.match(line) is not None


def _with_short_tail(lines: list[str], scores: list[int], end: int) -> int:
    """3.14, --- or …… and then 就是这样。 closing the article: its last words, not the page's."""
    after = end + 2
    mark = end < len(lines) and (is_lone_number(lines[end]) or not any(ch.isalnum() for ch in lines[end]))
    if after <= len(lines) and mark and scores[end + 1] > 0 and (
        ends_sentence(lines[end + 1]) and (after == len(lines) or scores[after] < 0)
    ):
        return after
    return end


_CLOSING_CAPTIONS = 2  # lines: a photo's caption and its credit (新华社发（某某摄）)

def _with_closing_captions(lines: list[str], scores: list[int], end: int) -> int:
    """图为… or 新华社发（某某摄） under the last paragraph: the photo the article closes on."""
    if not 0 < end < len(lines) or not is_prose(lines[end - 1]):
        return end
    last = min(len(lines), end + _CLOSING_CAPTIONS)
    while end < last and scores[end] > _CHROME_COST and not is_hard_stop(lines[end]) and (
        is_caption(lines[end]) or _PHOTO_CREDIT.search(lines[end]) is not None
    ) and standalone_credit(lines[end]) is None:
        end += 1
    return end


_PHOTO_CREDIT = rx.compile(r"[（(][^（）()]{1,20}(?:摄|攝|供图|供圖)[）)]$")  # 新华社发（某某摄）

# The lookbehind: the tail is read from the start of its run only, so a long run of spaces is read once.
_EMOJI_TAIL = rx.compile(r"(?<![\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\s])[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\s]+$")


def _with_short_last_line(lines: list[str], scores: list[int], end: int) -> int:
    """是的。 or 加油！💪 under the last paragraph, over the page's furniture, or any short line of
    words over the editor's credit or a post's licence (让我们拭目以待 / 责任编辑：…): its last words,
    too short to weigh as a paragraph, never to vanish."""
    if not 0 < end < len(lines) or scores[end] != SHORT_LINE_COST or not is_prose(lines[end - 1]):
        return end
    line, under = lines[end], lines[end + 1] if end + 1 < len(lines) else ""
    if is_caption(line) or is_hard_stop(line) or not any(ch.isalpha() for ch in line):
        return end
    if standalone_credit(under) or LICENCE.match(under) or "，" in line and is_hard_stop(under) or ends_sentence(_EMOJI_TAIL.sub("", line)) and (
        not under or scores[end + 1] < 0
    ):
        return end + 1
    return end


_FIELD = rx.compile(r"^([^：:\s]{1,10}?)([^：:\s]{2})[：:]\s*\S")


def _same_field(above: str, line: str) -> bool:
    """项目地址：… over Slack地址：…: the last of the article's list of addresses, not furniture."""
    a, b = _FIELD.match(above), _FIELD.match(line)
    return a is not None and b is not None and a.group(2) == b.group(2)


_BAR_BUTTONS = 4  # furniture lines (关注, 点赞, 收藏, 评论…) in one run that part two texts
_BUTTON_MAX = 6  # characters: a button's label or its count (a comment line of code is longer)
_BAR_AFTER = 200  # the article's weight before such a bar, for what follows to be another's


def _before_button_bar(lines: list[str], scores: list[int], start: int, end: int) -> int:
    """A run of buttons (关注 40 点赞 踩 98 收藏 评论) ends the article: what follows it is
    the site's recommendations, however much text they hold."""
    weight = buttons = 0
    run_start = start
    for i in range(start, end):
        if scores[i] >= 0:
            if buttons >= _BAR_BUTTONS and weight >= _BAR_AFTER:
                return run_start
            weight += scores[i]
            buttons, run_start = 0, i + 1
        elif scores[i] <= _CHROME_COST and len(lines[i]) <= _BUTTON_MAX:
            buttons += 1
    return end


_NOTICE_REACH = 3  # lines under the text where the article's rights statement may stand


def rights_notice(lines: list[str], end: int) -> int | None:
    """The line just under the text that states the article's rights, folded as its disclaimer."""
    return next((i for i in range(end, min(len(lines), end + _NOTICE_REACH)) if is_rights_notice(lines[i])), None)


_FLUFF_GAP = 2  # furniture lines in a row that part the article from what follows
_FLUFF_MAX = 40  # what follows such a gap, if it weighs less, is a slogan or a promotion
_FLUFF_LINE_MAX = 24  # characters: longer short lines are hard-wrapped text


def _without_trailing_fluff(lines: list[str], scores: list[int], start: int, end: int) -> int:
    """Cut a light tail (大事发生，手机看凤凰！) kept past two or more furniture lines.

    Photo captions between the last paragraphs are the article's: they part nothing; so is a
    tail the editor's credit closes (…开始搓搓手了！！！ / 编辑|禤志杰)."""
    if end < len(lines) and standalone_credit(lines[end]):
        return end
    weight = run = 0  # what follows the gap looked at; furniture lines in a row
    for i in range(end - 1, start, -1):
        if scores[i] <= 0:
            # A hard-wrapped line (long, no full stop) is text; a caption is the article's.
            listing = scores[i] == 0  # a program's lines or a table's row: the article's, it parts nothing
            furniture = not listing and (scores[i] < SHORT_LINE_COST or len(lines[i]) < _FLUFF_LINE_MAX)
            run = 0 if listing else run + 1 if furniture and not is_caption(lines[i]) else run
            continue
        if run >= _FLUFF_GAP:
            return i + 1 if weight < _FLUFF_MAX else end
        weight += scores[i]
        run = 0
        if weight >= _FLUFF_MAX:
            return end
    return end


def _disclaimer_index(lines: list[str], start: int) -> int | None:
    """The first declaration after the article's start that says something: 法律声明 alone, with
    links around it, is a footer link."""
    for i in range(start + 1, len(lines)):
        match = DISCLAIMER_START.match(lines[i]) if _may_declare(lines[i]) else None
        if not match:
            continue
        says = len(lines[i]) - match.end() >= _DECLARATION_MIN
        if says or (i + 1 < len(lines) and is_prose(lines[i + 1]) and not is_chrome(lines[i + 1])):
            return i
    return None


def _may_declare(line: str) -> bool:
    # Every match of DISCLAIMER_START holds one of these words: most lines are spared the match.
    return "声明" in line or "风险提示" in line or "仅代表作者" in line or "仅提供信息" in line


_DECLARATION_MIN = 8  # characters after 免责声明： that make it a declaration, not a link
