from __future__ import annotations

import codecs

import pytest

from reader.document import DocumentError
from reader.document.encoding import decode, decode_as

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


def test_big5_slashes_written_by_either_big5_table_read_as_full_width() -> None:
    line = "記者王小明／台北報導，見附件＼目錄。"
    older = (TRADITIONAL + "\n" + line).encode("big5")  # ／ as A241, which cp950 reads as ∕
    windows = (TRADITIONAL + "\n" + line).encode("cp950")  # ／ as A1FE
    assert older != windows
    assert decode(older)[0].endswith(line) and decode(windows)[0].endswith(line)
    assert decode_as(older, "big5")[0].endswith(line)


def test_hong_kong_big5_reads_its_own_characters() -> None:
    line = "東涌綫延線工程完成後，逸東邨居民搭港鐵更方便，啲街坊都好開心。"
    data = (TRADITIONAL + "\n" + line).encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp950")  # 綫 邨 啲 stand in rows Windows' Big5 leaves empty
    text, name = decode(data)
    assert (text, name) == (TRADITIONAL + "\n" + line, "big5")
    assert decode_as(data, "big5")[0].endswith(line)


def test_gbk_with_a_few_bad_bytes_still_opens() -> None:
    lines = [SIMPLIFIED] * 4
    data = bytearray("\n".join(lines).encode("gbk"))
    data[10:11] = b"\xff"  # a damaged byte throws the first line out of step until its end
    text, name = decode(bytes(data))
    assert name == "gb18030"
    assert text.split("\n")[1:] == lines[1:]


def test_utf8_with_a_bad_byte_opens_as_utf8_with_the_byte_replaced() -> None:
    lines = [SIMPLIFIED] * 4
    data = bytearray("\n".join(lines).encode("utf-8"))
    data[30:31] = b"\xff"  # inside the first line, in the middle of a character
    text, name = decode(bytes(data))
    assert name == "utf-8"
    assert "\ufffd" in text.split("\n")[0]
    assert text.split("\n")[1:] == lines[1:]


def test_a_short_utf8_line_with_a_bad_byte_is_judged_with_the_file() -> None:
    data = "标题新闻".encode() + b"\xff" + ("\n" + SIMPLIFIED).encode("utf-8")
    text, name = decode(data)
    assert name == "utf-8"
    assert text.split("\n")[1] == SIMPLIFIED


def test_a_short_gbk_line_among_utf8_lines_is_still_read_as_gbk() -> None:
    data = ("\n".join([SIMPLIFIED] * 3) + "\n").encode("utf-8") + "标题".encode("gbk")
    text, name = decode(data)
    assert name == "utf-8+gb18030" and text.endswith("\n标题")


def test_a_gbk_line_among_utf8_lines_is_still_read_as_gbk() -> None:
    data = (SIMPLIFIED + "\n").encode("utf-8") + SIMPLIFIED.encode("gbk")
    text, name = decode(data)
    assert name == "utf-8+gb18030"
    assert text == SIMPLIFIED + "\n" + SIMPLIFIED


def test_binary_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode(bytes(range(256)) * 40)


CHINESE = "党的十八大以来，天津市非公有制经济组织和社会组织党建工作取得显著成效。一是组织覆盖不断扩大。\n"
TRADITIONAL = "香港特別行政區政府今日宣布，一系列支援措施將於下週推行，協助受影響的居民渡過難關。\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE * 20, TRADITIONAL * 20])
def test_chinese_utf16_without_bom_is_told_by_what_it_decodes_to(codec: str, text: str) -> None:
    # Han code units carry no NUL (一 is 00 4E, 下 0B 4E: bytes that look binary otherwise).
    assert decode(text.encode(codec)) == (text, codec)


def test_legacy_chinese_is_not_taken_for_utf16() -> None:
    assert decode((CHINESE * 20).encode("gbk"))[1] == "gb18030"
    assert decode((TRADITIONAL * 20).encode("big5"))[1] == "big5"


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04binarystuff\xff\xfe\x00\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
                                  b"PK\x05\x06" + bytes(18)])  # an empty zip, as zipfile writes it
def test_a_short_binary_file_is_called_binary(data: bytes) -> None:
    """A few bytes of a zip or a picture: binary, not text in an encoding Reader does not know."""
    with pytest.raises(DocumentError, match="binary"):
        decode(data)


def test_random_bytes_are_still_binary() -> None:
    noise = bytes((i * 7919 + 13) % 256 for i in range(8192))
    with pytest.raises(DocumentError, match="binary"):
        decode(noise)


@pytest.mark.parametrize("text", ["naïve résumé\n", "Les élèves ont étudié à Genève pendant l'été. " * 20])
def test_latin1_text_is_not_taken_for_utf16(text: str) -> None:
    try:
        _, name = decode(text.encode("latin-1"))
    except DocumentError:
        return  # refused with a reason: fine
    assert not name.startswith("utf-16")


@pytest.mark.parametrize("name", ["hex", "rot13", "base64", "klingon"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(name: str) -> None:
    with pytest.raises(DocumentError, match=f"{name} is not an encoding Reader knows"):
        decode_as(b"abc", name)
