"""The title batch's builder (bench/devset/titles/build.py): when the markup's title is trusted, each
rule on a made-up page."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

_TITLES = Path(__file__).resolve().parents[1] / "bench" / "devset" / "titles"


@pytest.fixture(scope="module")
def titles() -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("titles_build", _TITLES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["titles_build"] = module
    path = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:  # the builder puts bench/devset first: the fresh set's tests import their own build
        sys.path[:] = path
    return module


def _page(title: str, h1: str, og: str | None = None, body: str = "") -> str:
    meta = f'<meta property="og:title" content="{og}">' if og is not None else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><header><h1>小树的博客</h1></header>"
            f"<article><h1>{h1}</h1><p>{body}</p></article></body></html>")


def test_the_title_before_a_separator_agrees_with_the_h1(titles: ModuleType) -> None:
    root = titles.render.parse(_page("周末去河边看书 | 小树的博客", "周末去河边看书"))
    assert titles.agreed_title(root) == "周末去河边看书"
    root = titles.render.parse(_page("周末去河边看书 - 小树的博客", "周末去河边看书"))
    assert titles.agreed_title(root) == "周末去河边看书"


def test_a_title_that_is_the_h1_alone_is_not_enough(titles: ModuleType) -> None:
    # the site's name in its header is the <h1> and the whole <title> of a navigation page
    root = titles.render.parse(_page("小树的博客", "相册"))
    assert titles.agreed_title(root) is None
    root = titles.render.parse(_page("周末去河边看书", "周末去河边看书", og="周末去河边看书"))
    assert titles.agreed_title(root) == "周末去河边看书"


def test_no_agreement_no_label(titles: ModuleType) -> None:
    root = titles.render.parse(_page("另一篇文章 | 小树的博客", "周末去河边看书"))
    assert titles.agreed_title(root) is None
    # the <title> must go on with a separator, not with more words of a longer title
    root = titles.render.parse(_page("周末去河边看书的好处", "周末去河边看书"))
    assert titles.agreed_title(root) is None


def test_a_post_title_element_counts_as_the_h1(titles: ModuleType) -> None:
    html = ('<html><head><title>河边新开了一家书店_某某网</title></head><body>'
            '<div class="art_title">河边新开了一家书店</div><p>正文。</p></body></html>')
    assert titles.agreed_title(titles.render.parse(html)) == "河边新开了一家书店"


def test_a_page_without_a_paragraph_under_its_title_is_no_article(titles: ModuleType) -> None:
    prose = "周末的时候我们一起去了河边的那家新书店，店里人不多，光线很好，我们在靠窗的位置坐了一下午，读完了两本小书。"
    page = {"repo": "", "commit": "", "path": "", "site": "example.org", "url": "https://example.org/a"}
    ok = titles._labelled_html(page, _page("周末去河边看书 | 小树", "周末去河边看书", body=prose * 5), set())
    assert ok[0] == "周末去河边看书"
    album = "<br>".join(["河边小景", "书店一角", "夕阳西下"] * 20)  # 240 CJK characters, no paragraph
    why = titles._labelled_html(page, _page("相册 | 小树", "相册", body=album), set())
    assert isinstance(why, str) and "not an article" in why
