"""Lines inside a shell listing that read like heads alone, on made-up text (heading_post_lines.in_listings,
hash_heads' comments)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.hash_heads import hash_heads
from reader.document.sections.heading_post_lines import in_listings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_commands_last_line_and_a_lower_case_command_by_code_are_the_listings() -> None:
    lines = ["docker run -d --name db \\", "example/db:1.2", "sleep 10s", "docker logs db", "部署完成后检查日志",
             "Installation", "docker ps -a"]
    assert in_listings(lines) == {1, 2, 3}


def test_no_head_inside_a_listing() -> None:
    d = doc("用容器部署一套服务", PARA, "部署数据库", PARA,
            "docker stop db && docker rm db", "docker run -d --name db \\", "-p 5432:5432 \\", "example/db:1.2",
            "sleep 30s", "docker stop web-exporter && docker rm web-exporter && docker image prune -f",
            "部署网关", PARA, "注意事项", PARA)
    assert [s.title for s in d.all_sections()] == ["部署数据库", "部署网关", "注意事项"]


def test_a_hash_comment_next_to_code_is_no_markdown_head() -> None:
    lines = ["## 部署数据库", PARA, "# 可以按需修改端口和镜像版本", "docker run -d --name db -p 5432:5432 example/db:1.2",
             "## 部署网关", PARA, "# 网关的说明", PARA]
    assert hash_heads(lines) == [0, 4, 6]
