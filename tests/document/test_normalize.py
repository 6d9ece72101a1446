"""Odd spacing and quotes normalized alike in the body and the folded disclaimer."""

from __future__ import annotations

from pathlib import Path

from reader.document.loader import load
from reader.document.normalize import cjk_punctuation, text_lines


def test_a_mid_line_indent_after_a_sentence_starts_a_paragraph() -> None:
    assert text_lines("第一段结束了。\u3000\u3000第二段开始了。") == ["第一段结束了。", "第二段开始了。"]


def test_a_mid_line_indent_elsewhere_is_one_space() -> None:
    assert text_lines("来源：新华网\u3000\u3000作者：张三") == ["来源：新华网\u3000作者：张三"]


def test_a_single_ideographic_space_and_a_leading_indent_are_kept_as_before() -> None:
    assert text_lines("\u3000\u3000记者\u3000张三") == ["记者\u3000张三"]


def test_straight_quotes_around_chinese_become_curly_one_for_one() -> None:
    line = '凡注明来源为"天津在线"的作品'
    converted = cjk_punctuation(line)
    assert converted == "凡注明来源为“天津在线”的作品"
    assert len(converted) == len(line)


def test_quotes_in_latin_text_and_code_stay_straight() -> None:
    assert cjk_punctuation('He said "hi" to me.') == 'He said "hi" to me.'
    assert cjk_punctuation('x = f("a") + "b"') == 'x = f("a") + "b"'


def test_the_disclaimer_is_normalized_like_the_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        '标题在这里\n\n正文说"两新"力量很重要，这是正文的一段。\u3000\u3000下一段也是正文。\n\n'
        '版权与免责声明\n\n一、凡注明来源为"天津在线"的所有作品,版权均属天津在线。\n',
        encoding="utf-8",
    )
    document = load(str(path))
    assert "“两新”" in document.text and "\u3000\u3000" not in document.text
    assert document.disclaimer is not None
    assert document.disclaimer.paragraphs[0] == "一、凡注明来源为“天津在线”的所有作品，版权均属天津在线。"


def test_a_run_of_any_odd_space_is_one_space_and_the_edges_go() -> None:
    odd = [chr(c) for c in range(0x110000) if chr(c).isspace() and chr(c) not in "\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\u3000"]
    assert "\u2005" in odd and "\u205f" in odd
    for ch in odd:
        assert text_lines(f"{ch}{ch}甲{ch * 3}乙 {ch}丙{ch}") == ["甲 乙 丙"], hex(ord(ch))


def test_a_mark_after_chinese_before_a_space_stays_as_typed() -> None:
    """Set for the Latin text after it; made full-width it would leave a gap two characters wide."""
    assert cjk_punctuation("北京出版社, 2019. 第二版") == "北京出版社, 2019. 第二版"
    assert cjk_punctuation("快来订阅周报! Join us") == "快来订阅周报! Join us"
    assert cjk_punctuation("我们到了,然后出发") == "我们到了，然后出发"
    assert cjk_punctuation("来源: 新华网") == "来源： 新华网"  # Chinese after the space: as before
    assert cjk_punctuation("官网: https://x.cn") == "官网： https://x.cn"  # a label's colon
