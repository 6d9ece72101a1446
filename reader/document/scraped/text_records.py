"""Where a catalogue or a grid ends: short lines that are the article's, not the page's.

The densest run of text stops where lines turn short, and on most pages that is where the article
ends: what follows is links, tags and buttons. An editor reads on where the short lines are shaped
as the article is: the items of a list that counts on (1. 某某 / 2. 某某) weigh nothing either way,
and a grid its text announces (…一览表： over a cell a line) goes on while its cells do.
"""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credit_forms import is_signer
from reader.document.scraped.patterns import ends_sentence, is_chrome, is_link_list, is_meta
from reader.document.scraped.text_lists import continues
from reader.document.scraped.text_tail import is_dated_link_line
from reader.document.sections.heading_sequences import number_of

SHORT_LINE_COST = -5  # region's score of a short line that says nothing (a head, an item, 2024)


def items_weigh_nothing(lines: list[str], scores: list[int]) -> None:
    """A short item of a list that counts on (its neighbour the item before or after it) is the
    article's as much as the page's: it costs the run nothing, what stands around it tells."""
    numbers = [number_of(line) if score == SHORT_LINE_COST else None for line, score in zip(lines, scores, strict=True)]
    for i, number in enumerate(numbers):
        if number is None or is_chrome(lines[i]) or is_link_list(lines[i]):
            continue
        style, value = number
        before = numbers[i - 1] if i > 0 else None
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        if before == (style, value - 1) or after == (style, value + 1):
            scores[i] = 0


_GRID_REACH = 12  # lines above the text's end where the line announcing a grid may stand
_GRID_MIN = 4  # cells under the announcing line for it to be a grid
# 一览表：, 名单如下：, 名录 — the line that announces a table or a list set under it
_ANNOUNCES_GRID = rx.compile(r"(?:一览表|名单|名录|如下|下表|[：:])$")
_CLAUSES = frozenset("，。；,;|｜")  # a cell of names (仁愛、安樂…) holds none however long it runs, nor a bar of links


def _cell(line: str) -> bool:
    """A grid's cell: a name or a few, no sentence, not the page's furniture nor a signer, nor a
    story's link with its date (a box of related stories under 相关报道：)."""
    return (
        _CLAUSES.isdisjoint(line) and not ends_sentence(line) and continues(line)
        and not is_signer(line) and any("\u4e00" <= ch <= "\u9fff" for ch in line)
        and not is_dated_link_line(line)
    )


_INTRO_MIN = 4  # 标签： or 附件： alone is a field of the page, not a grid's announcement


def _announces_grid(line: str) -> bool:
    return len(line) >= _INTRO_MIN and _ANNOUNCES_GRID.search(line) is not None and continues(line) and not is_meta(line)


def with_grid_going_on(lines: list[str], start: int, end: int) -> int:
    """…一览表： over cells down to the text's end: the grid, and the text, go on while its cells do."""
    intro = next((k for k in range(min(end, len(lines) - 1), max(start, end - _GRID_REACH) - 1, -1)
                  if _announces_grid(lines[k])), None)
    if intro is None or not all(_cell(lines[k]) for k in range(intro + 1, end)):
        return end
    k = end
    while k < len(lines) and _cell(lines[k]):
        k += 1
    return k if k - intro - 1 >= _GRID_MIN else end
