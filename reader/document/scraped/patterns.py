"""What scraped lines look like: the vocabulary a careful editor uses to tell chrome from article."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.bylines.date_numerals import western_dates
from reader.document.scraped.box_heads import closes_article
from reader.document.scraped.font_switcher import is_font_switcher
from reader.document.scraped.form_lines import is_table_row

SENTENCE_END = "。！？!?…；;"
_CLOSERS = "”’」』）)】》\"'"
PROSE_MIN_LENGTH = 40  # a line this long is body text even without final punctuation
HEADING_MAX_LENGTH = 36

# Site furniture: navigation, widgets, sharing, account links.
CHROME_WORDS = frozenset(
    ["首页", "登录", "注册", "搜索", "网站地图", "设置首页", "调整字体", "字号", "关注", "分享", "分享到", "Facebook", "facebook", "Twitter", "twitter", "LINE", "Line", "Plurk", "打印", "收藏", "评论", "返回", "关闭", "纠错", "主编信箱", "查看评论", "发表评论", "我要跟帖", "阅读全文", "扫码阅读全文", "更多", "下载APP", "触屏版", "手机版", "繁体", "转繁体版", "简体版", "旧版回顾", "赞", "赏", "赞赏", "赞赏支持", "赞赏作者", "打赏", "打赏作者", "点赞", "在看", "隐藏边栏", "A+", "A-", "上一篇", "下一篇", "返回顶部", "English", "分享按钮", "复制链接", "+复制链接", "已复制链接", "链接已复制", "複製連結", "已複製連結", "举报", "推荐", "已推荐", "用户名", "密码", "匿名", "验证码", "昵称", "记住我", "找回密码", "退出", "客户端", "扫一扫", "报料", "订阅", "x", "×", "网站导航", "全局导航", "联系我们", "关于我们", "广告服务", "正在加载...", "正在加载", "加载中", "加载更多", "展开全文", "收起", "广告", "Advertisement", "Advertisements", "ADVERTISEMENT"]
)
# An entry's tool buttons (编辑 锁定 讨论): page chrome in a row of buttons, a word of the text alone.
# An entry's or a post's row of tool buttons (编辑 锁定 讨论): no words of the text (credits.py too).
ROW_TOOLS = ("编辑", "讨论", "锁定", "收藏", "分享", "举报", "上传视频", "播报", "历史", "评论", "纠错", "打印", "点赞")
_ROW_TOOLS = frozenset(ROW_TOOLS)
_CHROME_LINE = rx.compile(
    r"^(?:分享到|分享至|扫描|扫一扫|扫二维码|用微信扫描|点击|相关(?:新闻|阅读|文章|推荐|链接)|热门|热点|"
    r"推荐阅读|延伸阅读|猜你喜欢|你可能会喜欢|精彩推荐|最新文章|头条文章|本站推荐|网友|跟贴|留言|文章知识点与|\S.{0,60}?\d\s?人正在系统学习中$|"
    r"评论[（(]|已输入|还可输入|发表|查看|阅读\s*\d|责任编辑|关键词|标签|上一篇|下一篇|转载请注明|"
    r"正在(?:加载|读取|载入)|(?:加载|读取|载入)中|【纠错】|纠错$|请(?:先)?(?:同意|接受)[^，。]{0,16}(?:隐私|[Cc]ookie)|"
    # 打开凤凰新闻，查看更多高清图片 / 下载某某客户端，阅读全文: an app's promotion, not the text
    r"(?:打开|下载|安装)[^\W\d_]{0,10}?(?:APP|App|app|客户端|新闻)[，,\s]*(?:查看|阅读|看|了解)(?:更多|全文|原文)|"
    # 返回某某，查看更多: the way back to the portal; 立即下载「某某」App，…: a call to install its app
    r"返回[^\W\d_]{1,8}[，,\s]*(?:查看|阅读|看)(?:更多|全文)|"
    r"(?:立即|马上|现在|快)(?:下载|安装)[「“《]?[^\W_]{1,10}[」”》]?\s*(?:APP|App|app|客户端)|"
    # 【延伸阅读】某某: one story's link under its box's label, on the line of its own
    r"[【\[](?:延伸阅读|相关(?:新闻|阅读|文章|报道|链接)|推荐阅读)[】\]])"
)
_CHROME_FIRST, _LEARNERS = frozenset("[【上下你关分加发头安已延快打扫推文最本查标正点热猜现用留相立精纠网评请读责跟转载返还阅马"), "人正在系统学习中"  # _CHROME_LINE's first characters, but for a course's count of learners (…1234人正在系统学习中): most lines are spared the match
# Copyright lines in two patterns: only the Latin words need IGNORECASE, which stops the regex
# engine from skipping ahead to a possible first character (≈10× slower on a line of Chinese).
# A licence in a footer is followed by its number (许可证 苏B2-2014…, 许可证0105108号, 许可证（广媒）
# 字第172号) or by another licence; 依法取得医疗机构执业许可证的… is an article's sentence.
_COPYRIGHT = rx.compile(
    r"版权所有|©|公网安备|举报电话|举报邮箱|违法和不良信息|未经授权禁止|营业执照|"
    r"许可证(?=\s*(?:[:：（(【A-Za-z0-9]|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-Za-z0-9字]|$|[-|｜]|\S{0,12}许可证))"
)
_COPYRIGHT_LATIN = rx.compile(r"copyright|all rights reserved|ICP[备证]", re.IGNORECASE)
_META = rx.compile(
    r"^(?:来源|作者|时间|日期|发布时间|发布日期|更新时间|浏览|浏览次数|点击数?|阅读|编辑|责编|校对|记者|"
    r"通讯员|摄影|供稿|所属分类|分类专栏|文章标签|分类|标签|关键词|关键字|电话|地址|邮箱|传真|本文原标题|原标题|"
    r"本文来源|文章来源|出处|Source|URL)\s*[:：|｜]"
)
_DATE_LINE = rx.compile(
    r"^[（(]?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日)"
    r"[\s\d:：]*(?:[（(]?星期.[）)]?)?\s*(?:来源[:：]?.*)?[）)]?$"
)
_LONE_NUMBER = rx.compile(r"^[\d\s.,:：/|｜>+-]+$")
BREADCRUMB = rx.compile(r"^[您你]?的?(?:现在|当前|目前|所在)?的?位置\s*[:：]|\S\s*[>＞»›]\s*\S")  # 您当前的位置：
_BREADCRUMB_PREFIX = rx.compile(r"^[您你]?的?(?:现在|当前|目前|所在)?的?位置\s*[:：]\s*")
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_BREADCRUMB_SPLIT = rx.compile(r"(?!(?<=\s)\s)\s*[>＞»›]+\s*")

# Photo captions: how they open (图：…, ▲…), how they end (…摄, …供图) or a credit inside.
CAPTION_HEAD = rx.compile(r"(?:图[：:]|图注|图为|图片|图/|▲|△|↑|资料图|配图|（图|\(图)")
CAPTION_TAIL = ("摄", "摄影", "供图", "图")
DISCLAIMER_START = rx.compile(
    r"^[【\[]?\s*(?:版权与免责声明|版权及免责声明|免责声明|特别声明|郑重声明|本站郑重声明|"
    r"法律声明|版权声明|平台声明|风险提示|声明)\s*(?:[】\]:：]|$|\s)"
    # 该文观点仅代表作者本人，某平台仅提供信息存储空间服务。 alone: a statement, its label left off
    r"|^(?=.{0,80}$)(?=(?:该文|本文|此文|文章|以上(?:文章|内容)?)(?:观点|内容)?仅代表作者(?:本人|个人)?(?:观点|立场)?[，,。]"
    r"|[^。，,]{0,16}仅提供信息(?:存储|发布)(?:空间)?服务)"
)

_UNITS = "年月日号时分秒个%％点岁元万亿多余家名位人条项次天种只本篇部台辆倍成米公斤吨度期届版页章节例股户间座"
# Numbered heading styles, major to minor.
NUMBERED_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", rx.compile(r"^第\s?[一二三四五六七八九十百零〇\d]+\s?[章编篇部]\s*")),  # 第 一 章 (Taiwan's laws) too
    ("section", rx.compile(r"^第\s?[一二三四五六七八九十百零〇\d]+\s?节\s*")),  # 第一节 under 第一章
    ("hex", rx.compile(r"^0[xX][0-9A-Fa-f]{1,2}(?![0-9A-Za-z])\s*(?=\S)")),  # 0x01 某某: a hacker's count
    ("cn", rx.compile(r"^[一二三四五六七八九十]{1,3}[、.．]\s*")),
    ("paren_cn", rx.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\s*")),
    # 1. 1、 1） and 1 影视业“瑟瑟发抖” (a count and a space), never 3 月 or 10 家 (a figure and its unit)
    ("arabic", rx.compile(r"^\d{1,2}(?:[.．、)）]\s*(?!\d)|\s+(?=[^\s\d" + _UNITS + r"]))")),
    ("paren_arabic", rx.compile(r"^[（(]\d{1,2}[）)]\s*")),
    ("circled", rx.compile(r"^[①-⑳]\s*(?=\S)")),  # ① 结构体: the most minor count
)
_NUMBERED_PATTERN = dict(NUMBERED_STYLES)
NUMBERED_RANK = {name: rank for rank, (name, _) in enumerate(NUMBERED_STYLES)}  # 0: the major
SYMBOL_LED = rx.compile(r"^[■□●◆◇★☆▶►◎※▍▌▋▎▐]\s*")
LIST_DASH = rx.compile(r"^(?:──|——|—|-|·|•|●)\s*")


def strip_closers(line: str) -> str:
    return line.rstrip(_CLOSERS + " ")


def ends_sentence(line: str) -> bool:
    stripped = strip_closers(line)
    return bool(stripped) and stripped[-1] in SENTENCE_END


# Headlines strung on one line (宏福苑火災｜封窗與外隔絕…　七旬翁獲妻提醒…): parts set apart by a wide
# space or a bar, and not one clause mark in the whole line, as a sentence would have.
_HEADLINE_PARTS = rx.compile(r"\S[\u3000｜︱|]+\S")
_IN_SENTENCES = frozenset("，。；！？,;!?")


def is_headline_string(line: str) -> bool:
    """Several headlines on one line: a list of links, however long, not a paragraph."""
    # The test of the marks first: a paragraph holds one, and is spared the search.
    return _IN_SENTENCES.isdisjoint(line) and _HEADLINE_PARTS.search(line) is not None


def is_prose(line: str) -> bool:
    """Body text: a sentence, or a line too long to be anything else."""
    return len(line) >= PROSE_MIN_LENGTH or (len(line) >= 4 and ends_sentence(line))


_HARD_STOP = rx.compile(
    r"^(?:分享到|发表评论|我要评论|网友评论|评论[（(]|相关(?:新闻|阅读|文章|推荐|链接|资讯|报道|专题)|推荐阅读|延伸阅读|"
    r"猜你喜欢|你可能会喜欢|上一篇|下一篇|【上一篇】|【下一篇】|热门(?:文章|新闻|推荐)|留言与评论|往期推荐|往期回顾|"
    r"原标题\s*[:：]|[【\[（(]?\s*(?:责任编辑|责编|编辑|审核|校对|审读|审\s读|监制|值班编辑|编审)\s*[:：/／|｜︱丨]|"
    r"首页\s*[|｜]?\s*上一页|【(?:延伸阅读|相关(?:新闻|阅读|文章|报道|链接)|推荐阅读)】)"
)
_HARD_FIRST = frozenset(  # the first characters of _HARD_STOP's alternatives, and no other
"分发我网评相推延猜你上下【热留往原[（(责编审校监值首")
# A notice that the article may not be copied ends it: what follows is the site's.
_REPOST_NOTICE = rx.compile(
    r"未经.{0,16}(?:授权|许可|同意).{0,12}(?:转载|转贴|复制|摘编|镜像|使用)|"
    r"(?:禁止|不得|请勿|谢绝)(?:任何)?(?:转载|转贴|复制|摘编)|转载请注明|(?:著作权|版权)归.{0,20}所有|如需转载|"
    r"(?:如若|如要|若要|若需)转载"
)
_REPOST_NOTICE_MAX = 120


# A box's heading (精彩视频推荐, 阅读排行榜) or a comment count (已有1件评论): the article is over.
_BOX_HEAD = rx.compile(
    r"^.{0,6}(?:视频|精彩|编辑|热门|今日|为你|为您|相关|猜你)推荐$|^.{0,6}排行榜?$|^.{0,6}(?:热读|热文)$|"
    r"(?:已有|共有|共)\s*\d+\s*[条件个]?(?:评论|留言|回复)"
)
_BOX_HEAD_MAX = 40


_SITE_FOOTER = rx.compile(r"ICP|备案|公网安备|(?:19|20)\d{2}\s*[-—–]\s*(?:19|20)\d{2}|版权所有|All rights", re.IGNORECASE)
_NOTICE_MIN = 20  # characters: 禁止转载 alone is a footer's


def is_rights_notice(line: str) -> bool:
    """The article's own rights statement (…权益归腾讯公司独家所有。未经授权，不得转载), not the
    site's footer (版权所有 © 2000-2024, ICP备…)."""
    return (
        _NOTICE_MIN <= len(line) <= _REPOST_NOTICE_MAX
        and _is_repost_notice(line)
        and not _SITE_FOOTER.search(line)
    )


def _is_repost_notice(line: str) -> bool:
    # An item of a numbered list (（一）未经消费者同意，收集、使用…) is the article's rule, not a notice.
    return _holds_repost_notice(line) and numbered_style(line) is None


def _holds_repost_notice(line: str) -> bool:
    # Every match of _REPOST_NOTICE holds one of these: `in` scans in C, where the search, its
    # alternatives opening with eight characters, is tried at every position of a paragraph.
    hint = ("转" in line or "权" in line or "复制" in line or "摘编" in line or "镜像" in line
            or "使用" in line)
    return hint and _REPOST_NOTICE.search(line) is not None


# 友情链接： 某某网 某某网, 猜你感兴趣： …: a label over the links set after it, however long the line.
_LINKS_LABEL = rx.compile(r"^(?:友情链接|猜你感兴趣|你可能感兴趣|相关搜索|热门搜索|热门标签)\s*[:：]")


def is_hard_stop(line: str) -> bool:
    """Page furniture that only ever follows the article: credits, sharing, comments, related links."""
    if closes_article(line) or line[:1] in "友猜你相热" and _LINKS_LABEL.match(line):
        return True
    if len(line) > _REPOST_NOTICE_MAX:  # a paragraph (most lines): no box's head, no notice of its own
        return line[:1] in _HARD_FIRST and _HARD_STOP.match(line) is not None and _holds_repost_notice(line)
    if is_prose(line) and not _holds_repost_notice(line):
        return False  # 相关报道称，… is a sentence of the article, not a box of links
    if len(line) <= _BOX_HEAD_MAX and ("推" in line or "排" in line or "热" in line or "已有" in line or "共" in line) and _BOX_HEAD.search(line):
        return True
    # Lines come stripped (normalize.text_lines); _HARD_STOP opens with one of _HARD_FIRST.
    if line[:1] in _HARD_FIRST and _HARD_STOP.match(line):
        return True
    return ("转" in line or "复制" in line or "摘编" in line or "镜像" in line or "使用" in line or "版权" in line) and _is_repost_notice(line)  # every notice holds one: most lines are spared


def is_lone_number(line: str) -> bool:
    """Digits and punctuation only: 2024, 3.14, ---."""
    return bool(_LONE_NUMBER.match(line))


def is_chrome(line: str) -> bool:
    bare = line.strip(" |｜-·•>:：")
    words = bare.split()
    return (
        bare in CHROME_WORDS
        or (len(words) > 1 and all(w.strip("|｜") in CHROME_WORDS or w.strip("|｜") in _ROW_TOOLS for w in words))
        or (bare[:1] in _CHROME_FIRST or _LEARNERS in bare) and _CHROME_LINE.match(bare) is not None
        or is_font_switcher(bare)  # 字體大小：小 中 大
        or is_table_row(line)  # 索引号：… | 主题分类：… | 发文机关：…
        or bool(_LONE_NUMBER.match(line))
        or ((len(line) < 80 or "。" not in line) and _is_copyright(line))
        or _spaced_footer(line)
    )


# A licence's or a filing's number: 京ICP证030173号, 许可证：10120170001, 京公网安备11010802020088号.
_LICENCE_NUMBER = rx.compile(r"(?:ICP|许可证|公网安备|备案号)[^，。；]{0,8}?\d{5,}", re.IGNORECASE)


def is_site_footer(line: str) -> bool:
    """A footer's licences or rights however long the line (…许可证10120170001 | …许可证B1-2006…), its
    letters maybe spaced out (某 某 网 版 权 所 有): a licence's number or two of a footer's words
    (营业执照 alone is a statute's item too), and no full stop nor ；, as an article's sentence has."""
    if "。" in line or "；" in line:
        return False
    if _LICENCE_NUMBER.search(line) or _spaced_footer(line):
        return True
    cues = {m.group().lower() for m in _COPYRIGHT.finditer(line)}
    return len(cues | {m.group().lower() for m in _COPYRIGHT_LATIN.finditer(line)}) >= 2


def _spaced_footer(line: str) -> bool:
    # Letters spaced out: a space for every two characters or more (counted in C).
    return line.count(" ") * 3 >= len(line) and "。" not in line and _is_copyright(line.replace(" ", ""))


def _is_copyright(line: str) -> bool:
    if _COPYRIGHT.search(line):
        return True
    # Every match holds t or T (all that match t ignoring case), 备 or 证: `in` scans in C, with
    # nothing to compile (a class of CJK characters costs the regex compiler ≈0.3 ms).
    hint = "t" in line or "T" in line or "备" in line or "证" in line
    return hint and bool(_COPYRIGHT_LATIN.search(line))


def is_meta(line: str) -> bool:
    """A date, source or author line under a title, or a key-value line of the page."""
    return bool(_META.match(line) or _DATE_LINE.match(line)) or (
        len(line) <= 60 and ("来源:" in line or "来源：" in line) and not ends_sentence(line)
    )


def is_breadcrumb(line: str) -> bool:
    if len(line) > 80:
        return False
    # Every match holds 位(置) or a mark: `in` scans in C, while BREADCRUMB, opening with a
    # branch, is tried at every position of the line.
    hint = "位" in line or ">" in line or "＞" in line or "»" in line or "›" in line
    return hint and bool(BREADCRUMB.search(line)) and not ends_sentence(line)


def breadcrumb_items(line: str) -> tuple[str, ...]:
    bare = _BREADCRUMB_PREFIX.sub("", line)
    return tuple(item for item in _BREADCRUMB_SPLIT.split(bare) if item)


# Every numbered style opens with one of these or a decimal digit (\d is str.isdecimal()): most
# lines are turned away by one test instead of five regex matches.
_NUMBERED_FIRST = frozenset("第一二三四五六七八九十（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def numbered_style(line: str) -> str | None:
    first = line[:1]
    if first not in _NUMBERED_FIRST and not first.isdecimal():
        return None
    for name, pattern in NUMBERED_STYLES:
        if pattern.match(line):
            return name
    return None


def is_bare_number(line: str) -> bool:
    """A lone list marker such as (一) or 3. with nothing after it."""
    style = numbered_style(line)
    if style is None:
        return False
    return not _NUMBERED_PATTERN[style].sub("", line).strip()


# ---- Lines that are lists of links: a navigation bar, a list of cities, a row of tags. ----

_LINK_SEPARATORS = rx.compile(r"[\s|｜丨/·•>»]+|\s-\s")
_CLAUSE_MARKS = frozenset("，。！？；：,;!?")
_LINK_LIST_MIN_ITEMS = 4
_LINK_ITEM_MAX = 7  # mean characters an item: 广州 深圳, 要闻 党建, 首页|新闻|图片


_LABEL = rx.compile(r"^[^\s：:]{1,6}[：:]")  # 热词：滚动 生活宝典 …


def is_link_list(line: str) -> bool:
    """Many short items side by side and no clause: a navigation bar or a list of links."""
    if "，" in line or "。" in line or not _LINK_SEPARATORS.search(line):  # most lines
        return False
    line = _LABEL.sub("", line, count=1)
    if not _CLAUSE_MARKS.isdisjoint(line):
        return False
    items = [item for item in _LINK_SEPARATORS.split(line) if item]
    if len(items) < _LINK_LIST_MIN_ITEMS:
        return False
    return sum(map(len, items)) / len(items) <= _LINK_ITEM_MAX


# ---- Date lines: 2024-05-12 17:19 来源：新华网, 发稿时间：…, 原创：39健康网2024-04-23 12:27 ----

_FULL_DATE = rx.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}|"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}"  # 3/26/2020, 11-22-2014: month, day, year
)
_DATELINE_WORDS = rx.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|格林尼治标准时间|北京时间|最后|"
    r"星期.|周.|来源|來源|作者|编辑|責任編輯|责任编辑|记者|發布|发布|发稿|发表|更新|出版|时间|時間|日期|原创|原創|出处|"
    r"浏览|点击|阅读|字号|[大中小]|分享|打印|次|\d+|[:：|｜丨/（）()\[\]【】\s·-]"
)
_DATELINE_MAX = 90
_ERA_LONGER = 8  # characters a date of the Republic's years (中華民國103年) takes beyond its digits
# Saturday, September 10th, 2005 10:56 am / 10 Sep 2005: a blog's English date line.
_ENGLISH_DATE = rx.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}"
)
_ENGLISH_DATELINE_WORDS = 8  # Posted by someone on Saturday, September 10th, 2005 at 10:56 am
_DATELINE_REST = 16  # characters besides the date and its labels: a source name, an author or two
_DATELINE_REST_WITH_COMMA = 6


def is_dateline(line: str) -> bool:
    """A line that dates the article: a full date, and little beside it but a source or author."""
    if len(line) > _DATELINE_MAX + _ERA_LONGER:
        return False
    if "年" in line or line[2:3] == "-":
        line = western_dates(line)  # 發文日期 中華民國103年6月4日, 二〇二四年三月五日, 24-5-13 17:07
    if len(line) > _DATELINE_MAX or ("20" not in line and "19" not in line and "月" not in line):
        return False  # every full date holds one of these: `in` scans in C
    if ends_sentence(line):
        return False
    if not _FULL_DATE.search(line):
        english = _ENGLISH_DATE.search(line)
        return bool(english) and len(line.split()) <= _ENGLISH_DATELINE_WORDS and line.isascii()
    rest = len(_DATELINE_WORDS.sub("", line.replace("，", "")))
    # 2021年3月1日，市委召开全会…: a sentence that opens with its date is not a date line.
    return rest <= (_DATELINE_REST_WITH_COMMA if "，" in line else _DATELINE_REST)
