"""Deadlines: working calendars, time units, answer-due dates, intake
deadlines and the dates of the årshjul.

- :mod:`~unikom.deadlines.calendars`: working days, per named calendar
  (the registry of names is :mod:`unikom.model.calendars`);
- :mod:`~unikom.deadlines.units`: the table of time units and how each is counted;
- :mod:`~unikom.deadlines.due`: when an inquiry must be answered;
- :mod:`~unikom.deadlines.intake`: intake deadlines and recurrence rules;
- :mod:`~unikom.deadlines.recurrence`: recurrence rules in words;
- :mod:`~unikom.deadlines.entries`: the årshjul's dated entries.

Imports only from :mod:`unikom.model` and :mod:`unikom.checking`.  Results carry
structured reasons (:class:`SkippedDay` has a :class:`DayKind` and a name);
their words come from :mod:`unikom.model.words`.
"""

from unikom.deadlines.calendars import (
    DayKind,
    SkippedDay,
    WorkingCalendar,
    public_holidays,
    working_calendar,
    working_calendar_for,
)
from unikom.deadlines.due import DueDates, answer_due, inquiry_due
from unikom.deadlines.entries import CalendarEntry, EntryKind, calendar_entries, event_dates
from unikom.deadlines.intake import (
    DEFAULT_RULE_START,
    IntakeDeadline,
    next_intake_deadlines,
    next_relative_deadline,
    rule_dates,
)
from unikom.deadlines.recurrence import describe_deadline, describe_rrule
from unikom.deadlines.units import UNITS, TimeUnit, deadline, describe

__all__ = [
    "DEFAULT_RULE_START",
    "UNITS",
    "CalendarEntry",
    "DayKind",
    "DueDates",
    "EntryKind",
    "IntakeDeadline",
    "SkippedDay",
    "TimeUnit",
    "WorkingCalendar",
    "answer_due",
    "calendar_entries",
    "deadline",
    "describe",
    "describe_deadline",
    "describe_rrule",
    "event_dates",
    "inquiry_due",
    "next_intake_deadlines",
    "next_relative_deadline",
    "public_holidays",
    "rule_dates",
    "working_calendar",
    "working_calendar_for",
]
