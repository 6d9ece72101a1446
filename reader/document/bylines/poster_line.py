"""A poster's name alone on a line beside the post's date, between the headline and the text
(標題 / 小美 / 2020-03-24, 標題 / 2020-03-06 / SomeUser): the byline repost and viral-news sites
print, with no role word before it."""

from __future__ import annotations

from collections.abc import Sequence

from reader.document import rx
from reader.document.bylines.credit_forms import is_signed_name
from reader.document.scraped.patterns import CHROME_WORDS, is_chrome

# A handle: one Latin word of letters and digits (Cara, BLUEPOWER, john_doe), not a bare number.
_HANDLE = rx.compile(r"[A-Za-z][A-Za-z0-9_.\-]{2,19}")
# 2020-03-24, 2020年3月24日 星期二 14:02: a date line of the date and time alone.
_BARE_DATE = rx.compile(r"[\d\s\-/.:年月日()（）星期周週一二三四五六日天]+")
# 聯絡作者：某某, 某某更多文章, 某某的专栏: a line naming the writer again, which vouches for a name under the date.
_WRITER_CUE = rx.compile(r"作者|更多文章|的文章|联络|聯絡|联系|聯繫|专栏|專欄|[Pp]osts? by|[Mm]ore from")
_CUE_LINE_MAX = 30


def poster_beside_date(lines: list[str], title: int | None, between: Sequence[int],
                       dated: Sequence[int]) -> int | None:
    """The line naming the poster: right under the headline and over the date line, or right
    under the date line when the page names it again elsewhere (a category may stand there)."""
    if title is None or len(dated) != 1 or not _BARE_DATE.fullmatch(lines[dated[0]].strip()):
        return None  # 由 某某 发布于 2024-02-24: the date line names its poster itself
    date = dated[0]
    over, under = date - 1, date + 1
    if over == title + 1 and over in between and _name(lines[over]):
        return over
    if under in between and _name(lines[under]) and _named_again(lines, under):
        return under
    return None


def _name(line: str) -> bool:
    bare = line.strip()
    return bare not in CHROME_WORDS and not is_chrome(bare) and (
        is_signed_name(bare) or _HANDLE.fullmatch(bare) is not None and not bare.isupper() or _shouted(bare)
    )


def _shouted(bare: str) -> bool:
    """BLUEPOWER: an upper-case handle, not an acronym of three or four letters (NBA, HTML)."""
    return _HANDLE.fullmatch(bare) is not None and len(bare) > 4  # noqa: PLR2004


def _named_again(lines: list[str], i: int) -> bool:
    name = lines[i].strip()
    return any(name in line and len(line) <= _CUE_LINE_MAX and _WRITER_CUE.search(line)
               for k, line in enumerate(lines) if k != i)
