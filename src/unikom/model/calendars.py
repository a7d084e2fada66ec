"""The working-calendar registry: which days a named calendar closes or opens.

A partnership names its calendar with the optional key ``calendar`` (standard
1.1); without it, deadlines are counted on :data:`DEFAULT_CALENDAR` (``NO``).
A calendar is the public holidays of a country (and, optionally, one of its
subdivisions) from the ``holidays`` package, plus days the calendar closes as
well and days that are working days after all.

The registry lives in the model layer so that the check layer can refuse an
unknown name when a file is loaded; :mod:`unikom.deadlines` builds the days.
Adding a calendar is one :class:`CalendarSpec` in :data:`BUILT_IN` (or one
:func:`register_calendar` call from your own code), never an edit of the
deadline engine::

    CalendarSpec(name="SE", country="SE", holiday_names=(("sv", "sv"), ("en", "en_US")))
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from unikom.model import words
from unikom.model._fields import CALENDAR_NAME_PATTERN
from unikom.model._suggest import suggest
from unikom.model.errors import NotFoundError
from unikom.model.text import Text

#: The calendar a partnership without a ``calendar`` key counts on.
DEFAULT_CALENDAR = "NO"

_NAME = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")
_DAY = re.compile(r"(?:([0-9]{4})-)?(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _text(value: Text | str | Mapping[str, str]) -> Text:
    # As in a file: a plain string, or language tag → text.
    if isinstance(value, Text):
        return value
    return Text.plain(value) if isinstance(value, str) else Text(translations=value)


def _check_day(_instance: object, _attribute: object, value: str) -> None:
    match = _DAY.fullmatch(value) if isinstance(value, str) else None
    if match is None or int(match[3]) > _DAYS_IN_MONTH[int(match[2]) - 1]:
        raise ValueError(f"{value!r} is not a day: write MM-DD (every year) or YYYY-MM-DD")


def _check_name(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or len(value) > 40 or _NAME.fullmatch(value) is None:
        raise ValueError(f"{value!r} is not a calendar name such as 'NO' or 'NO-46'")


@attrs.frozen(kw_only=True)
class CalendarDay:
    """A day a calendar closes besides its public holidays, or keeps open after all.

    *day* is ``MM-DD`` for every year or ``YYYY-MM-DD`` for one year only;
    *name* says why (a :class:`Text`, or a plain string).
    """

    day: str = attrs.field(validator=_check_day)
    name: Text = attrs.field(converter=_text)

    @property
    def year(self) -> int | None:
        """Return the one year the day applies to, or None when it applies every year."""
        return int(self.day[:4]) if len(self.day) == 10 else None

    @property
    def month_day(self) -> tuple[int, int]:
        """Return ``(month, day)``."""
        return int(self.day[-5:-3]), int(self.day[-2:])


def _title(value: Text | str | Mapping[str, str] | None) -> Text | None:
    return None if value is None else _text(value)


def _days(values: Sequence[CalendarDay]) -> tuple[CalendarDay, ...]:
    return tuple(values)


def _pairs(values: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(ours), str(theirs)) for ours, theirs in values)


# eq=False: a spec is looked up and cached by identity; two specs with the same
# fields registered under different names are still two calendars.
@attrs.frozen(kw_only=True, eq=False)
class CalendarSpec:
    """How a named working calendar is built.

    *country* and *subdivision* are the codes the ``holidays`` package uses
    (ISO 3166-1 and ISO 3166-2, e.g. ``"NO"``, ``"SE"``, ``"DE"``/``"BY"``).
    *closed* lists days closed besides the public holidays (e.g. a county's
    own day); *working* lists days that are working days after all (a public
    holiday or weekend day the office is open).  *holiday_names* maps the
    language tags unikom prints in to the ``holidays`` package's language
    codes, so that a holiday is named in the reader's language where the
    package knows it; without it, names come in the package's default language.
    *title* is what a person reads as the calendar's name (a :class:`Text`, or
    a plain string: 'Norge', 'Noreg', 'Norway'); without it, the name itself.
    """

    name: str = attrs.field(validator=_check_name)
    country: str
    subdivision: str | None = None
    closed: tuple[CalendarDay, ...] = attrs.field(default=(), converter=_days)
    working: tuple[CalendarDay, ...] = attrs.field(default=(), converter=_days)
    holiday_names: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    description: str = ""
    title: Text | None = attrs.field(default=None, converter=_title)

    def display_name(self, language: str) -> str:
        """Return the calendar's name as a person reads it in *language*."""
        return self.title.get(language) if self.title is not None else self.name

    def __reduce__(self) -> tuple[Any, ...]:
        # Specs are compared by identity: unpickled (in a worker process), the
        # spec registered under the same name and fields is that very object.
        fields = {f.name: getattr(self, f.name) for f in attrs.fields(CalendarSpec)}
        return (_spec_again, (fields,))


def _spec_again(fields: dict[str, Any]) -> CalendarSpec:
    registered = _REGISTRY.get(fields["name"])
    if registered is not None and all(
        getattr(registered, key) == value for key, value in fields.items()
    ):
        return registered
    return CalendarSpec(**fields)


#: The calendars unikom ships: one line each.
BUILT_IN: tuple[CalendarSpec, ...] = (
    CalendarSpec(
        name="NO",
        country="NO",
        holiday_names=(("nb", "no"), ("en", "en_US")),
        description="Norway: Saturdays, Sundays and the public holidays (helligdager).",
        title=words.text("calendar.NO"),
    ),
)


class UnknownCalendarError(NotFoundError):
    """A calendar name names no registered calendar: unikom's one not-found error."""

    def __init__(self, wanted: str, known: Sequence[str]) -> None:
        super().__init__("working calendar", wanted, known)
        listed = ", ".join(known) if known else "none are registered"
        self.message = f"no working calendar is named '{wanted}'{suggest(wanted, known)} " + (
            f"(known: {listed})"
        )
        self.args = (self.message,)


_REGISTRY: dict[str, CalendarSpec] = {}


def register_calendar(spec: CalendarSpec, *, replace: bool = False) -> CalendarSpec:
    """Add *spec* to the registry under ``spec.name`` and return it.

    A name that is taken raises :class:`ValueError` unless *replace* is true.
    """
    if spec.name in _REGISTRY and not replace:
        raise ValueError(f"a working calendar named {spec.name!r} is registered already")
    _REGISTRY[spec.name] = spec
    return spec


def unregister_calendar(name: str) -> None:
    """Remove the calendar *name* (for tests and plug-ins that undo what they added)."""
    _REGISTRY.pop(name, None)


def calendar_spec(name: str | None) -> CalendarSpec:
    """Return the calendar registered as *name* (None: the default calendar).

    An unknown name raises :class:`UnknownCalendarError`, with a 'did you mean'.
    """
    found = _REGISTRY.get(DEFAULT_CALENDAR if name is None else name)
    if found is None:
        raise UnknownCalendarError(str(name), calendar_names())
    return found


def calendar_names() -> tuple[str, ...]:
    """Return the registered calendar names, sorted."""
    return tuple(sorted(_REGISTRY))


for _spec in BUILT_IN:
    register_calendar(_spec)

__all__ = [
    "BUILT_IN",
    "CALENDAR_NAME_PATTERN",
    "DEFAULT_CALENDAR",
    "CalendarDay",
    "CalendarSpec",
    "UnknownCalendarError",
    "calendar_names",
    "calendar_spec",
    "register_calendar",
    "unregister_calendar",
]
