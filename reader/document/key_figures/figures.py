"""Find the quantities an article quotes: numbers with their units, typed, with their subjects.

Linear in the text whatever it holds: a figure is labelled from at most WINDOW characters
either side of it, no pattern backtracks over more than a figure, and FigureScan reads the
text in steps of a bounded size, so the window can find figures between two paints.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence

from reader.document import rx
from reader.document.key_figures.figure_compound import compound_figure, compound_value
from reader.document.key_figures.figure_numerals import is_amount, numeral_figure, numeral_value
from reader.document.key_figures.figure_sign import sign_before
from reader.document.key_figures.figure_subjects import WINDOW, Labeller
from reader.document.model import Block, BlockKind, Document, Figure, FigureKind

# Units as written after a number, each optionally scaled by 万/亿/千 (3.3亿吨, 1.8万名, 万亿元).
_BASE_UNITS: dict[FigureKind, tuple[str, ...]] = {
    FigureKind.MONEY: ("美元", "港元", "欧元", "日元", "英镑", "元", "人民币", "港币", "美金"),
    FigureKind.PERCENT: ("个百分点", "%", "％", "‰", "成"),
    FigureKind.DURATION: ("个多月", "个月", "小时", "分钟", "周年", "年", "天", "晚", "秒"),
    FigureKind.COUNT: (
        "人次", "人", "户", "名", "家", "座", "所", "项", "条", "件", "起", "辆", "台", "套", "只",
        "倍", "批", "处", "标准箱", "间", "艘", "架", "位", "例", "株", "粒", "种", "列", "份", "部",
        "次", "支", "本", "篇", "头",
    ),
    FigureKind.AREA: ("平方公里", "平方千米", "平方米", "平米", "公顷", "英亩", "亩"),
    FigureKind.OTHER: (
        "千瓦时", "兆瓦时", "千瓦", "兆瓦", "吉瓦时", "吉瓦", "GWh", "MWh", "kWh", "GW", "MW", "公里", "千米", "厘米", "毫米", "公分", "毫升", "米", "斤", "总吨", "吨", "千克", "公斤", "岁", "℃", "点",
    ),
}
_MAGNITUDES = ("万亿", "千亿", "百亿", "亿", "万", "千")
# Traditional forms, so Big5 articles (億元, 萬人, 個) are read the same way.
_TRADITIONAL = str.maketrans("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準間戶",
                             "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准间户")
_SIMPLIFIED_TO_CLASS = {s: f"[{s}{t}]" for t, s in zip("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準戶",
                                                        "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准户",
                                                        strict=True)}


def _either_script(text: str) -> str:
    return "".join(_SIMPLIFIED_TO_CLASS.get(ch, re.escape(ch)) for ch in text)


def _alternation(words: list[str]) -> str:
    return "|".join(_either_script(w) for w in sorted(words, key=len, reverse=True))


_UNIT_KIND: dict[str, FigureKind] = {u: k for k, units in _BASE_UNITS.items() for u in units}
# 个 counts only with a measure word or alone: 16个区 but 303个 (not 303个区 of 区级), 28个 (not
# 28个省 of 省份, 5个区 of 区域, 12个县 of 县市).
_GE = _either_script("个") + "(?:(?:" + _alternation(
    ["区", "县", "市", "省", "镇", "乡", "村", "街道", "社区", "国家", "城市", "部门", "项目"]
) + ")(?![级属内級屬份域庄镇鎮场場民落街县縣市乡鄉村区區群]))?"
_UNIT_PATTERN = (
    f"(?:(?:(?:{_alternation(list(_MAGNITUDES))})(?:余|多|餘)?)?(?:{_alternation(list(_UNIT_KIND))})"
    f"|(?:{_alternation(list(_MAGNITUDES))})[个個]|{_alternation(list(_MAGNITUDES))}|{_GE})"
)
_PER = "(?:[/／](?:平方米|平米|吨|人|股|桶|公斤|千克|克|年|月|天|小时))?"  # 2.8万元/平方米
# A range's first number (3至5年, 10%—15%, 2.6万元~2.8万元) is part of the figure.
_RANGE = rf"(?:(\d{{1,12}}(?:\.\d{{1,6}})?)(?:{_UNIT_PATTERN})?[-~～—–至])?"
# (?=\d) first: the scan rejects a non-digit at once instead of trying both lookbehinds (3× faster).
# Bounded repeats: a longer run of digits is an id or a hash, not a quantity, and a match no
# longer than _FIGURE_SPAN lets FigureScan read a long block in slices.
_START = r"(?=\d)(?<![\d.．A-Za-z%％])(?<!\d,)(?!(?<=\d[ ，])\d{3}(?!\d))"
_AMOUNT = (
    r"(\d{1,3}(?:[, ]\d{3}){1,8}(?!\d)|\d{1,3}(?:，\d{3}){2,8}(?!\d)|\d{1,24})([.．]\d{1,24})?"
    rf"[ \u00a0]?((?:余|多|餘)?{_UNIT_PATTERN}){_PER}"  # 17 年: spaced as some pages do
)
_FIGURE = rx.compile(_START + _RANGE + _AMOUNT)
_SINGLE = rx.compile(_START + "()" + _AMOUNT)  # a figure that is not a range, the same groups
_NUMERAL_FIGURE = numeral_figure(_UNIT_PATTERN)  # 三千亿元, 两万名, 十余个, 五成
_COMPOUND = compound_figure(_START, _alternation(list(_UNIT_KIND)))  # 1亿2000万元: one figure
_FIGURE_SPAN = 128  # more than a match of _FIGURE and the character its look-ahead reads
_YEAR_LIKE = rx.compile(r"(?:1\d|20)\d\d|0\d")  # 1850年, 2016年, 04年: dates
_NOT_AFTER = rx.compile(r"[代中初底末前后]?(?:代|届)|期(?!间|内|满)")  # 30年代, 第3届, 1年期
_NOT_BEFORE = rx.compile(
    r"(?:第|公元前?|No\.?|NO\.?|编号|电话|热线|阅读(?:时间|时长|用时|需要?|约)?|评论|点赞|浏览|收藏|转发|分享|点击|回复|关注|粉丝|播放|"
    r"人气|赞|顶|踩)[\s:：]?$"
)
_POINT = rx.compile("[.．]")
_FIRST_MONTHS = rx.compile("(?<![提之以])前[ \u00a0]?$")  # 前4个月, 前 4 个月
_OF = rx.compile("[多余]?(?:的|或|和|与|及|至|到|左右|以上|以下|上下)")
_ABOUT = rx.compile("[余多餘]")
_NUMERALS = frozenset("一二两三四五六七八九十百千")
# After these units, a word they start: 3成立, 5部门, 10支持, 2本科.
_NOT_UNIT = {"成": rx.compile("[立员功本果交绩熟品型都就为]"), "部": rx.compile("[门分长署队委级属位件]"),
             "支": rx.compile("[持付出撑援柱部队]"), "本": rx.compile("[科地届次市年身土金部质]"),
             "头": rx.compile("[条部像版脑发目号等上顶]")}
_HAN = rx.compile(r"[\u4e00-\u9fff]")
_CLASSIFIERS = frozenset({"个", "家", "名", "座", "所", "项", "条", "件", "辆", "台", "套", "批", "处",
                          "只", "间", "艘", "架", "位", "人", "人次", "户", "例", "株", "粒", "种", "列",
                          "份", "部", "次", "支", "本", "篇", "头"})
CONTEXT_MAX = 60  # the clause shown with a figure, the figure included
_CONTEXT_BREAK = rx.compile(r"[，。；：！？,;:!?\n]")
_SKIP_KINDS = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.CODE})
STEP_CHARS = 2048  # text FigureScan.step() reads: ≈0.1 ms, ≈3 ms if it is all figures
# A figure (or going on to the next block) costs a step as much as this many characters: its
# subject and context take ≈ 40 µs, as long as reading 24 characters of text and more.
_FIGURE_COST = 24
# No article quotes this many (the corpus: ≤ 209); a file that does is a table or junk, and
# a longer list would take the Statistics panel a long turn to make.
FIGURES_MAX = 10_000


def document_figures(doc: Document) -> tuple[Figure, ...]:
    """The key figures of doc's body in text order: found on the first call (≈5 ms for a long
    article; the window finds them in FigureScan steps) unless keep_figures() gave them; kept
    in doc.derived."""
    derived = doc.derived
    if derived.figures is None:
        derived.figures = tuple(find_figures(doc.text, doc.blocks))
    return derived.figures


def keep_figures(doc: Document, figures: tuple[Figure, ...]) -> None:
    """Take figures found in steps (a FigureScan of doc) as doc's."""
    doc.derived.figures = figures


def find_figures(text: str, blocks: Sequence[Block]) -> list[Figure]:
    """The figures in the article's body (not inside code) in text order, the first
    FIGURES_MAX of them."""
    scan = FigureScan(text, blocks)
    while not scan.done:
        scan.step()
    return scan.figures


class FigureScan:
    """find_figures() in steps, each reading at most about STEP_CHARS characters of text."""

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self.figures: list[Figure] = []
        self._text, self._blocks = text, blocks
        self._index = 0  # the block being read
        self._pos = blocks[0].start if blocks else 0  # where the search in it goes on
        self._labeller = Labeller()

    @property
    def done(self) -> bool:
        return self._index >= len(self._blocks) or len(self.figures) >= FIGURES_MAX

    def step(self, budget: int = STEP_CHARS) -> None:
        """Find the figures in about budget more characters of the text."""
        while budget > 0 and not self.done:
            budget -= self._read(budget)

    def _read(self, budget: int) -> int:
        """Find figures on from _pos in the current block, for at most budget; the cost."""
        block = self._blocks[self._index]
        pos = self._pos
        if block.kind in _SKIP_KINDS or pos >= block.end:
            self._next_block()
            return _FIGURE_COST
        stop = min(block.end, pos + budget)
        # Two characters before for the look-behinds, and a figure's span after stop: a figure
        # that starts before stop is matched whole, as in the whole block.
        first = max(block.start, pos - 2)
        piece = self._text[first : min(block.end, stop + _FIGURE_SPAN)]
        found = 0
        for match in _matches(piece, pos - first):
            if first + match.start() >= stop:
                break
            self._pos = first + match.end()
            self._add(match, first, block)
            found += 1
            if self._pos - pos + found * _FIGURE_COST >= budget or self.done:
                return budget  # spent: the search goes on after this figure, as finditer's would
        self._pos = max(self._pos, stop)
        if self._pos >= block.end:
            self._next_block()
        return stop - pos + found * _FIGURE_COST

    def _next_block(self) -> None:
        self._index += 1
        if self._index < len(self._blocks):
            self._pos = self._blocks[self._index].start
        self._labeller = Labeller()

    def _add(self, match: re.Match[str], base: int, block: Block) -> None:
        start, end = base + match.start(), base + match.end()
        # + 2: a clause of up to WINDOW characters is read whole, with the mark (——) before it.
        before = self._text[max(block.start, start - WINDOW - 2) : start]
        after = self._text[end : min(block.end, end + WINDOW)]
        figure = _figure(match, start, before, after, self._labeller)
        if figure is not None:
            self.figures.append(figure)


def _matches(piece: str, pos: int) -> Iterator[re.Match[str]]:
    """The figures in Arabic and in Chinese numerals from pos on, in text order, none inside
    another."""
    end = -1
    # A compound first: where it and 1亿 of 1亿2000万元 start together, the merge keeps it.
    for match in heapq.merge(_compounds(piece, pos), _FIGURE.finditer(piece, pos),
                             _NUMERAL_FIGURE.finditer(piece, pos), key=lambda m: m.start()):
        if match.start() >= end:
            end = match.end()
            yield from _unmixed(piece, match)


def _compounds(piece: str, pos: int) -> Iterator[re.Match[str]]:
    return (match for match in _COMPOUND.finditer(piece, pos) if compound_value(match[2]))


def _unmixed(piece: str, match: re.Match[str]) -> Iterator[re.Match[str]]:
    """match, or the two figures it joins when it reads as a range of two units: 增长24%至58亿元
    is a change to a level, not a range (2.6万元~2.8万元, 3万-5万元 are ranges)."""
    low_unit = piece[match.end(1) : match.start(2) - 1] if match.group(1) else ""
    if not _bare_unit(low_unit) or _bare_unit(low_unit) == _bare_unit(match.group(4)):
        yield match
        return
    first, second = _SINGLE.match(piece, match.start()), _SINGLE.match(piece, match.start(2))
    yield from (part for part in (first, second) if part is not None)


def _bare_unit(unit: str) -> str:
    """The unit without its magnitude and "more than": 万余元 → 元, 万 → ""."""
    scaled = re.sub("[余多餘]", "", unit.translate(_TRADITIONAL))
    for magnitude in _MAGNITUDES:
        scaled = scaled.removeprefix(magnitude)
    return scaled


def _figure(
    match: re.Match[str], start: int, before: str, after: str, labeller: Labeller
) -> Figure | None:
    """The figure match stands for, at start; before and after: the text either side of it
    (WINDOW characters are read); labeller: the subjects of the block so far."""
    before, after = before[-(WINDOW + 2) :], after[:WINDOW]
    low, digits, decimals, unit = match.group(1, 2, 3, 4)
    decimals, compound = decimals or "", None
    scaled = re.sub("[余多餘]", "", unit.translate(_TRADITIONAL))  # 13万余亩: 万亩
    bare_unit = scaled.removeprefix("万亿").removeprefix("亿").removeprefix("万").removeprefix("千")
    bare_unit = bare_unit or scaled  # 3.3亿: the magnitude is the unit
    kind = _UNIT_KIND.get(bare_unit, FigureKind.COUNT)
    if not _is_key_figure(kind, digits + decimals, scaled, bare_unit, before=before, after=after):
        return None
    if digits[0] in _NUMERALS:  # 三千亿元: an amount, not a word (一个)
        # A span in Chinese numerals only when it says "about" (四十余年): 两年, 万历十七年 (a date)
        dated = kind is FigureKind.DURATION and not _ABOUT.match(unit)
        # 十千, 三万: numerals and a magnitude with nothing counted are words, not a figure
        bare = scaled == bare_unit and scaled in _MAGNITUDES
        if not is_amount(digits, scaled) or bare_unit == "岁" or dated or bare:
            return None
        value = numeral_value(digits)
    elif (compound := compound_value(digits)) is not None:  # 1亿2000万元: 1.2亿元
        value, magnitude = compound
    else:  # 2．8％: a full-width point is a decimal point too
        number = re.sub("[, ，]", "", digits) + decimals.replace("．", ".")
        value = float(low) if low else float(number)
    end = start + len(match.group())
    label = labeller.subject(
        start, end, before, after, unit, classifier=bare_unit in _CLASSIFIERS and not low,
        timespan=kind is FigureKind.DURATION or bare_unit == "岁", count_figures=_count_figures,
    )
    if value == 1 and scaled == bare_unit and after.startswith("的"):
        label = None  # 1平方米的产值480元: the unit the next figure is per
    sign = sign_before(before)  # -2.9%, －0.1%, 负35亿元: kept in the value and the figure
    before, value = before[: len(before) - len(sign)], -value if sign else value
    context = clause_context(before, sign + match.group(), after)
    unit_text = match.group()[match.start(4) - match.start() :]  # 亿元, 万元/平方米
    if compound is not None:
        unit_text = magnitude + unit_text
    return Figure(value, unit_text, kind, label, start - len(sign), end, context)


def _is_key_figure(
    kind: FigureKind, number: str, scaled: str, bare_unit: str, *, before: str, after: str
) -> bool:
    """Not a date (2016年, 30年代, 公元270年), an ordinal (第3个), page furniture (阅读 2.3万)."""
    if _NOT_BEFORE.search(before[-6:]):
        return False
    if bare_unit == "个月" and _FIRST_MONTHS.search(before[-4:]):
        return False  # 今年前4个月: the period a figure is of
    if kind is FigureKind.DURATION and bare_unit == "年" and (
        _YEAR_LIKE.fullmatch(number) or _NOT_AFTER.match(after)
    ):
        return False
    if bare_unit == "点" and number.isdigit() and int(number) < 100:
        return False  # 8点 is a time; 3629点 an index
    if kind is FigureKind.COUNT and scaled in _MAGNITUDES and not _POINT.search(number):
        # A bare 万 is usually part of a word (万家灯火), unless nothing follows: 5600万。,
        # 20多万的存款, 400万或者更多
        return not after or not _HAN.match(after[0]) or bool(_OF.match(after))
    word = _NOT_UNIT.get(bare_unit)
    return word is None or not word.match(after)


def _count_figures(text: str) -> int:
    return sum(1 for _ in _FIGURE.finditer(text))


def clause_context(before: str, figure: str, after: str) -> str:
    """The clause that holds the figure, at most CONTEXT_MAX characters, the figure included."""
    head = _CONTEXT_BREAK.split(before)[-1].lstrip(" ─—")
    tail = _CONTEXT_BREAK.split(after)[0]
    room = max(0, CONTEXT_MAX - len(figure))
    if len(head) + len(tail) > room:
        keep_tail = min(len(tail), max(room // 3, room - len(head)))
        head = head[len(head) - (room - keep_tail) :] if room > keep_tail else ""
        tail = tail[:keep_tail]
    return (head + figure + tail).strip()
