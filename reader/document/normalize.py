"""Text normalization shared by the importers: line endings, residue of HTML, odd spaces."""

from __future__ import annotations

import re

from reader.document import rx

_ENTITY_RESIDUE = rx.compile(r"&(?:amp;)?(?:nbsp|ensp|emsp|#160|#12288);?", re.IGNORECASE)
_REPLACEMENT_RUN = rx.compile("\ufffd+")
_ZERO_WIDTHS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = rx.compile(f"[{_ZERO_WIDTHS}]")
# Every space `\s` matches but the line breaks (the controls among them are dropped first) and
# U+3000: a run of them is one space, so no line holds a long run for a pattern to split. The
# ideographic space is kept: alone it is a deliberate gap (来源：新华网\u3000作者：张三), a run
# of it an indent (_INDENT_RUN).
_ODD_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
_SPACES = rx.compile(f"[ {_ODD_SPACES}]+")
_EDGE_SPACE = f" \u3000{_ODD_SPACES}"


_SIDE_MARKS = frozenset("“”‘’《》（）【】、。")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
# Chinese on either side of a half-width mark, a pattern for each mark (after Chinese, not when a
# space and anything but Chinese follow - Latin, digits: 出版社, 2021. and 周刊! Subscribe were set
# for what follows, and made full-width they leave a gap two characters wide; a label's colon is full-width all the same,
# 网址: http://… as 网址：): it opens with the mark,
# so the engine skips to the next one in C, and sub() puts the full-width mark with no call
# back into Python (the ideographs' classes cost the compiler ≈1 ms apiece: rx keeps them).
_CJK_SIDE = f"\u4e00-\u9fff\u3400-\u4dbf{''.join(sorted(_SIDE_MARKS))}"
_NOT_LATIN = {mark: "" if mark == ":" else f"(?! [^{_CJK_SIDE}])" for mark in _FULL_WIDTH}
_HALF_MARKS = tuple(
    (mark, full, rx.compile(f"\\{mark}(?:(?=[{_CJK_SIDE}])|(?<=[{_CJK_SIDE}].){_NOT_LATIN[mark]})"))
    for mark, full in _FULL_WIDTH.items()
)
_PARENS = rx.compile(r"\(([^()\n]*)\)")
_QUOTED = rx.compile(r'(.?)"([^"\n]*)"(.?)')
# Two or more ideographic spaces inside a line: a paragraph's indent run into the line (a page
# that lost its line breaks). After a sentence's end it starts a paragraph; elsewhere (between
# a source and a reporter) it is one space, not a gap two characters wide.
_INDENT_RUN = rx.compile("(?<=\\S) ?\u3000(?: ?\u3000)+ ?")
_SENTENCE_ENDS = frozenset("。！？…”」』）；")


def _is_han(ch: str) -> bool:
    """A unified ideograph or one of extension A ("" for none)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_cjk_side(ch: str) -> bool:
    return _is_han(ch) or ch in _SIDE_MARKS


def _full_width_parens(match: re.Match[str]) -> str:
    inside = match.group(1)
    return f"（{inside}）" if any("\u4e00" <= ch <= "\u9fff" for ch in inside) else match.group()


def _curly_quotes(match: re.Match[str]) -> str:
    before, inside, after = match.groups()
    if any(_is_han(ch) for ch in inside) and (_is_cjk_side(before) or _is_cjk_side(after)):
        return f"{before}“{inside}”{after}"
    return match.group()


def _indent_run(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1]
    return "\n" if before in _SENTENCE_ENDS else "\u3000"


def _curly_quoted(text: str) -> str:
    """_QUOTED applied to the lines that hold a straight quote, the rest left as they are."""
    # _QUOTED opens with `(.?)`: the engine tries it at every position of the text (≈17 ms over
    # a long article that holds four quotes). No match crosses a line break, so the lines
    # without a quote, found by str.find in C, are passed over unchanged.
    out: list[str] = []
    done = 0
    while (quote := text.find('"', done)) != -1:
        start = text.rfind("\n", 0, quote) + 1
        end = text.find("\n", quote)
        end = len(text) if end == -1 else end
        out.append(text[done:start])
        out.append(_QUOTED.sub(_curly_quotes, text[start:end]))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def cjk_punctuation(line: str) -> str:
    """Half-width punctuation touching Chinese becomes full-width, as a copy editor would set it:
    commas, colons… and straight double quotes around Chinese (为"天津在线"的 → 为“天津在线”的).

    One character for one, so offsets are unchanged; 10:30, 1,234 and "quoted" are left alone.
    """
    line = _curly_quoted(line)
    for mark, full, touching in _HALF_MARKS:
        if mark in line:  # `in` scans in C: most texts lack some of the marks
            line = touching.sub(full, line)
    return _PARENS.sub(_full_width_parens, line)


# Page and line separators break lines; every other C0/C1 control (U+001D and U+0013 turn up
# at line ends in GBK pages) would show as a box: dropped. Tab is an odd space, handled with the others.
_BREAK_CHARS = "\x0b\x0c\x85\u2028\u2029"
_CONTROL_CHARS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_BREAKS = rx.compile(f"[{_BREAK_CHARS}]")
_CONTROLS = rx.compile(f"[{_CONTROL_CHARS}]")
_ODD = rx.compile(f"[{_BREAK_CHARS}{_CONTROL_CHARS}]")


def normalize_newlines(text: str) -> str:
    """CRLF, lone CR and other line separators become LF; other control characters are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ODD.search(text):  # one scan for both: a clean text (most) pays it once
        text = _CONTROLS.sub("", _BREAKS.sub("\n", text))
    return text


def clean_line(line: str) -> str:
    """One scraped line made presentable: no entity residue, indents, U+FFFD runs or runs of spaces."""
    line = _ENTITY_RESIDUE.sub(" ", line)
    line = _ZERO_WIDTH.sub("", line)
    line = _REPLACEMENT_RUN.sub("", line)
    line = _SPACES.sub(" ", line)
    return line.strip(_EDGE_SPACE)


def text_lines(text: str) -> list[str]:
    """The non-empty cleaned lines of a plain-text file."""
    # clean_line and cjk_punctuation on the whole text at once: none of their patterns matches
    # or looks across a line break, and one pass costs far less than one per line (16 000 in a
    # long article). Each pattern runs only if the text holds what it removes: a `in` test
    # scans in C, many times faster than the regex engine trying every position.
    text = normalize_newlines(text)
    if "&" in text:
        text = _ENTITY_RESIDUE.sub(" ", text)
    if any(ch in text for ch in _ZERO_WIDTHS):
        text = _ZERO_WIDTH.sub("", text)
    if "\ufffd" in text:
        text = _REPLACEMENT_RUN.sub("", text)
    if "  " in text or any(ch in text for ch in _ODD_SPACES):
        text = _SPACES.sub(" ", text)  # else every match is one " ", replaced by itself
    if "\u3000\u3000" in text or "\u3000 \u3000" in text:
        text = _INDENT_RUN.sub(_indent_run, text)
    lines = (line.strip(_EDGE_SPACE) for line in cjk_punctuation(text).split("\n"))
    return [line for line in lines if line]


def spaceless(text: str) -> str:
    """text without its spaces: how two names of one thing are compared."""
    return "".join(text.split())
