"""Documents with the same title are told apart by their file, then by its folder."""

from __future__ import annotations

from reader.document.labels import distinct_labels


def test_a_unique_title_stands_alone() -> None:
    assert distinct_labels([("甲", "/a/x.txt"), ("乙", "/a/y.txt")]) == ["甲", "乙"]


def test_a_repeated_title_names_the_file() -> None:
    labels = distinct_labels([("文章", "/a/x.txt"), ("文章", "/a/x-edited.txt"), ("乙", "/b.txt")])
    assert labels == ["文章 — x.txt", "文章 — x-edited.txt", "乙"]


def test_a_repeated_file_name_names_its_folder() -> None:
    labels = distinct_labels([("文章", "/a/old/x.txt"), ("文章", "/a/new/x.txt")])
    assert labels == ["文章 — old/x.txt", "文章 — new/x.txt"]
