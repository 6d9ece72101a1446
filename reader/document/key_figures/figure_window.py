"""The words around a key figure as figure_subjects.py reads them: the clause before it (with a
copula or a range that belongs to the clause before, an aside in brackets blanked), the text
after it, and the words before a level without the time the level is at."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

MEASURES = words.ATTRIBUTE_END | frozenset("速")
LEVEL_NOUNS = MEASURES | frozenset("入润")
_COPULA = rx.compile("为|约为|达|达到|共计|合计")
_DIGIT = rx.compile(r"\d")
_ASIDE = rx.compile(r"[（(][^（）()\d\n]{1,20}[）)]")
# An aside any noun may carry: its abbreviation (CPI) or what it leaves out or takes in (不含农户).
_ABBREVIATION = rx.compile(r"[（(]\s*[A-Za-z][A-Za-z\s.-]{0,11}[）)]")
_SCOPE_NOTE = rx.compile(r"[（(](?:不含|含|包括|不包括|扣除|剔除|不计)")
_QUOTES = (("《", "》"), ("“", "”"), ("「", "」"))


def clause_head(pieces: list[str], before: str) -> str:
    """The words before a figure in its clause; 成人票原价：|599元 reads as 成人票原价为599元,
    最大的是手续费及佣金净收入，为|24亿元 as …净收入为24亿元 (a clause of a copula alone)."""
    head = pieces[-1]
    if len(pieces) < 2:
        return head
    if not head.strip() and len(pieces[-2]) <= 8 and before.rstrip().endswith(("：", ":")):
        return pieces[-2] + "为"
    comma = before[len(before) - len(head) - 1 : len(before) - len(head)] in ("，", ",")
    if comma and _COPULA.fullmatch(head.strip()) and not _DIGIT.search(pieces[-2]):
        return pieces[-2] + head.strip()
    if comma and head.lstrip().startswith(("从", "由")) and _topic(pieces[-2]):
        return pieces[-2] + head  # 水稻单产，|从1950年代的|150公斤: the measure is the topic
    return head


def _topic(clause: str) -> bool:
    """A clause that only names a measure (中国的水稻单产), the topic of the clause after it."""
    noun = nouns.valid(clause.strip()) if len(clause.strip()) <= nouns.SUBJECT_MAX else None
    return bool(noun) and not _DIGIT.search(clause) and (
        nouns.ends_in(noun, MEASURES | frozenset("产")) or nouns.measure_noun(noun))


def untimed(text: str) -> str:
    """上升到|2005年的|114%: the words before a level without the time it is at."""
    if at_time := words.AT_TIME.search(text):
        return text[: at_time.start()] + at_time.group()[0].strip("0123456789去今上同目现")
    return text


def after_text(after: str) -> str:
    """5% 的征收率: a space before 的 does not end the figure's clause (a space alone may: a
    headline's 增长1.79倍 两年平均增长…)."""
    stripped = after.lstrip(" ")
    return stripped if stripped.startswith("的") else after


def unbracketed(before: str) -> str:
    """政府投资（按国有经济口径）|从745.9亿元: an aside in brackets after a measure (or after any
    noun, its abbreviation or a scope note: 居民消费价格（CPI）, 投资（不含农户）), without a
    number, blanked (as long as it was) so that the measure stays in the figure's clause (赵晶
    （化名）开始…: after a name, not a measure, it stays)."""
    def blank(aside: re.Match[str]) -> str:
        noun = nouns.BREAK.split(before[: aside.start()])[-1]
        measure = nouns.ends_in(noun, LEVEL_NOUNS) or nouns.measure_noun(noun) or (
            nouns.ends_in(noun, words.NOUN_END) and bool(
                _ABBREVIATION.fullmatch(aside.group()) or _SCOPE_NOTE.match(aside.group())))
        return " " * len(aside.group()) if measure and not _DIGIT.search(noun) else aside.group()

    return _untitled(_ASIDE.sub(blank, before))


def _untitled(before: str) -> str:
    """《中国科学家研制出“软体飞机”造价不到|十万元》, 写着“功勋奖注册费|2900元”: a figure inside a
    title or a quote is read in it alone (its 《 or “ ends the clause before, as a full stop
    would: same length)."""
    for opening, closing in _QUOTES:
        opened = before.rfind(opening)
        if opened >= 0 and before.rfind(closing) < opened:
            before = before[:opened] + "。" + before[opened + 1 :]
    return before
