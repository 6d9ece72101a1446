"""A post's sign-off under its last paragraph: the author asking the reader to like, follow, share or
star (如果觉得有帮助，欢迎点赞收藏 / 我是某某…关注即可…三连): the blog's promotion, not the article."""

from __future__ import annotations

from reader.document import rx

# What the author asks of the reader, as posts close.
_ASKS = rx.compile(
    r"(?:觉得|认为).{0,12}(?:有用|有帮助|不错|有收获|喜欢)|别忘了|记得.{0,4}(?:点赞|关注|收藏|转发|分享)|三连|"
    r"点个?赞|点个?在看|(?:欢迎|求).{0,6}(?:关注|转发|分享|点赞|收藏|订阅|[Ss]tar)|微信搜索|关注即可|扫码关注|"
    r"长按.{0,6}(?:关注|识别)"
)
# The asking turned to the reader or naming the post or account: not 欢迎社会各界关注和监督, the article's.
_TO_THE_READER = rx.compile(r"你|您|大家|小伙伴|朋友们|文章|本文|公众号|博客|专栏|GitHub|主页")
_SIGN_OFF_MAX = 4  # lines of such a sign-off
_LINE_MAX = 120


def asks_the_reader(line: str) -> bool:
    """Does the line ask the reader to like, follow, share or star the post (twice, or to them)?"""
    if len(line) > _LINE_MAX:
        return False
    asks = _ASKS.findall(line)
    return len(asks) >= 2 or bool(asks) and _TO_THE_READER.search(line) is not None


def without_sign_off(lines: list[str], start: int, end: int) -> int:
    """The text [start, end) without the sign-off lines that close it."""
    k = end
    while k - 1 > start + 1 and end - k < _SIGN_OFF_MAX and asks_the_reader(lines[k - 1]):
        k -= 1
    return k
