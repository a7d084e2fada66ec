"""Deadlines: when an inquiry must be answered, when intake closes, and the årshjul.

Time limits are counted the way domstolloven §§ 148–149 count them, which is the
rule forvaltningsloven and most other acts point to:

* the day of receipt is not counted;
* a limit in weeks, months or years ends on the day with the same weekday name
  or day number; when the month has no such day (31 January + 1 month), it ends
  on the month's last day;
* a limit that ends on a day that is not a working day moves on to the next
  working day.

A *working day* is a Monday to Friday that is neither a Norwegian public holiday
(from the ``holidays`` package, country ``NO``) nor inside one of the
partnership's ``closed_periods``.  A limit in working days counts working days
only.

Every function here is pure: the answer depends on its arguments alone (never on
today's date), and nothing is changed.  Public holidays and each partnership's
non-working days are computed once per year and cached, so that the functions
are cheap enough to call in a request handler.
"""

from __future__ import annotations

import bisect
import calendar as _calendar
import contextlib
import datetime as dt
import enum
import functools
import hashlib
import heapq
import itertools
import threading
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import DateRangeError, ModelError, NotFoundError, UnikomError
from unikom.model.inquiry_type import ONE_MONTH, InquiryType
from unikom.model.schedule import (
    AnnualDeadline,
    NonWorkingDayPolicy,
    OneOffDeadline,
    RecurringDeadline,
)
from unikom.model.text import Text

if TYPE_CHECKING:
    from dateutil.rrule import rrule, rruleset

    from unikom.model.governance import AnnualEvent, ClosedPeriod
    from unikom.model.partnership import Partnership

_ONE_DAY = dt.timedelta(days=1)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Where a recurrence rule without ``starts`` is counted from.  A Monday, so a
#: rule that leaves out the weekday, day or month falls on Mondays, the 1st and
#: January; and a fixed date, so that INTERVAL and COUNT never depend on the day
#: a question is asked.
DEFAULT_RULE_START = dt.date(2001, 1, 1)

#: How many days or years a search may look before it gives up (only closed
#: periods covering the whole year can make it give up).
_MAX_SEARCH = 400


# --------------------------------------------------------------------------- results


@attrs.frozen(kw_only=True)
class SkippedDay:
    """A day that was not counted, or that a deadline moved past, and why.

    *reason* reads e.g. ``"Kristi himmelfartsdag (public holiday)"``,
    ``"Saturday"`` or ``"closed: Fellesferie"``.
    """

    date: dt.date
    reason: str

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: ``{"date": "YYYY-MM-DD", "reason": ...}``."""
        return {"date": self.date.isoformat(), "reason": self.reason}


@attrs.frozen(kw_only=True)
class DueDates:
    """When an inquiry must be answered, and when a preliminary reply is due.

    ``due`` is None when the inquiry type states no ``processing_time``.
    ``skipped`` lists every day that was not counted or that a date moved past,
    for either date, in date order; ``due_skipped`` and
    ``preliminary_reply_skipped`` tell the two apart.
    """

    inquiry_type: str
    received: dt.date
    due: dt.date | None
    preliminary_reply_by: dt.date
    skipped: tuple[SkippedDay, ...]
    processing_time: Duration | None = None
    preliminary_reply_after: Duration = ONE_MONTH
    due_skipped: tuple[SkippedDay, ...] = ()
    preliminary_reply_skipped: tuple[SkippedDay, ...] = ()

    @property
    def preliminary_reply_needed(self) -> bool:
        """Tell whether the answer may come after the preliminary-reply date.

        False when the answer is due before the preliminary reply would be: an
        answer on time makes the preliminary reply unnecessary.
        """
        return self.due is None or self.due >= self.preliminary_reply_by

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form with exactly the keys ``inquiry_type``, ``received``, ``due``,
        ``preliminary_reply_by`` and ``skipped`` (a list of ``{date, reason}``)."""
        return {
            "inquiry_type": self.inquiry_type,
            "received": self.received.isoformat(),
            "due": self.due.isoformat() if self.due is not None else None,
            "preliminary_reply_by": self.preliminary_reply_by.isoformat(),
            "skipped": [day.to_dict() for day in self.skipped],
        }


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


class EntryKind(enum.Enum):
    """What a calendar entry is."""

    EVENT = "event"
    INTAKE_DEADLINE = "intake-deadline"


_DEADLINE_PREFIX = {"nb": "Frist", "nn": "Frist", "en": "Deadline"}


@attrs.frozen(kw_only=True)
class CalendarEntry:
    """One dated entry of the årshjul: an event occurrence or an intake deadline.

    For an event, ``id`` is the event's id and ``title`` its title; for an intake
    deadline, ``id`` and ``inquiry_type`` are the inquiry type's id and ``title``
    its name.  ``nominal`` is the date the rule gives, which differs from
    ``date`` only for a deadline moved off a non-working day.
    """

    date: dt.date
    kind: EntryKind
    id: str
    title: Text
    nominal: dt.date
    description: Text | None = None
    note: Text | None = None
    body: str | None = None
    inquiry_type: str | None = None
    moved_past: tuple[SkippedDay, ...] = ()

    def label(self, language: str) -> str:
        """Return the title as shown in *language*, deadlines with a 'Frist:' prefix."""
        title = self.title.get(language)
        if self.kind is EntryKind.INTAKE_DEADLINE:
            return f"{localised(_DEADLINE_PREFIX, language)}: {title}"
        return title

    def uid(self, partnership_id: str) -> str:
        """Return a UID that stays the same for the same entry across exports.

        It is built from the partnership, the entry's kind and id and its
        nominal date, so that a calendar that imports the file again updates
        the entry (even when a changed closed period moved it) instead of
        adding a copy.
        """
        key = f"{partnership_id}\n{self.kind.value}\n{self.id}\n{self.nominal.isoformat()}"
        return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@unikom"

    def to_dict(self, language: str) -> dict[str, Any]:
        """Return the JSON form, texts resolved in *language*."""
        return {
            "date": self.date.isoformat(),
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title.get(language),
            "label": self.label(language),
            "nominal_date": self.nominal.isoformat(),
            "inquiry_type": self.inquiry_type,
            "body": self.body,
            "description": self.description.get(language) if self.description else None,
            "note": self.note.get(language) if self.note else None,
            "moved_past": [day.to_dict() for day in self.moved_past],
        }


_V = TypeVar("_V")


def localised(table: Mapping[str, _V], language: str) -> _V:
    """Return *table*'s entry for *language*, falling back to Norwegian bokmål."""
    primary = language.split("-", 1)[0]
    for candidate in (language, primary, "nb" if primary in ("no", "nn", "se") else primary):
        if candidate in table:
            return table[candidate]
    return table["nb"]


# --------------------------------------------------------------------------- working days


@functools.lru_cache(maxsize=256)
def public_holidays(year: int) -> Mapping[dt.date, str]:
    """Return Norway's public holidays in *year*, by date, with their Norwegian names.

    The dates come from the ``holidays`` package (country ``NO``); Sundays count
    as holidays only when they are named ones such as Første påskedag.
    """
    import holidays  # deferred: it takes a tenth of a second to import

    found = holidays.country_holidays("NO", years=year, language="no")
    return MappingProxyType(dict(sorted(found.items())))


def _month_day(year: int, month_day: str) -> dt.date:
    """Return MM-DD in *year*; 29 February is the 28th in a year that has no 29th."""
    month, day = int(month_day[:2]), int(month_day[3:])
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


@attrs.frozen
class _Year:
    """One year of a working calendar, in the forms the counting needs."""

    non_working: Mapping[dt.date, SkippedDay]
    #: Ordinals of the non-working days, sorted, and the days themselves in the same order.
    non_working_ordinals: list[int]
    non_working_days: list[SkippedDay]
    #: Ordinals of the working days, sorted.
    working_ordinals: list[int]


class WorkingCalendar:
    """Which days count as working days: not weekends, public holidays or closed days.

    Build one with :func:`working_calendar`, which caches it per set of closed
    periods.  Each year's days are sorted into working and non-working days
    once, on first use; counting then needs a binary search, not a walk.
    """

    __slots__ = ("_closed", "_lock", "_years", "search_margin")

    def __init__(self, closed: Iterable[tuple[str, str, str]] = ()) -> None:
        """Take closed periods as ``(start MM-DD, end MM-DD, name)``; end < start spans New Year."""
        self._closed = tuple(closed)
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()
        #: How far a deadline can move to reach a working day, with room to spare:
        #: all closed periods back to back, plus the Easter days and a weekend.
        self.search_margin = min(
            _MAX_SEARCH, sum(self._length(s, e) for s, e, _ in self._closed) + 14
        )

    @staticmethod
    def _length(start: str, end: str) -> int:
        # Measured in a leap year, so 29 February counts wherever it can.
        first, last = _month_day(2000, start), _month_day(2000, end)
        if last < first:
            last = _month_day(2001, end)
        return (last - first).days + 1

    def _closed_days(self, year: int) -> dict[dt.date, str]:
        days: dict[dt.date, str] = {}
        for start, end, name in self._closed:
            first, last = _month_day(year, start), _month_day(year, end)
            spans = (
                [(first, last)]
                if first <= last
                else [(dt.date(year, 1, 1), last), (first, dt.date(year, 12, 31))]
            )
            for span_start, span_end in spans:
                day = span_start
                while day <= span_end:
                    days.setdefault(day, name)
                    day += _ONE_DAY
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
        holidays = public_holidays(year)
        closed = self._closed_days(year)
        non_working: dict[dt.date, SkippedDay] = {}
        working: list[int] = []
        for ordinal in range(
            dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal() + 1
        ):
            day = dt.date.fromordinal(ordinal)
            # A holiday names the day best; a weekend next; a closed period last.
            if (name := holidays.get(day)) is not None:
                non_working[day] = SkippedDay(date=day, reason=f"{name} (public holiday)")
            elif day.weekday() >= 5:
                non_working[day] = SkippedDay(date=day, reason=_WEEKDAYS[day.weekday()])
            elif (closed_name := closed.get(day)) is not None:
                non_working[day] = SkippedDay(date=day, reason=f"closed: {closed_name}")
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
        return self._year(day.year).non_working.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        """Tell whether *day* is a working day."""
        return day not in self._year(day.year).non_working

    def non_working_days(self, start: dt.date, end: dt.date) -> list[SkippedDay]:
        """Return the non-working days from *start* to *end*, both included, in order."""
        found: list[SkippedDay] = []
        for year in range(start.year, end.year + 1):
            y = self._year(year)
            first = bisect.bisect_left(y.non_working_ordinals, start.toordinal())
            last = bisect.bisect_right(y.non_working_ordinals, end.toordinal())
            found.extend(y.non_working_days[first:last])
        return found

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return *day* if it is a working day, else the first working day after it."""
        return self._move(day, _ONE_DAY, [])

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return *day* if it is a working day, else the last working day before it."""
        return self._move(day, -_ONE_DAY, [])

    def apply_policy(
        self, day: dt.date, policy: NonWorkingDayPolicy
    ) -> tuple[dt.date, tuple[SkippedDay, ...]]:
        """Move a deadline off a non-working day as *policy* says.

        Return the day it ends up on and the non-working days it moved past,
        in date order.
        """
        moved: list[SkippedDay] = []
        if policy is NonWorkingDayPolicy.NEXT:
            day = self._move(day, _ONE_DAY, moved)
        elif policy is NonWorkingDayPolicy.PREVIOUS:
            day = self._move(day, -_ONE_DAY, moved)
            moved.reverse()
        return day, tuple(moved)

    def _move(self, day: dt.date, step: dt.timedelta, skipped: list[SkippedDay]) -> dt.date:
        """Return the first working day from *day* on in *step*'s direction; note the rest."""
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
                    skipped.extend(self.non_working_days(day, found - _ONE_DAY))
                    return found
                year += 1
            else:
                index = bisect.bisect_right(working, ordinal) - 1
                if index >= 0:
                    found = dt.date.fromordinal(working[index])
                    skipped.extend(reversed(self.non_working_days(found + _ONE_DAY, day)))
                    return found
                year -= 1
        raise UnikomError(
            f"no working day near {day.isoformat()}: do the closed periods cover the whole year?"
        )

    def add_working_days(self, start: dt.date, amount: int) -> dt.date:
        """Return the *amount*-th working day after *start* (*start* itself not counted)."""
        ordinal, year, left = start.toordinal(), start.year, amount
        for _ in range(_MAX_SEARCH):
            working = self._year(year).working_ordinals
            index = bisect.bisect_right(working, ordinal)
            if left <= len(working) - index:
                return dt.date.fromordinal(working[index + left - 1])
            left -= len(working) - index
            year += 1
        raise UnikomError(f"{amount} working days after {start.isoformat()} is too far ahead")

    def deadline(
        self, start: dt.date, duration: Duration
    ) -> tuple[dt.date, tuple[SkippedDay, ...]]:
        """Count *duration* from *start* by domstolloven §§ 148–149.

        Return the last day of the limit and the days skipped on the way: for
        working days, every non-working day passed; for days, weeks, months and
        years, the non-working days the end moved past.
        """
        amount, unit = duration.amount, duration.unit
        if unit is DurationUnit.WORKING_DAYS:
            end = self.add_working_days(start, amount)
            return end, tuple(self.non_working_days(start + _ONE_DAY, end))
        if unit is DurationUnit.DAYS:
            end = start + dt.timedelta(days=amount)
        elif unit is DurationUnit.WEEKS:
            end = start + dt.timedelta(weeks=amount)
        elif unit is DurationUnit.MONTHS:
            end = add_months(start, amount)
        else:
            end = add_months(start, 12 * amount)
        skipped: list[SkippedDay] = []
        end = self._move(end, _ONE_DAY, skipped)
        return end, tuple(skipped)


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the day *months* later with the same day number, or that month's last day.

    This is domstolloven § 148's rule: 31 January + 1 month is 28 February
    (29 in a leap year); 29 February + 12 months is 28 February.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


@functools.lru_cache(maxsize=128)
def _calendar_for(closed: tuple[tuple[str, str, str], ...]) -> WorkingCalendar:
    return WorkingCalendar(closed)


_last: list[tuple[Partnership, WorkingCalendar]] = []


def working_calendar(partnership: Partnership) -> WorkingCalendar:
    """Return the partnership's working calendar (cached per set of closed periods).

    Closed periods are named in the partnership's main language.
    """
    # A request handler asks about the same partnership again and again: the
    # object itself is the cheapest cache key.
    last = _last[0] if _last else None
    if last is not None and last[0] is partnership:
        return last[1]
    found = _calendar_for(_closed_key(partnership.closed_periods, partnership.languages[0]))
    _last[:] = [(partnership, found)]
    return found


def _closed_key(
    periods: tuple[ClosedPeriod, ...], language: str
) -> tuple[tuple[str, str, str], ...]:
    return tuple((p.start, p.end, p.name.get(language)) for p in periods)


# --------------------------------------------------------------------------- answer due


def _inquiry_type(partnership: Partnership, inquiry_type: str | InquiryType) -> InquiryType:
    if isinstance(inquiry_type, InquiryType):
        return inquiry_type
    for candidate in partnership.inquiry_types:
        if candidate.id == inquiry_type:
            return candidate
    raise NotFoundError("inquiry type", inquiry_type, [it.id for it in partnership.inquiry_types])


def _is_too_far(exc: Exception) -> bool:
    """Tell whether *exc* comes from date arithmetic past year 9999 or before year 1."""
    return isinstance(exc, OverflowError) or "out of range" in str(exc)


def _too_far() -> DateRangeError:
    return DateRangeError("the dates needed lie outside the years 1–9999 that can be counted")


@contextlib.contextmanager
def _within_calendar() -> Iterator[None]:
    """Turn date arithmetic past year 9999 (or before year 1) into a clear error."""
    try:
        yield
    except (OverflowError, ValueError) as exc:
        if not _is_too_far(exc):
            raise
        raise _too_far() from exc


def _as_date(value: dt.date) -> dt.date:
    # A datetime is a date too, but would never equal the dates we look up.
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise TypeError(f"expected a date, got {value!r}")
    return value


def _union(
    first: tuple[SkippedDay, ...], second: tuple[SkippedDay, ...], calendar: WorkingCalendar
) -> tuple[SkippedDay, ...]:
    """Return the days in either list, in order.

    Each list holds every non-working day between its first and last day, so
    two lists that overlap together hold every non-working day from the
    earliest to the latest: one look-up instead of a merge.
    """
    if not second:
        return first
    if not first or first[-1].date < second[0].date:
        return first + second
    if second[-1].date < first[0].date:
        return second + first
    start = min(first[0].date, second[0].date)
    end = max(first[-1].date, second[-1].date)
    return tuple(calendar.non_working_days(start, end))


def answer_due(
    partnership: Partnership, inquiry_type: str | InquiryType, received: dt.date
) -> DueDates:
    """Return when an inquiry received on *received* must be answered.

    The answer is due ``processing_time`` after receipt; a preliminary reply
    (forvaltningsloven § 11a) is due ``preliminary_reply_after`` after receipt
    (one month unless the inquiry type says otherwise).  Both are counted by
    domstolloven §§ 148–149 on the partnership's working calendar.

    *inquiry_type* is an id of one of the partnership's inquiry types, or an
    :class:`InquiryType`.  An unknown id raises :class:`NotFoundError`,
    which is both a :class:`KeyError` and a :class:`UnikomError`.
    """
    it = _inquiry_type(partnership, inquiry_type)
    received = _as_date(received)
    calendar = working_calendar(partnership)
    due: dt.date | None = None
    due_skipped: tuple[SkippedDay, ...] = ()
    # A plain try costs nothing until it catches; this function is called a lot.
    try:
        if it.processing_time is not None:
            due, due_skipped = calendar.deadline(received, it.processing_time)
        reply_by, reply_skipped = calendar.deadline(received, it.preliminary_reply_after)
    except (OverflowError, ValueError) as exc:
        if not _is_too_far(exc):
            raise
        raise _too_far() from exc
    return DueDates(
        inquiry_type=it.id,
        received=received,
        due=due,
        preliminary_reply_by=reply_by,
        skipped=_union(due_skipped, reply_skipped, calendar),
        processing_time=it.processing_time,
        preliminary_reply_after=it.preliminary_reply_after,
        due_skipped=due_skipped,
        preliminary_reply_skipped=reply_skipped,
    )


# --------------------------------------------------------------------------- recurrence


@functools.lru_cache(maxsize=256)
def _rule(text: str, start: dt.date) -> rrule | rruleset:
    from dateutil.rrule import rrulestr  # deferred: only partnerships with rules need it

    try:
        return rrulestr(text.removeprefix("RRULE:"), dtstart=dt.datetime.combine(start, dt.time()))
    except (ValueError, TypeError) as exc:
        raise ModelError("value.rrule", f"the recurrence rule cannot be read: {exc}") from exc


@functools.lru_cache(maxsize=4096)
def _rule_dates_in_year(text: str, start: dt.date, year: int) -> tuple[dt.date, ...]:
    found = _rule(text, start).between(
        dt.datetime(year, 1, 1), dt.datetime(year, 12, 31, 23, 59, 59), inc=True
    )
    return tuple(sorted({moment.date() for moment in found}))


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
    following = _rule(text, start).after(dt.datetime(year, 12, 31, 23, 59, 59))
    return None if following is None else following.year


def _nominal_dates(
    deadline: AnnualDeadline | RecurringDeadline | OneOffDeadline, first: dt.date
) -> Iterator[dt.date]:
    if isinstance(deadline, AnnualDeadline):
        for year in range(first.year, dt.MAXYEAR + 1):
            day = _month_day(year, deadline.annual)
            if day >= first:
                yield day
    elif isinstance(deadline, RecurringDeadline):
        yield from rule_dates(deadline.rrule, deadline.starts, first)
    elif deadline.date >= first:
        yield deadline.date


# --------------------------------------------------------------------------- intake deadlines


def _numbered(dates: Iterator[dt.date], index: int) -> Iterator[tuple[dt.date, int]]:
    for day in dates:
        yield day, index


def _intake_stream(
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
    it = _inquiry_type(partnership, inquiry_type)
    if it.intake.is_rolling or count == 0:
        return []
    stream = _intake_stream(it, working_calendar(partnership), _as_date(after))
    with _within_calendar():
        return list(itertools.islice(stream, count))


# --------------------------------------------------------------------------- årshjul


def event_dates(event: AnnualEvent, start: dt.date, end: dt.date) -> list[dt.date]:
    """Return the dates of an årshjul event from *start* to *end*, both included."""
    return list(
        itertools.takewhile(lambda d: d <= end, rule_dates(event.rrule, event.starts, start))
    )


def calendar_entries(partnership: Partnership, start: dt.date, end: dt.date) -> list[CalendarEntry]:
    """Return every årshjul event and intake deadline from *start* to *end*, both included.

    Entries are sorted by date, then events before deadlines, then by id.  A
    range that ends before it starts raises :class:`DateRangeError`.
    """
    start, end = _as_date(start), _as_date(end)
    if end < start:
        raise DateRangeError(
            f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})"
        )
    with _within_calendar():
        entries = _entries(partnership, start, end)
    order = {EntryKind.EVENT: 0, EntryKind.INTAKE_DEADLINE: 1}
    entries.sort(key=lambda e: (e.date, order[e.kind], e.id))
    return entries


def _entries(partnership: Partnership, start: dt.date, end: dt.date) -> list[CalendarEntry]:
    entries: list[CalendarEntry] = []
    for event in partnership.annual_cycle:
        entries.extend(
            CalendarEntry(
                date=day,
                kind=EntryKind.EVENT,
                id=event.id,
                title=event.title,
                nominal=day,
                description=event.description,
                note=event.note,
                body=event.body,
            )
            for day in event_dates(event, start, end)
        )
    calendar = working_calendar(partnership)
    for it in partnership.inquiry_types:
        if it.intake.is_rolling:
            continue
        for deadline in _intake_stream(it, calendar, start):
            if deadline.date > end:
                break
            entries.append(
                CalendarEntry(
                    date=deadline.date,
                    kind=EntryKind.INTAKE_DEADLINE,
                    id=it.id,
                    title=it.name,
                    nominal=deadline.nominal,
                    description=it.intake.note,
                    note=deadline.note,
                    inquiry_type=it.id,
                    moved_past=deadline.moved_past,
                )
            )
    return entries


__all__ = [
    "DEFAULT_RULE_START",
    "CalendarEntry",
    "DueDates",
    "EntryKind",
    "IntakeDeadline",
    "SkippedDay",
    "WorkingCalendar",
    "add_months",
    "answer_due",
    "calendar_entries",
    "event_dates",
    "next_intake_deadlines",
    "public_holidays",
    "rule_dates",
    "working_calendar",
]
