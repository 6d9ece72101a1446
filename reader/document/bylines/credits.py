"""Editor and author credits: (津云新闻编辑孙畅), 【编辑：姚昊】, （责任编辑：…）, 编辑/…, 文/…, 据新华社."""

from __future__ import annotations

import re
from functools import cache

from reader.document import rx
from reader.document.bylines.credit_forms import (
    WRITER_OPENINGS,
    affiliated_writer,
    english_byline,
    is_filed_credit,
    reposted_writer,
)
from reader.document.bylines.placed_names import is_photo_credit, is_placed_line, lead_credit
from reader.document.bylines.wire_names import bracket_names
from reader.document.hanzi.script import probe  # one for one: spans found carry over to the line
from reader.document.scraped.patterns import ROW_TOOLS, SENTENCE_END

_ROLE = r"(?:责任编辑|编辑|责编|主编|作者|记者|撰稿|撰文|整理|通讯员|文/图|文／图|图/文|文|摄影|来源|稿源)"
# 作者 星岛网 责任编辑 陈宥婷: these roles are credits with a space for their colon (文 or 来源
# with a space could be the start of a sentence).
_SPACED_ROLE = r"(?:责任编辑|编辑|责编|作者|记者|撰稿人|撰稿|撰文|评论员)"
# 本期编辑：, 文章作者：: the article's own editor or writer (运营编辑, 美术编辑 are other roles).
_ROLE_PREFIX = r"(?:本文|本期|本篇|文章|文字|执行|值班|栏目|实习|见习|特约|新媒体|网络|本报|本台|本刊|本网|原创)?"
_STANDALONE = rx.compile(
    rf"^[【\[（(]?\s*({_ROLE_PREFIX}(?:{_ROLE}\s*[:：/／|｜丨︱]|{_SPACED_ROLE}[\s　]+)\s*(?:[^【】\[\]（）()，。]|[（(][^（）()，。]{{1,30}}[）)]){{1,40}}?)"
    r"\s*[】\]）)]?$"
)
_PERSON_WORDS = rx.compile(
    r"编辑|责编|记者|作者|撰稿|撰文|采写|整理|评论员[\s　]*[^\W\d_]{2}|编[译譯][^\W\d_]{2,4}\s*[／/]|通讯员|文/|文／|摄影|供稿|(?:^|[\s【（(])(?:文|文字|图文|文、图|图、文)\s*[|｜丨︱:：·/／]"
    r"|[/／|｜丨]\s*(?:文|摄)$"
)
_EDITOR_WORDS = rx.compile(r"责任编辑|编辑|责编")
_RESPONSIBLE_EDITOR = rx.compile(r"责任编辑|责编")
_BRACKETED = rx.compile(r"[（(【〔]([^（()）【】〔〕]{2,40})[）)】〕]")
_SOURCE_TAIL = rx.compile(r"(据[^，。；！？,;!?]{2,24})$")
_CREDIT_NAME = r"(?!实习生|通讯员)[^\W\d_]{2,4}"  # never a role word: one reading per name
_CREDIT_RUN = (
    rf"((?:\S{{0,8}}记者|通讯员)(?:[\s　]+{_CREDIT_NAME})+"
    rf"(?:[\s　]+(?:实习生|通讯员)(?:[\s　]+{_CREDIT_NAME})+)*)\s*$"
)
_CREDIT_TAIL = 80  # characters: a credit closes its line
# 記者王芳／台北報導: a reporter and where the story was filed (Taiwanese papers), read simplified;
# 某某時報記者王芳／台北報導 with the paper's name, 編譯王芳／綜合報導 by the desk's translator;
# 記者王芳 李四 台北報導 after a TV report, the place spaced from the names.
_PLACED_REPORTER = rx.compile(
    r"^((?:[^\W\d_]{2,8}\s*[／/]\s*|[^\W\d_]{2,8}?)?(?:本报|本台)?(?:(?:特约|实习|见习)?记者|编[译譯])\s*[^\W\d_]{2,4}"
    r"(?:[、\s]+[^\W\d_]{2,4})*(?:\s*[／/]\s*|\s+(?=[^\W\d_]{2,8}(?:报导|报道)$))(?:[^\W\d_]{2,8}(?:报导|报道)|特稿|专访))$"
)
_CREDIT_LINE_MAX = 60


# （本文仅代表作者个人观点，不构成投资建议）: whose view it is, not who wrote it
_STANCE = rx.compile(r"代表|观点|立场|不构成|投资建议")


def standalone_credit(line: str) -> str | None:
    """The credit when the whole line is one (【编辑：姚昊】, 文/广州日报记者赖伟行, …供稿 摄影/张艳),
    or the writer's clause of a repost's notice (本文来自…，作者：王小五，…)."""
    reposted = reposted_writer(line) if line[:1] in "本文来转原首经选摘节以（(" else None
    return line[reposted[0] : reposted[1]] if reposted is not None else _line_credit(line)


def _line_credit(line: str) -> str | None:
    if not line or len(line) > _CREDIT_LINE_MAX or (
        line[-1] in SENTENCE_END  # but 作者：王小五，某某大学教授。
        and (line[:1] not in WRITER_OPENINGS or affiliated_writer(probe(line)) is None)
    ):
        return None
    mark = _MARK.match(line)
    if mark:  # □ 本报记者 王小五: the mark only sets the credit off
        line = line[mark.end() :]
    read = probe(line)
    other = affiliated_writer(read) or english_byline(read) or _credit_shapes(read)
    if other is not None:
        return line[other[0] : other[1]].strip()
    match = _STANDALONE.match(read) if read[:1] in _STANDALONE_FIRST or read[:1].isspace() else None
    if match and not _TOOL_ROW.fullmatch(read):
        return line[match.start(1) : match.end(1)].strip()
    if read[:1] in "（(【〔" and _BRACKETED.fullmatch(read) and not _BIO.match(read, 1) and not _STANCE.search(read) and (
        _PERSON_WORDS.search(read) or is_filed_credit(read)
    ):
        return line[1:-1].strip()
    bracketed_role = read[:1] in "【[" and _BRACKETED_ROLE.match(read) is not None  # 【作者】王小五
    if bracketed_role or ("/" in read or "供稿" in read) and _SUPPLIED.search(read) and not _CLAUSE_STOP.search(line):
        return line
    return None


# The first characters _STANDALONE's credits open with (a bracket, a role, a role's prefix): most
# lines (headings, captions) open with none and are spared the match.
_STANDALONE_FIRST = frozenset("([【主作值原图实执摄撰整文新本来栏特稿编网见记评责通（")
# 编辑 锁定 讨论: an entry's tool buttons in a row (an encyclopedia's), the first of them a role's word.
_TOOL_ROW = rx.compile(rf"(?:(?:{'|'.join(ROW_TOOLS)})[\s　|｜]*){{2,8}}")
# 【作者】王小五, [编辑]王小五: the role in brackets, the name after them.
_BRACKETED_ROLE = rx.compile(r"^[【\[]\s*(?:作者|编辑|责任编辑|责编|记者|撰文|撰稿|整理)\s*[】\]]\s*(?:[^\W\d_]|·){2,12}$")
# （作者系某某大学教授）: what the writer is, not who: no name, no credit.
_BIO = rx.compile(r"(?:本文)?作者(?:系|为|是|现为|现任)")
# □, ▍, an emoji (🔺, ✍️): a mark that only sets the credit off.
_MARK = rx.compile(  # and 【本報訊】 before the reporters: the paper's own story, said before its credit
    r"^(?:[□■◎●◆◇★☆▲△▶►※▍▌▎▋▐]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
    r"|[【\[［〔（(]\s*本[报報](?:[讯訊]|[专專]?[电電])\s*[】\]］〕）)])+\s*(?=\S)"
)
_SUPPLIED = rx.compile(r"供稿|摄影/|编辑/|文/|图/")
_CLAUSE_STOP = rx.compile(r"[，。]")
_NAME = r"(?!报道|报导)[^\W\d_]{2,4}"
_NAMES = rf"{_NAME}(?:[、\s　]+{_NAME}){{0,3}}"
# 统筹：赵六 撰文：王小五, 文字：王小五 图片：李四: a line of credits, each a role and its names.
_PART_ROLE = (r"(?:责任编辑|编辑|责编|主编|作者|记者|撰稿|撰文|口述|整理|采访|翻译|编译|文字|文|图片|图|摄影|摄像|通讯员|统筹|监制|"
              r"审核|审校|校对|策划|出品人|出品|设计|美编|视觉|排版|制图|剪辑|终审|初审|复审|值班编辑)")
_CREDIT_PARTS = rx.compile(rf"^(?:{_PART_ROLE}\s*[:：|｜丨︱/／]\s*{_NAMES}\s*){{2,5}}$")
# 某某报记者 王小五 编辑 李四 校对 赵六: a reporter's credit, then the desk's, each role spaced from
# its names (roles of two letters or more: a name may begin with 文 or 图).
_SPACED_PART = r"(?:责任编辑|值班编辑|编辑|责编|(?:见习|实习)?记者|通讯员|实习生|摄影|摄像|校对|审核|审校|统筹|策划|监制|美编|排版|制图)"
_SPACED_NAMES = rf"(?!{_SPACED_PART}){_NAME}(?:[、\s　]+(?!{_SPACED_PART}){_NAME}){{0,3}}"
_SPACED_PARTS = rx.compile(
    rf"^(?:[^\W\d_]{{2,8}}?)?{_SPACED_PART}[\s　]+{_SPACED_NAMES}(?:[\s　]+{_SPACED_PART}[\s　]+{_SPACED_NAMES}){{1,4}}$"
)
# 新华社记者 王小五, 见习记者 王小五 李四 报道: a reporter of a named outlet.
# 经济观察报 记者 王小五, 21世纪某某报道记者 王小五, 某某周刊记者：王小五: the outlet spaced off, with
# digits, or the name after a colon.
_OUTLET_REPORTER = rx.compile(
    rf"^((?:《[^》]{{2,10}}》|[^\W_]{{2,10}}?)?[\s　]?(?:特约|实习|见习|首席|驻\w{{1,4}})?记者"
    rf"(?:[\s　]*[:：|｜][\s　]*|[\s　]+){_NAMES})(?:\s*报道)?$"
)
# 本报记者王小五, 记者王小五报道: a reporter set without a space, told by the outlet before the
# role or 报道 after the name (记者手记, 本报记者观察 are a column's heads, not names).
_UNSPACED_NAME = r"(?!观察|调查|手记|专访|探访|走访|追踪|直击|来信)[^\W\d_]{2,4}"
# 本报记者王小五发自北京: where the reporter filed from, after the name. 新华社记者王小五、李四: names
# joined by 、 read one way however the outlet is set.
_FILED_FROM = r"发自[^\W\d_]{2,6}"
_UNSPACED_REPORTER = rx.compile(
    rf"^((?:本报|本台|本刊|本网)(?:特约|实习|见习|首席)?记者{_UNSPACED_NAME}(?=(?:报道|{_FILED_FROM})?$)"
    rf"|(?:[^\W\d_]{{2,8}}?)?(?:特约|实习|见习|首席)?记者{_UNSPACED_NAME}(?=报道$|{_FILED_FROM}$)"
    rf"|(?:[^\W\d_]{{2,8}}?)?(?:特约|实习|见习|首席)?记者{_UNSPACED_NAME}(?:、{_NAME})+(?=(?:报道|{_FILED_FROM})?$))(?:报道|{_FILED_FROM})?$"
)
# 王小五/文, 王小五 李四/摄: the name, then the role.
_SHAPE_MARKS = rx.compile(r"[/／:：|｜丨︱·]")
# 采写：王小五, 图文｜王小五, 文字：王小五, 文·王小五: who wrote it, as features and posts credit
# them; a name only (图文：某某市召开…, 文·旅融合… are headlines).
# 文、图 / 王小五, 采访、撰文：王小五: roles joined by 、, one person's.
_JOINED_ROLES = r"(?:文|图|采访|撰文|摄影|整理)(?:、(?:文|图|采访|撰文|摄影|整理))+"
_FEATURE_ROLE = rx.compile(rf"^(?:(?:采写|图文|文字|{_JOINED_ROLES})\s*[:：/／|｜丨︱·]|文\s*·)\s*{_NAMES}$")
_NAME_FIRST = rx.compile(rf"^{_NAMES}\s*[/／|｜丨]\s*(?:文|图|文图|图文|摄|摄影)$")


def _credit_shapes(read: str) -> tuple[int, int] | None:
    """Where the credit is in a line that is one, for the shapes _STANDALONE does not read."""
    if not (read[:1].isalnum() or read[:1] == "《") or ("记者" not in read and not _SHAPE_MARKS.search(read)):
        return None  # most short lines (headings, captions, table rows): spared four patterns
    for shape in (_CREDIT_PARTS, _NAME_FIRST, _FEATURE_ROLE, _SPACED_PARTS):
        if shape.match(read):
            return 0, len(read)
    reporter = _OUTLET_REPORTER.match(read) or _PLACED_REPORTER.match(read) or _UNSPACED_REPORTER.match(read)
    if reporter is None and is_placed_line(read):  # 王小五／台北報導 alone: no 記者 said
        return 0, len(read)
    return (reporter.start(1), reporter.end(1)) if reporter else None


def is_person_credit(credit: str) -> bool:
    read = probe(credit)
    return bool(_PERSON_WORDS.search(read)) or is_filed_credit(credit) or is_placed_line(read)


def is_editor_credit(credit: str) -> bool:
    return bool(_EDITOR_WORDS.search(probe(credit)))


# 作者：王小五 under the text names the writer as plainly as 编辑：李四 names the editor: the
# first of the two is the page's credit.
# 撰文｜王小五 over 编辑｜李四 under a post: its writer's field as plainly.
_WRITER_FIELD = rx.compile(r"^(?:(?:本文|文章)?作者|撰文|撰稿|采写)\s*[:：|｜丨︱/／]")


def is_writer_field(credit: str) -> bool:
    return bool(_WRITER_FIELD.match(probe(credit)))


def is_responsible_editor(credit: str) -> bool:
    """责任编辑 or 责编: the page's own credit, however far down the page it stands."""
    return bool(_RESPONSIBLE_EDITOR.search(probe(credit)))


def trailing_credit(line: str) -> tuple[str, str] | None:
    """A credit glued after the last sentence of a paragraph: (paragraph without it, credit).

    Whatever follows the credit on the same line is page furniture (打印 纠错 评论…) and goes too.
    """
    last_end = max(line.rfind(ch) for ch in SENTENCE_END + "”")
    tail = probe(line[last_end + 1 :])
    for match in _BRACKETED.finditer(tail):
        if _BIO.match(match.group(1)) or is_photo_credit(match.group(1)):
            continue  # （记者王小五摄） closing a caption: who took the picture, no writer
        if _PERSON_WORDS.search(match.group(1)) or is_filed_credit(match.group(1)):
            inner = line[last_end + 1 + match.start(1) : last_end + 1 + match.end(1)]
            return line[: last_end + 1 + match.start()].rstrip(), inner.strip()
    source = _SOURCE_TAIL.search(tail)
    if source and last_end >= 0:
        cut = last_end + 1 + source.start()
        return line[:cut].rstrip(), line[cut : last_end + 1 + source.end()].strip()
    return None


def caption_credit(line: str) -> str | None:
    """A reporter credit at the end of a caption or lead line: …新快报记者　张亮　魏凯."""
    read = probe(line)
    if "记者" not in read and "通讯员" not in read:
        return None  # _CREDIT_RUN needs one: most lines are spared compiling it (≈3 ms)
    cut = max(0, len(read) - _CREDIT_TAIL)
    match = _credit_run().search(read, cut)
    if match is None or is_photo_credit(match.group(1)):  # （记者王小五摄）: who took the picture
        return None
    return line[match.start(1) : match.end(1)].strip()


@cache
def _credit_run() -> re.Pattern[str]:
    return rx.compile(_CREDIT_RUN)


# 本报讯 记者王小五 通讯员李四 报道：: the reporters, then those who helped them.
_OPENING_REPORTER = rx.compile(
    r"^(?:【[^】]{2,12}】|[^，。]{2,16}讯)?\s*((?:本报|本台)?记者\s*[^\W\d_]{2,4}"
    r"(?:\s*(?:通讯员|实习生)\s*[^\W\d_]{2,4}(?:[、\s]+[^\W\d_]{2,4})*)?)\s*报道"
)
# 中央社记者王小五台北12日电, (新华社特派记者王小五东京5日电): an agency's reporter, where and
# the day the story was filed, opening the first paragraph (read simplified).
_AGENCY_FILED = rx.compile(r"^[（(]?((?:[^\W\d_]{1,6}社)(?:特派|特约|驻\w{1,4})?记者[^\W\d_]{2,12}?\d{1,2}日(?:专)?电)")


# 新华社北京5月12日电 记者王小五 李四: a wire's dateline, its reporters named after it unbracketed.
_WIRE_REPORTER = rx.compile(
    r"^[^，。\s]{2,12}?\d{1,2}日(?:专)?电[\s　]+((?:特派|特约|驻\w{1,4})?记者[\s　]*[^\W\d_]{2,4}"
    r"(?:[、\s　]+[^\W\d_]{2,4})*)(?=[\s　]|$)"
)


def agency_filed(line: str) -> str | None:
    """中央社记者王小五台北12日电 alone on its line (its brackets aside), or 新华社北京12日电 记者王小五:
    the reporter's credit, as written."""
    if "电" not in line and "電" not in line:
        return None  # most lines: spared the probe
    read = probe(line)
    match = _AGENCY_FILED.match(read)
    if match and len(line) - match.end() <= 1:
        return line[match.start(1) : match.end(1)]
    wire = _WIRE_REPORTER.match(read)
    return line[wire.start(1) : wire.end(1)] if wire and wire.end() == len(line) else None


# 本报讯 记者王小五 通讯员李四 今年以来，…: the reporters spaced between the paper's 讯 and the
# text, each name ended by a space (the text's first words run on to a comma, no space).
_SPACED_NAME = r"[^\W\d_]{2,4}(?=[\s　])"
_NEWS_OPENING = rx.compile(
    rf"^[^，。\s]{{2,16}}讯[\s　]+((?:本报|本台)?(?:见习|实习|特约|首席)?记者[\s　]*{_SPACED_NAME}"
    rf"(?:[\s　]+(?:(?:通讯员|实习生|(?:见习|实习)?记者)[\s　]*)?{_SPACED_NAME})*)[\s　]+\S"
)
_BRACKET_REPORTER = rx.compile(r"(?:本报|本台)?(?:记者|通讯员)")


def dateline_credit(line: str) -> str | None:
    """The reporter named in a dateline: 中新网北京12月1日电(记者 张曦), 【大公报讯】记者X报道：…,
    中央社记者王小五台北12日电"""
    probe_line = probe(line[:60])
    match = _BRACKETED.search(probe_line)
    if match and _BRACKET_REPORTER.match(match.group(1)) and not is_photo_credit(match.group(1)):
        return line[match.start(1) : match.end(1)].strip()
    if named := bracket_names(line):  # 某某社香港30日电（王小五、李四）: names alone
        return named
    if placed := lead_credit(probe_line):  # 【王小五／台北報導】 opening the lead, no 記者 said
        return line[placed[0] : placed[1]]
    opening = (_OPENING_REPORTER.match(probe_line) or _AGENCY_FILED.match(probe_line) or _WIRE_REPORTER.match(probe_line)
               or _NEWS_OPENING.match(probe_line))
    return line[opening.start(1) : opening.end(1)].strip() if opening else None


