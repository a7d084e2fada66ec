"""Checks of the arguments public functions are given, so that a wrong one fails clearly.

A function that takes a date, a language tag or a count checks it here first, and
raises :class:`ArgumentError` (a wrong type or value, naming the argument) or
:class:`DateRangeError` (a date outside the years 1900–2199 a file's dates may
have), rather than a ``TypeError`` or ``AttributeError`` from deep inside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from unikom.model._fields import FIRST_YEAR, LAST_YEAR, language_tags
from unikom.model.errors import ArgumentError, DateRangeError, ModelError
from unikom.model.schedule import DEFAULT_TIME_ZONE


def _show(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else f"{shown[:60]}…"


def date_argument(value: Any, name: str) -> dt.date:
    """Return *value* as a plain date of the years 1900–2199, or raise naming the argument *name*.

    A naive datetime is read as its own date; an aware one as its date in
    Norway (23:30 UTC on 4 May is 5 May in Oslo), the day a partnership's
    office sees on its calendar.
    """
    return year_range(plain_date(value, name), name)


def plain_date(value: Any, name: str) -> dt.date:
    """Return *value* as a plain date (any year), read as :func:`date_argument` reads it."""
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value
        if moment.tzinfo is not None and moment.utcoffset() is not None:
            import zoneinfo  # deferred: only an aware datetime needs it

            moment = moment.astimezone(zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))
        return moment.date()
    if not isinstance(value, dt.date):
        raise ArgumentError(name, f"expected a date (datetime.date), got {_show(value)}")
    return value


def year_range(value: dt.date, name: str) -> dt.date:
    """Return *value*, or raise :class:`DateRangeError` outside the years 1900–2199."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise DateRangeError(
            f"{name}: {value.isoformat()} lies outside the years {FIRST_YEAR}–{LAST_YEAR}"
        )
    return value


def optional_date(value: Any, name: str) -> dt.date | None:
    """Return None for None, else :func:`date_argument`."""
    return None if value is None else date_argument(value, name)


def year_argument(value: Any, name: str) -> int:
    """Return *value* as a year 1900–2199, or raise naming the argument."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ArgumentError(name, f"expected a year (a whole number), got {_show(value)}")
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise DateRangeError(f"{name}: {value} lies outside the years {FIRST_YEAR}–{LAST_YEAR}")
    return value


def count_argument(value: Any, name: str) -> int:
    """Return *value* as a whole number of 0 or more, or raise naming the argument."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ArgumentError(name, f"expected a whole number, got {_show(value)}")
    if value < 0:
        raise ArgumentError(name, f"must be 0 or more, got {value}")
    return value


def language_argument(value: Any, name: str = "language") -> str:
    """Return *value* if it is a language tag as texts are written (``nb``, ``en-GB``).

    unikom's own words are in nb, nn and en; another tag gets them by the
    fallback rule of :meth:`Text.get` (a Sami partnership's ``se``: bokmål).
    ``EN``, ``""`` or ``None`` are refused, as no text has such a language.
    """
    if not isinstance(value, str):
        raise ArgumentError(name, f"expected a language tag such as 'nb', got {_show(value)}")
    try:
        [tag] = language_tags([value])
    except ModelError as exc:
        raise ArgumentError(name, exc.message) from None
    if tag != value:
        raise ArgumentError(name, f"{_show(value)} has space around it; write {tag!r}")
    return value


def choice_argument(value: Any, name: str, choices: Collection[str]) -> str:
    """Return *value* if it is one of *choices*, or raise naming the argument."""
    if not isinstance(value, str) or value not in choices:
        raise ArgumentError(
            name, f"expected one of {', '.join(sorted(choices))}, got {_show(value)}"
        )
    return value


def instance_argument(value: Any, name: str, kind: type) -> None:
    """Raise naming the argument unless *value* is a *kind*."""
    if not isinstance(value, kind):
        raise ArgumentError(name, f"expected a {kind.__name__}, got {_show(value)}")
