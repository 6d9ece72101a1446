"""The cheap tests that stand in for costly regexes give exactly the regexes' answers."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document import Block, BlockKind, load, normalize, stats
from reader.document.bylines.credits import _CREDIT_RUN, caption_credit
from reader.document.hanzi import script
from reader.document.scraped import patterns, text_tail
from reader.document.sections import heading_cues as cues
from reader.document.sections import headings

SEED = Path(__file__).resolve().parents[2] / "resources" / "default-article.txt"

# The patterns as they were written before the fast paths replaced them: the reference.
_CJK_SIDE = "\u4e00-\u9fff\u3400-\u4dbf“”‘’《》（）【】、。"
# (after Chinese a mark stays as typed when a space and Latin follow, but for a label's colon)
_HALF_PUNCT = re.compile(rf"[,;:?!](?:(?=[{_CJK_SIDE}])|(?<=[{_CJK_SIDE}].)(?:(?<=:)|(?! [^{_CJK_SIDE}])))")
_HALF_PARENS = re.compile(r"\(([^()\n]*[\u4e00-\u9fff][^()\n]*)\)")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_COPYRIGHT = re.compile(
    r"版权所有|copyright|©|all rights reserved|ICP[备证]|公网安备|许可证|举报电话|举报邮箱|"
    r"违法和不良信息|未经授权禁止|营业执照",
    re.IGNORECASE,
)
_SPACES = re.compile("[ \t\u00a0\u2002\u2003\u2009\u202f]+")

# Characters at the edges of every range the fast paths test, and the words they look for.
_EDGES = "\u4e00\u9fff\u3400\u4dbf\u4dc0\u33ff\ua000\uf900\ufaff“”、。（）(),;:?!\n \t\u00a0\u3000"
PIECES = st.sampled_from([
    "盛夏时节", "GDP", "0.3%", "10:30", "1,234", "(简称“两新”组织)", "(f)", "版权所有",
    "Copyright", "ALL RIGHTS RESERVED", "icp备", "ICP证", "首页 > 新闻", "您的位置：",
    "记者 张曦", "通讯员　李明", "实习生 王五", "  ", "\ufffd", "\u200b", "&nbsp;",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(alphabet=_EDGES, max_size=6), st.text(max_size=6)),
                 max_size=20).map("".join)


def _reference_punctuation(line: str) -> str:
    line = normalize._QUOTED.sub(normalize._curly_quotes, line)  # no fast path: as it is
    line = _HALF_PUNCT.sub(lambda m: _FULL_WIDTH[m.group()], line)
    return _HALF_PARENS.sub(r"（\1）", line)


@given(TEXTS)
def test_cjk_punctuation_is_the_regex_rule(text: str) -> None:
    assert normalize.cjk_punctuation(text) == _reference_punctuation(text)


def test_cjk_punctuation_each_mark_beside_each_edge_of_the_ranges() -> None:
    for mark in ",;:?!":
        for side in _EDGES + "“”‘’《》（）【】、。a1，":
            for line in (f"{side}{mark}x", f"x{mark}{side}", f"{side}{mark}{mark}{side}"):
                assert normalize.cjk_punctuation(line) == _reference_punctuation(line), line


QUOTED_TEXTS = st.lists(st.one_of(st.sampled_from(['"', "\n", "称", "天津在线", "a", " ", "《"]),
                                  st.text(max_size=3)), max_size=24).map("".join)


@given(QUOTED_TEXTS)
def test_quotes_made_curly_line_by_line_as_over_the_whole_text(text: str) -> None:
    assert normalize._curly_quoted(text) == normalize._QUOTED.sub(normalize._curly_quotes, text)


NOTICE_TEXTS = st.lists(st.one_of(st.sampled_from([
    "未经", "授权", "许可", "同意", "转载", "转贴", "复制", "摘编", "镜像", "使用", "禁止", "不得",
    "请勿", "谢绝", "任何", "转载请注明", "著作权", "版权", "归", "本报", "所有", "如需转载", "，",
    "未经书面授权不得镜像", "未经同意使用", "谢绝摘编", "著作权归本报所有", "版权归作者所有"]),
    st.text(max_size=3)), max_size=12).map("".join)


@given(NOTICE_TEXTS)
def test_repost_notice_guard_is_exact(text: str) -> None:
    assert patterns._holds_repost_notice(text) == bool(patterns._REPOST_NOTICE.search(text))


@given(TEXTS)
def test_text_lines_skip_only_patterns_that_change_nothing(raw: str) -> None:
    text = normalize._ENTITY_RESIDUE.sub(" ", normalize.normalize_newlines(raw))
    text = _SPACES.sub(" ", normalize._REPLACEMENT_RUN.sub("", normalize._ZERO_WIDTH.sub("", text)))
    text = normalize._INDENT_RUN.sub(normalize._indent_run, text)  # no fast path: as it is
    expected = [line.strip(normalize._EDGE_SPACE) for line in _reference_punctuation(text).split("\n")]
    assert normalize.text_lines(raw) == [line for line in expected if line]


@given(TEXTS)
def test_copyright_test_is_the_ignorecase_regex(text: str) -> None:
    assert patterns._is_copyright(text) == bool(_COPYRIGHT.search(text))


@given(TEXTS)
def test_breadcrumb_guard_is_exact(text: str) -> None:
    expected = len(text) <= 80 and bool(patterns.BREADCRUMB.search(text)) and not (
        patterns.ends_sentence(text))
    assert patterns.is_breadcrumb(text) == expected


@given(TEXTS)
def test_caption_credit_guard_is_exact(text: str) -> None:
    probe = text.translate(str.maketrans("編輯責記攝來圖據員實習訊稿", "编辑责记摄来图据员实习讯稿"))
    match = re.search(_CREDIT_RUN, probe)
    assert caption_credit(text) == (text[match.start(1) : match.end(1)].strip() if match else None)


def test_word_class_holds_every_ideograph() -> None:
    """Patterns write [\\w] where they once wrote [\\w\\u4e00-\\u9fff]: the same set."""
    word = re.compile(r"\w")
    assert all(word.match(chr(c)) for c in range(0x4E00, 0xA000))


_HAN_EDGES = "\u33ff\u3400\u4cff\u4d00\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00"
_CJK_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
HAN_TEXTS = st.text(alphabet=st.one_of(
    st.sampled_from(_HAN_EDGES + "\ud800\udfff\U00020000MN'’- \n"), st.characters()))


@given(HAN_TEXTS)
def test_count_cjk_is_the_regex_count(text: str) -> None:
    assert stats.count_cjk(text) == sum(map(len, _CJK_RUN.findall(text)))
    assert stats.count_cjk(text) == sum(map(stats.is_cjk, text))


@given(HAN_TEXTS)
def test_latin_words_pattern_finds_the_same_words(text: str) -> None:
    assert stats._LATIN_WORD.findall(text) == _LATIN_WORD.findall(text)


def test_stats_found_when_asked_equal_those_computed_at_once() -> None:
    doc = load(SEED)
    assert doc.derived.stats is None  # not computed by load()
    found = stats.document_stats(doc)
    assert found == stats.compute_stats(doc.text, doc.blocks, doc.sections)
    assert found.cjk_characters > 1000 and found.sections == len(doc.all_sections())
    assert stats.document_stats(doc) is found  # computed once
    again = load(SEED)
    assert doc == again and hash(doc) == hash(again)  # what was computed is not part of the value


@given(st.lists(st.one_of(st.sampled_from(["第", "一", "十", "（", "(", "3", "١", "５", "、", "章",
                                           ")", "）", ".", " "]), st.characters()),
                max_size=8).map("".join))
def test_numbered_style_first_character_test_is_exact(line: str) -> None:
    expected = next((name for name, p in patterns.NUMBERED_STYLES if p.match(line)), None)
    assert patterns.numbered_style(line) == expected


def test_block_built_by_hand_behaves_as_its_dataclass() -> None:
    block = Block(BlockKind.HEADING, 3, 9, 2, "intro")
    assert block == Block(BlockKind.HEADING, 3, 9, level=2, section_id="intro", html=None)
    assert hash(block) == hash(Block(BlockKind.HEADING, 3, 9, 2, "intro", None))
    assert block != Block(BlockKind.HEADING, 3, 9, 2, "intro", "<b>x</b>")
    assert Block(BlockKind.PARAGRAPH, 0, 1) == Block(BlockKind.PARAGRAPH, 0, 1, 0, None, None)
    assert repr(block) == (
        "Block(kind=<BlockKind.HEADING: 'heading'>, start=3, end=9, level=2, "
        "section_id='intro', html=None, number=None, quote=0, rule_before=False, spans=())"
    )
    assert [f.name for f in dataclasses.fields(block)] == [
        "kind", "start", "end", "level", "section_id", "html", "number", "quote", "rule_before",
        "spans"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.start = 4  # type: ignore[misc]


# headings._FURNITURE as it was written before it was split in two: the reference.
_FURNITURE = re.compile(
    r"^(?:广告|阅读原文|更多(?:精彩|内容|资讯|新闻|阅读)|返回.{0,8}查看更多)|加载中|正在加载|"
    r"^(?:上一|下一)[条页篇]|打印本页|关闭窗口|【(?:字体|字号|打印|关闭)|^(?:抄送|主题词|附件下载|相关文件)|"
    r"^[-—\s]*(?:THE\s+)?END[-—\s]*$|^(?:全文完|未完待续|打开APP)|^【纠错】$|^往期|^欢迎(?:转发|分享|关注|订阅)|转载自|^题图|"
    r"^关注(?:我们|本号|作者|[「『“《@:：]|.{0,16}(?:公众号|微信|微博|账号|频道|抖音|头条))|"
    r"^(?:问|答|Q|A|记者|注|备注)\s*[:：]|^[图表]\s*\d+|^《[^》]{1,12}(?:报|杂志|周刊|刊)》$"
)
HEAD_PIECES = [
    "广告", "返回首页查看更多", "加载中", "正在加载", "上一页", "打印本页", "关闭窗口", "【字体", "【打印】",
    "抄送", "— END —", "THE END", "全文完", "【纠错】", "往期", "欢迎转发", "转载自", "题图", "关注我们",
    "关注某某公众号", "问：", "Q:", "图 3", "表1", "《人民日报》", "《某某周刊》", "左二为", "右起", "前排",
    "（新华社供图）", "(记者 王五 摄)", "摄影：李四", "图片来源：视觉中国", "来自：某人", "（下同）",
    "截图来自", "图片来自", "提供）", "北京一所学校 | 新浪新闻", "《思想》｜bilibili", "｜知乎",
    "中华民国103年5月29日", "民国 99 年 1 月 2 日", "民國99年1月2日", "一、", "：", "，", "。", "\n", " ", "|"]
HEAD_TEXTS = st.lists(st.one_of(st.sampled_from(HEAD_PIECES), st.text(max_size=3)),
                      max_size=10).map("".join)
# Each piece alone, and after words and a comma: the shapes the patterns look for, always tried.
HEAD_EXAMPLES = [f"{before}{piece}" for piece in HEAD_PIECES for before in ("", "照片，", "某某 ")]


@given(HEAD_TEXTS)
def test_furniture_in_two_parts_is_the_one_regex(text: str) -> None:
    for line in (text, *HEAD_EXAMPLES):
        assert headings._furniture(line) == bool(_FURNITURE.search(line))


@given(HEAD_TEXTS)
def test_heads_nothing_guards_are_exact(text: str) -> None:
    for line in (text, *HEAD_EXAMPLES):
        assert cues._photo_credit(line) == bool(cues._PHOTO_CREDIT.search(line))
        assert cues.heads_nothing(line) == _heads_nothing(line)


def _heads_nothing(text: str) -> bool:
    return (
        bool(cues._PHOTO_CREDIT.search(text)) or bool(cues._SPEECH.search(text))
        or bool(cues._SPEAKER.fullmatch(text)) or bool(cues._JUDGES.search(text))
        or bool(cues._DATED_ENTRY.match(text)) or bool(cues._MAKERS.match(text))
        or bool(cues._LINK_CARD.search(text)) or cues.is_code(text)
        or bool(cues._FORM_PART.match(text)) or bool(cues._ERA_DATE.search(text))
        or bool(cues._CONTACT.search(text))
        or len(text) >= cues._LEAD_IN_MIN and text.endswith(("：", ":"))
        and patterns.numbered_style(text) is None and cues._CLAUSE.search(text) is not None
        or text.startswith("各") and cues.is_addressee(text)
        or text.endswith(("）", ")")) and text.count("（") + text.count("(") < text.count("）") + text.count(")")
    )


PROBE_TEXTS = st.text(alphabet=st.one_of(st.sampled_from("來源責任編輯記者報導說説臺与为，a 1"),
                                         st.characters()), max_size=12)


@given(PROBE_TEXTS)
def test_probe_translates_only_lines_that_need_it_with_the_same_result(text: str) -> None:
    assert script.probe(text) == text.translate(script._TO_SIMPLIFIED)


def test_probe_finds_every_character_of_the_table() -> None:
    for traditional in script._TRADITIONAL:
        line = f"今天{traditional}。"
        assert script.probe(line) == line.translate(script._TO_SIMPLIFIED) != line


TAIL_TEXTS = st.lists(st.one_of(st.sampled_from([
    "^", "↑", "引用日期", "访问于", "访问日期", "存档于", "檢索日期", "查閱日期", "2024-05-11", "1998年5月1日",
    "[05-11]", "【2020.1.2】", "（12/3）", "某某公园下月开放", " ", "，", "20", "19"]), st.text(max_size=3)),
    max_size=8).map("".join)


@given(TAIL_TEXTS)
def test_tail_guards_are_exact(text: str) -> None:
    assert text_tail.is_cited_reference(text) == (
        text[:1] in "^↑" or text_tail._REFERENCE.search(text) is not None)
    assert text_tail._is_dated_link(text) == (
        text_tail._DATED_LINK.search(text) is not None
        and len(text_tail._DATED_LINK.sub("", text).strip()) >= text_tail._DATED_TITLE_MIN)


def _first_chars(items: list[tuple[object, object]]) -> set[str]:
    """The characters a match of the parsed sequence can begin with (spaces aside: lines come stripped)."""
    if not items:
        return set()
    op, arg = str(items[0][0]), items[0][1]
    if op == "AT":
        return _first_chars(items[1:])
    if op == "MAX_REPEAT":
        low, _high, inner = arg  # type: ignore[misc]
        return _first_chars(list(inner)) | (_first_chars(items[1:]) if low == 0 else set())
    alts = [list(a) for a in arg[1]] if op == "BRANCH" else [list(arg[-1])] if op == "SUBPATTERN" else []  # type: ignore[index]
    firsts: set[str] = set().union(*(_first_chars(a) for a in alts))
    if op == "LITERAL":
        firsts.add(chr(arg))  # type: ignore[arg-type]
    elif op == "IN":
        firsts |= {chr(v) for o, v in arg if str(o) == "LITERAL"}  # type: ignore[attr-defined]
    return firsts


def test_hard_first_is_exactly_the_first_characters_of_hard_stops_alternatives() -> None:
    parsed = __import__("re._parser", fromlist=["parse"]).parse(patterns._HARD_STOP.pattern)
    assert frozenset(_first_chars(list(parsed))) == patterns._HARD_FIRST
