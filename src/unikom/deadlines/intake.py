"""Intake deadlines: the dates an inquiry type's schedule gives, moved off non-working days."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, assert_never

import attrs

from unikom.deadlines._dates import as_date, month_day_in, within_calendar
from unikom.deadlines.calendars import SkippedDay, WorkingCalendar, working_calendar
from unikom.deadlines.due import inquiry_type_of
from unikom.model.errors import ModelError
from unikom.model.inquiry_type import InquiryType
from unikom.model.schedule import (
    AnnualDeadline,
    NonWorkingDayPolicy,
    OneOffDeadline,
    RecurringDeadline,
)
from unikom.model.text import Text

if TYPE_CHECKING:
    from dateutil.rrule import rrule, rruleset

    from unikom.model.partnership import Partnership

#: Where a recurrence rule without ``starts`` is counted from.  A Monday, so a
#: rule that leaves out the weekday, day or month falls on Mondays, the 1st and
#: January; and a fixed date, so that INTERVAL and COUNT never depend on the day
#: a question is asked.
DEFAULT_RULE_START = dt.date(2001, 1, 1)


@attrs.frozen(kw_only=True)
class IntakeDeadline:
    """One intake deadline of an inquiry type.

    ``date`` is the deadline after the intake's non-working-day policy;
    ``nominal`` is the date the rule gives; ``moved_past`` lists the days between
    them that were not working days (empty when the deadline did not move).
    """

    inquiry_type: str
    date: dt.date
    nominal: dt.date
    moved_past: tuple[SkippedDay, ...] = ()
    note: Text | None = None

    @property
    def moved(self) -> bool:
        """Tell whether the deadline was moved off a non-working day."""
        return self.date != self.nominal


@functools.lru_cache(maxsize=256)
def _rule(text: str, start: dt.date) -> rrule | rruleset:
    from dateutil.rrule import rrulestr  # deferred: only partnerships with rules need it

    from unikom.model._rules import rrule_problem

    # A rule built in code has not been validated: one that never occurs would
    # make python-dateutil search until the year 9999.
    problem = rrule_problem(text)
    if problem is not None:
        raise ModelError("value.rrule", problem)
    try:
        return rrulestr(text.removeprefix("RRULE:"), dtstart=dt.datetime.combine(start, dt.time()))
    except (ValueError, TypeError) as exc:
        raise ModelError("value.rrule", f"the recurrence rule cannot be read: {exc}") from exc


class _Occurrences:
    """A rule's dates, walked once from its start and kept, as far as anyone has asked.

    python-dateutil answers each ``between`` by walking from the rule's start
    again, so asking year by year costs the square of the years; walking once
    makes a calendar's work linear in the dates it covers.
    """

    def __init__(self, rule: rrule | rruleset) -> None:
        self._walk = iter(rule)
        self.dates: list[dt.date] = []
        self.finished = False

    def beyond(self, day: dt.date) -> None:
        """Walk until the first date after *day* is known, or the rule has ended."""
        while not self.finished and (not self.dates or self.dates[-1] <= day):
            moment = next(self._walk, None)
            if moment is None:
                self.finished = True
            else:
                self.dates.append(moment.date())


@functools.lru_cache(maxsize=256)
def _occurrences(text: str, start: dt.date) -> _Occurrences:
    return _Occurrences(_rule(text, start))


@functools.lru_cache(maxsize=4096)
def _rule_dates_in_year(text: str, start: dt.date, year: int) -> tuple[dt.date, ...]:
    occurrences = _occurrences(text, start)
    last = dt.date(year, 12, 31)
    occurrences.beyond(last)
    dates = occurrences.dates
    low = bisect.bisect_left(dates, dt.date(year, 1, 1))
    high = bisect.bisect_right(dates, last)
    return tuple(sorted(set(dates[low:high])))


def rule_dates(text: str, starts: dt.date | None, first: dt.date) -> Iterator[dt.date]:
    """Yield the dates of an RRULE on or after *first*, in order.

    The rule is counted from *starts*, or from :data:`DEFAULT_RULE_START` when
    there is none.  Stops when a rule with COUNT or UNTIL runs out.
    """
    start = starts or DEFAULT_RULE_START
    year = max(first, start).year
    while year <= dt.MAXYEAR:
        dates = _rule_dates_in_year(text, start, year)
        yield from (day for day in dates if day >= first)
        following = _next_rule_year(text, start, year)
        if following is None:
            return
        year = following


@functools.lru_cache(maxsize=4096)
def _next_rule_year(text: str, start: dt.date, year: int) -> int | None:
    """Return the first year after *year* in which the rule has a date; None if none."""
    if year >= dt.MAXYEAR:
        return None
    occurrences = _occurrences(text, start)
    last = dt.date(year, 12, 31)
    occurrences.beyond(last)
    index = bisect.bisect_right(occurrences.dates, last)
    return occurrences.dates[index].year if index < len(occurrences.dates) else None


def _nominal_dates(
    deadline: AnnualDeadline | RecurringDeadline | OneOffDeadline, first: dt.date
) -> Iterator[dt.date]:
    match deadline:
        case AnnualDeadline():
            for year in range(first.year, dt.MAXYEAR + 1):
                day = month_day_in(year, deadline.annual)
                if day >= first:
                    yield day
        case RecurringDeadline():
            yield from rule_dates(deadline.rrule, deadline.starts, first)
        case OneOffDeadline():
            if deadline.date >= first:
                yield deadline.date
        case _:
            assert_never(deadline)


def _numbered(dates: Iterator[dt.date], index: int) -> Iterator[tuple[dt.date, int]]:
    for day in dates:
        yield day, index


def intake_stream(
    it: InquiryType, calendar: WorkingCalendar, first: dt.date
) -> Iterator[IntakeDeadline]:
    """Yield the inquiry type's deadlines falling on or after *first*, in order."""
    policy = it.intake.non_working_day
    # A deadline written before *first* may move onto it, so start looking earlier.
    look_from = first - dt.timedelta(days=calendar.search_margin)
    if policy is NonWorkingDayPolicy.KEEP:
        look_from = first
    streams = [
        _numbered(_nominal_dates(deadline, look_from), index)
        for index, deadline in enumerate(it.intake.deadlines)
    ]
    last: dt.date | None = None
    # Moving to the previous or next working day never changes the order of
    # two dates, so merging the written dates keeps the moved ones in order.
    for nominal, index in heapq.merge(*streams):
        day, moved = calendar.apply_policy(nominal, policy)
        if day < first or day == last:
            continue
        last = day
        yield IntakeDeadline(
            inquiry_type=it.id,
            date=day,
            nominal=nominal,
            moved_past=moved,
            note=it.intake.deadlines[index].note,
        )


def next_intake_deadlines(
    partnership: Partnership, inquiry_type: str | InquiryType, after: dt.date, count: int
) -> list[IntakeDeadline]:
    """Return the next *count* intake deadlines of an inquiry type that have not passed.

    A deadline on *after* itself is included: on that day it has not passed yet.
    Dates are moved off non-working days as the intake's ``non_working_day``
    policy says.  Rolling intake (no deadlines) gives an empty list, and so
    does a schedule whose deadlines have all passed.  An unknown inquiry type
    raises :class:`NotFoundError`.
    """
    if count < 0:
        raise ValueError(f"count must be 0 or more, got {count}")
    it = inquiry_type_of(partnership, inquiry_type)
    if it.intake.is_rolling or count == 0:
        return []
    stream = intake_stream(it, working_calendar(partnership), as_date(after))
    with within_calendar():
        return list(itertools.islice(stream, count))


__all__ = ["DEFAULT_RULE_START", "IntakeDeadline", "next_intake_deadlines", "rule_dates"]
