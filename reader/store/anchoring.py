"""W3C-style text anchors: a quote with context plus a position, re-resolved when text changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix, as in a W3C TextQuoteSelector
FUZZY_THRESHOLD = 0.75  # below this similarity a fuzzy candidate is "different text"
MIN_FUZZY_QUOTE = 8  # shorter quotes are like too much other text; only context places them
MAX_FUZZY_QUOTE = 2000  # longer quotes only get the cheap context-bounded fuzzy match
NEAR_WINDOW = 4096  # first look for the quote this close to where it should be
FUZZY_WINDOW = 16384  # a fuzzy match is looked for this close to where the quote should be


@dataclass(frozen=True, slots=True)
class Anchor:
    """A TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector (start, end)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """The anchor of text[start:end]; raises ValueError for offsets outside text."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}..{end} is outside the text (0..{len(text)})")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def similarity(a: str, b: str) -> float:
    """How alike two strings are, 0..1 (difflib ratio without the junk heuristic)."""
    if a == b:
        return 1.0
    # Imported here: only a quote that moved and changed needs difflib, never a start-up.
    from difflib import SequenceMatcher

    # difflib's ratio depends on argument order; a fixed order makes this symmetric.
    first, second = sorted((a, b))
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def resolve(anchor: Anchor, text: str, delta: int = 0) -> tuple[int, int] | None:
    """Where the anchor is in text now, or None for an orphan.

    delta is a hint: how far the previous anchor of the same document moved, so a
    document that only grew or shrank before the quote resolves without a search.
    """
    if not anchor.exact:
        return _resolve_point(anchor, text, delta)
    start, end = anchor.start, anchor.end
    if text[start:end] == anchor.exact and _full_context(anchor, text, start):
        return start, end
    shifted = start + delta
    if (
        delta
        and text[shifted : shifted + len(anchor.exact)] == anchor.exact
        and _full_context(anchor, text, shifted)
    ):
        return shifted, shifted + len(anchor.exact)
    found = _nearest_exact(anchor, text, shifted)
    if found is not None:
        return found, found + len(anchor.exact)
    return _fuzzy(anchor, text, shifted)


def resolve_all(anchors: Iterable[Anchor], text: str) -> list[tuple[int, int] | None]:
    """resolve() each anchor, feeding the last movement forward as the hint."""
    results: list[tuple[int, int] | None] = []
    delta = 0
    for anchor in anchors:
        span = resolve(anchor, text, delta)
        if span is not None:
            delta = span[0] - anchor.start
        results.append(span)
    return results


def _context_score(anchor: Anchor, text: str, start: int) -> int:
    """Characters of prefix and suffix that still match around an occurrence at start."""
    end = start + len(anchor.exact)
    score = 0
    prefix = anchor.prefix
    for i in range(1, len(prefix) + 1):
        if start - i < 0 or text[start - i] != prefix[-i]:
            break
        score += 1
    for i, char in enumerate(anchor.suffix):
        if end + i >= len(text) or text[end + i] != char:
            break
        score += 1
    return score


def _full_context(anchor: Anchor, text: str, start: int) -> bool:
    return _context_score(anchor, text, start) == len(anchor.prefix) + len(anchor.suffix)


def _occurrences(needle: str, text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of needle in text[lo:hi], in order."""
    hi = len(text) if hi is None else hi
    found: list[int] = []
    i = text.find(needle, max(0, lo), hi)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1, hi)
    return found


def _best(anchor: Anchor, text: str, candidates: list[int], near: int) -> int | None:
    """The candidate with the most matching context, the nearest to near among equals."""
    if not candidates:
        return None
    return max(candidates, key=lambda i: (_context_score(anchor, text, i), -abs(i - near)))


def _nearest_exact(anchor: Anchor, text: str, near: int) -> int | None:
    """The exact quote nearest near, context choosing among repeats."""
    length = len(anchor.exact)
    local = _occurrences(anchor.exact, text, near - NEAR_WINDOW, near + length + NEAR_WINDOW)
    full = [i for i in local if _full_context(anchor, text, i)]
    if full:
        return min(full, key=lambda i: abs(i - near))
    # Only now scan the whole text: the quote moved far, or its context changed.
    return _best(anchor, text, _occurrences(anchor.exact, text), near)


def _resolve_point(anchor: Anchor, text: str, delta: int) -> tuple[int, int] | None:
    """An empty quote (a caret bookmark) is found by its context alone."""
    context = anchor.prefix + anchor.suffix
    near = anchor.start + delta
    if not context:
        point = min(max(near, 0), len(text))
        return point, point
    found = _occurrences(context, text)
    if not found:
        return None
    at = min(found, key=lambda i: abs(i + len(anchor.prefix) - near)) + len(anchor.prefix)
    return at, at


def _fuzzy(anchor: Anchor, text: str, near: int) -> tuple[int, int] | None:
    """The most similar passage near where the quote should be, if similar enough."""
    exact = anchor.exact
    candidates: list[tuple[int, int]] = []
    prefix_end = _nearest_end_of(anchor.prefix, text, near)
    suffix_start = _nearest_start_of(anchor.suffix, text, near + len(exact))
    # Both context strings survived: the quote was edited in place between them.
    if (
        prefix_end is not None
        and suffix_start is not None
        and 0 < suffix_start - prefix_end <= 2 * len(exact) + 8
    ):
        candidates.append((prefix_end, suffix_start))
    if MIN_FUZZY_QUOTE <= len(exact) <= MAX_FUZZY_QUOTE:
        centres = {near}
        if prefix_end is not None:
            centres.add(prefix_end)
        if suffix_start is not None:
            centres.add(suffix_start - len(exact))
        for centre in sorted(centres):
            span = _align(exact, text, centre)
            if span is not None:
                candidates.append(span)
    best: tuple[float, tuple[int, int]] | None = None
    for span in candidates:
        score = similarity(exact, text[span[0] : span[1]])
        if best is None or score > best[0]:
            best = (score, span)
    if best is None or best[0] < FUZZY_THRESHOLD:
        return None
    return best[1]


def _nearest_end_of(context: str, text: str, near: int) -> int | None:
    """End offset of the occurrence of context ending closest to near, if one is near."""
    start = _nearest_start_of(context, text, near - len(context))
    return None if start is None else start + len(context)


def _nearest_start_of(context: str, text: str, near: int) -> int | None:
    """Start offset of the occurrence of context closest to near, within FUZZY_WINDOW."""
    if len(context) < CONTEXT // 2:
        return None  # a short prefix (start of text) is too common to locate anything
    # Only nearby: a passage both moved far and edited is not worth a scan per orphan.
    found = _occurrences(context, text, near - FUZZY_WINDOW, near + len(context) + FUZZY_WINDOW)
    if not found:
        return None
    return min(found, key=lambda i: abs(i - near))


def _align(exact: str, text: str, centre: int) -> tuple[int, int] | None:
    """The span of text around centre that lines up best with exact."""
    from difflib import SequenceMatcher  # see similarity()

    length = len(exact)
    lo = max(0, centre - length // 2 - CONTEXT)
    window = text[lo : centre + length + length // 2 + CONTEXT]
    if not window:
        return None
    matcher = SequenceMatcher(None, exact, window, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    # Anchor on the longest common run and keep only runs consistent with it, so
    # stray matches of common characters far away do not stretch the span.
    longest = max(blocks, key=lambda b: b.size)
    origin = longest.b - longest.a
    slack = length // 4 + 2
    kept = [b for b in blocks if abs((b.b - b.a) - origin) <= slack]
    first, last = kept[0], kept[-1]
    return lo + first.b, lo + last.b + last.size
