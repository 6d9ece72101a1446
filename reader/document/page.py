"""Where the article is on a scraped page: the body region, the title above it, the chrome around it."""

from __future__ import annotations

import re

from reader.document.credits import standalone_credit
from reader.document.headings import is_caption
from reader.document.patterns import (
    CHROME_WORDS,
    DISCLAIMER_START,
    breadcrumb_items,
    ends_sentence,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_hard_stop,
    is_link_list,
    is_lone_number,
    is_meta,
    is_prose,
)
from reader.document.title_model import title_model
from reader.frozen_record import record

_PROSE_WEIGHT_CAP = 300
_SURE_PROSE = 90  # characters: longer than any breadcrumb, credit, date or link line
_SHORT_LINE_COST = -5
_META_COST = -15
_CHROME_COST = -25
_TITLE_MIN = 4
_TITLE_MAX = 80
_TITLE_HALF_MAX = 30
_TITLE_LOOKBACK = 4  # lines between a title and its article: date, source, font-size widgets
# \w holds every ideograph (a class of their range costs the regex compiler ≈1 ms).
_SITE_NAME = re.compile(r"^[\w·]{2,10}(?:在线|网|日报|晚报|早报|新闻网|时报|商报|报|电视台|频道)$")
_DATED_OR_SOURCED = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}月\d{1,2}日|来源|作者|出处")
_WIDGET_TAIL = re.compile(r"\s*(?:浏览(?:次数)?|点击(?:数)?|阅读|字号|来源)\s*[:：]?\s*\d*\s*$")
_TITLE_SEPARATOR = re.compile(r"\s*(?:──|——|—{2,}|─{2,})\s*")


@record
class PageLayout:
    body_start: int
    body_end: int  # exclusive
    title_index: int | None
    title: str | None
    subtitle: str | None
    site: str | None
    breadcrumb: tuple[str, ...]
    disclaimer_index: int | None
    dateline: str | None = None
    title_lines: tuple[int, ...] = ()  # the title's lines (two when set over two) and a dash subtitle's
    dateline_lines: tuple[int, ...] = ()
    breadcrumb_index: int | None = None
    reporter: str | None = None  # the reporters the dateline names, when it does
    title_dropped: str | None = None  # buttons and counters cut from the headline's line


def line_score(line: str) -> int:
    """How much a line looks like article text (positive) or page furniture (negative)."""
    if len(line) >= _SURE_PROSE and "，" in line:
        return min(len(line), _PROSE_WEIGHT_CAP)  # most lines: no test of furniture can hold
    if is_chrome(line) or is_breadcrumb(line) or is_link_list(line):
        return _CHROME_COST
    if is_meta(line) or standalone_credit(line) or is_dateline(line):
        return _META_COST
    if is_prose(line):
        return min(len(line), _PROSE_WEIGHT_CAP)
    return _SHORT_LINE_COST


def densest_region(scores: list[int]) -> tuple[int, int]:
    """The run of lines with the largest total score (Kadane): [start, end)."""
    best, best_range = float("-inf"), (0, len(scores))
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_range = total, (start, i + 1)
    return best_range


def text_region(lines: list[str]) -> tuple[int, int, int | None]:
    """The article's text before its headline is known: [start, end) and the disclaimer's line."""
    scores = [line_score(line) for line in lines]
    for i in range(1, len(lines)):
        if scores[i] == _CHROME_COST and is_lone_number(lines[i]) and is_prose(lines[i - 1]):
            scores[i] = _SHORT_LINE_COST  # 2024 or --- after a paragraph: the article's, maybe
    start, end = densest_region(scores)
    end = next((i for i in range(start + 1, end) if is_hard_stop(lines[i])), end)
    while end - 1 > start and scores[end - 1] < 0 and not standalone_credit(lines[end - 1]):
        end -= 1  # 正在加载… or a lone 5 before the related links: the page's, not the article's
    end = _without_trailing_fluff(lines, scores, start, end)
    disclaimer = _disclaimer_index(lines, start)
    if disclaimer is not None and disclaimer < end:
        end = max(disclaimer, start + 1)
    return start, end, disclaimer


_FLUFF_GAP = 2  # furniture lines in a row that part the article from what follows
_FLUFF_MAX = 40  # what follows such a gap, if it weighs less, is a slogan or a promotion
_FLUFF_LINE_MAX = 24  # characters: longer short lines are hard-wrapped text


def _without_trailing_fluff(lines: list[str], scores: list[int], start: int, end: int) -> int:
    """Cut a light tail (大事发生，手机看凤凰！) kept past two or more furniture lines.

    Photo captions between the last paragraphs are the article's: they part nothing; so is a
    tail the editor's credit closes (…开始搓搓手了！！！ / 编辑|禤志杰)."""
    if end < len(lines) and standalone_credit(lines[end]):
        return end
    weight = run = 0  # what follows the gap looked at; furniture lines in a row
    for i in range(end - 1, start, -1):
        if scores[i] <= 0:
            # A hard-wrapped line (long, no full stop) is text; a caption is the article's.
            furniture = scores[i] < _SHORT_LINE_COST or len(lines[i]) < _FLUFF_LINE_MAX
            run += 1 if furniture and not is_caption(lines[i]) else 0
            continue
        if run >= _FLUFF_GAP:
            return i + 1 if weight < _FLUFF_MAX else end
        weight += scores[i]
        run = 0
        if weight >= _FLUFF_MAX:
            return end
    return end


def find_layout(lines: list[str], shown: list[str] | None = None) -> PageLayout:
    """Where title, dateline, body and disclaimer are. `lines` are read for evidence (traditional
    characters made simplified, one for one); the strings returned are cut from `shown`."""
    shown = shown or lines
    start, end, disclaimer = text_region(lines)
    crumb = next((i for i in range(start - 1, -1, -1) if is_breadcrumb(lines[i])), None)
    title_index = choose_title(lines, start, end)
    if title_index is not None:
        # The text starts under the headline, past the date, source and widget lines.
        body = title_index + 1
        while body < end - 1 and (line_score(lines[body]) < 0 or _is_dateline(lines[body])):
            body += 1
        start = max(start, body)
    title = subtitle = title_dropped = None
    title_lines: tuple[int, ...] = ()
    if title_index is not None:
        title_index, full = _whole_title(lines, title_index, start, crumb)
        title_lines = (title_index,) if full == lines[title_index] else (title_index, title_index + 1)
        full = " ".join(shown[i] for i in title_lines)
        kept = _without_widgets(full)
        title_dropped = full[len(kept) :].strip() or None  # kept out, not lost
        title, subtitle = split_title(kept)
        after = title_lines[-1] + 1
        if subtitle is None and after < start and _is_dash_line(lines[after]):
            subtitle = shown[after].lstrip("─—- ")
            title_lines += (after,)
    top = title_index if title_index is not None else start
    between = range(title_lines[-1] + 1 if title_lines else 0, start)
    dateline_lines = tuple(i for i in between if _is_dateline(lines[i]))
    return PageLayout(
        body_start=start,
        body_end=end,
        title_index=title_index,
        title=title,
        subtitle=subtitle,
        site=_site(lines[:top], crumb, lines, shown),
        breadcrumb=breadcrumb_items(shown[crumb]) if crumb is not None else (),
        disclaimer_index=disclaimer,
        dateline=" · ".join(_bare_dateline(shown[i]) for i in dateline_lines) or None,
        reporter=next(
            (r for i in dateline_lines if (r := _credit_in_dateline(lines[i], shown[i]))), None
        ),
        title_lines=title_lines,
        title_dropped=title_dropped,
        dateline_lines=dateline_lines,
        breadcrumb_index=crumb,
    )


# 本报记者 王小明 报道, 记者 张曦 李四, 文/图 王五: a line of its own naming the reporters.
REPORTER_LINE = re.compile(
    r"^[（(]?(?:本报|本台|本刊|本网)?(?:特约|实习)?(?:记者|通讯员|文/图|文／图|文|图|撰文)\s*[:：/／]?\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+(?:(?:实习生|通讯员|记者)\s*)?[\u4e00-\u9fff·]{2,4})*"
    r"(?:\s*[/／|｜]\s*(?:责任编辑|编辑)\s*[\u4e00-\u9fff·]{2,6})?"
    r"\s*(?:报道|摄影?|采写|整理|报导)?[）)]?$"
)


def _is_dateline(line: str) -> bool:
    """A date, source or author line between the title and the article."""
    if is_dateline(line) or REPORTER_LINE.match(line):
        return True
    return is_meta(line) and bool(_DATED_OR_SOURCED.search(line)) and bool(_bare_dateline(line))


_DATELINE_SEARCH = 6  # lines above (and below) the article's first line where its dateline may be
_DATELINE_ABOVE = 30  # a video player's captions can stand between the date and the text
_SHORT_TITLE = 10
_TITLE_ABOVE_DATELINE = 3  # lines a title may sit above its dateline (a subtitle, a widget)


def _dated_title(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The title just above a dateline near the article's start: (title, new body start).

    A page's date line sits under its headline; finding it is surer than guessing the title
    from the body's edge, which page furniture with long lines can move.
    """
    nearest_first = [*range(start - 1, max(-1, start - 1 - _DATELINE_ABOVE), -1),
                     *range(start, min(start + _DATELINE_SEARCH, end))]
    # A line with a full date first; a source or author line (来源：…) only failing one.
    for dates in (is_dateline, _is_dateline):
        found = _title_above(lines, [k for k in nearest_first if dates(lines[k])], start, end)
        if found is not None:
            return found
    return None


def _title_above(lines: list[str], datelines: list[int], start: int, end: int) -> tuple[int, int] | None:
    for k in datelines:
        above = [
            i for i in range(k - 1, max(-1, k - 1 - _TITLE_ABOVE_DATELINE), -1)
            if _title_like(lines[i]) and not _is_dash_line(lines[i])  # may end in ？ or ！
        ]
        # The account or outlet name often sits between a headline and its date: the nearest
        # line long enough to be a headline, else the nearest line.
        if not above:
            continue
        title = min(above, key=lambda i: len(lines[i]) <= _SHORT_TITLE)  # stable: nearest first
        if title >= 1 and _halves(lines[title - 1], lines[title]) and (
            title == 1 or is_breadcrumb(lines[title - 2])
        ):
            title -= 1  # a headline set over two lines, right under the breadcrumb
        body = k + 1
        while body < end - 1 and (line_score(lines[body]) < 0 or _is_dateline(lines[body])):
            body += 1
        return title, max(start, body)
    return None


_REPORTER = re.compile(
    r"(?:本报|本台|本刊|本网)?(?:特约|实习)?记者[\s:：]*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*"
)


def _credit_in_dateline(line: str, shown: str) -> str | None:
    """作者：王昊阳 编辑：叶晋 as written, else the reporters the line names."""
    credit = standalone_credit(line)
    if credit and not credit.startswith(("来源", "稿源")):
        return shown[line.index(credit) : line.index(credit) + len(credit)]
    return _reporter(line, shown)


def _reporter(line: str, shown: str) -> str | None:
    """The reporters a dateline names, as written: 本报记者 王小明 (报道 left off)."""
    match = _REPORTER.search(line)
    if not match:
        return None
    tail = re.search(r"\s*(?:报道|摄影?|采写|整理)$", match.group())
    return shown[match.start() : match.start() + tail.start() if tail else match.end()]


def _bare_dateline(line: str) -> str:
    return _WIDGET_TAIL.sub("", line).strip(" （）()")


def _whole_title(lines: list[str], index: int, start: int, crumb: int | None) -> tuple[int, str]:
    """A title set over two lines is one title: (index of its first line, the joined title)."""
    line = lines[index]
    if index + 1 < start and _halves(line, lines[index + 1]):
        return index, f"{line} {lines[index + 1]}"
    if crumb is None and index == 1 and _halves(lines[0], line):
        return 0, f"{lines[0]} {line}"  # the file starts with the title
    return index, line


def _halves(first: str, second: str) -> bool:
    """Two lines of one headline: both title-like and of like length (党旗领航奋进路 / 乘风破浪开新局),
    not a site name over a headline (新浪财经 / 创业环保第一季度报告…)."""
    short, long_ = sorted((len(first), len(second)))
    return _title_half(first) and _title_half(second) and short * 2 >= long_


def _title_half(line: str) -> bool:
    return (
        _title_like(line)
        and len(line) <= _TITLE_HALF_MAX
        and not is_prose(line)
        and not _is_dash_line(line)
        and not _SITE_NAME.match(line)
        and not _TITLE_SEPARATOR.search(line)
    )


_TITLE_WIDGET = re.compile(
    r"(?:举报|反馈|举报/反馈|纠错|分享|收藏|打印|评论\s*\d*|\d+\s*评论|阅读\s*\d+\s*次?|\d+\s*次?阅读|"
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|[\d\s]+)$"
)


def _without_widgets(title: str) -> str:
    """A headline without the buttons and counters a scraper glued after it (举报/反馈, 阅读10544次)."""
    words = title.split(" ")
    # 解析 关注 华为云开发者联盟: from the first button on, the rest is the page's.
    cut = next((k for k in range(1, len(words)) if words[k] in CHROME_WORDS), len(words))
    words = words[:cut]
    while len(words) > 1 and (_TITLE_WIDGET.fullmatch(words[-1]) or is_chrome(words[-1])):
        words.pop()
    return " ".join(words)


def split_title(line: str) -> tuple[str, str | None]:
    """党旗领航奋进路 乘风破浪开新局──党的十八大以来… → (title, subtitle)."""
    parts = _TITLE_SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], parts[1]
    return line, None


def _is_dash_line(line: str) -> bool:
    return line.startswith(("──", "——")) and not ends_sentence(line)


def _title_like(line: str) -> bool:
    return (
        _TITLE_MIN <= len(line) <= _TITLE_MAX
        and not is_chrome(line)
        and not is_meta(line)
        and not is_link_list(line)
        and not is_dateline(line)
        and not is_breadcrumb(line)
        and not line.endswith("。")
        and standalone_credit(line) is None
    )


def _title_index(lines: list[str], start: int, crumb: int | None) -> int | None:
    """Under a breadcrumb, the first title-like line; else the one just above the article."""
    if crumb is not None:
        for i in range(crumb + 1, start):
            if _title_like(lines[i]) and lines[i] not in CHROME_WORDS:
                return i
    skipped = 0
    for i in range(start - 1, -1, -1):
        if is_meta(lines[i]) or is_chrome(lines[i]):
            skipped += 1
            if skipped > _TITLE_LOOKBACK:
                return None
            continue
        return i if _title_like(lines[i]) else None
    return None


def _disclaimer_index(lines: list[str], start: int) -> int | None:
    """The first declaration after the article's start that says something: 法律声明 alone, with
    links around it, is a footer link."""
    for i in range(start + 1, len(lines)):
        match = DISCLAIMER_START.match(lines[i])
        if not match:
            continue
        says = len(lines[i]) - match.end() >= _DECLARATION_MIN
        if says or (i + 1 < len(lines) and is_prose(lines[i + 1]) and not is_chrome(lines[i + 1])):
            return i
    return None


_DECLARATION_MIN = 8  # characters after 免责声明： that make it a declaration, not a link


def _site(top: list[str], crumb: int | None, lines: list[str], shown: list[str]) -> str | None:
    for i, line in enumerate(top):
        if _SITE_NAME.match(line) and line not in CHROME_WORDS:
            return shown[i]
    if crumb is not None:
        first = breadcrumb_items(lines[crumb])[:1]
        if first and _SITE_NAME.match(first[0]):
            return breadcrumb_items(shown[crumb])[0]
    return None


# ---- The headline, chosen by a learned model over line features (see title_model.py) ----

_CANDIDATES_ABOVE = 40  # lines above the text's first line a headline may stand
_CANDIDATES_BELOW = 1  # the text's first line itself: a headline long enough to score as text
_LEAD_CHARS = 300


def title_candidates(lines: list[str], start: int, end: int) -> list[int]:
    """Lines near the text's first line that could be its headline, nearest first."""
    above = range(start - 1, max(-1, start - 1 - _CANDIDATES_ABOVE), -1)
    below = range(start, min(start + _CANDIDATES_BELOW, end, len(lines)))
    return [i for i in (*above, *below) if _title_like(lines[i]) and not _is_dash_line(lines[i])]


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
    lead = "".join(lines[start:end])[:_LEAD_CHARS]
    lead_pairs = {lead[k : k + 2] for k in range(len(lead) - 1)}
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    crumbs = [i for i in range(max(0, start - _CANDIDATES_ABOVE - 3), start) if is_breadcrumb(lines[i])]
    crumb_items = {item for i in crumbs for item in breadcrumb_items(lines[i])}
    nearest = next((i for i in candidates if i < start), None)
    dated = _dated_title(lines, start, end)
    crumb = crumbs[-1] if crumbs else None
    rule_pick = dated[0] if dated is not None else _title_index(lines, start, crumb)
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
            float(any(_is_dateline(u) for u in under)),
            float(any(is_breadcrumb(o) for o in over)),
            sum(line_score(o) < 0 for o in over) / 3,
            float(any(is_prose(u) for u in lines[i + 1 : min(n, i + 5)])),
            sum(p in lead_pairs for p in pairs) / len(pairs) if pairs else 0.0,
            sum(ch.isdigit() for ch in line) / size,
            float(bool(_SITE_NAME.match(line))),
            float(i == nearest),
            float(counts[line] > 1),
            float(line in crumb_items),
            float(i == rule_pick),
        ]
    return out, rule_pick


def choose_title(lines: list[str], start: int, end: int) -> int | None:
    """The most likely headline line, if the model finds one likely enough."""
    model = title_model()
    features, rule_pick = _title_evidence(lines, start, end)
    scored = {i: model.probability(f) for i, f in features.items()}
    if not scored:
        return None
    best = max(scored, key=scored.__getitem__)
    if scored[best] >= model.threshold:
        return best
    # Unsure (a clean text file with no page furniture to learn from): the rules' line, unless
    # the model finds it most unlikely.
    if rule_pick is None:
        return None
    return rule_pick if scored.get(rule_pick, 1.0) >= _RULE_FLOOR else None


_RULE_FLOOR = 0.02
