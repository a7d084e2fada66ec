"""Intake deadlines counted from årshjul events, and deadlines at a time of day in .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

import unikom
from unikom.deadlines import calendar_entries, next_intake_deadlines
from unikom.publish.ics import calendar_ics
from written import valid_partnership

PARTNERSHIP = """\
kind: partnership
version: "1.1"
id: vest
name: Vest
parties:
  - {id: askoy, kind: municipality, name: Askøy kommune, org_number: "100000016"}
  - {id: uib, kind: university, name: UiB, org_number: "100000040"}
tracks:
  - {id: forsking, kind: research, name: Forsking}
annual_cycle:
  - id: styringsgruppe
    title: Styringsgruppemøte
    rrule: FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU
inquiry_types:
  - id: forsking
    name: Forsking
    track: forsking
    intake:
      time: "12:00"
      deadlines:
        - event: styringsgruppe
          before: 10 working days
        - annual: "05-17"
          non_working_day: previous
          time: "15:00"
"""


def load(tmp_path: Path) -> unikom.Partnership:
    return valid_partnership(PARTNERSHIP, tmp_path)


def test_ten_working_days_before_the_steering_group_counted_by_hand(tmp_path: Path) -> None:
    p = load(tmp_path)
    found = next_intake_deadlines(p, "forsking", dt.date(2027, 1, 1), 4)
    # The second Tuesday of March 2027 is 9 March; ten working days before it
    # (9 March not counted): 8, 5, 4, 3, 2, 1 March, 26, 25, 24, 23 February →
    # Tue 23 February 2027.
    # 17 May 2027 is Grunnlovsdag (a Monday) and this deadline moves back:
    # Sun 16, Sat 15 → Fri 14 May 2027, at 15:00.
    # The second Tuesday of October 2027 is 12 October; ten working days
    # before: 11, 8, 7, 6, 5, 4, 1 October, 30, 29, 28 September → Tue 28 September.
    # 17 May 2028 (Wednesday) is Grunnlovsdag too: Tue 16 May 2028.
    assert [(d.date, d.time) for d in found] == [
        (dt.date(2027, 2, 23), "12:00"),
        (dt.date(2027, 5, 14), "15:00"),
        (dt.date(2027, 9, 28), "12:00"),
        (dt.date(2028, 2, 29), "12:00"),
    ]


def test_easter_in_the_way_of_a_relative_deadline(tmp_path: Path) -> None:
    # 2nd Tuesday of March 2028 is 14 March; ten working days before: 13, 10, 9,
    # 8, 7, 6, 3, 2, 1 March, 29 February (2028 is a leap year) → Tue 29 February.
    p = load(tmp_path)
    [first] = next_intake_deadlines(p, "forsking", dt.date(2028, 1, 1), 1)
    assert first.date == dt.date(2028, 2, 29)


def test_a_timed_deadline_is_a_timed_event_in_its_time_zone(tmp_path: Path) -> None:
    p = load(tmp_path)
    text = calendar_ics(
        p, dt.date(2027, 1, 1), dt.date(2027, 12, 31), stamp=dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    )
    assert "DTSTART;TZID=Europe/Oslo:20270223T120000" in text
    assert "DTSTART;TZID=Europe/Oslo:20270514T150000" in text
    assert "BEGIN:VTIMEZONE" in text
    assert "TZID:Europe/Oslo" in text
    # Events of the årshjul stay all-day.
    assert "DTSTART;VALUE=DATE:20270309" in text
    parsed = icalendar.Calendar.from_ical(text)
    starts = [e.decoded("dtstart") for e in parsed.walk("VEVENT")]
    timed = [s for s in starts if isinstance(s, dt.datetime)]
    assert timed
    assert all(s.utcoffset() is not None for s in timed)
    # 12:00 in Oslo in February is 11:00 UTC (CET, UTC+1).
    assert timed[0].astimezone(dt.UTC).hour == 11


def test_the_calendar_text_shows_the_time(tmp_path: Path) -> None:
    p = load(tmp_path)
    entries = calendar_entries(p, dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert [(e.date, e.time, e.time_zone) for e in entries] == [
        (dt.date(2027, 2, 23), "12:00", "Europe/Oslo")
    ]
