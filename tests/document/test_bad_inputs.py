"""A bad-input corpus made here: each file displays correctly or is refused with a clear reason."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.document import DocumentError, load

HAN = "党的十八大以来，天津市非公有制经济组织和社会组织党建工作取得显著成效。"
TRAD = "黨的十八大以來，天津市非公有制經濟組織和社會組織黨建工作取得顯著成效。"
HANG_BOUND_SECONDS = 30  # not a speed target: a bound that tells a hang from slow work


def _gbk_with_bad_bytes() -> bytes:
    data = bytearray("\n".join([HAN] * 20).encode("gbk"))
    data[100:101] = b"\xff"
    return bytes(data)


CASES: dict[str, tuple[str, Callable[[], bytes], str | None]] = {
    # name: (file name, bytes, expected refusal or None for "opens")
    "empty": ("empty.txt", lambda: b"", "empty"),
    "one character": ("one.txt", "字".encode, None),
    "binary": ("bin.txt", lambda: bytes(range(256)) * 64, "binary"),
    "NUL-filled": ("nul.txt", lambda: b"\x00" * 65536, "no text"),
    "5 MB one line": ("line.txt", ("正文内容，" * 350_000).encode, None),
    "50 MB": ("huge.txt", lambda: b"a" * (50 * 2**20), "opens files up to"),
    "invalid UTF-8": ("bad.txt", lambda: HAN.encode() + b"\xc3\x28" + HAN.encode(), None),
    "mixed encodings": ("mixed.txt",
                        lambda: (HAN + "\n").encode() + (HAN + "\n").encode("gbk") * 3, None),
    "Big5": ("big5.txt", lambda: (TRAD + "\n").encode("big5") * 5, None),
    "GBK with bad bytes": ("gbk.txt", _gbk_with_bad_bytes, None),
    "only headings": ("heads.txt", lambda: "\n".join(["现场目击", "惊魂讲述", "紧急抢救"]).encode(),
                      None),
    "10 000 headings": ("many.txt", lambda: "\n".join(
        f"第{i}节\n{HAN}" for i in range(10_000)).encode(), None),
    "3 000 boxes of links inside a text": ("boxes.txt", lambda: "\n".join(
        f"延伸阅读：\n某地新政策吸引人才\n春招季求职注意这些\n第{i % 9 + 1}个问题\n{HAN * 3}" for i in range(3_000)
    ).encode(), None),
    "8 000 one-# comment lines": ("hashes.txt", lambda: "\n".join(
        "# 配置项说明" if i % 2 == 0 else f"# {HAN}" for i in range(8_000)).encode(), None),
    "Big5 then 2 MB of bytes Big5 does not know": ("hk.txt", lambda: (TRAD + "\n").encode("big5") * 9000
                                                   + b"\x80" * (2 * 2**20), None),
    "deep Markdown": ("deep.md", ("> " * 500 + "- " * 500 + "x\n").encode, None),
    "hostile Markdown": ("evil.md", (
        "# T\n\n<script>alert(1)</script>\n\n<img src=\"file:///etc/passwd\" onerror=\"x()\">\n\n"
        "[a](javascript:alert(1)) ![b](file:///etc/passwd)\n").encode, None),
    "an empty web page": ("empty.html", lambda: b"<!DOCTYPE html><html><body></body></html>",
                          "nothing readable in empty.html"),
    "an MHTML with no page in it": ("empty.mhtml", lambda: (
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B--\r\n"),
        "empty.mhtml is a web archive (MHTML) with no web page in it"),
    "a web page of scripts only": ("script.htm", lambda: (
        b"<html><head><script>while(1){}</script></head><body><script>x()</script></body></html>"),
        "nothing readable"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, tmp_path: Path) -> None:
    filename, make, refusal = CASES[name]
    path = tmp_path / filename
    path.write_bytes(make())
    started = time.monotonic()
    try:
        doc = load(path)
    except DocumentError as e:
        assert refusal is not None, f"{name} was refused: {e}"
        assert refusal in str(e)
        assert "\n" not in str(e)
    else:
        assert refusal is None, f"{name} opened but should be refused ({refusal})"
        assert doc.text
        assert "\ufffd" * 3 not in doc.text
        for forbidden in ("<script", "passwd", "javascript:", "onerror"):
            assert all(forbidden not in (b.html or "") for b in doc.blocks)
    assert time.monotonic() - started < HANG_BOUND_SECONDS


def test_mixed_encodings_decode_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes((HAN + "\n").encode() + (HAN + "\n").encode("gbk") * 3)
    doc = load(path)
    assert doc.source.encoding == "utf-8+gb18030"
    assert doc.text.count(HAN) == 4


def test_file_vanishing_between_listing_and_reading(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gone.txt"
    path.write_text(HAN, encoding="utf-8")
    real_open = Path.open

    def vanish(self: Path, *args: object, **kwargs: object) -> object:
        self.unlink()
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", vanish)
    with pytest.raises(DocumentError, match="does not exist"):
        load(path)
