"""Headline candidates the window around the text's first line misses, found by the full date
printed right under them: a headline farther above the text than the window reaches (a long
summary or a contents box between), a few lines under the text's first line (a teaser long
enough to score as text above it), a headline of two or three characters (秋思), one ending in
。 (a sentence for a headline) or cut with an ellipsis (a headline that trails off)."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.bylines.dateline import is_dateline_line
from reader.document.headlines.headline_cues import has_inner_stop
from reader.document.headlines.headline_shape import SITE_NAME, title_like
from reader.document.scraped.patterns import CHROME_WORDS, is_dateline

REACH_ABOVE = 80  # lines above the text's first line
REACH_BELOW = 4  # lines under it: a teaser or a summary the text's region took in
_SHORT_HEADLINE = rx.compile(r"[\u4e00-\u9fff]{2,3}")  # 秋思, 在路上
_STOPPED_MAX = 40  # characters of a headline ending in 。
# 某某大火 | 分析人口數據 居民老化 依賴外傭: a topic, one bar, a headline whose clauses are set
# apart by spaces (as Hong Kong papers set them), which reads as a list of links.
_TOPIC_BAR = rx.compile(r"[^|｜︱丨\s]{2,12}\s?[|｜︱丨]\s?[^|｜︱丨]{12,70}")


def dated_candidates(lines: list[str], start: int, end: int) -> list[int]:
    """Lines right over a full date near the text that read as a headline, however far; a short
    first line right over the text."""
    # Under the text's first line only past a paragraph: the first title-like line stops the search.
    last = min(len(lines), end, start + REACH_BELOW + 1)
    stop = next((min(i + 2, last) for i in range(start, last - 1) if title_like(lines[i])), last)
    found = [
        k - 1 for k in range(max(1, start - REACH_ABOVE), stop)
        if _dates(lines[k], k > start) and dated_headline(lines[k - 1])
    ]
    if start == 1 and short_headline(lines[0]):
        found.append(0)  # 秋思 over the text, the file's first line: a plain text's headline
    return found


def _dates(line: str, in_text: bool) -> bool:
    """A full date; in the text's first lines also a source or reporter line (来源：…, 某某日报记者
    王五), which no paragraph is."""
    return is_dateline(line) or in_text and (is_dateline_line(line) or standalone_credit(line) is not None)


def dated_headline(line: str) -> bool:
    """Could the line over a date line be its headline: title-like, or short, or one sentence."""
    if title_like(line) or _TOPIC_BAR.fullmatch(line) and not is_dateline(line):
        return True
    if _SHORT_HEADLINE.fullmatch(line):
        return short_headline(line)
    return (
        line.endswith("。") and len(line) <= _STOPPED_MAX
        and not has_inner_stop(line) and title_like(line[:-1])
    )


def short_headline(line: str) -> bool:
    """秋思, 在路上: two or three ideographs that are not a button or a site's name."""
    return bool(_SHORT_HEADLINE.fullmatch(line)) and line not in CHROME_WORDS and not SITE_NAME.match(line)
