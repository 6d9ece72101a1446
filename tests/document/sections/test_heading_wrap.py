"""A line of text hard-wrapped at a fixed width is no head, however it starts (hard_wrap.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.scraped.hard_wrap import wrapped_lines


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def _wrapped(text: str, width: int = 30) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


ONE = "我们常说改变从细微处开始，这几年来村里的道路修好了，路灯也亮起来了，" * 3 + "大家都看在眼里。"
TWO = "可是人心的变化却比道路和路灯来得更慢，也更难看见，我们还需要更多耐心" * 3 + "和更长的时间。"
THREE = "正如一位老人所说，日子是一天一天过出来的，急不得也慢不得，总要有人去做" * 3 + "才行。"
ASKS = "村里人常常说起当年修路的事情，说到那时候大家怎样凑钱出，就笑" * 3 + "这是为什么呢？"
AGAIN = "外出打工的年轻人陆续回到村里，开起了小店和农家乐，日子红火" * 3 + "后来又怎么样了呢？"


def test_a_wrapped_paragraphs_first_line_heads_nothing() -> None:
    page = ["乡村的改变与人心的变化", "某某", "1.道路与路灯", *_wrapped(ONE), *_wrapped(TWO),
            "2.人心的变化", *_wrapped(THREE), *_wrapped(ASKS), *_wrapped(ONE), "3.还要多久", *_wrapped(TWO),
            *_wrapped(AGAIN), *_wrapped(THREE)]
    assert "这是为什么呢？" in page  # the question ends a wrapped sentence on a line of its own
    d = doc(*page)
    assert [s.title for s in d.all_sections()] == ["1.道路与路灯", "2.人心的变化", "3.还要多久"]
    assert [s.level for s in d.all_sections()] == [1, 1, 1]


def test_only_runs_of_one_width_with_clauses_are_wrapped() -> None:
    lines = ["1.道路与路灯", *_wrapped(ONE), *_wrapped(TWO), "2.人心的变化"]
    wide = {i for i, line in enumerate(lines) if len(line) == 30}
    assert wrapped_lines(lines) == wide  # a paragraph's short last line is not as wide
    assert wrapped_lines(lines[:5]) == set()  # three lines of one width are not yet a wrap
    heads = ["某村举办春季运动会开场仪式", "某区新建三所公办小学校舍", "某市今年首批人才公寓配租", "某县农民丰收节活动举行"]
    assert wrapped_lines(heads) == set()  # one width, but no clause marks: a list of headlines
