"""Find all occurrences of a query in rendered text: plain Python, positions 1:1 with the text."""

from __future__ import annotations


def find_all(haystack: str, needle: str, *, case_sensitive: bool = False) -> list[int]:
    """Start positions of every non-overlapping match of needle in haystack."""
    if not needle:
        return []
    if not case_sensitive:
        folded_haystack, folded_needle = haystack.lower(), needle.lower()
        # lower() can change lengths (e.g. 'İ'); positions must stay true, so fall back then.
        if len(folded_haystack) == len(haystack) and len(folded_needle) == len(needle):
            haystack, needle = folded_haystack, folded_needle
    found: list[int] = []
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + len(needle))
    return found
