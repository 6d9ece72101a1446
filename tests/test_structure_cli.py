"""`reader structure FILE …` on the bundled article and corpus files: each correction made in
one process, seen by `reader dump` in the next (as the window sees it at its next opening)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.document import load

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "default-article.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus beside the repo")


def reader(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)  # fmt: skip


def dump(data_dir: Path, path: Path, *flags: str) -> dict[str, Any]:
    done = reader(data_dir, "dump", *flags, str(path))
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def sections(d: dict[str, Any]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for s in items:
            out.append((s["level"], s["title"]))
            walk(s["children"])

    walk(d["sections"])
    return out


def test_make_list_and_reset_on_the_bundled_article(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert reader(data, "structure", str(SEED)).stdout.startswith("No corrections")
    made = reader(data, "structure", str(SEED), "heading", "盛夏", "--level", "2")
    assert made.returncode == 0 and made.stdout.startswith("heading 2: 盛夏时节"), made.stderr
    assert reader(data, "structure", str(SEED), "body", "强化组织领导").returncode == 0
    listed = reader(data, "structure", str(SEED)).stdout.splitlines()
    assert listed == ["heading 2: 盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。",
                      "body: 强化组织领导"]  # fmt: skip
    corrected = dump(data, SEED)
    assert sections(corrected)[0] == (2, "盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。")
    assert "强化组织领导" not in [t for _, t in sections(corrected)]
    assert sections(dump(data, SEED, "--as-imported"))[0] == (1, "强化组织领导")
    assert reader(data, "structure", str(SEED), "reset").stdout == "2 corrections removed\n"
    assert sections(dump(data, SEED)) == sections(dump(data, SEED, "--as-imported"))


def test_ambiguous_and_missing_lines_say_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    missing = reader(data, "structure", str(SEED), "title", "没有这一行")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "reader: no line starts with “没有这一行”"
    many = reader(data, "structure", str(SEED), "heading", "──")
    assert many.returncode == 1 and "lines start with “──”" in many.stderr
    assert len(many.stderr.strip().splitlines()) == 1


def test_a_removed_line_kept_and_the_title_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    chrome = next(x.text for x in load(SEED).left_out if x.role == "chrome")
    assert reader(data, "structure", str(SEED), "keep", chrome).returncode == 0
    assert chrome in dump(data, SEED)["text"].split("\n")
    assert reader(data, "structure", str(SEED), "title", "盛夏时节").returncode == 0
    assert dump(data, SEED)["title"] == "盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。"


@needs_corpus
def test_a_staircase_flattened_on_a_corpus_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for path in sorted(CORPUS.glob("*.txt")):
        nested = [(level, title) for level, title in sections(dump(data, path)) if level > 1]
        if nested:
            break
    else:
        pytest.skip("no corpus file with nested headings")
    for _level, title in nested:
        done = reader(data, "structure", str(path), "heading", title, "--level", "1")
        assert done.returncode == 0, done.stderr
    assert {level for level, _ in sections(dump(data, path))} == {1}


@needs_corpus
def test_a_gbk_file_read_as_big5_and_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = next(iter(sorted(CORPUS.glob("*_gbk.txt"))))
    imported = dump(data, path)
    assert imported["source"]["encoding"] == "gb18030"
    assert reader(data, "structure", str(path), "encoding", "big5").returncode == 0
    as_big5 = dump(data, path)
    assert as_big5["source"]["encoding"] == "big5" and as_big5["text"] != imported["text"]
    assert reader(data, "structure", str(path)).stdout.startswith("encoding: big5")
    assert reader(data, "structure", str(path), "encoding", "gb18030").returncode == 0
    assert dump(data, path)["text"] == imported["text"]
    assert reader(data, "structure", str(path), "encoding", "big5").returncode == 0
    reset = reader(data, "structure", str(path), "reset").stdout
    assert reset == "0 corrections removed; the file is no longer read as big5\n"
    assert dump(data, path)["source"]["encoding"] == "gb18030"
    bad = reader(data, "structure", str(path), "encoding", "klingon")
    assert bad.returncode == 1 and bad.stderr.strip() == "reader: klingon is not an encoding Reader knows"


def test_a_correction_made_on_a_copy_leaves_the_library_at_the_file_read(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert reader(data, "structure", str(SEED), "heading", "盛夏", "--level", "2").returncode == 0
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())  # the same text: the same document
    assert reader(data, "structure", str(copy), "body", "强化组织领导").returncode == 0
    assert len(reader(data, "structure", str(SEED)).stdout.splitlines()) == 2  # one document
    (entry,) = json.loads(reader(data, "library", "list", "--json").stdout)
    assert entry["path"] == str(SEED)


@needs_corpus
def test_a_paragraph_made_a_heading_on_a_corpus_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = CORPUS / "news_zh_30_gov_xiangcun_zhenxing.txt"
    text = dump(data, path)["text"].split("\n")
    heads = {t for _, t in sections(dump(data, path))}
    line = next(t for t in text[3:] if len(t) > 30 and t not in heads)
    assert reader(data, "structure", str(path), "heading", line[:20], "--level", "2").returncode == 0
    assert (2, line) in sections(dump(data, path))


def test_a_line_corrected_again_keeps_one_correction_and_reset_takes_its_start(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    for level in ("2", "3", "3"):
        assert reader(data, "structure", str(SEED), "heading", "盛夏", "--level", level).returncode == 0
    assert reader(data, "structure", str(SEED)).stdout.splitlines() == [
        "heading 3: 盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。"]
    assert reader(data, "structure", str(SEED), "reset", "盛夏").stdout == "1 correction removed\n"
    missing = reader(data, "structure", str(SEED), "reset", "没有")
    assert missing.returncode == 1 and "no corrected line starts with “没有”" in missing.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of raw bytes is a POSIX file system's")
def test_a_file_name_that_is_not_utf8_still_dumps_beside_a_store(tmp_path: Path) -> None:
    """The store can't hold such a name (it says so for notes), so the dump is the importer's."""
    import os

    data = tmp_path / "data"
    seeded = reader(data, "structure", str(SEED), "heading", "盛夏", "--level", "2")  # a notes database exists
    assert seeded.returncode == 0, seeded.stderr
    named = tmp_path / os.fsdecode(b"\xff\xfe-article.txt")
    named.write_text("党的十八大以来，非公有制经济组织党建工作取得显著成效。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reader", "--data-dir", str(data), "dump", os.fsencode(named)],
                          capture_output=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert "非公有制经济组织" in json.loads(done.stdout)["text"]
