"""The text's opening part's head (前言, 写在前面, 开始前的碎碎念) right over its first sentence is
no headline; the model's best line is taken instead, though unsure. Made-up pages."""

from __future__ import annotations

import pytest

from reader.document.headlines.headline import choose_title
from reader.document.headlines.title_furniture import not_a_title

SENTENCE = "这个系列是我学习某某课程时记下的笔记，内容比较多，所以分成了好几篇来写，这是第一篇。"
TEXT = [SENTENCE, "第一部分先讲一些基本的概念，后面再慢慢展开。", "如果有写得不对的地方，欢迎大家指出来，我会及时修改。"]


@pytest.mark.parametrize("head", ["前言", "写在前面", "开始之前", "开始前的碎碎念", "前言："])
def test_an_opening_head_over_the_text_is_no_headline(head: str) -> None:
    assert not_a_title([head, SENTENCE], 0)


def test_a_headline_of_those_words_over_no_sentence_stays() -> None:
    assert not not_a_title(["开始前的准备", "第一步 安装软件"], 0)


def test_the_headline_over_the_writer_when_the_opening_head_is_dropped() -> None:
    lines = ["首页", "发现", "等你来答", "从零开始学习强化学习（一、基础部分）", "浮生若梦", "某某大学 硕士在读",
             "来自专栏 · 强化学习", "开始前的碎碎念", *TEXT]
    assert choose_title(lines, 8, len(lines)) in {3, None}
    assert choose_title(lines, 8, len(lines)) != 7


class _Unsure:
    """A model a little sure of the headline (under its threshold) and sure of nothing else."""

    threshold = 0.1

    def __init__(self, title: str) -> None:
        self._size = min(len(title) / 30, 2.0)

    def probability(self, features: list[float]) -> float:
        return 0.05 if features[1] == self._size else 0.001

    rank = probability


def test_the_models_unsure_best_when_the_rules_line_is_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    title = "从零开始学习强化学习（一、基础部分）"
    lines = ["首页", "发现", title, "浮生若梦", "来自专栏 · 强化学习", "开始前的碎碎念", *TEXT]
    monkeypatch.setattr("reader.document.headlines.headline.title_model", lambda: _Unsure(title))
    assert choose_title(lines, 6, len(lines)) == 2
