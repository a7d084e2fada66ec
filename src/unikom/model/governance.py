"""Governance: bodies, the annual cycle (årshjul), closed periods and key figures."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from typing import Any, assert_never

import attrs

from unikom.model._fields import MonthDay, RRuleText, Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = [
    "AnnualEvent",
    "ClosedPeriod",
    "DateSpan",
    "DayRange",
    "Feast",
    "GovernanceBody",
    "KeyFigure",
    "WeekRange",
    "feast_date",
    "month_day_in",
]


@validated
@attrs.frozen(kw_only=True)
class GovernanceBody:
    """A body that steers or runs the partnership: steering group, project leaders …"""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("The body's name."))
    description: Text | None = attrs.field(default=None, metadata=doc("Its mandate and members."))
    parties: tuple[Slug, ...] = attrs.field(
        default=(), metadata=doc("Ids of the parties represented.")
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class AnnualEvent:
    """An event in the årshjul: a meeting, a plan or budget deadline, a report."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("What happens."))
    description: Text | None = attrs.field(default=None, metadata=doc("More about it."))
    rrule: RRuleText = attrs.field(
        metadata=doc(
            "When it recurs, an iCalendar RRULE, e.g. 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15'."
        ),
    )
    starts: dt.date | None = attrs.field(
        default=None, metadata=doc("First occurrence on or after.")
    )
    body: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the governance body responsible."),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("E.g. that dates are illustrative."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


class Feast(enum.Enum):
    """A movable feast a closed period can be counted from (standard 1.1)."""

    EASTER = "easter"
    ASCENSION = "ascension"
    PENTECOST = "pentecost"


def feast_date(feast: Feast, year: int) -> dt.date:
    """Return the day of *feast* in *year*: Easter Sunday, Ascension Day or Whit Sunday."""
    from dateutil.easter import easter  # Western (Gregorian) Easter, as Norway keeps it

    sunday = easter(year)
    match feast:
        case Feast.EASTER:
            return sunday
        case Feast.ASCENSION:
            return sunday + dt.timedelta(days=39)
        case Feast.PENTECOST:
            return sunday + dt.timedelta(days=49)
        case _:
            assert_never(feast)


def month_day_in(year: int, month_day: str) -> dt.date:
    """Return MM-DD in *year*; 29 February is the 28th in a year that has no 29th."""
    month, day = int(month_day[:2]), int(month_day[3:])
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _iso_day(year: int, week: int, weekday: int) -> dt.date | None:
    """Return the day of an ISO week, or None when the year has no such week (or day)."""
    try:
        day = dt.date.fromisocalendar(year, week, weekday)
    except ValueError:
        return None
    return day


@validated
@attrs.frozen(kw_only=True)
class WeekRange:
    """ISO weeks, both included; first after last means the range spans New Year."""

    first: int = attrs.field(metadata=doc("First ISO week, 1–53.", minimum=1, maximum=53))
    last: int = attrs.field(metadata=doc("Last ISO week, 1–53.", minimum=1, maximum=53))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class DayRange:
    """Days counted from a feast, both included: -6 is the Monday before Easter Sunday."""

    first: int = attrs.field(
        metadata=doc(
            "First day, in days after the feast (negative: before).", minimum=-100, maximum=100
        )
    )
    last: int = attrs.field(
        metadata=doc(
            "Last day, in days after the feast (negative: before).", minimum=-100, maximum=100
        )
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class DateSpan:
    """Dates of one year only, both included."""

    start: dt.date = attrs.field(metadata=doc("First day, YYYY-MM-DD."))
    end: dt.date = attrs.field(metadata=doc("Last day, YYYY-MM-DD."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class ClosedPeriod:
    """Days when the partnership does not count working days (July, Christmas, Holy Week).

    Give exactly one of: ``start`` and ``end`` (MM-DD, every year), ``weeks``
    (ISO weeks, every year), ``feast`` with ``days`` (days counted from Easter,
    Ascension Day or Whit Sunday, every year) or ``dates`` (one year only).
    """

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("E.g. 'Fellesferie'."))
    start: MonthDay | None = attrs.field(
        default=None, metadata=doc("First day, MM-DD.", optional_since="1.1")
    )
    end: MonthDay | None = attrs.field(
        default=None,
        metadata=doc(
            "Last day, MM-DD; before start means the period spans New Year.",
            optional_since="1.1",
        ),
    )
    weeks: WeekRange | None = attrs.field(
        default=None,
        metadata=doc(
            "ISO weeks every year, e.g. {first: 28, last: 30} for fellesferie.", since="1.1"
        ),
    )
    feast: Feast | None = attrs.field(
        default=None,
        metadata=doc("easter, ascension or pentecost: the feast 'days' count from.", since="1.1"),
    )
    days: DayRange | None = attrs.field(
        default=None,
        metadata=doc(
            "Days from the feast, e.g. {first: -6, last: -4} for Monday–Wednesday of "
            "Holy Week, {first: 1, last: 1} for the Friday after Ascension Day.",
            since="1.1",
        ),
    )
    dates: DateSpan | None = attrs.field(
        default=None,
        metadata=doc("One year's dates only, e.g. a move to new offices.", since="1.1"),
    )
    parties: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the parties the period closes; left out, it closes the whole partnership.",
            since="1.1",
            uniqueItems=True,
            minItems=1,
        ),
    )
    note: Text | None = attrs.field(
        default=None, metadata=doc("E.g. that the period is illustrative.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    @property
    def kinds_given(self) -> tuple[str, ...]:
        """Return how the period's days are given: 'start/end', 'weeks', 'feast/days', 'dates'."""
        found = []
        if self.start is not None or self.end is not None:
            found.append("start/end")
        if self.weeks is not None:
            found.append("weeks")
        if self.feast is not None or self.days is not None:
            found.append("feast/days")
        if self.dates is not None:
            found.append("dates")
        return tuple(found)

    def spans(self, year: int) -> tuple[tuple[dt.date, dt.date], ...]:
        """Return the period's days in *year* as (first, last) spans, both included, in order.

        A period that spans New Year gives two spans, one at each end of the
        year; a one-off period outside *year*, or a week 53 the year does not
        have, gives none.
        """
        first_day, last_day = dt.date(year, 1, 1), dt.date(year, 12, 31)
        found: list[tuple[dt.date, dt.date]] = []
        for start, end in self._raw_spans(year):
            start, end = max(start, first_day), min(end, last_day)
            if start <= end:
                found.append((start, end))
        return tuple(sorted(found))

    def _raw_spans(self, year: int) -> list[tuple[dt.date, dt.date]]:
        # Each kind gives spans that may reach into the years next to *year*;
        # spans() cuts them to the year.
        if self.start is not None and self.end is not None:
            first, last = month_day_in(year, self.start), month_day_in(year, self.end)
            if first <= last:
                return [(first, last)]
            return [(dt.date(year - 1, 12, 31), last), (first, dt.date(year + 1, 1, 1))]
        if self.weeks is not None:
            found = []
            for iso_year in (year - 1, year):
                start = _iso_day(iso_year, self.weeks.first, 1)
                end_year = iso_year if self.weeks.first <= self.weeks.last else iso_year + 1
                end = _iso_day(end_year, self.weeks.last, 7)
                if start is not None and end is not None:
                    found.append((start, end))
            return found
        if self.feast is not None and self.days is not None:
            found = []
            for feast_year in (year - 1, year, year + 1):
                if not 1 <= feast_year <= 9999:
                    continue
                day = feast_date(self.feast, feast_year)
                try:
                    found.append(
                        (
                            day + dt.timedelta(days=self.days.first),
                            day + dt.timedelta(days=self.days.last),
                        )
                    )
                except OverflowError:
                    continue
            return found
        if self.dates is not None:
            return [(self.dates.start, self.dates.end)]
        return []

    def closes(self, party: str | None) -> bool:
        """Tell whether the period closes *party* (None: the partnership as a whole)."""
        return not self.parties or (party is not None and party in self.parties)


@validated
@attrs.frozen(kw_only=True)
class KeyFigure:
    """A dated figure from a public source, e.g. 96 research collaborations."""

    label: Text = attrs.field(metadata=doc("What is counted."))
    value: int = attrs.field(metadata=doc("The figure.", minimum=0))
    as_of: dt.date = attrs.field(metadata=doc("The date the figure is for."))
    source_name: Text | None = attrs.field(
        default=None, metadata=doc("Where the figure was published, in words.")
    )
    source: Url | None = attrs.field(
        default=None,
        metadata=doc("Where it was published."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
