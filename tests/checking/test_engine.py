"""The engine's output stays proportional to what a person can read."""

from __future__ import annotations

import os
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


def _tree_with_links(top: Path) -> None:
    """Write a tree with what a walk must treat carefully: links in, out and broken."""
    for folder in ["a/b/c", "a/.hidden", "d", "outside"]:
        (top / folder).mkdir(parents=True, exist_ok=True)
    for name in ["a/x.yaml", "a/b/y.yml", "a/b/c/z.json", "a/.hidden/h.yaml", "d/p.yaml"]:
        (top / name).write_text("kind: inquiry\n", encoding="utf-8")
    (top / "outside/o.yaml").write_text("kind: inquiry\n", encoding="utf-8")
    (top / "a/link-in").symlink_to(top / "a/b")
    (top / "a/link-out").symlink_to(top / "outside")
    (top / "a/file-link.yaml").symlink_to(top / "a/x.yaml")
    (top / "a/broken.yaml").symlink_to(top / "nowhere.yaml")
    (top / "a/b/loop").symlink_to(top / "a")


def test_the_walk_visits_what_os_walk_visits_in_the_same_order(tmp_path: Path) -> None:
    from unikom.checking._engine import _walk

    _tree_with_links(tmp_path)
    errors: list[OSError] = []
    ours: list[tuple[str, list[str], list[str]]] = []
    for root, entries, listed in _walk(str(tmp_path), errors.append):
        ours.append((root, sorted(d.name for d in entries), sorted(f.name for f in listed)))
        entries.sort(key=lambda d: d.name)
    expected: list[tuple[str, list[str], list[str]]] = []
    for root, names, files in os.walk(str(tmp_path)):
        expected.append((root, sorted(names), sorted(files)))
        names.sort()
    assert ours == expected
    assert errors == []


def test_discover_refuses_links_out_and_keeps_links_in(tmp_path: Path) -> None:
    from unikom.checking._engine import discover

    _tree_with_links(tmp_path)
    refused: dict[str, Diagnostic] = {}
    found = discover([tmp_path / "a"], refused)
    names = [str(Path(p).relative_to(tmp_path)) for p in found]
    assert "a/.hidden/h.yaml" not in names
    # A link out of the directory is named, with why it is not read; a link that
    # stays inside is read as the file it names; a link back up is not followed.
    assert names == [
        "a/link-out",
        "a/broken.yaml",
        "a/file-link.yaml",
        "a/x.yaml",
        "a/b/y.yml",
        "a/b/c/z.json",
    ]
    assert sorted(Path(p).name for p in refused) == ["broken.yaml", "link-out"]
    assert {d.code for d in refused.values()} == {"file.outside"}


TRONDHEIM = ROOT / "examples" / "trondheim"


def _codes_for(path: Path) -> list[tuple[str, str, str]]:
    import unikom

    return [(Path(d.file).name, d.code, d.message) for d in unikom.validate(path)]


def test_a_broken_inquiry_type_file_is_named_not_guessed_at(tmp_path: Path) -> None:
    # The inquiry is right; the inquiry type's file is not.  "Did you mean
    # 'utdanning'?" would send the reader to change the inquiry.
    root = tmp_path / "trd3"
    shutil.copytree(TRONDHEIM, root)
    broken = root / "inquiry-types" / "forskning.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "unknown_key: 1\n", encoding="utf-8")
    found = _codes_for(root)
    on_inquiries = [f for f in found if f[0] != "forskning.yaml"]
    assert on_inquiries, found
    for name, code, message in on_inquiries:
        assert code == "ref.unresolved"
        assert "did you mean" not in message
        assert "inquiry-types/forskning.yaml" in message, name
        assert "errors of its own" in message, name
    assert any(f[0] == "forskning.yaml" for f in found)


@pytest.mark.parametrize("name", ["Partnership.yaml", "partnerskap.yaml"])
def test_files_beside_a_misnamed_partnership_file_are_warned(tmp_path: Path, name: str) -> None:
    from unikom.model.diagnostics import Severity

    root = tmp_path / "trd3"
    shutil.copytree(TRONDHEIM, root)
    (root / "partnership.yaml").rename(root / name)
    import unikom

    found = unikom.validate(root)
    alone = [d for d in found if d.code == "file.alone"]
    # Every inquiry type, inquiry and project, each located at its `kind`.
    assert len(alone) == len([*root.glob("*/*.yaml")])
    for d in alone:
        assert d.severity is Severity.WARNING
        assert Path(d.file).read_text(encoding="utf-8").splitlines()[d.line - 1].startswith("kind:")
    assert all(f"'{name}' is there; name it partnership.yaml" in d.message for d in alone)
    assert main(["validate", "--strict", str(root)]) == 1


def test_a_file_alone_with_no_partnership_file_near_is_checked_quietly(tmp_path: Path) -> None:
    import unikom

    path = tmp_path / "inquiry.yaml"
    shutil.copy(TRONDHEIM / "inquiries" / "2026-015.yaml", path)
    assert [d.code for d in unikom.validate(path)] == []


def test_a_directory_named_twice_through_a_link_is_checked_once(tmp_path: Path) -> None:
    import unikom

    root = tmp_path / "trd3"
    shutil.copytree(TRONDHEIM, root)
    inquiry = root / "inquiries" / "2026-015.yaml"
    inquiry.write_text(inquiry.read_text(encoding="utf-8") + "unknown_key: 1\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(root)
    once = unikom.validate(root)
    assert len(once) == 1
    assert len(unikom.validate([tmp_path / "link", root])) == 1
    assert main(["validate", str(tmp_path / "link"), str(root)]) == 1
