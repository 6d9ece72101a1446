"""The document model: immutable dataclasses, offsets into one normalized text."""

from __future__ import annotations

from bisect import bisect_right
from enum import StrEnum
from functools import cached_property

from reader.frozen_record import record


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


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    DURATION = "duration"
    DATE = "date"
    OTHER = "other"


@record
class Source:
    """Where a document came from: its file, importer, encoding and the hash of its text."""

    path: str
    kind: str  # "text" | "markdown"
    encoding: str
    sha256: str  # of `Document.text` encoded as UTF-8


@record
class Block:
    """One line of `Document.text`: text[start:end] is its plain text."""

    kind: BlockKind
    start: int
    end: int
    level: int  # heading level; list nesting depth for list items
    section_id: str | None  # for headings and sub-headings
    html: str | None  # sanitized inline HTML (Markdown only); None: plain text

    def __init__(  # noqa: PLR0917 - one argument per field, as the dataclass's own would be
        self,
        kind: BlockKind,
        start: int,
        end: int,
        level: int = 0,
        section_id: str | None = None,
        html: str | None = None,
    ) -> None:
        # One line of text, one Block: filling __dict__ at once takes half the time of the
        # frozen dataclass's object.__setattr__ per field (≈4 ms for a long article).
        self.__dict__.update(
            kind=kind, start=start, end=end, level=level, section_id=section_id, html=html
        )


@record
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


@record
class Disclaimer:
    """The site's copyright or disclaimer box, folded away at the end of the article."""

    title: str
    paragraphs: tuple[str, ...]


@record
class LeftOut:
    """A line of the file the importer kept out of the article text, with the role it gave it."""

    text: str
    role: str  # chrome | breadcrumb | dateline | byline | disclaimer
    offset: int  # where it stood: the offset in Document.text of the next line shown


@record
class Figure:
    """A quantity the article quotes: a number with its unit, typed and labelled."""

    value: float
    unit: str
    kind: FigureKind
    label: str
    start: int
    end: int  # text[start:end] is the number with its unit


@record
class Stats:
    """Reading statistics of a document."""

    characters: int
    cjk_characters: int
    latin_words: int
    paragraphs: int
    sections: int
    reading_minutes: float
    section_lengths: tuple[tuple[str, int], ...] = ()  # (section id, characters)


@record
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

    @cached_property
    def stats(self) -> Stats:
        """Reading statistics, computed when first asked for (≈15 ms for a long article: not
        needed to show it)."""
        from reader.document.stats import compute_stats  # noqa: PLC0415 - stats imports model

        return compute_stats(self.text, self.blocks, self.sections)

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        """The key figures of the body in text order; found when first asked for (not before
        the first paint: ≈160 ms for a long article)."""
        from reader.document.figures import find_figures  # noqa: PLC0415 - figures imports model

        return tuple(find_figures(self.text, self.blocks))

    def keep_figures(self, figures: tuple[Figure, ...]) -> None:
        """Take figures found in steps (find_figures over slices of blocks) as self.figures."""
        self.__dict__["figures"] = figures  # what cached_property itself would store

    def all_sections(self) -> list[Section]:
        """Every section in document order, children after their parent."""
        return list(self._flat_sections)

    @cached_property
    def _flat_sections(self) -> tuple[Section, ...]:
        out: list[Section] = []
        for section in self.sections:
            out.extend(section.walk())
        return tuple(out)

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self._flat_sections]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose range holds offset (a binary search: called while scrolling)."""
        flat = self._flat_sections
        i = bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            if offset < flat[i].end:
                return flat[i]
            i -= 1
        return None


class DocumentError(Exception):
    """A file that can't be opened as an article; str() is a one-line reason for the user."""
