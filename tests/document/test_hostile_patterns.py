"""Patterns that read a long hostile line in quadratic (one, exponential) time, found by
bench/regex_probe.py: each is called as its callers call it, on a line of a million characters
(a run of spaces, of pipes, of years…), in a child with a timeout. Before, each took minutes."""

from __future__ import annotations

import pytest

from tests.document.hostile_child import run_cases

_SCRIPT = """
import importlib, json, re, sys
for name, expr in json.loads(sys.argv[1]).items():
    module, attr, call, args = eval(expr)
    pattern = getattr(importlib.import_module("reader.document." + module), attr)
    out = getattr(pattern, call)(*args) if isinstance(pattern, re.Pattern) else pattern(*args)
    if call == "finditer":
        out = [m.span() for m in out]
    if isinstance(out, re.Match):
        out = out.group()
    if isinstance(out, list) and out and isinstance(out[0], tuple):  # findall's groups
        out = [[g if len(g) <= 20 else [len(g), g[-3:]] for g in groups] for groups in out]
    elif isinstance(out, list):  # a split's parts, by length
        out = [len(part) if isinstance(part, str) else part for part in out]
    elif isinstance(out, str) and len(out) > 20:  # the line itself, by length and end
        out = [len(out), out[-3:]]
    print(json.dumps([name, out], ensure_ascii=False), flush=True)
"""

N = 1_000_000
# name → (module, pattern or function, call, arguments) as a Python expression, and its result.
CASES: dict[str, tuple[str, object]] = {
    "widget tail": (f"'bylines.dateline', '_WIDGET_TAIL', 'sub', ('', '发布时间 2024-05-10' + ' ' * {N} + 'x')", [N + 16, "  x"]),
    "widget tail after odd spaces": (f"'bylines.dateline', '_WIDGET_TAIL', 'sub', ('', '来源：2024-01-01 阅读' + '\\u200a' * {N} + 'x')", [N + 17, "\u200a\u200ax"]),
    "share tail": (f"'bylines.dateline', '_SHARE_TAIL', 'sub', ('', '发布时间 2024-05-10' + ' ' * {N} + 'x')", [N + 16, "  x"]),
    "counters after a credit": (f"'bylines.dateline', '_COUNTERS_AFTER', 'split', ('作者：王芳' + ' ' * {N} + 'x', 1)", [N + 6]),
    "outlet after a run of dates": (f"'bylines.dateline_fields', '_OUTLET_AFTER', 'search', ('来源：新华社 2024-05-10 ' + '2021年' * {N // 5} + ' x',)", None),
    "title separator": (f"'headlines.headline_shape', 'TITLE_SEPARATOR', 'split', ('某市召开会议' + ' ' * {N} + 'x', 1)", [N + 7]),
    "glued date": (f"'headlines.headline_shape', '_GLUED_DATE', 'search', ('某市召开会议' + ' ' * {N} + 'x',)", None),
    "a date glued after a headline": (f"'headlines.headline_shape', '_GLUED_DATE', 'search', ('某市召开会议 2024-1-1' + ' ' * {N} + '@',)", None),
    "source suffix": (f"'headlines.headline_shape', '_SOURCE_SUFFIX', 'search', ('某市召开会议' + ' ' * {N} + 'x',)", None),
    "unit note": (f"'key_figures.figure_cells', '_UNIT_NOTE', 'search', ('金额' + ' ' * {N} + 'x',)", None),
    "a block's tags": (f"'key_figures.figure_marks', '_TOKEN', 'findall', ('<' * {N} + 'x',)", [1]),
    "table head": (f"'markdown.markdown_guard', '_TABLE_HEAD', 'finditer', ('| ' * {N // 2} + 'x\\n',)", []),
    "front matter comment": (f"'markdown.markdown_importer', '_QUOTED', 'sub', ('', '标题' + ' ' * {N} + 'x')", [N + 3, "  x"]),
    "a code fence's opening line": (f"'markdown.markdown_guard', '_FENCE', 'match', ('~~~' + ' ' * {N} + '@\\n',)", None),
    "front matter field": (f"'markdown.markdown_importer', '_FRONT_FIELD', 'findall', ('title: 标题' + ' ' * {N} + 'x\\nauthor: 王' + ' ' * {N},)", [["title", [N + 3, "  x"]], ["author", "王"]]),
    "image placeholder": (f"'markdown.markdown_importer', '_IMAGE_PLACEHOLDER', 'sub', (' ', '标题' + ' ' * {N} + 'x')", [N + 3, "  x"]),
    "setext title": (f"'markdown.markdown_fallback', '_SETEXT_TITLE', 'search', ('标题' * {N // 2} + '\\n正文',)", None),
    "quote mark": (f"'markdown.markdown_lists', '_QUOTE_MARK', 'sub', ('', ' ' * {N} + 'x', 1)", [N + 1, "  x"]),
    "a caption's credit after spaces": (f"'scraped.captions', '_TAIL_CREDIT', 'search', ('某某' + ' ' * {N} + 'x',)", None),
    "pages under the text": ("'scraped.box_heads', 'closes_article', '', ('1' * 29 + 'x',)", False),
    "a story's stamp": (f"'scraped.text_tail', '_STAMP_END', 'search', ('2020-1-1' + '\\u2005' * {N} + '1',)", None),
    "a comment's stamp": (f"'scraped.text_tail', '_STAMP', 'search', ('2020-1-1' + ' ' * {N} + '@',)", None),
    "breadcrumb split": (f"'scraped.patterns', '_BREADCRUMB_SPLIT', 'split', ('首页' + ' ' * {N} + 'x',)", [N + 3]),
    "emoji tail": (f"'scraped.region', '_EMOJI_TAIL', 'sub', ('', '正文' + ' ' * {N} + 'x')", [N + 3, "  x"]),
    "edit link": (f"'sections.heading_cues', '_EDIT_LINK', 'search', ('第一节' + ' ' * {N} + 'x',)", None),
    "a <title>'s parts": (f"'web.web_names', 'SEPARATORS', 'split', ('网站' + ' ' * {N} + 'x',)", [N + 3]),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CASES))
def test_a_long_hostile_line_is_read_in_linear_time(name: str) -> None:
    expr, expected = CASES[name]
    rows = run_cases(_SCRIPT, {name: expr}, timeout=20)
    assert rows == [[name, expected]]


_MARKDOWN = """
import json, sys
from reader.document import load_bytes
for name, expr in json.loads(sys.argv[1]).items():
    document = load_bytes(eval(expr).encode("utf-8"), "a.md", "markdown")
    print(json.dumps([name, document.dateline], ensure_ascii=False), flush=True)
"""


def test_a_run_of_spaces_in_a_front_matter_date_is_one_space() -> None:
    # 发表于, then spaces, then no year: the byline pattern the date is read with split the run
    # two ways (8 s for 40 000 spaces)
    expr = "'---\\ndate: 某人发表于' + ' ' * 200_000 + '@\\n---\\n\\n# 标题\\n\\n正文。\\n'"
    assert run_cases(_MARKDOWN, {"front matter date": expr}, timeout=20) == [["front matter date", None]]
