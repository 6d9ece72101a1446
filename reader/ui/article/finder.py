"""Find all occurrences of a query in rendered text: plain Python, positions 1:1 with the text."""

from __future__ import annotations

from bisect import bisect_right


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


def find_all_skipping(haystack: str, needle: str, skip: str) -> list[int]:
    """find_all, with the characters skip left out of haystack (the renderer's zero-width
    spaces): a match may span one; positions stay haystack's."""
    if skip not in haystack:
        return find_all(haystack, needle)
    marks: list[int] = []  # where each skipped character would be in the cleaned text
    at = haystack.find(skip)
    while at != -1:
        marks.append(at - len(marks))
        at = haystack.find(skip, at + 1)
    found = find_all(haystack.replace(skip, ""), needle)
    return [start + bisect_right(marks, start) for start in found]

