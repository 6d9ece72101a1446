"""Decode file bytes: BOMs, strict UTF-8, UTF-16 without BOM (by its NULs, or for Chinese by
what it decodes to), then GB18030 vs Big5 by plausibility.

GB18030 decodes almost any byte string without error, Big5 bytes included, so the first codec
that succeeds proves nothing. Instead each candidate is scored by how many of the Han characters
it yields are *common* ones in its own standard (GB2312 level 1 for simplified text, Big5 level 1
for traditional): real text is made mostly of common characters, mis-decoded bytes are not.
"""

from __future__ import annotations

import codecs

from reader.document.model import DocumentError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE_BYTES = 256 * 1024  # plausibility needs a sample, not the whole file
_MAX_ERROR_RATE = 0.02  # share of undecodable characters a legacy file may have
_BINARY_CONTROL_RATE = 0.05
_MIXED_UTF8_SHARE = 0.2  # this share of non-ASCII lines valid as UTF-8: a file of mixed encodings
_MAX_DAMAGED_BYTES = 3  # bad bytes a line of damaged UTF-8 may hold
_LINE_CONTEXT = 2  # valid multibyte characters a damaged line has around each bad byte
_DAMAGE_CONTEXT = 8  # … and the file
_CODECS = {"gb18030": "gb18030", "big5": "cp950"}  # cp950: Big5 as Windows writes it
# Where cp950 and the older Big5 table (Python's big5, ETEN) part ways on punctuation, the
# full-width forms the text means: A241 is ／ to the writer, cp950 reads it as ∕ (division
# slash), so 記者X／台北報導 would lose its slash.
_BIG5_PUNCTUATION = str.maketrans({"\u2215": "\uff0f", "\ufe68": "\uff3c"})


def _lenient(data: bytes, codec: str) -> str:
    """data decoded, what the codec does not know as U+FFFD; in Big5, a line with bytes Windows'
    cp950 does not know read as Hong Kong's Big5 (HKSCS: 綫, 邨, 啲 in the rows cp950 leaves empty)
    when that knows more of them. Both decodes run in C: garbage costs no Python per byte."""
    text = data.decode(codec, errors="replace")
    if codec != "cp950" or "\ufffd" not in text:
        return text
    lines = []
    for raw in data.split(b"\n"):  # 0A is never a Big5 trail byte: lines split alike
        line = raw.decode(codec, errors="replace")
        if "\ufffd" in line and (hk := raw.decode("big5hkscs", errors="replace")).count("\ufffd") < line.count("\ufffd"):
            line = hk
        lines.append(line)
    return "\n".join(lines)


def _decode_codec(data: bytes, codec: str) -> str:
    text = _lenient(data, codec)
    return text.translate(_BIG5_PUNCTUATION) if codec == "cp950" else text


# How pictures, PDFs, archives and programs begin: binary however few their bytes.
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b\x08",
          b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\x7fELF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"MZ\x90\x00")  # fmt: skip


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise DocumentError for binary data."""
    if data.startswith(_MAGIC):
        raise DocumentError("the file is binary, not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if _looks_binary(data):
            raise DocumentError("the file is binary, not text") from None
        if e.start >= len(data) - 3 and _valid_utf8_prefix(data, e.start):
            return data.decode("utf-8", errors="replace"), "utf-8"  # truncated last character
        return _decode_legacy(data)
    if _looks_binary(data):
        raise DocumentError("the file is binary, not text")
    return text, "utf-8"


def decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    """data decoded as encoding (a byte-order mark of it dropped; what does not decode becomes
    U+FFFD); DocumentError for an encoding Python does not know."""
    try:
        info = codecs.lookup(_CODECS.get(encoding.lower(), encoding))
    except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
        info = None
    if info is None or not info._is_text_encoding:  # hex, rot13: codecs, not encodings
        raise DocumentError(f"{encoding} is not an encoding Reader knows")
    name = info.name
    for bom, bom_name in _BOMS:
        if data.startswith(bom) and codecs.lookup(bom_name).name == name:
            data = data[len(bom) :]
            break
    return _decode_codec(data, name), encoding


def certainty(path: str, encoding: str) -> float | None:
    """How sure reading the file at path as encoding is, 0–1, judged as detection judges it
    (valid UTF-8 is sure; legacy and BOM-less UTF-16 by how common their Han characters are);
    None when there is nothing to judge (the file can't be read, or mixed encodings)."""
    try:
        with open(path, "rb") as f:
            sample = f.read(_SAMPLE_BYTES)
    except OSError:
        return None
    name = encoding.lower()
    sure: float | None = None
    if any(sample.startswith(bom) for bom, _ in _BOMS) or sample.isascii():
        sure = 1.0
    elif name == "utf-8":
        try:
            sample.decode("utf-8")
            sure = 1.0
        except UnicodeDecodeError as e:  # valid but for a character cut by the sample's end
            sure = 1.0 if e.start >= len(sample) - 3 == _SAMPLE_BYTES - 3 else 0.0
    elif name in _CODECS or name.startswith("utf-16"):
        text = _lenient(sample, _CODECS.get(name, name))
        errors = text.count("\ufffd") / max(len(text), 1)
        plausible = max(_plausibility(text, "gb18030"), _plausibility(text, "big5"))
        if name in _CODECS:
            plausible = _plausibility(text, name)
        sure = max(0.0, plausible - 5 * errors)
    return sure


def _valid_utf8_prefix(data: bytes, end: int) -> bool:
    try:
        data[:end].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has a NUL in nearly every other byte (for ASCII and most punctuation);
    Chinese has few (Han code units have none), so it is told by what it decodes to."""
    chinese = _utf16_chinese(data) if _utf16_chinese_candidate(data) else None
    if chinese:
        return chinese
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


_UTF16_MIN_BYTES = 64  # shorter, a few Latin-1 letters read as UTF-16 can pass for Han
_UTF16_HIGH_SHARE = 0.15  # bytes >= 0x80: about a quarter of Chinese UTF-16, few in Latin-1


def _utf16_chinese_candidate(data: bytes) -> bool:
    """Not valid UTF-8 (Chinese UTF-16 almost never is), or has a NUL (一 is 00 4E); long enough
    to judge, and not mostly ASCII bytes (ASCII letter pairs read as UTF-16 are Han)."""
    sample = data[: min(len(data), 8192) & ~1]
    high = len(sample) - len(sample.decode("ascii", "ignore"))
    if len(sample) < _UTF16_MIN_BYTES or high < _UTF16_HIGH_SHARE * len(sample):
        return False
    if b"\x00" in sample:
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(sample) - 3  # not just a character cut by the sample's end
    return False


_UTF16_HAN_SHARE = 0.3  # Chinese text: at least this share of its characters are Han
_UTF16_COMMON_SHARE = 0.6  # real text: mostly common characters; mis-decoded bytes ≈ 0.2


def _utf16_chinese(data: bytes) -> str | None:
    """Chinese UTF-16 without a BOM: few NULs (Han code units have none), so told by content:
    decoded in the right byte order, it is mostly Han, and mostly common characters."""
    sample = data[: min(len(data), 8192) & ~1]
    best: tuple[float, str] | None = None
    for name in ("utf-16-le", "utf-16-be"):
        text = sample.decode(name, errors="replace")
        han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        if not text or han < _UTF16_HAN_SHARE * len(text):
            continue
        score = max(_plausibility(text, "gb18030"), _plausibility(text, "big5"))
        if score >= _UTF16_COMMON_SHARE and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27, 0))
    nuls = sample.count(0)
    # Scraped GBK files carry a few stray NULs; binary files carry many, and other controls
    # (a short one: a few, more than one byte in eight).
    return (controls + nuls) / max(len(sample), 1) > _BINARY_CONTROL_RATE and (
        controls > min(_BINARY_CONTROLS, len(sample) // 8)
    )


_BINARY_CONTROLS = 8


def _decode_legacy(data: bytes) -> tuple[str, str]:
    lines = data.split(b"\n")
    foreign = [line for line in lines if not line.isascii()]
    utf8 = sum(1 for line in foreign if _is_utf8(line))
    if foreign and _damaged_utf8(foreign):
        # A UTF-8 file with a few bad bytes (a disk error, a cut-and-paste): read it as UTF-8
        # with those bytes replaced rather than refuse it, or guess a legacy code for it.
        return data.decode("utf-8", errors="replace"), "utf-8"
    if foreign and utf8 / len(foreign) >= _MIXED_UTF8_SHARE:
        # Pasted together from two sources: each line in its own encoding.
        legacy = b"\n".join(line for line in foreign if not _is_utf8(line))
        _, name = _choose_legacy(legacy)
        codec = _CODECS[name]
        if _legacy_reads_all(data, [line for line in foreign if _is_utf8(line)], name):
            return _decode_codec(data, codec), name
        decoded = [line.decode("utf-8") if _is_utf8(line) else _decode_codec(line, codec)
                   for line in lines]
        return "\n".join(decoded), f"utf-8+{name}"
    _, name = _choose_legacy(data)
    return _decode_codec(data, _CODECS[name]), name


def _legacy_reads_all(data: bytes, utf8_lines: list[bytes], name: str) -> bool:
    """Whether the whole file is in the legacy encoding name after all: it decodes every byte,
    and its lines that are also valid UTF-8 (通知 in GBK is: ֪ͨ) read as more common Han
    characters in it than in UTF-8 (real UTF-8 Chinese read as GBK or Big5 gives rare ones)."""
    if "\ufffd" in _decode_codec(data, _CODECS[name]):
        return False
    joined = b"\n".join(utf8_lines)
    as_legacy = _common_han(_decode_codec(joined, _CODECS[name]), name)
    return as_legacy > _common_han(joined.decode("utf-8"), name)


def _damaged_utf8(lines: list[bytes]) -> bool:
    """UTF-8 with a stray bad byte or two in some of these lines: legacy Chinese read as UTF-8
    fails on nearly every character, so a failing line with few replacements among valid
    characters, in a file of many valid characters, is UTF-8 (a short title holds few)."""
    bad_total = multibyte_total = 0
    for line in lines:
        text = line.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
        if bad > _MAX_DAMAGED_BYTES or multibyte < _LINE_CONTEXT * bad:
            return False
        bad_total, multibyte_total = bad_total + bad, multibyte_total + multibyte
    return multibyte_total >= _DAMAGE_CONTEXT * bad_total


def _common_han(text: str, name: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" and _is_common(ch, name))


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _choose_legacy(data: bytes) -> tuple[str, str]:
    sample = data[:_SAMPLE_BYTES]
    best: tuple[float, str] | None = None
    for name, codec in _CODECS.items():
        text = _lenient(sample, codec)
        errors = text.count("\ufffd") / max(len(text), 1)
        if errors > _MAX_ERROR_RATE:
            continue
        score = _plausibility(text, name) - 5 * errors
        if best is None or score > best[0]:
            best = (score, name)
    if best is None:
        raise DocumentError("the file's encoding isn't UTF-8, GB18030/GBK, Big5 or UTF-16")
    return _lenient(sample, _CODECS[best[1]]), best[1]


def _plausibility(text: str, name: str) -> float:
    """Share of Han characters that are common in the standard the text was decoded as."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.5  # nothing to judge by: ASCII-ish text, either codec is as good
    common = sum(1 for ch in han if _is_common(ch, name))
    return common / len(han)


def _is_common(ch: str, name: str) -> bool:
    try:
        if name == "gb18030":
            b = ch.encode("gb2312")
            return 0xB0 <= b[0] <= 0xD7  # GB2312 level 1: the 3755 most used characters
        b = ch.encode("big5")
        return 0xA4 <= b[0] <= 0xC6  # Big5 level 1: frequently used characters
    except UnicodeEncodeError:
        return False
