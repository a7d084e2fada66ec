"""Constrained scalar types shared by the model, the converter and the schema generator.

Each constrained string is a :class:`typing.NewType` so that one declaration drives
three places at once: the constructor checks (:mod:`unikom.model._validation`), the
cattrs structure hooks and the JSON Schema fragment.  Adding a constraint here is the
only way to add one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NewType

import attrs

from unikom.model.orgnr import is_valid_org_number

Slug = NewType("Slug", str)
OrgNumber = NewType("OrgNumber", str)
LanguageTag = NewType("LanguageTag", str)
Url = NewType("Url", str)
Email = NewType("Email", str)
MonthDay = NewType("MonthDay", str)
RRuleText = NewType("RRuleText", str)
CalendarName = NewType("CalendarName", str)
ClockTime = NewType("ClockTime", str)
TimeZoneName = NewType("TimeZoneName", str)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LANGUAGE_TAG_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
MONTH_DAY_PATTERN = r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
CALENDAR_NAME_PATTERN = r"^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$"
CLOCK_TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
TIME_ZONE_PATTERN = r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,2}$"
RRULE_PATTERN = r"^(?:RRULE:)?FREQ=(?:YEARLY|MONTHLY|WEEKLY)(?:;[A-Z]+=[A-Za-z0-9,+-]+)*$"


@attrs.frozen
class Constraint:
    """The rule behind one constrained string type, in both its forms."""

    code: str
    what: str
    schema: dict[str, Any]
    check: Callable[[str], bool]


def _matches(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda value: compiled.match(value) is not None


def _month_day_exists(value: str) -> bool:
    if not _matches(MONTH_DAY_PATTERN)(value):
        return False
    month, day = (int(part) for part in value.split("-"))
    # 29 February exists in leap years, so a yearly date on it is legal.
    return day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


CONSTRAINTS: dict[object, Constraint] = {
    Slug: Constraint(
        "value.slug",
        "an id: lowercase letters a-z, digits and single hyphens, like 'helse-og-velferd'",
        {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 80},
        _matches(SLUG_PATTERN),
    ),
    OrgNumber: Constraint(
        "value.org-number",
        "a Norwegian organisation number: 9 digits with a valid MOD11 check digit",
        {"type": "string", "pattern": r"^[0-9]{9}$"},
        is_valid_org_number,
    ),
    LanguageTag: Constraint(
        "value.language",
        "a BCP 47 language tag such as 'nb', 'nn' or 'en'",
        {"type": "string", "pattern": LANGUAGE_TAG_PATTERN},
        _matches(LANGUAGE_TAG_PATTERN),
    ),
    Url: Constraint(
        "value.url",
        "a web address starting with https:// or http://",
        {"type": "string", "pattern": URL_PATTERN, "maxLength": 2000},
        _matches(URL_PATTERN),
    ),
    Email: Constraint(
        "value.email",
        "an e-mail address like 'name@example.no'",
        {"type": "string", "pattern": EMAIL_PATTERN, "maxLength": 320},
        _matches(EMAIL_PATTERN),
    ),
    MonthDay: Constraint(
        "value.month-day",
        "a day of the year written MM-DD, like '03-01' for 1 March",
        {"type": "string", "pattern": MONTH_DAY_PATTERN},
        _month_day_exists,
    ),
    RRuleText: Constraint(
        "value.rrule",
        "an iCalendar RRULE such as 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'",
        {"type": "string", "pattern": RRULE_PATTERN, "maxLength": 500},
        _matches(RRULE_PATTERN),
    ),
    CalendarName: Constraint(
        "value.calendar",
        "a working calendar's name, letters and digits like 'NO' or 'NO-46'",
        {"type": "string", "pattern": CALENDAR_NAME_PATTERN, "maxLength": 40},
        _matches(CALENDAR_NAME_PATTERN),
    ),
    ClockTime: Constraint(
        "value.time",
        "a clock time written HH:MM, like '12:00'",
        {"type": "string", "pattern": CLOCK_TIME_PATTERN},
        lambda value: re.fullmatch(CLOCK_TIME_PATTERN[1:-1], value) is not None,
    ),
    TimeZoneName: Constraint(
        "value.time-zone",
        "an IANA time zone such as 'Europe/Oslo'",
        {"type": "string", "pattern": TIME_ZONE_PATTERN, "maxLength": 60},
        lambda value: len(value) <= 60 and re.fullmatch(TIME_ZONE_PATTERN[1:-1], value) is not None,
    ),
}


def doc(
    text: str, *, since: str | None = None, optional_since: str | None = None, **schema: Any
) -> dict[str, Any]:
    """Build field metadata: a description for the schema plus extra schema keywords.

    *since* names the version of the standard that added the key; a file that
    declares an older version and uses the key gets a ``version.key-too-new``
    error (docs/versioning.md).  *optional_since* names the version that made
    a required key optional; a file of an older version must still give it.
    """
    meta: dict[str, Any] = {"doc": text, "schema": schema}
    if since is not None:
        meta["since"] = since
    if optional_since is not None:
        meta["optional_since"] = optional_since
    return meta
