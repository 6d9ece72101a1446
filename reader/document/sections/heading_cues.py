"""What tells an editor that a short line heads nothing: a photo's credit at its end, a line of
dialogue, a speaker's name over a quotation; and the numerals set alone over sections (1., 1/8, 三)."""

from __future__ import annotations

from reader.document import rx
from reader.document.headlines.headline_shape import is_addressee
from reader.document.scraped.patterns import (
    SYMBOL_LED,
    ends_sentence,
    numbered_style,
    strip_closers,
)
from reader.document.scraped.reading_stats import is_reading_stats
from reader.document.scraped.reference_list import is_reference_head
from reader.document.sections.heading_post_lines import never_heads

# 黄庄学校，来自：陈恩显 / 车间外 （拍摄者：张庆宁） / …（受访者供图）: who took the picture, after what it shows.
_PHOTO_CREDIT = rx.compile(
    r"(?:^|[，,。\s（(])(?:来自|拍摄者|摄影|摄|图片来源|图源|图片|供图)\s*[:：]\s*[^，,。；;：:（()）]{1,24}[）)]?$"
    r"|[（(][^（()）]{0,12}(?:供图|摄影?|提供)[）)]$"
    # who stands where in the picture (左二为…, 前排左起), a screenshot's source: a caption's words
    r"|[左右][一二三四五六七八九]为|[左右]起|[前后]排|^截图来自|^图片来自|（下同）$"
)
# 2013.4，…公演 / 2016年5月17日，…: an entry of a timeline, one of a list, not a section's head.
# 2016年春季学期，… too (2006秋季学期，…): a part of the year named before the comma; and 1月22日，…
# (a photo's caption or a lead: what happened that day), where a day's head has no comma (3月6日 晴).
_DATED_ENTRY = rx.compile(
    r"(?:19|20)\d{2}(?:\s*[.年/-]\s*\d{1,2}(?:\s*[.月/-]\s*\d{1,2}\s*日?)?月?|年?[^，,。\d\s]{1,6})?\s*[，,]"
    r"|\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上?|凌晨|傍晚)?\s*[，,]"
)
# 北京被拆除的一所打工子弟学校 | 新浪新闻, 《思想实验》| bilibili: a link's card, the story or video
# and the site it is on, left where the page embedded it.
_LINK_CARD = rx.compile(
    r"\S\s*\\?[|｜]\s*(?:[A-Za-z][A-Za-z0-9.]{2,15}|[\w·]{0,6}(?:新闻|视频|网|百科|日报|晚报|早报|时报|在线|频道|官网)"
    r"|知乎|微博|豆瓣|B站|哔哩哔哩|头条|抖音)$"
)
# 策划 丨 《人物》编辑部, 排版：…: who made the page, not what it says.
_MAKERS = rx.compile(r"(?:策划|统筹|出品|制作|设计|排版|视觉|美编|运营)\s*[丨|｜/:：]")
# 我捂着鼻子问：“你多少天没洗澡了？” / “那她父母呢？”: someone speaking, a line of the story.
# A quoted phrase with no stop or comma inside (“郑重道歉”) is a head naming the words the section is about.
_SPEECH = rx.compile(r"[:：]\s*[“「\"]|^[“「\"](?![^“”「」\"，,。！？!?、；;：:…]{1,10}[”」\"]$)[^“”「」\"]+[”」\"]$")
# Rita Vassena: / Hank Greely： over what they said: a speaker's name, an interview's turn.
_SPEAKER = rx.compile(r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}\s*[:：]")
# 国际评判团队认为郭建梅律师： — a verb of judging or saying before the colon: a sentence going on.
_JUDGES = rx.compile(r"(?:认为|表示|指出|强调|评价|称赞|写道|回忆说|总结说)[^，,。：:]{0,16}[:：]$")


# 新华社记者邹多为、唐诗凝、丁乐, 本报记者张三: who reported it, names set close (记者手记 heads a part).
_REPORTERS = rx.compile(
    r"(?:本报|本台|本刊|本网|[\u4e00-\u9fff]{1,8}(?:社|报|台|网))(?:首席|驻[\u4e00-\u9fff]{1,6})?记者[\u4e00-\u9fff]{2,4}"
    r"(?:、[\u4e00-\u9fff]{2,4})*$|记者[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+$"
)


# 【视频】灯会现场, 视频：…, 组图：…: an embedded video's or gallery's title; 【某某网报道】, 某某社北京2月5日电:
# a wire's opening set on a line of its own; an interview's turn; a background box's head. None heads a section.
_EMBED_OR_WIRE = rx.compile(
    r"(?:【(?:视频|图集|组图|直播|音频)】|(?:视频|组图|图集|音频)[：:])"
    r"|(?:【[^【】]{2,14}(?:报道|讯|消息)】|.{0,16}[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日(?:电|讯))$"
    # 主持人：, 嘉宾 王小五： over what they said: an interview's turn
    r"|(?:主持人|嘉宾|网友|观众|主播|采访者|受访者|提问人?)\s*[\u4e00-\u9fff·]{0,4}[：:]$"
    # 链接, 背景链接, 【新闻链接】: the head of a box of background set beside the text
    r"|[【\[]?[\u4e00-\u9fff]{0,4}链接[】\]]?[：:]?$"
)


_LEAD_IN_MIN = 7  # 背景： or 参考资料： may head a section; 他们的反馈是负面的： opens a sentence
# A clause's words before the colon (的, 是, 说…): a sentence leading into what follows. A name over what
# it said (英国《泰晤士报》：) heads the quotation under it.
_CLAUSE = rx.compile(r"[的是则说了]|应该|需要|注意")


def heads_nothing(line: str) -> bool:
    """A photo's credited caption, a line of dialogue, a speaker's name, a judgement going on, a
    dated entry, a link's card, an unnumbered clause ending in a colon (what follows it is what it
    says, not a section), the end of a parenthesis opened on a line above, a post's reading
    statistics, an embedded video's title, a wire's opening, an interview's turn, a box's 链接."""
    colon, comma = ":" in line or "：" in line, "，" in line or "," in line  # most heads: neither (tests in C)
    return (
        _photo_credit(line) or (colon or line[:1] in "“「\"") and _SPEECH.search(line) is not None
        or colon and (_SPEAKER.fullmatch(line) is not None or _JUDGES.search(line) is not None)
        or comma and _DATED_ENTRY.match(line) is not None or bool(_MAKERS.match(line))
        or ("|" in line or "｜" in line) and _LINK_CARD.search(line) is not None  # its bar, in C
        or bool(_FORM_PART.match(line)) or "记者" in line and _REPORTERS.match(line) is not None
        or "民" in line and _ERA_DATE.search(line) is not None or colon and _CONTACT.search(line) is not None
        or len(line) >= _LEAD_IN_MIN and line.endswith(("：", ":")) and numbered_style(line) is None
        and _CLAUSE.search(line) is not None
        or line.startswith("各") and is_addressee(line)  # 各省、自治区、直辖市…厅（局）： whom a notice is to
        or line[-1:] in _CLOSING_PARENS and _unopened(line)
        or is_reading_stats(line)  # 9 minute read, 4.6k 字 39 分钟: the post's statistics
        or never_heads(line)  # https://…, <%eval …%>, <<< 左右滑动见更多 >>>, 等等
        or (line[:1] in _EMBED_FIRST or "月" in line or "链接" in line) and _EMBED_OR_WIRE.match(line) is not None
    )


# _EMBED_OR_WIRE's first characters (else a wire's date holds 月, a box's head 链接)
_CLOSING_PARENS, _EMBED_FIRST = "）)", frozenset("【[视组图音主嘉网观采受提")


def _unopened(line: str) -> bool:
    """…研究》） closes a parenthesis it never opened: the end of a note broken over lines."""
    return line.count("（") + line.count("(") < line.count("）") + line.count(")")


def _photo_credit(line: str) -> bool:
    # Every match of _PHOTO_CREDIT holds one of these words: `in` scans in C, where the search
    # tries its alternatives at every position of the line.
    hint = ("摄" in line or "图" in line or "来自" in line or "提供" in line or "左" in line
            or "右" in line or "排" in line or "下同" in line)
    return hint and _PHOTO_CREDIT.search(line) is not None


# 天生携带 HIV 抗性: a Latin word set off by spaces inside a phrase of ideographs is typography,
# not a separator between links; a nav bar's items are a few characters each (four at most: a run of
# five ideographs, 将完全取代, is a phrase).
# Straight quotes set off by spaces (按照 " 清单 " 开展) are typography too.
_SPACED_LATIN = rx.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z0-9\"“])|(?<=[A-Za-z0-9\"”])\s+(?=[\u4e00-\u9fff])")
_PHRASE = rx.compile(r"[\u4e00-\u9fff]{5}")
# 为什么 Activity 不是 UI 元素: with no space between two ideographs and a word or two of Latin, every
# space is set around the Latin (or a quotation): typography, however short the phrases around it.
# 首页 新闻 English, 首页 Home 新闻 News 关于 About: a bar's items, set apart by the spaces.
_IDEOGRAPHS_APART = rx.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_LATIN_WORD = rx.compile(r"[A-Za-z][A-Za-z0-9.+#-]*")
_FEW_WORDS = 2


def latin_unspaced(line: str) -> str:
    """The line without the spaces set around Latin words inside a phrase of ideographs."""
    if " " not in line:
        return line
    if _PHRASE.search(line) is None and (
        _IDEOGRAPHS_APART.search(line) is not None or len(_LATIN_WORD.findall(line)) > _FEW_WORDS
    ):
        return line
    return _SPACED_LATIN.sub("", line)


# 交流群： abc123, 客服QQ：12345678, 投稿：news@example.com — where to reach someone: an account's
# handle, a number or an address after the colon, not what a section is about.
_HANDLE = r"(?=[A-Za-z0-9_.-]*\d)(?=[A-Za-z0-9_.-]*[A-Za-z])[A-Za-z0-9_.-]{4,}"
_CONTACT = rx.compile(rf"[:：]\s*(?:{_HANDLE}|\d{{5,}}|[A-Za-z0-9_.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$")
# 主旨：… 依据：… 公告事项： — the parts of an official notice's form, labels of its paragraphs.
_FORM_PART = rx.compile(r"(?:主\s*旨|依\s*[据據]|[说說]\s*明|公告事[项項]|[办辦]\s*法|[备備]\s*[注註])\s*[:：]")
# 中华民国103年5月29日: a document's date in the years of the Republic, as Taiwan's gazettes print it.
_ERA_DATE = rx.compile(r"(?:中[华華])?民[国國]\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_TIMELINE_MIN = 3  # dated entries in a row under a head: a timeline it names (大事记)


def opens_timeline(lines: list[str], j: int) -> bool:
    """Do lines j… open a timeline, three dated entries in a row (2005，… / 2006.5.17，…)?"""
    run = lines[j : j + _TIMELINE_MIN]
    return len(run) == _TIMELINE_MIN and all(_DATED_ENTRY.match(line) for line in run)


def asks(line: str) -> bool:
    """Does the line end in a question mark (its closing quote aside)?"""
    return strip_closers(line).endswith(("？", "?"))


_UNNUMBERED = ("single", "pair", "symbol")


def lone_question(lines: list[str], heads: list[tuple[int, str]]) -> int | None:
    """The line of the one question among the heads found ((line, style) each), if there is one: a
    question heads a section when its siblings are questions too (为何…？ 是否…？); one alone among
    other heads, or alone in the article (这意味着什么？), is the text asking its reader — when it asks
    with a question word; 加班才算敬业？ without one is a head set as a query."""
    questions = [i for i, style in heads if style in _UNNUMBERED and asks(lines[i])]
    if len(questions) != 1 or not _INTERROGATIVE.search(lines[questions[0]]):
        return None
    # 03 over 黄金还能涨吗？: set under its numeral as its siblings are under theirs, a head
    return None if questions[0] and numeral_value(lines[questions[0] - 1]) is not None else questions[0]


# The closed class of words a question asks with (什么, 为何, 吗…): a sentence put to the reader has one.
_INTERROGATIVE = rx.compile(r"什么|怎么|怎样|为何|啥|如何|哪|谁|几|多少|是否|难道|何|吗|呢|么")


def caption_over_question(lines: list[str], heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Pairs ((line, style, sub-heading's line) each) whose second line is a question, as the article's
    lone heads are (为何…？ 是否…？): siblings are set alike, so the question is the head and the line
    over it a caption left by a picture, not a head paired with its sub-heading."""
    asked = sum(1 for i, style, sub in heads if sub is None and style in _UNNUMBERED and asks(lines[i]))
    return {
        i for i, style, sub in heads
        if asked and sub is not None and style == "pair" and asks(lines[sub]) and not asks(lines[i])
    }


_CN_NUMERALS = "一二三四五六七八九"
_NUMERAL_MAX = 5  # characters: 12/12 is the longest
_NUMERAL = rx.compile(r"(\d{1,2})(?:[.．、]|\s*/\s*\d{1,2})?|([一二三四五六七八九十]{1,3})")


def numeral_value(line: str) -> int | None:
    """The count of a line that is only a section's numeral: 01, 1., 2/8, 三 (not 2024 or 3.14)."""
    match = _NUMERAL.fullmatch(line) if len(line) <= _NUMERAL_MAX else None  # most lines: too long
    if match is None:
        return None
    if match.group(1) is not None:
        return int(match.group(1))
    return chinese_count(match.group(2))


def chinese_count(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20; None for what is not a count under a hundred."""
    tens, ten, ones = text.partition("十")
    digits = [_CN_NUMERALS.find(part) + 1 if part else 0 for part in (tens, ones)]
    if len(tens) > 1 or len(ones) > 1 or (tens and not digits[0]) or (ones and not digits[1]):
        return None
    if not ten:
        return digits[0] or None
    return (digits[0] or 1) * 10 + digits[1]


def _form(line: str) -> str:
    """How a numeral is written: 01, 1., 1/8 or 一 — siblings are written alike."""
    if not line[:1].isdigit():
        return "cn"
    return "slash" if "/" in line else "dot" if not line[-1].isdigit() else "plain"


_SECTION_MIN = 3  # lines from one marked numeral to the next: a section, not a list item


def section_numerals(lines: list[str]) -> list[int]:
    """Lines that are only a numeral counting sections (01, 02, 03 — or 1., 1/8, 一 — each over its
    section): two or more in order, each followed by text. A lone 2024 or 3 is a figure of the text,
    not a count; 1. 2. 3. a line apart are a list's markers, not sections."""
    chain: list[int] = []
    out: list[int] = []
    values = [numeral_value(line) for line in lines]
    for i, value in enumerate(values):
        if value is None or i + 1 >= len(lines) or values[i + 1] is not None:
            continue
        if chain and _follows(lines, values, chain[-1], i):
            chain.append(i)
            continue
        if _counts(chain, values):
            out.extend(chain)
        chain = [i]
    if _counts(chain, values):
        out.extend(chain)
    return out


def _follows(lines: list[str], values: list[int | None], last: int, i: int) -> bool:
    """Is the numeral on line i the next after the one on line `last`, written alike, a section on?"""
    form = _form(lines[i])
    return (values[i] == (values[last] or 0) + 1 and form == _form(lines[last])
            and (form == "plain" or i - last >= _SECTION_MIN))


def _counts(chain: list[int], values: list[int | None]) -> bool:
    """01, 02 from the start; or three in a row from further on (the first may stand above the text)."""
    return len(chain) >= (2 if chain and (values[chain[0]] or 0) <= 1 else 3)


# 历史[编辑]: a wiki's edit link glued to the end of its section's head.
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_EDIT_LINK = rx.compile(r"(?!(?<=\s)\s)\s*[\[［【]\s*(?:编辑|編輯|编辑源代码|編輯原始碼|修改|edit|Edit)\s*[\]］】]$")


def has_edit_link(line: str) -> bool:
    """Does a wiki's edit link mark the line as a section's head (历史[编辑])?"""
    return edit_link(line) is not None


# 编辑 (or 播报 over 编辑) on a line of its own under a head: an encyclopedia's buttons to hear and
# edit the section, set under its head as a wiki glues [编辑] to it.
_EDIT_LINE = rx.compile(r"(?:播报\s*)?[\[［【]?\s*(?:编辑|編輯|修改|edit|Edit)\s*[\]］】]?|播报")
_EDIT_LINE_MAX = 8


def edit_lines_under(lines: list[str]) -> tuple[set[int], set[int]]:
    """(heads, buttons): the lines an edit button set on the line(s) under them marks as heads,
    and the buttons' lines."""
    buttons = {i for i, line in enumerate(lines) if len(line) <= _EDIT_LINE_MAX and _EDIT_LINE.fullmatch(line)}
    heads = {i - 1 for i in buttons if i - 1 not in buttons and i > 0 and _edits(lines, i)}
    return heads, buttons


def _edits(lines: list[str], i: int) -> bool:
    """An edit button on line i, or on the next line past a 播报 one."""
    return "编" in lines[i] or "編" in lines[i] or "dit" in lines[i] or "修改" in lines[i] or (
        lines[i] == "播报" and i + 1 < len(lines) and _EDIT_LINE.fullmatch(lines[i + 1]) is not None)


def edit_link(line: str) -> str | None:
    """The wiki's edit link at the line's end ([编辑] of 历史[编辑]), if it has one."""
    if not line.endswith(("]", "］", "】")):
        return None
    match = _EDIT_LINK.search(line)
    return match.group().strip() if match else None


_HASHES = rx.compile(r"^#{1,6}[ \t\u3000]+(?=\S)")  # ## 标题: a Markdown head left in the text


def heading_text(line: str) -> str:
    """A head as the reader sees it: ■声音 → 声音 (the symbol is decoration), 历史[编辑] → 历史 (the
    edit link is the page's)."""
    bare = _EDIT_LINK.sub("", SYMBOL_LED.sub("", _HASHES.sub("", line)))
    return bare or line


def verse_runs(lines: list[str], candidate: list[bool]) -> list[bool]:
    """Lines in a run of three or more short unnumbered lines: verse layout, not headings (but for
    the head of a list of references opening the run)."""
    short = [c and numbered_style(line) is None for c, line in zip(candidate, lines, strict=True)]
    in_run = [False] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j]:
            j += 1
        if j - i >= 3:
            first = i + 1 if is_reference_head(lines[i]) else i  # 参考资料 over its links' titles: their head
            in_run[first:j] = [True] * (j - first)
        i = max(j, i + 1)
    return in_run


_OPENERS = {"（": "）", "(": ")"}


def is_aside(line: str) -> bool:
    """A line in parentheses from end to end, (本文发表于…，已被阅读178次): a note, not a head."""
    close = _OPENERS.get(line[:1])
    return close is not None and line.endswith(close) and line.find(close) == len(line) - 1


# A post's opening or closing part named by its usual word (前言, 引言, 背景, 总结, 结语): a head over
# any paragraph under it, however short (前言 over 好似当下的末日。).
_PART_WORD = rx.compile(r"(?:前言|引言|序言|写在前面|背景|总结|小结|结语|后记|写在最后|展望|结论)[：:]?")


def names_a_part(lines: list[str], i: int) -> bool:
    """Line i is a part's usual name over a sentence of the text, or a reference list's head over
    its first reference (参考资料 over a link's title: no sentence under it)."""
    if i + 1 >= len(lines):
        return False
    return _PART_WORD.fullmatch(lines[i]) is not None and ends_sentence(lines[i + 1]) or is_reference_head(lines[i])
