"""The working-calendar registry: a calendar added from outside the deadline engine.

Sweden is registered here, in the test, the way a user or a later release adds
a calendar: one :class:`CalendarSpec`, no edit of :mod:`unikom.deadlines`.
Dates are hand-computed; holiday names (the ``holidays`` package's text) are
not asserted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import unikom
from conftest import ROOT
from norway import holiday
from unikom.deadlines import DayKind, WorkingCalendar, answer_due, working_calendar
from unikom.model._fields import CalendarName
from unikom.model.calendars import (
    DEFAULT_CALENDAR,
    CalendarDay,
    CalendarSpec,
    UnknownCalendarError,
    calendar_names,
    calendar_spec,
    register_calendar,
    unregister_calendar,
)
from unikom.model.errors import UnikomError
from unikom.model.partnership import Partnership
from unikom.model.text import Text

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
D = dt.date


@pytest.fixture(scope="module")
def plain() -> Partnership:
    return unikom.load(DATA / "holidays-only.yaml")


@pytest.fixture
def sweden() -> Iterator[CalendarSpec]:
    spec = register_calendar(
        CalendarSpec(name="SE", country="SE", holiday_names=(("sv", "sv"), ("en", "en_US")))
    )
    yield spec
    unregister_calendar("SE")


@pytest.fixture
def county() -> Iterator[CalendarSpec]:
    # A county's own days: Christmas Eve closed every year, and one Saturday
    # in 2024 that is a working day after all.
    spec = register_calendar(
        CalendarSpec(
            name="NO-test",
            country="NO",
            closed=(CalendarDay(day="12-24", name="Julaften"),),
            working=(CalendarDay(day="2024-06-08", name="Arbeidslørdag"),),
        )
    )
    yield spec
    unregister_calendar("NO-test")


def test_norway_is_the_default(plain: Partnership) -> None:
    assert plain.calendar is None
    assert DEFAULT_CALENDAR == "NO"
    assert working_calendar(plain).spec is calendar_spec("NO")


def test_a_calendar_registered_from_outside_is_used(
    plain: Partnership, sweden: CalendarSpec
) -> None:
    # Thu 22 May 2025 + 15 days = Fri 6 Jun.  In Norway a working day (Whit
    # Monday is 9 Jun); in Sweden the National Day, so → [Sat 7, Sun 8
    # Pingstdagen] → Mon 9 Jun, which Sweden no longer keeps as a holiday.
    assert answer_due(plain, "femten-dager", D(2025, 5, 22)).due == D(2025, 6, 6)
    swedish = attrs.evolve(plain, calendar=CalendarName("SE"))
    dates = answer_due(swedish, "femten-dager", D(2025, 5, 22))
    assert dates.due == D(2025, 6, 9)
    assert [day.kind for day in dates.due_skipped] == [
        DayKind.PUBLIC_HOLIDAY,
        DayKind.WEEKEND,
        DayKind.PUBLIC_HOLIDAY,
    ]
    assert working_calendar(swedish).spec is sweden


def test_closed_days_and_working_days_after_all(plain: Partnership, county: CalendarSpec) -> None:
    calendar = WorkingCalendar(spec=county)
    christmas_eve = calendar.why_not_working(D(2024, 12, 24))
    assert christmas_eve is not None
    assert christmas_eve.kind is DayKind.CLOSED
    assert christmas_eve.describe("nn") == "stengt: Julaften"
    assert calendar.is_working_day(D(2024, 6, 8))  # a Saturday, open after all
    assert not calendar.is_working_day(D(2025, 6, 7))  # the next year's is not
    # Fri 20 Dec 2024 + 2 working days: [21, 22], Mon 23=1, [Tue 24 closed, 25,
    # 26 holidays], Fri 27=2.
    county_partnership = attrs.evolve(plain, calendar=CalendarName("NO-test"))
    assert working_calendar(county_partnership).add_working_days(D(2024, 12, 20), 2) == D(
        2024, 12, 27
    )


def test_an_unknown_name_says_what_is_known() -> None:
    with pytest.raises(UnknownCalendarError) as caught:
        calendar_spec("NOO")
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, UnikomError)
    assert "did you mean 'NO'" in str(caught.value)
    assert "NO" in calendar_names()


def test_a_name_is_registered_once(sweden: CalendarSpec) -> None:
    with pytest.raises(ValueError, match="registered already"):
        register_calendar(CalendarSpec(name="SE", country="SE"))
    assert register_calendar(CalendarSpec(name="SE", country="SE"), replace=True).name == "SE"


@pytest.mark.parametrize("day", ["13-01", "02-30", "2025-1-01", "12-24\n", "x"])
def test_calendar_days_are_checked(day: str) -> None:
    with pytest.raises(ValueError, match="is not a day"):
        CalendarDay(day=day, name="x")


def _file(tmp_path: Path, calendar: str) -> Path:
    text = (DATA / "holidays-only.yaml").read_text(encoding="utf-8")
    path = tmp_path / "partnership.yaml"
    # 'calendar' is a key of standard 1.1.
    text = text.replace('version: "1.0"', 'version: "1.1"')
    path.write_text(text.replace("languages: [nb]\n", f"languages: [nb]\ncalendar: {calendar}\n"))
    return path


def test_a_file_naming_an_unknown_calendar_is_refused_where_it_says_so(tmp_path: Path) -> None:
    found = unikom.validate(_file(tmp_path, "NOO"))
    assert [(d.code, d.line) for d in found if d.is_error] == [("ref.calendar", 8)]
    assert "did you mean 'NO'" in found[0].message


def test_a_file_naming_a_registered_calendar_loads(tmp_path: Path, sweden: CalendarSpec) -> None:
    assert unikom.validate(_file(tmp_path, "SE")) == []
    assert unikom.load(_file(tmp_path, "SE")).calendar == "SE"


def test_skipped_days_are_worded_for_the_reader() -> None:
    calendar = WorkingCalendar([("07-01", "07-31", Text(translations={"nb": "Fellesferie"}))])
    may_17 = calendar.why_not_working(D(2026, 5, 17))  # a Sunday and Grunnlovsdag
    saturday = calendar.why_not_working(D(2026, 5, 16))
    july = calendar.why_not_working(D(2026, 7, 1))
    assert may_17 is not None
    assert saturday is not None
    assert july is not None
    assert may_17.kind is DayKind.PUBLIC_HOLIDAY
    assert may_17.describe("nb") == f"{holiday(D(2026, 5, 17))} (helligdag)"
    assert may_17.describe("nn") == f"{holiday(D(2026, 5, 17))} (heilagdag)"
    assert may_17.describe("en").endswith(" (public holiday)")
    assert may_17.reason == f"{holiday(D(2026, 5, 17))} (public holiday)"  # the JSON form
    assert [saturday.describe(lang) for lang in ("nb", "nn", "en")] == [
        "lørdag",
        "laurdag",
        "Saturday",
    ]
    assert saturday.reason == "Saturday"
    assert [july.describe(lang) for lang in ("nb", "nn", "en")] == [
        "stengt: Fellesferie",
        "stengt: Fellesferie",
        "closed: Fellesferie",
    ]


def test_a_working_calendars_questions_refuse_what_is_no_date_by_name() -> None:
    # is_working_day(None) ended in AttributeError, a date in 9999 in
    # OverflowError; a datetime came back from next_working_day as it was.
    calendar = unikom.working_calendar(unikom.load(ROOT / "examples" / "trondheim"))
    questions: list[Callable[[Any], object]] = [
        calendar.is_working_day,
        calendar.why_not_working,
        calendar.next_working_day,
        calendar.previous_working_day,
        lambda day: calendar.add_working_days(day, 3),
        lambda day: calendar.subtract_working_days(day, 3),
        lambda day: calendar.non_working_days(day, day),
    ]
    for question in questions:
        for wrong in (None, "2026-05-04", 20260504):
            with pytest.raises(unikom.ArgumentError):
                question(wrong)
        for far in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
            with pytest.raises(unikom.DateRangeError):
                question(far)
    late_utc = dt.datetime(2026, 5, 4, 23, 30, tzinfo=dt.UTC)  # Tuesday 5 May in Norway
    assert calendar.next_working_day(late_utc) == dt.date(2026, 5, 5)
    assert type(calendar.next_working_day(late_utc)) is dt.date
    with pytest.raises(unikom.ArgumentError):
        calendar.add_working_days(dt.date(2026, 5, 4), -1)
    # A deadline may fall after 2199: the calendar still answers there.
    assert calendar.is_working_day(dt.date(2200, 1, 20))


def test_a_working_calendar_pickles_to_the_same_calendar() -> None:
    # It held a threading.Lock: pickle raised TypeError, so a calendar could
    # not be sent to a worker process.
    import pickle

    vest = unikom.load(ROOT / "examples" / "vest")
    for party in (None, "lidal-kommune"):
        calendar = working_calendar(vest, party)
        again = pickle.loads(pickle.dumps(calendar))
        assert again.closed_periods == calendar.closed_periods
        assert again.spec is calendar.spec  # specs are compared by identity
        year = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]
        assert [again.why_not_working(d) for d in year] == [
            calendar.why_not_working(d) for d in year
        ]
