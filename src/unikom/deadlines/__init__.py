"""Deadlines: working calendars, time units, answer-due dates, intake
deadlines and the dates of the årshjul.

Imports only from :mod:`unikom.model` and :mod:`unikom.check`.
"""

from unikom.deadlines._core import (
    CalendarEntry,
    DueDates,
    EntryKind,
    IntakeDeadline,
    SkippedDay,
    WorkingCalendar,
    answer_due,
    calendar_entries,
    next_intake_deadlines,
    working_calendar,
)

__all__ = [
    "CalendarEntry",
    "DueDates",
    "EntryKind",
    "IntakeDeadline",
    "SkippedDay",
    "WorkingCalendar",
    "answer_due",
    "calendar_entries",
    "next_intake_deadlines",
    "working_calendar",
]
