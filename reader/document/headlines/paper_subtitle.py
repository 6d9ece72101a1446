"""A newspaper page's headline over its subtitle (the paper's date / 主题 / 副题 / the text): the
subtitle, right over the text, says what its first paragraph says and reads more like the text
than the headline does; the line over it is the headline."""

from __future__ import annotations

from reader.document.bylines.dateline import is_dateline_line
from reader.document.headlines.headline_shape import is_dash_line, title_like
from reader.document.headlines.paper_kicker import kicker_subtitle
from reader.document.headlines.post_top import subtitle_over_writer
from reader.document.headlines.title_furniture import not_a_title
from reader.document.scraped.patterns import ends_sentence, is_dateline, numbered_style
from reader.document.sections.heading_cues import names_a_part

_SUBTITLE_MIN = 6  # characters: 前言, 引子 over the text are its first head, no subtitle


def headline_over_subtitle(lines: list[str], index: int, start: int) -> int:
    """The headline over line `index` when `index` is its subtitle, else `index`."""
    credits = all(is_dateline_line(lines[k]) for k in range(index + 1, start))  # 本报记者 某某 between
    return index - 1 if credits and is_paper_subtitle(lines, index, index + 1) else index


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


def paper_subtitle(lines: list[str], title: int, start: int) -> int | None:
    """The line under the headline `title` when it is the headline's subtitle on a newspaper page
    (date / 主题 / 副题 / [本报记者 某某] / text), else None."""
    under = title + 1
    if under >= len(lines) or under > start or not is_paper_subtitle(lines, under, under + 1):
        return None
    text = under + 1
    while text < min(len(lines), start + 1) and is_dateline_line(lines[text]):
        text += 1  # the reporters' line between it and the text
    return under if text < len(lines) and (text >= start or ends_sentence(lines[text])) else None


def subtitle_under(lines: list[str], shown: list[str], title_lines: tuple[int, ...],
                   start: int) -> tuple[str | None, tuple[int, ...], int]:  # fmt: skip
    """The subtitle on a line of its own under the headline (──…, the line over the writer's, a
    newspaper's 主题 / 副题 over the text or its reporters), with the title's lines and the text's
    start past it; None when there is none."""
    if len(title_lines) == 1 and (kicked := kicker_subtitle(lines, shown, title_lines[0])) is not None:
        return kicked[0], (*title_lines, *kicked[1]), max(start, kicked[1][-1] + 1)  # 引题 / 主题 / 副题
    after = title_lines[-1] + 1
    if after < start and (
        is_dash_line(lines[after]) or subtitle_over_writer(lines, after) or is_paper_subtitle(lines, after, start)
    ):
        return shown[after].lstrip("─—- "), (*title_lines, after), start
    if (paper := paper_subtitle(lines, title_lines[-1], start)) is not None:
        return shown[paper].strip(), (*title_lines, paper), max(start, paper + 1)  # no first paragraph
    return None, title_lines, start
