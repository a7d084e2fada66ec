"""Check documents against the JSON Schemas and explain each failure in plain words."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from unikom.checking._fastschema import fast_check_for
from unikom.checking._schemafiles import load_schema
from unikom.checking._yamlsource import (
    MAX_ERRORS,
    MAX_INT_DIGITS,
    Pointer,
    SourceDocument,
    too_many_errors,
)
from unikom.model._fields import (
    CONSTRAINTS,
    DATE_PATTERN,
    FIRST_YEAR,
    LAST_YEAR,
    LanguageTag,
    schema_pattern,
)
from unikom.model._suggest import suggest
from unikom.model.diagnostics import Diagnostic
from unikom.model.duration import DURATION_PATTERN

if TYPE_CHECKING:
    # python-jsonschema is imported when first needed: with the fast path, a run
    # over valid files never needs it, and it is a fifth of the start-up time.
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "string": "text",
    "object": "a mapping (key: value)",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}
_YAML11_BOOLEANS = {
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "Yes",
    "No",
    "On",
    "Off",
    "YES",
    "NO",
    "ON",
    "OFF",
    "Y",
    "N",
}


@cache
def validator_for(kind_name: str) -> Draft202012Validator:
    """Return the validator for *kind_name*, built once per process."""
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=("date",))
    return Draft202012Validator(load_schema(kind_name), format_checker=checker)


def check_schema(doc: SourceDocument, kind_name: str) -> list[Diagnostic]:
    """Validate *doc* against its kind's schema; return every problem, located."""
    fast = fast_check_for(kind_name)
    if fast is not None and fast(doc.data):
        return []
    validator = validator_for(kind_name)
    # One pass: the first error (or None, the common case) comes from the same
    # iteration that yields the rest, so an invalid document is not checked twice.
    errors = validator.iter_errors(doc.data)
    first = next(errors, None)
    if first is None:
        return []
    found: list[Diagnostic] = []
    for error in itertools.chain([first], errors):
        # One error can explain itself many times over (20,000 unknown keys):
        # take no more than can still be shown.
        found.extend(itertools.islice(_explain(doc, error), MAX_ERRORS + 1 - len(found)))
        if len(found) >= MAX_ERRORS:
            found = _unique(found)
            if len(found) >= MAX_ERRORS:
                return [*found[:MAX_ERRORS], too_many_errors(doc)]
    return _unique(found)


def _unique(found: list[Diagnostic]) -> list[Diagnostic]:
    seen = set()
    result = []
    # An overlong value, or a date that is not one, is reported as such; what its
    # pattern makes of it is the same mistake told twice.
    dates = {item.pointer for item in found if item.code == "schema.format"}
    told = dates | {item.pointer for item in found if item.code == "schema.too-long"}
    for item in found:
        key = (item.pointer, item.code, item.message)
        if item.code == "schema.too-long" and item.pointer in dates:
            continue
        if item.code == "schema.pattern" and item.pointer in told:
            continue
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "nothing (null)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - the loader makes only the above


def _literal(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
}


def _has_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _PY_TYPES.get(name, (object,)))


#: The patterns the schemas take from the model beside its constraints, in words.
_OTHER_PATTERNS = {
    schema_pattern(DATE_PATTERN): "a date written YYYY-MM-DD, like '2026-05-12', "
    "in the years 1900 to 2199",
    schema_pattern(DURATION_PATTERN): "a length of time such as P15D (15 days), P4W "
    "(4 weeks), P1M (1 month), P1Y (1 year) or '10 working days'",
}


@cache
def _pattern_words(pattern: object) -> str:
    """Say in words what the schema *pattern* asks for: a person cannot read a regex."""
    for constraint in CONSTRAINTS.values():
        if constraint.schema.get("pattern") == pattern:
            return constraint.what
    if isinstance(pattern, str) and pattern in _OTHER_PATTERNS:
        return _OTHER_PATTERNS[pattern]
    # Every pattern in the schemas comes from a constraint; this is for a schema
    # someone edited by hand.
    return "text of the form this value takes (see the schema)"


_DIGITS = re.compile(r"[-+]?[0-9]+")


def _too_many_digits(names: list[str], value: object) -> int:
    """Return how many digits *value* has when it is a number kept as text for its length."""
    return (
        len(value)
        if (
            ("integer" in names or "number" in names)
            and isinstance(value, str)
            and len(value) > MAX_INT_DIGITS
            and _DIGITS.fullmatch(value) is not None
        )
        else 0
    )


_QUOTED_NUMBER = re.compile(r"\s*[-+]?[0-9]{1,15}(?:([.,])[0-9]{1,15})?\s*")


def _as_number(value: str, *, whole: bool) -> str:
    """Say how to write *value*, a number kept as text, so that it is read as a number."""
    found = _QUOTED_NUMBER.fullmatch(value)
    if found is None:
        return ""
    number = value.strip().replace(",", ".")
    if found.group(1) is not None and whole:
        return f" ('{value}') — write a whole number, without quotes"
    if found.group(1) == ",":
        return f" ('{value}') — write the number with a decimal point and no quotes: {number}"
    return f" ('{value}') — write the number without quotes: {number}"


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: A date as people write it in Norway (12.05.2026, 12/5/2026, 12-05-2026).
_DAY_FIRST = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})")
#: A date with a time after it (2026-05-12T12:00, 2026-05-12 12:00).
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9:.+Z-]{1,30}")


def date_fix(value: object) -> str:
    """Say how to write *value* as the date it seems meant to be.

    A date is suggested only when it is one a file may hold: otherwise the
    person is told what is wrong with the day, month or year they wrote.
    """
    text = value.strip() if isinstance(value, str) else ""
    if found := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
        wrong = _no_such_date(year, month, day)
        if wrong is None:  # a real date, with spaces around it
            return f" — write it without spaces around it: {text}"
        return f" (written YYYY-MM-DD, but {wrong})"
    if found := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in found.groups())
        wrong = _no_such_date(year, month, day)
        if wrong is not None:
            return f" (read as day {day}, month {month}, year {year}, but {wrong})"
        return f" — write it YYYY-MM-DD: {year:04d}-{month:02d}-{day:02d}"
    if found := _DATE_TIME.fullmatch(text):
        year, month, day = (int(part) for part in found.group(1).split("-"))
        wrong = _no_such_date(year, month, day)
        if wrong is not None:
            return f" (written YYYY-MM-DD, but {wrong})"
        return f" — write the day alone, YYYY-MM-DD: {found.group(1)}"
    return " (write YYYY-MM-DD)"


def _no_such_date(year: int, month: int, day: int) -> str | None:
    """Say why *year*-*month*-*day* is no date a file may hold, or None if it is one."""
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"a date lies in the years {FIRST_YEAR} to {LAST_YEAR}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year} has no day {day} in month {month}"
    return None


_PLAIN_KEY = re.compile(r"x-[a-z0-9][a-z0-9_-]{0,60}")


def _extension_hint(key: str, patterns: list[re.Pattern[str]]) -> str:
    """Say how to keep a key of one's own, where the mapping takes extension keys."""
    own = f"x-{key.lower().removeprefix('x-').lstrip('-_')}"
    # Only for a key that reads as a name: no hint quotes markup or a sentence back.
    if _PLAIN_KEY.fullmatch(own) is None or not any(p.search(own) for p in patterns):
        return ""
    return f" — remove it, or keep data of your own under a key that starts with 'x-' ({own})"


def _explain(doc: SourceDocument, error: ValidationError) -> Iterator[Diagnostic]:
    pointer: Pointer = tuple(error.absolute_path)
    keyword = str(error.validator)
    schema = error.schema if isinstance(error.schema, dict) else {}
    value = error.instance
    rule: Any = error.validator_value
    if keyword in ("oneOf", "anyOf") and error.context:
        yield from _explain_branches(doc, error)
        return
    if keyword == "additionalProperties" and isinstance(value, dict):
        known = schema.get("properties", {})
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        missing = [k for k in schema.get("required", ()) if k not in value]
        unknown = [k for k in value if k not in known and not any(p.search(k) for p in patterns)]
        hints = {key: suggest(key, known) for key in unknown}
        # One key written in place of the one that is missing: say which.  With
        # two such keys there is no telling which, and one is surely not.
        unmatched = [key for key in unknown if not hints[key]]
        for key in unknown:
            hint = hints[key]
            if not hint and len(missing) == 1 and len(unmatched) == 1:
                hint = f" — is it meant as '{missing[0]}', which is missing here?"
            hint = hint or _extension_hint(key, patterns)
            yield doc.error(
                (*pointer, key), "schema.unknown-key", f"unknown key '{key}'{hint}", key=True
            )
        return
    if keyword == "required" and isinstance(value, dict):
        for key in rule:
            if key not in value:
                yield doc.error(pointer, "schema.missing-key", f"missing required key '{key}'")
        return
    if keyword == "type":
        expected = rule
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(n, n) for n in names)
        message = f"expected {wanted}, got {_describe(value)}"
        if "string" in names and isinstance(value, bool | int | float):
            message += f' — quote it: "{_literal(value)}"'
        if digits := _too_many_digits(names, value):
            # The reader keeps a number this long as text rather than spend
            # quadratic time on it: say what it is, not "got text".
            bound = schema.get("maximum")
            largest = f" (the largest allowed here is {_literal(bound)})" if bound else ""
            yield doc.error(
                pointer,
                "schema.out-of-range",
                f"the number has {digits} digits, far too many{largest}",
            )
            return
        if ("integer" in names or "number" in names) and isinstance(value, str):
            message += _as_number(value, whole="number" not in names)
        if "boolean" in names and isinstance(value, str) and value in _YAML11_BOOLEANS:
            answer = "true" if value.lower() in ("yes", "on", "y") else "false"
            message = (
                f"expected true or false, got the text '{value}' (a YAML 1.1 boolean, "
                f"which YAML 1.2 reads as text) — write {answer}"
            )
        yield doc.error(pointer, "schema.type", message)
        return
    if keyword == "enum":
        options = rule
        listed = ", ".join(str(o) for o in options)
        yield doc.error(
            pointer,
            "schema.enum",
            f"{value!r} is not one of: {listed}{suggest(str(value), options)}",
        )
        return
    if keyword == "const":
        yield doc.error(pointer, "schema.const", f"expected {rule!r}, got {value!r}")
        return
    if "propertyNames" in error.relative_schema_path:
        if rule == CONSTRAINTS[LanguageTag].schema["pattern"]:
            code, message = "schema.language", "is not a BCP 47 language tag such as nb, nn or en"
        else:
            code, message = "schema.pattern", f"is not {_pattern_words(rule)}"
        yield doc.error((*pointer, str(value)), code, f"{value!r} {message}", key=True)
        return
    if keyword == "pattern":
        # The rule in words (one line, an id …); the key's description says what
        # the key is for, which is no help with a wrong value.
        what = _pattern_words(rule)
        yield doc.error(pointer, "schema.pattern", f"{value!r} does not fit: {what}")
        return
    if keyword == "format":
        yield doc.error(
            pointer, "schema.format", f"{value!r} is not a valid {rule}{date_fix(value)}"
        )
        return
    if keyword == "maxLength" and isinstance(value, str):
        # A value of a fixed form (an organisation number with spaces in it) is
        # too long because of how it is written: say which form it takes.
        form = f" — expected {_pattern_words(schema['pattern'])}" if "pattern" in schema else ""
        yield doc.error(
            pointer,
            "schema.too-long",
            f"the text is {len(value)} characters long; at most {rule}{form}",
        )
        return
    if keyword == "minLength" and isinstance(value, str):
        yield doc.error(pointer, "schema.too-short", f"the text must be at least {rule} long")
        return
    if keyword == "minItems" and isinstance(value, list) and not value:
        # Some lists mean "every party" when left out: an empty one must not pass
        # silently for that, nor for "none".
        items = "one item" if rule == 1 else f"{rule} items"
        yield doc.error(
            pointer,
            "schema.minItems",
            f"the list is empty; list at least {items}, or leave the key out "
            "(for a list of parties, left out means every party)",
        )
        return
    if keyword in ("maximum", "minimum") and isinstance(value, int | float):
        side = "above the largest" if keyword == "maximum" else "below the smallest"
        yield doc.error(
            pointer,
            "schema.out-of-range",
            f"{_literal(value)} is {side} number allowed here ({_literal(rule)})",
        )
        return
    yield doc.error(pointer, f"schema.{keyword}", str(error.message))


def _explain_branches(doc: SourceDocument, error: ValidationError) -> Iterator[Diagnostic]:
    """Explain a failed oneOf/anyOf by the branch that came closest to matching."""
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context or ():
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    value = error.instance
    schemas: Any = error.validator_value

    def branch_type(index: int) -> str:
        branch = schemas[index] if isinstance(schemas, list) else {}
        return "object" if "$ref" in branch else str(branch.get("type", "object"))

    def closeness(index: int) -> tuple[int, int, int]:
        # Prefer the branch of the right type whose keys fit best (fewest unknown or
        # missing keys at its own level); its deeper errors are the useful ones.
        errors = branches[index]
        misfits = sum(
            1
            for e in errors
            if len(e.relative_schema_path) == 2
            and e.validator in ("additionalProperties", "required")
        )
        return (0 if _has_type(value, branch_type(index)) else 1, misfits, len(errors))

    best = min(branches, key=closeness)
    if closeness(best)[0] == 1:
        names = [branch_type(i) for i in sorted(branches)]
        wanted = " or ".join(dict.fromkeys(_TYPE_NAMES.get(n, n) for n in names))
        message = f"expected {wanted}, got {_describe(value)}"
        if "string" in names and isinstance(value, bool | int | float):
            message += f' — quote it: "{_literal(value)}"'
        if ("integer" in names or "number" in names) and isinstance(value, str):
            message += _as_number(value, whole="number" not in names)
        yield doc.error(tuple(error.absolute_path), "schema.type", message)
        return
    for sub in branches[best]:
        yield from _explain(doc, sub)
