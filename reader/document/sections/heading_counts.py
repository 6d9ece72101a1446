"""A count and a space before words that read as a unit (4 只要投入力气, 5 分布式系统): alone, such a
line may be a figure (4 只猫, 5 分钟); between heads counted 3 and 6 it is their sibling, 4 and 5."""

from __future__ import annotations

from reader.document import rx
from reader.document.sections.heading_sequences import number_of

_SPACED_COUNT = rx.compile(r"(\d{1,2})\s+(?=[^\s\d])")
_ARABIC = "arabic"


def counted_siblings(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """Lines of unnumbered heads ((line, style) each, in order) opening with a count and a space
    whose count goes on from the Arabic-counted head before them or leads into the one after."""
    values: list[int | None] = []
    for i, style in heads:
        number = number_of(lines[i]) if style == _ARABIC else None
        values.append(number[1] if number is not None and number[0] == _ARABIC else None)
    # The next Arabic value after each head, from one backward pass (values of spaced counts are
    # set as the forward pass goes, but only ever before the head being read: they never come after).
    after: list[int | None] = [None] * len(values)
    for k in range(len(values) - 2, -1, -1):
        after[k] = values[k + 1] if values[k + 1] is not None else after[k + 1]
    out: set[int] = set()
    before: int | None = None  # the last value set before the head being read
    for k, (i, style) in enumerate(heads):
        match = _SPACED_COUNT.match(lines[i]) if style in ("single", "pair") else None
        if match is None:
            before = values[k] if values[k] is not None else before
            continue
        value = int(match.group(1))  # 3 / 4 … / 5 … / 6: each goes on from the one before it
        if value - 1 == before or value + 1 == after[k]:
            out.add(i)
            before = value
    return out
