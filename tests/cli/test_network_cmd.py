"""``unikom network``: text, json and md output of several partnerships."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unikom.cli import main
from unikom.model.party import PartyKind
from unikom.services.scaffold import StarterParty, starter_files, write_starter_files

NORDFJELL = str(Path(__file__).resolve().parents[2] / "examples" / "nordfjell")


@pytest.fixture
def storlia(tmp_path: Path) -> str:
    """A second partnership that shares a university and an area with Nordfjell."""
    files = starter_files(
        name="Universitetskommunen Storlia",
        short_name="US",
        parties=[
            StarterParty(
                name="Storlia kommune", org_number="100000016", kind=PartyKind.MUNICIPALITY
            ),
            StarterParty(
                name="Universitetet i Nordfjell", org_number="100000040", kind=PartyKind.UNIVERSITY
            ),
        ],
        examples=True,  # agreement 2024–2027, area helse-og-velferd, a research inquiry type
    )
    write_starter_files(tmp_path / "storlia", files)
    return str(tmp_path / "storlia")


def test_json_compares_everything(storlia: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["network", NORDFJELL, storlia, "--on", "2023-06-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["on"] == "2023-06-01"
    assert [(p["label"], p["active"]) for p in data["partnerships"]] == [
        ("KA Nordfjell", True),  # the letter of intent runs to the end of 2023
        ("US", False),  # its agreement starts in 2024
    ]
    assert [s["org_number"] for s in data["shared_parties"]] == ["100000016", "100000040"]
    health = data["thematic_areas"][0]
    assert health["covered_by"] == {
        "KA Nordfjell": ["helse-og-velferd"],
        "US": ["helse-og-velferd"],
    }
    times = {(i["partnership"], i["id"]): i["processing_time"] for i in data["inquiry_types"]}
    assert times == {
        ("KA Nordfjell", "studentoppgave"): "P15D",
        ("KA Nordfjell", "forskingssamarbeid"): "20 working days",
        ("US", "forskningssamarbeid"): "P1M",
    }


def test_text_shows_the_tables_side_by_side(
    storlia: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["network", NORDFJELL, storlia, "--on", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Partnerskap per 2025-01-01" in out
    area_lines = out[out.index("Samarbeidsområder") :].splitlines()
    header = next(line for line in area_lines if line.startswith("samarbeidsområde"))
    assert header.split() == ["samarbeidsområde", "KA", "Nordfjell", "US"]
    health = next(line for line in area_lines if line.startswith("Helse og velferd"))
    assert health.split()[-2:] == ["x", "x"]
    climate = next(line for line in area_lines if line.startswith("Klima og beredskap"))
    assert climate.split()[-1] == "x"
    inquiry_lines = out[out.index("Henvendelsestyper og behandlingstid") :].splitlines()
    research = [line for line in inquiry_lines if line.startswith("forskning")]
    assert len(research) == 2  # one from each partnership, side by side
    assert "20 virkedager" in out


def test_text_in_english_and_nynorsk(storlia: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["network", NORDFJELL, storlia, "--on", "2025-01-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Partnerships on 2025-01-01" in out
    assert "Inquiry types and processing times" in out
    assert "20 working days" in out
    assert main(["network", NORDFJELL, storlia, "--on", "2025-01-01", "--lang", "nn"]) == 0
    out = capsys.readouterr().out
    assert "Førespurnadstypar og behandlingstid" in out
    assert "20 verkedagar" in out


def test_markdown_output_is_tables(storlia: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["network", NORDFJELL, storlia, "--format", "md", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Unikom network on ")
    assert "| thematic area | KA Nordfjell | US |" in out
    assert "| Health and welfare | ✓ | ✓ |" in out


def test_an_invalid_partnership_stops_the_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "partnership.yaml").write_text('kind: partnership\nversion: "1.0"\n')
    assert main(["network", NORDFJELL, str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nothing compared" in captured.err


def test_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["network", NORDFJELL, "--on", "1. mars"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


VEST = str(Path(__file__).resolve().parents[2] / "examples" / "vest")


@pytest.mark.parametrize(
    ("day", "member", "not_member"),
    [
        # Haugeland joins on 1 January 2025; Solbakk's last day is 31 December 2025.
        ("2024-12-31", "solbakk-kommune", "haugeland-kommune"),
        ("2025-01-01", "haugeland-kommune", None),
        ("2025-12-31", "solbakk-kommune", None),
        ("2026-01-01", "haugeland-kommune", "solbakk-kommune"),
    ],
)
def test_network_lists_the_parties_of_the_day(
    day: str, member: str, not_member: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["network", VEST, "--on", day, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = {party["id"] for party in data["partnerships"][0]["parties"]}
    assert member in ids
    assert not_member not in ids
