"""Heads set run-in among heads on lines of their own: （一）指导思想。坚持… opens its paragraph with
its head, while its siblings of the same count (（四）推进老旧小区改造) stand alone. An editor gives
them one form: the run-in head heads its section as its siblings do, the rest of the line is the
section's first paragraph. A count set run-in throughout (no sibling alone) is a list's items or a
document's clauses and stays as written.
"""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import (
    NUMBERED_RANK,
    NUMBERED_STYLES,
    is_prose,
    numbered_style,
    strip_closers,
)
from reader.document.sections.heading_cues import heads_nothing
from reader.document.sections.heading_sequences import number_of

# After the count's mark: a short title with no stop inside, its stop (。or ：), then the paragraph.
_RUN_IN = rx.compile(r"([^\s。：:；;，,、？?！!“”\"]{2,16})[。：:][\s．.]*(?=\S)")
# 我们认为：… / 他指出：… — a sentence that goes on, not a title.
_SAYS = ("说", "认为", "表示", "指出", "强调", "提出", "要求", "规定", "明确", "包括", "如下", "是")
NUMBERED_PATTERNS = dict(NUMBERED_STYLES)
_TEXT_MIN = 16  # characters: a section's paragraph (二、第12选举区：观音区。 is a form's entry)
_ALONE_MIN = 2  # siblings alone that show the count heads sections however many are run-in


def run_in_split(line: str) -> tuple[int, int] | None:
    """(end of the head, start of its paragraph) of a line that opens with a head set run-in."""
    style = numbered_style(line)
    mark = NUMBERED_PATTERNS[style].match(line) if style else None
    match = _RUN_IN.match(line, mark.end()) if mark else None
    if match is None or match.group(1).endswith(_SAYS) or heads_nothing(line):
        return None
    text = line[match.end() :]
    if len(text) < _TEXT_MIN or not is_prose(text):
        return None
    return match.end(1), match.end()


def run_in_heads(lines: list[str], heads: list[tuple[int, str]]) -> dict[int, tuple[int, int]]:
    """Lines (with their split) of run-in heads whose count goes on from or to heads of the same
    numbering on lines of their own ((line, style) each): a chain of consecutive counts with two
    heads alone, or at least as many alone as run-in."""
    alone = {i: style for i, style in heads if style in NUMBERED_RANK}
    if not alone:
        return {}
    out: dict[int, tuple[int, int]] = {}
    chains = count_chains(lines, set(alone.values()))
    # （一）…（三） alone under 二、: the count heads sections, under 三、 too where it is set run-in
    sections = {style for style, chain in chains if sum(1 for i in chain if alone.get(i) == style) >= _ALONE_MIN}
    for style, chain in chains:
        heads_alone = sum(1 for i in chain if alone.get(i) == style)
        splits = {i: split for i in chain if i not in alone and (split := run_in_split(lines[i]))}
        whole = style in sections and len(splits) == len(chain) >= _ALONE_MIN and _counts_from_one(lines[chain[0]])
        if splits and (heads_alone >= _ALONE_MIN or 0 < len(splits) <= heads_alone or whole):
            out.update(splits)
    return out


def _counts_from_one(line: str) -> bool:
    number = number_of(line)
    return number is not None and number[1] == 1


def count_chains(lines: list[str], styles: set[str] | None = None) -> list[tuple[str, list[int]]]:
    """The numbered lines of each numbering (of styles, or all), in chains of consecutive counts
    (（一）（二）（三）…; a count that does not go on starts another chain)."""
    chains: dict[str, list[list[int]]] = {}
    counts: dict[str, int] = {}
    for i, line in enumerate(lines):
        numbered = number_of(line) if line[:1] not in ("", " ") else None
        if numbered is None or styles is not None and numbered[0] not in styles:
            continue
        style, count = numbered
        runs = chains.setdefault(style, [])
        if runs and counts[style] + 1 == count:
            runs[-1].append(i)
        else:
            runs.append([i])
        counts[style] = count
    return [(style, chain) for style, runs in chains.items() for chain in runs]


def lone_stopped_heads(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """Lines of numbered heads ending in a full stop ((line, style) each) that no sibling of their
    chain of counts joins: （二）支持参与国家重大战略。 after （一）引导完善治理结构。 on a line of its
    own, neither over text, is an item of a list like its sibling, not the one head among them."""
    alone = {i for i, style in heads if style in NUMBERED_RANK}
    stopped = {i for i in alone if strip_closers(lines[i]).endswith("。")}
    if not stopped:
        return set()
    lone: set[int] = set()
    for _, chain in count_chains(lines):
        heads_in = [i for i in chain if i in alone]
        if len(chain) > 1 and len(heads_in) == 1 and heads_in[0] in stopped:
            lone.add(heads_in[0])
    return lone
