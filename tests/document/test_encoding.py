from __future__ import annotations

import codecs

import pytest

from reader.document import DocumentError
from reader.document.encoding import decode

SIMPLIFIED = "党的十八大以来，天津市非公有制经济组织和社会组织党建工作取得了显著成效。" * 3
TRADITIONAL = "黨的十八大以來，天津市非公有制經濟組織和社會組織黨建工作取得了顯著成效。" * 3


def test_strict_utf8() -> None:
    assert decode(SIMPLIFIED.encode("utf-8")) == (SIMPLIFIED, "utf-8")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_bom_decides(bom: bytes, codec: str, name: str) -> None:
    assert decode(bom + SIMPLIFIED.encode(codec)) == (SIMPLIFIED, name)


def test_utf16_without_bom_is_recognised() -> None:
    text = "Reader 1.0: 党建 notes\n" * 20
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")


def test_gbk_is_decoded_as_gb18030() -> None:
    assert decode(SIMPLIFIED.encode("gbk")) == (SIMPLIFIED, "gb18030")


def test_big5_is_chosen_by_plausibility_not_first_success() -> None:
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # decodes without error, into nonsense: the trap
    assert decode(data) == (TRADITIONAL, "big5")


def test_gbk_with_a_few_bad_bytes_still_opens() -> None:
    lines = [SIMPLIFIED] * 4
    data = bytearray("\n".join(lines).encode("gbk"))
    data[10:11] = b"\xff"  # a damaged byte throws the first line out of step until its end
    text, name = decode(bytes(data))
    assert name == "gb18030"
    assert text.split("\n")[1:] == lines[1:]


def test_binary_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode(bytes(range(256)) * 40)
