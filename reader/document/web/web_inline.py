"""A saved page's lines as web_page lays them out, read again: a line of inline elements
with a space between each two (a date line's pieces: 发布于 <time>…</time><span>作者 某某</span>
run together where the page's style set them apart), and a <pre>'s lines' indentation."""

from __future__ import annotations

from dataclasses import replace

from reader.document.model import BlockKind, Metadata, Part
from reader.document.normalize import text_lines
from reader.document.stats import is_cjk

META_LINE_CHARS = 200  # a longer line is no date line: never spaced
Inline = tuple[list[str], list[int]]  # a line's pieces of text, and where inline elements begin or end


def spaced_and_indents(chunks: list[tuple[int, list[str]]], gaps: dict[int, list[int]],
                       pres: set[int], counts: list[int],
                       lines: list[str]) -> tuple[dict[int, Inline], dict[int, str]]:  # fmt: skip
    """Layout.inline and Layout.indents of the shown chunks (counts: how many lines each makes)."""
    spaced: dict[int, Inline] = {}
    indents: dict[int, str] = {}
    line = 0
    for i, count in zip((i for i, (owner, _p) in enumerate(chunks) if owner >= 0), counts, strict=True):
        pieces = chunks[i][1]
        if i in pres:
            raw = [text for text in "".join(pieces).expandtabs(4).splitlines() if text.strip()]
            if len(raw) == count:
                indents.update((line + k, text[: len(text) - len(text.lstrip())]) for k, text in enumerate(raw))
        elif count == 1 and i in gaps and len(lines[line]) <= META_LINE_CHARS:
            spaced[line] = (pieces, gaps[i])  # spaced when asked: most lines never are
        line += count
    return spaced, indents


def spaced(inline: Inline) -> str:
    """A line's pieces joined, a space where an inline element begins or ends between two
    pieces that have none."""
    pieces, gaps = inline
    edges = set(gaps)
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if k in edges and out and out[-1] and piece and not out[-1][-1].isspace() and not piece[0].isspace():
            out.append(" ")
        out.append(piece)
    return " ".join(text_lines("".join(out)))


def spaced_dateline(meta: Metadata, inline: dict[int, Inline]) -> Metadata:
    """meta with its date line's pieces apart, when the page set it in inline elements run
    together (2023年5月2日作者 某某 → 2023年5月2日 作者 某某) and the date reads the same."""
    from reader.document.bylines.dateline_fields import parse_dateline

    line = next((i for i, text, role in meta.left_out or []
                 if role == "dateline" and text == meta.dateline and i in inline), None)  # fmt: skip
    if meta.dateline is None or line is None:
        return meta
    apart = spaced(inline[line])  # the whole line's: the date line may be a part cut from it
    same = "".join(apart.split()) == "".join(meta.dateline.split()) and (
        parse_dateline(apart).published == parse_dateline(meta.dateline).published)
    return replace(meta, dateline=apart) if same else meta


CODE_CJK = 0.3  # a <pre> with more Chinese than this is text set as it was typed (a forum's
# post), not code


def code_blocks(parts: list[Part], indents: dict[int, str]) -> list[Part]:
    """The lines of each <pre> of code one code block, each line with its indentation."""
    out: list[Part] = []
    run: list[Part] = []
    for part in [*parts, None]:
        if part is not None and part.line in indents and (not run or part.line == (run[-1].line or 0) + 1):
            run.append(part)
            continue
        text = "\n".join(indents[p.line or 0] + p.text for p in run)
        if run and sum(map(is_cjk, text)) <= CODE_CJK * len(text.replace(" ", "")):
            out.append(Part(BlockKind.CODE, text, line=run[0].line))
        else:
            out.extend(run)
        run = [part] if part is not None and part.line in indents else []
        if part is not None and not run:
            out.append(part)
    return out
