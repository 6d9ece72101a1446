"""Words before a figure that make a predicate, not a noun phrase: 西塘最有名的是|一千多米长的
烟雨长廊 says what is most famous, and the figure measures the noun after it (烟雨长廊), never
the words before 的是; and a dimension said after a figure (一千多米|长的|烟雨长廊), the noun it
is of."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_words as words

# 最有名的是, 增长最快的就是, 最多的要数: a 的 phrase that names no noun, then the copula.
_NOMINAL_COPULA = rx.compile("的(?:就|则|还|便|正|也|都)?(?:是|要数|当属|首推|莫过于)")
# 一千多米|长的烟雨长廊, 300米|高的大厦: the figure is the noun's length, height…
_DIMENSION = rx.compile("[长高宽深厚粗重長寬]的")


# 的是|一款|3000元的手机: one of the noun's kind, said before the figure
_ONE_OF = rx.compile("一[个款栋座家条位名部台辆只件种项间所片处]")


def nominalised(simple: str) -> bool:
    """The words before the figure (simplified) end in a 的 phrase and a copula, with nothing
    after them but the words a level is said with (的是|长达, 的是|全长约 aside: 全长 is a noun)."""
    copulas = list(_NOMINAL_COPULA.finditer(simple))
    if not copulas:
        return False
    last = copulas[-1]
    rest = simple[last.end() :]
    rest = rest[one.end() :] if (one := _ONE_OF.match(rest)) else rest
    return words.tail_start(rest) == 0


def copula_inside(subject: str) -> bool:
    """园区最出名的就是全长|3公里: words read as a subject hold a 的 phrase and a copula, a clause."""
    return _NOMINAL_COPULA.search(subject.translate(words.T2S)) is not None


def after_copula(simple: str, after: str) -> str:
    """The text after a figure that follows a 的 phrase and a copula, from the 的 of a dimension
    said after it (的是|一千多米|长的烟雨长廊 → 的烟雨长廊); after as it is otherwise."""
    return after[1:] if _DIMENSION.match(after) and nominalised(simple) else after


def in_quoted_name(unit: str, after: str) -> bool:
    """“促消费30条”, “稳就业20条”: a count of items a quotation mark closes right after is a
    policy's name, not a measure of anything."""
    return after[:1] in ("”", "」") and unit.endswith(("条", "條", "项", "項", "招", "策"))


def goal(subject: str | None) -> bool:
    """设定目标, 增长目标: a target, which a change said after it is not of."""
    return bool(subject) and subject.translate(words.T2S).endswith(("目标", "任务", "预期"))  # type: ignore[union-attr]
