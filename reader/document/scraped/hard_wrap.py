"""Text hard-wrapped at a fixed width (an old page's <pre>, a mailing list's post): its lines end
mid-sentence, none long enough to pass for prose alone, so each is weighed with its neighbours."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reader.document.scraped.patterns import ends_sentence, numbered_style, strip_closers

_WIDTH_MIN = 20  # characters: a wrap narrower than this is a column of names or links
_WIDTH_MAX = 80
_SLACK = 2  # a Latin letter or two, or a mark the wrapper kept on the line, widens a line so much
_RUN_MIN = 4  # lines of the wrap's width in one run
_CLAUSES = frozenset("，。、；")  # marks a wrapped sentence is split around; a list of headlines has none


def weigh_wrapped(lines: list[str], scores: list[int], short: int, weight: Callable[[str], int]) -> None:
    """Give the lines of a run hard-wrapped at one width the weight of prose, when most of them
    hold a clause mark. A paragraph's last line, shorter, belongs to the run; nothing the page
    scores below a short line (a menu, a date, a credit) does."""
    i, n = 0, len(lines)
    while i < n:
        j = _run_end(lines, scores, short, i)
        if _is_wrap(lines, range(i, j)):
            for k in range(i, j):
                scores[k] = max(scores[k], weight(lines[k]))
        i = max(j, i + 1)


def wrapped_lines(lines: list[str]) -> set[int]:
    """The lines of text hard-wrapped at a fixed width: each as wide on screen as lines near it
    that hold clause marks (a paragraph's first line a little less, its indent gone). Each breaks
    a sentence off where the width ran out, so none is a headline or heads a section."""
    # Only lines that may be that wide are measured (most of a long article's are paragraphs).
    cols = {i: _columns(line) for i, line in enumerate(lines) if _WIDTH_MIN <= len(line) <= 2 * _WIDTH_MAX}
    if len(cols) < _RUN_MIN:
        return set()
    marked = {i: width for i, width in cols.items() if not _CLAUSES.isdisjoint(lines[i])}
    found: set[int] = set()
    for i, width in cols.items():
        if not 2 * _WIDTH_MIN <= width <= 2 * _WIDTH_MAX or _set_whole(lines[i]):
            continue
        alike = 0
        for j in range(i - _NEAR, i + _NEAR + 1):
            near = marked.get(j)
            alike += j != i and near is not None and abs(near - width) <= _COLUMN_SLACK
        if alike >= _RUN_MIN - 1:
            found.add(i)
    if len(found) < _WRAPPED_MANY:
        return found
    # Most of the page wrapped at one width: a line of that width holding a clause mark is
    # wrapped too, runs of it or not (an epigraph's first line over its short second one).
    common = Counter(cols[i] for i in found).most_common(1)[0][0]
    return found | {i for i, width in marked.items() if abs(width - common) <= _COLUMN_SLACK}


def _set_whole(line: str) -> bool:
    """（三）总结提升阶段（9月1日至10月15日）。: a numbered clause that ends in its full stop, no
    other mark in it, is set whole on its line, not cut off by a width."""
    return numbered_style(line) is not None and ends_sentence(line) and _CLAUSES.isdisjoint(strip_closers(line)[:-1])


def continued_lines(lines: list[str], wrapped: set[int]) -> set[int]:
    """The lines right under a wrapped line that breaks its sentence off: the sentence's end."""
    return {i + 1 for i in wrapped if i + 1 < len(lines) and not ends_sentence(lines[i])}


_NEAR = 4  # lines either side looked at
_COLUMN_SLACK = 6  # screen columns: a Latin word, or the paragraph's indent the page dropped
_WRAPPED_MANY = 12  # wrapped lines that make the wrap's width the page's


def _columns(line: str) -> int:
    """Screen columns (bytes, in GBK) the line takes: two for anything but ASCII, as a page's text
    wrapped at so many bytes counts them, curly quotes and middle dots included."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))  # an ASCII character is one column


def _is_wrap(lines: list[str], run: range) -> bool:
    """Enough lines of the first one's width, most of them holding a clause mark."""
    if len(run) < _RUN_MIN:
        return False
    width = len(lines[run.start])
    return sum(abs(len(lines[k]) - width) <= _SLACK for k in run) >= _RUN_MIN and (
        3 * sum(not _CLAUSES.isdisjoint(lines[k]) for k in run) >= 2 * len(run)
    )


def _run_end(lines: list[str], scores: list[int], short: int, i: int) -> int:
    """Where the run of lines wrapped at line i's width ends (exclusive)."""
    width, n = len(lines[i]), len(lines)
    if not _WIDTH_MIN <= width <= _WIDTH_MAX or scores[i] < short:
        return i + 1
    j = i + 1
    while j < n and scores[j] >= short:
        if abs(len(lines[j]) - width) <= _SLACK:
            j += 1
        elif len(lines[j]) < width and not _CLAUSES.isdisjoint(lines[j]):
            j += 1  # a paragraph's last line: 极点。(未完待续)□
            if not (j < n and abs(len(lines[j]) - width) <= _SLACK and scores[j] >= short):
                break  # the text's last line, or what follows it is no more of the wrap
        else:
            break
    return j
