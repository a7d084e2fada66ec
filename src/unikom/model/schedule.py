"""Intake deadlines as data: rolling intake, yearly dates, recurrence rules and one-off dates."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from unikom.model._fields import ClockTime, MonthDay, RRuleText, Slug, TimeZoneName, doc
from unikom.model._validation import validated
from unikom.model.duration import Duration
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = [
    "DEFAULT_TIME_ZONE",
    "AnnualDeadline",
    "Deadline",
    "IntakeSchedule",
    "NonWorkingDayPolicy",
    "OneOffDeadline",
    "RecurringDeadline",
    "RelativeDeadline",
]

#: The time zone of an intake deadline's clock time when the schedule names none.
DEFAULT_TIME_ZONE = "Europe/Oslo"


class NonWorkingDayPolicy(enum.Enum):
    """What happens to a deadline that falls on a weekend, public holiday or closed day."""

    KEEP = "keep"
    PREVIOUS = "previous"
    NEXT = "next"


@validated
@attrs.frozen(kw_only=True)
class AnnualDeadline:
    """A deadline on the same day every year, e.g. ``annual: "03-01"`` for 1 March."""

    annual: MonthDay = attrs.field(metadata=doc("Month and day, MM-DD."))
    non_working_day: NonWorkingDayPolicy | None = attrs.field(
        default=None,
        metadata=doc(
            "This deadline on a non-working day: keep, previous or next working day; "
            "left out, the schedule's rule.",
            since="1.1",
        ),
    )
    time: ClockTime | None = attrs.field(
        default=None,
        metadata=doc("The time of day it closes, HH:MM; left out, the schedule's.", since="1.1"),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class RecurringDeadline:
    """A deadline given by an iCalendar RRULE, e.g. the last working day of each quarter."""

    rrule: RRuleText = attrs.field(
        metadata=doc("An RRULE, e.g. 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'."),
    )
    starts: dt.date | None = attrs.field(default=None, metadata=doc("First possible date."))
    non_working_day: NonWorkingDayPolicy | None = attrs.field(
        default=None,
        metadata=doc(
            "This deadline on a non-working day: keep, previous or next working day; "
            "left out, the schedule's rule.",
            since="1.1",
        ),
    )
    time: ClockTime | None = attrs.field(
        default=None,
        metadata=doc("The time of day it closes, HH:MM; left out, the schedule's.", since="1.1"),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class OneOffDeadline:
    """A deadline on a single date."""

    date: dt.date = attrs.field(metadata=doc("The date, YYYY-MM-DD."))
    non_working_day: NonWorkingDayPolicy | None = attrs.field(
        default=None,
        metadata=doc(
            "This deadline on a non-working day: keep, previous or next working day; "
            "left out, the schedule's rule.",
            since="1.1",
        ),
    )
    time: ClockTime | None = attrs.field(
        default=None,
        metadata=doc("The time of day it closes, HH:MM; left out, the schedule's.", since="1.1"),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class RelativeDeadline:
    """A deadline counted from an årshjul event, e.g. 10 working days before a meeting."""

    event: Slug = attrs.field(
        metadata=doc("Id of the årshjul event it is counted from.", since="1.1")
    )
    before: Duration | None = attrs.field(
        default=None,
        metadata=doc("How long before each occurrence, e.g. '10 working days'.", since="1.1"),
    )
    after: Duration | None = attrs.field(
        default=None,
        metadata=doc("How long after each occurrence (give 'before' or 'after').", since="1.1"),
    )
    non_working_day: NonWorkingDayPolicy | None = attrs.field(
        default=None,
        metadata=doc(
            "This deadline on a non-working day: keep, previous or next working day; "
            "left out, the schedule's rule.",
            since="1.1",
        ),
    )
    time: ClockTime | None = attrs.field(
        default=None,
        metadata=doc("The time of day it closes, HH:MM; left out, the schedule's.", since="1.1"),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    @property
    def offset(self) -> Duration | None:
        """Return how long from the event it lies, ``before`` or ``after`` (a file gives one)."""
        return self.before if self.before is not None else self.after


Deadline = AnnualDeadline | RecurringDeadline | OneOffDeadline | RelativeDeadline


@validated
@attrs.frozen(kw_only=True)
class IntakeSchedule:
    """When inquiries of a type may be sent; no deadlines means rolling intake."""

    deadlines: tuple[
        AnnualDeadline | RecurringDeadline | OneOffDeadline | RelativeDeadline, ...
    ] = attrs.field(
        default=(),
        metadata=doc(
            "Each has one of 'annual' (MM-DD), 'rrule', 'date' or 'event' (counted from an "
            "årshjul event). Empty: rolling."
        ),
    )
    non_working_day: NonWorkingDayPolicy = attrs.field(
        default=NonWorkingDayPolicy.NEXT,
        metadata=doc("A deadline on a non-working day: keep, previous or next working day."),
    )
    time: ClockTime | None = attrs.field(
        default=None,
        metadata=doc(
            "The time of day the deadlines close, HH:MM, e.g. '12:00'; left out, the end "
            "of the day.",
            since="1.1",
        ),
    )
    time_zone: TimeZoneName | None = attrs.field(
        default=None,
        metadata=doc("The time zone of 'time'; left out, Europe/Oslo.", since="1.1"),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("E.g. that dates are illustrative."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    @property
    def zone(self) -> str:
        """Return the time zone the deadlines' clock times are in."""
        return self.time_zone or DEFAULT_TIME_ZONE

    def policy_of(self, deadline: Deadline) -> NonWorkingDayPolicy:
        """Return the non-working-day rule of *deadline*: its own, else the schedule's."""
        return deadline.non_working_day or self.non_working_day

    def time_of(self, deadline: Deadline) -> str | None:
        """Return the clock time *deadline* closes at (None: the end of the day)."""
        return deadline.time or self.time

    @property
    def is_rolling(self) -> bool:
        """Tell whether inquiries are taken at any time."""
        return not self.deadlines
