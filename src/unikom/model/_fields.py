"""Constrained scalar types shared by the model, the converter and the schema generator.

Each constrained string is a :class:`typing.NewType` so that one declaration drives
three places at once: the constructor checks (:mod:`unikom.model._validation`), the
cattrs structure hooks and the JSON Schema fragment.  Adding a constraint here is the
only way to add one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NewType

import attrs

from unikom.model._rrule import FIRST_YEAR as FIRST_YEAR
from unikom.model._rrule import LAST_YEAR as LAST_YEAR
from unikom.model._rrule import rrule_problem
from unikom.model.errors import ConstraintError, ModelError
from unikom.model.orgnr import is_valid_org_number


class _CheckedNewType(NewType):
    """A NewType whose call checks its value by the type's constraint, as a file is checked.

    ``Slug("abc\\n")`` raises :class:`ConstraintError` (as the same id in a file is
    refused) instead of handing back a plain ``str`` that no check has seen.
    Type checkers see a plain :class:`typing.NewType`.
    """

    def __call__(self, value: Any) -> Any:  # type: ignore[override]  # runtime only
        constraint = CONSTRAINTS.get(self)
        if constraint is not None and not (
            isinstance(value, str)
            and len(value) >= constraint.schema.get("minLength", 0)
            and constraint.check(value)
        ):
            reason = None
            if isinstance(value, str) and constraint.explain is not None:
                reason = constraint.explain(value)
            if not isinstance(value, str):
                shown = f"a value of type {type(value).__name__}"
            else:
                shown = repr(value) if len(value) <= 80 else repr(value[:80]) + "…"
            detail = reason or f"{shown} is not {constraint.what}"
            raise ConstraintError(self.__name__, "value", constraint.code, detail)
        return value


if TYPE_CHECKING:
    from typing import NewType as _Constrained
else:
    _Constrained = _CheckedNewType

Slug = _Constrained("Slug", str)
OrgNumber = _Constrained("OrgNumber", str)
LanguageTag = _Constrained("LanguageTag", str)
Url = _Constrained("Url", str)
Email = _Constrained("Email", str)
Phone = _Constrained("Phone", str)
MonthDay = _Constrained("MonthDay", str)
RRuleText = _Constrained("RRuleText", str)
#: One language's wording of a :class:`~unikom.model.text.Text` (titles and long text alike).
TextValue = _Constrained("TextValue", str)
CalendarName = _Constrained("CalendarName", str)
ClockTime = _Constrained("ClockTime", str)
TimeZoneName = _Constrained("TimeZoneName", str)

# The patterns below are written for full matching (``re.fullmatch`` in Python,
# :func:`schema_pattern` in the schemas) and so that no two repetitions can match
# the same character: each runs in time linear in its input, whatever the input.
SLUG_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
LANGUAGE_TAG_PATTERN = r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*"
URL_PATTERN = r"https?://[^\s/$.?#][^\s]*"
# No ? & % / # in the address: in a mailto: link they would add recipients or headers.
EMAIL_PATTERN = r"[A-Za-z0-9._'+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
PHONE_PATTERN = r"\+?[0-9 ]{5,20}"
ORG_NUMBER_PATTERN = r"[0-9]{9}"
MONTH_DAY_PATTERN = r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
CALENDAR_NAME_PATTERN = r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*"
CLOCK_TIME_PATTERN = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]"
TIME_ZONE_PATTERN = r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,2}"
RRULE_PATTERN = r"(?:RRULE:)?FREQ=(?:YEARLY|MONTHLY|WEEKLY)(?:;[A-Z]+=[A-Za-z0-9,+-]+)*"

#: Characters no text may carry: C0 and C1 controls but tab and line feed, DEL, and
#: the bidirectional embeddings, overrides and isolates that make text read
#: differently from how it is stored.  The reader refuses them with a location.
#: A lone surrogate (``"\ud800"``, from a badly decoded form post) is refused too:
#: no UTF-8 file can hold one, so its dump could never be written.
FORBIDDEN_CHARACTERS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS)

#: The years a date in a file (and on the command line) may lie in: deadlines are
#: counted years beyond a date, and the calendar ends at 9999; a partnership
#: plans decades, not millennia.
DATE_PATTERN = r"(?:19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}"

#: The longest value of each free-text kind.  Every string in the standard has a
#: bound, so that a length check fails before any pattern or rule runs on it.
MAX_SHORT_TEXT = 500

#: One line of text: no line break of any kind (LF, CR, VT, FF, NEL, U+2028,
#: U+2029).  Every short text (``str`` in the model) is one line, and so is every
#: translation of the texts in :data:`SINGLE_LINE_FIELDS`: a name with a line
#: break splits the lines of ``status`` and ``calendar`` and the rows of a table.
# The characters themselves, not escapes: the fast schema check hands patterns
# to jsonschema-rs only when they mean the same to it as to Python's re.
LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
SINGLE_LINE_PATTERN = f"[^{LINE_BREAKS}]*"
#: The multilingual texts that are names, titles and labels: one line each.
SINGLE_LINE_FIELDS = frozenset(
    {"name", "short_name", "title", "label", "question", "role", "unit", "source_name"}
)
MAX_TEXT = 20_000
#: The largest magnitude a number in a file may have: scores, weights and
#: thresholds are small, amounts in NOK and key figures are whole numbers.
MAX_FLOAT = 1e9
MAX_INT = 10**15


def schema_pattern(pattern: str) -> str:
    """Return *pattern* as a JSON Schema ``pattern`` that must match the whole value.

    JSON Schema patterns are searched, not matched, and ``$`` differs: ECMA-262
    (jsonschema-rs) ends only at the end, Python (python-jsonschema) also before
    a final line feed.  ``$(?!\n)`` ends at the end in both, so ``"kommune\n"``
    is refused by every validator.
    """
    return f"^(?:{pattern})$(?!\n)"


def single_line_schema() -> dict[str, Any]:
    """Return the keywords that make a text (plain or multilingual) one line.

    ``pattern`` applies to a plain string and ``additionalProperties`` to each
    translation of a mapping; each keyword ignores the other form, so both sit
    beside the text's own ``$ref``.
    """
    line = {"pattern": schema_pattern(SINGLE_LINE_PATTERN)}
    return {**line, "additionalProperties": line}


def forbidden_character(value: str) -> int | None:
    """Return the offset of the first character no text may carry, or None."""
    found = _FORBIDDEN.search(value)
    return None if found is None else found.start()


def control_character_message(value: str, offset: int, *, placed: bool = False) -> str:
    """Say which character at *offset* of *value* no text may carry.

    *placed*: the finding's line and column point at the character itself, so
    its position in the text is not told.  The file reader, constructors and
    extension data all word it so.
    """
    where = "here" if placed else f"at position {offset + 1} of the text"
    return (
        f"the text holds the character U+{ord(value[offset]):04X} (a control or "
        f"direction-changing character, which cannot be seen) {where}: remove it"
    )


@attrs.frozen
class Constraint:
    """The rule behind one constrained string type, in both its forms."""

    code: str
    what: str
    schema: dict[str, Any]
    check: Callable[[str], bool]
    #: Why a value that fits the pattern is still refused, in words (or None).
    explain: Callable[[str], str | None] | None = None


def _fits(pattern: str | None, max_length: int) -> Callable[[str], bool]:
    compiled = None if pattern is None else re.compile(pattern)

    def check(value: str) -> bool:
        # Length first: no pattern ever runs on an overlong value.
        if len(value) > max_length or _FORBIDDEN.search(value):
            return False
        return compiled is None or compiled.fullmatch(value) is not None

    return check


def _schema(pattern: str | None, max_length: int, min_length: int = 0) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": max_length}
    if min_length:
        schema["minLength"] = min_length
    if pattern is not None:
        schema["pattern"] = schema_pattern(pattern)
    return schema


def _constraint(
    code: str, what: str, pattern: str | None, max_length: int, min_length: int = 0
) -> Constraint:
    return Constraint(
        code, what, _schema(pattern, max_length, min_length), _fits(pattern, max_length)
    )


def _month_day_exists(value: str) -> bool:
    if not _fits(MONTH_DAY_PATTERN, 5)(value):
        return False
    month, day = (int(part) for part in value.split("-"))
    # 29 February exists in leap years, so a yearly date on it is legal.
    return day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _usable_rrule(value: str) -> bool:
    # A rule the pattern lets through may still never occur, or name parts
    # python-dateutil would search for until the year 9999.
    return _fits(RRULE_PATTERN, 500)(value) and rrule_problem(value) is None


def _org_number(value: str) -> bool:
    return _fits(ORG_NUMBER_PATTERN, 9)(value) and is_valid_org_number(value)


CONSTRAINTS: dict[object, Constraint] = {
    Slug: _constraint(
        "value.slug",
        "an id: lowercase letters a-z, digits and single hyphens, like 'helse-og-velferd'",
        SLUG_PATTERN,
        80,
    ),
    OrgNumber: Constraint(
        "value.org-number",
        "a Norwegian organisation number: 9 digits with a valid MOD11 check digit",
        _schema(ORG_NUMBER_PATTERN, 9),
        _org_number,
    ),
    LanguageTag: _constraint(
        "value.language",
        "a BCP 47 language tag such as 'nb', 'nn' or 'en'",
        LANGUAGE_TAG_PATTERN,
        35,
    ),
    Url: _constraint(
        "value.url",
        "a web address starting with https:// or http://, at most 2048 characters",
        URL_PATTERN,
        2048,
    ),
    Email: _constraint(
        "value.email",
        "an e-mail address like 'name@example.no' (at most 254 characters, no ? & % / #)",
        EMAIL_PATTERN,
        254,
    ),
    Phone: _constraint(
        "value.phone", "a phone number: digits and spaces, '+' first if you like", PHONE_PATTERN, 21
    ),
    MonthDay: Constraint(
        "value.month-day",
        "a day of the year written MM-DD, like '03-01' for 1 March",
        _schema(MONTH_DAY_PATTERN, 5),
        _month_day_exists,
    ),
    RRuleText: Constraint(
        "value.rrule",
        "an iCalendar RRULE such as 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'",
        _schema(RRULE_PATTERN, 500),
        _usable_rrule,
        rrule_problem,
    ),
    # Names, organisations, references: one line's worth of text.
    str: _constraint(
        "value.text",
        f"one line of text of at most {MAX_SHORT_TEXT} characters, without control characters",
        SINGLE_LINE_PATTERN,
        MAX_SHORT_TEXT,
    ),
    TextValue: _constraint(
        "value.text",
        f"text of 1 to {MAX_TEXT} characters, without control characters",
        None,
        MAX_TEXT,
        1,
    ),
    CalendarName: _constraint(
        "value.calendar",
        "a working calendar's name, letters and digits like 'NO' or 'NO-46'",
        CALENDAR_NAME_PATTERN,
        40,
    ),
    ClockTime: _constraint(
        "value.time", "a clock time written HH:MM, like '12:00'", CLOCK_TIME_PATTERN, 5
    ),
    TimeZoneName: _constraint(
        "value.time-zone", "an IANA time zone such as 'Europe/Oslo'", TIME_ZONE_PATTERN, 60
    ),
}

#: The bounds of every number in a file, by the model type that holds it.
NUMBER_BOUNDS: dict[type, float] = {int: MAX_INT, float: MAX_FLOAT}


def number_schema(kind: type) -> dict[str, Any]:
    """Return the schema of a number of model type *kind* (``int`` or ``float``)."""
    bound = NUMBER_BOUNDS[kind]
    if kind is int:
        return {"type": "integer", "minimum": -int(bound), "maximum": int(bound)}
    return {"type": "number", "minimum": -bound, "maximum": bound}


def check_number(value: float, kind: type) -> None:
    """Raise :class:`ModelError` unless *value* is a finite number within its kind's bounds."""
    bound = NUMBER_BOUNDS[kind]
    if isinstance(value, float) and not math.isfinite(value):
        # YAML 1.2 can write .inf and .nan, but no score or weight can be one.
        raise ModelError("value.number", f"expected a finite number, got {value!r}")
    if not -bound <= value <= bound:
        raise ModelError("value.number", f"expected a number between {-bound:g} and {bound:g}")


def language_tags(languages: Sequence[str]) -> list[str]:
    """Return the language tags a check asks for, each once, as a file writes them.

    Raises :class:`ModelError` for one that no file could use as a key: a text's
    languages are lowercase tags (``nb``), so ``NB`` would find a translation
    missing from every text, and a warning for each.
    """
    tags: list[str] = []
    for given in languages:
        tag = given.strip()
        if not CONSTRAINTS[LanguageTag].check(tag):
            shown = tag if len(tag) <= 40 else f"{tag[:40]}…"
            hint = (
                f" — did you mean '{tag.lower()}'?"
                if CONSTRAINTS[LanguageTag].check(tag.lower())
                else ""
            )
            raise ModelError(
                "value.language",
                f"{shown!r} is not a language tag as texts are written, such as nb, nn or en{hint}",
            )
        if tag not in tags:
            tags.append(tag)
    return tags


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
