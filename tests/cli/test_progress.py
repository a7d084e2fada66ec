"""The progress line of `unikom validate`: in a terminal only, never in json or github."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from unikom.cli import main
from unikom.cli.progress import MIN_FILES

ERASE = "\r\x1b[K"


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def make_files(directory: Path, count: int, *, invalid: tuple[int, ...] = ()) -> Path:
    """Write *count* inquiry-type files; those numbered in *invalid* lack a track."""
    for number in range(count):
        track = "" if number in invalid else "track: forskning\n"
        (directory / f"type-{number:03}.yaml").write_text(
            f'kind: inquiry-type\nversion: "1.0"\nid: type-{number}\nname: Type {number}\n{track}',
            encoding="utf-8",
        )
    return directory


def screen(written: str) -> list[str]:
    """Return the lines a terminal would show: each erase wipes its line so far."""
    return [line.rsplit(ERASE, 1)[-1] for line in written.split("\n")]


def use_terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """Make stdout and stderr one terminal, as in an interactive shell.

    Called inside each test: pytest's own capturing replaces sys.stderr again
    between fixture setup and the test body.
    """
    shared = Terminal()
    monkeypatch.setattr(sys, "stdout", shared)
    monkeypatch.setattr(sys, "stderr", shared)
    monkeypatch.setenv("TERM", "xterm-256color")
    return shared


def test_many_files_in_a_terminal_show_progress(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    terminal = use_terminal(monkeypatch)
    count = MIN_FILES + 5
    code = main(["validate", str(make_files(tmp_path, count))])
    written = terminal.getvalue()
    assert code == 0
    assert f"unikom: checked 1 of {count} files (4%)" in written
    assert f"unikom: checked {count} of {count} files (100%)" in written
    # The progress line is erased before the summary, which stands alone.
    assert screen(written) == ["unikom: no problems found", ""]


def test_findings_are_never_glued_to_the_progress_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    terminal = use_terminal(monkeypatch)
    count = MIN_FILES + 5
    code = main(["validate", str(make_files(tmp_path, count, invalid=(0, 7, count - 1)))])
    written = terminal.getvalue()
    assert code == 1
    assert "checked" in written
    shown = screen(written)
    assert len(shown) == 5
    assert all(line.endswith("[schema.missing-key]") for line in shown[:3])
    assert shown[3:] == ["unikom: 3 error(s), 0 warning(s)", ""]


@pytest.mark.parametrize("output_format", ["json", "github"])
def test_machine_formats_never_show_progress(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, output_format: str
) -> None:
    terminal = use_terminal(monkeypatch)
    main(["validate", "--format", output_format, str(make_files(tmp_path, MIN_FILES + 5))])
    written = terminal.getvalue()
    assert "checked" not in written
    assert "\x1b" not in written


def test_no_progress_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    main(["validate", str(make_files(tmp_path, MIN_FILES + 5))])
    err = capsys.readouterr().err
    assert err == "unikom: no problems found\n"


def test_no_progress_on_a_dumb_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    terminal = use_terminal(monkeypatch)
    monkeypatch.setenv("TERM", "dumb")
    main(["validate", str(make_files(tmp_path, MIN_FILES + 5))])
    assert terminal.getvalue() == "unikom: no problems found\n"


def test_no_progress_for_a_few_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    terminal = use_terminal(monkeypatch)
    main(["validate", str(make_files(tmp_path, MIN_FILES - 1))])
    assert terminal.getvalue() == "unikom: no problems found\n"
