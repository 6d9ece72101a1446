"""Credit lines in the less common forms: a notice's signer (部　　長　王小五), an author with an
affiliation (作者：王小五，某某大学), By Jane Doe, a line of bracketed fields (【来源】【责任编辑：李四】), an editor's
field closing a line under the text, a reporter and where the story was filed (王小五 北京报道)."""

from __future__ import annotations

from reader.document import rx
from reader.document.hanzi.script import probe  # one for one: spans found carry over to the line

# 部　　長　王小五, 主任委員　李　四: an official notice signed under its text by the head of the
# body that issued it (the title's letters may be spaced out, as a name of two letters is).
_OFFICES = (
    "部长", "院长", "署长", "局长", "厅长", "廳长", "处长", "市长", "县长", "縣长", "区长", "區长", "镇长", "鎮长",
    "乡长", "鄉长", "省长", "校长", "行长", "社长", "所长", "会长", "馆长", "館长", "主任委员", "委员长", "主任",
    "主席", "总裁", "總裁", "董事长", "理事长", "秘书长", "秘書长", "总经理", "總经理", "总统", "總統", "执行长",
    "執行长", "检察长", "檢察长", "总干事", "總幹事",
)
_SPACED_OFFICE = "(?:代理|兼|副)?(?:" + "|".join(r"[\s　]*".join(word) for word in _OFFICES) + ")"
_SIGNER = rx.compile(
    rf"^{_SPACED_OFFICE}[\s　]+"
    r"(?!信箱|热线|熱線|寄语|寄語|致辞|致辭|讲话|講話|简介|簡介|邮箱|郵箱|留言|之窗|访谈|訪談)"
    r"[^\W\d_](?:[\s　]?[^\W\d_]){1,3}$"
)
_SIGNER_MAX = 20


def signer_credit(line: str) -> str | None:
    """The signer under a notice's text (部　　長　王小五): the line, as written."""
    return line.strip() if is_signer(line) else None


def is_signer(credit: str) -> bool:
    """Is the credit an office (部长, 主任委员…), its letters spaced or not, and a name?"""
    return len(credit) <= _SIGNER_MAX and bool(_SIGNER.match(probe(credit.strip())))


# 作者：王小五，某某大学教授 / 作者：王小五（某某大学）/ 作者： 王小五 (Wang Xiaowu): the writer,
# then who they are; one clause of it, no sentence.
_WRITER_ROLE = r"(?:本文)?(?:作者|撰文|撰稿|文)\s*[:：|｜丨]\s*"
WRITER_OPENINGS = "（(本作撰文"  # most lines are spared the pattern
# 作者：王小五、李四，某某大学 / 作者：王小五，某某研究院研究员；李四，某某大学教授: writers
# joined by 、 sharing one affiliation, or each with their own after a ；.
_WRITER_NAME = r"(?:[^\W\d_]|·){2,12}(?:、(?:[^\W\d_]|·){2,12}){0,4}"
_AFFILIATION = r"(?:\s*[，,]\s*[^，,。；;：:（）()]{2,30}|\s*[（(][^（）()，,。]{2,30}[）)])"
_AFFILIATED = rx.compile(
    rf"^[（(]?({_WRITER_ROLE}{_WRITER_NAME}{_AFFILIATION}(?:\s*[；;]\s*{_WRITER_NAME}{_AFFILIATION}){{0,3}})[。]?[）)]?$"
)


# 本文作者王小五，系某某大学教授 / （作者王小五系某某研究院研究员）: the writer named without a
# colon, then what they are (作者系某某大学教授 names no one: no credit).
_DESCRIBED = rx.compile(
    r"^[（(]?((?:本文)?作者[^\W\d_]{2,4}?)(?:\s*[，,]\s*(?:系|现为|现任|为|是)|系)[^，,。；;（）()]{2,30}"
    r"(?:[，,、][^，,。；;（）()]{2,20})?[。]?[）)]?$"
)


def affiliated_writer(read: str) -> tuple[int, int] | None:
    """Where the credit is in a line naming a writer and their affiliation or romanized name."""
    match = (_AFFILIATED.match(read) or _DESCRIBED.match(read)) if read[:1] in WRITER_OPENINGS else None
    return (match.start(1), match.end(1)) if match else None


# By Jane Doe, By Jane Doe and John Smith: an English byline (a page of a bilingual outlet).
_ENGLISH_NAME = r"[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}"
# Written by Jane Doe, Author: Jane Doe: the other ways English pages credit the writer.
_ENGLISH_OPENINGS = ("By ", "Written by ", "Text by ", "Words by ", "Story by ", "Author: ", "Author:")
_ENGLISH_BYLINE = rx.compile(
    rf"^(?:By|Written by|Text by|Words by|Story by|Author:)\s*{_ENGLISH_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_ENGLISH_NAME}){{0,3}}$"
)


def english_byline(read: str) -> tuple[int, int] | None:
    return (0, len(read)) if read.startswith(_ENGLISH_OPENINGS) and _ENGLISH_BYLINE.match(read) else None


# 王小五 北京报道, 王小五、李四 发自上海: a reporter and the place the story was filed from.
_FILED = rx.compile(
    r"^[（(【]?[^\W\d_]{2,4}(?:[、\s　]+[^\W\d_]{2,4})*[\s　]+(?:[^\W\d_]{2,6}(?:报道|报导)|发自[^\W\d_]{2,6})[）)】]?$"
)


def is_filed_credit(text: str) -> bool:
    """A reporter's credit with no role word: 王小五 北京报道, By Jane Doe."""
    read = probe(text.strip())
    return bool(_FILED.match(read) or _ENGLISH_BYLINE.match(read))


# 【来源】【责任编辑：李四】: a line of bracketed fields; its credit is the one that names a person.
_GROUP = rx.compile(r"[【\[（(]\s*([^【】\[\]（）()]{1,30}?)\s*[】\]）)]")
_GROUPS = rx.compile(r"^(?:\s*[【\[（(][^【】\[\]（）()]{1,30}[】\]）)]){2,4}\s*$")
# 【编辑：王五】 then the page's buttons: an editor's bracketed credit opening a line under the text.
_OPENING_EDITOR = rx.compile(r"^[【\[（(]\s*((?:责任编辑|编辑|责编)\s*[:：]\s*[^【】\[\]（）()]{1,20}?)\s*[】\]）)]")
# 来源：某某网 发布于：2024-03-05 编辑：王五: the editor's field closing a line of fields (运营编辑：
# or 图片编辑：, one word with the letters before it, names another role).
_CLOSING_EDITOR = rx.compile(r"(?<![^\W\d_A-Za-z])((?:责任编辑|编辑|责编)\s*[:：]\s*[^\s:：|｜()（）【】\[\]]{1,16})\s*$")
# 责任编辑：王五 【打印】 【关闭】: the editor's field, then the page's bracketed buttons.
_EDITOR_BEFORE_BUTTONS = rx.compile(r"^((?:责任编辑|编辑|责编)\s*[:：]\s*[^\s:：【】\[\]（）()]{1,16})\s*(?=[【\[])")
_TAIL_LINE_MAX = 80


# （王小五） under the last paragraph: the reporter signs the story with a bare name in brackets.
_SIGNED_NAME = rx.compile(r"[（(]\s*([^\W\d_]{2,3})\s*[）)]")
# Words a desk or a post signs with that name no one (综合, 编译: the desk's work; 原创: the post's).
DESK_WORDS = frozenset(("综合", "綜合", "整理", "编译", "編譯", "摘编", "摘編", "编辑", "編輯", "转载", "轉載",
                        "原创", "原創", "图文", "圖文", "特稿", "上篇", "下篇", "中篇", "专稿", "專稿"))
_NOT_NAMES = DESK_WORDS | frozenset(("待续", "未完", "全文完", "本文完", "完结", "组图", "多图", "附图", "视频", "图片",
                                     "图表", "原文"))


def is_signed_name(credit: str) -> bool:
    """王小五 as a story is signed with: a name of two or three letters, not an outlet (新华社) nor
    a word closing a text (待续, 组图)."""
    return (2 <= len(credit) <= 3 and credit.isalpha() and credit not in _NOT_NAMES
            and not credit.endswith(("社", "网", "網", "报", "報", "台", "刊", "电", "電", "讯", "訊")))


def tail_credit(line: str) -> str | None:
    """A credit under the text in a line that is not one credit alone (see the module's forms)."""
    if len(line) > _TAIL_LINE_MAX:
        return None
    read = probe(line)
    if line[:1] in "（(" and (signed := _SIGNED_NAME.fullmatch(read)) and is_signed_name(signed.group(1)):
        return line[signed.start(1) : signed.end(1)]
    if _GROUPS.match(read):
        for group in _GROUP.finditer(read):
            if _OPENING_EDITOR.match(group.group()) or is_filed_credit(group.group(1)):
                return line[group.start(1) : group.end(1)].strip()
        return None
    found = _OPENING_EDITOR.match(read) or _CLOSING_EDITOR.search(read) or _EDITOR_BEFORE_BUTTONS.match(read)
    return line[found.start(1) : found.end(1)].strip() if found else None


# 本文来自微信公众号：某某（ID：abc），作者：王小五，编辑：李四，题图来自：视觉中国 — a repost's
# notice, over or under the text, naming the writer among its clauses: that clause is the credit.
# 本文由「某某」原创出品，作者：…, 本文选自《某某》，作者：…: the notice's first clause says where
# the text comes from.
# 以下文章来源于某某日报 ，作者王小五: a post's header over a reposted text (no colon after 作者).
_REPOST_OPENINGS = ("本文", "文章", "来自", "来源", "转载", "转自", "原载", "首发", "经授权", "选自", "摘自", "节选", "以下文章")
_REPOST = rx.compile(
    r"(?:本文|文章)?[^，,。；;]{0,30}?(?:来自|来源|转载|转自|原载|首发|出品|原创|授权|选自|摘自|节选自|刊于|刊发|发表于)"
)
_REPOST_WRITER = rx.compile(
    r"(?:^|[，,；;。\s])((?:作者|文)\s*[:：|｜丨]\s*[^\W\d_][^\s，,；;。:：（）()]{1,15}"
    r"|作者(?!授权|本人|原创|同意|许可|系|为|是|已|不)[^\W\d_][^\s，,；;。:：（）()]{1,15})(?=[，,；;。\s）)]|$)"
)
_REPOST_MAX = 150
_WRITER_HINT = rx.compile(r"作者|文[:：|｜丨]")  # alike in both scripts


def reposted_writer(line: str) -> tuple[int, int] | None:
    """Where the writer's clause is in a repost's notice (本文来自…，作者：王小五，…)."""
    if len(line) > _REPOST_MAX or not _WRITER_HINT.search(line):
        return None  # most lines name no writer: spared the probe and the patterns
    read = probe(line)
    opening = 1 if read[:1] in "（(" else 0  # （本文首发某某，作者｜王小五，编辑｜李四）
    if not read.startswith(_REPOST_OPENINGS, opening) or not _REPOST.match(read, opening):
        return None
    match = _REPOST_WRITER.search(read, opening)
    return (match.start(1), match.end(1)) if match else None


# 文/王小五 今年三月，… or （文/王小五）今年三月，…: the writer's credit set before the first
# paragraph on its line.
_LEADING_ROLE = r"(?:文|作者|撰文|采写)\s*[:：/／|｜丨︱]\s*"
_LEADING = rx.compile(
    rf"^(?:[（(]({_LEADING_ROLE}[^（）()\s，。：:]{{2,12}})[）)]|({_LEADING_ROLE}[^\W\d_]{{2,12}}?)[\s　]+)\s*(?=\S)"
)
_CLAUSE = rx.compile(r"[，。！？；]")
_LEADING_REST_MIN = 20  # characters: a paragraph follows the credit, not a name or a role


def leading_credit(line: str) -> tuple[str, str] | None:
    """(credit, the paragraph without it) when a writer's credit opens the line."""
    match = _LEADING.match(probe(line[:40])) if line[:1] in "（(文作撰采" else None
    if match is None:
        return None
    rest = line[match.end() :]
    if len(rest) < _LEADING_REST_MIN or not _CLAUSE.search(rest):
        return None  # a date line's fields (作者：王小五 2024-03-05 来源：…) are no paragraph
    group = 1 if match.group(1) else 2
    return line[match.start(group) : match.end(group)], rest


# 原创 王小五 某某发布 (2024-05-12 10:30): a WeChat post's line under its headline, its writer
# then its account (原创 某某发布 2024-05-12 names the account alone: the date follows one name).
POST_CREDIT = rx.compile(
    r"^原创[:：]?\s+(?P<name>[^\s\d:：|｜]{2,12})\s+(?P<account>[^\s\d:：|｜]{2,20})(?:\s|$)"
    r"(?:(?P<third>[^\s\d:：|｜]{2,20})(?:\s|$))?"  # 原创 王小五 王小五 某某发布: the name twice
)
