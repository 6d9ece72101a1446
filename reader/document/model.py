"""The document model: immutable dataclasses, offsets into one normalized text.

Plain data: whoever builds a Document (reader.document.builder) fills it; what takes long to
derive from it is computed by reader.document.stats and .figures when first asked for.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter

TABLE_CELL_RULE = " │ "  # between the cells of a table row in Document.text (never in a cell)
# a web table's cell: its own, or empty under the one to its left spanning columns, or under
# the one above spanning rows (drawn merged with that one)
CELL_OWN, CELL_SPANNED_LEFT, CELL_SPANNED_ABOVE = 0, 1, 2


class BlockKind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"
    SUBHEADING = "subheading"  # the second line of a paired heading
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    CODE = "code"
    QUOTE = "quote"
    CAPTION = "caption"  # a photo caption left in the text by the scraper
    TABLE_ROW = "table_row"  # a Markdown table's row: its cells joined by TABLE_CELL_RULE


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    DURATION = "duration"
    DATE = "date"
    AREA = "area"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: its file, importer, encoding and the hash of its text."""

    path: str
    kind: str  # "text" | "markdown"
    encoding: str
    sha256: str  # of `Document.text` encoded as UTF-8
    raw_sha256: str = ""  # of the file's bytes (its encoding choice is the file's, not the text's)


@dataclass(frozen=True, slots=True)
class Block:
    """One line of `Document.text`: text[start:end] is its plain text."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level; list nesting depth for list items; 1 for a table's header
    section_id: str | None = None  # for headings and sub-headings
    html: str | None = None  # sanitized inline HTML (Markdown only); None: plain text
    number: int | None = None  # an ordered list's item: its number (Markdown only)
    quote: int = 0  # how many block quotes hold it (Markdown only)
    rule_before: bool = False  # a horizontal rule (---) stands above it (Markdown only)
    spans: tuple[int, ...] = ()  # a web table's row: each cell's place (CELL_OWN, …)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text under it, up to the next heading of its level or above."""

    id: str
    level: int
    title: str
    subtitle: str | None
    start: int  # offset of the heading in text
    end: int  # offset where the section, children included, ends
    children: tuple[Section, ...] = ()

    def walk(self) -> list[Section]:
        """This section and all its descendants, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True, slots=True)
class Disclaimer:
    """The site's copyright or disclaimer box, folded away at the end of the article."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(slots=True)
class Part:
    """One line of the article as an importer found it, before offsets exist."""

    kind: BlockKind
    text: str
    level: int = 0
    subtitle: str | None = None  # for headings: the paired second line
    anchor: str | None = None  # for headings: a preferred section id
    html: str | None = None
    line: int | None = None  # index of the source line it came from (plain-text importer)
    sub_line: int | None = None  # for paired headings: the source line of the subtitle
    number: int | None = None  # an ordered list's item: its number
    quote: int = 0  # how many block quotes hold it
    rule_before: bool = False  # a horizontal rule stands above it
    spans: tuple[int, ...] = ()  # a web table's row: each cell's place (CELL_OWN, …)


@dataclass(slots=True)
class Metadata:
    path: str
    kind: str
    encoding: str
    title: str | None = None
    subtitle: str | None = None
    title_line: int | None = None  # source line of the title (plain-text importer)
    title_lines: tuple[int, ...] = ()  # every source line the title and subtitle came from
    site: str | None = None
    breadcrumb: tuple[str, ...] = ()
    byline: str | None = None
    dateline: str | None = None
    disclaimer: Disclaimer | None = None
    left_out: list[tuple[int, str, str]] | None = None  # (source line, text, role) not shown


@dataclass(frozen=True, slots=True)
class Imported:
    """What an importer found, before it was laid out: the document is built again from it
    when the reader corrects the structure (reader.document.corrections)."""

    metadata: Metadata
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A line of the file the importer kept out of the article text, with the role it gave it."""

    text: str
    role: str  # chrome | breadcrumb | dateline | byline | disclaimer
    offset: int  # where it stood: the offset in Document.text of the next line shown


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity the article quotes: a number with its unit, typed, with what it measures."""

    value: float  # the first number of a range (3至5年: 3)
    unit: str
    kind: FigureKind
    label: str | None  # the subject in the article's words; None when the clause has no clear one
    start: int
    end: int  # text[start:end] is the number with its unit
    context: str = ""  # the clause that holds it, at most ~60 characters


@dataclass(frozen=True, slots=True)
class Stats:
    """Reading statistics of a document."""

    characters: int
    cjk_characters: int
    latin_words: int
    paragraphs: int
    sections: int
    reading_minutes: float
    section_lengths: tuple[tuple[str, int], ...] = ()  # (section id, characters)


class Derived:
    """What is computed from a Document when first asked for (after the first paint) and kept
    with it: its statistics (stats.document_stats), key figures (figures.document_figures) and
    the lines left out, joined (note_text.in_left_out).
    Not part of the document's value: left out of ==, hash and repr; replace() starts afresh."""

    __slots__ = ("figures", "left_out_text", "stats")

    def __init__(self) -> None:
        self.stats: Stats | None = None
        self.figures: tuple[Figure, ...] | None = None
        self.left_out_text: str | None = None  # note_text.in_left_out's: the lines, joined


@dataclass(frozen=True, slots=True)
class Document:
    """An imported article: one normalized text, its blocks and sections, and metadata."""

    source: Source
    text: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    title: str | None = None
    subtitle: str | None = None
    site: str | None = None
    breadcrumb: tuple[str, ...] = ()
    byline: str | None = None
    dateline: str | None = None  # date and source under the title, e.g. 2020-10-04 20:30 来源: 长江网
    disclaimer: Disclaimer | None = None
    left_out: tuple[LeftOut, ...] = ()  # nothing in the file is lost: what the article omits
    notice: str | None = None  # how it was opened, for the status bar (Markdown shown as text)
    # The importer's own output (corrections are applied to it), and the reader's corrections
    # applied to this document (each with whether it found its line).
    origin: Imported | None = field(default=None, repr=False, compare=False)
    corrections: tuple[Applied, ...] = ()
    derived: Derived = field(default_factory=Derived, init=False, repr=False, compare=False)

    def all_sections(self) -> list[Section]:
        """Every section in document order, children after their parent."""
        return [section for root in self.sections for section in root.walk()]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose range holds offset: a binary search among the sections
        of each level, from the top down (an export of 10,000 notes asks once a note)."""
        found: Section | None = None
        siblings = self.sections
        while siblings:
            i = bisect_right(siblings, offset, key=_start) - 1
            if i < 0 or offset >= siblings[i].end:
                break  # siblings don't overlap: no other holds offset
            found = siblings[i]
            siblings = found.children
        return found


_start = attrgetter("start")


class Action(StrEnum):
    """What a correction makes of a line (reader.document.corrections)."""

    HEADING = "heading"  # with a level
    SUBHEADING = "subheading"  # the second line of the heading above
    BODY = "body"  # not a heading
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    START = "start"  # the article starts at this line
    END = "end"  # … and ends at this one
    DISCLAIMER = "disclaimer"  # this line and the rest of the body are the disclaimer
    KEEP = "keep"  # a removed line back in the article


@dataclass(frozen=True, slots=True)
class Correction:
    """The reader's role for one line, named by its text (the line above it and its place
    among the lines tell repeated lines apart, and find it again in a re-scraped page)."""

    action: Action
    text: str  # the whole line, as imported
    level: int = 0  # for HEADING
    before: str = ""  # the line above it (any role)
    line: int = -1  # its place among the lines: where to look first


@dataclass(frozen=True, slots=True)
class Applied:
    """A correction and whether it found its line this time (a re-scraped page may lack it)."""

    correction: Correction
    found: bool


class DocumentError(Exception):
    """A file that can't be opened as an article; str() is a one-line reason for the user."""
