"""The engine's output stays proportional to what a person can read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from unikom.checking._engine import TOO_MANY_ERRORS, Validation, capped
from unikom.checking._yamlsource import MAX_ERRORS
from unikom.cli import main
from unikom.model.diagnostics import Diagnostic, Severity


def _finding(file: str, line: int, severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(
        file=file,
        line=line,
        column=1,
        pointer="",
        code="ref.unresolved",
        severity=severity,
        message="x",
    )


def test_each_file_shows_at_most_the_cap_then_one_line_with_the_count() -> None:
    many = [_finding("a.yaml", i) for i in range(1, 5001)]
    few = [_finding("b.yaml", i) for i in range(1, 4)]
    out = list(capped([*many, *few]))
    assert len(out) == MAX_ERRORS + 1 + 3
    closing = out[MAX_ERRORS]
    assert closing.file == "a.yaml"
    assert closing.code == TOO_MANY_ERRORS
    assert closing.severity is Severity.ERROR
    assert f"{5000 - MAX_ERRORS} more" in closing.message
    assert [d.file for d in out[MAX_ERRORS + 1 :]] == ["b.yaml"] * 3


def test_left_out_warnings_are_counted_as_a_warning() -> None:
    out = list(capped(_finding("a.yaml", i, Severity.WARNING) for i in range(MAX_ERRORS + 7)))
    assert out[-1].severity is Severity.WARNING
    assert "7 more" in out[-1].message


@pytest.mark.parametrize("output", ["text", "github", "json", "sarif"])
def test_a_file_with_thousands_of_problems_prints_a_bounded_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    copy = tmp_path / "trd"
    shutil.copytree(ROOT / "examples" / "trondheim", copy)
    inquiry = copy / "inquiries" / "2025-047.yaml"
    areas = ", ".join(f"omraade-{i}" for i in range(3000))
    text = inquiry.read_text(encoding="utf-8")
    inquiry.write_text(
        text.replace("thematic_areas: [helse-og-velferd]", f"thematic_areas: [{areas}]"),
        encoding="utf-8",
    )
    assert main(["validate", "--format", output, str(copy)]) == 1
    captured = capsys.readouterr()
    printed = captured.out + captured.err
    assert printed.count("omraade-") <= MAX_ERRORS + 1
    assert "2900 more" in printed


def test_validation_caps_what_load_sees_too(tmp_path: Path) -> None:
    copy = tmp_path / "trd"
    shutil.copytree(ROOT / "examples" / "trondheim", copy)
    inquiry = copy / "inquiries" / "2025-047.yaml"
    areas = ", ".join(f"omraade-{i}" for i in range(500))
    text = inquiry.read_text(encoding="utf-8")
    inquiry.write_text(
        text.replace("thematic_areas: [helse-og-velferd]", f"thematic_areas: [{areas}]"),
        encoding="utf-8",
    )
    found = list(Validation(paths=[str(copy)]).diagnostics())
    assert len(found) == MAX_ERRORS + 1
