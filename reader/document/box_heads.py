"""Lines that close an article, beyond patterns._HARD_STOP's: the mark that says it is over
(（完）, - END -), the head of a box of other stories or of the comments (精选推荐, 热门评论), and
a site's standing lines under it (本文仅代表作者观点…, 扫码关注…公众号)."""

from __future__ import annotations

from reader.document import rx

# （完）, 【全文完】, - END -, —— 完 ——: the writer's or the editor's mark that the text is over.
_END_MARK = rx.compile(r"^[（(【\[〔\-—–─=\s]*(?:全文完|本文完|完|END|End|end)[）)】\]〕\-—–─=\s]*$")
# 精选推荐, 推荐新闻, 你可能还想看, 本栏目最新, 同类文章, 更多>>: a box of the site's stories.
_BOX = rx.compile(
    r"^(?:推荐|精选|精彩|最新|热门|热点|其他|其它|同类|本类|本栏目|本栏|更多|相关|往期|今日|为你|为您|猜你|你可能|大家都在|图片)"
    r"(?:还?(?:想看|喜欢|在看|爱看)|(?:新闻|文章|资讯|阅读|推荐|看点|稿件|内容|报道|专题|视频|图片|图集|动态|最新|热文|好文|精选))"
    r"\s*[:：>»]*$|^更多\s*[>»]+$"
)
# 热门评论, 全部评论（12）, 我来说两句, 发表你的看法: the comments' box.
_COMMENTS = rx.compile(
    r"^(?:热门|最新|全部|精彩|精选|网友)?(?:评论|留言|跟帖)(?:区|列表)?\s*(?:[（(]\s*\d+\s*[）)])?$|^我来说两句|^发表(?:你|您)的(?:看法|评论)"
)
_HEAD_MAX = 12  # characters: a box's head is a few words
# 扫描二维码关注…公众号, 下载某某客户端/APP…: the site's promotion, however it is worded.
_PROMOTION = rx.compile(r"^(?:扫描|扫码|长按|识别|下载|打开|关注|点击|更多精彩)")
_PROMOTED = rx.compile(r"二维码|客户端|APP|App|app|公众号|微信号|视频号")
_PROMOTION_MAX = 40
# 本文仅代表作者观点，不代表本站立场: the site's standing disclaimer of a contributed text.
_STANCE = rx.compile(r"仅代表作者(?:本人|个人)?(?:的)?观点|不代表本(?:站|网|平台|刊|报|号)(?:的)?(?:观点|立场)")
_STANCE_MAX = 80


def closes_article(line: str) -> bool:
    """An end mark, a box's head or a site's standing line: what follows it is not the article's."""
    size = len(line)
    if size > _STANCE_MAX:
        return False  # most lines: paragraphs
    if size <= _HEAD_MAX and (_END_MARK.match(line) or _BOX.match(line) or _COMMENTS.match(line)):
        return True
    if size <= _PROMOTION_MAX and line[:1] in _PROMOTION_FIRST and _PROMOTION.match(line) and _PROMOTED.search(line):
        return True
    return "代表" in line and _STANCE.search(line) is not None


_PROMOTION_FIRST = frozenset("扫长识下打关点更")  # the first characters of _PROMOTION's words
