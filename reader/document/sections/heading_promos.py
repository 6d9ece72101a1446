"""An advertisement set inside the text: its slogan (限时特惠, 发送GP到6666查行情) over the offer
(…下单立减五百元，欢迎选购) is the page's, not a section of the article: no head, and kept out of
the text as chrome."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import ends_sentence, numbered_style

# A call to the reader to buy, sign up or subscribe: 发送GP到6666, 立即购买, 扫码领取.
_CALL = rx.compile(
    r"发送\s*\S{1,8}\s*到\s*\d{3,}|订阅.{0,8}(?:新闻|资讯|快讯|理财|短信|服务)|扫码(?:关注|下载|购买|下单|领取|报名)"
    r"|(?:立即|马上|点击|赶快|赶紧|现在)(?:购买|抢购|下单|领取|报名|订阅|预订|预约)"
)
# What a call gives the reader to act on: a number or a code to send, a QR code, a hotline.
_CONTACT = rx.compile(r"\d{3,}|[A-Za-z]{2,}|扫码|二维码|热线|电话|微信|公众号|客服")
# A question (如何订阅短信服务, 现在预约挂号需要注意什么) is the article asking, not a call to buy.
_QUESTION = rx.compile(r"[？?]|什么|怎么|怎样|为何|如何|哪|是否|吗|呢")
# What an offer under a slogan says besides (not a price: an article on a sale gives them too).
_OFFER = rx.compile(r"(?:订购|报名)热线|立减|欢迎(?:选购|订购|垂询|惠顾)")
# The words of an advertisement's slogan: 限时特惠, 新品促销, 会员福利.
_SLOGAN = rx.compile(r"广告|推广|赞助|特惠|促销|限时|优惠|福利|团购|秒杀|抢购|折扣|特价|新品上市|免费领")
_FIELD = rx.compile(r"[：:]")
_OFFER_MAX = 2  # lines under a slogan that make the offer
_SLOGAN_MAX = 20  # characters: a slogan is a few words
_CALL_LINE_MAX = 40  # characters: a call to buy on a line of its own, not a sentence of the article


def is_call_to_buy(line: str) -> bool:
    """发送GP到6666 随时随地查行情, 扫码领取: a line asking the reader to buy or subscribe, with a
    number, code or contact to do it by, or the call closing it; never a question, a numbered
    head (三、…) or a field's value (报名方式：扫码报名: the article saying how)."""
    call = _CALL.search(line)
    if call is None or _QUESTION.search(line) or numbered_style(line) is not None:
        return False
    if _FIELD.search(line, 0, call.start()):
        return False
    return call.end() == len(line) or _CONTACT.search(line) is not None  # 订阅精彩新闻 closing it


def promotions(lines: list[str], heads: list[int]) -> set[int]:
    """The heads that are an advertisement's: a call to buy itself, or a slogan over an offer
    that asks the reader to buy (the lines under it up to the next head, two at most)."""
    out: set[int] = set()
    for k, i in enumerate(heads):
        below = heads[k + 1] if k + 1 < len(heads) else len(lines)
        if is_call_to_buy(lines[i]) or _offer_under(lines, i, below) is not None:
            out.add(i)
    return out


def ad_lines(lines: list[str]) -> set[int]:
    """The lines of the advertisements set inside a text: a short call to buy alone (发送GP到6666
    随时随地查行情), a slogan and the offer under it."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) > _CALL_LINE_MAX or ends_sentence(line):
            continue
        if is_call_to_buy(line):
            out.add(i)
        elif (offer := _offer_under(lines, i, len(lines))) is not None:
            out.update(range(i, offer + 1))
    return out


def _offer_under(lines: list[str], i: int, below: int) -> int | None:
    """The last line of the offer under a slogan at line i (none under `below`)."""
    line = lines[i]
    if len(line) > _SLOGAN_MAX or _SLOGAN.search(line) is None or _FIELD.search(line):
        return None  # 备注：仅限成人票半价优惠 is a field of the article's list
    if numbered_style(line) is not None or _QUESTION.search(line):
        return None  # 三、限时优惠 is a section of an article about the sale
    offer = range(i + 1, min(below, i + 1 + _OFFER_MAX))
    return next((j for j in offer if is_call_to_buy(lines[j]) or _OFFER.search(lines[j])), None)
