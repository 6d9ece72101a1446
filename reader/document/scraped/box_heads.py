"""Lines that close an article, beyond patterns._HARD_STOP's: the mark that says it is over
(（完）, - END -), the head of a box of other stories or of the comments (精选推荐, 热门评论), and
a site's standing lines under it (本文仅代表作者观点…, 扫码关注…公众号)."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.news_tails import closes_news_article

# （完）, 【全文完】, - END -, —— 完 ——: the writer's or the editor's mark that the text is over.
_END_MARK = rx.compile(r"^[（(【\[〔\-—–─=\s]*(?:全文完|本文完|完|END|End|end)[）)】\]〕\-—–─=\s]*$")
# 精选推荐, 推荐新闻, 你可能还想看, 其他人也在看, 本栏目最新, 同类文章, 更多>>: a box of the site's stories
# (新闻推荐, 本周热点, 大家都在看 too).
_BOX = rx.compile(
    r"^(?:(?:推荐|精选|精彩|最新|热门|热点|其他|其它|同类|本类|本栏目|本栏|更多|相关|往期|今日|为你|为您|猜你|你可能|大家都在|图片)"
    r"(?:(?:人|网友|读者|用户)?[也还]?(?:想看|喜欢|在看|爱看|看了)|(?:新闻|文章|资讯|阅读|推荐|看点|稿件|内容|报道|专题|视频|图片|图集|动态|最新|热文|好文|精选))"
    # 新闻, 本周 open an article's own lines too (新闻报道, 新闻动态, 本周最新): only these heads close it.
    r"|新闻推荐|(?:本周|24小时)热点|大家都在看"
    # 其它生活新闻, 更多国际新闻: the channel's other stories
    r"|(?:其他|其它|更多)(?:生活|国际|国内|政治|财经|社会|娱乐|体育|地方|两岸|大陆|科技|健康|旅游|焦点|要闻|即时)新闻)"
    r"\s*[:：>»]*$|^更多\s*[>»]+$"
)
# 热门评论, 全部评论（12）, 我来说两句, 发表你的看法: the comments' box.
_COMMENTS = rx.compile(
    r"^(?:热门|最新|全部|精彩|精选|网友)?(?:评论|留言|跟帖)(?:区|列表)?\s*(?:[（(]\s*\d+\s*[）)])?$|^我来说两句|^发表(?:你|您)的(?:看法|评论)"
)
_HEAD_MAX = 12  # characters: a box's head is a few words
# 扫描二维码关注…公众号, 下载某某客户端/APP…: the site's promotion, however it is worded.
_PROMOTION = rx.compile(r"^(?:扫描|扫码|长按|识别|下载|打开|关注|点击|更多精彩)")
_PROMOTION_FIRST = frozenset("扫长识下打关点更")  # the first characters of _PROMOTION's words
_PROMOTED = rx.compile(r"二维码|客户端|APP|App|app|公众号|微信号|视频号")
_PROMOTION_MAX = 40
# 本文仅代表作者观点，不代表本站立场: the site's standing disclaimer of a contributed text.
_STANCE = rx.compile(r"仅代表作者(?:本人|个人)?(?:的)?观点|不代表本(?:站|网|平台|刊|报|号)(?:的)?(?:观点|立场)")
_STANCE_MAX = 80


# 【打印】【关闭窗口】, 打印本页 关闭窗口: the page's print and close buttons.
_PRINT_CLOSE = rx.compile(r"关闭窗口|关闭本页|打印本页|打印此页|打印此文|[【\[]打印[】\]]")
# 1 2 3 下一页, 首页 上一页 1 2 下一页 尾页: the article's other pages, under this one's text.
# A digit at a time: (?:\d+\s*){2,} split a long run of digits every way (exponential).
_PAGES = rx.compile(r"^(?:首页\s*)?(?:上一页\s*)?(?:\d\s*){2,}(?:下一页|尾页)")
# 关键词：教育 小学 城南 (two words or more: 关键词：高质量发展 alone may head a part of the text).
_TAGS = rx.compile(r"^(?:关键词|关键字|标签|Tags?)\s*[:：]\s*[^\s,，、;；|｜]{1,10}(?:[\s,，、;；|｜]+[^\s,，、;；|｜]{1,10})+$")
# 原文链接：https://…, 本文链接：…: the address of what was just read (its spaces read one way, possessive:
# the line is tried whatever its length).
_LINK_FIELD = rx.compile(r"^(?:原文链接|本文链接|文章链接|原文地址|本文地址)\s*+[:：]?\s*+https?://")
# 【纠错】【责任编辑：王五】, 【我要纠错】责任编辑：王五: buttons, then the editor's credit.
_BUTTONS_THEN_EDITOR = rx.compile(r"^(?:[【\[][^】\]]{1,6}[】\]]\s*)+[【\[（(]?\s*(?:责任编辑|责编|编辑)\s*[:：]")
# 觉得不错，请点个在看, 欢迎分享转发: a post's closing request to its readers.
_REQUEST = rx.compile(r"点个?(?:在看|赞)|分享(?:给|到)朋友圈|欢迎(?:分享|转发)")
_WIDGETS_MAX = 30


def closes_article(line: str) -> bool:
    """An end mark, a box's head or a site's standing line: what follows it is not the article's."""
    if is_link_field(line):
        return True  # 本文链接： https://…: the address of what was just read, however long
    size = len(line)
    if size > _STANCE_MAX:
        return False  # most lines: paragraphs
    if size <= _HEAD_MAX and (_ends_mark(line) or line[:1] in _BOX_FIRST and (_BOX.match(line) or _COMMENTS.match(line))):
        return True
    if size <= _PROMOTION_MAX and line[:1] in _PROMOTION_FIRST and _PROMOTION.match(line) and _PROMOTED.search(line):
        return True
    if size <= _WIDGETS_MAX and _widgets(line) or closes_news_article(line):
        return True
    return "代表" in line and _STANCE.search(line) is not None


# The first characters of _BOX's and _COMMENTS' words: most short lines (a head of the text) open
# with none of them and are spared both matches.
_BOX_FIRST = frozenset("2为今你其同图大往推新更最本热猜相精全发我留网评跟")


def _ends_mark(line: str) -> bool:
    # Every end mark holds 完 or END in one of its cases: `in` scans in C.
    return ("完" in line or "END" in line or "End" in line or "end" in line) and _END_MARK.match(line) is not None


def is_link_field(line: str) -> bool:
    """本文链接： https://…, 原文地址：…: the address of the post, in its licence box."""
    return line[:1] in "原本文" and _LINK_FIELD.match(line) is not None


def _widgets(line: str) -> bool:
    """The page's buttons, pages, tags, link or request under the text (see the patterns above)."""
    first = line[:1]
    return bool(
        ("关" in line or "打" in line) and _PRINT_CLOSE.search(line)
        or (first.isdecimal() or first in "首上") and _PAGES.match(line)
        or first in "关标Tt" and _TAGS.match(line)
        or first in "【[" and _BUTTONS_THEN_EDITOR.match(line)
        or ("点" in line or "分享" in line or "欢迎" in line) and _requests(line)
    )


_TERM_MAX = 20  # characters of the words a list's item names before its colon
_EXPLAINED_MIN = 4  # characters of what it says of them


def _requests(line: str) -> bool:
    """觉得不错，请点个在看 asks the reader; 点赞、分享等正向行为：用户喜欢的表示 names the words
    (several, or a kind: 、 or 等) and explains them, an item of the text's list."""
    found = _REQUEST.search(line)
    if found is None:
        return False
    colon = next((k for k, ch in enumerate(line) if ch in "：:"), -1)
    term, said = line[:colon], line[colon + 1 :].strip()
    return not (found.end() <= colon <= _TERM_MAX and ("、" in term or "等" in term) and len(said) >= _EXPLAINED_MIN)
