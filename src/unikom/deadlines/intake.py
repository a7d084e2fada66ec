"""Intake deadlines: the dates an inquiry type's schedule gives, moved off non-working days."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, assert_never

import attrs

from unikom.deadlines._dates import add_months, as_date, month_day_in, within_calendar
from unikom.deadlines.calendars import SkippedDay, WorkingCalendar, working_calendar
from unikom.deadlines.due import inquiry_type_of
from unikom.model._arguments import count_argument, instance_argument
from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import ModelError
from unikom.model.inquiry_type import InquiryType
from unikom.model.schedule import (
    DEFAULT_TIME_ZONE,
    AnnualDeadline,
    Deadline,
    NonWorkingDayPolicy,
    OneOffDeadline,
    RecurringDeadline,
    RelativeDeadline,
)
from unikom.model.text import Text

if TYPE_CHECKING:
    from dateutil.rrule import rrule, rruleset

    from unikom.model.governance import AnnualEvent
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
    #: The clock time it closes at, HH:MM, in *time_zone* (None: the end of the day).
    time: str | None = None
    time_zone: str = DEFAULT_TIME_ZONE

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
    deadline: Deadline,
    first: dt.date,
    calendar: WorkingCalendar,
    events: Mapping[str, AnnualEvent],
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
        case RelativeDeadline():
            yield from _relative_dates(deadline, first, calendar, events)
        case _:
            assert_never(deadline)


def _relative_dates(
    deadline: RelativeDeadline,
    first: dt.date,
    calendar: WorkingCalendar,
    events: Mapping[str, AnnualEvent],
) -> Iterator[dt.date]:
    """Yield the dates counted from each occurrence of the deadline's event, in order."""
    for day, _occurrence in _relative_pairs(deadline, first, calendar, events):
        yield day


def _relative_pairs(
    deadline: RelativeDeadline,
    first: dt.date,
    calendar: WorkingCalendar,
    events: Mapping[str, AnnualEvent],
) -> Iterator[tuple[dt.date, dt.date]]:
    """Yield (deadline date, the event's date it is counted from), on or after *first*."""
    event = events.get(deadline.event)
    offset = deadline.offset
    if event is None or offset is None:
        return  # validate refuses both; an API caller gets no dates rather than a guess
    sign = -1 if deadline.before is not None else 1
    # A date counted back from a later occurrence may still fall on or after
    # *first*, so look that far ahead of it for occurrences.
    reach = _reach(offset)
    look_from = first - dt.timedelta(days=reach) if sign > 0 else first
    for occurrence in rule_dates(event.rrule, event.starts, look_from):
        day = count_from(calendar, occurrence, offset, sign)
        if day >= first:
            yield day, occurrence


def _reach(offset: Duration) -> int:
    """Return how many calendar days *offset* can span at most."""
    per_unit = {
        DurationUnit.WORKING_DAYS: 3,
        DurationUnit.DAYS: 1,
        DurationUnit.WEEKS: 7,
        DurationUnit.MONTHS: 31,
        DurationUnit.YEARS: 366,
    }
    return offset.amount * per_unit[offset.unit] + 30


def count_from(calendar: WorkingCalendar, day: dt.date, offset: Duration, sign: int) -> dt.date:
    """Return the day *offset* after (*sign* 1) or before (*sign* -1) *day*, *day* not counted.

    Working days count working days only; the other units count calendar days,
    weeks, months or years (31 March less one month is 28 or 29 February).
    """
    amount = offset.amount
    match offset.unit:
        case DurationUnit.WORKING_DAYS:
            if sign < 0:
                return calendar.subtract_working_days(day, amount)
            return calendar.add_working_days(day, amount)
        case DurationUnit.DAYS:
            return day + dt.timedelta(days=sign * amount)
        case DurationUnit.WEEKS:
            return day + dt.timedelta(weeks=sign * amount)
        case DurationUnit.MONTHS:
            return add_months(day, sign * amount)
        case DurationUnit.YEARS:
            return add_months(day, sign * 12 * amount)
        case _:
            assert_never(offset.unit)


def _numbered(dates: Iterator[dt.date], index: int) -> Iterator[tuple[dt.date, int]]:
    for day in dates:
        yield day, index


def intake_stream(
    it: InquiryType,
    calendar: WorkingCalendar,
    first: dt.date,
    events: Mapping[str, AnnualEvent] | None = None,
) -> Iterator[IntakeDeadline]:
    """Yield the inquiry type's deadlines falling on or after *first*, in order.

    *events* are the partnership's årshjul events by id, which deadlines
    relative to an event are counted from.
    """
    schedule = it.intake
    found_events = events or {}
    margin = calendar.search_margin
    policies = [schedule.policy_of(deadline) for deadline in schedule.deadlines]
    # A deadline written before *first* may move onto it, so start looking earlier.
    moves = any(policy is not NonWorkingDayPolicy.KEEP for policy in policies)
    look_from = first - dt.timedelta(days=margin) if moves else first
    streams = [
        _numbered(_nominal_dates(deadline, look_from, calendar, found_events), index)
        for index, deadline in enumerate(schedule.deadlines)
    ]
    # Deadlines with different rules may move past each other (one to the
    # previous working day, one to the next); a move is at most *margin* days,
    # so a moved date is final once the written dates have passed it by that much.
    pending: list[tuple[dt.date, dt.date, int, tuple[SkippedDay, ...]]] = []
    last: dt.date | None = None
    for nominal, index in heapq.merge(*streams):
        day, moved = calendar.apply_policy(nominal, policies[index])
        heapq.heappush(pending, (day, nominal, index, moved))
        while pending and pending[0][0] < nominal - dt.timedelta(days=margin):
            found = _emit(it, heapq.heappop(pending), first, last)
            if found is not None:
                last = found.date
                yield found
    while pending:
        found = _emit(it, heapq.heappop(pending), first, last)
        if found is not None:
            last = found.date
            yield found


def _emit(
    it: InquiryType,
    item: tuple[dt.date, dt.date, int, tuple[SkippedDay, ...]],
    first: dt.date,
    last: dt.date | None,
) -> IntakeDeadline | None:
    day, nominal, index, moved = item
    if day < first or day == last:
        return None
    deadline = it.intake.deadlines[index]
    return IntakeDeadline(
        inquiry_type=it.id,
        date=day,
        nominal=nominal,
        moved_past=moved,
        note=deadline.note,
        time=it.intake.time_of(deadline),
        time_zone=it.intake.zone,
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
    count = count_argument(count, "count")
    it = inquiry_type_of(partnership, inquiry_type)
    after = as_date(after, "after")
    if it.intake.is_rolling or count == 0:
        return []
    events: dict[str, AnnualEvent] = {event.id: event for event in partnership.annual_cycle}
    stream = intake_stream(it, working_calendar(partnership), after, events)
    with within_calendar():
        return list(itertools.islice(stream, count))


def next_relative_deadline(
    partnership: Partnership,
    inquiry_type: str | InquiryType,
    deadline: RelativeDeadline,
    after: dt.date,
) -> tuple[dt.date, dt.date] | None:
    """Return the next date of *deadline* that has not passed on *after*, and its event's date.

    *deadline* is one of the inquiry type's deadlines counted from an årshjul
    event; its date is moved off a non-working day as the intake says.  None
    when the event has no occurrence left (a rule with COUNT or UNTIL that
    has run out) or does not exist.
    """
    it = inquiry_type_of(partnership, inquiry_type)
    instance_argument(deadline, "deadline", RelativeDeadline)
    events: dict[str, AnnualEvent] = {event.id: event for event in partnership.annual_cycle}
    calendar = working_calendar(partnership)
    first = as_date(after, "after")
    policy = it.intake.policy_of(deadline)
    with within_calendar():
        # A date written just before *first* may move onto it, and one written
        # on or after it back before it: look a little earlier, keep what lands after.
        look_from = first - dt.timedelta(days=calendar.search_margin)
        for nominal, occurrence in _relative_pairs(deadline, look_from, calendar, events):
            day, _moved = calendar.apply_policy(nominal, policy)
            if day >= first:
                return day, occurrence
    return None


__all__ = [
    "DEFAULT_RULE_START",
    "IntakeDeadline",
    "next_intake_deadlines",
    "next_relative_deadline",
    "rule_dates",
]
