"""Inquiry and project files checked against their partnership, through `unikom validate`.

Each invalid example marks the errors it must produce with a comment
``# expect: CODE[, CODE]`` on the line each must be reported at.  The test
copies the fixture partnership directory, drops one invalid file into it, and
compares what the validator reports for that file with what the file expects.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import unikom
from portfolio_data import FIXTURE, INVALID
from unikom import validate

_EXPECT = re.compile(r"#\s*expect:\s*(.+)$")
INVALID_FILES = sorted(INVALID.glob("*/*.yaml"))


def expected(path: Path) -> Counter[tuple[int, str]]:
    """Return the (line, code) pairs the file's '# expect:' comments name."""
    found: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _EXPECT.search(line)
        if match:
            for code in match[1].split(","):
                found[(number, code.strip())] += 1
    return found


def test_the_fixture_directory_is_valid() -> None:
    assert validate(FIXTURE) == []


def test_there_are_invalid_examples_of_both_kinds() -> None:
    assert {p.parent.name for p in INVALID_FILES} == {"inquiries", "projects"}


@pytest.mark.parametrize("path", INVALID_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_invalid_example_reports_exactly_what_it_expects(path: Path, tmp_path: Path) -> None:
    directory = tmp_path / "partnership"
    shutil.copytree(FIXTURE, directory)
    shutil.copy(path, directory / path.parent.name / path.name)
    found = Counter((d.line, d.code) for d in validate(directory) if Path(d.file).name == path.name)
    assert found == expected(path)


def test_other_files_are_untouched_by_an_invalid_neighbour(tmp_path: Path) -> None:
    directory = tmp_path / "partnership"
    shutil.copytree(FIXTURE, directory)
    for path in INVALID_FILES:
        shutil.copy(path, directory / path.parent.name / path.name)
    invalid_names = {p.name for p in INVALID_FILES}
    assert [d for d in validate(directory) if Path(d.file).name not in invalid_names] == []


def test_without_a_partnership_only_the_file_itself_is_checked(tmp_path: Path) -> None:
    """Outside a partnership directory the references cannot be checked, the history can."""
    for name in ("bad-references.yaml", "bad-lifecycle.yaml"):
        shutil.copy(INVALID / "inquiries" / name, tmp_path / name)
    codes = {(Path(d.file).name, d.code) for d in validate(tmp_path)}
    assert codes == {
        ("bad-lifecycle.yaml", "lifecycle.transition"),
        ("bad-lifecycle.yaml", "lifecycle.date-order"),
    }


def test_project_reference_is_checked_against_the_whole_directory(tmp_path: Path) -> None:
    """Given one file, the rest of its partnership directory is read as its context."""
    directory = tmp_path / "partnership"
    shutil.copytree(FIXTURE, directory)
    shutil.copy(INVALID / "projects" / "bad-references.yaml", directory / "projects")
    whole = validate(directory)
    assert any(d.pointer == "/inquiry" and d.code == "ref.unresolved" for d in whole)
    for given in ([directory / "projects"], [directory / "projects" / "bad-references.yaml"]):
        assert validate(given) == [d for d in whole if "projects" in d.file]


def test_a_project_may_be_read_before_the_inquiry_it_came_from(tmp_path: Path) -> None:
    """The reference waits for the end of the walk, so file order does not matter."""
    directory = tmp_path / "partnership"
    shutil.copytree(FIXTURE, directory)
    (directory / "a-projects").mkdir()
    shutil.move(directory / "projects" / "p-001.yaml", directory / "a-projects" / "p-001.yaml")
    assert validate(directory) == []


@pytest.mark.parametrize(
    ("field", "written", "told"),
    [
        ("soknadsfrist", "12.05.2026", "write it YYYY-MM-DD: 2026-05-12"),
        ("soknadsfrist", "2026-13-01", "no month 13"),
        ("bidrag-fra-kommunen", "kontakter", "write even one choice as a list: [kontakter]"),
    ],
)
def test_an_answer_written_another_way_is_told_how_to_write_it(
    field: str, written: str, told: str
) -> None:
    from unikom.checking._portfolio_rules import answer_problems

    trondheim = unikom.load(Path(__file__).resolve().parents[2] / "examples" / "trondheim")
    form = trondheim.inquiry_type("forskningssamarbeid").form
    found = [p.message for p in answer_problems(form, {field: written}) if p.field == field]
    assert any(told in message for message in found), found
