"""Text from files cannot break out of an iCalendar property, with or without python -O."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import icalendar
import pytest

import unikom
from unikom.model._validation import schema_checked
from unikom.model.text import Text
from unikom.publish.ics import calendar_ics, ics_text

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"
FORGED = "END:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:forged\nEND:VEVENT"


@pytest.mark.parametrize(
    "name",
    [
        "Partnerskap\n" + FORGED,
        "Partnerskap\u2028" + FORGED,
        "Partnerskap\u2029" + FORGED,
        "Partnerskap\r\n" + FORGED,
    ],
)
def test_a_line_break_in_a_name_stays_inside_its_property(name: str) -> None:
    partnership = unikom.load(TRONDHEIM)
    # A name is one line, so neither a file nor a constructor gives one with a
    # line break; built past the checks, the calendar still holds it in place.
    with schema_checked():
        hostile = attrs.evolve(partnership, name=Text.plain(name.replace("\r", "")))
    text = calendar_ics(
        hostile, dt.date(2025, 1, 1), dt.date(2025, 12, 31), stamp=dt.datetime(2025, 1, 1)
    )
    parsed = icalendar.Calendar.from_ical(text)
    lines = text.split("\r\n")
    assert lines.count("BEGIN:VCALENDAR") == 1
    assert lines.count("END:VCALENDAR") == 1
    assert "SUMMARY:forged" not in lines
    assert all(event.get("summary") != "forged" for event in parsed.walk("VEVENT"))
    assert str(parsed.get("x-wr-calname")).startswith("Partnerskap\\n")  # escaped, one line


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\r\nb", "a\u2028b", "a\x85b", "a;b,c\\d"])
def test_every_line_break_is_escaped_by_icalendar(value: str) -> None:
    calendar = icalendar.Calendar()
    calendar.add("x-wr-calname", ics_text(value))
    out = calendar.to_ical().decode("utf-8")
    body = out.split("X-WR-CALNAME:", 1)[1].split("\r\n", 1)[0]
    assert "\r" not in body
    assert "\n" not in body
    assert "\u2028" not in body


def test_calendar_ics_under_python_o_forges_nothing(tmp_path: Path) -> None:
    source = (TRONDHEIM / "partnership.yaml").read_text(encoding="utf-8")
    hostile = source.replace(
        "name:\n  nb: Universitetskommunen Trondheim 3.0",
        'name:\n  nb: "TRD\\nEND:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:forged"',
    )
    assert hostile != source
    copy = tmp_path / "trd"
    copy.mkdir()
    (copy / "partnership.yaml").write_text(hostile, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-O", "-m", "unikom", "calendar", str(copy), "--format", "ics"],
        capture_output=True,
        text=True,
        check=False,
    )
    # A name is one line: the file is refused, with a located error.
    assert result.returncode == 1, result.stderr
    assert "partnership.yaml:" in result.stderr
    lines = result.stdout.replace("\r\n", "\n").split("\n")
    assert "SUMMARY:forged" not in lines
    assert lines.count("BEGIN:VCALENDAR") <= 1
