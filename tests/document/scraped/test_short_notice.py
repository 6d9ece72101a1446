"""A short GBK notice decodes as GBK whole (its title's bytes are valid UTF-8 too), keeps
its two-character title, and a wrong encoding chosen for it says so in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import DocumentError, load, load_bytes
from reader.document.encoding import decode

NOTICE = "通知\n\n本周六上午十点停水检修，请住户提前储水。\n"
MIXED = "第一行是UTF-8写的说明文字。\n第二行来自另一个网页。\n".encode() + "第三行来自旧网页。\n".encode("gbk")


def test_a_legacy_file_whose_short_line_is_also_utf8_decodes_as_one_encoding() -> None:
    data = NOTICE.encode("gbk")
    assert data.split(b"\n")[0].decode("utf-8")  # valid UTF-8, but not what it means
    assert decode(data) == (NOTICE, "gb18030")


def test_lines_in_two_encodings_are_still_read_each_in_its_own() -> None:
    text, name = decode(MIXED)
    assert name == "utf-8+gb18030" and "第三行来自旧网页" in text and "第一行是UTF-8" in text


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_two_character_title_over_a_notice_is_its_title(encoding: str) -> None:
    doc = load_bytes(NOTICE.encode(encoding), "n.txt")
    assert doc.title == "通知" and doc.left_out == ()
    assert doc.text.startswith("通知\n本周六")


def test_page_furniture_above_a_notice_is_no_title() -> None:
    doc = load_bytes("首页\n\n本周六上午十点停水检修，请住户提前储水。\n".encode(), "n.txt")
    assert doc.title is None


def test_a_wrong_encoding_chosen_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(NOTICE.encode("gbk"))
    with pytest.raises(DocumentError) as refused:
        load(path, "utf-8")
    assert str(refused.value).startswith("notice.txt is not utf-8: ")
    assert "\n" not in str(refused.value)
    assert load(path, "gb18030").text.startswith("通知")
