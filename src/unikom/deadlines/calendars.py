"""Working calendars: which days count as working days, and why the others do not.

A *working day* is a day that is not a Saturday or Sunday, not a public holiday
of the partnership's calendar (from the ``holidays`` package; ``NO`` unless the
partnership names another, see :mod:`unikom.model.calendars`), not a day the
calendar closes besides, and not inside one of the partnership's
``closed_periods``.  A day the calendar lists as a working day after all is one,
whatever its weekday.

Each year's days are sorted into working and non-working days once, on first
use, and cached; counting then needs a binary search, not a walk.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
import threading
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, assert_never

import attrs

from unikom.deadlines._dates import MAX_SEARCH, ONE_DAY, month_day_in
from unikom.model import words
from unikom.model._arguments import count_argument, instance_argument, plain_date
from unikom.model._fields import MonthDay, Slug
from unikom.model.calendars import CalendarDay, CalendarSpec, calendar_spec
from unikom.model.errors import ArgumentError, DateRangeError, UnikomError
from unikom.model.governance import ClosedPeriod
from unikom.model.partnership import Partnership
from unikom.model.schedule import NonWorkingDayPolicy
from unikom.model.text import Text


class DayKind(enum.Enum):
    """Why a day is not a working day."""

    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public-holiday"
    CLOSED = "closed"
    #: Not a non-working day: the processing time paused while the inquiry
    #: waited for information from its sender (standard 1.1).
    WAITING = "waiting"


# The JSON output's stable English weekday tokens (not words for a reader, who
# gets Babel's through SkippedDay.describe); fixed here so that they never
# follow the machine's locale.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The language of the JSON output's reasons: stable for programs.
_REASON_LANGUAGE = "en"


@attrs.frozen(kw_only=True)
class SkippedDay:
    """A day that was not counted, or that a deadline moved past, and why.

    *kind* says why; *name* names the holiday or closed period (None for a
    weekend day).  :meth:`describe` words it for a reader in nb, nn or en;
    *reason* is the stable form the JSON output carries, e.g.
    ``"Kristi himmelfartsdag (public holiday)"``, ``"Saturday"`` or
    ``"closed: Fellesferie"`` (in the calendar's main language).
    """

    date: dt.date
    kind: DayKind
    reason: str
    # Left out of == and hash: *reason* already names the day, and a Text is a mapping.
    name: Text | None = attrs.field(default=None, eq=False)

    def describe(self, language: str) -> str:
        """Return why the day is not a working day, in *language*: 'lørdag', 'Grunnlovsdag
        (helligdag)', 'stengt: Fellesferie'."""
        match self.kind:
            case DayKind.WEEKEND:
                return words.weekday(self.date, language)
            case DayKind.PUBLIC_HOLIDAY:
                name = self.name.get(language) if self.name else ""
                return words.word("day.public_holiday", language, name=name)
            case DayKind.CLOSED:
                name = self.name.get(language) if self.name else ""
                return words.word("day.closed", language, name=name)
            case DayKind.WAITING:
                return words.word("day.waiting", language)
            case _:
                assert_never(self.kind)

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: ``{"date": "YYYY-MM-DD", "reason": ...}``."""
        return {"date": self.date.isoformat(), "reason": self.reason}


@functools.lru_cache(maxsize=256)
def _holidays(spec: CalendarSpec, year: int) -> Mapping[dt.date, Text]:
    import holidays  # deferred: it takes a tenth of a second to import

    names: dict[dt.date, dict[str, str]] = {}
    for ours, theirs in spec.holiday_names or (("und", ""),):
        found = holidays.country_holidays(
            spec.country, subdiv=spec.subdivision, years=year, language=theirs or None
        )
        for day, name in found.items():
            names.setdefault(day, {})[ours] = name
    return MappingProxyType({day: Text(translations=names[day]) for day in sorted(names)})


def public_holidays(year: int, calendar: str | None = None) -> Mapping[dt.date, str]:
    """Return the public holidays of *calendar* (default ``NO``) in *year*, by date.

    Names are in the calendar's first language (Norwegian for ``NO``).  Sundays
    count as holidays only when they are named ones such as Første påskedag.
    """
    spec = calendar_spec(calendar)
    first = spec.holiday_names[0][0] if spec.holiday_names else "und"
    return MappingProxyType({day: name.get(first) for day, name in _holidays(spec, year).items()})


def _days_in(days: tuple[CalendarDay, ...], year: int) -> dict[dt.date, Text]:
    found: dict[dt.date, Text] = {}
    for extra in days:
        if extra.year not in (None, year):
            continue
        month, day = extra.month_day
        if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
            continue
        found.setdefault(dt.date(year, month, day), extra.name)
    return found


@attrs.frozen
class _Year:
    """One year of a working calendar, in the forms the counting needs."""

    non_working: Mapping[dt.date, SkippedDay]
    #: Ordinals of the non-working days, sorted, and the days themselves in the same order.
    non_working_ordinals: list[int]
    non_working_days: list[SkippedDay]
    #: Ordinals of the working days, sorted.
    working_ordinals: list[int]


#: A closed period as the calendar takes it: start MM-DD, end MM-DD, name.
Closure = tuple[str, str, "Text | str"]


class WorkingCalendar:
    """Which days count as working days: not weekends, public holidays or closed days.

    Build one with :func:`working_calendar`, which caches it per calendar and
    set of closed periods.
    """

    __slots__ = ("_closed", "_language", "_lock", "_years", "search_margin", "spec")

    def __init__(
        self,
        closed: Iterable[Closure | ClosedPeriod] = (),
        *,
        spec: CalendarSpec | None = None,
        language: str = "nb",
    ) -> None:
        """Take closed periods as :class:`ClosedPeriod` or ``(start MM-DD, end MM-DD, name)``.

        *spec* is the calendar (default: the registry's default, ``NO``);
        *language* is the language :attr:`SkippedDay.reason` names days in.
        """
        self.spec = spec if spec is not None else calendar_spec(None)
        self._closed = tuple(
            period
            if isinstance(period, ClosedPeriod)
            else ClosedPeriod(
                id=Slug("closed"),
                name=period[2] if isinstance(period[2], Text) else Text.plain(period[2]),
                start=MonthDay(period[0]),
                end=MonthDay(period[1]),
            )
            for period in closed
        )
        self._language = language
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()
        #: How far a deadline can move to reach a working day, with room to spare:
        #: all closed periods and closed days back to back, plus the Easter days
        #: and a weekend.
        self.search_margin = min(
            MAX_SEARCH,
            sum(_longest(period) for period in self._closed) + len(self.spec.closed) + 14,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # The lock and the cache of years stay behind: a worker process (a
        # ProcessPoolExecutor) gets the same calendar, built again on first use.
        return (_calendar_for, (self.spec, self._closed, self._language))

    @property
    def language(self) -> str:
        """Return the language :attr:`SkippedDay.reason` names days in."""
        return self._language

    @property
    def closed_periods(self) -> tuple[ClosedPeriod, ...]:
        """Return the closed periods this calendar keeps."""
        return self._closed

    def without_closures(self) -> WorkingCalendar:
        """Return the same calendar without the partnership's closed periods."""
        return _calendar_for(self.spec, (), self._language)

    def _closed_days(self, year: int) -> dict[dt.date, Text]:
        days = _days_in(self.spec.closed, year)
        for period in self._closed:
            for span_start, span_end in period.spans(year):
                day = span_start
                while day <= span_end:
                    days.setdefault(day, period.name)
                    day += ONE_DAY
        return days

    def _year(self, year: int) -> _Year:
        found = self._years.get(year)
        if found is None:
            with self._lock:
                found = self._years.get(year)
                if found is None:
                    found = self._years[year] = self._build(year)
        return found

    def _build(self, year: int) -> _Year:
        holidays = _holidays(self.spec, year)
        closed = self._closed_days(year)
        opened = _days_in(self.spec.working, year)
        language = self._language
        non_working: dict[dt.date, SkippedDay] = {}
        working: list[int] = []
        for ordinal in range(
            dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal() + 1
        ):
            day = dt.date.fromordinal(ordinal)
            # A holiday names the day best; a weekend next; a closed day last.
            # A day the calendar opens is a working day unless a closed period
            # of the partnership closes it again.
            is_open = day in opened
            if not is_open and (name := holidays.get(day)) is not None:
                non_working[day] = SkippedDay(
                    date=day,
                    kind=DayKind.PUBLIC_HOLIDAY,
                    reason=words.word(
                        "day.public_holiday", _REASON_LANGUAGE, name=name.get(language)
                    ),
                    name=name,
                )
            elif not is_open and day.weekday() >= 5:
                non_working[day] = SkippedDay(
                    date=day, kind=DayKind.WEEKEND, reason=_WEEKDAYS[day.weekday()]
                )
            elif (closed_name := closed.get(day)) is not None:
                non_working[day] = SkippedDay(
                    date=day,
                    kind=DayKind.CLOSED,
                    reason=words.word(
                        "day.closed", _REASON_LANGUAGE, name=closed_name.get(language)
                    ),
                    name=closed_name,
                )
            else:
                working.append(ordinal)
        return _Year(
            non_working=MappingProxyType(non_working),
            non_working_ordinals=[d.toordinal() for d in non_working],
            non_working_days=list(non_working.values()),
            working_ordinals=working,
        )

    def why_not_working(self, day: dt.date) -> SkippedDay | None:
        """Return why *day* is not a working day, or None when it is one."""
        day = _day(day, "day")
        return self._year(day.year).non_working.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        """Tell whether *day* is a working day."""
        day = _day(day, "day")
        return day not in self._year(day.year).non_working

    def non_working_days(self, start: dt.date, end: dt.date) -> list[SkippedDay]:
        """Return the non-working days from *start* to *end*, both included, in order."""
        start, end = _day(start, "start"), _day(end, "end")
        found: list[SkippedDay] = []
        for year in range(start.year, end.year + 1):
            y = self._year(year)
            first = bisect.bisect_left(y.non_working_ordinals, start.toordinal())
            last = bisect.bisect_right(y.non_working_ordinals, end.toordinal())
            found.extend(y.non_working_days[first:last])
        return found

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return *day* if it is a working day, else the first working day after it."""
        return self.move(_day(day, "day"), ONE_DAY, [])

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return *day* if it is a working day, else the last working day before it."""
        return self.move(_day(day, "day"), -ONE_DAY, [])

    def apply_policy(
        self, day: dt.date, policy: NonWorkingDayPolicy
    ) -> tuple[dt.date, tuple[SkippedDay, ...]]:
        """Move a deadline off a non-working day as *policy* says.

        Return the day it ends up on and the non-working days it moved past,
        in date order.
        """
        moved: list[SkippedDay] = []
        match policy:
            case NonWorkingDayPolicy.NEXT:
                day = self.move(day, ONE_DAY, moved)
            case NonWorkingDayPolicy.PREVIOUS:
                day = self.move(day, -ONE_DAY, moved)
                moved.reverse()
            case NonWorkingDayPolicy.KEEP:
                pass
            case _:
                assert_never(policy)
        return day, tuple(moved)

    def move(self, day: dt.date, step: dt.timedelta, skipped: list[SkippedDay]) -> dt.date:
        """Return the first working day from *day* on in *step*'s direction.

        The non-working days passed are appended to *skipped*.
        """
        if day not in self._year(day.year).non_working:
            return day
        forward = step > dt.timedelta(0)
        ordinal, year = day.toordinal(), day.year
        for _ in range(3):
            working = self._year(year).working_ordinals
            if forward:
                index = bisect.bisect_left(working, ordinal)
                if index < len(working):
                    found = dt.date.fromordinal(working[index])
                    skipped.extend(self.non_working_days(day, found - ONE_DAY))
                    return found
                year += 1
            else:
                index = bisect.bisect_right(working, ordinal) - 1
                if index >= 0:
                    found = dt.date.fromordinal(working[index])
                    skipped.extend(reversed(self.non_working_days(found + ONE_DAY, day)))
                    return found
                year -= 1
        raise UnikomError(
            f"no working day near {day.isoformat()}: do the closed periods cover the whole year?"
        )

    def subtract_working_days(self, end: dt.date, amount: int) -> dt.date:
        """Return the *amount*-th working day before *end* (*end* itself not counted)."""
        end, amount = _day(end, "end"), count_argument(amount, "amount")
        ordinal, year, left = end.toordinal(), end.year, amount
        for _ in range(MAX_SEARCH):
            working = self._year(year).working_ordinals
            index = bisect.bisect_left(working, ordinal)
            if left <= index:
                return dt.date.fromordinal(working[index - left])
            left -= index
            year -= 1
        raise UnikomError(f"{amount} working days before {end.isoformat()} is too far back")

    def add_working_days(self, start: dt.date, amount: int) -> dt.date:
        """Return the *amount*-th working day after *start* (*start* itself not counted)."""
        start, amount = _day(start, "start"), count_argument(amount, "amount")
        ordinal, year, left = start.toordinal(), start.year, amount
        for _ in range(MAX_SEARCH):
            working = self._year(year).working_ordinals
            index = bisect.bisect_right(working, ordinal)
            if left <= len(working) - index:
                return dt.date.fromordinal(working[index + left - 1])
            left -= len(working) - index
            year += 1
        raise UnikomError(f"{amount} working days after {start.isoformat()} is too far ahead")


def _day(value: dt.date, name: str) -> dt.date:
    """Return *value* as a date a calendar can look up, or raise naming the argument.

    The calendar answers for any year it can count in (a deadline may fall
    after 2199); a year whose neighbours cannot be counted is refused.
    """
    if type(value) is not dt.date:
        value = plain_date(value, name)
    if not 1 < value.year < 9999:
        raise DateRangeError(
            f"{name}: {value.isoformat()} lies outside the years a calendar counts"
        )
    return value


def _longest(period: ClosedPeriod) -> int:
    """Return the most days *period* can close in a row (its length in a long year)."""
    if period.start is not None and period.end is not None:
        first, last = month_day_in(2000, period.start), month_day_in(2000, period.end)
        if last < first:
            last = month_day_in(2001, period.end)
        return (last - first).days + 1
    if period.weeks is not None:
        return 7 * ((period.weeks.last - period.weeks.first) % 53 + 1)
    if period.days is not None:
        return max(0, period.days.last - period.days.first) + 1
    if period.dates is not None:
        return min(MAX_SEARCH, max(0, (period.dates.end - period.dates.start).days) + 1)
    return 0


@functools.lru_cache(maxsize=128)
def _calendar_for(
    spec: CalendarSpec, closed: tuple[ClosedPeriod, ...], language: str
) -> WorkingCalendar:
    return WorkingCalendar(closed, spec=spec, language=language)


_last: list[tuple[Partnership, str | None, WorkingCalendar]] = []


def working_calendar_for(
    calendar: str | None,
    closed_periods: Sequence[ClosedPeriod] = (),
    *,
    language: str = "nb",
) -> WorkingCalendar:
    """Return the working calendar named *calendar* (None: ``NO``) with *closed_periods* on top.

    Cached per calendar, set of closed periods and *language* (the language
    :attr:`SkippedDay.reason` names closed periods in), so asking again is
    free.  This is what :func:`working_calendar` uses for a partnership and
    for each of its parties.  An unknown name raises
    :class:`~unikom.model.calendars.UnknownCalendarError`.
    """
    return _calendar_for(calendar_spec(calendar), tuple(closed_periods), language)


def working_calendar(partnership: Partnership, party: str | None = None) -> WorkingCalendar:
    """Return the working calendar of the partnership, or of one of its parties.

    Without *party*: the partnership's calendar (default ``NO``) and the closed
    periods that close the whole partnership.  With *party* (an id): the
    party's own calendar if it names one, else the partnership's, and the
    closed periods of the whole partnership plus those of that party.  An
    unknown calendar name raises
    :class:`~unikom.model.calendars.UnknownCalendarError` (loading a file
    reports it first); an unknown party id raises :class:`NotFoundError`.
    Cached per calendar and set of closed periods.
    """
    # A request handler asks about the same partnership again and again: the
    # object itself is the cheapest cache key.
    last = _last[0] if _last else None
    if last is not None and last[0] is partnership and last[1] == party:
        return last[2]
    instance_argument(partnership, "partnership", Partnership)
    if party is not None and not isinstance(party, str):
        raise ArgumentError("party", f"expected a party id or None, got {party!r}")
    name = partnership.calendar
    if party is not None:
        name = partnership.party(party).calendar or name
    found = working_calendar_for(
        name,
        tuple(p for p in partnership.closed_periods if p.closes(party)),
        language=partnership.languages[0],
    )
    _last[:] = [(partnership, party, found)]
    return found


__all__ = [
    "DayKind",
    "SkippedDay",
    "WorkingCalendar",
    "public_holidays",
    "working_calendar",
    "working_calendar_for",
]
