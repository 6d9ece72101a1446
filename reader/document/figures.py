"""Find the quantities an article quotes: numbers with their units, typed, labelled from their clause.

Linear in the text whatever it holds: a figure is labelled from at most _WINDOW characters
either side of it, no pattern backtracks over more than a figure, and FigureScan reads the
text in steps of a bounded size, so the window can find figures between two paints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.document.model import Block, BlockKind, Document, Figure, FigureKind

# Units as written after a number, each optionally scaled by 万/亿/千 (3.3亿吨, 1.8万名, 万亿元).
_BASE_UNITS: dict[FigureKind, tuple[str, ...]] = {
    FigureKind.MONEY: ("美元", "港元", "欧元", "日元", "英镑", "元"),
    FigureKind.PERCENT: ("个百分点", "%", "％", "‰"),
    FigureKind.DURATION: ("个多月", "个月", "小时", "分钟", "周年", "年", "天", "晚", "秒"),
    FigureKind.COUNT: (
        "人次", "人", "户", "名", "家", "座", "所", "项", "条", "件", "起", "辆", "台", "套", "只",
        "倍", "批", "处", "标准箱",
    ),
    FigureKind.OTHER: (
        "平方公里", "平方米", "公里", "千米", "米", "公顷", "亩", "总吨", "吨", "千克", "公斤", "岁",
        "℃",
    ),
}
_MAGNITUDES = ("万亿", "亿", "万", "千")
# Traditional forms, so Big5 articles (億元, 萬人, 個) are read the same way.
_TRADITIONAL = str.maketrans("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準", "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准")
_SIMPLIFIED_TO_CLASS = {s: f"[{s}{t}]" for t, s in zip("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準",
                                                        "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准",
                                                        strict=True)}


def _either_script(text: str) -> str:
    return "".join(_SIMPLIFIED_TO_CLASS.get(ch, re.escape(ch)) for ch in text)


def _alternation(words: list[str]) -> str:
    return "|".join(_either_script(w) for w in sorted(words, key=len, reverse=True))


_UNIT_KIND: dict[str, FigureKind] = {u: k for k, units in _BASE_UNITS.items() for u in units}
# 个 counts only with a measure word or alone: 16个区 but 303个 (not 303个区 of 区级).
_GE = _either_script("个") + "(?:(?:" + _alternation(
    ["区", "县", "市", "省", "镇", "乡", "村", "街道", "社区", "国家", "城市", "部门", "项目"]
) + ")(?![级属内級屬]))?"
_UNIT_PATTERN = (
    f"(?:(?:{_alternation(list(_MAGNITUDES))})?(?:{_alternation(list(_UNIT_KIND))})"
    f"|{_alternation(list(_MAGNITUDES))}|{_GE})"
)
# (?=\d) first: the scan rejects a non-digit at once instead of trying both lookbehinds (3× faster).
# Bounded repeats: a longer run of digits is an id or a hash, not a quantity, and a match no
# longer than _FIGURE_SPAN lets FigureScan read a long block in slices.
_FIGURE = re.compile(
    r"(?=\d)(?<![\d.A-Za-z])(?<!\d,)(\d{1,3}(?:,\d{3}){1,8}|\d{1,24})(\.\d{1,24})?"
    rf"((?:余|多|餘)?{_UNIT_PATTERN})"
)
_FIGURE_SPAN = 80  # more than a match of _FIGURE and the character its look-ahead reads
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?（）()\n]|──|——")
_AFTER_STOP = re.compile(r"实现|建立|成立|全部|开展|进行|达到|共有|负责|用于|发挥|的|在|为|和|与|是|到")
_CLASSIFIERS = frozenset({"个", "家", "名", "座", "所", "项", "条", "件", "辆", "台", "套", "批", "处",
                          "万名", "万家", "万个"})
_LINKS = "的中在对将把里"  # a long label is cut after the last of these
_LEAD_WORDS = re.compile(
    r"^(?:其中|目前|此外|同时|另外|去年|今年|前年|明年|上半年|下半年|全年|当年|近年来|截至[^，]*?[底末]|"
    r"全市|全省|全国|全区|全县|我市|我省|我国|本市|共有|共|累计|对(?!于|外|比)|在(?!建|校)|将(?!近)|为(?!了))+"
)
# Verbs and particles between a label and its number (…实现|约为|同比增长5%), stripped by
# _tail_start: as a regex, (?:约为|约|为|…)+$ backtracks exponentially over 约为约为…x.
_TAIL_WORDS = (
    "实现", "达到", "达", "为", "是", "约为", "约", "共计", "共", "累计", "超过", "突破", "近", "高达",
    "总计", "合计", "有", "新增", "分别", "增长", "增加", "下降", "减少", "提高", "提升", "同比", "比上年",
    "比去年", "仅", "已", "了", "的", "在", "计", "占", "至", "到", "逾", "多达",
)
_TAIL_BY_LAST = {c: tuple(w for w in _TAIL_WORDS if w[-1] == c) for c in {w[-1] for w in _TAIL_WORDS}}
_LABEL_MAX = 14
_WINDOW = 40  # characters of its clause read either side of a figure (a label is no longer)
_LABEL_EDGES = " “”‘’\"'《》()（）·…—-"
_SKIP_KINDS = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.CODE})
STEP_CHARS = 2048  # text FigureScan.step() reads: ≈0.1 ms, ≈3 ms if it is all figures
_FIGURE_COST = 8  # a figure (or going on to the next block) costs a step as much as 8 characters
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
        self._previous_label = ""

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
        for match in _FIGURE.finditer(piece, pos - first):
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
        self._previous_label = ""

    def _add(self, match: re.Match[str], base: int, block: Block) -> None:
        start, end = base + match.start(), base + match.end()
        # + 2: a clause of up to _WINDOW characters is read whole, with the mark (——) before it.
        before = self._text[max(block.start, start - _WINDOW - 2) : start]
        after = self._text[end : min(block.end, end + _WINDOW)]
        figure = _figure(match, start, before, after, self._previous_label)
        if figure is not None:
            self.figures.append(figure)
            self._previous_label = figure.label


def _figure(
    match: re.Match[str], start: int, before: str, after: str, previous_label: str
) -> Figure | None:
    """The figure match stands for, at start; before and after: the text either side of it."""
    digits, decimals, unit = match.group(1), match.group(2) or "", match.group(3)
    scaled = unit.translate(_TRADITIONAL).lstrip("余多餘")
    bare_unit = scaled.removeprefix("万亿").removeprefix("亿").removeprefix("万").removeprefix("千")
    bare_unit = bare_unit or scaled  # 3.3亿: the magnitude is the unit
    kind = _UNIT_KIND.get(bare_unit, FigureKind.COUNT)
    if kind is FigureKind.DURATION and bare_unit == "年" and _YEAR_LIKE.fullmatch(digits):
        return None  # 2016年 is a date, not a quantity
    if kind is FigureKind.COUNT and scaled in _MAGNITUDES and not decimals:
        return None  # a bare 万 is usually part of a word (万家灯火), not a figure
    value = float(digits.replace(",", "") + decimals)
    clause = _CLAUSE_BREAK.split(before)[-1][-_WINDOW:]
    label_before, label_after = _label(clause), _label_after(after)
    # 18个党建工作机构, 连续5年举办培训班: the words after say what is counted.
    after_first = kind is FigureKind.DURATION or (
        kind is FigureKind.COUNT and scaled in _CLASSIFIERS
    )
    label = (
        (label_after if len(label_after) > 2 and after_first else "") or label_before or label_after
    )
    if not label:
        raw = clause.strip()
        if raw and previous_label and _tail_start(raw) == 0:
            label = (previous_label + raw)[:_WINDOW]  # 增加值实现5053.91亿元、增长0.3%: 增加值增长
        else:
            # 全市16个区: the scope word is all the clause has; better than a neighbour's label.
            label = raw[-_LABEL_MAX:] or previous_label
    return Figure(value, unit, kind, label, start, start + len(match.group()))


def _label_after(after: str) -> str:
    """For 43家市级以上园区建立…: the noun phrase the count classifies."""
    clause = _CLAUSE_BREAK.split(after)[0].removeprefix("的")  # 100多万元的资金 → 资金
    return _AFTER_STOP.split(clause)[0][:_LABEL_MAX].strip(_LABEL_EDGES)


def _label(clause: str) -> str:
    """What the number measures: the end of its clause, trimmed of verbs and scope words."""
    clause = clause.strip()
    clause = clause[: _tail_start(clause)]
    clause = _LEAD_WORDS.sub("", clause)
    clause = clause[: _tail_start(clause)]
    if len(clause) > _LABEL_MAX:
        # 近三年来在“两新”组织中新发展党员 → 新发展党员: cut after the last linking word.
        shorter = clause[max(clause.rfind(ch) for ch in _LINKS) + 1 :]
        clause = shorter if len(shorter) >= 2 else clause[-_LABEL_MAX:]
    return clause.strip(_LABEL_EDGES)


def _tail_start(clause: str) -> int:
    """Where the run of _TAIL_WORDS that ends clause starts (len(clause) if none ends it):
    the leftmost i such that clause[i:] is a sequence of them, found from the end."""
    found = {len(clause)}  # the i found so far such that clause[i:] is a sequence of them
    todo = [len(clause)]
    while todo:
        end = todo.pop()
        for word in _TAIL_BY_LAST.get(clause[end - 1], ()) if end else ():
            start = end - len(word)
            if start not in found and clause.endswith(word, 0, end):
                found.add(start)
                todo.append(start)
    return min(found)
