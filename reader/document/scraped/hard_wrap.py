"""Text hard-wrapped at a fixed width (an old page's <pre>, a mailing list's post): its lines end
mid-sentence, none long enough to pass for prose alone, so each is weighed with its neighbours."""

from __future__ import annotations

from collections.abc import Callable

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
        run = range(i, j)
        if len(run) >= _RUN_MIN and sum(abs(len(lines[k]) - len(lines[i])) <= _SLACK for k in run) >= _RUN_MIN and (
            3 * sum(not _CLAUSES.isdisjoint(lines[k]) for k in run) >= 2 * len(run)
        ):
            for k in run:
                scores[k] = max(scores[k], weight(lines[k]))
        i = max(j, i + 1)


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
