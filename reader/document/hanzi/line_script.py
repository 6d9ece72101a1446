"""Which script each line is written in, so that each line is converted from its own script.

Converting a traditional text by way of simplified loses what simplified merges: OpenCC must
guess back, and guesses wrong (係 → 系, 製 → 制, 鐘 → 鍾, 發 → 髮), and Taiwan's 台 becomes 臺.
Yet a simplified page quoting a Taiwanese name, or a traditional page with simplified site
chrome, still needs each of its lines converted. So each line is read by the script of its
characters (the commonest ones that differ between the scripts), and a
line with as many of one as of the other by the text's script.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.document import rx
from reader.document.hanzi.script import SIMPLIFIED_FORMS, TRADITIONAL_FORMS

# Simplified forms that traditional texts write too (台灣, 皇后, 布告, 于姓, 只有, 系統, 周邊):
# they say nothing about a line's script.
_ALSO_TRADITIONAL = frozenset("布杰后复户采于准台云叶干里系周制只")
# More of the commonest characters that differ (made with OpenCC's t2s), beyond the table's.
_MORE_TRADITIONAL = "係價億兩勞區參單團場壓學將層島師從應書東樣歲歷氣減濟灣無現產確種組縣總織續義萬術裏裡親該認語識議變讓費質車軍農這過達選陸隊際顯馬麼"
_MORE_SIMPLIFIED = "万东两么义书产亲亿从价军农减劳区单历压县参变团场学将层岁岛师应总无显术样气济湾现确种组织续认让议该语质费车达过这选队际陆马"
_TRADITIONAL = rx.compile(f"[{TRADITIONAL_FORMS}{_MORE_TRADITIONAL}]")
_TELLING = set(SIMPLIFIED_FORMS + _MORE_SIMPLIFIED) - _ALSO_TRADITIONAL - set(TRADITIONAL_FORMS)
_SIMPLIFIED = rx.compile("[" + "".join(sorted(_TELLING)) + "]")
_SAMPLE = 4000  # characters: the text's script shows in its opening


def is_traditional(line: str, tie: bool) -> bool:
    """Whether more of line's telling characters are traditional than simplified (tie: the
    answer when as many are)."""
    traditional = len(_TRADITIONAL.findall(line))
    simplified = len(_SIMPLIFIED.findall(line))
    return tie if traditional == simplified else traditional > simplified


def text_is_traditional(text: str) -> bool:
    """Whether the text is mostly written in traditional characters (its opening is read)."""
    return is_traditional(text[:_SAMPLE], tie=False)


def scripts_in(text: str) -> set[bool]:
    """Whether traditional, for each script some line or character of text is read in (the text's
    own script for those that tell neither)."""
    return {text_is_traditional(text)} | ({True} if _TRADITIONAL.search(text) else set()) | (
        {False} if _SIMPLIFIED.search(text) else set()
    )


Convert = Callable[[str], str]


def by_line(from_simplified: Convert, from_traditional: Convert, tie: bool) -> Convert:
    """A converter that converts each line by the converter for its script, runs of lines of
    one script at a time (one call to OpenCC for a run, not one for each line)."""

    def convert(text: str) -> str:
        out: list[str] = []
        run: list[str] = []
        run_traditional = False
        for line in text.split("\n"):
            traditional = is_traditional(line, tie)
            if run and traditional != run_traditional:
                out.append(_run(run, from_traditional if run_traditional else from_simplified))
                run = []
            run.append(line)
            run_traditional = traditional
        out.append(_run(run, from_traditional if run_traditional else from_simplified))
        return "\n".join(out)

    return convert


def _run(lines: list[str], convert: Convert) -> str:
    return convert("\n".join(lines))
