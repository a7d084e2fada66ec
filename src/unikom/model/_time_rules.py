"""Rules for what the date commands need: closed periods, party calendars, intake times.

``validate`` refuses what ``due`` and ``calendar`` could not use: a closed
period given two ways or none, one that closes a whole year (no deadline could
ever end), a deadline counted from an årshjul event that does not exist, a
time zone the time-zone database does not know.

Like :mod:`unikom.model._rules`, these run both when a model object is built
and when a file is validated, and take the objects as ``Any``: the classes
they check import this module, so importing them here would be a cycle.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Callable, Iterator
from typing import Any

from unikom.model.calendars import UnknownCalendarError, calendar_spec
from unikom.model.diagnostics import Diagnostic

#: A place in a model object, and what turns a problem there into a diagnostic
#: (:class:`unikom.model._rules.Report`, which imports this module).
Pointer = tuple[str | int, ...]
Report = Callable[..., Diagnostic]

#: The years a closed period that recurs is checked in: enough for every
#: pattern of weekdays, ISO week 53 and the dates of Easter to show up.
_CHECKED_YEARS = range(2024, 2053)
#: A one-off closed period longer than this is surely a typo in a year.
_MAX_ONE_OFF_DAYS = 366


def closure_rules(p: Any, at: Report) -> Iterator[Diagnostic]:
    """Check each closed period's shape and reach, and the parties' calendars.

    (That the parties named exist is checked with the partnership's other references.)
    """
    for index, period in enumerate(p.closed_periods):
        where: Pointer = ("closed_periods", index)
        problem = _shape_problem(period)
        if problem is not None:
            yield at(where, "model.closure", problem, key=False)
            continue
        whole = _whole_year(period)
        if whole is not None:
            yield at(
                where,
                "model.closed-year",
                f"the closed period '{period.id}' closes all of {whole}, so no deadline "
                "could ever end; a closed period must leave working days",
            )
    for index, party in enumerate(p.parties):
        if party.calendar is not None:
            try:
                calendar_spec(party.calendar)
            except UnknownCalendarError as exc:
                yield at(("parties", index, "calendar"), "ref.calendar", exc.message)


def _shape_problem(period: Any) -> str | None:
    kinds = period.kinds_given
    if len(kinds) != 1:
        given = " and ".join(f"'{k}'" for k in kinds) if kinds else "none"
        return (
            f"give the closed period '{period.id}' its days one way: 'start' and 'end' "
            f"(MM-DD), 'weeks', 'feast' with 'days', or 'dates' (given: {given})"
        )
    if (period.start is None) != (period.end is None):
        return f"the closed period '{period.id}' needs both 'start' and 'end'"
    if (period.feast is None) != (period.days is None):
        return f"the closed period '{period.id}' needs both 'feast' and 'days'"
    if period.days is not None and period.days.last < period.days.first:
        return f"in '{period.id}', 'days' ends ({period.days.last}) before it starts"
    if period.dates is not None:
        if period.dates.end < period.dates.start:
            return f"in '{period.id}', 'dates' ends before it starts"
        if (period.dates.end - period.dates.start).days >= _MAX_ONE_OFF_DAYS:
            return f"the one-off closed period '{period.id}' is a year or longer"
    return None


def _days_in_year(year: int) -> int:
    return 366 if _calendar.isleap(year) else 365


def _whole_year(period: Any) -> int | None:
    """Return a year *period* closes from 1 January to 31 December, or None."""
    for year in _CHECKED_YEARS:
        closed = sum((last - first).days + 1 for first, last in period.spans(year))
        if closed >= _days_in_year(year):
            return year
    return None


def usable_closure(period: Any) -> bool:
    """Tell whether *period* is given one way and leaves each year some days open."""
    return _shape_problem(period) is None and _whole_year(period) is None


def fewest_open_days(periods: Any) -> int:
    """Return the fewest days of a year that *periods* (usable ones) leave open together."""
    fewest = 366
    for year in _CHECKED_YEARS:
        closed: set[int] = set()
        for period in periods:
            for first, last in period.spans(year):
                closed.update(range(first.toordinal(), last.toordinal() + 1))
        fewest = min(fewest, _days_in_year(year) - len(closed))
    return fewest


def intake_rules(it: Any, where: Pointer, at: Report) -> Iterator[Diagnostic]:
    """Check an inquiry type's intake time zone and deadlines counted from årshjul events."""
    intake: Pointer = (*where, "intake")
    if it.intake.time_zone is not None and not _zone_known(it.intake.time_zone):
        yield at(
            (*intake, "time_zone"),
            "value.time-zone",
            f"the time-zone database has no zone '{it.intake.time_zone}' for a place; "
            "write one such as 'Europe/Oslo'",
        )
    for index, deadline in enumerate(it.intake.deadlines):
        if getattr(deadline, "event", None) is None:
            continue  # only a deadline counted from an årshjul event has one
        here: Pointer = (*intake, "deadlines", index)
        if (deadline.before is None) == (deadline.after is None):
            yield at(
                here,
                "model.relative-deadline",
                f"a deadline counted from the event '{deadline.event}' needs exactly one of "
                "'before' and 'after', e.g. before: 10 working days",
                key=False,
            )


#: Names the time-zone database answers to that are not a place's zone: the
#: machine's own setting (so a deadline would differ from machine to machine),
#: a legacy default, a placeholder, and the variant copies of the whole database.
_NOT_A_PLACE = frozenset({"localtime", "posixrules", "Factory"})
_VARIANT_PREFIXES = ("posix/", "right/")


def _zone_known(name: str) -> bool:
    import zoneinfo

    if name in _NOT_A_PLACE or name.startswith(_VARIANT_PREFIXES):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


__all__ = ["closure_rules", "fewest_open_days", "intake_rules", "usable_closure"]
