"""The årshjul as iCalendar: it parses back, one VEVENT per occurrence, stable UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest

import unikom
from unikom.deadlines import calendar_entries
from unikom.model.partnership import Partnership
from unikom.publish.ics import calendar_ics

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
STAMP = dt.datetime(2025, 1, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def fjordby() -> Partnership:
    return unikom.load(DATA / "fjordby")


def events(text: str) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def test_parses_back_with_one_event_per_occurrence(fjordby: Partnership) -> None:
    text = calendar_ics(fjordby, *YEAR, stamp=STAMP)
    found = events(text)
    entries = calendar_entries(fjordby, *YEAR)
    assert len(found) == len(entries) == 13
    assert [e.decoded("dtstart") for e in found] == [entry.date for entry in entries]
    assert [str(e["summary"]) for e in found] == [entry.label("nb") for entry in entries]
    # All-day events: the end is the next day, exclusive.
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in found)
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["x-wr-calname"]) == "Universitetskommunen Fjordby"


def test_uids_are_unique_and_stable_across_exports(fjordby: Partnership) -> None:
    first = [str(e["uid"]) for e in events(calendar_ics(fjordby, *YEAR, stamp=STAMP))]
    later = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    second = [str(e["uid"]) for e in events(calendar_ics(fjordby, *YEAR, stamp=later))]
    assert first == second
    assert len(set(first)) == len(first)
    # A narrower range gives the same UIDs for the entries it shares.
    march = [
        str(e["uid"])
        for e in events(
            calendar_ics(fjordby, dt.date(2025, 3, 1), dt.date(2025, 3, 31), stamp=STAMP)
        )
    ]
    assert set(march) < set(first)


def test_moved_deadline_says_where_from_and_keeps_its_uid(fjordby: Partnership) -> None:
    found = events(calendar_ics(fjordby, *YEAR, language="en", stamp=STAMP))
    moved = next(e for e in found if e.decoded("dtstart") == dt.date(2025, 12, 23))
    assert str(moved["summary"]) == "Deadline: Education collaboration"
    assert "Moved from 31 December 2025" in str(moved["description"])
    assert "closed: Christmas week" in str(moved["description"])
    opened = attrs.evolve(fjordby, closed_periods=())
    unmoved = next(
        e
        for e in events(calendar_ics(opened, *YEAR, stamp=STAMP))
        if e.decoded("dtstart") == dt.date(2025, 12, 31)
    )
    assert str(unmoved["uid"]) == str(moved["uid"])


def test_texts_with_commas_semicolons_and_newlines_survive(fjordby: Partnership) -> None:
    # A title is one line (a name); a description may hold line breaks.
    event = attrs.evolve(
        fjordby.annual_cycle[0],
        title=unikom.Text.plain("Møte; budsjett, plan og rapport"),
        description=unikom.Text.plain("Møte; budsjett,\nplan og rapport"),
    )
    partnership = attrs.evolve(fjordby, annual_cycle=(event,), inquiry_types=())
    found = events(calendar_ics(partnership, *YEAR, stamp=STAMP))
    assert {str(e["summary"]) for e in found} == {"Møte; budsjett, plan og rapport"}
    assert {str(e["description"]) for e in found} == {"Møte; budsjett,\nplan og rapport"}
    assert {e.decoded("dtstamp") for e in found} == {STAMP}


@pytest.mark.parametrize(
    ("language", "kinds"),
    [("nb", {"hendelse", "frist"}), ("nn", {"hending", "frist"}), ("en", {"event", "deadline"})],
)
def test_categories_are_in_the_calendars_language(
    fjordby: Partnership, language: str, kinds: set[str]
) -> None:
    # Calendar apps show an event's categories: «event» is English in a bokmål calendar.
    found = events(calendar_ics(fjordby, *YEAR, language=language, stamp=STAMP))
    unfolded = calendar_ics(fjordby, *YEAR, language=language, stamp=STAMP).replace("\r\n ", "")
    told = {
        line.split(":", 1)[1] for line in unfolded.splitlines() if line.startswith("CATEGORIES")
    }
    assert len(found) > 1
    assert told == kinds


def test_a_timed_deadlines_time_zone_carries_no_english_comment() -> None:
    # icalendar writes «This timezone only works from …» into each zone it adds.
    vest = unikom.load(Path(__file__).resolve().parents[2] / "examples" / "vest")
    text = calendar_ics(vest, dt.date(2027, 1, 1), dt.date(2027, 12, 31), stamp=STAMP)
    zones = list(icalendar.Calendar.from_ical(text).walk("VTIMEZONE"))
    assert zones
    assert all("COMMENT" not in zone for zone in zones)
