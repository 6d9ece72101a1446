"""A head over the first of its sub-sections' heads, not a head and its sub-heading.

Two short lines over a paragraph read as a head and its sub-heading (标题 / 副标题) when the
article sets its heads that way; siblings are set alike. When only one such pair stands among
heads set alone, and heads set alone follow it, its second line is the first of them: the first
line heads the section they are the sub-sections of.
"""

from __future__ import annotations

_SINGLES_AFTER = 2  # heads set alone after the pair, of which its second line is the first


def lone_pairs(heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the pairs ((line, style, sub-heading's line) each) to split into a section's head
    over the first of its sub-sections' heads."""
    pairs = [k for k, (_, style, sub) in enumerate(heads) if sub is not None and style in ("single", "pair")]
    if len(pairs) != 1:
        return set()
    k = pairs[0]
    after = 0
    for _, style, sub in heads[k + 1 :]:
        if style != "single" or sub is not None:
            break
        after += 1
    return {heads[k][0]} if after >= _SINGLES_AFTER else set()
