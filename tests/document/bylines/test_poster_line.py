"""A poster's name alone beside the post's date (made-up pages of a repost site): over the date
right under the headline, or under the date when the page names the writer again."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes

NAV = ["首頁", "健康故事", "人生故事", "生活百科", "港台熱門"]
TITLE = "颱風過後農民搶收高麗菜　菜價可望下週回穩"
P1 = "颱風昨天掠過中部地區，雲林、彰化一帶的農民今天一早就趕到田裡搶收高麗菜，希望減少損失。"
P2 = "農會表示，這次強風豪雨造成部分菜園積水，但整體受損面積不大，預估菜價下週就能回穩。"
P3 = "農委會也提醒民眾不必急著囤菜，市場供應量仍然充足，相關補助申請將於下週一開始受理。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


@pytest.mark.parametrize("name", ["小美", "Cara"])
def test_a_name_between_the_headline_and_its_date_is_the_byline(name: str) -> None:
    d = doc(*NAV, TITLE, name, "2020-03-24", P1, P2, P3, "編輯精選推薦")
    assert d.byline == name


def test_a_handle_under_the_date_named_again_as_the_writer_is_the_byline() -> None:
    d = doc(*NAV, TITLE, "2020-03-06", "BLUEPOWER", "檢舉此篇", "分享", P1, P2, P3, "聯絡作者：BLUEPOWER 文章來源",
            "BLUEPOWER更多文章")
    assert d.byline == "BLUEPOWER"


@pytest.mark.parametrize("lines", [
    (TITLE, "2020-03-06", "Notes"),  # a category under the date, named nowhere else
    (TITLE, "管理", "由 小美 發佈於 2020-03-06 14:02"),  # the date line names the poster itself
])
def test_no_poster_without_the_evidence(lines: tuple[str, ...]) -> None:
    d = doc(*NAV, *lines, P1, P2, P3)
    assert d.byline not in ("Notes", "管理")
