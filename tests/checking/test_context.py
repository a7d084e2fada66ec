"""Every entry point checks the same thing: a file is checked in its partnership's context."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unikom
from unikom.checking._engine import find_partnership

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURE = DATA / "inquiry" / "partnership"
INVALID = DATA / "inquiry" / "invalid"
ROOT = Path(__file__).resolve().parent.parent.parent


def _replace(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        path = directory / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new), encoding="utf-8")

    return change


def _copy(source: Path, relative: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        shutil.copy(source, directory / relative)

    return change


def _write(relative: str, text: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        (directory / relative).write_text(text, encoding="utf-8")

    return change


def _unchanged(directory: Path) -> None:
    del directory


#: Changes a contributor might make, each breaking (or not) something across files.
CHANGES: dict[str, Callable[[Path], None]] = {
    "nothing": _unchanged,
    "renamed partnership id": _replace("partnership.yaml", "id: testby", "id: testbyen"),
    "renamed inquiry id": _replace("inquiries/2024-002.yaml", "id: 2024-002", "id: 2024-902"),
    "duplicate inquiry id": _replace("inquiries/2024-005.yaml", "id: 2024-005", "id: 2024-001"),
    "broken inquiry": _copy(INVALID / "inquiries" / "bad-answers.yaml", "inquiries/bad.yaml"),
    "broken project": _copy(INVALID / "projects" / "bad-references.yaml", "projects/bad.yaml"),
    "broken yaml": _write("inquiries/2024-004.yaml", "kind: inquiry\nversion: [\n"),
    "inquiry as partnership.yml": _copy(
        FIXTURE / "inquiries" / "2024-001.yaml", "inquiry-types/x.yaml"
    ),
    "second partnership": _copy(FIXTURE / "partnership.yaml", "projects/old-partnership.yaml"),
    "stray inquiry type": _copy(
        FIXTURE / "inquiry-types" / "forskningssamarbeid.yaml", "inquiries/type.yaml"
    ),
    "renamed inquiry type": _replace(
        "inquiry-types/forskningssamarbeid.yaml",
        "id: forskningssamarbeid",
        "id: forskingssamarbeid",
    ),
}


def _copy_fixture(tmp_path: Path, change: str) -> Path:
    directory = tmp_path / "partnership"
    shutil.copytree(FIXTURE, directory)
    CHANGES[change](directory)
    return directory


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))


def _of(diagnostics: list[unikom.Diagnostic], path: Path) -> list[unikom.Diagnostic]:
    return [d for d in diagnostics if d.file == str(path)]


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_file_is_checked_as_its_directory_checks_it(tmp_path: Path, change: str) -> None:
    directory = _copy_fixture(tmp_path, change)
    whole = unikom.validate(directory)
    assert (change == "nothing") == (whole == []), whole
    for path in _files(directory):
        assert _of(unikom.validate(path), path) == _of(whole, path), path
        assert _of(unikom.validate(path.parent), path) == _of(whole, path), path


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_partnership_file_rechecks_every_dependant(tmp_path: Path, change: str) -> None:
    directory = _copy_fixture(tmp_path, change)
    whole = unikom.validate(directory)
    assert unikom.validate(directory / "partnership.yaml") == whole


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_load_and_validate_agree(tmp_path: Path, change: str) -> None:
    directory = _copy_fixture(tmp_path, change)
    for path in [directory, directory / "partnership.yaml", *_files(directory)]:
        errors = [d for d in unikom.validate(path) if d.is_error]
        if errors:
            with pytest.raises(unikom.InvalidDocumentError) as caught:
                unikom.load(path)
            assert list(caught.value.diagnostics) == sorted(errors, key=unikom_sort_key)
        elif not [d for d in unikom.validate(directory / "partnership.yaml") if d.is_error]:
            assert unikom.load(path) == unikom.load(directory)


def unikom_sort_key(d: unikom.Diagnostic) -> tuple[str, int, int, str]:
    return (d.file, d.line, d.column, d.code)


@given(
    change=st.sampled_from(sorted(CHANGES)),
    pick=st.integers(min_value=0, max_value=1_000),
)
@settings(max_examples=8)
def test_validate_file_equals_its_part_of_validate_dir(
    tmp_path_factory: pytest.TempPathFactory, change: str, pick: int
) -> None:
    directory = _copy_fixture(tmp_path_factory.mktemp("p"), change)
    files = _files(directory)
    path = files[pick % len(files)]
    assert _of(unikom.validate(path), path) == _of(unikom.validate(directory), path)


def test_relative_paths_are_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = _copy_fixture(tmp_path, "broken inquiry")
    monkeypatch.chdir(directory / "inquiries")
    found = unikom.validate("bad.yaml")
    assert found
    assert {d.file for d in found} == {"bad.yaml"}


def test_renamed_partnership_id_fails_each_dependant_file(tmp_path: Path) -> None:
    directory = _copy_fixture(tmp_path, "renamed partnership id")
    whole = unikom.validate(directory)
    assert "ref.partnership" in {d.code for d in whole}
    assert unikom.validate(directory / "partnership.yaml") == whole
    inquiry = directory / "inquiries" / "2024-001.yaml"
    assert "ref.partnership" in [d.code for d in unikom.validate(inquiry)]


def test_an_inquiry_saved_as_partnership_yaml_is_one_located_error(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    directory.mkdir()
    shutil.copy(FIXTURE / "inquiries" / "2024-001.yaml", directory / "partnership.yaml")
    [found] = unikom.validate(directory)
    assert (found.code, found.line, found.pointer) == ("kind.misplaced", 2, "/kind")
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(directory)
    assert list(caught.value.diagnostics) == [found]
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(directory / "partnership.yaml")
    assert list(caught.value.diagnostics) == [found]


def test_load_of_partnership_file_includes_inquiry_types_beside_it() -> None:
    example = ROOT / "examples" / "trondheim"
    from_file = unikom.load(example / "partnership.yaml")
    assert from_file == unikom.load(example)
    assert len(from_file.inquiry_types) == 3


def test_missing_path_is_the_same_error_from_load_and_validate(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(unikom.MissingPathError) as from_validate:
        unikom.validate(missing)
    with pytest.raises(unikom.MissingPathError) as from_load:
        unikom.load(missing)
    assert str(from_validate.value) == str(from_load.value)
    assert isinstance(from_load.value, FileNotFoundError)
    assert isinstance(from_load.value, unikom.UnikomError)


def test_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "partnership.yaml").write_text("kind: partnership\n", encoding="utf-8")
    repository = tmp_path / "repo"
    (repository / "sub").mkdir(parents=True)
    (repository / ".git").mkdir()
    assert find_partnership(str(repository / "sub" / "x.yaml")) is None
    assert find_partnership(str(tmp_path / "x.yaml")) == str(tmp_path)
    # A git worktree marks its root with a .git file rather than a directory.
    (repository / ".git").rmdir()
    (repository / ".git").write_text("gitdir: elsewhere\n", encoding="utf-8")
    assert find_partnership(str(repository / "sub")) is None


def test_nearest_partnership_wins(tmp_path: Path) -> None:
    outer = _copy_fixture(tmp_path, "nothing")
    inner = outer / "nested"
    shutil.copytree(FIXTURE, inner)
    assert find_partnership(str(inner / "inquiries" / "2024-001.yaml")) == os.fspath(inner)
    # Each partnership is checked once, its files against itself only.
    assert unikom.validate(outer) == []
