"""Numbered heads read as a sequence: a line numbered 3 between the heads 2 and 4 is their sibling,
though the sentence under it is short or the line itself ends in a question or an exclamation; and
an ordinal opening (第一件事，社保改革。 … 第二件事，…) counts the article's sections as 一、 would (ordinal_heads)."""

from __future__ import annotations

from collections.abc import Callable

from reader.document import rx
from reader.document.scraped.patterns import (
    NUMBERED_RANK,
    ends_sentence,
    is_prose,
    numbered_style,
    strip_closers,
)
from reader.document.sections.heading_cues import chinese_count
from reader.document.sections.heading_steps import counted_labels
from reader.document.sections.heading_stops import stopped_head

_MARK = rx.compile(r"[（(第]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})")
_HEX_DIGITS = rx.compile(r"0[xX]([0-9A-Fa-f]{1,2})")
_MEMBER_MAX = 36  # characters: a numbered line longer than a head is a paragraph set run-in
_INNER_STOPS = frozenset("。；;")


def number_of(line: str) -> tuple[str, int] | None:
    """(numbering style, count) of a numbered line: 3、… → ("arabic", 3), （二）… → ("paren_cn", 2)."""
    style = numbered_style(line)
    if style is None:
        return None
    if style == "circled":
        return style, ord(line[0]) - ord("①") + 1  # ① … ⑳ are consecutive code points
    if style == "hex":
        digits = _HEX_DIGITS.match(line)  # 0x1、背景, 0xF: …: one digit or two, whatever follows
        return (style, int(digits.group(1), 16) + 1) if digits else None  # 0x00 opens the count as 1 does
    match = _MARK.match(line)
    if match is None:
        return None
    mark = match.group(1)
    value = int(mark) if mark.isdigit() else chinese_count(mark)
    return (style, value) if value else None


def _head_shaped(line: str) -> bool:
    """A numbered line short enough to head, of one clause or one sentence ending in ？ or ！
    (2、“非学区的学生抢占了公立学校的资源，这不公平！”), not a list item's sentence (…；)."""
    if len(line) > _MEMBER_MAX:
        return False
    if stopped_head(line) and strip_closers(line).count("。") == 1 and strip_closers(line).endswith("。"):
        return True  # （一）自查自改阶段。 as its siblings （二）…。 （三）…。 are set
    stripped = strip_closers(line)
    if not _INNER_STOPS.isdisjoint(stripped) or stripped.endswith(("，", ",", "、", "：", ":")):
        return False
    return not ends_sentence(line) or stripped.endswith(("？", "?", "！", "!"))


def _opens_text(lines: list[str], j: int) -> bool:
    """Line j is a sentence of the text (however short), not the next item of a list."""
    return j < len(lines) and is_prose(lines[j]) and numbered_style(lines[j]) is None


_TEXT_MIN = 20  # characters: a line this long under a sibling of heads is its section's text


def _over_items(lines: list[str], i: int) -> bool:
    """四、着力推动高质量发展 over （一）引导完善治理结构。: a section whose text opens with its
    items, counted in a more minor numbering than its head's."""
    style, under = numbered_style(lines[i]), numbered_style(lines[i + 1]) if i + 1 < len(lines) else None
    return style in NUMBERED_RANK and under in NUMBERED_RANK and NUMBERED_RANK[under] > NUMBERED_RANK[style]


def _over_text(lines: list[str], j: int) -> bool:
    """Line j, under a numbered line between heads of its numbering, is its section's text: a
    sentence, or a long line that is no list item (年假：365天-104天＝261天, a clause ending in ——)."""
    if _opens_text(lines, j):
        return True
    return j < len(lines) and len(lines[j]) >= _TEXT_MIN and numbered_style(lines[j]) is None


def sequence_members(lines: list[str], heads: dict[int, str], allowed: Callable[[int], bool]) -> list[int]:
    """Lines numbered between or next to numbered heads of their style (2 after 1, before 3) that
    head a sentence of text, and counted labels among found ones (heading_steps.py): the heads'
    siblings. `heads`: line → style of the heads found; `allowed`: may line i be a head at all (not a credit, a caption, a date…)?"""
    # style → [(line, count)] in text order, of the numberings that head something
    by_style: dict[str, list[tuple[int, int]]] = {s: [] for s in set(heads.values()) if s in NUMBERED_RANK}
    for i, line in enumerate(lines):
        number = number_of(line) if line[:1] in _FIRST or line[:1].isdecimal() else None
        if number is not None and number[0] in by_style:
            by_style[number[0]].append((i, number[1]))

    def fits(i: int) -> bool:
        return allowed(i) and _head_shaped(lines[i]) and (_over_text(lines, i + 1) or _over_items(lines, i))

    added: list[int] = []
    for style, run in by_style.items():
        known = [heads.get(i) == style for i, _ in run]
        forward, backward = range(len(run)), range(len(run) - 1, -1, -1)
        while _extend(run, known, fits, forward, 1) | _extend(run, known, fits, backward, -1):
            pass
        added.extend(i for (i, _), now in zip(run, known, strict=True) if now and heads.get(i) != style)
    return sorted({*added, *counted_labels(lines, set(heads), allowed)})  # 步骤一： among 步骤二：, 步骤三：


_FIRST = frozenset("（(第一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _extend(run: list[tuple[int, int]], known: list[bool], fits: Callable[[int], bool], order: range, step: int) -> bool:
    """One pass along the run in `order`: a fitting line numbered `step` on from the last head
    passed joins the heads."""
    grown = False
    last: int | None = None  # the count of the last head passed
    for k in order:
        line, value = run[k]
        if known[k]:
            last = value
        elif last is not None and value == last + step and fits(line):
            known[k] = grown = True
            last = value
    return grown


# 第一件事，社保改革。 / 第二点：加强领导 — an ordinal, what it counts, and a short phrase: a section's head
# when its siblings count on, each a few paragraphs apart (not 第一，要加强领导，…, a sentence of a list).
_ORDINAL = rx.compile(
    r"第([一二三四五六七八九十]{1,3})(件事|点|个|类|种|招|步|部分|阶段|方面|层|重)?[，,：:、]\s*[^，,。；;：:！？!?]{2,14}[。！!]?"
)
_ORDINAL_SPACING = 3  # lines from one ordinal head to the next: sections, not a list's items


def ordinal_heads(lines: list[str]) -> list[int]:
    """Lines opening with an ordinal (第一件事，…) that count on (第二件事，…) a few paragraphs
    apart, each over a sentence of the text: the article's sections, as 一、 would count them."""
    chain: list[tuple[int, int, str]] = []  # (line, count, what is counted)
    out: list[int] = []
    for i, line in enumerate(lines):
        match = _ORDINAL.fullmatch(line) if line[:1] == "第" else None
        if match is None or not _opens_text(lines, i + 1):
            continue
        value, kind = chinese_count(match.group(1)), match.group(2) or ""
        if chain and value == chain[-1][1] + 1 and kind == chain[-1][2] and i - chain[-1][0] >= _ORDINAL_SPACING:
            chain.append((i, value or 0, kind))
            continue
        out.extend(k for k, _, _ in chain if len(chain) >= 2)
        chain = [(i, value or 0, kind)] if value == 1 else []
    out.extend(k for k, _, _ in chain if len(chain) >= 2)
    return out
