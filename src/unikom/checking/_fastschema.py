"""Fast paths for the schema check: answer "valid?" quickly, leave the explaining to Python.

Most documents are valid, and for them the schema check only has to say so.  A
fast check that says "valid" ends the schema check; any other answer (invalid,
or an error) falls back to python-jsonschema with the schema as shipped, which
finds and explains the problems.  So the diagnostics are the same in every
case, and a fast check could only change them by accepting a document that
python-jsonschema rejects.  There are two fast checks:

**Inlined references** (always there): python-jsonschema on a copy of the
schema with every ``$ref`` replaced by the definition it names.  Resolving
references is about 40% of python-jsonschema's time on our schemas; inlining
them changes nothing else (a ``$ref`` with a sibling keyword the definition
also has becomes an ``allOf``; a recursive or unusual schema is not inlined).

**jsonschema-rs** (``pip install unikom[fast]``), some fifty times faster than
python-jsonschema.  Two differences from python-jsonschema are closed here:

* ``\\s`` in a pattern: Python counts U+001C–U+001F and U+0085 as white space,
  the Rust engine does not; patterns are given Python's set spelled out.
* ``format: date``: jsonschema-rs accepts year 0000; it is given
  python-jsonschema's date check (:func:`is_date`, the same two lines, so that
  a run over valid files need not import python-jsonschema at all).

Patterns with any other escape (``\\d``, ``\\w``, ``\\b`` …) keep their kind of
document off jsonschema-rs.  Set ``UNIKOM_PURE_PYTHON=1`` not to use
jsonschema-rs even where it is installed, for example to compare the two in a
benchmark.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from unikom.checking._schemafiles import load_schema

#: The characters Python's ``re`` matches with ``\s`` in a text pattern.
PYTHON_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

Check = Callable[[Any], bool]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_date(value: object) -> bool:
    """Check ``format: date`` exactly as python-jsonschema's FormatChecker does."""
    if not isinstance(value, str):
        return True
    try:
        return bool(_DATE.fullmatch(value) and dt.date.fromisoformat(value))
    except ValueError:
        return False


def rust_enabled() -> bool:
    """Tell whether jsonschema-rs may be used in this process."""
    return os.environ.get("UNIKOM_PURE_PYTHON", "") in ("", "0")


@cache
def fast_check_for(kind_name: str) -> Check | None:
    """Return the quickest exact validity check there is for *kind_name*."""
    return rust_check_for(kind_name) or inlined_check_for(kind_name)


@cache
def inlined_check_for(kind_name: str) -> Check | None:
    """Return python-jsonschema's check on the schema with its references inlined."""
    from jsonschema import Draft202012Validator, FormatChecker

    schema = inline_refs(load_schema(kind_name))
    if schema is None:
        return None
    validator = Draft202012Validator(schema, format_checker=FormatChecker(formats=("date",)))
    return validator.is_valid


@cache
def rust_check_for(kind_name: str) -> Check | None:
    """Return jsonschema-rs's check for *kind_name*, or None where it cannot be used."""
    if not rust_enabled():
        return None
    try:
        import jsonschema_rs
    except ImportError:
        return None
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
    patterns = schema.get("patternProperties", {})
    if any(_translate(key) != key for key in patterns):
        # Its keys are patterns too: only those that mean the same to both engines.
        return None
    result = {}
    for key, value in schema.items():
        translated: Any
        if key == "pattern" and isinstance(value, str):
            translated = _translate(value)
        elif key in ("properties", "patternProperties", "$defs"):
            translated = {name: python_patterns(sub) for name, sub in value.items()}
            if any(sub is None for sub in translated.values()):
                return None
        else:
            translated = python_patterns(value)
        if translated is None:
            return None
        result[key] = translated
    return result


@cache  # the same few patterns recur hundreds of times in a schema
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


#: Keywords that only annotate: a definition and its reference may both have them.
_ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default", "deprecated"})
#: Keywords whose meaning depends on where a subschema sits; schemas with them
#: are left as they are.
_POSITIONAL = frozenset(
    {"$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "unevaluatedProperties", "unevaluatedItems"}
)
#: Keywords whose value maps names (not keywords) to subschemas.
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs"})


class _CannotInline(Exception):
    """The schema has a recursive or unusual reference; use it as it is."""


def inline_refs(schema: dict[str, Any]) -> dict[str, Any] | None:
    """Return *schema* with each ``$ref`` to one of its ``$defs`` replaced by that definition.

    None when that cannot be done without changing its meaning (a recursive
    definition, a reference elsewhere, or a keyword that depends on position).
    """
    definitions = schema.get("$defs", {})

    def walk(node: Any, expanding: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, expanding) for item in node]
        if not isinstance(node, dict):
            return node
        if _POSITIONAL & set(node) and node is not schema:
            raise _CannotInline
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" or (key == "$defs" and node is schema):
                continue
            if key in _NAMED_SCHEMAS:
                result[key] = {name: walk(sub, expanding) for name, sub in value.items()}
            else:
                result[key] = walk(value, expanding)
        ref = node.get("$ref")
        if ref is None:
            return result
        name = ref.removeprefix("#/$defs/") if isinstance(ref, str) else None
        if name is None or name == ref or name not in definitions or name in expanding:
            raise _CannotInline
        target = walk(definitions[name], (*expanding, name))
        if (set(result) & set(target)) - _ANNOTATIONS:
            # Both constrain the same keyword: keep both, as the reference did.
            return {**result, "allOf": [*result.get("allOf", []), target]}
        return {**result, **target}

    try:
        inlined: dict[str, Any] = walk(schema, ())
    except _CannotInline:
        return None
    return inlined
