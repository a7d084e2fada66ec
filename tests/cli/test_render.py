"""``unikom render``: formats, output file, --strict and invalid input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from unikom.cli import main

NORDFJELL = str(Path(__file__).resolve().parents[2] / "examples" / "nordfjell")


def test_render_html_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", NORDFJELL, "--lang", "en", "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')


def test_render_markdown_to_a_file_chosen_by_its_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "page.md"
    assert main(["render", NORDFJELL, "--lang", "nn", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8").startswith("# Kunnskapsalliansen Nordfjell")


def test_strict_lists_each_fallback_where_it_is_and_fails(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["render", NORDFJELL, "--lang", "nb", "--format", "md", "--strict"]) == 1
    err = capsys.readouterr().err.splitlines()
    findings = [line for line in err if "[render.fallback]" in line]
    name = f"{NORDFJELL}/partnership.yaml:21:3: warning: no text in nb here; the page shows the nn"
    assert any(line.startswith(name) for line in findings)
    assert any("inquiry-types/forskingssamarbeid.yaml" in line for line in findings)
    assert err[-1] == f"unikom: {len(findings)} text(s) shown in another language than nb"


def test_without_strict_fallbacks_are_only_counted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", NORDFJELL, "--lang", "nb", "--format", "md"]) == 0
    err = capsys.readouterr().err
    assert "[render.fallback]" not in err
    assert "--strict lists them" in err


def test_strict_passes_when_every_text_has_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["render", NORDFJELL, "--lang", "en", "--format", "md", "--strict"]) == 0
    assert capsys.readouterr().err == ""


def test_an_invalid_partnership_is_reported_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "partnership.yaml").write_text('kind: partnership\nversion: "1.0"\n')
    target = tmp_path / "page.html"
    assert main(["render", str(tmp_path), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "missing required key 'id'" in err
    assert "is not a valid partnership" in err
    assert not target.exists()


def test_a_missing_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(tmp_path / "nowhere")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", NORDFJELL, "--lang", "de"]) == 2
    assert "invalid choice" in capsys.readouterr().err


VEST = str(Path(__file__).resolve().parents[2] / "examples" / "vest")


def test_on_chooses_the_day_whose_parties_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", VEST, "--lang", "nn", "--format", "md", "--on", "2024-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Partane per 1. juni 2024." in out
    assert "### Komande partar\n\n- Haugeland kommune" in out


@pytest.mark.parametrize("day", ["2025-02-30", "01.06.2024", "20240601"])
def test_on_takes_only_a_real_iso_date(day: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", VEST, "--on", day]) == 2
    assert "--on" in capsys.readouterr().err


class _GoneReader:
    """Standard output whose reader went away at once (`| head -c 10`)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_reading_does_not_make_strict_pass(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The page went to a closed pipe, and the command returned 0 before
    # --strict could count the texts shown in another language.
    vest = Path(__file__).resolve().parents[2] / "examples" / "vest"
    monkeypatch.setattr(sys, "stdout", _GoneReader())
    assert main(["render", str(vest), "--lang", "nb", "--strict", "--format", "md"]) == 1
    assert "render.fallback" in capsys.readouterr().err
