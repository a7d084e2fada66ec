"""What the commands write: files atomically and only where asked, terminal lines inert."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import unikom
from unikom.checking._output import OutputError
from unikom.cli import main
from unikom.cli.formats import GuardedStream, printable

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"


@pytest.fixture
def partnership(tmp_path: Path) -> Path:
    copy = tmp_path / "trd"
    shutil.copytree(TRONDHEIM, copy)
    return copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_output_is_written_atomically_to_the_file(
    capsys: pytest.CaptureFixture[str], partnership: Path, tmp_path: Path
) -> None:
    target = tmp_path / "side.md"
    code, out, _err = run(capsys, "render", str(partnership), "-o", str(target))
    assert code == 0
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "command",
    [
        ["render"],
        ["calendar", "--format", "ics"],
        ["network"],
        ["status"],
        ["due", "--inquiry-type", "forskningssamarbeid", "--received", "2024-03-01"],
    ],
)
def test_no_command_writes_through_a_link(
    capsys: pytest.CaptureFixture[str], partnership: Path, tmp_path: Path, command: list[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "out.txt"
    link.symlink_to(victim)
    code, _out, err = run(capsys, command[0], str(partnership), *command[1:], "-o", str(link))
    assert code == 2, err
    assert "symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert link.is_symlink()


@pytest.mark.parametrize("name", ["partnership.yaml", "inquiry-types/forskning.yaml"])
def test_no_command_writes_over_its_input(
    capsys: pytest.CaptureFixture[str], partnership: Path, name: str
) -> None:
    target = partnership / name
    before = target.read_bytes()
    code, _out, err = run(capsys, "render", str(partnership), "-o", str(target))
    assert code == 2
    assert "reads" in err
    assert target.read_bytes() == before


def test_not_over_a_hard_link_to_an_input_either(
    capsys: pytest.CaptureFixture[str], partnership: Path, tmp_path: Path
) -> None:
    alias = tmp_path / "alias.yaml"
    alias.hardlink_to(partnership / "partnership.yaml")
    code, _out, _err = run(capsys, "calendar", str(partnership), "-o", str(alias))
    assert code == 2


def test_dump_to_a_path_refuses_a_link(partnership: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.yaml"
    victim.write_text("keep\n", encoding="utf-8")
    (tmp_path / "out.yaml").symlink_to(victim)
    with pytest.raises(OutputError):
        unikom.dump(unikom.load(partnership), tmp_path / "out.yaml")
    assert victim.read_text(encoding="utf-8") == "keep\n"
    unikom.dump(unikom.load(partnership), tmp_path / "fresh.yaml")
    assert unikom.load(tmp_path / "fresh.yaml") == unikom.load(tmp_path / "fresh.yaml")


def test_a_calendar_range_beyond_the_limit_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], partnership: Path
) -> None:
    code, _out, err = run(
        capsys, "calendar", str(partnership), "--from", "2000-01-01", "--to", "2100-12-31"
    )
    assert code == 2
    assert "at most 10 years" in err


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "\\u001b[31mred\\u001b[0m"),
        ("a\rb", "a\\u000db"),
        ("crlf\r\n", "crlf\r\n"),
        ("\u202eevil", "\\u202eevil"),
        ("\x9b2J", "\\u009b2J"),
        ("::error file=x::forged", "\\x3a:error file=x::forged"),
        ("ok\n  ::warning::x\n", "ok\n  \\x3a:warning::x\n"),
        ("tab\there\n", "tab\there\n"),
    ],
)
def test_printable_neutralises_terminal_and_workflow_commands(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_a_command_split_over_writes_is_still_caught() -> None:
    import io

    out = io.StringIO()
    stream = GuardedStream(out)
    stream.write("first line\n")
    stream.write("  ")
    stream.write("::error::forged\n")
    stream.write("x ::notice:: in the middle is fine\n")
    assert "\n  \\x3a:error::forged\n" in out.getvalue()
    assert "x ::notice:: in the middle" in out.getvalue()


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_file_name_cannot_forge_an_annotation_or_drive_the_terminal(
    capsys: pytest.CaptureFixture[str], partnership: Path, fmt: str
) -> None:
    forged = (
        partnership / "inquiries" / "::error file=x.yaml::forged\x1b]0;title\x07\x85\u202e.yaml"
    )
    forged.write_text("kind: inquiry\n", encoding="utf-8")
    _code, out, err = run(capsys, "validate", "--format", fmt, str(partnership))
    for line in (out + err).splitlines():
        assert not line.lstrip().startswith("::error file=x.yaml"), line
        if fmt == "github" and line.startswith("::"):
            assert line.count("::") == 2, line  # the command's own two, nothing forged
    assert "\x1b" not in out + err
    assert "\x07" not in out + err
    if fmt in ("json", "sarif"):
        json.loads(out)  # the escapes keep it valid JSON


@pytest.mark.parametrize(
    "command",
    [
        ["render"],
        ["render", "--format", "md"],
        ["calendar", "--format", "ics"],
        ["network"],
        ["status"],
        ["export"],
        ["due", "--inquiry-type", "forskningssamarbeid", "--received", "2024-03-01"],
    ],
)
def test_no_command_replaces_a_pipe_or_a_directory(
    capsys: pytest.CaptureFixture[str], partnership: Path, tmp_path: Path, command: list[str]
) -> None:
    import os

    pipe = tmp_path / "out.txt"
    os.mkfifo(pipe)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, what in ((pipe, "named pipe"), (folder, "directory")):
        code, out, err = run(capsys, command[0], str(partnership), *command[1:], "-o", str(target))
        assert code == 2, err
        assert f"is a {what}" in err
        assert out == ""
    assert pipe.is_fifo()
    assert folder.is_dir()


@pytest.mark.parametrize(
    "command", [["render"], ["calendar", "--format", "ics"], ["network"], ["status"], ["export"]]
)
def test_dash_is_standard_output(
    capsys: pytest.CaptureFixture[str],
    partnership: Path,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(partnership.parent)
    code, out, _err = run(capsys, command[0], str(partnership), *command[1:], "-o", "-")
    assert code == 0
    assert out
    assert not (partnership.parent / "-").exists()


def _hidden_characters() -> list[str]:
    import sys
    import unicodedata

    return [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zl", "Zp") and chr(code) not in "\n\t"
    ]


def test_printable_shows_every_control_format_and_separator_character_as_an_escape() -> None:
    import json

    hidden = _hidden_characters()
    assert "\u200f" in hidden
    assert "\u00ad" in hidden
    for char in hidden:
        shown = printable(f"a{char}b")
        assert char not in shown, hex(ord(char))
        assert shown.isprintable(), hex(ord(char))
        # The escape is valid inside a JSON string and reads back as the character.
        assert json.loads(f'"{shown}"') == f"a{char}b"


def test_printable_keeps_line_feeds_tabs_crlf_and_no_break_spaces() -> None:
    assert printable("12\u00a0345\tx\r\ny\n") == "12\u00a0345\tx\r\ny\n"


def test_status_shows_format_characters_in_names_as_escapes(
    capsys: pytest.CaptureFixture[str], partnership: Path
) -> None:
    path = partnership / "partnership.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("short_name: TRD3.0", "short_name: TRD\u200f\u061c3"), "utf-8")
    code, out, err = run(capsys, "status", str(partnership), "--on", "2026-01-15")
    assert "\u200f" not in out + err
    assert "\u061c" not in out + err
    assert code == 0, err
    assert "TRD\\u200f\\u061c3" in out
