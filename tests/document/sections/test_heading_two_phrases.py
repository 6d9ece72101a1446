"""A news story's one sub-head set apart between paragraphs (made-up pages): two short phrases
(某事，某事 or 某事 某人說：某事), or a head under a photo's caption; a field's label and value set
the same way is none."""

from __future__ import annotations

import pytest

from reader.document import load_bytes

CRUMB = "首頁 > 即時新聞 > 社會"
TITLE = "某市夜市攤商違規占用騎樓 市府限期改善"
P1 = "某市夜市周邊騎樓長期遭攤商占用，行人被迫走上車道，市府今天會同警方展開稽查，共開出十多張勸導單。"
P2 = "稽查人員表示，多數攤商願意配合退縮，但仍有少數攤位屢勸不聽，市府將依法開罰並公布名單。"
P3 = "有攤商說，夜市人潮多、攤位空間不足，希望市府協助規劃替代場地，讓攤商與行人都能安心通行。"
P4 = "市府回應，將與攤商自治會溝通，研議在假日實施人車分流，並增設巡查人力，確保騎樓暢通。"


def _heads(*lines: str) -> list[str]:
    d = load_bytes("\n".join([CRUMB, TITLE, "2024-05-10 10:20", *lines]).encode("utf-8"), "a.txt", "text")
    return [s.title for s in d.sections]


@pytest.mark.parametrize("head", ["警方上午稽查，市府下午開罰", "攤商屢勸不聽 市府官員說：將開罰"])
def test_one_sub_head_of_two_phrases_between_paragraphs_is_a_head(head: str) -> None:
    assert _heads(P1, P2, head, P3, P4) == [head]


def test_one_sub_head_under_a_photos_caption_is_a_head() -> None:
    caption = "夜市騎樓遭攤位占用，行人只能走在車道上。資料照片"
    assert _heads(P1, P2, caption, "攤商盼規劃替代場地", P3, P4) == ["攤商盼規劃替代場地"]


@pytest.mark.parametrize("line", ["照片翻攝 ：某某通訊社", "資料來源：某某市政府", "某某大學：某某學系"])
def test_a_label_and_its_value_between_paragraphs_is_no_head(line: str) -> None:
    assert _heads(P1, P2, line, P3, P4) == []
