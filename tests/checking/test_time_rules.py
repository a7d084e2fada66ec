"""validate refuses what the date commands cannot use (standard 1.1 time features)."""

from __future__ import annotations

from pathlib import Path

import pytest

import unikom

HEAD = """\
kind: partnership
version: "{version}"
id: test
name: Test
parties:
  - id: kommune
    kind: municipality
    name: Fjellvik kommune
    org_number: "100000008"
    calendar: NO
  - id: universitet
    kind: university
    name: Universitetet i Nordfjell
    org_number: "100000040"
tracks:
  - id: forsking
    kind: research
    name: Forsking
annual_cycle:
  - id: styringsgruppe
    title: Styringsgruppemøte
    rrule: FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU
"""


def write(tmp_path: Path, extra: str, version: str = "1.1") -> Path:
    path = tmp_path / "partnership.yaml"
    path.write_text(HEAD.format(version=version) + extra, encoding="utf-8")
    return path


GOOD = """\
closed_periods:
  - id: fellesferie
    name: Fellesferie
    weeks: {first: 28, last: 30}
  - id: stille-veke
    name: Stille veke
    feast: easter
    days: {first: -6, last: -4}
  - id: flytting
    name: Flytting
    dates: {start: 2027-10-11, end: 2027-10-15}
    parties: [kommune]
  - id: jul
    name: Jul
    start: "12-24"
    end: "01-01"
inquiry_types:
  - id: forsking
    name: Forsking
    track: forsking
    processing_time: P4W
    closures: {mode: suspend, preliminary_reply: false}
    intake:
      time: "12:00"
      time_zone: Europe/Oslo
      deadlines:
        - event: styringsgruppe
          before: 10 working days
          non_working_day: previous
        - annual: "03-01"
          time: "15:00"
"""


def test_every_new_time_feature_validates(tmp_path: Path) -> None:
    assert unikom.validate(write(tmp_path, GOOD)) == []


def test_in_a_1_0_file_each_new_time_key_names_the_version_it_needs(tmp_path: Path) -> None:
    found = unikom.validate(write(tmp_path, GOOD, "1.0"))
    assert {f.code for f in found} == {"version.key-too-new", "version.key-required"}
    keys = {f.pointer.rsplit("/", 1)[1] for f in found}
    assert {"calendar", "weeks", "feast", "days", "dates", "closures", "time", "event"} <= keys


@pytest.mark.parametrize(
    ("closure", "code"),
    [
        ('start: "01-01"\n    end: "12-31"', "model.closed-year"),
        ('start: "01-02"\n    end: "01-01"', "model.closed-year"),
        ("weeks: {first: 1, last: 53}", "model.closed-year"),
        ('start: "07-01"\n    weeks: {first: 28, last: 30}', "model.closure"),
        ('start: "07-01"', "model.closure"),
        ("feast: easter", "model.closure"),
        ("days: {first: 1, last: 1}", "model.closure"),
        ("feast: easter\n    days: {first: 2, last: 1}", "model.closure"),
        ("dates: {start: 2027-01-01, end: 2028-06-01}", "model.closure"),
        ("weeks: {first: 0, last: 3}", "schema.out-of-range"),
    ],
)
def test_a_closure_the_date_commands_cannot_use_is_refused(
    tmp_path: Path, closure: str, code: str
) -> None:
    extra = f"closed_periods:\n  - id: stengt\n    name: Stengt\n    {closure}\n"
    found = unikom.validate(write(tmp_path, extra))
    assert [f.code for f in found] == [code]


def test_closures_that_together_leave_no_weekday_are_refused(tmp_path: Path) -> None:
    extra = (
        "closed_periods:\n"
        '  - {id: a, name: A, start: "01-01", end: "06-30"}\n'
        '  - {id: b, name: B, start: "07-01", end: "12-30"}\n'
        '  - {id: c, name: C, start: "12-30", end: "12-31"}\n'
    )
    found = unikom.validate(write(tmp_path, extra))
    assert [f.code for f in found] == ["model.closed-year"]


def test_a_deadline_relative_to_a_missing_event_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("event: styringsgruppe", "event: styringsgrupe")
    found = unikom.validate(write(tmp_path, text))
    assert [f.code for f in found] == ["ref.unresolved"]
    assert "did you mean 'styringsgruppe'" in found[0].message


def test_a_relative_deadline_needs_before_or_after(tmp_path: Path) -> None:
    text = GOOD.replace("          before: 10 working days\n", "")
    found = unikom.validate(write(tmp_path, text))
    assert [f.code for f in found] == ["model.relative-deadline"]


def test_an_unknown_time_zone_or_party_calendar_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("Europe/Oslo", "Europe/Olso")
    found = unikom.validate(write(tmp_path, text))
    assert [f.code for f in found] == ["value.time-zone"]
    path = write(tmp_path, GOOD)
    path.write_text(path.read_text().replace("calendar: NO", "calendar: NOO"))
    assert [f.code for f in unikom.validate(path)] == ["ref.calendar"]


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "Factory", "right/Europe/Oslo"])
def test_a_zone_that_is_no_place_s_is_refused(tmp_path: Path, zone: str) -> None:
    # 'localtime' is the machine's own setting: the same file would give other
    # deadlines on another machine.
    found = unikom.validate(write(tmp_path, GOOD.replace("Europe/Oslo", zone)))
    assert [f.code for f in found] == ["value.time-zone"]
    assert "Europe/Oslo" in found[0].message


def test_a_closure_for_an_unknown_party_is_unresolved(tmp_path: Path) -> None:
    found = unikom.validate(
        write(tmp_path, GOOD.replace("parties: [kommune]", "parties: [komune]"))
    )
    assert [f.code for f in found] == ["ref.unresolved"]


INQUIRY = """\
kind: inquiry
version: "{version}"
id: 2027-001
partnership: test
type: forsking
title: Test
received: 2027-03-01
requester:
  organisation: UiB
  name: Kari Nordmann
history:
{history}
"""


@pytest.mark.parametrize(
    "history",
    [
        "  - {state: referred, date: 2027-03-01}",
        "  - {state: acknowledged, date: 2027-03-01}\n  - {state: referred, date: 2027-03-02}",
        "  - {state: acknowledged, date: 2027-03-01}\n"
        "  - {state: waiting_for_sender, date: 2027-03-02}\n"
        "  - {state: under_assessment, date: 2027-03-09}",
    ],
)
def test_triage_and_waiting_are_1_1(tmp_path: Path, history: str) -> None:
    path = tmp_path / "inquiry.yaml"
    path.write_text(INQUIRY.format(version="1.1", history=history), encoding="utf-8")
    assert unikom.validate(path) == []
    path.write_text(INQUIRY.format(version="1.0", history=history), encoding="utf-8")
    found = unikom.validate(path)
    assert [f.code for f in found] == ["version.value-too-new"]
    assert 'needs version "1.1"' in found[0].message
