"""Data-driven tests: every file under data/valid passes, every file under data/invalid
fails with exactly the codes and positions its first line announces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import unikom

DATA = Path(__file__).resolve().parents[1] / "data"
VALID = sorted((DATA / "valid").iterdir())
INVALID = sorted((DATA / "invalid").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (.*)$")


def expected(path: Path) -> list[tuple[str, int, int]]:
    """Read the '# expect: code@line:col, …' header of a negative example."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = EXPECT.match(first)
    assert match, f"{path.name} lacks an '# expect:' header"
    found = []
    for item in match[1].split(","):
        code, where = item.strip().split("@")
        line, column = where.split(":")
        found.append((code, int(line), int(column)))
    return found


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_examples_have_no_errors(path: Path) -> None:
    errors = [d for d in unikom.validate(path) if d.is_error]
    assert errors == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_examples_load(path: Path) -> None:
    assert isinstance(unikom.load(path), unikom.Partnership)


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_examples_report_expected_codes_and_positions(path: Path) -> None:
    found = [(d.code, d.line, d.column) for d in unikom.validate(path) if d.is_error]
    assert sorted(found) == sorted(expected(path))


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_examples_refuse_to_load(path: Path) -> None:
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(path)
    codes = {d.code for d in caught.value.diagnostics}
    assert codes == {code for code, _, _ in expected(path)}


def test_yaml_12_scalars_stay_text() -> None:
    partnership = unikom.load(DATA / "valid" / "yaml12-scalars.yaml")
    assert partnership.name.get("nb") == "NO"
    assert partnership.short_name == "yes"
    assert partnership.description is not None
    assert partnership.description.get("nb") == "on"
    # 0755 is a decimal number in YAML 1.2, not the octal 493 of YAML 1.1.
    assert partnership.key_figures[0].value == 755
    assert partnership.key_figures[0].as_of.isoformat() == "2022-02-01"


def test_json_files_are_accepted() -> None:
    partnership = unikom.load(DATA / "valid" / "full.json")
    assert partnership.inquiry_types[0].processing_time == unikom.Duration(
        amount=20, unit=unikom.DurationUnit.WORKING_DAYS
    )
