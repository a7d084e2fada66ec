"""An optional fast path for the schema check, with jsonschema-rs (``pip install unikom[fast]``).

jsonschema-rs only answers "is this document valid?", some fifty times faster
than python-jsonschema.  A valid answer ends the schema check; any other answer
(invalid, or an error) falls back to python-jsonschema, which finds and
explains the problems.  So the diagnostics are python-jsonschema's in every
case, and the fast path can only change them if jsonschema-rs accepts a document
python-jsonschema rejects.  Two known differences are closed here:

* ``\\s`` in a pattern: Python counts U+001C–U+001F and U+0085 as white space,
  the Rust engine does not; patterns are given Python's set spelled out.
* ``format: date``: jsonschema-rs accepts year 0000; it is given
  python-jsonschema's date check (:func:`is_date`, the same two lines, so that
  a run over valid files need not import python-jsonschema at all).

Patterns with any other escape (``\\d``, ``\\w``, ``\\b`` …) keep their kind of
document on python-jsonschema alone.  Set ``UNIKOM_PURE_PYTHON=1`` to turn the
fast path off, for example to compare the two in a benchmark.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from functools import cache
from typing import Any

#: The characters Python's ``re`` matches with ``\s`` in a text pattern.
PYTHON_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

Check = Callable[[Any], bool]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def is_date(value: object) -> bool:
    """Check ``format: date`` exactly as python-jsonschema's FormatChecker does."""
    if not isinstance(value, str):
        return True
    try:
        return bool(_DATE.fullmatch(value) and dt.date.fromisoformat(value))
    except ValueError:
        return False


def enabled() -> bool:
    """Tell whether the fast path may be used in this process."""
    return os.environ.get("UNIKOM_PURE_PYTHON", "") in ("", "0")


@cache
def fast_check_for(kind_name: str) -> Check | None:
    """Return a quick validity check for *kind_name*, or None without jsonschema-rs."""
    if not enabled():
        return None
    try:
        import jsonschema_rs
    except ImportError:
        return None
    from unikom._private.schemacheck import load_schema

    schema = python_patterns(load_schema(kind_name))
    if schema is None:
        return None
    validator = jsonschema_rs.validator_for(
        schema, validate_formats=True, formats={"date": is_date}
    )

    def is_valid(data: Any) -> bool:
        try:
            return bool(validator.is_valid(data))
        except Exception:  # e.g. a number jsonschema-rs cannot hold: let Python decide
            return False

    return is_valid


def python_patterns(schema: Any) -> Any:
    """Return *schema* with each pattern meaning what it means to Python's ``re``.

    None when a pattern uses an escape whose meaning may differ between the two
    engines.
    """
    if isinstance(schema, list):
        items = [python_patterns(item) for item in schema]
        return None if any(item is None for item in items) else items
    if not isinstance(schema, dict):
        return schema
    if "patternProperties" in schema:  # its keys are patterns too; not translated
        return None
    result = {}
    for key, value in schema.items():
        translated: Any
        if key == "pattern" and isinstance(value, str):
            translated = _translate(value)
        elif key in ("properties", "$defs"):
            translated = {name: python_patterns(sub) for name, sub in value.items()}
            if any(sub is None for sub in translated.values()):
                return None
        else:
            translated = python_patterns(value)
        if translated is None:
            return None
        result[key] = translated
    return result


def _translate(pattern: str) -> str | None:
    out = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1 : index + 2]
            if escaped == "s":
                out.append(PYTHON_WHITESPACE if in_class else f"[{PYTHON_WHITESPACE}]")
            elif escaped and not escaped.isalnum():
                out.append(char + escaped)  # an escaped punctuation mark means itself
            else:
                return None
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)
