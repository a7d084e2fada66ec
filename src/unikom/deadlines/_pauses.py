"""Limits whose count pauses: closed periods that suspend, and waiting for the sender.

domstolloven § 140 lets court holidays pause a limit: the days of the holiday
are not counted, and the count goes on after it.  A partnership may choose the
same for its closed periods (``closures: {mode: suspend}`` on an inquiry type),
and forvaltningslovforskriften § 39 lets the processing time stop while the
case waits for the sender.  Both are the same arithmetic: a set of *paused*
days that do not count.

The count, from the day of receipt (not counted), by unit:

* working days: the limit ends on the n-th working day after receipt that is
  not paused;
* days, weeks, months and years: the nominal end (domstolloven § 148) moves
  one day later for each paused day up to it, again and again until no new
  paused day is reached; the end then moves past a weekend or public holiday
  as § 149 says (and past a closed period that extends).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from typing import assert_never

from unikom.deadlines._dates import ONE_DAY, add_months
from unikom.deadlines.calendars import SkippedDay, WorkingCalendar
from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import UnikomError

#: The most rounds of "move the end past the paused days it reaches": each
#: round reaches at least one new paused day, so this bounds the paused days.
_MAX_ROUNDS = 4000


def nominal_end(start: dt.date, duration: Duration) -> dt.date:
    """Return the day *duration* after *start* by domstolloven § 148, before any move."""
    amount = duration.amount
    match duration.unit:
        case DurationUnit.WORKING_DAYS | DurationUnit.DAYS:
            return start + dt.timedelta(days=amount)
        case DurationUnit.WEEKS:
            return start + dt.timedelta(weeks=amount)
        case DurationUnit.MONTHS:
            return add_months(start, amount)
        case DurationUnit.YEARS:
            return add_months(start, 12 * amount)
        case _:
            assert_never(duration.unit)


def count_with_pauses(
    calendar: WorkingCalendar,
    start: dt.date,
    duration: Duration,
    paused: Iterable[SkippedDay],
) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    """Count *duration* from *start* without counting the *paused* days.

    Return the last day of the limit and the days not counted or moved past,
    in date order: the paused days within the limit, then (for units other
    than working days) the non-working days the end moved past.
    """
    pauses = sorted({day.date: day for day in paused if day.date > start}.items())
    pause_dates = [day for day, _ in pauses]

    def paused_up_to(end: dt.date) -> int:
        return bisect.bisect_right(pause_dates, end)

    if duration.unit is DurationUnit.WORKING_DAYS:
        end = calendar.add_working_days(start, duration.amount)
        for _ in range(_MAX_ROUNDS):
            extra = sum(
                1 for day in pause_dates[: paused_up_to(end)] if calendar.is_working_day(day)
            )
            longer = calendar.add_working_days(start, duration.amount + extra)
            if longer == end:
                break
            end = longer
        else:  # pragma: no cover - needs thousands of paused working days
            raise UnikomError("the limit pauses for too long to be counted")
        skipped = {d.date: d for d in calendar.non_working_days(start + ONE_DAY, end)}
        skipped.update((day, why) for day, why in pauses[: paused_up_to(end)])
        return end, tuple(skipped[day] for day in sorted(skipped))
    nominal = nominal_end(start, duration)
    end = nominal
    for _ in range(_MAX_ROUNDS):
        longer = nominal + dt.timedelta(days=paused_up_to(end))
        if longer == end:
            break
        end = longer
    else:  # pragma: no cover - needs thousands of paused days
        raise UnikomError("the limit pauses for too long to be counted")
    not_counted = list(pauses[: paused_up_to(end)])
    moved: list[SkippedDay] = []
    end = calendar.move(end, ONE_DAY, moved)
    found = dict(not_counted)
    found.update((day.date, day) for day in moved)
    return end, tuple(found[day] for day in sorted(found))


__all__ = ["count_with_pauses", "nominal_end"]
