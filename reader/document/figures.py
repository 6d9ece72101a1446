"""Find the quantities an article quotes: numbers with their units, typed, labelled from their clause."""

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
_FIGURE = re.compile(
    r"(?=\d)(?<![\d.A-Za-z])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    rf"((?:余|多|餘)?{_UNIT_PATTERN})"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?（）()\n]|──|——")
_AFTER_STOP = re.compile(r"实现|建立|成立|全部|开展|进行|达到|共有|负责|用于|发挥|的|在|为|和|与|是|到")
_CLASSIFIERS = frozenset({"个", "家", "名", "座", "所", "项", "条", "件", "辆", "台", "套", "批", "处",
                          "万名", "万家", "万个"})
_LAST_LINK = re.compile(r".*(?:的|中|在|对|将|把|里)")
_LEAD_WORDS = re.compile(
    r"^(?:其中|目前|此外|同时|另外|去年|今年|前年|明年|上半年|下半年|全年|当年|近年来|截至[^，]*?[底末]|"
    r"全市|全省|全国|全区|全县|我市|我省|我国|本市|共有|共|累计|对(?!于|外|比)|在(?!建|校)|将(?!近)|为(?!了))+"
)
_TAIL_WORDS = re.compile(
    r"(?:实现|达到|达|为|是|约为|约|共计|共|累计|超过|突破|近|高达|总计|合计|有|新增|分别|"
    r"增长|增加|下降|减少|提高|提升|同比|比上年|比去年|仅|已|了|的|在|计|占|至|到|逾|多达)+$"
)
_LABEL_MAX = 14
_LABEL_EDGES = " “”‘’\"'《》()（）·…—-"
_SKIP_KINDS = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.CODE})


def document_figures(doc: Document) -> tuple[Figure, ...]:
    """The key figures of doc's body in text order: found on the first call (≈160 ms for a long
    article, so never before the first paint) unless keep_figures() gave them; kept in
    doc.derived."""
    derived = doc.derived
    if derived.figures is None:
        derived.figures = tuple(find_figures(doc.text, doc.blocks))
    return derived.figures


def keep_figures(doc: Document, figures: tuple[Figure, ...]) -> None:
    """Take figures found in steps (find_figures over slices of doc.blocks) as doc's."""
    doc.derived.figures = figures


def find_figures(text: str, blocks: Sequence[Block]) -> list[Figure]:
    """Every figure in the article's body (not inside code), in text order."""
    figures: list[Figure] = []
    for block in blocks:
        if block.kind in _SKIP_KINDS:
            continue
        line = text[block.start : block.end]
        previous_label = ""
        for match in _FIGURE.finditer(line):
            figure = _figure(match, line, block.start, previous_label)
            if figure is not None:
                figures.append(figure)
                previous_label = figure.label
    return figures


def _figure(match: re.Match[str], line: str, base: int, previous_label: str) -> Figure | None:
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
    before, after = _label(line[: match.start()]), _label_after(line[match.end() :])
    # 18个党建工作机构, 连续5年举办培训班: the words after say what is counted.
    after_first = kind is FigureKind.DURATION or (
        kind is FigureKind.COUNT and scaled in _CLASSIFIERS
    )
    label = (after if len(after) > 2 and after_first else "") or before or after
    if not label:
        raw = _CLAUSE_BREAK.split(line[: match.start()])[-1].strip()
        if raw and previous_label and _TAIL_WORDS.fullmatch(raw):
            label = previous_label + raw  # 增加值实现5053.91亿元、增长0.3%: 增加值 + 增长
        else:
            # 全市16个区: the scope word is all the clause has; better than a neighbour's label.
            label = raw[-_LABEL_MAX:] or previous_label
    return Figure(value, unit, kind, label, base + match.start(), base + match.end())


def _label_after(after: str) -> str:
    """For 43家市级以上园区建立…: the noun phrase the count classifies."""
    clause = _CLAUSE_BREAK.split(after)[0].removeprefix("的")  # 100多万元的资金 → 资金
    return _AFTER_STOP.split(clause)[0][:_LABEL_MAX].strip(_LABEL_EDGES)


def _label(before: str) -> str:
    """What the number measures: the end of its clause, trimmed of verbs and scope words."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    clause = _TAIL_WORDS.sub("", clause.strip())
    clause = _LEAD_WORDS.sub("", clause)
    clause = _TAIL_WORDS.sub("", clause)
    if len(clause) > _LABEL_MAX:
        # 近三年来在“两新”组织中新发展党员 → 新发展党员: cut after the last linking word.
        shorter = _LAST_LINK.sub("", clause)
        clause = shorter if len(shorter) >= 2 else clause[-_LABEL_MAX:]
    return clause.strip(_LABEL_EDGES)
