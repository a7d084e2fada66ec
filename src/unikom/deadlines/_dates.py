"""Date helpers the deadline modules share: MM-DD in a year, range errors."""

from __future__ import annotations

import calendar as _calendar
import contextlib
import datetime as dt
from collections.abc import Iterator

from unikom.model._arguments import date_argument
from unikom.model.errors import DateRangeError

ONE_DAY = dt.timedelta(days=1)

#: How many days or years a search may look before it gives up (only closed
#: periods covering the whole year can make it give up).
MAX_SEARCH = 400


def month_day_in(year: int, month_day: str) -> dt.date:
    """Return MM-DD in *year*; 29 February is the 28th in a year that has no 29th."""
    month, day = int(month_day[:2]), int(month_day[3:])
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the day *months* later with the same day number, or that month's last day.

    This is domstolloven § 148's rule: 31 January + 1 month is 28 February
    (29 in a leap year); 29 February + 12 months is 28 February.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def is_too_far(exc: Exception) -> bool:
    """Tell whether *exc* comes from date arithmetic past year 9999 or before year 1."""
    return isinstance(exc, OverflowError) or "out of range" in str(exc)


def too_far() -> DateRangeError:
    """Return the error for dates outside the years that can be counted."""
    return DateRangeError("the dates needed lie outside the years 1–9999 that can be counted")


@contextlib.contextmanager
def within_calendar() -> Iterator[None]:
    """Turn date arithmetic past year 9999 (or before year 1) into a clear error."""
    try:
        yield
    except (OverflowError, ValueError) as exc:
        if not is_too_far(exc):
            raise
        raise too_far() from exc


def as_date(value: dt.date, name: str) -> dt.date:
    """Return the argument *name*'s *value* as a plain date of the years 1900–2199.

    A datetime would never equal the dates looked up, so it is read as its
    date; anything else raises :class:`ArgumentError` or :class:`DateRangeError`.
    """
    return date_argument(value, name)
