"""Amounts written in Chinese numerals (三千亿元, 两万名, 十余个, 五成): the pattern that finds
them beside the Arabic figures, and their value."""

from __future__ import annotations

import re

from reader.document import rx

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_PLACES = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = "[零〇一二两兩三四五六七八九十百千]"
_GUESS = rx.compile("[一二两兩三四五六七八九]{2}")  # 七八十, 三四百: about, not a value
# Not inside a longer numeral or word: 第三, 数十万, 几百, 每两个, 星期三, 上百 (a bound's upper
# end after 以上 is a figure: 处五百元以上|二千元|以下罚款).
_NOT_AFTER = "(?<![零〇一二两兩三四五六七八九十百千万亿萬億几幾数數第每周週星礼禮])(?:(?<=以上)|(?<!上))"
# A few lives lost or people hurt are counted even in small numerals (造成两人死亡, 断送了三条人命,
# 致五人受伤): the count is the news, not a word such as 两人 (the two of them) or 一条 (a).
_CASUALTY_UNITS = ("人", "名", "条", "位", "具")
_CASUALTY_AFTER = rx.compile(r"(?:人命|性命|生命|(?:人|名|同胞|工人|村民|游客|乘客)?(?:死亡|遇难|身亡|"
                             r"丧生|罹难|受伤|重伤|轻伤|失踪|被困|中毒))")
# A span said to last, in small numerals (为期两周, 长达三个月): its length is the news.
_SPAN_UNITS = ("天", "日", "周", "週", "个月", "個月", "个星期", "個星期", "年")
_LASTS = rx.compile(r"(?:为期|為期|长达|長達|历时|歷時)\s*$")
_CASUALTY_BEFORE = rx.compile(r"(?:造成|导致|致使|致|夺走|夺去|断送|断送了|夺走了|夺去了)$")


def numeral_figure(unit_pattern: str) -> re.Pattern[str]:
    """A figure in Chinese numerals, with the groups of an Arabic one: (range start: never),
    numeral, (decimals: never), unit (its magnitude, 余/多 and unit, as in 万名 or 余个)."""
    first = "(?:[一二两兩三四五六七八九十]|[百千](?=[余多]))"  # 百余台, 千余人: one hundred, one thousand
    numeral = rf"{first}{_NUMERAL}{{0,6}}(?:万{_NUMERAL}{{1,6}})?"
    return rx.compile(rf"(?=[一二两兩三四五六七八九十百千]){_NOT_AFTER}()({numeral})()((?:余|多)?"
                      rf"(?:{unit_pattern}))")


def is_amount(numeral: str, unit: str, before: str = "", after: str = "") -> bool:
    """An amount, not a word that holds a numeral: ten or more (十余个, 三千亿元), or scaled by
    万/亿 (两万名), or a share in tenths (五成), or a ratio (四倍), or people killed or hurt
    (before, after: the text either side), or a span said to last (为期两周); 一个, 三名, 两年 are words, 七八十台 a guess."""
    if _GUESS.search(numeral):
        return False
    if unit in _SPAN_UNITS and _LASTS.search(before):
        return True
    harm, cause = bool(_CASUALTY_AFTER.match(after)), bool(_CASUALTY_BEFORE.search(before))
    if unit in _CASUALTY_UNITS and (harm and cause if numeral == "一" else harm or cause and after[:1] not in "个次"):
        return True  # 一 only between a cause and the harm (致使一人死亡; 任何一人受伤: a word)
    return bool(set(numeral) & set("十百千万") or unit.lstrip("余多").startswith(("万", "亿"))
                or unit in ("成", "倍"))


def numeral_value(numeral: str) -> float:
    """三千 → 3000, 十余 → 10, 三万五千 → 35000, 二〇二 → 202."""
    if "万" in numeral:
        high, _, low = numeral.partition("万")
        return numeral_value(high) * 10_000 + (numeral_value(low) if low else 0)
    if not set(numeral) & _PLACES.keys():
        return float(int("".join(str(_DIGITS[c]) for c in numeral if c in _DIGITS) or 0))
    total, digit = 0, 0
    for char in numeral:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _PLACES:
            total += (digit or 1) * _PLACES[char]
            digit = 0
    return float(total + digit)
