"""Which line is the headline: the rules' pick (the line above the date line, under the
breadcrumb…) weighed with other evidence by a learned model (title_model.py); a headline set
over two lines, split from its subtitle, without the buttons glued after it."""

from __future__ import annotations

from reader.document.bylines.dateline import is_dateline_line
from reader.document.headlines.crumb_title import crumb_echo_title
from reader.document.headlines.headline_cues import cue_features
from reader.document.headlines.headline_reach import (
    dated_candidates,
    dated_headline,
    short_headline,
)
from reader.document.headlines.headline_shape import (
    CUT_TITLE_MIN,
    SITE_NAME,
    TITLE_SEPARATOR,
    is_dash_line,
    is_spaced_menu,
    title_like,
    without_widgets,
)
from reader.document.headlines.paper_kicker import headline_under_kicker, kicker_of
from reader.document.headlines.paper_subtitle import headline_over_subtitle
from reader.document.headlines.post_top import (
    named_title,
    not_headlines,
    repeated_title,
    title_over_follow,
    title_under_meta,
    year_title,
)
from reader.document.headlines.title_furniture import not_a_title, opens_the_text
from reader.document.headlines.title_gap import (
    crumb_cut_title,
    over_buttons,
    past_buttons,
)
from reader.document.headlines.title_model import title_model
from reader.document.scraped.hard_wrap import wrapped_lines
from reader.document.scraped.patterns import (
    CHROME_WORDS,
    breadcrumb_items,
    is_bare_number,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_link_list,
    is_meta,
    is_prose,
    numbered_style,
)
from reader.document.scraped.reading_stats import is_reading_stats
from reader.document.scraped.region import line_score

_TITLE_HALF_MAX = 30
_TITLE_LOOKBACK = 4  # lines between a title and its article: date, source, font-size widgets


_DATELINE_SEARCH = 6  # lines from the article's first line on where its dateline may be
_DATELINE_ABOVE = 30  # a video player's captions can stand between the date and the text
_SHORT_TITLE = 10
_TITLE_ABOVE_DATELINE = 3  # lines a title may sit above its dateline (a subtitle, a widget)


def _dated_title(lines: list[str], start: int, end: int) -> int | None:
    """The title just above a dateline near the article's start.

    A page's date line sits under its headline; finding it is surer than guessing the title
    from the body's edge, which page furniture with long lines can move.
    """
    nearest_first = [*range(start - 1, max(-1, start - 1 - _DATELINE_ABOVE), -1),
                     *range(start, min(start + _DATELINE_SEARCH, end))]
    # A line with a full date first; a source or author line (来源：…) only failing one.
    for dates in (is_dateline, is_dateline_line):
        found = _title_above(lines, [k for k in nearest_first if dates(lines[k])])
        if found is not None:
            return found
    return None


def _title_above(lines: list[str], datelines: list[int]) -> int | None:
    for k in datelines:
        above = [
            i for i in over_buttons(lines, k, _TITLE_ABOVE_DATELINE, lambda i: is_chrome(lines[i]) or not_a_title(lines, i))
            if (title_like(lines[i]) or i == k - 1 and is_dateline(lines[k]) and dated_headline(lines[i]))
            and not is_dash_line(lines[i])  # may end in ？ or ！
        ]
        # The account or outlet name often sits between a headline and its date: the nearest
        # line long enough to be a headline, else the nearest line.
        if not above:
            continue
        title = min(above, key=lambda i: len(lines[i]) <= _SHORT_TITLE)  # stable: nearest first
        title = _over_its_subtitle(lines, above, k, title)
        if title >= 1 and _halves(lines[title - 1], lines[title]) and (
            title == 1 or is_breadcrumb(lines[title - 2])
        ):
            title -= 1  # a headline set over two lines, right under the breadcrumb
        return title
    return None


def _over_its_subtitle(lines: list[str], above: list[int], dated: int, title: int) -> int:
    """标题 / 副题 / 作者 / date, 标题 / 公众号 / 口号 / date: two long lines over the date with a
    short one (the writer's or the account's name) among them: the upper is the headline."""
    long = [i for i in above if len(lines[i]) > _SHORT_TITLE]
    short = [i for i in range(min(long, default=dated), dated) if i not in long]
    if any(is_link_list(lines[i]) for i in short):
        return title  # ·娱乐幻灯 ·在线影院 …: a box of links between, not a writer's name
    return min(long) if len(long) == 2 and len(short) == 1 and title in long else title  # noqa: PLR2004


def whole_title(lines: list[str], index: int, start: int, crumb: int | None) -> tuple[int, str]:
    """A title set over two lines is one title: (index of its first line, the joined title)."""
    line = lines[index]
    if kicker_of(lines, index) is not None:  # 引题 / 主题 / 副题: no halves, the kicker and deck its subtitle
        return index, line
    # A short line over （一）… or 一、… is that part's head, not the headline's second half.
    heads_part = index + 2 < len(lines) and numbered_style(lines[index + 2]) is not None
    if index + 1 < start and not heads_part and _halves(line, lines[index + 1]) and (
        _framed(lines, index, start, crumb)
    ):
        return index, f"{line} {lines[index + 1]}"
    if crumb is None and index == 1 and _halves(lines[0], line):
        return 0, f"{lines[0]} {line}"  # the file starts with the title
    return index, line


def _framed(lines: list[str], index: int, start: int, crumb: int | None) -> bool:
    """Two lines stand alone as a headline: page furniture or the file's start above the first,
    the date line, a dash subtitle (──某某综述) or the text right under the second (not a
    subtitle without its dash, an account's name or a teaser over more lines)."""
    above = index == 0 or crumb == index - 1 or is_link_list(lines[index - 1]) or is_chrome(lines[index - 1])
    return above and (index + 2 >= start or is_dateline_line(lines[index + 2]) or is_dash_line(lines[index + 2]))



def _halves(first: str, second: str) -> bool:
    """Two lines of one headline: both title-like and of like length (党旗领航奋进路 / 乘风破浪开新局),
    not a site name over a headline (新浪财经 / 创业环保第一季度报告…)."""
    short, long_ = sorted((len(first), len(second)))
    # The same line twice is the page repeating its headline, not one set over two lines.
    return first != second and _title_half(first) and _title_half(second) and short * 2 >= long_


def _title_half(line: str) -> bool:
    return (
        title_like(line)
        and len(line) <= _TITLE_HALF_MAX
        and not is_prose(line)
        and not is_dash_line(line)
        and not SITE_NAME.match(line)
        and not TITLE_SEPARATOR.search(line)
        and numbered_style(line) is None  # （一）总体要求: a part's head
        and not is_dateline_line(line)  # 本报记者 刘洋 报道: the credit under the headline
        and not is_spaced_menu(line)  # 首页 新闻 体育 over the headline at the file's start
    )


def _title_index(lines: list[str], start: int, crumb: int | None) -> int | None:
    """Under a breadcrumb, the first title-like line; else the one just above the article."""
    if crumb is not None:
        for i in range(crumb + 1, start):
            if title_like(lines[i]) and lines[i] not in CHROME_WORDS:
                return i
    skipped = 0
    for i in range(start - 1, -1, -1):
        if is_meta(lines[i]) or is_chrome(lines[i]) or is_bare_number(lines[i]) or is_reading_stats(lines[i]):
            skipped += 1  # （一） between a headline and its text: the series' mark
            if skipped > _TITLE_LOOKBACK:
                return None
            continue
        return i if title_like(lines[i]) or i == 0 and short_headline(lines[i]) else None
    return None


# ---- The headline, chosen by a learned model over line features (see title_model.py) ----


_CANDIDATES_ABOVE = 40  # lines above the text's first line a headline may stand
_CANDIDATES_BELOW = 1  # the text's first line itself: a headline long enough to score as text
_LEAD_CHARS = 300


def title_candidates(lines: list[str], start: int, end: int) -> list[int]:
    """Lines near the text's first line that could be its headline, nearest first."""
    above = range(start - 1, max(-1, start - 1 - _CANDIDATES_ABOVE), -1)
    below = range(start, min(start + _CANDIDATES_BELOW, end, len(lines)))
    top = max(0, start - _CANDIDATES_ABOVE)
    # cut off where a fixed width ran out: a sentence broken off, no headline
    wrapped = {top + k for k in wrapped_lines(lines[top : start + _CANDIDATES_ABOVE])}
    lead = "".join(lines[start : start + _TEASER_LINES])
    found = {
        i for i in (*above, *below)
        if _candidate_like(lines[i]) and not is_dash_line(lines[i]) and not _teaser(lines[i], lead)
        and i not in wrapped
    }
    found.update(dated_candidates(lines, start, end))  # a date line under it vouches for it
    return sorted(found, key=lambda i: (i >= start, abs(start - 1 - i)))


def _candidate_like(line: str) -> bool:
    """Title-like as it stands, or once the buttons, date or outlet glued after it are cut."""
    if title_like(line):
        return True
    kept = without_widgets(line)
    # 某某客户端 2024-05-10 is an outlet's date line: what is left must read as a headline.
    return kept != line and len(kept) >= CUT_TITLE_MIN and not SITE_NAME.match(kept) and title_like(kept)




_TEASER_LINES = 3
_TEASER_MIN = 8


def _teaser(line: str, lead: str) -> bool:
    """The article's first words cut off with an ellipsis (人们对于…总是能很有共同话题...): the
    page's summary of the text, not its headline."""
    if not line.endswith(("...", "…")):
        return False
    words = line.rstrip(".…。 ")
    return len(words) >= _TEASER_MIN and words in lead


def title_features(lines: list[str], start: int, end: int) -> dict[int, list[float]]:
    """The feature vector (title_model.FEATURES) of every headline candidate."""
    return _title_evidence(lines, start, end)[0]


def _title_evidence(
    lines: list[str], start: int, end: int
) -> tuple[dict[int, list[float]], int | None]:
    """Features of every candidate, and the line the hand-written rules would take."""
    candidates = title_candidates(lines, start, end)
    if not candidates:
        return {}, None
    lead = _opening(lines, start, end)
    lead_pairs = {lead[k : k + 2] for k in range(len(lead) - 1)}
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    crumbs = [i for i in range(max(0, start - _CANDIDATES_ABOVE - 3), start) if is_breadcrumb(lines[i])]
    crumb_items = {item for i in crumbs for item in breadcrumb_items(lines[i])}
    nearest = next((i for i in candidates if i < start), None)
    dated = _dated_title(lines, start, end)
    crumb = crumbs[-1] if crumbs else None
    rule_pick = dated if dated is not None else _title_index(lines, start, crumb)
    n = len(lines)
    out = {}
    for i in candidates:
        line = lines[i]
        size = len(line)
        pairs = [line[k : k + 2] for k in range(size - 1)]
        under = lines[i + 1 : i + 4]
        over = lines[max(0, i - 3) : i]
        out[i] = [
            1.0,
            min(size / 30, 2.0),
            float(size < 8),
            float(size > 40),
            float(line.rstrip("”’」』）)")[-1:] in "？！?!"),
            float("，" in line),
            max(-1.0, min(3.0, (start - i) / 10)),
            float(i >= start),
            float(any(is_dateline(u) for u in under)),
            float(any(is_dateline_line(u) for u in under)),
            float(any(is_breadcrumb(o) for o in over)),
            sum(line_score(o) < 0 for o in over) / 3,
            float(any(is_prose(u) for u in lines[i + 1 : min(n, i + 5)])),
            _overlap(pairs, lead_pairs if i < start else _pairs_of(lines, i + 1, end)),
            sum(ch.isdigit() for ch in line) / size,
            float(bool(SITE_NAME.match(line))),
            float(i == nearest),
            float(counts[line] > 1),
            float(line in crumb_items),
            float(i == rule_pick),
            *cue_features(lines, i),
        ]
    return out, rule_pick


def _opening(lines: list[str], start: int, end: int) -> str:
    """The first _LEAD_CHARS characters of lines[start:end] joined: the lines that hold them only
    (joining the whole text for them made each candidate cost as much as the article is long)."""
    stop, size = start, 0
    while stop < min(end, len(lines)) and size < _LEAD_CHARS:
        size += len(lines[stop])
        stop += 1
    return "".join(lines[start:stop])[:_LEAD_CHARS]


def _pairs_of(lines: list[str], start: int, end: int) -> set[str]:
    lead = _opening(lines, start, end)
    return {lead[k : k + 2] for k in range(len(lead) - 1)}


def _overlap(pairs: list[str], lead: set[str]) -> float:
    """Share of a line's character pairs found in the text's opening (for a line of the text,
    the opening under it: a line always overlaps itself)."""
    return sum(p in lead for p in pairs) / len(pairs) if pairs else 0.0


def choose_title(lines: list[str], start: int, end: int) -> int | None:
    """The most likely headline line, if the model finds one likely enough."""
    # 本文标题：某某 in the licence box under the post; 归档 / 2020-01-02 / the headline over the text
    told = named_title(lines, start, end)
    told = told if told is not None else title_under_meta(lines, start, end)
    told = told if told is not None else year_title(lines, start)
    told = told if told is not None else repeated_title(lines, start)
    told = told if told is not None else title_over_follow(lines, start)
    told = told if told is not None else crumb_cut_title(lines, start)
    told = told if told is not None else crumb_echo_title(lines, start)
    told = past_buttons(lines, told) if told is not None else None
    if told is not None and not not_a_title(lines, told):  # 本文内容 under the date: the model decides
        return told
    model = title_model()
    features, rule_pick = _title_evidence(lines, start, end)
    dropped = not_headlines(lines, start, end, features)
    dropped |= {i for i in features if not_a_title(lines, i)}  # a caption, a button, a player, a field…
    features = {i: row for i, row in features.items() if i not in dropped}
    # The rules' line was the text's opening head (开始前的碎碎念): the headline is higher up.
    furniture_picked = rule_pick is not None and opens_the_text(lines, rule_pick)
    rule_pick = None if rule_pick in dropped else rule_pick
    if not features:
        return None
    best = max(features, key=lambda i: model.rank(features[i]))
    # Then the model's best, surer or not.
    floor = _RULE_FLOOR if furniture_picked else model.threshold
    if model.probability(features[best]) >= floor:
        # date / 主题 / 副题 / text: the upper; 引题 / 主题 / 副题 / 本报记者 某某: the middle one
        return headline_under_kicker(lines, headline_over_subtitle(lines, best, start))
    # Unsure (a clean text file with no page furniture to learn from): the rules' line, unless
    # the model finds it most unlikely.
    if rule_pick is None:
        return None
    if rule_pick not in features:
        return headline_under_kicker(lines, rule_pick)
    return headline_under_kicker(lines, rule_pick) if model.probability(features[rule_pick]) >= _RULE_FLOOR else None


_RULE_FLOOR = 0.02
