"""A dispatch's opening inside its first paragraph as the article's date line, for `reader dump`.

新华社北京5月6日电（记者 张三）某市…: where and when the story was filed, by which agency and
reporters, opens the text itself; with no date line over the text, the dump's dateline is read
from it. The paragraph keeps it: the text is the article's as written.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from reader.document import rx
from reader.document.bylines.article_writers import wire_reporters
from reader.document.bylines.dateline_fields import Dateline, parse_dateline
from reader.document.hanzi.script import probe

# 新华社北京5月6日电, 中新网北京2024年5月6日电, 新华社记者张三北京6日电, 本报上海5月6日讯 (read as a
# probe: 電 is 电), then its bracket: 记者 张三, 受权发布.
_OPENING = rx.compile(
    r"^(?:据)?[^，。,\s（()）：:]{2,24}?\d{1,2}日(?:专)?[电讯](?:[\s　]*[（(][^（）()]{1,40}[）)])?"
)
# The agency or outlet before the place: 新华社, 中新网, 中国新闻网; never the paper's 本报.
_AGENCY = rx.compile(r"^(?:据)?([^\W\d_]{1,6}?(?:社|网|报|台))")
_OWN = ("本报", "本网", "本台", "本社")
_SCAN = 80  # characters of the paragraph read for its opening


def wire_dateline(paragraph: str, page: Iterable[str] = ()) -> Dateline | None:
    """The dispatch's opening of paragraph as a date line (None when it opens with none); page:
    the page's other lines, whose full dates of the same month and day give it its year."""
    read = probe(paragraph[:_SCAN])
    opening = _OPENING.match(read)
    if opening is None:
        return None
    text = paragraph[: opening.end()].strip()
    line = parse_dateline(text)
    agency = _AGENCY.match(read)
    publisher = line.publisher or (
        paragraph[agency.start(1) : agency.end(1)] if agency and agency.group(1) not in _OWN else None
    )
    published = line.published or _dated_on_page(read[: opening.end()], page)
    return Dateline(text, published, publisher, line.authors or wire_reporters(paragraph))


_MONTH_DAY = rx.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_PAGE_LINES = 200  # the page's first left-out lines read for the date: a huge page's tail is not read


def _dated_on_page(opening: str, page: Iterable[str]) -> str | None:
    """5月6日电 and 2024-05-06 10:20 elsewhere on the page (and no other year for that day): 2024-05-06."""
    month_day = _MONTH_DAY.search(opening)
    if month_day is None:
        return None
    month, day_of_month = str(int(month_day[1])), str(int(month_day[2]))
    day = f"-{int(month):02d}-{int(day_of_month):02d}"
    # Every written form of the day holds its month's and day's digits (2024-05-06, 2024年5月6日):
    # a line lacking either is not parsed (substring tests in C, parse_dateline is slow).
    years = {
        date[:4] for text in itertools.islice(page, _PAGE_LINES)
        if month in text and day_of_month in text and (date := parse_dateline(text).published) and date[4:10] == day
    }
    return f"{years.pop()}{day}" if len(years) == 1 else None
