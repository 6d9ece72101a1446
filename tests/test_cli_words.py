"""A mistyped command is said to be one, with the close name, before anything about the display;
a command's own usage for what it doesn't take; notes export/import --help say what they do."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import main
from reader.cli_words import unknown_command

COMMANDS = ("dump", "figures", "library", "notes", "structure")


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_a_close_command_name_is_suggested(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("正文\n", encoding="utf-8")
    assert "did you mean 'figures'" in _error(capsys, "figure", "a.txt")


def test_an_unknown_word_is_no_display_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    err = _error(capsys, "frobnicate")
    assert "neither a file nor a command" in err and "display" not in err


def test_a_commands_unknown_option_shows_that_commands_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _error(capsys, "figures", "a.txt", "--xml")
    assert "usage: reader figures" in err and "--xml" in err


@pytest.mark.parametrize(("command", "said"), [("export", "stdout"), ("import", "ANNOTATIONS")])
def test_notes_help_describes_its_arguments(
    capsys: pytest.CaptureFixture[str], command: str, said: str
) -> None:
    with pytest.raises(SystemExit):
        main(["notes", command, "--help"])
    shown = capsys.readouterr().out
    assert said in shown and "the article" in shown


def test_a_file_or_a_link_is_not_a_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "figure").write_text("正文\n", encoding="utf-8")
    assert unknown_command("figure", [], COMMANDS) == ""  # a file of that name is there
    assert unknown_command("missing.txt", [], COMMANDS) == ""  # the window says it's missing
    assert unknown_command("reader://open?doc=ab", [], COMMANDS) == ""
    assert unknown_command("sub/missing", [], COMMANDS) == ""


def test_a_missing_data_dir_is_named_as_help_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, "--data-dir")
    assert "--data-dir DIR" in err and "DATA_DIR" not in err and err.startswith("usage: reader ")
