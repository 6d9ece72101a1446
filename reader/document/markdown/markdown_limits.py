"""How much of each shape markdown_guard lets Python-Markdown take on, and the counts it
allows: headings, list items, table rows… each cost ~0.1 ms, and no article has 30 000."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Budget:
    """Work allowed on a source of n characters: base + per_char * n."""

    base: int
    per_char: int = 0

    def cap(self, n: int) -> int:
        return self.base + self.per_char * n


@dataclass(frozen=True, slots=True)
class Limits:
    """A budget for each shape, in the unit its rescans cost, and limits on counts."""

    brackets: Budget  # characters read from `[` and `](` to their match
    inline: Budget  # inline marks in a paragraph x its length
    splits: Budget  # lines split off a paragraph x its length
    tags: Budget  # characters read from `<x` to its `>`
    fences: Budget  # characters read from an opening fence to its close
    fence_copies: Budget  # code blocks x the length of the text
    equal_headings: Budget  # sum over equal heading ids of count * (count - 1) / 2
    footnotes: Budget  # footnote marks squared
    spaces: Budget  # each run of spaces inside a line, squared
    nesting: int  # lists and quotes inside each other
    paragraphs: int  # blank lines: each moves every block after it in a list, several times
    list_items: int
    html_blocks: int  # lines that start with a tag: more work yet than a paragraph
    headings: int
    table_rows: int  # in one table
    table_cells: int  # in one table


# Each budget is about half a second of Python-Markdown's time (2-core CI machine), plus about
# 0.5 µs a character; what a unit costs, measured, is in the comment. The Markdown of
# bench/devset and of the shared corpus uses at most a tenth of any of them, and 2 MB of
# README at most a third.
DOCUMENT = Limits(
    brackets=Budget(1_500_000, 1),  # ~300 ns: getText walks the characters in Python
    inline=Budget(300_000_000, 200),  # ~1.7 ns: a string copy and a regex search
    splits=Budget(10_000_000, 20),  # ~45 ns: every block processor's test again
    # Tags that close within the file cost at most their length: the base only ever buys
    # unclosed ones, whose cost grows with their square; ~20 ms of it keeps time linear.
    tags=Budget(100_000, 1),  # ~200 ns: html.parser's attribute regex backtracks
    fences=Budget(10_000_000, 2),  # ~60 ns: a lazy search for the closing fence
    fence_copies=Budget(10_000_000_000),  # ~0.25 ns: 5 000 code blocks in 2 MB pass
    equal_headings=Budget(5_000_000),  # ~60 ns: 3 000 headings of one title pass
    footnotes=Budget(100_000_000),  # ~10 ns (a list.index): 5 000 footnotes pass
    # ~3 ns: attr_list's pattern for a heading's, a cell's or a term's {: attributes} reads
    # a run of spaces from each of its spaces (a run of 300 000 spaces took minutes).
    spaces=Budget(150_000_000, 100),
    nesting=64,
    paragraphs=30_000,  # ~2.5 ns x paragraphs squared: 2 s; 2 MB of README has 15 000
    list_items=30_000,
    html_blocks=10_000,
    headings=10_000,
    table_rows=10_000,
    table_cells=50_000,
)
NOTE = Limits(  # rendered on the GUI thread: about a tenth of the document's
    brackets=Budget(150_000, 1),
    inline=Budget(30_000_000, 100),
    splits=Budget(1_000_000, 20),
    tags=Budget(25_000, 1),
    fences=Budget(1_000_000, 2),
    fence_copies=Budget(1_000_000_000),
    equal_headings=Budget(500_000),
    footnotes=Budget(10_000_000),
    spaces=Budget(15_000_000, 10),
    nesting=32,
    paragraphs=3_000,
    list_items=3_000,
    html_blocks=1_000,
    headings=1_000,
    table_rows=1_000,
    table_cells=5_000,
)
