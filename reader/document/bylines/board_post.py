"""A message board's foot line under a post (本贴由王小五于2005年8月12日16:12:21在〖某某论坛〗发表.):
the post's date line, naming its poster."""

from __future__ import annotations

from reader.document import rx

BOARD_POSTED = rx.compile(
    r"(?:本|此|该|該)(?:贴|貼|帖)由\s?(?P<name>\S{1,20}?)\s?[于於]\s?(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?"
    r"[\s\d:：]{0,12}(?:在\s?.{1,40}?)?(?:发表|發表)[。.!！]?"
)
