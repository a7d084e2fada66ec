"""Every command reads dates the same way and reports an invalid partnership the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio_data import FIXTURE
from unikom.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
PLAIN = str(DATA / "holidays-only.yaml")

#: Each command that takes a date, with the rest of a call that would succeed.
DATED = [
    ("due", "--received", [PLAIN, "--inquiry-type", "en-maaned"]),
    ("calendar", "--from", [PLAIN]),
    ("calendar", "--to", [PLAIN]),
    ("status", "--on", [str(FIXTURE)]),
    ("network", "--on", [PLAIN]),
]


@pytest.mark.parametrize(("command", "option", "rest"), DATED, ids=lambda v: str(v))
@pytest.mark.parametrize(
    "written", ["20260512", "2026-02-30", "2026-W20-2", "12.05.2026", "0000-01-01", "2026-5-12"]
)
def test_every_command_refuses_the_same_dates_the_same_way(
    command: str, option: str, rest: list[str], written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, *rest, option, written]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"unikom {command}: error: {option}: {written!r} is not a date; "
        "write it YYYY-MM-DD, e.g. 2025-03-01\n"
    )


@pytest.mark.parametrize(("command", "option", "rest"), DATED, ids=lambda v: str(v))
def test_every_command_takes_an_iso_date(
    command: str, option: str, rest: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, *rest, option, "2026-05-12"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "{path}", "--inquiry-type", "x", "--received", "2026-05-12"],
        ["calendar", "{path}"],
        ["render", "{path}"],
        ["network", "{path}"],
        ["status", "{path}"],
    ],
    ids=lambda argv: argv[0],
)
def test_every_command_reports_an_invalid_partnership_the_same_way(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "partnership.yaml").write_text('kind: partnership\nversion: "1.0"\n')
    path = str(tmp_path)
    assert main([part.format(path=path) for part in argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "partnership.yaml:1:1: error:" in err
    assert f"unikom: {path} is not a valid partnership: " in err
