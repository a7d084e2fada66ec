"""unikom.save: a change written back is a small diff; comments, order and quoting stay."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import attrs
import pytest

import unikom
from conftest import ROOT
from unikom.checking._engine import check_file
from unikom.services.writeback import saved_text

EXAMPLES = ROOT / "examples"
INQUIRY = EXAMPLES / "trondheim" / "inquiries" / "2026-039.yaml"
# Every example file the patch leaves byte for byte as it is when nothing changed.
UNCHANGED = [
    *sorted((EXAMPLES / "trondheim").rglob("*.yaml")),
    *sorted((EXAMPLES / "nordfjell" / "inquiry-types").glob("*.yaml")),
]

GIT = shutil.which("git")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_advancing_an_inquiry_changes_only_the_new_history_step(tmp_path: Path) -> None:
    target = tmp_path / INQUIRY.name
    shutil.copy(INQUIRY, target)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "as received")

    inquiry = unikom.load_inquiry(target)
    moved = unikom.advance(inquiry, "under_assessment", dt.date(2026, 11, 20), by="FoU-koordinator")
    unikom.save(moved, target)

    diff = _git(tmp_path, "diff", "-U0").splitlines()
    changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == [
        "+  - state: under_assessment",
        "+    date: 2026-11-20",
        "+    by: FoU-koordinator",
    ]
    assert unikom.load_inquiry(target) == moved


@pytest.mark.parametrize("path", UNCHANGED, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_saving_an_unchanged_document_changes_nothing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    model = check_file(str(path)).model
    assert saved_text(model, text) == text


def test_a_changed_value_is_the_only_line_that_changes(tmp_path: Path) -> None:
    target = tmp_path / "partnership.yaml"
    shutil.copy(EXAMPLES / "trondheim" / "partnership.yaml", target)
    before = target.read_text(encoding="utf-8").splitlines()
    partnership = unikom.load(target)
    unikom.save(attrs.evolve(partnership, short_name="TRD 3.0"), target)
    after = target.read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before)
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [("short_name: TRD3.0", "short_name: TRD 3.0")]


def test_the_declared_version_stays_until_the_object_needs_a_newer_one(tmp_path: Path) -> None:
    target = tmp_path / INQUIRY.name
    shutil.copy(INQUIRY, target)
    inquiry = unikom.load_inquiry(target)
    unikom.save(attrs.evolve(inquiry, extensions={"x-case": "2026/123"}), target)
    text = target.read_text(encoding="utf-8")
    assert 'version: "1.1"' in text
    assert "x-case: 2026/123" in text
    assert text.startswith("# yaml-language-server")


def test_a_new_file_or_a_file_that_is_no_mapping_gets_the_plain_dump(tmp_path: Path) -> None:
    inquiry = unikom.load_inquiry(INQUIRY)
    target = tmp_path / "new.yaml"
    unikom.save(inquiry, target)
    assert target.read_text(encoding="utf-8") == unikom.dumps(inquiry)
    assert saved_text(inquiry, "- a list\n") == unikom.dumps(inquiry)
    assert saved_text(inquiry, "key: [unclosed\n") == unikom.dumps(inquiry)


@pytest.mark.parametrize(
    "old",
    [
        'kind: partnership\nversion: "1.0"\n',
        'kind: partnership\nversion: "1.0"\nname:\n    nn: Gammal\n',
        "",
        "# only a comment\n",
    ],
    ids=["no-list", "four-space-map", "empty", "comment"],
)
def test_save_over_any_existing_text_writes_a_file_that_loads_back_equal(
    tmp_path: Path, old: str
) -> None:
    partnership = unikom.load(ROOT / "examples" / "nordfjell" / "partnership.yaml")
    target = tmp_path / "partnership.yaml"
    target.write_text(old, encoding="utf-8")
    unikom.save(partnership, target)
    assert unikom.load(target) == partnership
    lines = target.read_text(encoding="utf-8").splitlines()
    # Keys the old file lacked go where dumps puts them: after kind and version.
    version = next(i for i, line in enumerate(lines) if line.startswith("version:"))
    assert version < lines.index("id: nordfjell")


def test_save_refuses_a_link_before_reading_its_target(tmp_path: Path) -> None:
    from unikom.checking._output import OutputError

    partnership = unikom.load(ROOT / "examples" / "nordfjell" / "partnership.yaml")
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text('kind: partnership\nversion: "1.0"\n', encoding="utf-8")
    link = tmp_path / "partnership.yaml"
    link.symlink_to(elsewhere)
    with pytest.raises(OutputError, match="symbolic link"):
        unikom.save(partnership, link)
    assert elsewhere.read_text(encoding="utf-8") == 'kind: partnership\nversion: "1.0"\n'


@pytest.mark.parametrize(
    ("bom", "newline"), [(b"", b"\r\n"), (b"\xef\xbb\xbf", b"\n"), (b"\xef\xbb\xbf", b"\r\n")]
)
def test_a_file_written_on_windows_keeps_its_line_ends_and_byte_order_mark(
    tmp_path: Path, bom: bytes, newline: bytes
) -> None:
    # Saving rewrote CR LF as LF and dropped the BOM: every line of the file
    # changed in the diff, not only the new history step.
    target = tmp_path / INQUIRY.name
    before = bom + INQUIRY.read_bytes().replace(b"\n", newline)
    target.write_bytes(before)
    inquiry = unikom.load_inquiry(target)
    unikom.save(unikom.advance(inquiry, "under_assessment", dt.date(2026, 11, 20)), target)
    after = target.read_bytes()
    assert after.startswith(bom)
    assert after.count(b"\n") == after.count(newline)
    old_lines, new_lines = before.split(b"\n"), after.split(b"\n")
    assert len(new_lines) == len(old_lines) + 2
    assert [line for line in new_lines if line not in old_lines] == [
        b"  - state: under_assessment" + newline.rstrip(b"\n"),
        b"    date: 2026-11-20" + newline.rstrip(b"\n"),
    ]


def test_a_file_of_another_kind_is_never_written_over(tmp_path: Path) -> None:
    # A wrong path in an app (an inquiry saved to partnership.yaml) replaced
    # the partnership file with the inquiry.
    partnership_file = tmp_path / "partnership.yaml"
    inquiry_file = tmp_path / INQUIRY.name
    shutil.copy(EXAMPLES / "trondheim" / "partnership.yaml", partnership_file)
    shutil.copy(INQUIRY, inquiry_file)
    before = partnership_file.read_bytes(), inquiry_file.read_bytes()
    partnership = unikom.load(EXAMPLES / "trondheim")
    inquiry = unikom.load_inquiry(INQUIRY, partnership=partnership)
    with pytest.raises(unikom.UnikomError, match="holds a 'partnership', not a 'inquiry'"):
        unikom.save(inquiry, partnership_file)
    bare = attrs.evolve(partnership, inquiry_types=())
    with pytest.raises(unikom.UnikomError, match="holds a 'inquiry', not a 'partnership'"):
        unikom.save(bare, inquiry_file)
    assert (partnership_file.read_bytes(), inquiry_file.read_bytes()) == before
    # The same kind is patched, as before.
    unikom.save(attrs.evolve(inquiry, title=unikom.Text.plain("Ny")), inquiry_file)
    assert unikom.load_inquiry(inquiry_file, partnership=partnership).title.get("nb") == "Ny"


def test_what_is_no_document_or_no_path_is_refused_clearly(tmp_path: Path) -> None:
    partnership = unikom.load(EXAMPLES / "nordfjell")
    for obj in (partnership.name, None, {"kind": "partnership"}):
        with pytest.raises(unikom.NotFoundError, match="no document kind"):
            unikom.save(obj, tmp_path / "x.yaml")
    with pytest.raises(unikom.ArgumentError) as caught:
        unikom.save(partnership, None)  # type: ignore[arg-type]
    assert caught.value.argument == "path"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("old", "why"),
    [
        (b"just text\n", "holds no unikom document"),
        (b"- a list\n", "holds no unikom document"),
        (b"kind: partnership\nname: {not: [closed\n", "not YAML unikom can read"),
        ("kind: partnership\nname: Bodø\n".encode("cp1252"), "not UTF-8"),
    ],
    ids=["scalar", "list", "broken", "windows-1252"],
)
def test_a_file_whose_content_cannot_be_told_is_never_written_over(
    tmp_path: Path, old: bytes, why: str
) -> None:
    # A partnership with a mistake in it, or saved in another encoding, is
    # still somebody's work: a wrong path in an app must not replace it.
    partnership = unikom.load(ROOT / "examples" / "nordfjell" / "partnership.yaml")
    target = tmp_path / "partnership.yaml"
    target.write_bytes(old)
    with pytest.raises(unikom.UnikomError, match=why):
        unikom.save(partnership, target)
    assert target.read_bytes() == old
