"""The Simplified Chinese UI: shipped, compiled, and loaded for a zh_CN locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("zh_CN"))
    assert translators, "resources/reader_zh_CN.qm did not load"
    yield
    remove_translators(qapp, translators)


def test_an_english_locale_gets_only_the_plural_forms(qapp: QApplication) -> None:
    translators = install_translators(qapp, QLocale("en_US"))
    try:
        assert len(translators) == 1  # reader_en.qm: no Qt dialogs' translation
        assert translators[0].translate("StatsPanel", "%Ln figure(s)", "", 1) == "%Ln figure"
        assert translators[0].translate("StatsPanel", "Largest First") == ""  # English as written
    finally:
        remove_translators(qapp, translators)


@pytest.mark.usefixtures("chinese")
def test_the_chinese_ui_loads_under_a_zh_cn_locale(qtbot: QtBot, settings: object) -> None:
    from PySide6.QtCore import QSettings

    assert isinstance(settings, QSettings)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert window.window_actions.find.text() == "查找(&F)…"
    assert window.stats_panel.figures.headerItem().text(0) == "数字"
    rows = dict(window.window_actions.shortcut_table())
    assert rows["下一节"].startswith("Alt+")  # Qt names the arrow key in Chinese too
    assert window.window_actions.highlight.text() == "高亮(&H)"
    assert window.notes_ui.notes.search_edit.placeholderText() == "在所有文章的笔记中搜索"


def test_every_ui_string_is_translated(tmp_path: object) -> None:
    """lupdate over reader/ui finds no string missing from, or untranslated in, the .ts file."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    from xml.etree import ElementTree

    root = Path(__file__).resolve().parents[3]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate ships with PySide6"
    fresh = Path(str(tmp_path)) / "fresh.ts"
    shutil.copy(root / "resources" / "reader_zh_CN.ts", fresh)
    sources = sorted(str(p) for p in (root / "reader" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    untranslated = [
        (m.findtext("source"), m.find("translation").get("type"))  # type: ignore[union-attr]
        for m in ElementTree.parse(fresh).iter("message")
        if m.find("translation").get("type") in ("unfinished", None) and  # type: ignore[union-attr]
        not (m.findtext("translation") or "").strip()
    ]
    assert untranslated == [], "run scripts/translations update, translate, then release"


@pytest.mark.usefixtures("chinese")
def test_why_a_file_or_a_link_cant_be_opened_is_said_in_chinese(tmp_path: object) -> None:
    from pathlib import Path

    from reader.document import DocumentError, load
    from reader.document.loader import why_unopenable
    from reader.document.passage_link import LinkError, parse_link, passage_url
    from reader.store.passage_links import link_target
    from reader.ui.common.reasons import translated_reason

    assert isinstance(tmp_path, Path)
    binary, empty = tmp_path / "图.jpg", tmp_path / "空.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty.write_bytes(b"")
    reasons = [why_unopenable(tmp_path / "没有.txt"), why_unopenable(tmp_path)]
    for path in (binary, empty):
        with pytest.raises(DocumentError) as caught:
            load(path)
        reasons.append(str(caught.value))
    for url in ("reader://x", passage_url("a" * 64, 0, 1)):
        with pytest.raises(LinkError) as caught:
            link_target(None, url) if url.startswith("reader://open") else parse_link(url)
        reasons.append(str(caught.value))
    shown = [translated_reason(reason) for reason in reasons]
    assert shown == [
        f"{tmp_path / '没有.txt'} 不存在",
        f"{tmp_path} 是文件夹，不是文件",
        "图.jpg 是二进制文件，不是文本",
        shown[3],  # whichever of its two reasons an empty file gets: in Chinese
        "reader://x 不是 Reader 的链接",
        "无法打开链接：笔记和书签功能已关闭",
    ]
    assert shown[3] in ("空.txt 是空文件", "空.txt 里没有可显示的文字"), shown[3]


def test_a_wrong_encoding_chosen_is_said_in_chinese(qapp: QApplication, tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from reader.document import DocumentError, load
    from reader.ui.common.reasons import translated_reason

    assert isinstance(tmp_path, Path)
    notice = tmp_path / "通知.txt"
    notice.write_bytes("通知\n\n明天上午九点开会，请准时参加。\n".encode("gbk"))
    with pytest.raises(DocumentError) as caught:
        load(notice, "utf-8")
    translator = QTranslator()  # this checkout's catalogue, wherever the package's resources are
    assert translator.load(str(Path(__file__).parents[3] / "resources" / "reader_zh_CN.qm"))
    qapp.installTranslator(translator)
    try:
        assert translated_reason(str(caught.value)).startswith("通知.txt 不是 utf-8 编码：")
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("chinese")
def test_about_names_the_keys_as_the_menus_do(
    qtbot: QtBot, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QKeySequence

    from reader.ui.common.dialogs import Dialogs

    assert isinstance(settings, QSettings)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "show_info", lambda _p, _t, html: shown.append(html))
    window.window_actions.about.trigger()
    native = QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText)
    assert native != "Alt+Down"  # Qt's Chinese name of the key
    assert native in shown[0] and "Alt+Down" not in shown[0]


def test_every_menu_path_a_message_names_is_the_menus_own_wording() -> None:
    """“文章结构 ▸ 设为标题” in a hint while the menu says 设为小标题: a reader looks for a
    command that is not there. Each step of a path (A ▸ B) in a translation is a menu's or a
    command's translation, its access key left out."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = ET.parse(Path(__file__).parents[3] / "resources" / "reader_zh_CN.ts").getroot()
    messages = [(m.findtext("source") or "", m.find("translation")) for m in root.iter("message")]
    current = [(source, t) for source, t in messages if t is not None and t.get("type") != "vanished"]
    commands = {re.sub(r"\(&.\)|&", "", t.text or "").rstrip("…").strip() for source, t in current
                if "&" in source}  # menus and their commands carry an access key
    steps = [step.strip("“”") for _, t in current for path in re.findall(r"[^，。：（）“”\s]+(?: ▸ [^，。：（）“”\s]+)+", t.text or "")
             for step in path.split(" ▸ ")]  # fmt: skip
    assert steps, "no menu path found in the translations"
    assert [step for step in steps if step not in commands] == []
