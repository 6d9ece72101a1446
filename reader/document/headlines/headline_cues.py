"""What an editor sees at a glance that a line is not the headline: a photo caption, a link cut
off with an ellipsis, an item of a ranked or numbered list, one of a run of like links (a box of
recommended stories), a sentence rather than a name. Cheap features for the headline model."""

from __future__ import annotations

from reader.document import rx
from reader.document.headlines.headline_shape import title_like

# （港台圖片）, (资料图), （新华社记者 王五 摄）, 图/视觉中国 at the end; 图为…, 圖：… at the start.
_CAPTION_END = rx.compile(
    r"[（(][^（）()]{0,20}(?:圖片|图片|資料圖|资料图|供圖|供图|攝|摄|截圖|截图|視頻截圖|视频截图)[)）]$"
    r"|(?:图|圖)\s*[/／]\s*\S{2,12}$"
)
_CAPTION_START = rx.compile(r"^(?:图为|圖為|(?:图片|圖片|资料图|資料圖|图|圖)\s*[：:])")
# 1·热点新闻, 2. 某某, 3、某某, ① 某某, • 某某: an item of a ranked, numbered or bulleted list.
_LIST_MARKER = rx.compile(r"^(?:\d{1,2}\s*[·•．.、]\s*|[①-⑳•·]\s*)\S")
_SENTENCE_STOP = rx.compile(r"[。！？!?；;](?=.)")
_RUN_LENGTH_RATIO = 2.0


def is_caption(line: str) -> bool:
    """A photo's caption or credit: not a headline, however long and title-like."""
    line = line.strip()
    return bool(_CAPTION_END.search(line) or _CAPTION_START.match(line))


def is_truncated(line: str) -> bool:
    """A link or teaser cut off by the page (…, ...): a headline is printed whole."""
    return line.rstrip().endswith(("...", "…", "。。。"))


def is_list_item(line: str) -> bool:
    """An item of a ranked, numbered or bulleted list of links (1·…, 2.…, ③…, • …)."""
    return _LIST_MARKER.match(line.strip()) is not None


def has_inner_stop(line: str) -> bool:
    """A full stop or question mark inside the line: sentences, not a headline's words."""
    return _SENTENCE_STOP.search(line.rstrip("。！？!?…. ")) is not None


def in_link_run(lines: list[str], index: int) -> float:
    """Share of the two neighbours that look like it (title-like, of like length): a headline
    stands alone over its date line or text; a recommended story stands among its siblings."""
    size = len(lines[index])
    alike = 0
    for k in (index - 1, index + 1):
        if 0 <= k < len(lines) and title_like(lines[k]):
            short, long_ = sorted((size, len(lines[k])))
            alike += short * _RUN_LENGTH_RATIO >= long_
    return alike / 2


def cue_features(lines: list[str], index: int) -> list[float]:
    """The cues above as features (title_model.FEATURES, after rule_pick)."""
    line = lines[index]
    return [
        float(is_caption(line)),
        float(is_truncated(line)),
        float(is_list_item(line)),
        float(has_inner_stop(line)),
        in_link_run(lines, index),
    ]
