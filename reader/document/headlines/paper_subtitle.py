"""A newspaper page's headline over its subtitle (the paper's date / 主题 / 副题 / the text): the
subtitle, right over the text, says what its first paragraph says and reads more like the text
than the headline does; the line over it is the headline."""

from __future__ import annotations

from reader.document.bylines.dateline import is_dateline_line
from reader.document.headlines.headline_shape import title_like
from reader.document.headlines.title_furniture import not_a_title
from reader.document.scraped.patterns import ends_sentence, is_dateline, numbered_style
from reader.document.sections.heading_cues import names_a_part

_SUBTITLE_MIN = 6  # characters: 前言, 引子 over the text are its first head, no subtitle


def headline_over_subtitle(lines: list[str], index: int, start: int) -> int:
    """The headline over line `index` when `index` is its subtitle, else `index`."""
    return index - 1 if is_paper_subtitle(lines, index, start) else index


def is_paper_subtitle(lines: list[str], index: int, start: int) -> bool:
    """Date / 主题 / 副题 / text: line `index` is the subtitle, right over the text, the headline over
    it and a full date over that; no part's head, no sentence, no credit."""
    if not (2 <= index == start - 1):  # noqa: PLR2004
        return False
    line, head = lines[index].strip(), lines[index - 1].strip()
    return (
        is_dateline(lines[index - 2])
        and title_like(head) and not is_dateline_line(head) and not not_a_title(lines, index - 1)
        and len(line) >= _SUBTITLE_MIN and title_like(line) and not ends_sentence(line)
        and not is_dateline_line(line) and numbered_style(line) is None and not names_a_part(lines, index)
    )
