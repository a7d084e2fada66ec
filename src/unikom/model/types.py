"""The constrained text types of the model: ids, organisation numbers, addresses, rules.

Each is a :class:`typing.NewType` over ``str``: at run time a plain string, for
a type checker a promise that the value was checked.  The model's classes
check them when they are built (``Party(id=Slug("ntnu"), …)``); a value that
breaks its rule raises :class:`~unikom.model.errors.ConstraintError`.
"""

from __future__ import annotations

from unikom.model._fields import (
    CalendarName,
    ClockTime,
    Email,
    LanguageTag,
    MonthDay,
    OrgNumber,
    Phone,
    RRuleText,
    Slug,
    TextValue,
    TimeZoneName,
    Url,
)

__all__ = [
    "CalendarName",
    "ClockTime",
    "Email",
    "LanguageTag",
    "MonthDay",
    "OrgNumber",
    "Phone",
    "RRuleText",
    "Slug",
    "TextValue",
    "TimeZoneName",
    "Url",
]
