"""Section headings in scraped plain text (their levels: heading_levels.py).

A heading is a short line without sentence-final punctuation that introduces body text: alone,
or paired with a second short line (its sub-heading). Runs of three or more short lines are verse
or "one sentence a line" layout, not headings; photo captions, credits and bare list markers
never are. Siblings are set alike: numbered lines whose siblings open paragraphs are list items.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.document import rx
from reader.document.bylines.credits import caption_credit, standalone_credit
from reader.document.scraped.captions import is_photo_caption
from reader.document.scraped.hard_wrap import continued_lines, wrapped_lines
from reader.document.scraped.patterns import (
    CAPTION_HEAD,
    CAPTION_TAIL,
    HEADING_MAX_LENGTH,
    LIST_DASH,
    SYMBOL_LED,
    ends_sentence,
    is_bare_number,
    is_chrome,
    is_dateline,
    is_hard_stop,
    is_link_list,
    is_meta,
    is_prose,
    numbered_style,
    strip_closers,
)
from reader.document.sections.heading_apart import set_apart
from reader.document.sections.heading_cues import (
    caption_over_question,
    edit_lines_under,
    has_edit_link,
    heads_nothing,
    is_aside,
    latin_unspaced,
    lone_question,
    names_a_part,
    opens_timeline,
    section_numerals,
    verse_runs,
)
from reader.document.sections.heading_dates import dated_heads
from reader.document.sections.heading_decimal import outline_style
from reader.document.sections.heading_items import short_items
from reader.document.sections.heading_keys import keyed_parents
from reader.document.sections.heading_leads import lead_heads
from reader.document.sections.heading_list_items import list_heads, list_items
from reader.document.sections.heading_marks import caption_marks, edit_links_unmarked
from reader.document.sections.heading_one_char import one_character_heads
from reader.document.sections.heading_pairs import (
    counted_parts,
    heads_over_heads,
    lone_pairs,
    pair_among_singles,
)
from reader.document.sections.heading_post_lines import in_listings
from reader.document.sections.heading_promos import promotions
from reader.document.sections.heading_sequences import ordinal_heads, sequence_members
from reader.document.sections.heading_short_leads import short_lead_heads
from reader.document.sections.heading_siblings import run_in_siblings, strays_among_numerals
from reader.document.sections.heading_stacked import stacked_pairs
from reader.document.sections.heading_stops import stopped_head
from reader.document.sections.heading_story_links import story_links
from reader.document.sections.heading_width import reading_length

_QUESTION_HEADING_MAX = 20  # a short question can head a section (问题来了 / …如何…？)
_INTRODUCED_MIN = 20  # the paragraph a heading introduces is at least this long
_LEAD_IN_MIN = 6  # a lead-in under a numbered head (执行下面的命令：)
_NUMBERED_MAX = 48
_LONGEST = max(_NUMBERED_MAX, HEADING_MAX_LENGTH)  # no heading is longer
MIN_UNNUMBERED_HEADINGS = 2
_COLON_INSIDE = rx.compile(r"[:：]")
_CLAUSE_GOES_ON = ("，", ",", "、")
# 第一个痛点就是：用的不好 — a copula before the colon and what it says after it: one sentence
_SAYS_WHAT = rx.compile(r"(?:就是|则是|也是|便是|正是|还是|就在于|在于)[：:]\s*\S")
# A line ending in a colon after a comma or a verb of saying (他说：) goes on in the quotation under it.
_IN_A_CLAUSE = rx.compile(r"[，,]|(?:说|表示|指出|认为|称|问|回忆|叹息|感慨|强调|透露|提到|写道|写到)[：:]$")
# …如下：, 这里涉及到两个概念：, 可以将其分为8个部件：, 涉及的角色：: a sentence announcing the list under it
_INTRODUCES_LIST = rx.compile(r"以下|如下|下列|这里|分为|分成|涉及|包括|包含")


@dataclass(frozen=True, slots=True)
class Heading:
    """A line found to head a section, and by which rule."""

    index: int  # line index of the heading
    style: str  # numbered style name, "pair", "single" or "symbol"
    subtitle_index: int | None = None


_CAPTION_FIRST = frozenset("图▲△↑资配（(")
_CAPTION_LAST = frozenset("摄影图")
_CAPTION_MAX = 80  # a caption whose words stand inside it (…。/图：锐景视觉) is no longer


def is_caption(line: str) -> bool:
    """A photo caption: 图：…, ▲…, …摄, …供图, or a picture credit inside (…/图：锐景视觉)."""
    # A test of one character spares most lines the pattern (CAPTION_HEAD opens with one of
    # _CAPTION_FIRST; every CAPTION_TAIL ends with one of _CAPTION_LAST).
    if line[:1] in _CAPTION_FIRST and CAPTION_HEAD.match(line):
        return True
    tail = line.rstrip()
    if tail[-1:] in _CAPTION_LAST and tail.endswith(CAPTION_TAIL) and not _DRAWING.search(tail):
        return True
    if len(line) <= _PICTURE_CAPTION_MAX and line[-1:] in _PICTURE_LAST and _PICTURE_NOUN.search(line):
        return True
    return len(line) <= _CAPTION_MAX and (_caption_inside(line) or is_photo_caption(line))  # （港鐵圖片）


# 列车运行图, 路线图: a drawing named as a thing, not 王小明 图 (who drew the picture under it).
_DRAWING = rx.compile(r"[\u4e00-\u9fff]{2}(?:运行|路线|线路|结构|流程|布局|规划|设计|地|蓝|构)图$")


def caption_head(line: str) -> bool:
    """Does the line open as a caption does (图：, ▲, 资料图…), however long it runs?"""
    return line[:1] in _CAPTION_FIRST and bool(CAPTION_HEAD.match(line))


# What a photo shows, named at the end of its caption (《森林之歌》海报, 1998年的全家福, 讲座现场 — not 直击现场):
# left behind when the picture was not copied, a short line naming a picture is its caption, not a head.
_PICTURE_NOUN = rx.compile(
    r"(?:海报|剧照|截图|照片|合影|留影|旧照|近照|全家福|示意图|效果图|资料图|配图|手稿|封面|航拍图?|全景图?|(?<!直击|回到|走进|探访|重返|来到|亲临|深入)(?<=.)现场)$"
)
_PICTURE_CAPTION_MAX = 24
_PICTURE_LAST = frozenset("报照图片影福稿面拍景场\n")  # the last characters of its words (or the newline $ passes)


def _caption_inside(line: str) -> bool:
    # `in` scans in C: most lines hold neither 图 nor 放大.
    if "图" in line:
        return any(word in line for word in ("图：", "图:", "图注", "图片来源", "/图", "／图", "查看大图"))
    return "点击放大" in line or "视觉中国" in line


def _not_a_heading(line: str) -> bool:
    """Lines shaped like headings that never are: dates, links, notices, bare punctuation."""
    return (
        line.startswith(_NEVER_HEADS)
        or bool(_CONNECTIVE.match(line))
        or not _TWO_WORD_CHARACTERS.search(line)
        or is_dateline(line)
        or is_link_list(latin_unspaced(line)) and numbered_style(line) not in _SPACED_OUT  # 第 二 章 程序
        or is_hard_stop(line) or line[:1] in "【[" and is_hard_stop(line.strip("【】[] "))  # 【相关阅读】
        or is_aside(line)
        or _furniture(line)
        or standalone_credit(line) is not None
        or caption_credit(line) is not None  # 作者 张三, 文/李四, 本报记者 王小明: who wrote it
        or heads_nothing(line)
        or line[:1] == "第" and ARTICLE.match(line) is not None  # 第一条: a statute's article, never a section
    )


# Buttons and placeholders a scraper keeps between paragraphs; an interview's questions, notes,
# figure and table numbers, a paper's name alone: never a section's head.
# Split in two, each tried where it can match: the head of the line (match, at one position),
# and the words found anywhere (searched only when the line holds one's first characters).
_FURNITURE_HEAD = rx.compile(
    r"(?:广告|阅读原文|更多(?:精彩|内容|资讯|新闻|阅读)|返回.{0,8}查看更多)|"
    r"(?:上一|下一)[条页篇]|(?:抄送|主题词|附件下载|相关文件)|"
    r"[-—\s]*(?:THE\s+)?END[-—\s]*$|(?:全文完|未完待续|打开APP)|【纠错】$|往期|欢迎(?:转发|分享|关注|订阅)|题图|"
    # 关注我们, 关注「某号」: a call to follow the account; 关注民生 may head a section
    r"关注(?:我们|本号|作者|[「『“《@:：]|.{0,16}(?:公众号|微信|微博|账号|频道|抖音|头条))|"
    r"(?:问|答|Q|A|记者|注|备注|表)\s*[:：]|[图表]\s*\d+|《[^》]{1,12}(?:报|杂志|周刊|刊)》$"
)
_FURNITURE_INSIDE = rx.compile(r"加载中|正在加载|打印本页|关闭窗口|【(?:字体|字号|打印|关闭)|转载自")


def _furniture(line: str) -> bool:
    if _FURNITURE_HEAD.match(line):
        return True
    hint = "载" in line or "打印" in line or "关闭" in line or "【" in line  # in C, for most lines
    return hint and _FURNITURE_INSIDE.search(line) is not None


# 那么，…？ opens a sentence that goes on: a connective and its comma never head a section.
_CONNECTIVE = rx.compile(
    r"(?:那么|但是|所以|然而|其实|因此|于是|不过|而且|同时|此外|另外|总之|可见|当然|如今|目前|首先|其次|最后)，"
)
_TWO_WORD_CHARACTERS = rx.compile(r"[^\W_].*?[^\W_]")


_SPACED_OUT = ("chapter", "section")  # 第 二 章 程序: a law's chapter spaced out, no list of links
# 本文… speaks of the article (本文作者…均为…成员, 本文首发于…): the editor's note, not a section of it.
_NEVER_HEADS = ("//", "更多新闻", "更多阅读", "本文", "文章来源", "点击", "扫码", "长按", "【上一篇", "【下一篇", "原创：", "原创:")


def _candidate(line: str) -> bool:
    """Could this line be a heading, judged alone?"""
    if len(line) > _LONGEST:  # most lines are paragraphs, too long to head: the cheap test first
        return False
    bare = SYMBOL_LED.sub("", line) if line[:1] in _SYMBOLS else line  # ◎ 图：123rf is a caption all the same
    numbered = numbered_style(line)
    limit = _NUMBERED_MAX if numbered else HEADING_MAX_LENGTH
    if (
        len(line) > limit or is_caption(bare) or is_meta(bare) or is_chrome(bare)
        or LIST_DASH.match(line) and not SYMBOL_LED.match(line) or _not_a_heading(bare) or is_bare_number(line)
    ):
        return False
    stripped = strip_closers(line)
    if stripped.endswith(_CLAUSE_GOES_ON) or _SAYS_WHAT.search(stripped):
        return False  # …在陈晓卿眼里， breaks a sentence across lines
    if stripped.endswith(("：", ":")) and (
        _COLON_INSIDE.search(stripped[:-1]) or _INTRODUCES_LIST.search(stripped) or _IN_A_CLAUSE.search(stripped)
    ):
        # 华同旭：…目标有以下5点： introduces a list; 几年前，他叹息： a quotation: they head nothing
        return False
    if stripped.endswith(("？", "?")):
        return reading_length(line) <= _QUESTION_HEADING_MAX  # Android中使用JDK ServiceLoader会…？ reads short
    # 一、总体要求。 on a line of its own: an official document's head, full stop and all.
    # 十二、第12选举区：观音区。 says what an item is: a list's entry, not a head.
    return not ends_sentence(line) or numbered is not None and stopped_head(line)


_SYMBOLS = frozenset("■□●◆◇★☆▶►◎※▍▌▋▎▐")  # what SYMBOL_LED opens with: most lines hold none
# 【全国性新规】 over a head: the group it is filed in, a section over the heads inside it.
_KICKER = rx.compile(r"【[^【】]{1,12}】")
_DECORATION = rx.compile(r"\d{1,2}")  # the numeral set over a section's head (01, 02)
ARTICLE = rx.compile(r"第\s?[一二三四五六七八九十百零〇\d]+\s?条")  # 第三条, 第 3 條: a statute's article, its text


def _introduces_body(line: str) -> bool:
    if is_bare_number(line) or ARTICLE.match(line) or line.endswith(("：", ":")) and _INTRODUCES_LIST.search(line):
        return True  # 这里有两个层面考虑： under a head: its text, announcing a list
    return is_prose(line) and len(line) >= _INTRODUCED_MIN and not is_caption(line)


def _lead_in(line: str, over: str) -> bool:
    """1.1 某某 over 登录后执行下面的命令：: the numbered head's text opens on a lead-in to a command or a list."""
    return (over not in ("", "single", "pair", "symbol") and line.endswith(("：", ":")) and len(line) >= _LEAD_IN_MIN
            and numbered_style(line) is None)


def _numeral_heads(lines: list[str]) -> dict[int, Heading]:
    """01 alone over its section's paragraphs: the section's head (over a head, its decoration)."""
    return {i: Heading(i, "numeral") for i in section_numerals(lines) if opens_body_text(lines, i + 1)}


def opens_body_text(lines: list[str], j: int) -> bool:
    """Does line j open a paragraph (a sentence, a caption's paragraph after it)?"""
    return j < len(lines) and is_prose(lines[j]) and not is_caption(lines[j])


def find_headings(lines: list[str]) -> list[Heading]:
    """Headings among body lines, scanning backwards so a heading may introduce another."""
    found: dict[int, Heading] = {}
    wrapped = wrapped_lines(lines)  # lines cut off where a fixed width ran out: text, never a head,
    marked, buttons = edit_lines_under(lines)  # 历史 over 编辑: an encyclopedia's head and its button
    not_heads = wrapped | continued_lines(lines, wrapped) | buttons | in_listings(lines)  # nor a sentence's end under one, nor code
    candidate = [i not in not_heads and _candidate(line) for i, line in enumerate(lines)]
    n = len(lines)

    def opens_body(j: int, over: str = "") -> bool:
        if j >= n:
            return False
        if _introduces_body(lines[j]) or j in wrapped or opens_timeline(lines, j) or _lead_in(lines[j], over):
            return True  # a paragraph, the timeline a head names (大事记 over 2005，…), a numbered head's lead-in
        # A caption between a heading and its paragraph: look past it.
        if is_caption(lines[j]) and j + 1 < n and _introduces_body(lines[j + 1]):
            return True
        heading = found.get(j)
        # 第一章 right over 第二章 heads nothing: a table of contents, not a chapter
        return heading is not None and heading.style not in ("single", "pair", over)

    in_run = verse_runs(lines, candidate)
    found.update(_numeral_heads(lines))
    found.update((i, Heading(i, "cn")) for i in ordinal_heads(lines))  # 第一件事，… counts as 一、 would
    # 3月5日 over a diary's day, 准备 over a list's items
    found.update((i, Heading(i, "single")) for i in (*dated_heads(lines), *list_heads(lines, candidate), *one_character_heads(lines)))
    for i in range(n - 1, -1, -1):
        if not candidate[i] or in_run[i] and not has_edit_link(lines[i]):
            continue
        style = _style(lines[i])
        if style == "single" and i > 0 and _DECORATION.fullmatch(lines[i - 1]):
            style = "symbol"  # 01 over 背景介绍: a decorated section, over the plain heads inside it
        if opens_body(i + 1, style) or has_edit_link(lines[i]) or i in marked or names_a_part(lines, i) or (
                style == "closing" and opens_body_text(lines, i + 1)) or (
                style == "symbol" and i + 1 in found and found[i + 1].style == "single"):
            # ▍故障迁移过程 over 集群污点添加 and its paragraph: a section and its first sub-section
            found[i] = Heading(i, style)
        elif (i + 2 <= n and i + 1 < n and candidate[i + 1] and not _KICKER.fullmatch(lines[i])
              and numbered_style(lines[i + 1]) is None and outline_style(lines[i + 1]) is None and opens_body(i + 2)):
            found[i] = Heading(i, "pair" if style == "single" else style, i + 1)
    subs = {h.subtitle_index for h in found.values()}
    found.update(_siblings_in_sequence(lines, found, candidate, subs))
    headings = [found[i] for i in sorted(found) if i not in subs]
    listed = run_in_siblings(lines, [(h.index, h.style) for h in headings])  # items of a list, set alike
    headings = [h for h in headings if h.index not in listed]
    over = caption_over_question(lines, [(h.index, h.style, h.subtitle_index) for h in headings])
    headings = [Heading(h.subtitle_index, "single") if h.index in over and h.subtitle_index else h for h in headings]
    shapes = [(h.index, h.style, h.subtitle_index) for h in headings]
    split = lone_pairs(shapes) | stacked_pairs(lines, shapes)  # heads of a section and its first
    headings = [x for h in headings for x in ((Heading(h.index, "symbol"), Heading(h.index + 1, "single")) if h.index in split else (h,))]
    shapes = [(h.index, h.style, h.subtitle_index) for h in headings]
    over = (stacked := heads_over_heads(shapes) | split) | lead_heads(lines, shapes) | keyed_parents(lines, shapes)  # a part's heads
    unpaired = pair_among_singles(shapes)
    apart, counted = counted_parts(lines, shapes)  # 某事 / 某事 among 骗局之1 / 某事: two heads of a counted part
    restyled = over | unpaired | apart | counted
    headings = [Heading(h.index, "symbol" if h.index in over else "pair" if h.index in counted else "single") if h.index in restyled else h for h in headings]
    headings = [x for h in headings for x in ((h, Heading(h.index + 1, "single")) if h.index in apart else (h,))]
    indices = [h.index for h in headings]
    kept = set(indices) - {q for q in [lone_question(lines, [(h.index, h.style) for h in headings])] if q is not None} - (
        strays_among_numerals(lines, [(h.index, h.style, h.subtitle_index) for h in headings])
        | short_items(lines, [(h.index, h.style) for h in headings])
        | promotions(lines, indices)  # 限时特惠 over its offer: an advertisement's, no head
        | story_links(lines, indices)  # …終獲救【有片】: another story's link
        | caption_marks(lines, indices) | edit_links_unmarked(lines, indices)
        | list_items(lines, set(indices)))  # 优点：… over 缺点：…, 搜索关键词【…】 under each item
    headings = [Heading(h.index, "single") if h.index in stacked and h.index + 1 not in kept else h for h in headings  # over one dropped: heads no part
                if h.index in kept and (h.index not in stacked or h.index + 1 in kept or _introduces_body(lines[h.index + 1]))]
    headings = sorted([*headings, *(Heading(i, "single") for i in short_lead_heads(  # 先问需再动工 over 改什么，居民说了算。
        lines, candidate, in_run, [(h.index, h.style) for h in headings]))], key=lambda h: h.index)
    unnumbered = [h for h in headings if h.style in ("single", "pair", "symbol", "appendix", "closing")]
    closes = len(headings) > MIN_UNNUMBERED_HEADINGS and ([h.style for h in unnumbered] in (["closing"], ["appendix"]) or len(unnumbered) == 1 and names_a_part(lines, unnumbered[0].index))  # 结语, 背景 among 01 02 03
    if len(unnumbered) < MIN_UNNUMBERED_HEADINGS and not closes and not (unnumbered and set_apart(lines, unnumbered[0].index, unnumbered[0].subtitle_index)):
        headings = [h for h in headings if h not in unnumbered]
    return headings


def _siblings_in_sequence(
    lines: list[str], found: dict[int, Heading], candidate: list[bool], subs: set[int | None]
) -> dict[int, Heading]:
    """Numbered lines between numbered heads of their style (heading_sequences.py)."""
    def allowed(k: int) -> bool:
        return k not in subs and (candidate[k] or not _not_a_heading(lines[k]) and not is_caption(lines[k]))

    added = sequence_members(lines, {i: h.style for i, h in found.items()}, allowed)
    return {i: Heading(i, numbered_style(lines[i]) or "single") for i in added}


def _style(line: str) -> str:
    style = numbered_style(line) or outline_style(line)  # 1.2 名称: a sub-section of 1.
    if style:
        return style
    if line.startswith(_APPENDIX):
        return "appendix"
    if line[:1] in _CLOSING_FIRST and line.replace(" ", "").startswith(_CLOSING):
        return "closing"
    return "symbol" if SYMBOL_LED.match(line) or _KICKER.fullmatch(line) else "single"


_APPENDIX = ("附：", "附:", "附录", "附件", "附表")  # back matter: a top section, whatever came before
# The article's closing parts (结 语 spaced out too): at the top, as back matter; heads after them, siblings.
_CLOSING = ("结语", "结束语", "后记", "致谢", "参考文献", "参考资料", "编后", "尾声")
_CLOSING_FIRST = frozenset(word[0] for word in _CLOSING)
