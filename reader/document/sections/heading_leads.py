"""A part's head over its short lead: a feature sets its parts' heads over a paragraph or two that
open the part, then the sub-heads of the part, each over much longer text. Among heads set alone
alike, the few whose text is only such a lead, each followed by heads over long text, head the
parts the heads after them are the sections of."""

from __future__ import annotations

_LEAD_PARAGRAPHS = 2  # a part's lead is a paragraph or two
_LEADS_MIN = 2  # parts that open so: one short section alone is just a short section
_FOLLOWERS_MIN = 2  # sub-sections under each part's lead
_SHORT_SHARE = 4  # at most one in this many sub-sections is as short as a lead
_LONGER = 2  # the two sub-sections after a lead each hold at least this many times its text


def lead_heads(lines: list[str], heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the heads set alone ((line, style, sub-heading's line) each) whose text is a short
    lead (a paragraph or two) over two or more heads set alone, the first two over twice its text or
    more, when two or more parts open so."""
    lone = [i for i, style, sub in heads if style == "single" and sub is None]
    if len(lone) < _LEADS_MIN * (1 + _FOLLOWERS_MIN):
        return set()
    # a head's text runs to the next head set alone (numbered heads inside it are its own)
    sizes = [_text_of(lines, i + 1, end) for i, end in zip(lone, [*lone[1:], len(lines)], strict=True)]
    opens = [k + 1 < len(lone) and 0 < sizes[k][0] <= _LEAD_PARAGRAPHS and _LONGER * sizes[k][1] <= _shorter_after(sizes, k)
             for k in range(len(lone))]
    leads: set[int] = set()
    k = 0
    while k < len(lone):
        after = next((m for m in range(k + 1, len(lone)) if opens[m]), len(lone))
        if opens[k] and after - k > _FOLLOWERS_MIN:
            leads.add(lone[k])
        k = after
    if len(leads) < _LEADS_MIN:
        return set()
    # the sub-sections are long: a lead stands out only where the sections after it are
    followers = [paras for i, (paras, _) in zip(lone, sizes, strict=True) if i > min(leads) and i not in leads]
    short = sum(1 for paras in followers if paras <= _LEAD_PARAGRAPHS)
    return leads if short * _SHORT_SHARE <= len(followers) else set()


def _shorter_after(sizes: list[tuple[int, int]], k: int) -> int:
    """The shorter text of the two sections after section k (0 when none follow)."""
    return min((chars for _, chars in sizes[k + 1 : k + 1 + _FOLLOWERS_MIN]), default=0)


def _text_of(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """(paragraphs, characters) of the non-empty lines start..end."""
    texts = [len(line) for line in lines[start:end] if line.strip()]
    return len(texts), sum(texts)
