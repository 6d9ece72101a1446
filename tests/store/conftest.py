"""Store fixtures: a fresh store in a temporary data directory and a small Chinese article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Store

ARTICLE = (
    "中国经济的长期增长\n"
    "一、人口与劳动力\n"
    "过去四十年，中国经济保持了高速增长。劳动力充足是增长的重要原因之一。"
    "随着人口老龄化，劳动力供给开始下降，这对未来的增长提出了挑战。\n"
    "二、投资与消费\n"
    "投资在增长中的作用很大。消费占国内生产总值的比重较低，扩大内需是政策重点。"
    "劳动力充足是增长的重要原因之一，但不是唯一的原因。\n"
    "三、结论\n"
    "未来十年，提高生产率将是保持增长的关键。\n"
)
SHA = "a" * 64


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def doc_id(store: Store) -> int:
    return store.remember_document("/articles/growth.txt", SHA, "中国经济的长期增长")


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def sha() -> str:
    return SHA
