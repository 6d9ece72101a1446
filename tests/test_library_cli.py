"""`reader library list|locate` against a store in a temporary data dir."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from reader.document import load
from reader.store import Store
from reader.store.library_entry import LibraryEntry

SEED = Path(__file__).resolve().parents[1] / "resources" / "default-article.txt"


def reader(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=60,
                          check=False)  # fmt: skip


def test_list_and_locate_a_moved_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert reader(data, "library", "list").stdout.startswith("The library is empty")
    copy = tmp_path / "article.txt"
    shutil.copy(SEED, copy)
    doc = load(copy)
    with Store.open(data) as store:
        doc_id = store.remember_document(str(copy), doc.source.sha256, doc.title)
        at = doc.text.index("党建")
        store.add_note(doc_id, doc.text, at, at + 2, "要点", "yellow")
    moved = tmp_path / "moved" / "article.txt"
    moved.parent.mkdir()
    copy.rename(moved)
    listed = json.loads(reader(data, "library", "list", "--json").stdout)
    assert [(e["title"], e["notes"], e["missing"]) for e in listed] == [(doc.title, 1, True)]
    done = reader(data, "library", "locate", str(copy), str(moved))
    assert done.returncode == 0, done.stderr
    listed = json.loads(reader(data, "library", "list", "--json").stdout)
    assert (listed[0]["path"], listed[0]["missing"]) == (str(moved), False)
    assert "要点" in reader(data, "notes", "list", str(moved)).stdout
    unknown = reader(data, "library", "locate", str(tmp_path / "nowhere.txt"), str(moved))
    assert unknown.returncode == 1 and "no document of the library" in unknown.stderr


def test_locate_in_a_folder_finds_the_file_with_the_same_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = tmp_path / "article.txt"
    shutil.copy(SEED, old)
    doc = load(old)
    with Store.open(data) as store:
        doc_id = store.remember_document(str(old), doc.source.sha256, doc.title)
        store.add_reading_time(doc_id, "2026-12-06", 23 * 60, 3)
    folder = tmp_path / "archive" / "2026"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text("同名，另一篇文章。\n\n正文写在这里，不是原来那一篇。\n", encoding="utf-8")
    renamed = folder / "党建-renamed.txt"
    old.rename(renamed)
    done = reader(data, "library", "locate", str(old), str(tmp_path / "archive"))
    assert done.returncode == 0, done.stderr
    assert str(renamed) in done.stdout and "the same text" in done.stdout
    listed = reader(data, "library", "list").stdout
    assert str(renamed) in listed and "read 23 min in 3 sittings" in listed
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = reader(data, "library", "locate", str(renamed), str(empty))
    assert missing.returncode == 1 and "no file in" in missing.stderr


def _entry(position: int, seconds: float, sittings: int) -> LibraryEntry:
    return LibraryEntry(1, "0" * 64, "标题", "2026-01-01T10:00", position, 1000, None, None,
                        "/a.txt", 1, 0, 2, 0, seconds, sittings)  # fmt: skip


def test_time_read_is_said_and_rounded_as_in_the_window() -> None:
    from reader.library_cli import _time_read

    assert _time_read(_entry(219, 20, 1)) == "21% read, read under a minute in one sitting"
    assert _time_read(_entry(999, 180, 5)) == "99% read, read 3 min in 5 sittings"
    assert _time_read(_entry(1000, 3900, 2)) == "100% read, read 1 h 5 min in 2 sittings"


def test_the_list_says_1_note_not_1_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    doc = load(SEED)
    with Store.open(data) as store:
        doc_id = store.remember_document(str(SEED), doc.source.sha256, doc.title)
        at = doc.text.index("党建")
        store.add_note(doc_id, doc.text, at, at + 2, "要点", "yellow")
    listed = reader(data, "library", "list").stdout
    assert "1 note, 0 highlights, 0 bookmarks, 0 corrections" in listed


def test_a_command_without_its_subcommand_names_the_subcommands(tmp_path: Path) -> None:
    for command, names in (("library", "{list,export,locate}"), ("notes", "{list,export,import}")):
        done = reader(tmp_path / "data", command)
        assert done.returncode == 2
        assert done.stderr.splitlines()[-1].endswith(f"the following arguments are required: {names}")


def test_export_gives_every_documents_notes_at_once(tmp_path: Path) -> None:
    """Two articles' notes in one Markdown file, a part each; one whose file is gone still has
    its notes, under its title; JSON gives every document with its annotations."""
    data = tmp_path / "data"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    shutil.copy(SEED, first)
    para = "这一段正文写得足够长，是一个普通的段落，说明了本月货币供应量的变化和背后的原因。"
    second.write_text(f"央行公布上月金融数据\n2024-03-14 16:31 来源：证券时报网\n{para}\n{para}\n",
                      encoding="utf-8")
    with Store.open(data) as store:
        for path, quote, body in ((first, "党建", "要点一"), (second, "货币供应量", "要点二")):
            doc = load(path)
            doc_id = store.remember_document(str(path), doc.source.sha256, doc.title)
            at = doc.text.index(quote)
            store.add_note(doc_id, doc.text, at, at + len(quote), body, "yellow")
    second.unlink()  # its notes stay in the store
    done = reader(data, "library", "export")
    assert done.returncode == 0, done.stderr
    markdown = done.stdout
    assert markdown.count("\n---\n") == 1
    assert "要点一" in markdown and "> 党建" in markdown and "要点二" in markdown
    assert "# 央行公布上月金融数据" in markdown and "# 党旗领航奋进路 乘风破浪开新局" in markdown
    exported = json.loads(reader(data, "library", "export", "--format", "json").stdout)
    assert len(exported) == 2


def test_an_exported_passage_of_a_file_gone_still_links_to_its_document(tmp_path: Path) -> None:
    data, gone = tmp_path / "data", tmp_path / "gone.txt"
    shutil.copy(SEED, gone)
    doc = load(gone)
    with Store.open(data) as store:
        doc_id = store.remember_document(str(gone), doc.source.sha256, doc.title)
        at = doc.text.index("党建")
        store.add_note(doc_id, doc.text, at, at + 2, "要点", "yellow")
    gone.unlink()
    markdown = reader(data, "library", "export").stdout
    assert f"doc={doc.source.sha256}" in markdown and "doc=&" not in markdown
