"""`reader --help` lists what users use; the timing flag works but is not shown."""

from __future__ import annotations

import pytest

from reader.app import _gui_parser, main


def test_help_does_not_show_the_timing_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    shown = capsys.readouterr().out
    assert "--data-dir" in shown
    assert "exit-after-paint" not in shown


def test_the_timing_flag_still_parses() -> None:
    ns = _gui_parser().parse_args(["--exit-after-paint", "a.txt"])
    assert ns.exit_after_paint and ns.file == "a.txt"


def test_help_names_every_kind_of_file_opened_and_the_library_as_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.document.loader import HTML_SUFFIXES, MARKDOWN_SUFFIXES

    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps the lines
    assert all(suffix in shown for suffix in MARKDOWN_SUFFIXES | HTML_SUFFIXES)
    assert "the library" in shown
    assert "the article read last" not in shown  # the window starts on the library instead


def test_the_desktop_entry_help_says_what_installing_it_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It offers Reader in Open With and sets it as the default only for reader:// links
    (desktop_entry.install runs `xdg-mime default` for x-scheme-handler/reader alone)."""
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "as the program for" not in shown
    assert "Open With" in shown and "stays yours to choose" in shown
    assert "handler of reader:// links" in shown
