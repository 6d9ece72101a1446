"""A link to another story set between the article's paragraphs, as Hong Kong and Taiwanese
portals print them: tagged for its media (…終獲救【有片】, （有片）…), or a series' name before a
headline in two halves (大火調查方向｜本台發現…　打鑿外牆時…). Such a line heads no section."""

from __future__ import annotations

from reader.document import rx

# 【有片】, 【多圖】, （有片）: the tag a portal gives a story's link for its video or pictures.
_MEDIA_TAG = rx.compile(r"[【（(](?:有片|多图|多圖|短片|影片|图辑|圖輯|直播|片)[】）)]")
# 某事件｜某人说…　某事…: a series' name, a bar, a headline whose halves an ideographic space parts.
_SERIES_HEADLINE = rx.compile(r"^[^｜|︱\s]{2,12}[｜|︱][^｜|︱]{4,}\u3000[^｜|︱\u3000]{4,}$")


def story_links(lines: list[str], heads: list[int]) -> set[int]:
    """The heads that are links to other stories."""
    return {i for i in heads if _MEDIA_TAG.search(lines[i]) or _SERIES_HEADLINE.match(lines[i])}
