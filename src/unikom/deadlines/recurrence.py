"""Recurrence rules in words: «andre tirsdag i mars og oktober hvert år», not the RRULE.

:func:`describe_deadline` words an intake deadline of any kind the same way
for every output (the page, ``network``), rules by :func:`describe_rrule`.

:func:`describe_rrule` words every rule that :func:`unikom.model._rrule.rrule_problem`
accepts, in nb, nn and en.  The words come from the word table
(:mod:`unikom.model.words`, keys ``rrule.…``); weekday and month names, dates,
numbers and lists from Babel.

The description says what the dates are, as python-dateutil computes them
(RFC 5545): a part the rule leaves out is taken from the day the rule is
counted from (``FREQ=YEARLY`` alone recurs on that day's date), an ordinal in
BYDAY counts within the month when the rule is monthly or names its months,
and within the year otherwise; BYSETPOS picks among the days each period (year,
month or week) gives.  WKST is worded only where it changes the dates: a weekly
rule that skips weeks or picks among a week's days.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, assert_never

import attrs

from unikom.deadlines.intake import DEFAULT_RULE_START
from unikom.deadlines.units import describe
from unikom.model import words
from unikom.model._arguments import language_argument, optional_date
from unikom.model.errors import ArgumentError, ModelError
from unikom.model.schedule import (
    AnnualDeadline,
    Deadline,
    OneOffDeadline,
    RecurringDeadline,
    RelativeDeadline,
)
from unikom.model.text import Text

if TYPE_CHECKING:
    from unikom.model.partnership import Partnership

__all__ = ["describe_deadline", "describe_rrule", "event_title", "relative_key"]

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Frequency(enum.Enum):
    """The periods a rule recurs in: the FREQ values unikom accepts."""

    YEARLY = "YEARLY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"


@attrs.frozen(kw_only=True)
class _NthWeekday:
    """A BYDAY entry: a weekday (0 is Monday) and its ordinal, or None for every such day."""

    ordinal: int | None
    day: int


@attrs.frozen(kw_only=True)
class _Rule:
    """An accepted rule's parts, with what it leaves out filled in from its start."""

    frequency: _Frequency
    interval: int
    count: int | None
    until: dt.date | None
    months: tuple[int, ...]
    month_days: tuple[int, ...]
    weekdays: tuple[_NthWeekday, ...]
    positions: tuple[int, ...]
    week_start: int


def describe_rrule(rule: str, language: str, *, starts: dt.date | None = None) -> str:
    """Return the RRULE *rule* in words in *language* (nb, nn, en; others by the fallback rule).

    *starts* is the day the rule is counted from, as in a file's ``starts``,
    and the words end with it ('…, fra 1. januar 2022').  Without it the rule
    is counted from :data:`~unikom.deadlines.DEFAULT_RULE_START`, as the date
    commands count, and a rule that depends on that day (INTERVAL, COUNT) says
    so ('regnet fra 1. januar 2001').  Raises :class:`~unikom.model.errors.ModelError` for a rule
    unikom does not accept, and :class:`~unikom.model.errors.ArgumentError` for a
    *language* that is no language tag (``EN``, ``""``) or an argument of the wrong type.

    >>> describe_rrule("FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU", "nb")
    'andre tirsdag i mars og oktober hvert år'
    >>> describe_rrule("FREQ=MONTHLY;BYDAY=-1FR", "en")
    'the last Friday of every month'
    """
    if not isinstance(rule, str):
        raise ArgumentError("rule", f"expected RRULE text, got {rule!r}")
    language = language_argument(language)
    starts = optional_date(starts, "starts")
    parsed = _parse(rule, starts or DEFAULT_RULE_START)
    parts = [_Words(parsed, language).core()]
    if _skips_periods(rule, parsed, starts or DEFAULT_RULE_START):
        # «femte fredag i hver måned», «den 31. i hver måned»: RFC 5545 skips a
        # month with no such day, so the words must not promise every month.
        parts[0] = words.word("rrule.where_there_is_one", language, what=parts[0])
    weekly = parsed.frequency is _Frequency.WEEKLY
    if weekly and parsed.week_start != 0 and (parsed.interval > 1 or parsed.positions):
        day = words.weekday_names(language)[parsed.week_start]
        parts.append(words.word("rrule.week_starts", language, day=day))
    if parsed.count == 1:  # 'once', not '1 time'
        parts.append(words.word("rrule.once", language))
    elif parsed.count is not None:
        parts.append(words.counted("rrule.times", parsed.count, language))
    if starts is not None:
        parts.append(words.word("rrule.from", language, date=words.date(starts, language)))
    elif parsed.interval > 1 or parsed.count is not None:
        first = words.date(DEFAULT_RULE_START, language)
        parts.append(words.word("rrule.counted_from", language, date=first))
    if parsed.until is not None:
        parts.append(words.word("rrule.until", language, date=words.date(parsed.until, language)))
    return ", ".join(parts)


def describe_deadline(deadline: Deadline, partnership: Partnership, language: str) -> str:
    """Return an intake deadline of *partnership* in words, in *language*.

    '1. mars hvert år', '15. januar 2027', a rule as :func:`describe_rrule`
    words it, or '10 virkedager før Styringsgruppemøte' (the årshjul event's
    title; its id when the partnership has no such event).
    """
    match deadline:
        case AnnualDeadline():
            month, day = (int(part) for part in deadline.annual.split("-"))
            every = words.word("rrule.every.yearly.1", language)
            return f"{words.month_day(month, day, language)} {every}"
        case OneOffDeadline():
            return words.date(deadline.date, language)
        case RecurringDeadline():
            return describe_rrule(deadline.rrule, language, starts=deadline.starts)
        case RelativeDeadline():
            offset = deadline.offset
            return words.word(
                relative_key(deadline),
                language,
                duration=describe(offset, language) if offset else "",
                event=event_title(partnership, deadline.event).get(language),
            )
        case _:
            assert_never(deadline)


def relative_key(deadline: RelativeDeadline) -> str:
    """Return the word-table key of a relative deadline: before or after its event."""
    return "relative.before" if deadline.before is not None else "relative.after"


def event_title(partnership: Partnership, event_id: str) -> Text:
    """Return the title of *partnership*'s årshjul event *event_id*, or the id as plain text.

    Every output that words a relative deadline names its event by this one
    rule; each then shows the title in its own way (a Markdown or HTML page
    marks one shown in another language with its ``lang``).
    """
    for event in partnership.annual_cycle:
        if event.id == event_id:
            return event.title
    return Text.plain(event_id)


def _parse(rule: str, start: dt.date) -> _Rule:
    from unikom.model._rrule import rrule_problem

    problem = rrule_problem(rule)
    if problem is not None:
        raise ModelError("value.rrule", problem)
    text = rule.removeprefix("RRULE:")
    # The same reading as rrule_problem's: the last of a repeated part counts.
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)

    def numbers(name: str) -> tuple[int, ...]:
        return tuple(sorted({int(v) for v in parts[name].split(",")})) if name in parts else ()

    weekdays = []
    for entry in sorted(set(parts["BYDAY"].split(","))) if "BYDAY" in parts else ():
        ordinal = entry[:-2]
        weekdays.append(
            _NthWeekday(ordinal=int(ordinal) if ordinal else None, day=_WEEKDAYS.index(entry[-2:]))
        )
    if any(w.ordinal is None for w in weekdays) and any(w.ordinal for w in weekdays):
        # python-dateutil keeps a day only when both kinds of entry allow it:
        # BYDAY=TU,WE,2TU,1FR is the second Tuesday, and no Friday.
        plain = {w.day for w in weekdays if w.ordinal is None}
        weekdays = [w for w in weekdays if w.ordinal is not None and w.day in plain]
    frequency = _Frequency(parts["FREQ"])
    months, month_days = numbers("BYMONTH"), numbers("BYMONTHDAY")
    # What python-dateutil (and RFC 5545) take from the start when a rule names no day.
    if not month_days and not weekdays:
        match frequency:
            case _Frequency.YEARLY:
                months = months or (start.month,)
                month_days = (start.day,)
            case _Frequency.MONTHLY:
                month_days = (start.day,)
            case _Frequency.WEEKLY:
                weekdays = [_NthWeekday(ordinal=None, day=start.weekday())]
            case _:
                assert_never(frequency)
    return _Rule(
        frequency=frequency,
        interval=int(parts.get("INTERVAL", "1")),
        count=int(parts["COUNT"]) if "COUNT" in parts else None,
        until=_until(text) if "UNTIL" in parts else None,
        months=months,
        # Days from the start first, then days from the end: 1., 15., siste.
        month_days=tuple(sorted(month_days, key=lambda d: (d < 0, d if d > 0 else -d))),
        weekdays=tuple(sorted(weekdays, key=lambda w: (w.day, _ordinal_order(w.ordinal)))),
        positions=tuple(sorted(numbers("BYSETPOS"), key=_ordinal_order)),
        week_start=_WEEKDAYS.index(parts.get("WKST", "MO")),
    )


#: Years over which a rule is tried: 28 years repeat both weekdays and leap years.
_CYCLE_YEARS = 28


def _skips_periods(rule: str, parsed: _Rule, start: dt.date) -> bool:
    """Return whether *rule* gives no day in some month or year its words say it recurs in.

    Only monthly and yearly rules whose words promise a day each period are
    asked: a rule that already says when it applies ('…, når det er fredag',
    BYSETPOS) or a yearly rule worded by its dates (29 February says it) is not.
    The period the rule starts in is left out, since it may begin after its day.
    """
    if parsed.frequency is _Frequency.WEEKLY or parsed.positions:
        return False
    if parsed.month_days and parsed.weekdays:
        return False
    if parsed.frequency is _Frequency.YEARLY and parsed.months and not parsed.weekdays:
        return False  # worded by its dates, where 29 February says it
    return _skips(rule.removeprefix("RRULE:"), parsed, start)


@functools.lru_cache(maxsize=256)
def _skips(text: str, parsed: _Rule, start: dt.date) -> bool:
    from dateutil.rrule import rrulestr

    parts = [part for part in text.split(";") if part.split("=", 1)[0] not in {"COUNT", "UNTIL"}]
    first = dt.datetime(start.year, start.month, start.day)
    last = first.replace(year=start.year + _CYCLE_YEARS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        found = rrulestr(";".join(parts), dtstart=first).between(first, last, inc=True)
    by_month = parsed.frequency is _Frequency.MONTHLY or bool(parsed.months)
    seen = {(day.year, day.month if by_month else 0) for day in found}
    monthly = parsed.frequency is _Frequency.MONTHLY
    for offset in range(1, _CYCLE_YEARS * (12 if by_month else 1)):
        years, month = divmod(start.month - 1 + offset, 12) if by_month else (offset, -1)
        period = (start.year + years, month + 1 if by_month else 0)
        # The periods the rule recurs in: every INTERVAL-th month or year.
        if (offset if monthly else years) % parsed.interval:
            continue
        if parsed.months and period[1] not in parsed.months:
            continue
        if period not in seen:
            return True
    return False


def _ordinal_order(ordinal: int | None) -> tuple[int, int]:
    """Order ordinals as people list them: first, second, …, then second-to-last, last."""
    if ordinal is None:
        return (0, 0)
    return (1, ordinal) if ordinal > 0 else (2, ordinal)


def _until(text: str) -> dt.date:
    """Return the last day of a rule's UNTIL, read as python-dateutil reads it."""
    from dateutil.rrule import rrulestr

    with warnings.catch_warnings():
        # COUNT with UNTIL is deprecated in python-dateutil, and rrule_problem allows it.
        warnings.simplefilter("ignore", DeprecationWarning)
        until = getattr(rrulestr(text, dtstart=dt.datetime(2000, 1, 1)), "_until", None)
    if not isinstance(until, dt.datetime):  # pragma: no cover - rrule_problem read it
        raise ModelError("value.rrule", f"UNTIL cannot be read in {text!r}")
    return until.date()


class _Words:
    """One rule worded in one language."""

    def __init__(self, rule: _Rule, language: str) -> None:
        self.rule = rule
        self.language = language

    def w(self, key: str, **values: str) -> str:
        return words.word(key, self.language, **values)

    def join(self, items: Iterable[str], *, style: Literal["and", "or"] = "and") -> str:
        return words.join(items, self.language, style=style)

    # -- the parts ---------------------------------------------------------------

    def number(self, value: int) -> str:
        return words.number(value, self.language)

    def nth(self, ordinal: int) -> str:
        """Return an ordinal: 'andre', '20.', 'siste', 'nest siste'; 'second', '20th', 'last'."""
        if ordinal < 0:
            if ordinal >= -2:
                return self.w(f"rrule.last.{-ordinal}")
            return self.w("rrule.last.n", nth=self.nth(-ordinal))
        if ordinal <= 5:
            return self.w(f"rrule.nth.{ordinal}")
        return self.digits(ordinal)

    def digits(self, value: int) -> str:
        """Return an ordinal in digits: '15.' or '15th'."""
        category = words.ordinal_category(value, self.language)
        key, known = f"rrule.digits.{category}", words.keys()
        if key not in known:  # a category none of unikom's languages has
            key = "rrule.digits.other"
        return self.w(key, n=self.number(value))

    def every(self, frequency: _Frequency, interval: int) -> str:
        """Return 'hvert år', 'annenhver måned', 'hver tredje uke'."""
        period = frequency.value.lower()
        if interval <= 2:
            return self.w(f"rrule.every.{period}.{interval}")
        return self.w(f"rrule.every.{period}.n", nth=self.nth(interval))

    def runs(self, values: Sequence[int], names: Sequence[str] | Mapping[int, str]) -> list[str]:
        """Return names of values in order, three or more in a row as a range: 'mandag–fredag'."""
        out: list[str] = []
        start = 0
        while start < len(values):
            end = start
            while end + 1 < len(values) and values[end + 1] == values[end] + 1:
                end += 1
            if end - start >= 2:
                out.append(f"{names[values[start]]}–{names[values[end]]}")
            else:
                out.extend(names[values[i]] for i in range(start, end + 1))
            start = end + 1
        return out

    def months(self) -> str:
        """Return the rule's months: 'mars og oktober', 'januar–juni'."""
        names = ("", *words.month_names(self.language))
        return self.join(self.runs(self.rule.months, names))

    def plain_days(self, days: Sequence[int], *, style: Literal["and", "or"] = "and") -> str:
        """Return weekdays: 'mandag og onsdag', 'mandag–fredag'."""
        return self.join(self.runs(days, words.weekday_names(self.language)), style=style)

    def nth_days(self, weekdays: Sequence[_NthWeekday]) -> str:
        """Return weekdays with ordinals: 'første og tredje mandag og siste fredag'."""
        names = words.weekday_names(self.language)
        items = []
        for day in sorted({w.day for w in weekdays}):
            ordinals = [self.nth(w.ordinal) for w in weekdays if w.day == day and w.ordinal]
            items.append(self.w("rrule.nth_weekday", nth=self.join(ordinals), day=names[day]))
        return self.join(items)

    def month_days(self) -> str:
        """Return days of the month: 'den 1. og 15.', 'den siste dagen'; 'the 1st and last day'."""
        return self.w("rrule.the", what=self.join(self._month_day_items()))

    # -- the whole -----------------------------------------------------------------

    def core(self) -> str:
        """Return which days the rule gives, without COUNT, UNTIL and WKST."""
        rule = self.rule
        plain = [w.day for w in rule.weekdays if w.ordinal is None]
        nth = [w for w in rule.weekdays if w.ordinal is not None]
        positions = rule.positions
        # The periods whose days BYDAY's numbers count: each month, or the year.
        one_set = rule.frequency is _Frequency.MONTHLY or (
            rule.frequency is _Frequency.YEARLY and len(rule.months) <= 1
        )
        if positions and not rule.month_days and len(plain) == 1 and not nth and one_set:
            # The nth of a month's Fridays is the nth Friday: say it so.
            nth = [_NthWeekday(ordinal=p, day=plain[0]) for p in positions]
            plain, positions = [], ()
        if positions and self._one_per_period(plain, nth):
            # A period gives one day at most, and the rule is accepted, so it is picked.
            positions = ()
        if positions:
            return self._positions(plain, nth, positions)
        match rule.frequency:
            case _Frequency.WEEKLY:
                return self._weekly(plain)
            case _Frequency.MONTHLY | _Frequency.YEARLY:
                return self._monthly_or_yearly(plain, nth)
            case _:
                assert_never(rule.frequency)

    def _one_per_period(self, plain: Sequence[int], nth: Sequence[_NthWeekday]) -> bool:
        rule = self.rule
        match rule.frequency:
            case _Frequency.WEEKLY:
                return len(plain) <= 1 and not nth and not rule.month_days
            case _Frequency.MONTHLY | _Frequency.YEARLY:
                if plain or len(rule.month_days) + len(nth) != 1:
                    return False
                if rule.frequency is _Frequency.MONTHLY or len(rule.months) == 1:
                    return True
                # A yearly rule without months: a numbered weekday counts in the
                # year (one day), a day of the month comes twelve times.
                return not rule.months and bool(nth)
            case _:
                assert_never(rule.frequency)

    def _weekly(self, plain: Sequence[int]) -> str:
        rule = self.rule
        every = self.every(_Frequency.WEEKLY, rule.interval)
        text = self.w("rrule.weekly", every=every, days=self.plain_days(plain)) if plain else every
        if rule.month_days:
            items = self._month_day_items()
            text += ", " + self.w("rrule.when_day", days=self.join(items, style="or"))
        if rule.months:
            text += ", " + self.w("rrule.only_in", months=self.months())
        return text

    def _month_day_items(self) -> list[str]:
        """Return the days of the month, three in a row or more as a range: '8.–14.'."""
        counted = [day for day in self.rule.month_days if day > 0]
        names = {day: self.digits(day) for day in counted}
        return [
            *self.runs(counted, names),
            *(
                self.w("rrule.last_day", nth=self.nth(day))
                for day in self.rule.month_days
                if day < 0
            ),
        ]

    def _monthly_or_yearly(self, plain: Sequence[int], nth: Sequence[_NthWeekday]) -> str:
        rule = self.rule
        yearly = rule.frequency is _Frequency.YEARLY
        if yearly and rule.months and rule.month_days and not rule.weekdays:
            dates = self._dates()
            if dates:
                return f"{dates} {self.every(_Frequency.YEARLY, rule.interval)}"
        # What each month (or the year) gives, and the words for where it counts.
        if rule.month_days:
            what = self.month_days()
            in_months = True
        elif nth:
            what = self.nth_days(nth)
            if plain:
                what = self.join([self.w("rrule.every_weekday", days=self.plain_days(plain)), what])
            in_months = not yearly or bool(rule.months)
        else:
            what = self.w("rrule.every_weekday", days=self.plain_days(plain))
            in_months = True
        text = self._scoped(what, in_months=in_months, of=bool(rule.month_days or nth))
        if rule.month_days and rule.weekdays:
            text += ", " + self._when(plain, nth, in_months=not yearly or bool(rule.months))
        return text

    def _dates(self) -> str:
        """Return a yearly rule's few dates as Babel writes them: '1. mars og 1. oktober'."""
        rule = self.rule
        if len(rule.months) * len(rule.month_days) > 4 or min(rule.month_days) < 0:
            return ""
        dates = []
        for month in rule.months:
            for day in rule.month_days:
                if day > _DAYS_IN_MONTH[month - 1]:
                    continue
                date = words.month_day(month, day, self.language)
                # 29 February comes only in leap years; python-dateutil skips the others.
                leap = (month, day) == (2, 29)
                dates.append(self.w("rrule.leap_years", date=date) if leap else date)
        return self.join(dates)

    def _scoped(self, what: str, *, in_months: bool, of: bool) -> str:
        """Place *what* in its months or year, with the interval: '… i hver måned'."""
        rule = self.rule
        template = "rrule.of" if of else "rrule.in"
        yearly = rule.frequency is _Frequency.YEARLY
        every_year = self.every(_Frequency.YEARLY, rule.interval)
        if rule.months:
            months = self.months()
            if yearly or rule.interval == 1:
                text = self.w(template, what=what, scope=months)
                # 'hver tirsdag i mars' needs no 'hvert år'; 'andre tirsdag i mars' does.
                if yearly and (of or rule.interval > 1):
                    text += f" {every_year}" if of else f", {every_year}"
                elif not yearly and of:
                    text += f" {self.every(_Frequency.YEARLY, 1)}"
                return text
            every = self.every(_Frequency.MONTHLY, rule.interval)
            text = self.w(template, what=what, scope=every)
            return f"{text}, {self.w('rrule.only_in', months=months)}"
        if yearly and not in_months:
            return self.w(template, what=what, scope=every_year)
        if yearly:
            if not of:  # every Monday, every year
                return what if rule.interval == 1 else self.w(template, what=what, scope=every_year)
            text = self.w(template, what=what, scope=self.every(_Frequency.MONTHLY, 1))
            return text if rule.interval == 1 else f"{text}, {every_year}"
        if not of and rule.interval == 1:
            return what
        return self.w(template, what=what, scope=self.every(_Frequency.MONTHLY, rule.interval))

    def _when(self, plain: Sequence[int], nth: Sequence[_NthWeekday], *, in_months: bool) -> str:
        """Return the weekday a day of the month must also be: 'når det er fredag'."""
        if nth:
            days = [self.nth_days(nth)]
            if plain:
                days.insert(0, self.plain_days(plain, style="or"))
            scope = self.w("rrule.the_month" if in_months else "rrule.the_year")
            return self.w("rrule.when_nth", days=self.join(days, style="or"), scope=scope)
        return self.w("rrule.when", days=self.plain_days(plain, style="or"))

    def _positions(
        self, plain: Sequence[int], nth: Sequence[_NthWeekday], positions: Sequence[int]
    ) -> str:
        """Return a BYSETPOS rule: 'den siste av dagene mandag–fredag i hver måned'."""
        rule = self.rule
        chosen = self.w("rrule.the", what=self.join(self.nth(p) for p in positions))
        if rule.month_days:
            what = self.month_days()
            if rule.frequency is _Frequency.YEARLY and not rule.months:
                what = self.w("rrule.of", what=what, scope=self.every(_Frequency.MONTHLY, 1))
            if rule.weekdays:
                in_months = rule.frequency is not _Frequency.YEARLY or bool(rule.months)
                what += " " + self._when(plain, nth, in_months=in_months)
        elif nth:
            what = self.nth_days(nth)
            if plain:
                what = self.join([self.w("rrule.setpos_days", days=self.plain_days(plain)), what])
        else:
            what = self.w("rrule.setpos_days", days=self.plain_days(plain))
        match rule.frequency:
            case _Frequency.WEEKLY:
                scope = self.every(_Frequency.WEEKLY, rule.interval)
                text = self.w("rrule.setpos", positions=chosen, what=what, scope=scope)
                if rule.months:
                    text += ", " + self.w("rrule.only_in", months=self.months())
                return text
            case _Frequency.MONTHLY:
                if rule.months and rule.interval == 1:
                    scope = self.months()
                    text = self.w("rrule.setpos", positions=chosen, what=what, scope=scope)
                    return f"{text} {self.every(_Frequency.YEARLY, 1)}"
                scope = self.every(_Frequency.MONTHLY, rule.interval)
                text = self.w("rrule.setpos", positions=chosen, what=what, scope=scope)
                if rule.months:
                    text += ", " + self.w("rrule.only_in", months=self.months())
                return text
            case _Frequency.YEARLY:
                every_year = self.every(_Frequency.YEARLY, rule.interval)
                if not rule.months:
                    return self.w("rrule.setpos", positions=chosen, what=what, scope=every_year)
                months = self.months()
                if len(rule.months) > 1:
                    months = self.w("rrule.together", months=months)
                text = self.w("rrule.setpos", positions=chosen, what=what, scope=months)
                return f"{text} {every_year}"
            case _:
                assert_never(rule.frequency)
