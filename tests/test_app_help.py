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
