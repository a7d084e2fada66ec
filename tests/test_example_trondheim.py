"""The Trondheim example: it validates cleanly, round-trips and marks what is illustrative."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import unikom
from unikom.model.partnership import Partnership

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "trondheim"
FILES = sorted(EXAMPLE.rglob("*.yaml"))
# The partnership's own description; inquiries and projects are fictional records.
CONFIG_FILES = [EXAMPLE / "partnership.yaml", *sorted((EXAMPLE / "inquiry-types").glob("*.yaml"))]

#: Every web address the example may use: the parties' own well-known sites.
#: Any other address must come from a public source and be added here with care.
KNOWN_URLS = {"https://www.ntnu.no", "https://www.trondheim.kommune.no"}

#: Keys whose values no public source gives; each must sit under an ILLUSTRATIVE comment.
ILLUSTRATIVE_KEYS = (
    "assessment",
    "intake",
    "processing_time",
    "preliminary_reply_after",
    "annual_cycle",
    "closed_periods",
)


@pytest.fixture(scope="module")
def partnership() -> Partnership:
    return unikom.load(EXAMPLE)


def test_the_example_has_no_errors_and_no_warnings() -> None:
    assert unikom.validate(EXAMPLE) == []


def test_the_inquiry_type_files_are_merged_into_the_partnership(
    partnership: Partnership,
) -> None:
    assert [it.id for it in partnership.inquiry_types] == [
        "forskningssamarbeid",
        "nyskapingssamarbeid",
        "utdanningssamarbeid",
    ]
    assert {it.track for it in partnership.inquiry_types} == {
        track.id for track in partnership.tracks
    }


def test_the_published_facts_are_there(partnership: Partnership) -> None:
    assert {p.org_number for p in partnership.parties} == {"974767880", "942110464"}
    first, continued = partnership.agreements
    assert continued.continues == first.id
    assert str(continued.signed) == "2021-03-28"
    assert {s.name for s in continued.signatories} == {"Rita Ottervik", "Anne Borg"}
    assert len(partnership.purposes) == 3
    assert len(partnership.goals) == 3
    assert len(partnership.thematic_areas) == 5
    assert partnership.key_figures[0].value == 96


def test_dump_then_load_gives_an_equal_partnership(
    partnership: Partnership, tmp_path: Path
) -> None:
    target = tmp_path / "partnership.yaml"
    unikom.dump(partnership, target)
    assert unikom.load(target) == partnership


def test_illustrative_values_say_so_in_both_languages(partnership: Partnership) -> None:
    notes = []
    for it in partnership.inquiry_types:
        assert it.assessment is not None
        assert it.assessment.note is not None
        assert it.intake.note is not None
        assert it.note is not None
        notes += [it.assessment.note, it.intake.note, it.note]
    notes += [event.note for event in partnership.annual_cycle if event.note is not None]
    assert len(notes) == 3 * len(partnership.inquiry_types) + len(partnership.annual_cycle)
    for period in partnership.closed_periods:
        assert period.note is not None
        notes.append(period.note)
    for note in notes:
        assert "llustrativ" in note.get("nb")
        assert "llustrative" in note.get("en")


@pytest.mark.parametrize("path", CONFIG_FILES, ids=lambda p: str(p.relative_to(EXAMPLE)))
def test_illustrative_keys_sit_under_an_illustrative_comment(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        key = line.split(":", 1)[0]
        if key not in ILLUSTRATIVE_KEYS:
            continue
        comments = []
        above = index - 1
        while above >= 0 and lines[above].startswith("#"):
            comments.append(lines[above])
            above -= 1
        assert any("ILLUSTRATIVE" in c for c in comments), f"{path.name}:{index + 1} {key}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(EXAMPLE)))
def test_each_file_points_editors_at_its_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, first
    assert (path.parent / match[1]).resolve().is_file()


def test_no_web_address_is_made_up() -> None:
    found = set()
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"https?://[^\s\"']+", text))
    assert found <= KNOWN_URLS
