"""What a headline's line holds: whether it could be a headline at all, and the headline once
the buttons, counters, source, date or outlet glued after it are cut (and its subtitle split off)."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.credit_forms import POST_CREDIT
from reader.document.bylines.credits import agency_filed, standalone_credit
from reader.document.bylines.dateline import is_desk_writer
from reader.document.scraped.font_switcher import is_font_switcher
from reader.document.scraped.form_lines import NOTICE_TITLE_MAX, is_form_line, is_notice_title
from reader.document.scraped.patterns import (
    CHROME_WORDS,
    ends_sentence,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_link_list,
    is_meta,
)

_TITLE_MIN = 4
_TITLE_MAX = 80
CUT_TITLE_MIN = 8  # characters a headline keeps once what was glued after it is cut
# \w holds every ideograph (a class of their range costs the regex compiler ≈1 ms).
SITE_NAME = rx.compile(r"^[\w·]{2,10}(?:在线|网|日报|晚报|早报|新闻网|时报|商报|报|电视台|频道)$")
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
TITLE_SEPARATOR = rx.compile(r"(?!(?<=\s)\s)\s*(?:—{2,}|─{2,})\s*")  # the whole run: 主题————副题


_TITLE_WIDGET = rx.compile(
    r"(?:举报|反馈|举报/反馈|纠错|分享|收藏|打印|评论\s*\d*|\d+\s*评论|阅读\s*\d+\s*次?|\d+\s*次?阅读|"
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|[\d\s]+)$"
)


# 全市召开安全生产工作会议 来源：江阴日报, …（来源：江阴日报）: the outlet credited after the headline.
# (?<!\s) and the bracket's own spaces: one way to read a run of spaces, so a long one is linear.
_GLUED_SOURCE = rx.compile(r"(?<!\s)\s*(?:[（(【\[]\s*)?(?:来源|稿源|來源)\s*[:：]\s*[^\s:：()（）【】\[\]]{2,15}\s*[)）】\]]?$")


def is_source_credit(piece: str) -> bool:
    """来源：江阴日报 or （来源：江阴日报）: a source credit as cut from a headline's end."""
    return _GLUED_SOURCE.fullmatch(piece.strip()) is not None


# 全市召开安全生产工作会议 发布时间：2024-03-05 来源：某某日报: the page's fields after the headline.
_GLUED_FIELDS = rx.compile(
    r"(?<=\s)(?:发布时间|發佈時間|发布日期|发稿时间|更新时间|时间|時間|日期|来源|來源|稿源|作者|编辑|編輯|责任编辑|責任編輯)"
    r"[ \t\u3000]*[:：][ \t\u3000]*\S"
)


# 标　题： 某某关于…的通告, 名称：…: a government page's table of fields names its title.
_TITLE_FIELD = rx.compile(r"^(?:标\s*题|標\s*題|名\s*称|名\s*稱|文件名称|文件名稱|公文标题|信息名称)\s*[:：]\s*(?=\S)")


def without_source(line: str) -> str:
    """A headline without the source credit (or the date, source and author fields) glued after
    it, or its field's name before it (标题：); any other line as it is."""
    if line[:1] in "标標名文公信" and (field := _TITLE_FIELD.match(line)) and title_like(line[field.end() :]):
        return line[field.end() :]
    cuts = [m.start() for m in (_GLUED_SOURCE.search(line), _GLUED_FIELDS.search(line)) if m]
    if not cuts or min(cuts) < _TITLE_MIN:
        return line
    head = line[: min(cuts)].rstrip()
    return head if title_like(head) else line


# 某市召开全市安全生产工作会议 2024-03-05 09:30, 某店重视食安 虧損2年出頭天2014/12/1 18:13: the date
# glued after a headline, spaced or not. (?<![\s0-9A-Za-z]): a match starts where its run of spaces
# does (a long run is read once, not once per space), never inside a number or a Latin word (after an
# ideograph it may: the date glued to the headline). 某市客流破1602024/4/26, …第3季2023-05-02 12:30:
# after a headline's own digits, a full date (a year's four digits, a month, a day) that ends the line.
_GLUED_DATE = rx.compile(r"(?:(?<![\s0-9A-Za-z])\s*|(?<=[0-9])(?=(?:19|20)\d{2}[-/年](?:0?[1-9]|1[0-2])[-/月](?:0?[1-9]|[12]\d|3[01])(?!\d)))(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*+日(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?|\s++\d{1,2}:\d{2}(?::\d{2})?|\s*+)$")


def headline_part(line: str) -> str:
    """The headline in a line that may carry its source or its date glued after it."""
    line = without_source(line)
    found = _GLUED_DATE.search(line)
    if found is None:
        return line
    head = line[: found.start()]
    if len(head) < CUT_TITLE_MIN or SITE_NAME.match(head) or _DATE_LEAD.search(head) or _LATIN_NAME.fullmatch(head):
        return line  # ggjjzhzz 发表于 2005-9-15, TechDaily 2024-05-10: a post line, an outlet's date line
    if is_desk_writer(line):
        return line  # 某某快訊／王小明 2020年03月25日 21:15:00: the outlet and writer's date line
    return head if title_like(head) else line


# 某某快訊／王小明, 記者 王小明/台北: an outlet or a desk, a slash, a writer (or a place).
_LATIN_NAME = rx.compile(r"[A-Za-z][A-Za-z0-9.&'-]*")  # one Latin word: a name, not a Chinese headline
_DATE_LEAD = rx.compile(r"(?:于|於|[:：]|时间|時間|日期|发表|發表|发布|發佈|更新|编辑|編輯|报道|報道)$")


def without_widgets(title: str) -> str:
    """A headline without the buttons and counters a scraper glued after it (举报/反馈, 阅读10544次)."""
    title = without_source(title)
    words = title.split(" ")
    # 解析 关注 华为云开发者联盟: from the first button on, the rest is the page's.
    cut = next((k for k in range(1, len(words)) if words[k] in CHROME_WORDS), len(words))
    words = words[:cut]
    dated = False
    while len(words) > 1 and (_TITLE_WIDGET.fullmatch(words[-1]) or is_chrome(words[-1]) or _SECTION_TAG.fullmatch(words[-1])):
        word = words.pop()
        dated = dated or _DATE_WORD.match(word) is not None
    if words and (")" in words[-1] or "）" in words[-1]) and (glued := _GLUED_SECTION_TAG.search(words[-1])):
        words[-1] = words[-1][: glued.start()]
    # 全市召开…会议 某某日报 2024-03-05: the outlet printed before the date glued to the headline.
    if dated and len(words) > 1 and SITE_NAME.match(words[-1]) and len(" ".join(words[:-1])) >= CUT_TITLE_MIN:
        words.pop()
    kept = " ".join(words)
    source = _SOURCE_SUFFIX.search(kept)
    # 城市更新让老街区焕发新活力 - 新华网: the page's <title> form, the outlet's name after a bar,
    # and maybe its channel's before it (…_新闻频道_某某网).
    if source and SITE_NAME.match(source.group(1)) and source.start() >= _TITLE_MIN:
        kept = kept[: source.start()]
        channel = _SOURCE_SUFFIX.search(kept)
        if channel and _CHANNEL.search(channel.group(1)) and channel.start() >= _TITLE_MIN:
            kept = kept[: channel.start()]
    # …出頭天2014/12/1 18:13, …續升　2014-12-08 06:49: a date glued on with no ASCII space (a
    # spaced one is a widget above, cut or kept as it was).
    glued = _GLUED_DATE.search(kept)
    return headline_part(kept) if glued and kept[glued.start()] != " " else kept


_DATE_WORD = rx.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
# 某某事件 (港聞), 某某成交 (地產): the paper's section in brackets after the headline, either script.
# Its own sections' words, which mark a section even glued to the headline (五年增三萬單位(港聞)) ...
_PRESS_SECTIONS = (
    r"[港][闻聞]|要[闻聞]|[国國][际際]|[地][产產]|[财財][经經]|[体體]育|[娱娛][乐樂]|社[评評]|副刊|即[时時]|[两兩]岸|港澳"
    r"|[港本]地|[马馬][经經]|[评評][论論]"
)
# ... and words that do only set apart by a space (阿里巴巴(中国), 某某(科技) are names).
_SPACED_SECTIONS = (
    r"[港香]港|[国國]内|[国國]內|中[国國]|[台臺][湾灣]|大[陆陸]|[澳][门門]|[经經]济|[经經]濟|社[会會]|政治|生活|科技|教育|健康"
)
_SECTION_TAG = rx.compile(rf"[（(](?:{_PRESS_SECTIONS}|{_SPACED_SECTIONS})[)）]")
_GLUED_SECTION_TAG = rx.compile(rf"(?<=\w)[（(](?:{_PRESS_SECTIONS})[)）]$")


_CHANNEL = rx.compile(r"(?:频道|頻道|栏目|欄目|专题|專題|新闻|新聞|资讯|資訊|首页|首頁|中心)$")


# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_SOURCE_SUFFIX = rx.compile(r"(?!(?<=\s)\s)\s*(?:[-_|｜–]|\s—\s)\s*([^-_|｜–\s]{2,12})$")


_MAIN_TITLE_MIN = 3  # characters: 专访──…, 视频──…: a label of one or two is no headline


def split_title(line: str) -> tuple[str, str | None]:
    """党旗领航奋进路 乘风破浪开新局──党的十八大以来… → (title, subtitle); 专访──某某… stays whole."""
    parts = TITLE_SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) >= _MAIN_TITLE_MIN and parts[1]:
        return parts[0], parts[1]
    return line, None


def is_dash_line(line: str) -> bool:
    return line.startswith(("──", "——")) and not ends_sentence(line)


# What is left of a line once its dates and counts are gone: 2005年06月(7) (an archive's link)
# and 第3期 say nothing a headline would.
_DATE_AND_COUNT = rx.compile(r"[\d\W_年月日时分秒期号页次篇条]+")
_HEADLINE_WORDS_MIN = 2


# 某府办发〔2024〕12号: a government document's number, printed above its title.
_DOCUMENT_NUMBER = rx.compile(r"[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")


# 各区县人民政府，市政府各部门 (the colon may be lost): whom a notice addresses, not its title.
_ADDRESSEE_PARTS = rx.compile(r"[，、]")
_ADDRESSEE_PART = rx.compile(r"[^，。；：:！？!?]{1,20}")
_ORGANISATION = rx.compile(r"(?:政府|部门|部委|单位|机构|委员会|委|厅|局|办|公司|学校|高校|院|所|处|室|企业|组织)$")
_ADDRESSEE_MAX_PARTS = 8
# 各省、自治区、直辖市人力资源社会保障厅（局）: the other name an office goes by, in brackets after it.
_OTHER_NAME = rx.compile(r"[（(][^（）()]{1,6}[）)]$")


def is_addressee(line: str) -> bool:
    if not line.startswith("各"):
        return False
    parts = _ADDRESSEE_PARTS.split(line.rstrip("：:"))
    return (
        len(parts) <= _ADDRESSEE_MAX_PARTS
        and all(_ADDRESSEE_PART.fullmatch(part) for part in parts)
        and _ORGANISATION.search(_OTHER_NAME.sub("", parts[-1])) is not None
    )


# 使用 Docker 部署 Go 应用: the spaces set around a Latin word or a number inside a headline are
# typography, not the separators of a list of links.
_SPACED_LATIN = rx.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\s+(?=[\u4e00-\u9fff])")


def lists_links(line: str) -> bool:
    """A list of links, read with the spaces around its Latin words closed."""
    return is_link_list(_SPACED_LATIN.sub("", line) if " " in line else line)


_MENU_ITEMS_MIN = 3
_MENU_ITEM_MAX = 4  # characters: 首页, 要闻, 财经 — a section's name, never half a headline


def _menu(line: str, spaced: bool = False) -> bool:
    """首页 | 要闻 | 财经: a menu too short for a list of links, not a headline. Set apart by spaces
    (首页 新闻 体育) it may be a headline's words all the same; it is never half of one."""
    items = [item.strip() for item in (_SPACES if spaced else _BARS).split(line)]
    return len(items) >= _MENU_ITEMS_MIN and all(0 < len(item) <= _MENU_ITEM_MAX for item in items)


def is_spaced_menu(line: str) -> bool:
    return _menu(line, spaced=True)


_BARS = rx.compile(r"[|｜丨]")
# 分　类：…, 索 引 号：…: a field of a government page's table, its name spaced out to the
# width of the others; no headline opens so.
_SPACED_FIELD = rx.compile(r"^[^\W\d_](?:[\s　]+[^\W\d_]){1,4}[\s　]*[:：]")
_SPACES = rx.compile(r"[|｜丨\s]+")


# http://www.example.cn/news/1.htm alone: the page's address printed under its headline
_PAGE_ADDRESS = rx.compile(r"(?:https?://|www\.)[\w./?%&=#:~+-]+", re.IGNORECASE)
# sina.net, 某某市政府门户网站 www.example.gov.cn: a site's name and web address, never a headline.
_WEB_ADDRESS = rx.compile(
    r"(?:\S{1,16}\s+(?=https?://|www\.))?(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|cn|gov|edu|info|tw|hk|mo|io|cc|tv|co|mg|jp|uk)/?", re.IGNORECASE)


def is_web_address(line: str) -> bool:
    """A site's name and address, or a page's address alone (http://www.x.cn/news/1.htm)."""
    line = line.strip()
    return "." in line and (_WEB_ADDRESS.fullmatch(line) is not None
                            or _PAGE_ADDRESS.fullmatch(line) is not None)


# [查看我的博客目录] [加入个人书签], 【打印】【关闭】: a row of buttons, each label in brackets.
_BUTTON_ROW = rx.compile(r"(?:[\[【][^\[\]【】]{1,12}[\]】]\s*){2,}")


def is_button_row(line: str) -> bool:
    return line[:1] in "[【" and _BUTTON_ROW.fullmatch(line) is not None



# 楼主：王小五, 博主：…, 发帖人：…: who started the thread or keeps the blog, a forum's field.
_POSTER_FIELD = rx.compile(r"(?:楼主|樓主|帖主|发帖人|發帖人|博主|发布人|發佈人|发布者|發佈者|发表人|發表人)\s*[:：]")


def title_like(line: str) -> bool:
    longest = NOTICE_TITLE_MAX if len(line) > _TITLE_MAX and is_notice_title(line) else _TITLE_MAX
    return (
        _TITLE_MIN <= len(line) <= longest
        and len(_DATE_AND_COUNT.sub("", line)) >= _HEADLINE_WORDS_MIN
        and not line.endswith(("：", ":"))  # 各区县人民政府，市政府各部门： addresses the reader
        and not _DOCUMENT_NUMBER.search(line)
        and not is_addressee(line)
        and not is_chrome(line)
        and not is_meta(line)
        and not lists_links(line)
        and not _menu(line)
        and not _SPACED_FIELD.match(line)
        and not is_dateline(line)
        and not is_breadcrumb(line)
        and not line.endswith("。")
        and standalone_credit(line) is None
        and not POST_CREDIT.match(line)  # 原创 王小五 某某发布: who wrote the post, and where
        and agency_filed(line) is None  # 中央社记者王小五台北12日电
        and not is_form_line(line)
        and not is_web_address(line)
        and not is_button_row(line)
        and not is_font_switcher(line)  # 【字体：大 中 小】
        and not _POSTER_FIELD.match(line)
    )


