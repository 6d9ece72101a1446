"""A linear pre-scan for the Markdown that Python-Markdown takes super-linear time on.

Python-Markdown pops every block off the front of a list and pushes it back, scans the rest of a
paragraph from every `[` or `](` it can't close, copies a paragraph's text again after every
inline match, re-tests the rest of a block after each line it splits off (headings, rules,
definitions), reads from every `<x` to its `>` and from every unclosed fence to the end, copies
the whole text for every code block, tries title_1, title_2… for the n-th heading of one
title, and recurses once a level of nesting. Each shape is measured here in one pass, in the
characters those rescans would read; a source over a budget (linear in its length) is shown as
plain text instead; so is a source with more headings, list items, table rows… than the
limits (markdown_limits) allow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import chain, islice
from math import isqrt

from reader.document import rx
from reader.document.markdown.markdown_limits import DOCUMENT, NOTE, Limits

__all__ = ["DOCUMENT", "NOTE", "Limits", "pathology"]

_BLANK = rx.compile(r"\n[ \t]*(?=\n)")  # a blank line follows: the paragraph ends here
_SQUARE = rx.compile(r"[\[\]]")
_MARKS = "*_`[<&\\~{!"  # characters an inline pattern starts at
_UNIT_START = rx.compile(r"\n(?=[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|\|))")  # item, heading, row
_ITEM = rx.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]", re.MULTILINE)
_HTML_LINE = rx.compile(r"^[ ]{0,3}<[A-Za-z/!?]", re.MULTILINE)
# Each run of spaces read one way only (a pipe takes its own), so a long one is linear.
_TABLE_RULE = rx.compile(r"[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?")
# [^\n|]*: up to the line's first pipe, one way, so a line of many pipes is read in linear time.
_TABLE_HEAD = rx.compile(r"^[^\n|]*\|[^\n]*\n(?=[ \t]*\|?[ \t]*:?-)", re.MULTILINE)
_SPLIT_LINE = rx.compile(
    r"^[ ]{0,3}(?:#|=+[ \t]*$|-+[ \t]*$|(?:[-*_][ \t]*){3,}$|:[ \t]|\*\[)", re.MULTILINE
)
_TAG_START = rx.compile(r"<[A-Za-z!?/]")
_SPACE_RUN = rx.compile(r"(?<=[^ \n]) {2,}")  # after a line's first character: its indent is not read
# From `<x` to the `>` that ends it, over quoted attribute values; possessive, so linear.
_TAG_BODY = rx.compile(r"""<[A-Za-z](?:[^>'"=]++|=[ \t\n]*+(?:'[^']*+'|"[^"]*+")|['"=])*+""")
# A line that opens a fenced block (the start of FENCED_BLOCK_RE); its spaces after the fence
# possessive: nothing after them begins with a space, and read both ways they were quadratic.
_FENCE = rx.compile(
    r"(~{3,}|`{3,})[ ]*+(?:\{[^\n]*\}|\.?[\w#.+-]*[ ]*(?:hl_lines=([\"'])[^\n]*?\2[ ]*)?)\n"
)
_BARE_FENCE = rx.compile(r"(~{3,}|`{3,})[ ]*(?:\n|\Z)")  # a line that can close one
_HEADING = rx.compile(r"^#{1,6}(.*)|^(.+)\n(?:=+|-+)[ \t]*$", re.MULTILINE)
_ID_SUFFIX = rx.compile(r"(?:_\d+)+[ #]*$")  # "title_2" is what the second "title" tries
_ID_JUNK = rx.compile(r"[\W_]+")
_LEVEL = r"(?>[ ]{4}|[ ]{0,3}\t|[ ]{0,3}>[ ]?|[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t])"


def pathology(source: str, limits: Limits = DOCUMENT) -> str | None:
    """Why Python-Markdown would take super-linear time on source, in a few words; None: it
    won't. Linear in len(source), and quick to say yes."""
    breaks = _paragraph_ends(source, limits.paragraphs)
    if breaks is None:
        return f"over {limits.paragraphs:,} paragraphs"
    findings = chain(_in_blocks(source, breaks, limits), _in_text(source, breaks, limits))
    return next(findings, None)


def _in_blocks(source: str, breaks: list[int], limits: Limits) -> Iterator[str]:
    """The shapes of the block parser's work, cheapest checks first."""
    n = len(source)
    if re.search(rf"^{_LEVEL}{{{limits.nesting + 1}}}", source, re.MULTILINE):
        yield f"lists or quotes nested over {limits.nesting} deep"
    if _count(_ITEM, source, limits.list_items) > limits.list_items:
        yield f"over {limits.list_items:,} list items"
    if _count(_HTML_LINE, source, limits.html_blocks) > limits.html_blocks:
        yield f"over {limits.html_blocks:,} lines of HTML"
    blocks = fenced_blocks(source, limits.fences.cap(n), limits.fence_copies.cap(n) // max(n, 1))
    if blocks is None:
        yield "code fences left open, or too many code blocks for its length"
    count, equal = count_headings(source, blocks or [], limits.headings)
    if count > limits.headings:
        yield f"over {limits.headings:,} headings"
    if equal > limits.equal_headings.cap(n):
        yield "too many headings of the same title"
    rows, cells = largest_table(source, limits.table_rows, limits.table_cells)
    if rows > limits.table_rows:
        yield f"a table of over {limits.table_rows:,} rows"
    if cells > limits.table_cells:
        yield f"a table of over {limits.table_cells:,} cells"
    if split_work(source, breaks, limits.splits.cap(n)) > limits.splits.cap(n):
        yield "headings, rules or definitions with no blank line between them"


def _in_text(source: str, breaks: list[int], limits: Limits) -> Iterator[str]:
    """The shapes of the inline patterns' and the HTML parser's work."""
    n = len(source)
    if source.count("[^") ** 2 > limits.footnotes.cap(n):
        yield "too many footnotes"
    if space_work(source, limits.spaces.cap(n)) > limits.spaces.cap(n):
        yield "long runs of spaces inside lines"
    if inline_work(source, breaks, limits.inline.cap(n)) > limits.inline.cap(n):
        yield "a paragraph with too much inline formatting"
    if tag_work(source, limits.tags.cap(n)) > limits.tags.cap(n):
        yield "HTML tags left open"
    if bracket_work(source, breaks, limits.brackets.cap(n)) > limits.brackets.cap(n):
        yield "brackets left open or nested too deeply"


def bracket_work(source: str, breaks: list[int], cap: int) -> int:
    """Characters read looking for the `]` of each `[` and the `)` of each `](`, to the end of
    the paragraph when there is none (breaks: where paragraphs end); stops past cap."""
    work = 0
    opened: list[int] = []
    end = breaks[0]
    for match in _SQUARE.finditer(source):
        at = match.start()
        if at > end:  # a new paragraph: what was left open was read to the end of the last
            work += len(opened) * end - sum(opened)
            opened.clear()
            end = breaks[bisect_left(breaks, at)]
        if source[at] == "[":
            opened.append(at)
            if len(opened) > 256:
                return cap + 1
        elif opened:
            work += at - opened.pop()
        if work > cap:
            return work
    work += len(opened) * end - sum(opened)
    at = source.find("](")
    while at >= 0 and work <= cap:
        end = breaks[bisect_left(breaks, at)]
        close = source.find(")", at, end)
        work += (end if close < 0 else close) - at
        at = source.find("](", at + 2)
    return work


def inline_work(source: str, breaks: list[int], cap: int) -> int:
    """Inline marks in each paragraph (list item, table row…) times its length: each match
    copies the paragraph's text again. Paragraphs too short to matter are counted at most."""
    total = _marks(source)
    short = cap // (2 * total) if total else len(source)
    work = total * min(short, len(source))  # at most, for the short paragraphs
    start = 0
    for end in breaks:
        if end - start > short:
            work += sum(_marks(unit) * len(unit) for unit in _units(source[start:end]))
            if work > cap:
                return work
        start = end + 1
    return work


def split_work(source: str, breaks: list[int], cap: int) -> int:
    """Lines a block processor splits off a paragraph, times the paragraph's length: after
    each split every processor tests the rest of it again. Stops past cap."""
    work = 0
    for match in _SPLIT_LINE.finditer(source):
        i = bisect_left(breaks, match.start())
        work += breaks[i] - (breaks[i - 1] if i else 0)
        if work > cap:
            break
    return work


def space_work(source: str, cap: int) -> int:
    """Each run of spaces inside a line, squared (see Limits.spaces)."""
    work = 0
    for run in _SPACE_RUN.finditer(source):
        work += (run.end() - run.start()) ** 2
        if work > cap:
            break
    return work


def tag_work(source: str, cap: int) -> int:
    """Characters html.parser reads from each `<x`, `</`, `<!` or `<?` to its end."""
    work = 0
    n = len(source)
    for match in _TAG_START.finditer(source):
        at = match.start()
        window = min(n, at + cap - work + 1)
        if source[at + 1].isalpha():
            body = _TAG_BODY.match(source, at, window)
            end = body.end() if body else at
        else:
            closer = "-->" if source.startswith("<!--", at) else (
                "]]>" if source.startswith("<![", at) else ">")
            found = source.find(closer, at, window)
            end = window if found < 0 else found
        work += end - at
        if work > cap:
            return work
    return work


def fenced_blocks(source: str, cap: int, most: int) -> list[tuple[int, int]] | None:
    """The fenced code blocks Python-Markdown finds, as (start, end); None if there are over
    `most`, or finding them reads over cap characters (each fence it can't close, to the end)."""
    if source.count("\n```") + source.count("\n~~~") > 2 * (most + isqrt(cap)) + 2:
        return None  # closed: over most blocks; open: over cap read
    closers: dict[str, list[int]] = {}
    opens: list[tuple[int, str]] = []
    for line in _fence_lines(source):
        if opening := _FENCE.match(source, line):
            opens.append((line, opening.group(1)))
        if closing := _BARE_FENCE.match(source, line):
            closers.setdefault(closing.group(1), []).append(line)
    blocks: list[tuple[int, int]] = []
    work = 0
    done = 0
    for start, fence in opens:
        if start < done:
            continue  # inside a block found already
        candidates = closers.get(fence, [])
        i = bisect_right(candidates, start)
        if i < len(candidates):
            end = source.find("\n", candidates[i])
            done = len(source) if end < 0 else end
            work += done - start
            blocks.append((start, done))
        else:
            work += len(source) - start
        if work > cap or len(blocks) > most:
            return None
    return blocks


def count_headings(source: str, blocks: list[tuple[int, int]], limit: int) -> tuple[int, int]:
    """(headings outside code blocks, pairs of them Python-Markdown would give the same id);
    stops counting past limit headings."""
    starts = [start for start, _ in blocks]
    ids: Counter[str] = Counter()
    count = 0
    for match in _HEADING.finditer(source):
        i = bisect_right(starts, match.start()) - 1
        if i >= 0 and match.start() < blocks[i][1]:
            continue  # a comment in a code block
        title = (match.group(1) or match.group(2) or "").strip().lower()
        ids[_ID_JUNK.sub("", _ID_SUFFIX.sub("", title))] += 1
        count += 1
        if count > limit:
            break
    return count, sum(c * (c - 1) // 2 for c in ids.values())


def largest_table(source: str, max_rows: int, max_cells: int) -> tuple[int, int]:
    """(rows, cells) of the largest table (a paragraph whose second line is a rule); the
    first table over max_rows or max_cells if there is one."""
    rows = cells = 0
    for match in _TABLE_HEAD.finditer(source):
        rule_end = source.find("\n", match.end())
        rule_end = len(source) if rule_end < 0 else rule_end
        if not _TABLE_RULE.fullmatch(source, match.end(), rule_end):
            continue
        blank = _BLANK.search(source, rule_end)
        height = source.count("\n", rule_end, blank.start() if blank else len(source)) + 2
        width = source.count("|", match.start(), match.end()) + 1
        rows, cells = max(rows, height), max(cells, height * width)
        if rows > max_rows or cells > max_cells:
            break
    return rows, cells


def _paragraph_ends(source: str, limit: int) -> list[int] | None:
    """Where each paragraph ends (the end of the text last); None if there are over limit."""
    if source.count("\n\n") > limit:
        return None
    ends = [m.start() for m in islice(_BLANK.finditer(source), limit + 1)]
    return None if len(ends) > limit else [*ends, len(source)]


def _fence_lines(source: str) -> list[int]:
    """Starts of the lines that begin with ``` or ~~~, in order (str.find: fast)."""
    lines = [0] if source.startswith(("```", "~~~")) else []
    for fence in ("\n```", "\n~~~"):
        at = source.find(fence)
        while at >= 0:
            lines.append(at + 1)
            at = source.find(fence, at + 4)
    return sorted(lines)


def _count(pattern: re.Pattern[str], source: str, limit: int) -> int:
    """Matches of pattern in source, counted up to limit + 1."""
    return sum(1 for _ in islice(pattern.finditer(source), limit + 1))


def _units(chunk: str) -> list[str]:
    """The pieces of a paragraph that Python-Markdown gives the inline patterns one by one."""
    lines = chunk.lstrip("\n").split("\n", 2)
    if len(lines) > 1 and "|" in lines[0] and _TABLE_RULE.fullmatch(lines[1]):
        return chunk.split("\n")  # a table: each cell alone
    return _UNIT_START.split(chunk)


def _marks(text: str) -> int:
    return sum(text.count(mark) for mark in _MARKS) + text.count("  \n")
