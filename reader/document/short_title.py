"""A notice's one- or two-word title (通知, 公告, 启事) on the file's first line, over a body
of prose: the headline rules want four characters and more, so without this it was lost as
chrome."""

from __future__ import annotations

from dataclasses import replace

from reader.document import rx
from reader.document.page import PageLayout
from reader.document.patterns import ends_sentence, is_chrome

_SHORT_TITLE = rx.compile(r"[\u4e00-\u9fff]{2,3}")


def with_short_title(layout: PageLayout, lines: list[str], shown: list[str]) -> PageLayout:
    """layout with the file's first line as its title, when nothing else was chosen, that line
    alone stands above the body, is two or three Han characters and no page furniture, and the
    body under it opens with a sentence."""
    if layout.title_index is not None or layout.body_start != 1 or layout.body_end < 2:
        return layout
    first = lines[0]
    if not _SHORT_TITLE.fullmatch(first) or is_chrome(first) or not ends_sentence(lines[1]):
        return layout
    return replace(layout, title_index=0, title=shown[0], title_lines=(0,))
