"""Time units: how each unit of a duration is counted, and what it is called.

:data:`UNITS` is the one table: for every :class:`DurationUnit` its counting
function (domstolloven §§ 148–149) and the key of its words in
:mod:`unikom.model.words` (singular and plural in nb, nn and en).  The table is
built by :func:`_row`, whose ``match`` ends in :func:`typing.assert_never`, so
``mypy --strict`` names a unit that has no row; a test checks that every member
has one at run time as well.

Adding a unit: a member of :class:`DurationUnit` (the file format's
``P…`` letter), a ``case`` in :func:`_row`, and its words in the word table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import assert_never

import attrs

from unikom.deadlines._dates import ONE_DAY, add_months
from unikom.deadlines.calendars import SkippedDay, WorkingCalendar
from unikom.model import words
from unikom.model.duration import Duration, DurationUnit

#: Counts *amount* units from a start day on a calendar: returns the last day
#: of the limit and the non-working days skipped or moved past.
Counter = Callable[[WorkingCalendar, dt.date, int], tuple[dt.date, tuple[SkippedDay, ...]]]


@attrs.frozen(kw_only=True)
class TimeUnit:
    """One row of the unit table."""

    unit: DurationUnit
    count: Counter
    #: Key of the unit's words ("singular|plural") in :mod:`unikom.model.words`.
    words: str


def _count_working_days(
    calendar: WorkingCalendar, start: dt.date, amount: int
) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    # Every non-working day passed was not counted.
    end = calendar.add_working_days(start, amount)
    return end, tuple(calendar.non_working_days(start + ONE_DAY, end))


def _calendar_days(
    step: Callable[[dt.date, int], dt.date],
) -> Counter:
    """Count in calendar days, weeks, months or years: the end moves off a non-working day."""

    def count(
        calendar: WorkingCalendar, start: dt.date, amount: int
    ) -> tuple[dt.date, tuple[SkippedDay, ...]]:
        skipped: list[SkippedDay] = []
        end = calendar.move(step(start, amount), ONE_DAY, skipped)
        return end, tuple(skipped)

    return count


def _row(unit: DurationUnit) -> TimeUnit:
    match unit:
        case DurationUnit.WORKING_DAYS:
            return TimeUnit(unit=unit, count=_count_working_days, words="unit.working_days")
        case DurationUnit.DAYS:
            return TimeUnit(
                unit=unit,
                count=_calendar_days(lambda day, n: day + dt.timedelta(days=n)),
                words="unit.days",
            )
        case DurationUnit.WEEKS:
            return TimeUnit(
                unit=unit,
                count=_calendar_days(lambda day, n: day + dt.timedelta(weeks=n)),
                words="unit.weeks",
            )
        case DurationUnit.MONTHS:
            return TimeUnit(unit=unit, count=_calendar_days(add_months), words="unit.months")
        case DurationUnit.YEARS:
            return TimeUnit(
                unit=unit,
                count=_calendar_days(lambda day, n: add_months(day, 12 * n)),
                words="unit.years",
            )
        case _:
            assert_never(unit)


#: Every unit's row, by unit.
UNITS: Mapping[DurationUnit, TimeUnit] = MappingProxyType(
    {unit: _row(unit) for unit in DurationUnit}
)


def deadline(
    calendar: WorkingCalendar, start: dt.date, duration: Duration
) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    """Count *duration* from *start* by domstolloven §§ 148–149.

    The day of receipt is not counted; a limit in weeks, months or years ends
    on the day with the same weekday name or day number (or the month's last
    day); a limit that ends on a non-working day moves to the next working day.
    Return the last day of the limit and the days skipped on the way: for
    working days, every non-working day passed; for the other units, the
    non-working days the end moved past.
    """
    return UNITS[duration.unit].count(calendar, start, duration.amount)


def describe(duration: Duration, language: str) -> str:
    """Return *duration* in words: '1 måned', '15 dagar', '10 working days'."""
    return words.counted(UNITS[duration.unit].words, duration.amount, language)


__all__ = ["UNITS", "Counter", "TimeUnit", "add_months", "deadline", "describe"]
