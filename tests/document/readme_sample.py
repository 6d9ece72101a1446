"""A README of a chosen size, dense with markup as real ones are: headings, paragraphs with
inline markup and links, nested lists, code, a table, a quote (≈190 bytes a block, as in
bench/devset). The bench imports it too (bench/corpus.py)."""

from __future__ import annotations


def _section(i: int) -> str:
    return (
        f"## 第{i}节 Section {i}\n\n"
        f"这是第{i}节的说明文字，介绍**重要的概念**与`inline_code({i})`的用法，详见[官方文档]"
        f"(https://example.org/docs/{i})。阅读长篇文章时，目录、注释与书签都能帮助读者理清结构，"
        f"本节给出安装、配置与常见问题的说明。The *quick* brown fox jumps over the lazy dog; "
        f"see <https://example.org/{i}> for the details of release {i}.\n\n"
        f"配置文件放在用户目录下，修改后需要重新启动程序。如果遇到问题，请先查看日志，"
        f"再到 [issue 列表](https://example.org/issues?page={i}) 中搜索是否已有人报告过。\n\n"
        f"### 安装 {i}\n\n"
        f"- 第一步：下载 [release {i}](https://example.org/r/{i}.tar.gz) 并解压\n"
        f"- 第二步：运行 `make install`，需要管理员权限\n"
        f"    - 子项目 {i}.1，带有 **粗体** 说明\n"
        f"    - 子项目 {i}.2，带有 _斜体_ 说明\n"
        f"- 第三步：运行 `reader --version` 检查版本\n\n"
        f"```python\ndef f_{i}(x):\n    # 返回三个值\n    values = [x * {i} for _ in range(3)]\n"
        f"    return values  # <list>\n\n\nprint(f_{i}(2))\n```\n\n"
        f"| 参数 | 说明 | 默认 |\n|------|------|------|\n"
        f"| `a{i}` | 第一个参数 | {i} |\n| `b{i}` | 第二个参数，[见此](https://e.org/{i}) | 无 |\n"
        f"| `c{i}` | 第三个参数 | `true` |\n\n"
        f"> 提示：这是一个引用块，包含 **强调** 与 `代码`，说明第{i}节的注意事项。\n\n"
    )


def readme(size: int) -> str:
    """About size bytes (UTF-8) of a README: a title and a badge, then sections of headings,
    paragraphs, lists, code, a table, a quote, links (≈190 bytes a block, as in bench/devset)."""
    parts = ["# 项目名称 Project\n\n[![build](https://img.shields.io/badge/build-passing-green.svg)]"
             "(https://ci.example.org) 一个用于阅读长篇中文文章的工具。\n\n"]
    total = len(parts[0].encode())
    while total < size:
        parts.append(_section(len(parts)))
        total += len(parts[-1].encode())
    return "".join(parts)
