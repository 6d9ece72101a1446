"""Date lines: which lines of a page are one (2020-10-04 20:30 来源: 长江网, 本报记者 王小明 报道).
What they say (published, publisher, authors) is read by dateline_fields, which only `reader dump`
needs: its record and patterns are not made before the window's first paint."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.board_post import BOARD_POSTED
from reader.document.bylines.credit_fields import credit_alone, without_reading_time
from reader.document.bylines.credit_forms import (
    DESK_WORDS,
    POST_CREDIT,
    is_signed_name,
    leading_credit,
)
from reader.document.bylines.credits import agency_filed, standalone_credit
from reader.document.bylines.placed_names import dateline_writer
from reader.document.bylines.post_meta import is_post_meta_line
from reader.document.bylines.posted_on import is_posted_on, posted_on_writer
from reader.document.bylines.wire_names import is_dispatch_line
from reader.document.scraped.font_switcher import without_font_switcher
from reader.document.scraped.patterns import PROSE_MIN_LENGTH, ends_sentence, is_dateline, is_meta

_DATED_OR_SOURCED = rx.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}月\d{1,2}日|来源|作者|出处")
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space. (So below.)
_WIDGET_TAIL = rx.compile(r"(?!(?<=\s)\s)\s*(?:浏览(?:次数)?|点击(?:数)?|阅读|字号|来源)\s*+[:：]?\s*+\d*+\s*$")
# 2024年11月09日 09:31 新华社 分享到：微博 微信 QQ空间: the share buttons set beside the date.
_SHARE_TAIL = rx.compile(r"(?!(?<=\s)\s)\s*(?:分享到|分享至|分享)\s*[:：].*$")


# A reporter's name: two to four letters ([^\W\d_] is any script's, ideographs among them: a
# class of the ideographs' range costs the regex compiler ≈1.5 ms at start-up), never a role
# word, ending where a separator, the line's end or 报道 begins (本报记者王小明报道 names
# 王小明). One way to read each segment: no backtracking however many names a line holds.
_REPORTER_NAME = r"(?!实习生|通讯员|记者|报道|报导|(?:见习|实习|特约|首席)记者)(?:[^\W\d_]|·){2,4}(?=[\s、，,/／|｜）)]|报道|报导|摄|采写|整理|$)"
# An outlet named before its reporter (澎湃新闻记者, 新京报记者, 红星新闻记者): a name ending as
# outlets' names end, never any word (今天记者 来到 门口 is a sentence).
_OUTLET = r"[^\W\d_]{1,6}?(?:新闻|日报|晚报|早报|时报|商报|报|网|社|台|周刊|客户端|财经)"
_OUTLET_LINE = rx.compile(_OUTLET)


# Words ending as outlets' names end that are a page's buttons or places: 举报, 海报, 回到后台.
_NOT_OUTLETS = ("举报", "海报", "上网", "后台", "前台", "阳台", "舞台", "平台", "返回", "电报")
_OUTLET_MIN = 3  # characters: 新京报; 2 are a word (海报, 举报)


def is_outlet_name(line: str) -> bool:
    """新京报, 上海证券报, 红星新闻: a line that is an outlet's name alone (举报, 海报, 回到后台: a
    page's button or a word)."""
    return (len(line) >= _OUTLET_MIN and _OUTLET_LINE.fullmatch(line) is not None
            and not line.endswith(_NOT_OUTLETS) and not line.startswith(("返回", "回到", "进入", "打开")))


def is_outlet_beside(line: str, dated: list[str]) -> bool:
    """An outlet's name alone beside the date lines: their source; but 某某新闻客户端 under
    2024-05-10 08:35 新京报 is the portal's app promoted beside an outlet already named."""
    if not is_outlet_name(line):
        return False
    return not line.endswith(("客户端", "APP", "App")) or not any(
        is_outlet_name(words[-1]) for words in (d.split() for d in dated) if len(words) > 1
    )


# 本报记者 王小明 报道, 记者 张曦 李四, 文/图 王五: a line of its own naming the reporters.
REPORTER_LINE = rx.compile(
    r"^[（(]?(?:(?:本报|本台|本刊|本网|" + _OUTLET + r")?(?:全媒体|融媒体)?(?:特约|实习|见习|首席)?(?:记者|通讯员)\s*[:：]?|(?:文/图|文／图)\s*[:：]?|(?:文|图|撰文)\s*[:：/／])"
    rf"\s*{_REPORTER_NAME}(?:[\s、，,]+(?:(?:实习生|通讯员|(?:见习|实习|特约|首席)?记者)\s*)?{_REPORTER_NAME})*"
    r"(?:\s*[/／|｜]\s*(?:责任编辑|编辑)\s*(?:[^\W\d_]|·){2,6})?"
    r"\s*(?:报道|摄影?|采写|整理|报导)?[）)]?$"
)


# 今天是：2025年11月20日 星期四, 2025年11月20日 星期四 农历十月初一: the page's calendar at its
# top, the day it was saved on, not the article's date.
PAGE_CLOCK = rx.compile(
    r"(?:今天是|今日是|今天|今日|现在是|現在是|当前时间|當前時間)\s*(?:[:：]\s*)?(?:公元\s*)?(?:19|20)\d{2}\s*年"
    r"|(?:农历|農曆|阴历|陰曆)\s*[^\W\d_]{0,4}[月年]"
)


def is_page_clock(line: str) -> bool:
    return ("今" in line or "农" in line or "農" in line or "时间" in line or "時間" in line or "现" in line
            or "現" in line or "阴" in line or "陰" in line) and PAGE_CLOCK.search(line) is not None


# 最新推荐文章于 2024-01-15 发布: when the site's recommended posts came out, not this one.
_OTHER_POSTS = rx.compile(r"\S{0,4}(?:最新|推荐|相关|热门|最近)\S{0,4}文章于\s*\d")


def is_dateline_line(line: str) -> bool:
    """A date, source or author line between the title and the article."""
    if is_page_clock(line) or _OTHER_POSTS.match(line):
        return False
    if is_dateline(line) or REPORTER_LINE.match(line) or _PART_DATE.match(line) or POST_CREDIT.match(line) or (
        len(line) <= _NO_YEAR_MAX and POSTED_NO_YEAR.fullmatch(line)
    ) or (
        _RELATIVE_DATE.fullmatch(line)  # 王小五 发表于 3 天前: a post dated by its age
    ):
        return True
    # 中央社记者王小五台北12日电 under the headline; April 2, 2023 · 10 min · 小王, 发表于 2020-01-02 | 分类于 随笔
    if agency_filed(line) or is_dispatch_line(line) or is_post_meta_line(line) or line[:6].lower() == "posted" and POSTED_AT.fullmatch(line) or (
        is_posted_on(line)  # by 王小五 Posted on 四月 8, 2020: a theme's posting line
    ):
        return True
    if is_meta(line) and bool(_DATED_OR_SOURCED.search(line)) and bool(bare_dateline(line)) and (
        leading_credit(line) is None  # 作者｜王小五　今年三月，…: the first paragraph, credited
    ) and not _told(line):
        return True
    furniture = _DATE_FURNITURE.sub(" ", line)
    if furniture != line and is_dateline(furniture):
        return True
    return bool(_FIELDS.match(line)) and bool(_DATED_OR_SOURCED.search(line))


_NO_YEAR_MAX = 24


def _told(line: str) -> bool:
    """日期：1月21日，某队在主场大胜对手。…: the first paragraph opening with a field's label, in
    clauses and sentences as no date line is."""
    return len(line) >= PROSE_MIN_LENGTH and "，" in line and ends_sentence(line)


# 王小五 发表于 3 天前, 发布于 2小时前, 编辑于 昨天 10:20: a post dated by its age, as a forum or a
# social site prints it; its poster's name may open it, a field or two (IP 属地…) may follow.
_RELATIVE_DATE = rx.compile(
    r"(?:[^\s:：]{1,20}\s?)?(?:发表于|发布于|發表於|發佈於|更新于|更新於|编辑于|編輯於)\s?[:：]?\s?"
    r"(?:\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|刚刚|剛剛|昨天|前天|今天)"
    r"(?:\s?\d{1,2}[:：]\d{2})?(?:\s?[·・|｜]\s?[^\s·・|｜，。]\s?[^·・|｜，。]{0,11})*"
)


# posted @ 2020-01-02 14:35 王小五 阅读(12) 评论(3) 编辑 收藏 举报: a post's foot line (博客园), its
# date, its poster, its counters and buttons, under the text.
POSTED_AT = rx.compile(
    r"posted\s?(?:@|on)\s?(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2})?"
    r"(?:\s{1,3}(?P<name>[^\s()（）:：，。,！？!?]{1,20}))??"
    r"(?:\s{1,3}(?:(?:阅读|评论|閱讀|評論|推荐|推薦)\s?[(（]\d{1,9}[)）]|编辑|收藏|举报|編輯|檢舉))*\s*",
    re.IGNORECASE,
)
_FOOT_REACH = 15  # lines under the text where a post's foot line may stand (the writer's card, 上一篇)


def post_foot(lines: list[str], end: int) -> int | None:
    """The post's foot line dating it (posted @ 2020-01-02 14:35 王小五 阅读(12), a board's 本贴由…于…发表)
    under the text."""
    return next((i for i in range(end, min(len(lines), end + _FOOT_REACH))
                 if lines[i][:6].lower() == "posted" and POSTED_AT.fullmatch(lines[i])
                 or BOARD_POSTED.fullmatch(lines[i])), None)  # 本贴由王小五于2005年8月12日…发表.


# 栏目：要闻 发布人：张三 作者：王小五: a line of the page's fields, one of them its writer or source.
_FIELDS = rx.compile(r"^(?:[^\W\d_]{2,5}\s*[:：]\s*[^\s:：]{1,20}\s*){2,6}$")


# 2024年02月 (the day on a calendar leaf beside it), 3月5日（周二）: a date of its own line with
# no year or no day.
_PART_DATE = rx.compile(
    r"^(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2})"
    r"|\d{1,2}月\d{1,2}日\s*[（(](?:星期|周|週|礼拜|禮拜)?[一二三四五六日天][）)](?:\s*\d{1,2}[:：]\d{2})?)$"
)
# 阿木木 05月02日, 阿木木 3 天前, 3 天前: a post's date as a site prints it, no year, its poster's
# name before it (05月02日 alone is a date line already).
POSTED_NO_YEAR = rx.compile(
    r"(?P<name>[^\W\d_]{2,8})\s\d{1,2}月\d{1,2}日(?:\s\d{1,2}[:：]\d{2})?"
    r"|(?:(?P<poster>[^\W\d_]{2,8})\s)?\d{1,3}\s?(?:分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
)
# What a blog's or a portal's date line holds besides its date, source and writer: the site's
# address opening it (www.example.com 2024-03-05), the post's category (博主文章分类：…), its rights (©著作权).
_DATE_FURNITURE = rx.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|tw|hk|info|cc|tv)\b/?"
    r"|\S{0,4}(?:分类|分類|类别|類別|栏目|欄目|标签|標籤|频道|頻道)\s*[:：]\s*[^\s|｜]{1,12}"
    r"|©\s*(?:著作权|著作權|版权|版權)|(?:著作权|版权)所有"
)


# 本报记者 王小明 李四, 通讯员 X: the reporters a line names (read from a probe of the line).
REPORTERS = rx.compile(
    rf"(?:本报|本台|本刊|本网)?(?:特约|实习|见习|首席)?(?:记者|通讯员|实习生)[\s:：]*"
    rf"(?P<names>{_REPORTER_NAME}(?:[\s、，,]+{_REPORTER_NAME})*)"
)


# A blog's post line: ggjjzhzz 发表于 2005-9-15 11:46 names its poster, the author.
POSTER = rx.compile(r"^(?P<name>[^\s\d:：|｜()（）\[\]【】][^\s:：|｜()（）\[\]【】]{1,19})\s*(?:发表于|发布于|發表於)\s*[:：]?\s*(?:19|20)\d{2}")


def credit_in_dateline(line: str, shown: str) -> str | None:
    """作者：王昊阳 编辑：叶晋 as written, else the reporters the line names, else its poster."""
    credit = standalone_credit(line)
    if credit and not credit.startswith(("来源", "稿源")):
        credit = _COUNTERS_AFTER.split(credit_alone(credit), maxsplit=1)[0]  # 作者：王芳 2024-05-10 阅读 12, 作者：王芳｜2024-05-10
        return shown[line.index(credit) : line.index(credit) + len(credit)]
    poster = POSTER.match(line)
    found = (agency_filed(shown) or _reporter(line, shown) or _author_field(line, shown) or _name_before_date(line, shown)
             or _placed_writer(line, shown))
    return found or (shown[poster.start("name") : poster.end("name")] if poster else None) or _desk_writer(
        line, shown) or posted_on_writer(line, shown)


# 某某快讯／王小五 2020年03月12日: the desk, then the writer, before the date; 2024年7月16日 [ 王小五 ]:
# the writer's name in brackets among the line's fields (来源：[ 某某报 ] names no one).
_DESK_WRITER = rx.compile(r"^[^\W\d_]{2,8}\s*[／/]\s*(?P<name>[^\W\d_A-Za-z]{2,4})\s+(?:19|20)\d{2}\s*[-/.年]")
_BRACKETED_NAME = rx.compile(r"(?<![:：\s])\s*[\[【]\s*(?P<name>[^\W\d_A-Za-z]{2,3})\s*[\]】]")


def is_desk_writer(line: str) -> bool:
    """某某快讯／王小五 2020年03月12日: a desk's line naming its writer before the date."""
    return _DESK_WRITER.match(line) is not None and _desk_writer(line, line) is not None


def _desk_writer(line: str, shown: str) -> str | None:
    desk = _DESK_WRITER.match(line)
    if desk and not _NOT_A_NAME.search(desk.group("name")) and not _SECTION.search(desk.group("name")) and (
        desk.group("name") not in DESK_WORDS
    ):
        return shown[: desk.end("name")]
    named = _BRACKETED_NAME.search(line) if "[" in line or "【" in line else None
    if named and is_signed_name(named.group("name")) and not _NOT_A_NAME.search(named.group("name")):
        return shown[named.start("name") : named.end("name")]
    return None


def post_writer(line: str, shown: str) -> str | None:
    """原创 王小五 某某发布 …: the post's writer, when no credit of the page names one (原创 城市观察
    城市观察社 names the account twice, no writer; 原创 王小五 王小五 某某发布 the writer twice, then the account)."""
    match = POST_CREDIT.match(line)
    if match is None:
        return None
    twice = match.group("name") == match.group("account") and match.group("third") not in (None, match.group("name"))
    if not twice and (match.group("name") in match.group("account") or match.group("account") in match.group("name")):
        return None
    return shown[match.start("name") : match.end("name")]


# 谢若含2017-03-01 14:27:02, 谢若含 / 2017-03-01: a writer's name right before the date that opens the line.
# Two or three ideographs, as most names are (an account's or outlet's name is mostly longer).
NAME_BEFORE_DATE = rx.compile(r"^(?P<name>[^\W\d_A-Za-z]{2,3})\s*(?:[/／|｜]\s*)?(?:19|20)\d{2}\s*[-/.年]")
_NOT_A_NAME = rx.compile(
    r"(?:网|網|報|报|社|台|站|刊|所|局|部|厅|廳|办|辦|院|会|會|体|體|号|號|时间|時間|日期|发布|發佈|发表|發表|更新|来源|來源|本报|本報"
    r"|于|於)$"  # 发表于 2019-01-08, 更新于…: "on" a date, no one's name
)


# 港聞 2025.11.28, 财经 2024-05-10, 來論 2025.11.29: the page's section or column, not its writer.
_SECTION = rx.compile(
    r"(?:闻|聞|讯|訊|论|論|评|評)$|^(?:财经|財經|体育|體育|娱乐|娛樂|国际|國際|本地|港澳|两岸|兩岸|社会|社會|科技|生活|健康|教育|"
    r"军事|軍事|评论|評論|时政|時政|地方|文化|汽车|汽車|房产|房產|观点|觀點|专题|專題|视频|視頻|图片|圖片)$"
)


def writer_before_date(line: str) -> str | None:
    """The name written right before the date opening the line, if it names a person."""
    match = NAME_BEFORE_DATE.match(line)
    if match is None or _NOT_A_NAME.search(match.group("name")) or _SECTION.search(match.group("name")):
        return None
    return match.group("name")


def _name_before_date(line: str, shown: str) -> str | None:
    name = writer_before_date(line)
    if name:
        return shown[: len(name)]
    placed = _PLACED_WRITER.search(line) if ("报" in line or "報" in line) and _HAS_DATE.search(line) else None
    if placed is None or not _is_placed_person(placed.group(1)):  # 綜合/台北報導: a desk, no writer
        return None
    return shown[placed.start(1) :].strip()  # …2014.10.24 王小五/高雄報導


# 某某网2014.10.24 王小五/高雄报导: the writer, a slash and where the story was filed, closing a date line.
_PLACED_WRITER = rx.compile(r"(?<![^\s\d])([^\W\d_A-Za-z]{2,4}\s?[／/]\s?[^\W\d_A-Za-z]{2,6}(?:报导|报道|報導))$")
_HAS_DATE = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_DESK = rx.compile(r"(?:中心|组|組|部|社|台|室|处|處)$")


def _is_placed_person(credit: str) -> bool:
    """王小五/高雄報導 names a person; 國際中心/綜合報導, 生活中心/台北報導, 台北/綜合報導 a desk."""
    name, _, filed = credit.replace("／", "/").partition("/")
    name, filed = name.strip(), filed.strip()
    return not (name[:2] in DESK_WORDS or _NOT_A_NAME.search(name) or _SECTION.search(name) or _DESK.search(name)
                or filed.startswith(("综合", "綜合")))


# (?<!\s): a match starts where its run of spaces does, so a long run is read once, not once per space.
_COUNTERS_AFTER = rx.compile(r"(?<!\s)\s+(?=(?:19|20)\d{2}\s*[-/.年]|阅读|浏览|点击)")
# 发布时间：2024-03-05 来源：市应急管理局 作者：王芳 浏览次数：125: the author's field of the line.
_AUTHOR_FIELD = rx.compile(r"(?:^|[\s【\[|｜])((?:作者|撰文|撰稿|文)\s*[:：/／]\s*[^\s:：|｜()（）\[\]【】\d]{2,12})(?=[\s】\]|｜]|$)")


def _placed_writer(line: str, shown: str) -> str | None:
    span = dateline_writer(line)  # 某某時報 王小五／綜合報導 2013年…, 2014/03/19 18:58 王小五 李四 報導
    return shown[span[0] : span[1]] if span else None


def _author_field(line: str, shown: str) -> str | None:
    match = _AUTHOR_FIELD.search(line)
    return shown[match.start(1) : match.end(1)] if match else None


def _reporter(line: str, shown: str) -> str | None:
    """The reporters a dateline names, as written: 本报记者 王小明 (报道 left off)."""
    match = REPORTERS.search(line)
    if not match:
        return None
    tail = re.search(r"\s*(?:报道|摄影?|采写|整理)$", match.group())
    return shown[match.start() : match.start() + tail.start() if tail else match.end()]


_TRAILING_SEPARATORS = " \u3000|｜丨·•/／"  # 发布时间：2024年05月05日 |: the field after it was cut


# …来源：某某局　【字体：大 中 小】　打印, …【字体：大 中 小】【打印】【关闭】: the page's print and close
# buttons after the switcher, bare or bracketed (a few: the scan stays linear).
_BUTTON = r"(?:打印(?:本页|本頁)?|列印|关闭(?:窗口)?|關閉(?:視窗)?)"
_BUTTONS_TAIL = rx.compile(rf"(?!(?<=[ \u3000])[ \u3000])(?:[ \u3000]*[【\[]{_BUTTON}[】\]]|[ \u3000]+{_BUTTON}){{1,6}}$")


def bare_dateline(line: str) -> str:
    line = without_reading_time(_BUTTONS_TAIL.sub("", line))  # …｜阅读约12分钟: the page's estimate
    kept = _WIDGET_TAIL.sub("", _SHARE_TAIL.sub("", without_font_switcher(line))).rstrip(_TRAILING_SEPARATORS).strip(" （）()")
    for opening, closing in ("（）", "()"):  # 3月5日（周二）: the weekday keeps its bracket
        if kept.count(opening) > kept.count(closing):
            kept += closing
    return kept
