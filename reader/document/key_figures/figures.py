"""Find the quantities an article quotes: numbers with their units, typed, with their subjects.

Linear in the text whatever it holds: a figure is labelled from at most WINDOW characters
either side of it, no pattern backtracks over more than a figure, and FigureScan reads the
text in steps of a bounded size, so the window can find figures between two paints.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from reader.document import rx
from reader.document.key_figures.figure_cells import TableFigures
from reader.document.key_figures.figure_compound import compound_figure, compound_value, compounds
from reader.document.key_figures.figure_context import BEFORE_MAX, CONTEXT_MAX, clause_context
from reader.document.key_figures.figure_formulas import falls
from reader.document.key_figures.figure_marks import blanked, footnote_marks, unmarked
from reader.document.key_figures.figure_numerals import is_amount, numeral_figure, numeral_value
from reader.document.key_figures.figure_sign import sign_before
from reader.document.key_figures.figure_subjects import LEAD_MAX, WINDOW, Labeller
from reader.document.key_figures.figure_units import (
    MAGNITUDES,
    PER,
    TRADITIONAL,
    UNIT_KIND,
    UNIT_PATTERN,
    alternation,
)
from reader.document.model import Block, BlockKind, Document, Figure, FigureKind

# A range's first number (3至5年, 10%—15%, 2.6万元~2.8万元) is part of the figure.
_RANGE = rf"(?:(\d{{1,12}}(?:\.\d{{1,6}})?)(?:{UNIT_PATTERN})?[ \u00a0]?[-~～—–至][ \u00a0]?)?"  # 16 至 24 岁
# (?=\d) first: the scan rejects a non-digit at once instead of trying both lookbehinds (3× faster).
# Bounded repeats: a longer run of digits is an id or a hash, not a quantity, and a match no
# longer than _FIGURE_SPAN lets FigureScan read a long block in slices.
_START = r"(?=\d)(?<![\d.．A-Za-z%％×＊*])(?<!\d,)(?!(?<=\d[ ，])\d{3}(?!\d))"
_AMOUNT = (
    r"(\d{1,3}(?:[, ]\d{3}){1,8}(?!\d)|\d{1,3}(?:，\d{3}){2,8}(?!\d)|\d{1,24})([.．]\d{1,24})?"
    rf"[ \u00a0]?((?:余|多|餘)?{UNIT_PATTERN}){PER}"  # 17 年: spaced as some pages do
)
_FIGURE = rx.compile(_START + _RANGE + _AMOUNT)
_SINGLE = rx.compile(_START + "()" + _AMOUNT)  # a figure that is not a range, the same groups
_NUMERAL_FIGURE = numeral_figure(UNIT_PATTERN)  # 三千亿元, 两万名, 十余个, 五成
_COMPOUND = compound_figure(_START, alternation(list(UNIT_KIND)))  # 1亿2000万元: one figure
_FIGURE_SPAN = 128  # more than a match of _FIGURE and the character its look-ahead reads
# 1850年, 2016年, 04年: dates; 1.2024年 an item's number and its year (附件：1.2024年度计划表)
_YEAR_LIKE = rx.compile(r"(?:\d{1,2}[.．])?(?:1\d|20)\d\d|0\d")
# 30年代, 第3届, 1年期; 99年度, 100年3月: a year of the Minguo calendar (Taiwan), not a span
_NOT_AFTER = rx.compile(r"[代中初底末前后]?(?:代|届)|期(?!间|内|满)|度|[ \u00a0]?\d{1,2}[ \u00a0]?月(?![内里])")
_NOT_BEFORE = rx.compile(
    r"(?:第|公元前?|No\.?|NO\.?|编号|电话|热线|地址|(?:如|见|参见|详见)[图表圖]|阅读(?:时间|时长|用时|需要?|约)?|评论|点赞|浏览|收藏|转发|分享|点击|回复|关注|粉丝|播放|"
    r"人气|赞|顶|踩)[\s:：]?$"
)
_POINT = rx.compile("[.．]")
# 日 after a number is a date (5月14日, 记者10日获悉) unless the clause says it is a span:
# 超过5日, 60日内, 为期7日.
_DAYS_BEFORE = rx.compile(r"(?:超过|超|长达|長達|为期|為期|连续|累计|满|逾|不少于|不超过|不得超过|之日起|起)[ \u00a0]?$")
_DAYS_AFTER = rx.compile(r"[ \u00a0]?(?:内|之内|以内|以上|以下|后|之后|以后|左右)")
_SPAN_AFTER = rx.compile("内|之内|以内")  # 十五日内: a span in numerals too
_MONTH_BEFORE = rx.compile(r"[\d一二三四五六七八九十]月[ \u00a0]?$")  # 6月30日之后: a date, before or after
# 点 after a rise or a fall counts an index's points (大涨了42点), not the time of day.
_POINTS_BEFORE = rx.compile(r"(?:[涨跌升降]|回落|反弹|报)了?[ \u00a0]?$")
# 块 is money (5块钱, 3000块的手机) unless a noun follows that it classifies (3块金牌).
_KUAI_COUNTS = rx.compile(r"[\u4e00-\u9fff](?<![的钱])")
_FIRST_MONTHS = rx.compile("(?<![提之以])前[ \u00a0]?$")  # 前4个月, 前 4 个月
_OF = rx.compile("[多余]?(?:的|或|和|与|及|至|到|左右|以上|以下|上下)")
_ABOUT = rx.compile("[余多餘]")
_NUMERALS = frozenset("一二两兩三四五六七八九十百千")
# After these units, a word they start: 3成立, 5部门, 10支持, 2本科.
_NOT_UNIT = {"成": rx.compile("[立员功本果交绩熟品型都就为]"), "所": rx.compile(r"示(?![范意])|[述说谓]"), "部": rx.compile("[门分长署队委级属位件]"),
             "支": rx.compile("[持付出撑援柱部队]"), "本": rx.compile("[科地届次市年身土金部质]"),
             "头": rx.compile("[条部像版脑发目号等上顶]"),
             "张": rx.compile("[家口江]"), "名": rx.compile("上升|下滑|下降|[升降跌滑]至|提升|攀升|跌落|滑落"), "台": rx.compile("[北中南][市縣县]|[东東][县縣市部]|[湾灣]"), "组": rx.compile("[织成合建团件长图]"), "层": rx.compile("[面次级]"), "双": rx.compile("[方向边重]"), "根": rx.compile("[据本源基治]"),
             "口": rx.compile("[岸径号罩头语气味碑音才]"), "道": rx.compile("[路理德歉别具一]"),
             "对": rx.compile(r"[比外于应话象手接待方照称付抗]|[ \u00a0]?[A-Za-z]"),  # 1 对 Java
             # 54具遗体, 100宗个案, 6幢大楼, 1500伙 (Hong Kong's households); not 具有, 宗教, 伙伴
             "具": rx.compile("[有备体名]"), "宗": rx.compile("[教旨族师亲祠]"), "伙": rx.compile("[伴食计計同夥房]"),
             "周": rx.compile("[岁歲末边邊围圍期刊报報薪线線转轉]")}  # 3周|内 a span; 周岁, 周末, 周边: words
_HAN = rx.compile(r"[\u4e00-\u9fff]")
_HALF = rx.compile("[个個]半")  # 4个半小时, 3個半月: and a half
_SIZES = ("岁", "层")  # an age, a height in storeys (32层的大楼): what the noun is, not a count of it
_CLASSIFIERS = frozenset({"个", "家", "名", "座", "所", "项", "条", "件", "辆", "台", "套", "批", "处",
                          "只", "间", "艘", "架", "位", "人", "人次", "户", "例", "株", "粒", "种", "列",
                          "份", "部", "次", "支", "本", "篇", "头", "册", "页", "袋",
                          "箱", "瓶", "盒", "张", "颗", "枚", "棵", "双", "章", "根", "口", "道", "对", "组",
                          "具", "宗", "幢", "伙"})
_SKIP_KINDS = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.CODE})
STEP_CHARS = 2048  # text FigureScan.step() reads: ≈0.1 ms, ≈3 ms if it is all figures
# A figure (or going on to the next block) costs a step as much as this many characters: its
# subject and context take ≈ 40 µs, as long as reading 24 characters of text and more.
_FIGURE_COST = 24
# No article quotes this many (the corpus: ≤ 209); a file that does is a table or junk, and
# a longer list would take the Statistics panel a long turn to make.
FIGURES_MAX = 10_000
__all__ = ["CONTEXT_MAX", "FIGURES_MAX", "FigureScan", "document_figures", "find_figures", "keep_figures"]


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
        self._table: TableFigures | None = None  # the table whose rows are being read
        self._marks: list[tuple[int, int]] | None = None  # the block's footnote marks, once read

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
        if block.kind is BlockKind.TABLE_ROW:
            return self._read_row(block)
        stop = min(block.end, pos + budget)
        # Two characters before for the look-behinds, and a figure's span after stop: a figure
        # that starts before stop is matched whole, as in the whole block.
        first = max(block.start, pos - 2)
        if self._marks is None:
            self._marks = footnote_marks(self._text, block)
        # a footnote's mark (收入[^1]|20亿元) as a space: never a digit of a figure
        piece = blanked(self._text, first, min(block.end, stop + _FIGURE_SPAN), self._marks)
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
            if self._blocks[self._index].kind is not BlockKind.TABLE_ROW:
                self._table = None
        self._labeller = Labeller()
        self._marks = None

    def _read_row(self, block: Block) -> int:
        """A table's row, whole (rows are short): its cells each read alone."""
        self._table = self._table or TableFigures(self._in_cell, _priced)
        found = self._table.row(self._text, block)
        self.figures.extend(found[: FIGURES_MAX - len(self.figures)])
        self._next_block()
        return block.end - block.start + len(found) * _FIGURE_COST

    def _in_cell(self, cell: str, offset: int) -> list[Figure]:
        figures = (_figure(m, offset + m.start(), cell[: m.start()], cell[m.end() :], self._labeller)
                   for m in _matches(cell, 0))
        return [figure for figure in figures if figure is not None]

    def _add(self, match: re.Match[str], base: int, block: Block) -> None:
        start, end = base + match.start(), base + match.end()
        # + 2: a clause of up to WINDOW characters is read whole, with the mark (——) before it.
        first, last = max(block.start, start - max(WINDOW + 2, BEFORE_MAX, LEAD_MAX)), min(block.end, end + WINDOW)
        marks = self._marks or []
        before, after = blanked(self._text, first, start, marks), blanked(self._text, end, last, marks)
        figure = _figure(match, start, before, after, self._labeller)
        if figure is not None and marks:  # its clause shown without the marks (元[^1])
            figure = replace(figure, context=clause_context(
                unmarked(self._text, first, figure.start, marks),
                self._text[figure.start : figure.end], unmarked(self._text, end, last, marks)))
        if figure is not None:
            self.figures.append(figure)


def _matches(piece: str, pos: int) -> Iterator[re.Match[str]]:
    """The figures in Arabic and in Chinese numerals from pos on, in text order, none inside
    another."""
    end = -1
    # A compound first: where it and 1亿 of 1亿2000万元 start together, the merge keeps it.
    for match in heapq.merge(compounds(_COMPOUND, piece, pos), _FIGURE.finditer(piece, pos),
                             _NUMERAL_FIGURE.finditer(piece, pos), key=lambda m: m.start()):
        if match.start() >= end:
            end = match.end()
            yield from _unmixed(piece, match)


def _priced(number: str, unit: str, start: int, before: str) -> Figure | None:
    """A table cell's bare number in the unit its header gives: text[start:] is the number."""
    match = _SINGLE.fullmatch(number + unit)
    figure = _figure(match, start, before, "", Labeller()) if match else None
    return replace(figure, end=start + len(number)) if figure else None


def _unmixed(piece: str, match: re.Match[str]) -> Iterator[re.Match[str]]:
    """match, or the two figures it joins when it reads as a range of two units: 增长24%至58亿元
    is a change to a level, not a range (2.6万元~2.8万元, 3万-5万元 are ranges)."""
    joined = piece[match.end(1) : match.start(2)].strip(" \u00a0")  # 万元 至, 16 至 24: unit, joiner
    low_unit = joined[:-1].rstrip(" \u00a0") if match.group(1) else ""
    if (not _bare_unit(low_unit) or _bare_unit(low_unit) == _bare_unit(match.group(4))) and not falls(piece, match, low_unit):
        yield match
        return
    first, second = _SINGLE.match(piece, match.start()), _SINGLE.match(piece, match.start(2))
    yield from (part for part in (first, second) if part is not None)


def _bare_unit(unit: str) -> str:
    """The unit without its magnitude and "more than": 万余元 → 元, 万 → ""."""
    scaled = re.sub("[余多餘]", "", unit.translate(TRADITIONAL))
    for magnitude in MAGNITUDES:
        scaled = scaled.removeprefix(magnitude)
    return scaled


def _figure(
    match: re.Match[str], start: int, before: str, after: str, labeller: Labeller
) -> Figure | None:
    """The figure match stands for, at start; before and after: the text either side of it
    (WINDOW characters are read); labeller: the subjects of the block so far."""
    wide, before, after = before, before[-(WINDOW + 2) :], after[:WINDOW]  # wide: for the context and a list's lead
    low, digits, decimals, unit = match.group(1, 2, 3, 4)
    decimals, compound = decimals or "", None
    scaled = re.sub("[余多餘]", "", unit.translate(TRADITIONAL))  # 13万余亩: 万亩
    bare_unit = scaled.removeprefix("千万").removeprefix("百万").removeprefix("万亿").removeprefix("亿").removeprefix("万").removeprefix("千")
    bare_unit = bare_unit or scaled  # 3.3亿: the magnitude is the unit
    kind = UNIT_KIND.get(bare_unit, FigureKind.COUNT)
    if bare_unit == "块" and _KUAI_COUNTS.match(after):
        kind = FigureKind.COUNT
    if not _is_key_figure(kind, digits + decimals, scaled, bare_unit, before=before, after=after):
        return None
    if digits[0] in _NUMERALS:  # 三千亿元: an amount, not a word (一个)
        # A span in Chinese numerals only when it says "about" (四十余年): 两年, 万历十七年 (a date)
        dated = kind is FigureKind.DURATION and not _ABOUT.match(unit) and not _a_span(before, after)
        # 十千, 三万: numerals and a magnitude with nothing counted are words, not a figure
        bare = scaled == bare_unit and scaled in MAGNITUDES and (
            len(digits) < 2 or not set(digits) & set("十百千"))  # 五千万 is an amount
        if not is_amount(digits, scaled, before, after) or bare_unit == "岁" or dated or bare:
            return None
        value = numeral_value(digits)
    elif (compound := compound_value(digits)) is not None:  # 1亿2000万元: 1.2亿元
        value, magnitude = compound
    else:  # 2．8％: a full-width point is a decimal point too
        number = re.sub("[, ，]", "", digits) + decimals.replace("．", ".")
        value = float(low) if low else float(number)
    end = start + len(match.group())
    label = labeller.subject(
        start, end, wide, after, unit, classifier=(bare_unit in _CLASSIFIERS or bare_unit == "块" and kind is FigureKind.COUNT)
        and not low,
        timespan=kind is FigureKind.DURATION or bare_unit in _SIZES, count_figures=_count_figures,
    )
    if value == 1 and scaled == bare_unit and after.startswith("的"):
        label = None  # 1平方米的产值480元: the unit the next figure is per
    sign = sign_before(before)  # -2.9%, －0.1%, 负35亿元: kept in the value and the figure
    before, value = before[: len(before) - len(sign)], -value if sign else value
    context = clause_context(wide[: len(wide) - len(sign)], sign + match.group(), after)
    unit_text = match.group()[match.start(4) - match.start() :]  # 亿元, 万元/平方米
    if compound is not None:
        unit_text = magnitude + unit_text
    if half := _HALF.match(unit_text):  # 4个半小时: 4.5 小时
        value, unit_text = value + (0.5 if value >= 0 else -0.5), unit_text[half.end() :]
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
    if bare_unit in ("点", "日"):
        return _not_a_time(bare_unit, number, before, after)
    if kind is FigureKind.COUNT and scaled in MAGNITUDES and number[0] in _NUMERALS:
        # A bare 万 after numerals is usually part of a word (十万火急), unless nothing follows:
        # 五千万。, 三十万的存款 (after Arabic digits it is an amount: 500万也, 10万奖金)
        return not after or not _HAN.match(after[0]) or bool(_OF.match(after))
    word = _NOT_UNIT.get(bare_unit)
    return word is None or not word.match(after)


def _not_a_time(unit: str, number: str, before: str, after: str) -> bool:
    """8点 is a time of day, 大涨了42点 and 3629点 an index; 5月14日 is a date, 超过5日 a span."""
    if unit == "点":
        return not number.isdigit() or int(number) >= 100 or bool(_POINTS_BEFORE.search(before[-4:]))
    return not _MONTH_BEFORE.search(before[-4:]) and bool(_DAYS_BEFORE.search(before[-6:]) or _DAYS_AFTER.match(after))


def _a_span(before: str, after: str) -> bool:
    """十五个工作日内, 超过二十四小时: a span the clause says is one (a limit), not a date."""
    return bool(_DAYS_BEFORE.search(before[-6:]) or _SPAN_AFTER.match(after))


def _count_figures(text: str) -> int:
    return sum(1 for _ in _FIGURE.finditer(text))
