"""A major numbering set inside a minor one: 第1节 first met under 三、, with 四、 after it, counts
the parts of 三、, though 第一节 usually stands over 一、 — which numbering is the outer one is
shown by the text's own order, not by the usual ranks."""

from __future__ import annotations

from reader.document.sections.heading_sequences import number_of

_INSIDE_STEP = 0.5  # a numbering found inside another ranks between it and the next more minor one


def inner_majors(styles: list[str], lines: list[str], ranks: dict[str, float]) -> dict[str, float]:
    """The ranks with every numbering that first appears inside a more minor run (under 三、,
    with 四、 still to come) put just under that run's numbering."""
    out = dict(ranks)
    counts = [number_of(line) for line in lines]
    for k, style in enumerate(styles):
        if style not in ranks or style in styles[:k]:
            continue  # only where a numbering is first met
        outer = _open_minor_run(styles, counts, ranks, k)
        if outer is not None:
            out[style] = out[outer] + _INSIDE_STEP
    return out


def _open_minor_run(
    styles: list[str], counts: list[tuple[str, int] | None], ranks: dict[str, float], k: int
) -> str | None:
    """The most minor numbering whose run is open at head k and goes on after it (三、 before,
    四、 after), when it ranks under head k's numbering."""
    for j in range(k - 1, -1, -1):
        above, count = styles[j], counts[j]
        if above not in ranks or count is None:
            continue
        if ranks[above] <= ranks[styles[k]]:
            return None  # a head of its rank or a more major one is open: the usual order holds
        goes_on = any(
            styles[m] == above and (c := counts[m]) is not None and c[1] == count[1] + 1
            for m in range(k + 1, len(styles))
        )
        return above if goes_on else None
    return None
