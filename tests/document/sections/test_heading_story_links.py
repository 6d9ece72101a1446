"""Links to other stories set between a Hong Kong article's paragraphs (made-up page): tagged
for their video (【有片】) or a series' name before a two-halved headline. They head no section;
the article's own dated heads keep one level."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.sections.heading_story_links import story_links

P = [
    "屋宇署向該屋苑發出強制驗樓令，要求業主立案法團在限期內委任註冊檢驗人員，檢驗大廈的公用部分。",
    "法團委託的顧問公司完成檢驗報告，指出多座大廈的外牆及窗戶有安全隱患，須盡快進行維修工程。",
    "法團在業主大會上通過維修方案，並透過招標平台邀請承建商入標，最終收到十多份標書。",
    "承建商在業主大會上向業戶解釋工程內容，包括外牆、窗戶及公用設施的維修，工期約為一年。",
]
LEAD = "1983年落成的屋苑有8座大廈，近年進行大維修，工程由屋苑業主立案法團負責聘請承建商，以下整理工程的時間軸。"
HEADS = ["2016年6月10日 屋苑接強制驗樓令", "2019年12月 驗樓報告指有安全隱患", "2023年5月16日 屋苑大維修招標",
         "2024年7月14日 承建商向業戶解釋工程內容"]
LINKS = ["大火調查方向｜本台發現承建商疑用發泡膠封窗　打鑿外牆時保護玻璃", "住戶親述：妻困火場　手機通宵保持通話終獲救【有片】"]


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


def test_story_links_between_the_paragraphs_head_no_section() -> None:
    d = doc("新聞 港澳 兩岸", "一文看清｜屋苑維修工程時間軸", "2025-11-27 16:00", LEAD, HEADS[0], P[0], LINKS[0], HEADS[1], P[1],
            HEADS[2], P[2], LINKS[1], HEADS[3], P[3])
    assert [(s.level, s.title) for s in d.all_sections()] == [(1, h) for h in HEADS]


@pytest.mark.parametrize(("line", "link"), [
    (LINKS[0], True), (LINKS[1], True), ("（有片）某歌手獻唱　為港祈福", True),
    (HEADS[0], False), ("一、工程的來龍去脈", False), ("調查方向｜承建商的責任", False),
])
def test_a_story_link(line: str, link: bool) -> None:
    assert bool(story_links([line], [0])) is link
