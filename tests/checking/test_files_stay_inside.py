"""Files stay inside the partnership: links out of it are refused, unreadable folders reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import unikom
from unikom.cli import main

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"
SECRET = "hemmelig-innhold-som-ikke-skal-siteres"


@pytest.fixture
def partnership(tmp_path: Path) -> Path:
    copy = tmp_path / "trd"
    shutil.copytree(TRONDHEIM, copy)
    return copy


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.yaml").write_text(f"kind: inquiry-type\nname: {SECRET}\n")
    return elsewhere


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["validate", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_linked_file_outside_is_refused_and_not_read(
    capsys: pytest.CaptureFixture[str], partnership: Path, outside: Path
) -> None:
    (partnership / "inquiries" / "stolen.yaml").symlink_to(outside / "secret.yaml")
    code, out = run(capsys, str(partnership))
    assert code == 1
    assert "stolen.yaml:1:1: error:" in out
    assert "[file.outside]" in out
    assert SECRET not in out


def test_a_linked_folder_outside_is_refused_and_not_walked(
    capsys: pytest.CaptureFixture[str], partnership: Path, outside: Path
) -> None:
    shutil.rmtree(partnership / "inquiry-types")
    (partnership / "inquiry-types").symlink_to(outside)
    code, out = run(capsys, str(partnership))
    assert code == 1
    assert "inquiry-types:1:1: error:" in out
    assert "[file.outside]" in out
    assert SECRET not in out
    assert "secret.yaml" not in out


def test_a_link_to_the_root_of_the_machine_is_refused(
    capsys: pytest.CaptureFixture[str], partnership: Path
) -> None:
    (partnership / "projects" / "everything").symlink_to("/")
    code, out = run(capsys, str(partnership))
    assert code == 1
    assert out.count("[file.outside]") == 1


def test_links_inside_the_partnership_are_fine(
    capsys: pytest.CaptureFixture[str], partnership: Path
) -> None:
    first = next((partnership / "inquiries").glob("*.yaml"))
    (partnership / "inquiries-alias").symlink_to(partnership / "inquiries")
    code, out = run(capsys, str(first))
    assert code == 0, out


def test_a_partnership_file_linked_from_outside_is_refused_by_load(
    partnership: Path, outside: Path
) -> None:
    target = outside / "partnership.yaml"
    (partnership / "partnership.yaml").rename(target)
    (partnership / "partnership.yaml").symlink_to(target)
    with pytest.raises(unikom.UnikomError) as raised:
        unikom.load(partnership)
    assert "outside" in str(raised.value) or "file.outside" in repr(raised.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_an_error_not_a_skip(
    capsys: pytest.CaptureFixture[str], partnership: Path
) -> None:
    locked = partnership / "inquiries"
    locked.chmod(0)
    try:
        code, out = run(capsys, str(partnership))
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert "inquiries:1:1: error: cannot list the directory" in out
    assert "[file.unreadable]" in out


def test_a_folder_that_cannot_be_listed_is_an_error_even_for_root(
    capsys: pytest.CaptureFixture[str], partnership: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("inquiries"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out = run(capsys, str(partnership))
    assert code == 1
    assert "inquiries:1:1: error: cannot list the directory: Permission denied" in out


@pytest.mark.parametrize("locked", ["", "inquiries", "projects", "inquiry-types"])
@pytest.mark.parametrize(
    "asked", ["", "partnership.yaml", "inquiries/2025-047.yaml", "projects/hjem-med-teknologi.yaml"]
)
def test_a_folder_of_the_partnership_that_cannot_be_listed_is_told_whichever_file_is_asked(
    capsys: pytest.CaptureFixture[str],
    partnership: Path,
    monkeypatch: pytest.MonkeyPatch,
    locked: str,
    asked: str,
) -> None:
    # The file asked for is checked against the rest of its partnership; what
    # could not be read is missing from that check, so it is an error.
    real_scandir = os.scandir
    folder = os.path.normpath(partnership / locked)

    def scandir(path: str) -> object:
        if os.path.normpath(os.path.abspath(path)) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out = run(capsys, str(partnership / asked))
    assert code == 1, out
    assert "cannot list the directory: Permission denied" in out
    assert "[file.unreadable]" in out
    with pytest.raises(unikom.InvalidDocumentError):
        unikom.load(partnership / (asked or "partnership.yaml"))


@pytest.mark.parametrize("locked", ["inquiries", "projects"])
def test_status_fails_when_a_folder_of_inquiries_or_projects_cannot_be_listed(
    capsys: pytest.CaptureFixture[str],
    partnership: Path,
    monkeypatch: pytest.MonkeyPatch,
    locked: str,
) -> None:
    real_scandir = os.scandir
    folder = os.path.normpath(partnership / locked)

    def scandir(path: str) -> object:
        if os.path.normpath(os.path.abspath(path)) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code = main(["status", str(partnership), "--on", "2026-01-15"])
    captured = capsys.readouterr()
    assert code == 1
    assert locked in captured.err
