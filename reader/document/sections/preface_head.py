"""A post's lone preface head (前言 over its paragraph, then 一、… / 二、…): a head, though find_headings
keeps an unnumbered head only with another of its kind."""

from __future__ import annotations

from reader.document.scraped.patterns import NUMBERED_RANK, is_prose
from reader.document.sections.heading_preface import PREFACE
from reader.document.sections.headings import Heading


def with_preface_head(lines: list[str], found: list[Heading]) -> list[Heading]:
    """前言 over a paragraph, above the first of the numbered heads (一、… / 二、…): the head of the
    post's opening part, though no other unnumbered head stands with it."""
    first = found[0] if found else None
    if first is None or first.style not in NUMBERED_RANK:
        return found
    preface = next((i for i in range(first.index) if PREFACE.fullmatch(lines[i].strip())), None)
    if preface is None or preface + 1 >= len(lines) or not is_prose(lines[preface + 1]):
        return found
    return [Heading(preface, "single"), *found]
