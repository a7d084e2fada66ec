"""Intake deadlines as data: rolling intake, yearly dates, recurrence rules and one-off dates."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from unikom.model._fields import MonthDay, RRuleText, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = [
    "AnnualDeadline",
    "Deadline",
    "IntakeSchedule",
    "NonWorkingDayPolicy",
    "OneOffDeadline",
    "RecurringDeadline",
]


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
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class OneOffDeadline:
    """A deadline on a single date."""

    date: dt.date = attrs.field(metadata=doc("The date, YYYY-MM-DD."))
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


Deadline = AnnualDeadline | RecurringDeadline | OneOffDeadline


@validated
@attrs.frozen(kw_only=True)
class IntakeSchedule:
    """When inquiries of a type may be sent; no deadlines means rolling intake."""

    deadlines: tuple[AnnualDeadline | RecurringDeadline | OneOffDeadline, ...] = attrs.field(
        default=(),
        metadata=doc("Each has one of 'annual' (MM-DD), 'rrule' or 'date'. Empty: rolling."),
    )
    non_working_day: NonWorkingDayPolicy = attrs.field(
        default=NonWorkingDayPolicy.NEXT,
        metadata=doc("A deadline on a non-working day: keep, previous or next working day."),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("E.g. that dates are illustrative."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    @property
    def is_rolling(self) -> bool:
        """Tell whether inquiries are taken at any time."""
        return not self.deadlines
