"""What closes a Taiwanese or Hong Kong news portal's article beyond box_heads' words: the reader's
prompts (喜歡這篇文章嗎？), the heads of its boxes of other stories (看過這篇的人也看過, 編輯部推薦,
今日熱門新聞, 你可能感興趣), its 看更多 links, the calls to follow the paper (一起加入某報 LINE 好友)
or to write to it (徵稿), to follow its other stories (追蹤更多…新聞：, 更多精彩新聞，都在…), the comments'
question (你怎麼看？) and box (討論區, 討論規範) and the site's claim on its texts (著作權聲明).

Lines are read as probes (hanzi.script: the patterns' traditional forms made simplified); the
characters the probe leaves as they are (這, 過, 選, 興, 蹤, 團, 絲, 讚, 嗎) are matched in both forms."""

from __future__ import annotations

from reader.document import rx

# 喜歡這篇文章嗎？快分享吧, 覺得這篇文章不錯嗎: the page asks the reader to share what was read.
_PROMPT = rx.compile(r"^(?:喜欢|觉得)[这這](?:篇|则|則)(?:文章|新闻|报导|报道)?(?:吗|嗎|不错|有用|如何|怎么样)")
# 看過這篇的人也看過..., 看了本文的人還看了, 讀過這篇文章的讀者也讀了: a box of other stories.
_READERS_ALSO = rx.compile(
    r"^(?:看|读)[过過了](?:[这這]篇|本篇|本文|此文)(?:文章|新闻)?的(?:人|读者|网友)[也还]?(?:都)?(?:看|读)[过過了]"
)
# 你可能感興趣, 您或許也會喜歡, 你可能還想看: a box's head (box_heads reads 你可能想看 / 猜你喜欢).
_MAY_LIKE = rx.compile(
    r"^(?:你|您)(?:可能|或许|也许)?(?:也|还)?(?:会)?(?:感[兴興]趣|有[兴興]趣|喜欢|想看|想读)(?:的)?(?:文章|新闻|内容|话题)?$"
)
# 編輯部推薦, 小編精選, 今日熱門新聞, 本週熱門, 熱門影音, 人氣排行: a head with the desk's or the day's
# word before the box's (box_heads' _BOX reads 编辑推荐, 热门新闻 bare).
_DESK_BOX = rx.compile(
    r"^(?:编辑部|编辑室|编辑|小编|记者|本报|本站)(?:推荐|精[选選]|[严嚴][选選]|[选選]读)"
    r"|^(?:今日|本日|即时|最新|本周|本週|每周|每週|24小时|近期|全站|网站)?(?:热门|人气|最热|热读)"
    r"(?:新闻|文章|影音|影片|视频|话题|排行|排行榜|推荐|点阅|关键字|标签)?$"
)
# 看更多, 看更多新聞, 往下看更多文章, 點我看更多: the link to more of the site's stories.
_MORE = rx.compile(r"^(?:往下|点我|点此|按此|马上|立即)?看更多(?:新闻|文章|内容|报导|报道|影音|精彩)?\s*[>»›…\.。！!]*$")
# 一起加入某報Telegram，新聞不漏接！, 快加入某某電子報APP、LINE好友, 訂閱某某YouTube頻道: the paper's
# call to follow it: a word urging the reader (一起, 快, 立即…) before the verb, or a promise after
# the channel (不漏接, 第一手); Latin channel names as words (not Online, BIG). Not 一、下载App并注册账号.
_URGED = r"(?:一起|快|赶快|立即|立刻|马上|欢迎|记得|请|点此|点我|按此|免费)"
_CHANNELS = (
    r"(?:(?<![A-Za-z])(?:LINE|Line|Telegram|YouTube|Youtube|IG|Instagram|Facebook|FB|APP|App|app)(?![A-Za-z])"
    r"|好友|粉[丝絲][团團]|粉[丝絲]专页|电子报|频道)"
)
_CHANNEL = rx.compile(
    rf"{_URGED}.{{0,4}}(?:加入|追[踪蹤]|订阅|按[赞讚]|关注|下载).{{0,16}}?{_CHANNELS}"
    rf"|^(?:加入|追[踪蹤]|订阅|按[赞讚]|关注|下载).{{0,16}}?{_CHANNELS}.{{0,12}}(?:不漏接|第一手|最新消息|每日|好康)"
    rf"|^(?:按[赞讚])?(?:加入|追[踪蹤]|订阅|关注)\S{{1,16}}?{_CHANNELS}$"  # 訂閱某某YouTube頻道: the channel its last word
)
# ◆ 追蹤更多某台影音及圖文新聞：, 關注更多財經新聞: the call to follow the channel's other stories
# (not 关注更多的是民生新闻: a 的 makes it the text's clause).
_FOLLOW_MORE = rx.compile(r"^[◆◇●■□▶►★☆※▲]?\s*(?:追[踪蹤]|订阅|关注)更多[^\s的]{1,20}?(?:新闻|影音|消息|报导|报道|资讯)[：:]?$")
# 【更多精彩新聞，都在《某某》粉絲團】, 更多文章，都在【某某專欄】, 更多新聞都在某某新聞網: where more of the
# paper's stories are: a channel after 都在, in brackets or named by its kind (not 更多新闻都在讲…).
_MORE_THERE = rx.compile(
    r"^[【\[]?更多(?:精彩)?(?:文章|新闻|内容|报导|报道|评论)?[，,]?都在\s*"
    r"(?:[《【\[「]|[^\s，,、的]{0,12}?(?:粉[丝絲][团團]|[专專][栏欄]|网|網|[频頻]道|APP|App|app|(?<![A-Za-z])[A-Za-z][A-Za-z0-9.]+)"
    r"\s*[】\]」》]?\s*[!！~～]*$)"
)
# 討論區, 討論規範, 留言規則: the comments' box and its rules (讨论 alone heads a paper's discussion).
_TALK_BOX = rx.compile(r"^(?:[讨討][论論]|留言)(?:[区區]|[规規][范範]|[规規][则則])$")
# 你怎麼看？, 對此您怎麼看: the comments' box asking the reader.
_YOUR_VIEW = rx.compile(r"^(?:对此)?(?:你|您|大家)(?:怎[么麼]看|觉得呢|有什[么麼]看法)[？?]?$")
# 【某報徵稿】, 徵稿啟事, 歡迎投書: the paper's call for contributions under its stories.
_CALL = rx.compile(r"^[【\[]?[^\W\d_]{0,6}[征徵]稿(?:[启啟]事)?[】\]]?$|^欢迎(?:各界)?投(?:书|書|稿)")
# 某某新聞著作權聲明：…, 著作權聲明: the site's claim on its texts under each of them.
_SITE_RIGHTS = rx.compile(r"^.{0,16}?著作权(?:声明|所有(?!人))(?:[:：，,\s]|$)")  # not 著作权所有人, the law's word
_CHANNEL_MAX = 40  # characters: a call of a clause or two, not a paragraph of the text
_HEAD_MAX = 16  # characters: a box's head is a few words
_TALK_BOX_MAX = 4
_SENTENCE_ENDS = frozenset("。！？")  # a call names where to go; a line ending a sentence is the text's


def closes_news_article(line: str) -> bool:
    """A prompt, a box's head, a 看更多 link or a call to follow the paper: the article is over."""
    if "著作" in line and _SITE_RIGHTS.match(line):
        return True  # 某某新聞著作權聲明：非法抄襲…, however long
    size = len(line)
    if size > _CHANNEL_MAX:
        return False  # most lines: paragraphs
    # Character tests first (in C): most short lines open with none of the words the patterns
    # open with and hold none of the verbs a call to follow the paper needs.
    first = line[:1]
    if first in _OPENERS and (_YOUR_VIEW.match(line) or _PROMPT.match(line) or _READERS_ALSO.match(line)):
        return True
    if ("稿" in line or "投" in line) and _CALL.match(line):
        return True
    if size <= _HEAD_MAX and (
        first in _OPENERS and (_MAY_LIKE.match(line) or _DESK_BOX.match(line)) or "看更多" in line and _MORE.match(line)
    ):
        return True
    return _follow_more(line, size) or not _CALL_VERBS.isdisjoint(line) and "。" not in line and _CHANNEL.search(line) is not None


def _follow_more(line: str, size: int) -> bool:
    """追蹤更多…新聞：, 更多精彩新聞，都在…, or the comments' box 討論區."""
    calls = "更多" in line and line.rstrip()[-1:] not in _SENTENCE_ENDS  # 更多新闻都在讲同一件事：…。: the text's
    return calls and bool(_FOLLOW_MORE.match(line) or _MORE_THERE.match(line)) or (
        size <= _TALK_BOX_MAX and _TALK_BOX.match(line) is not None)


# The first characters of _YOUR_VIEW, _PROMPT, _READERS_ALSO, _MAY_LIKE and _DESK_BOX (probes: simplified).
_OPENERS = frozenset("对你您大喜觉看读编小记本今即最每2近全网热人")
_CALL_VERBS = frozenset("加追订按关下")  # 加入, 追踪, 订阅, 按赞, 关注, 下载
