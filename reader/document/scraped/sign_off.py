"""A post's sign-off under its last paragraph: the author asking the reader to like, follow, share or
star (如果觉得有帮助，欢迎点赞收藏 / 我是某某…关注即可…三连): the blog's promotion, not the article;
and a notice's signature (某某委员会 over its date): the article's last line, with the contact and
attachment lines between the text and it."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import is_dateline, is_prose

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


# Who signs an announcement or a government notice (落款): an organisation's name.
_SIGNATORY = rx.compile(
    r"(?:董事会|监事会|委员会|有限公司|股份公司|办公室|办公厅|人民政府|人民法院|人民检察院|局|厅|协会|学会|研究院|研究所)$"
)
_SIGNATORY_MAX = 30


def signs_off(line: str, under: str) -> bool:
    """天津某某股份有限公司董事会 over 2005年8月25日: the signature that closes a notice."""
    return len(line) <= _SIGNATORY_MAX and bool(_SIGNATORY.search(line)) and not is_prose(line) and (
        is_dateline(under) or _FULL_DATE.match(under) is not None
    )


_FULL_DATE = rx.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


# 联系人：赵磊　联系电话：…, 附件：节日期间值班表: a notice's last lines over its signature.
_NOTICE_FOOT = rx.compile(r"^(?:(?:联\s*系\s*人|联系电话|联系方式|咨询电话|附\s*件\s*\d{0,2})\s*[:：]\s*\S|附\s*件\s*[:：]\s*$)")
# 2.某某申报指南 under 附件：1.某某计划表: the next attachment.
_NEXT_ATTACHMENT = rx.compile(r"^\d{1,2}\s*[.．、]\s*\S")
_FOOT_MAX = 8  # such lines between the text and the signature
_FOOT_LINE_MAX = 60


def signature_end(lines: list[str], end: int) -> int:
    """The end of the text [.., end) past a notice's signature under it (某某局 over its date),
    and past the contact and attachment lines between them (none: the end as it was): the
    signature, its date and the note under them (（此件公开发布）) close the notice's text."""
    k, listing = end, False
    while k < len(lines) and k - end < _FOOT_MAX and len(lines[k]) <= _FOOT_LINE_MAX and (
        _NOTICE_FOOT.match(lines[k]) or listing and _NEXT_ATTACHMENT.match(lines[k])
    ):
        listing = listing or lines[k].lstrip().startswith("附")
        k += 1
    if k + 1 < len(lines) and signs_off(lines[k], lines[k + 1]):
        end = k + 1
    elif not (0 < end < len(lines) and signs_off(lines[end - 1], lines[end])):
        return end
    return _with_publicity_note(lines, end + 1)  # the signature's date, then （此件公开发布）


# （此件公开发布）, （此件主动公开）, （联系人：张三，电话：…）: how a notice closes, under its date.
_PUBLICITY_NOTE = rx.compile(r"[（(]\s*(?:此件|本件)[^（）()]{2,10}[）)]|[（(]\s*联\s*系\s*人\s*[:：][^（）()]{1,60}[）)]")


def _with_publicity_note(lines: list[str], end: int) -> int:
    """The notice's closing note under its signature's date: its text, as the date is."""
    return end + 1 if end < len(lines) and _PUBLICITY_NOTE.fullmatch(lines[end].strip()) else end


def signature_date(lines: list[str], end: int) -> int | None:
    """The line of the signature's date closing the text [.., end), if a notice's signature and
    date close it (the date also dates the notice when nothing else does)."""
    last = end - 1 if end > 0 and _PUBLICITY_NOTE.fullmatch(lines[end - 1].strip()) else end
    return last - 1 if last >= 2 and signs_off(lines[last - 2], lines[last - 1]) else None
