"""Lines of a post that look like heads (short, no full stop, text under them) and never are: an
address alone, a line of a program or a template (<%eval …%>, docker logs web), a hint to swipe a
wide picture or table (<<< 左右滑动见更多 >>>), a list's 等等, a sentence set apart for emphasis."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.code_lines import is_code_line

# https://example.com/a, www.example.com: a link's address set on its own line.
_ADDRESS = rx.compile(r"(?:https?://|www\.)\S+")
# <%eval request("x")%>, <div class="a">, <<< 左右滑动见更多 >>>: a tag, a template's code, a hint's arrows.
_ANGLED = rx.compile(r"<.*>")
# 左右滑动查看更多, 向左滑动: the page's hint to swipe what is too wide for the screen.
_SWIPE = rx.compile(r"(?:左右|向左|向右|上下)滑动|滑动(?:查看|见|看)")
# 等等, or a connective alone between two options or steps (或者, 然后): a word of the text, not a head.
_ET_CETERA = frozenset(("等", "等等", "etc", "etc.", "……", "...", "或者", "或", "然后", "以及", "并且", "接着"))
# 之后，便是噩梦的开始 / 如图中，我们… / 对于这个公式，作者…: a sentence set apart for emphasis, its
# opening words and their comma (headings._CONNECTIVE has the others).
_OPENING = rx.compile(r"(?:之后|然后|后来|接着|比如|例如|如图中?|对于[^，,]{1,12})[，,]")
# echo "部署完成", print('你好'): a string's words are the program's data; what is left is read as code.
_STRING = rx.compile(r"\"[^\"]*\"|'[^']*'")
# console.log(total) // 3: a call and the comment giving what it prints, a program's line.
_CALL_NOTED = rx.compile(r"[A-Za-z_$][\w$.]*\([^()]*\)\s*(?://|#)\s*\S.*")


def never_heads(line: str) -> bool:
    """Is the line an address, code, a swipe hint, 等等 or an emphasised sentence: never a head?"""
    return (
        line in _ET_CETERA
        or ("，" in line or "," in line) and _OPENING.match(line) is not None  # its comma, in C
        or line[:1] in "hw" and _ADDRESS.fullmatch(line) is not None
        or line[:1] == "<" and _ANGLED.fullmatch(line) is not None
        or "滑动" in line and _SWIPE.search(line) is not None
        or is_code_line(line)
        or ("\"" in line or "'" in line) and is_code_line(_STRING.sub('""', line))
        or "(" in line and _CALL_NOTED.fullmatch(line) is not None
    )


_HAN = rx.compile(r"[\u4e00-\u9fff]")
_COMMAND = rx.compile(r"[a-z][\w./:-]*(?:\s+\S+)*")  # sleep 30s, exit 0: lower case, no Chinese


def in_listings(lines: list[str]) -> set[int]:
    """Lines inside a program's or a shell session's listing, however they read alone: the end of a
    command continued from the line above (docker run … \\ / bitnami/kafka:3.4), or a command in
    lower case without Chinese next to a line of code (sleep 30s / docker run …)."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        above = lines[i - 1].rstrip()
        if above.endswith("\\") or _command_by_code(lines, i, i - 1 in out):
            out.add(i)
    return out


def _command_by_code(lines: list[str], i: int, after_listing: bool) -> bool:
    if not "a" <= lines[i][:1] <= "z" or _COMMAND.fullmatch(lines[i]) is None or _HAN.search(lines[i]) is not None:
        return False
    return after_listing or is_code_line(lines[i - 1]) or i + 1 < len(lines) and is_code_line(lines[i + 1])
