"""A program or a shell session set line by line inside a post (docker run -d --name app \\, export
X=1, if [ -f a ]; then): the article's listing, not a bar of short words like a menu's."""

from __future__ import annotations

from reader.document import rx

# What lines of a program or a shell hold and a menu, a footer or a tag line does not: a line
# continued (\), an operator, a flag after a word, an assignment, a string's key, a block's mark.
_CODE = rx.compile(
    r"\s\\$|\s(?:&&|\|\||>>|2>&1)\s|[=!<>]=|=>|->|::|\$[({A-Za-z_]|^\$\s|^#!|"
    r"^[A-Za-z_][\w.-]*(?:\s+[\w.-]+)?\s+-{1,2}[A-Za-z]|^-{1,2}[A-Za-z][\w-]*(?:[=\s]|$)|"
    r"^[A-Za-z_][\w.]*\s*=\s*\S|^\"[^\"]+\"\s*:|[{;]$|;\s*(?:then|do)$|^(?:fi|done|esac|EOF)$|^[})\]]|"
    r"^(?:sudo|docker|podman|kubectl|git|npm|npx|yarn|pip3?|python3?|node|curl|wget|cd|ls|cat|echo|export|"
    r"source|apt(?:-get)?|yum|brew|mkdir|chmod|chown|cp|mv|rm|scp|ssh|tar|make|go|cargo|mvn|hexo|"
    r"systemctl|alias|unset)\s+\S"
)
_ASCII_SHARE = 0.8  # of the line's characters: a program's line, its comment aside
# if (h == 0 && !hashIsZero) {, "annotations": {, return x;: a statement's or a block's end, its
# comment maybe in Chinese (a smaller share of ASCII).
_CODE_END = ("{", "}", ";", "[", "):", "=>", "*/")
_ENDED_ASCII_SHARE = 0.6
_RUN_MIN = 3  # code lines within a run: a listing, not a stray line with an operator
_GAP_MAX = 2  # other lines a listing may hold between two code lines (fi, else, # 测试)


def is_code_line(line: str) -> bool:
    """A line of a program or a shell command, written mostly in ASCII."""
    stripped = line.rstrip()
    if stripped.endswith(_CODE_END) and _ascii_count(stripped) >= _ENDED_ASCII_SHARE * len(stripped):
        return True  # return x;  // 中文注释
    if len(line) < 2 or _ascii_count(line) < _ASCII_SHARE * len(line):  # noqa: PLR2004
        return False
    return _CODE.search(line) is not None


def _ascii_count(line: str) -> int:
    # The ASCII characters counted in C (a generator over the characters took 3 µs a short line).
    return len(line.encode("ascii", "ignore"))


def code_weighs_nothing(lines: list[str], scores: list[int]) -> None:
    """A listing's lines weigh nothing either way: the text around it is one article."""
    code = [i for i, line in enumerate(lines) if scores[i] < 0 and is_code_line(line)]
    run: list[int] = []
    for i in [*code, len(lines) + _GAP_MAX + 1]:
        if run and i - run[-1] > _GAP_MAX + 1:
            if len(run) >= _RUN_MIN:
                for k in range(run[0], run[-1] + 1):
                    scores[k] = max(scores[k], 0)
            run = []
        run.append(i)
