"""The texts the benchmarks open: the seed, a long article made from it, Markdown files."""

from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "default-article.txt"
LONG_REPEATS = 300
BIG_REPEATS = 1900  # ≈15 MB, 5.2 M characters: a big file (the window's limit is 16 MiB)
MARKDOWN_BYTES = 100_000
README_BYTES = 2_000_000
_BODY_END = "版权与免责声明"  # the disclaimer box: the seed's footer starts here


def _seed_parts() -> tuple[list[str], list[str], list[str]]:
    """The seed's lines split into header (up to the title line), body and footer."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    title = next(i for i, line in enumerate(lines) if "──" in line)
    footer = next(i for i, line in enumerate(lines) if line.strip() == _BODY_END)
    return lines[: title + 1], lines[title + 1 : footer], lines[footer:]


def write_long_article(
    folder: Path, repeats: int = LONG_REPEATS, name: str = "long-article.txt"
) -> Path:
    """The seed with its body repeated: ~850 000 characters and ~900 sections at 300."""
    header, body, footer = _seed_parts()
    path = folder / name
    path.write_text("\n".join(header + body * repeats + footer) + "\n", encoding="utf-8")
    return path


def write_markdown(folder: Path, size: int = MARKDOWN_BYTES) -> Path:
    """About size bytes of Markdown: the seed's sections as ## headings, lists and emphasis."""
    _header, body, _footer = _seed_parts()
    paragraphs = [line for line in body if line.strip()]
    parts = ["# 党旗领航奋进路 乘风破浪开新局", ""]
    n = 0
    while len("\n".join(parts).encode()) < size:
        line = paragraphs[n % len(paragraphs)]
        if len(line) < 20:
            parts += [f"## {line}", ""]
        elif line.startswith("──"):
            parts += [f"- {line[2:]}", ""]
        else:
            parts += [line.replace("两新", "**两新**", 1), ""]
        n += 1
    path = folder / "article.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def as_paragraph_html(text: str) -> str:
    """The floor's rendering: every non-empty line an escaped <p> paragraph."""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def write_readme(where: Path, size: int = README_BYTES) -> Path:
    """About size bytes of a README dense with markup (tests/document/readme_sample.py), in the
    folder where (or at the path where, a file name given)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.document.readme_sample import readme

    path = where if where.suffix == ".md" else where / "README.md"
    path.write_text(readme(size), encoding="utf-8")
    return path


def write_web_page(folder: Path, paragraphs: int = 40, name: str = "page.html") -> Path:
    """A saved portal page: navigation, a headline, the seed's paragraphs (repeated to the
    count asked), related links, a footer — in GBK, as many Chinese portals serve it."""
    _header, body, _footer = _seed_parts()
    texts = [line for line in body if len(line) > 20]
    article = "".join(f"<p>{html.escape(texts[i % len(texts)])}</p>\n" for i in range(paragraphs))
    links = "".join(f"<li><a href='/n/{i}'>相关新闻标题第{i}条</a></li>" for i in range(30))
    page = (
        "<!DOCTYPE html><html><head><meta charset='gbk'><title>党旗领航奋进路_天津在线</title>"
        "<script>var x = 1;</script></head><body><div class='nav'>" + "<a>频道</a> " * 40
        + "</div><h1>党旗领航奋进路 乘风破浪开新局</h1><div>2021-06-30 来源：天津日报</div>"
        + f"<div class='article'>{article}</div><ul>{links}</ul>"
        + "<div class='footer'>版权所有 天津在线</div></body></html>"
    )
    path = folder / name
    path.write_bytes(page.encode("gbk", "replace"))
    return path
