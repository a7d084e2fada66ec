"""``unikom calendar``: the årshjul and intake deadlines as text, JSON, .ics and SVG."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from clock import TODAY
from unikom.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
FJORDBY = str(DATA / "fjordby")
YEAR = ["--from", "2025-01-01", "--to", "2025-12-31"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["calendar", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_lists_one_line_per_entry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY, *YEAR)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Universitetskommunen Fjordby: 13 oppføringer fra 2025-01-01 til 2025-12-31"
    # 13 entries, then how the rules behind them recur, in words.
    assert len(lines) == 21
    assert lines[14:16] == ["", "Slik gjentar de seg:"]
    assert lines[16] == (
        "- Styringsgruppemøte: andre tirsdag i februar, mai, september og november hvert år"
    )
    assert lines[20] == (
        "- Frist: Utdanningssamarbeid: den siste av dagene mandag–fredag i mars, juni, "
        "september og desember hvert år"
    )
    assert lines[1] == "2025-02-11 tir.  hendelse  Styringsgruppemøte  [styringsgruppe]"
    assert lines[2] == (
        "2025-03-03 man.  frist     Frist: Forskningssamarbeid  "
        "(flyttet fra 2025-03-01: lørdag og søndag)"
    )


def test_text_in_english_and_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY, *YEAR, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "The University Municipality of Fjordby: 13 entries from 2025-01-01 to 2025-12-31"
    )
    assert lines[2] == (
        "2025-03-03 Mon  deadline  Deadline: Research collaboration  "
        "(moved from 2025-03-01: Saturday and Sunday)"
    )
    assert lines[16] == (
        "- Steering group meeting: the second Tuesday of February, May, September and November "
        "every year"
    )
    code, out, _ = run(capsys, FJORDBY, *YEAR, "--lang", "nn")
    assert (
        "- Styringsgruppemøte: andre tysdag i februar, mai, september og november kvart år" in out
    )
    assert out.splitlines()[2] == (
        "2025-03-03 må.  frist    Frist: Forskningssamarbeid  "
        "(flytta frå 2025-03-01: laurdag og søndag)"
    )


def test_json_entries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY, *YEAR, "--format", "json", "--lang", "en")
    assert code == 0
    data = json.loads(out)
    assert data["from"] == "2025-01-01"
    assert data["to"] == "2025-12-31"
    assert len(data["entries"]) == 13
    deadline = data["entries"][1]
    assert deadline["date"] == "2025-03-03"
    assert deadline["nominal_date"] == "2025-03-01"
    assert deadline["kind"] == "intake-deadline"
    assert deadline["label"] == "Deadline: Research collaboration"
    assert deadline["moved_past"] == [
        {"date": "2025-03-01", "reason": "Saturday"},
        {"date": "2025-03-02", "reason": "Sunday"},
    ]
    assert deadline["uid"].endswith("@unikom")


def test_ics_parses_back(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY, *YEAR, "--format", "ics")
    assert code == 0
    events = list(icalendar.Calendar.from_ical(out).walk("VEVENT"))
    assert len(events) == 13
    assert events[0].decoded("dtstart") == dt.date(2025, 2, 11)
    assert str(events[0]["summary"]) == "Styringsgruppemøte"


def test_svg_is_valid_xml(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY, "--from", "2025-01-01", "--format", "svg", "--lang", "en")
    assert code == 0
    root = ET.fromstring(out)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Annual cycle 2025" in "".join(root.itertext())


def test_default_range_is_this_calendar_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FJORDBY)
    year = TODAY.year
    assert code == 0
    assert out.splitlines()[0].endswith(f"fra {year}-01-01 til {year}-12-31")
    code, out, _ = run(capsys, FJORDBY, "--to", "2026-03-31")
    assert out.splitlines()[0].endswith("fra 2026-01-01 til 2026-03-31")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2025-03-01", "--to", "2025-02-28"], "ends (2025-02-28) before it starts"),
        (["--from", "2025-13-01"], "--from: '2025-13-01' is not a date"),
        (["--to", "tomorrow"], "--to: 'tomorrow' is not a date"),
        (["--from", "2025-06-01", "--to", "2026-05-31", "--format", "svg"], "svg draws one year"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, FJORDBY, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_partnership_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(DATA / "invalid.yaml"), *YEAR)
    assert code == 1
    assert out == ""
    assert "[schema.minItems]" in err
