"""Notes when the article file changes, and notes exported to and imported from files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.common.dialogs import Dialogs
from tests.ui.notes_helpers import (
    COMMITTEE,
    INTRO,
    TRAINING,
    WindowFactory,
    drawn,
    select,
    write_note,
)


def test_a_changed_file_keeps_its_notes_re_anchored(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window(store, str(article))
    old_start, _ = select(window, TRAINING)
    window.window_actions.highlight.trigger()
    window.close()
    text = article.read_text(encoding="utf-8")
    inserted = "这是重新抓取时新增的一段文字，放在引文之前。\n\n"
    article.write_text(text.replace("2016年2月", inserted + "2016年2月", 1), encoding="utf-8")

    again = make_window(store, str(article))
    assert again.document is not None
    assert again.document.text.index(TRAINING) > old_start
    assert drawn(again) == [TRAINING]


def test_an_orphaned_note_is_listed_not_lost(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window(store, str(article))
    write_note(window, qtbot, TRAINING, "这段以后会被删掉")
    window.close()
    lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
    article.write_text("".join(x for x in lines if TRAINING not in x), encoding="utf-8")

    again = make_window(store, str(article))
    panel = again.notes_ui.notes
    assert drawn(again) == []
    assert len(panel.note_ids()) == 1
    html = panel.item_html(0)
    assert "Not found in this version of the text" in html
    assert TRAINING in html and "这段以后会被删掉" in html
    told = again.statusBar().currentMessage()
    assert told.startswith("1 note or bookmark was not found in this version of the text; it")


def test_export_then_import_into_a_fresh_store_round_trips(
    store: Store,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "导出的笔记")
    select(window, INTRO)
    window.window_actions.colour_actions["green"].trigger()
    select(window, COMMITTEE)
    window.window_actions.bookmark.trigger()
    exported = tmp_path / "notes.json"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(exported), ""))
    window.window_actions.export_notes.trigger()
    annotations = json.loads(exported.read_text(encoding="utf-8"))
    assert {a["motivation"] for a in annotations} == {"commenting", "highlighting", "bookmarking"}

    told: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda *_a: str(exported))
    monkeypatch.setattr(Dialogs, "show_info", lambda _p, _t, text: told.append(text))
    with Store.open(tmp_path / "fresh") as fresh:
        other = make_window(fresh)
        other.window_actions.import_notes.trigger()
        assert told == [
            "Added 3, skipped 0 already here, 0 not found in this text "
            "(listed at the end of the Notes)."
        ]
        assert drawn(other, "yellow") == [TRAINING] and drawn(other, "green") == [INTRO]
        assert len(other.notes_ui.bookmarks.names()) == 1
        other.window_actions.import_notes.trigger()  # the same ids again: nothing added
        assert told[-1].startswith("Added 0, skipped 3")
        other.close()


def test_markdown_export_has_the_quote_and_the_note(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "写在引文下面")
    target = tmp_path / "notes.md"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(target), ""))
    window.window_actions.export_notes.trigger()
    markdown = target.read_text(encoding="utf-8")
    assert f"> {TRAINING}" in markdown and "写在引文下面" in markdown


def test_a_note_found_only_approximately_shows_what_it_quoted(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window(store, str(article))
    write_note(window, qtbot, TRAINING, "培训班的年数")
    window.close()
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(TRAINING, "连续五年举办市级示范培训班", 1), encoding="utf-8")

    again = make_window(store, str(article))
    assert drawn(again) == ["连续五年举办市级示范培训班"]
    card = again.notes_ui.notes.item_html(0)
    assert "≈" in card and TRAINING in card  # the user's own quote, not lost


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"not": "a list"}', "JSON array"),
        ("# 标题\n\n> 摘录\n", "a Markdown export, which can't be imported"),
        ('[{"type": "Annotation", "body": {"type": "TextualBody", "value": "\\ud800"}}]', "surrogate"),
    ],
)
def test_import_of_a_hostile_file_in_the_window_is_one_line_and_changes_nothing(
    store: Store, make_window: WindowFactory, tmp_path: Path, *, monkeypatch: pytest.MonkeyPatch,
    content: str, reason: str,
) -> None:  # fmt: skip
    window = make_window(store)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda *_a: str(bad))
    monkeypatch.setattr(Dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    window.window_actions.import_notes.trigger()
    assert len(errors) == 1 and reason in errors[0] and "\n" not in errors[0]
    assert errors[0].startswith("Nothing was changed.")
    assert window.notes_ui.controller.has_note(1) is False


def test_importing_another_articles_notes_offers_to_copy_them(
    store: Store,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "另一篇的笔记")
    exported = tmp_path / "notes.json"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(exported), ""))
    window.window_actions.export_notes.trigger()
    copy = tmp_path / "copy.txt"  # the same text with a line more: another article
    copy.write_text(Path(window.document.source.path).read_text(encoding="utf-8")  # type: ignore[union-attr]
                    .replace("2016年2月", "新增的一句话。\n\n2016年2月", 1), encoding="utf-8")
    assert window.open_path(str(copy))
    window.finish_loading()
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda *_a: str(exported))
    monkeypatch.setattr(Dialogs, "ask", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(Dialogs, "show_info", lambda _p, _t, text: told.append(text))
    window.window_actions.import_notes.trigger()
    assert len(asked) == 1 and "attached to another article" in asked[0]
    assert told[-1].startswith("Added 1, skipped 0")
    assert drawn(window, "yellow") == [TRAINING]


def test_the_first_export_starts_in_the_documents_folder_when_there_is_no_documents_folder(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtCore import QStandardPaths

    article = tmp_path / "文章" / "article.txt"
    article.parent.mkdir()
    article.write_text("标题\n\n正文的一段话。\n", encoding="utf-8")
    window = make_window(store, str(article))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "无"))
    offered: list[str] = []
    monkeypatch.setattr(Dialogs, "save_file", lambda _p, _t, path, _f: offered.append(path) or ("", ""))
    window.window_actions.export_notes.trigger()
    assert offered == [str(article.parent / "article-notes.md")]
