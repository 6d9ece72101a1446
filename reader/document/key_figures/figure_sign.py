"""A figure's sign and direction: -2.9%, －0.1%, −3, 负35亿元 and 零下5℃ are below zero; 上涨0.3%
and 下降0.3% are not the same figure even where the number is. No subjects here (figure_subjects)."""

from __future__ import annotations

from reader.document import rx

# The minus written before a number: ASCII -, full-width －, the minus sign −, 负 (not 正负,
# ±), 零下. Not after a letter, digit or closing mark: PM2.5-3, 2020-3, A-5 are names or spans.
_SIGN = rx.compile(r"(?:(?<![\dA-Za-z.．%％)）\]])[-－−]|(?<!正)负|零下)[ \u00a0]?$")
# …nor after a figure's unit: 365天-104天 subtracts (an operator between two figures).
_AFTER_FIGURE = rx.compile(r"\d(?![\u4e00-\u9fff]{0,2}[年月日号时季度份])[\u4e00-\u9fff]{1,3}[ \u00a0]?$")  # 2020年|-5%: a sign
_UP = rx.compile("(?:上涨|上升|增长|增加|提高|提升|加快|扩大|回升|反弹|升|涨|增|多)[了约达为至到]?$")
_DOWN = rx.compile("(?:下降|下跌|降低|减少|下滑|回落|放缓|收窄|缩小|萎缩|亏损|降|跌|减|少)[了约达为至到]?$")
DIRECTION_WINDOW = 6  # characters before the figure a direction word is looked for in


def sign_before(before: str) -> str:
    """The minus (as written) that ends before, the text right before a number; "" if none."""
    found = _SIGN.search(before[-3:])
    if found is None:
        return ""
    operator = found.group().strip(" \u00a0") in "-－−"  # 负 and 零下 are words, never operators
    if operator and _AFTER_FIGURE.search(before[-8 - len(found.group()) : len(before) - len(found.group())]):
        return ""
    return found.group()


def direction(before: str) -> str:
    """"+" after a word of rising (上涨, 增长 …), "-" after one of falling (下降, 减少 …),
    else "": figures said with different directions are different figures."""
    tail = before[-DIRECTION_WINDOW:]
    if _DOWN.search(tail):
        return "-"
    return "+" if _UP.search(tail) else ""
