from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from reader.document import DocumentError, load, loader


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        load(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder"):
        load(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(DocumentError, match="empty"):
        load(tmp_path / "e.txt")


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(" \n\u3000\n\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text"):
        load(tmp_path / "w.txt")


def test_a_file_of_control_characters_is_named_in_its_reason(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"\x00" * 64 + b"\n\x01\x1d\n")
    with pytest.raises(DocumentError, match=r"^nul\.txt has no text to show$"):
        load(tmp_path / "nul.txt")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 100)
    with pytest.raises(DocumentError, match="binary"):
        load(tmp_path / "b.txt")


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 10)
    (tmp_path / "big.txt").write_text("一二三四五六七八九十", encoding="utf-8")
    with pytest.raises(DocumentError, match="opens files up to"):
        load(tmp_path / "big.txt")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.txt"
    target.write_text("正文。", encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # root ignores file modes: simulate
    with pytest.raises(DocumentError, match="permission denied"):
        load(target)


def test_markdown_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    doc = load(tmp_path / "a.md")
    assert doc.source.kind == "markdown"
    assert doc.title == "标题"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    link = tmp_path / "link.txt"
    link.symlink_to(fifo)
    for path in (fifo, link):  # links resolved: what would be read decides
        errors: list[str] = []

        def try_it(path: Path = path, errors: list[str] = errors) -> None:
            try:
                load(path)
            except DocumentError as error:
                errors.append(str(error))

        worker = threading.Thread(target=try_it, daemon=True)  # a hang must fail, not hang
        worker.start()
        worker.join(10)
        assert not worker.is_alive(), "opening a FIFO blocked"
        assert len(errors) == 1 and "named pipe (FIFO), not a regular file" in errors[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(DocumentError, match="is a device, not a regular file"):
        load("/dev/zero")
