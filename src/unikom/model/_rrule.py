"""Which iCalendar recurrence rules unikom accepts: the one check, for files and code alike.

The constraint of :data:`unikom.model._fields.RRuleText` asks it, so a rule built
in code is refused as a rule in a file is, with the same words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings

#: The first year a date in a file may have (the calendars cover 1900-2199).
FIRST_YEAR, LAST_YEAR = 1900, 2199

#: The RRULE parts unikom accepts: enough for yearly, quarterly, monthly and
#: weekly deadlines and meetings.  Finer rules (BYWEEKNO, BYHOUR …) and FREQ
#: below WEEKLY are refused, because python-dateutil searches such a rule day by
#: day until the year 9999 when it never occurs, which takes seconds per rule.
_ALLOWED_PARTS = {
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYMONTH",
    "BYMONTHDAY",
    "BYDAY",
    "BYSETPOS",
    "WKST",
}
_FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY")
_BY_RANGES = {
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "INTERVAL": (1, 1000),
    "COUNT": (1, 10000),
}
#: The largest BYSETPOS, and the largest ordinal in BYDAY (2TU, -1FR), per frequency.
_SET_SIZE = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7}
_ORDINAL = {"YEARLY": 53, "MONTHLY": 5, "WEEKLY": 0}
_BYDAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@functools.lru_cache(maxsize=1024)
def rrule_problem(rule: str) -> str | None:
    """Return why *rule* is not a usable RRULE, or None if it is.

    python-dateutil parses the rule, but it accepts values such as BYMONTH=13 and
    combinations that never occur (30 February, the sixth Monday of a month) and
    then searches for an occurrence until the year 9999; so the parts, their
    ranges and such combinations are checked here first.
    """
    from dateutil.rrule import rrulestr  # deferred: only files with rules pay for it

    text = rule.removeprefix("RRULE:")
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    unknown = sorted(set(parts) - _ALLOWED_PARTS)
    if unknown:
        return f"{unknown[0]} is not supported; use {', '.join(sorted(_ALLOWED_PARTS))}"
    freq = parts.get("FREQ")
    if freq not in _FREQUENCIES:
        return f"FREQ must be {', '.join(_FREQUENCIES)}, got {freq}"
    numbers: dict[str, list[int]] = {}
    for name, (low, high) in (
        *_BY_RANGES.items(),
        ("BYSETPOS", (-_SET_SIZE[freq], _SET_SIZE[freq])),
    ):
        if name not in parts:
            continue
        try:
            numbers[name] = [int(v) for v in parts[name].split(",")]
        except ValueError:
            return f"{name} takes whole numbers, got {parts[name]!r}"
        bad = [n for n in numbers[name] if not low <= n <= high or (n == 0 and low < 0)]
        if bad:
            return f"{name}={bad[0]} is outside {low}..{high} for FREQ={freq}"
    days = parts["BYDAY"].split(",") if "BYDAY" in parts else []
    for day in days:
        match = _BYDAY.fullmatch(day)
        if match is None:
            return f"BYDAY={day} is not a weekday such as MO, 2TU or -1FR"
        ordinal = int(match[1]) if match[1] else 0
        if abs(ordinal) > _ORDINAL[freq] or (match[1] and ordinal == 0):
            return f"BYDAY={day}: no {freq.lower()} period has that many {match[2]}s"
        if freq == "YEARLY" and "BYMONTH" in parts and abs(ordinal) > _ORDINAL["MONTHLY"]:
            # With BYMONTH a yearly rule counts the weekday within each month
            # (RFC 5545), and python-dateutil fails on a larger number.
            return (
                f"BYDAY={day}: no month has that many {match[2]}s "
                "(with BYMONTH the number counts within each month)"
            )
    if days and "BYMONTHDAY" not in parts and all(_BYDAY.fullmatch(d)[1] is None for d in days):  # type: ignore[index]
        # The most days a period can hold: each weekday once a week, at most five
        # times a month, at most 53 times a year.
        month_count = len(numbers.get("BYMONTH", [])) or 12
        most = {"WEEKLY": 1, "MONTHLY": 5, "YEARLY": min(53, 5 * month_count)}[freq]
        if any(abs(n) > most * len(days) for n in numbers.get("BYSETPOS", [])):
            return "BYSETPOS asks for more days than BYDAY gives in a period"
    months = numbers.get("BYMONTH")
    month_days = [d for d in numbers.get("BYMONTHDAY", []) if d > 0]
    if months and month_days and all(d > _DAYS_IN_MONTH[m - 1] for m in months for d in month_days):
        return "the rule never occurs: no month it names has the day it names"
    try:
        with warnings.catch_warnings():
            # COUNT with UNTIL: deprecated in python-dateutil, still read the same.
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = rrulestr(text, dtstart=_PROBE_START)
    except (ValueError, TypeError, IndexError) as exc:
        return f"the recurrence rule cannot be read: {exc}"
    own_until = getattr(parsed, "_until", None)
    if own_until is not None and own_until.year < FIRST_YEAR:
        return f"the rule ends (UNTIL) before {FIRST_YEAR}"
    # Whatever the rule says, it must occur within two 28-year cycles of weekdays
    # and leap years, or it never occurs (BYMONTHDAY=-30 in February, BYSETPOS=2
    # of one day).  python-dateutil searches a rule that yields nothing until the
    # year 9999, whatever UNTIL says; so the probe starts 57 years before that
    # end, and no rule can make this check slow.  Once a rule has passed it, each
    # search for its next date is bounded the same way.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        probe = parsed.replace(count=None, until=None, dtstart=_PROBE_START)  # type: ignore[union-attr]
    try:
        first = probe.after(_PROBE_START, inc=True)
    except (ValueError, IndexError) as exc:  # python-dateutil fails on some rules it reads
        return f"the recurrence rule cannot be used: {exc}"
    if first is None:
        return "the rule never occurs: no date in 57 years fits it"
    return None


#: Where a rule is probed: the last 57 years python-dateutil can count.
_PROBE_START = dt.datetime(dt.MAXYEAR - 56, 1, 1)
