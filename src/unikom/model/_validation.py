"""Check every model object when it is built, from the same declarations as the schemas.

A model class is decorated with :func:`validated` (under ``@attrs.frozen``).  Its
constructor then checks each attribute against the attribute's type hint (a
slug is a :data:`~unikom.model._fields.Slug`, a list is a tuple of the right
items, a text is a :class:`~unikom.model.text.Text` …) and against the JSON
Schema keywords in the attribute's metadata (``minItems``, ``maxLength`` …),
the very keywords the schema generator writes into the schemas.  So an object
built in code is refused for the same reasons a file is, with an error naming
the class, the attribute and the rule, and nothing is written twice.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import enum
import functools
import math
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from unikom.model._fields import (
    CONSTRAINTS,
    FIRST_YEAR,
    LAST_YEAR,
    LINE_BREAKS,
    SINGLE_LINE_FIELDS,
    Constraint,
    control_character_message,
    forbidden_character,
    number_schema,
)
from unikom.model.errors import ConstraintError, ModelError, ObjectRuleError
from unikom.model.frozen import FrozenMap

_C = TypeVar("_C", bound=type)

#: A check of one value: returns None when it is fine, else (rule, what is wrong).
_Check = Callable[[Any], "tuple[str, str] | None"]

#: Keywords that describe rather than constrain, or that the type hint already covers.
_DESCRIPTIVE = frozenset({"description", "title", "format", "examples", "default", "$comment"})
_MAX_SHOWN = 60


def _show(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return _number_text(value)
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "array": lambda v: isinstance(v, tuple),
    "object": lambda v: isinstance(v, Mapping),
    "null": lambda v: v is None,
}


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def schema_problem(schema: Mapping[str, Any], value: Any) -> tuple[str, str] | None:
    """Return ``(keyword, why)`` for the first keyword of *schema* that *value* breaks.

    Only the keywords the model's metadata uses are known; an unknown one raises
    :class:`TypeError`, so that a keyword added to the metadata cannot be
    silently enforced by the schemas alone.
    """
    for keyword, expected in schema.items():
        problem = _keyword_problem(keyword, expected, value)
        if problem is not None:
            return keyword, problem
    return None


def _keyword_problem(keyword: str, expected: Any, value: Any) -> str | None:
    check = _KEYWORDS.get(keyword)
    if check is None:
        if keyword in _DESCRIPTIVE:
            return None
        raise TypeError(
            f"the model's metadata uses the schema keyword {keyword!r}, which has no check"
        )
    return check(expected, value)


def _type(expected: Any, value: Any) -> str | None:
    names = expected if isinstance(expected, list) else [expected]
    if any(_JSON_TYPES[name](value) for name in names):
        return None
    return f"expected {' or '.join(names)}, got {_show(value)}"


def _min_length(expected: int, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) >= expected:
        return None
    return "must not be empty" if expected == 1 else f"needs {expected}+ characters"


def _max_length(expected: int, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) <= expected:
        return None
    return f"is {len(value)} characters long; at most {expected} are allowed"


def _pattern(expected: str, value: Any) -> str | None:
    # JSON Schema patterns match anywhere unless anchored, hence search.
    if not isinstance(value, str) or _compiled(expected).search(value) is not None:
        return None
    return f"{_show(value)} does not match the pattern {expected}"


def _min_items(expected: int, value: Any) -> str | None:
    if not isinstance(value, tuple) or len(value) >= expected:
        return None
    return "must not be empty" if expected == 1 else f"needs at least {expected} items"


def _max_items(expected: int, value: Any) -> str | None:
    if not isinstance(value, tuple) or len(value) <= expected:
        return None
    return f"has {len(value)} items; at most {expected} are allowed"


def _unique_items(expected: bool, value: Any) -> str | None:
    if not expected or not isinstance(value, tuple):
        return None
    seen: set[Any] = set()
    for item in value:
        if item in seen:
            return f"lists {_show(item)} twice"
        seen.add(item)
    return None


def _items(expected: Mapping[str, Any], value: Any) -> str | None:
    for item in value if isinstance(value, tuple) else ():
        found = schema_problem(expected, item)
        if found is not None:
            return found[1]
    return None


def _min_properties(expected: int, value: Any) -> str | None:
    if not isinstance(value, Mapping) or len(value) >= expected:
        return None
    return "must not be empty" if expected == 1 else f"needs at least {expected} entries"


def _max_properties(expected: int, value: Any) -> str | None:
    if not isinstance(value, Mapping) or len(value) <= expected:
        return None
    return f"has {len(value)} entries; at most {expected} are allowed"


def _property_names(expected: Mapping[str, Any], value: Any) -> str | None:
    named = _constraint_with_schema(expected)
    for key in value if isinstance(value, Mapping) else ():
        found = schema_problem(expected, key)
        if found is not None:
            return f"{_show(key)} is not {named.what}" if named else f"{_show(key)}: {found[1]}"
    return None


def _additional_properties(expected: Mapping[str, Any], value: Any) -> str | None:
    for key, item in value.items() if isinstance(value, Mapping) else ():
        found = schema_problem(expected, item)
        if found is not None:
            return f"{_show(key)}: {found[1]}"
    return None


def _bound(words: str, broken: Callable[[float, float], bool]) -> Callable[[Any, Any], str | None]:
    def check(expected: float, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not broken(value, expected):
            return None
        return f"must be {words} {expected:g}, got {_number_text(value)}"

    return check


def _number_text(value: float) -> str:
    # A float cannot hold an int past 1e308 (and str() refuses past 4300 digits).
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
    return f"{value:g}"


def _enum(expected: list[Any], value: Any) -> str | None:
    return None if value in expected else f"must be one of {expected}, got {_show(value)}"


def _const(expected: Any, value: Any) -> str | None:
    return None if value == expected else f"must be {expected!r}, got {_show(value)}"


#: Schema keyword → its check: (the keyword's value, the value checked) → what
#: is wrong, or None.  A keyword the metadata uses must have a line here.
_KEYWORDS: dict[str, Callable[[Any, Any], str | None]] = {
    "type": _type,
    "minLength": _min_length,
    "maxLength": _max_length,
    "pattern": _pattern,
    "minItems": _min_items,
    "maxItems": _max_items,
    "uniqueItems": _unique_items,
    "items": _items,
    "minProperties": _min_properties,
    "maxProperties": _max_properties,
    "propertyNames": _property_names,
    "additionalProperties": _additional_properties,
    "minimum": _bound("at least", lambda value, bound: value < bound),
    "maximum": _bound("at most", lambda value, bound: value > bound),
    "exclusiveMinimum": _bound("above", lambda value, bound: value <= bound),
    "exclusiveMaximum": _bound("below", lambda value, bound: value >= bound),
    "enum": _enum,
    "const": _const,
}


def _constraint_with_schema(schema: Mapping[str, Any]) -> Constraint | None:
    # Keys are typed str (mappings are invariant in their keys, so FrozenMap[Slug, …]
    # would not pass as a Mapping[str, …]); name the constraint their schema is.
    return next((c for c in CONSTRAINTS.values() if c.schema == schema), None)


def _describe(tp: Any) -> str:
    if tp in CONSTRAINTS:
        return str(tp.__name__)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(a) for a in typing.get_args(tp))
    if origin is tuple:
        return f"a tuple of {_describe(typing.get_args(tp)[0])}"
    if origin is not None:
        return getattr(origin, "__name__", str(origin))
    return "None" if tp is type(None) else getattr(tp, "__name__", str(tp))


def type_check(tp: Any) -> _Check:
    """Return a check that a value is of the type hint *tp*, constraints included."""
    if tp in CONSTRAINTS:
        constraint = CONSTRAINTS[tp]

        def constrained(value: Any) -> tuple[str, str] | None:
            if not isinstance(value, str):
                return "type", f"expected {tp.__name__} (text), got {_show(value)}"
            broken = schema_problem(constraint.schema, value)
            if broken is not None and broken[0] in ("minLength", "maxLength"):
                return constraint.code, f"{constraint.what}, {broken[1]}"
            if broken is not None or not constraint.check(value):
                reason = None if constraint.explain is None else constraint.explain(value)
                return constraint.code, reason or f"{_show(value)} is not {constraint.what}"
            return None

        return constrained
    if tp is Any:
        return lambda _value: None
    if tp is type(None):
        return lambda value: None if value is None else ("type", f"expected None, got {value!r}")
    if tp is bool:
        return _instance(bool, "true or false")
    if tp is int:
        return _bounded(
            int,
            _predicate(lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
        )
    if tp is float:
        return _bounded(
            float,
            _predicate(
                # An int is finite: math.isfinite cannot take one beyond a float's range.
                lambda v: (
                    isinstance(v, int | float)
                    and not isinstance(v, bool)
                    and (isinstance(v, int) or math.isfinite(v))
                ),
                "a finite number",
            ),
        )
    if tp is str:
        return _text_check
    if tp is dt.date:
        return _date_check
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        members = [type_check(member) for member in args]
        described = _describe(tp)

        def union(value: Any) -> tuple[str, str] | None:
            problems = [check(value) for check in members]
            if all(problems):
                # When the value has the right shape for one member, say what that one wants.
                specific = [p for p in problems if p is not None and p[0] != "type"]
                return (
                    specific[0]
                    if specific
                    else ("type", f"expected {described}, got {_show(value)}")
                )
            return None

        return union
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item_check = type_check(args[0])

        def sequence(value: Any) -> tuple[str, str] | None:
            if not isinstance(value, tuple):
                return "type", f"expected a tuple of {_describe(args[0])}, got {_show(value)}"
            for index, item in enumerate(value):
                problem = item_check(item)
                if problem is not None:
                    return problem[0], f"item {index + 1}: {problem[1]}"
            return None

        return sequence
    if origin is FrozenMap:
        key_check, value_check = type_check(args[0]), type_check(args[1])

        def mapping(value: Any) -> tuple[str, str] | None:
            if not isinstance(value, FrozenMap):
                return "type", f"expected a FrozenMap, got {_show(value)}"
            for key, item in value.items():
                problem = key_check(key) or value_check(item)
                if problem is not None:
                    return problem[0], f"{_show(key)}: {problem[1]}"
            return None

        return mapping
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        choices = ", ".join(repr(m.value) for m in tp)
        return _predicate(lambda v: isinstance(v, tp), f"a {tp.__name__} ({choices})")
    if isinstance(tp, type):
        return _instance(tp, f"a {tp.__name__}")
    raise TypeError(f"no check for the type hint {tp!r}")


def _text_check(value: Any) -> tuple[str, str] | None:
    if not isinstance(value, str):
        return "type", f"expected text, got {_show(value)}"
    # The reader refuses these characters in every value of a file.
    offset = forbidden_character(value)
    if offset is not None:
        return "value.control-character", control_character_message(value, offset)
    return None


def _date_check(value: Any) -> tuple[str, str] | None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return "type", f"expected a date, got {_show(value)}"
    # A file's dates are refused outside these years (the schemas' date pattern).
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return "value.out-of-range", (
            f"{value.isoformat()} lies outside the years {FIRST_YEAR}–{LAST_YEAR} a date may have"
        )
    return None


def _bounded(kind: type, base: _Check) -> _Check:
    """Add the bounds a file's number has (the schemas' own) to the check *base*."""
    schema = number_schema(kind)

    def check(value: Any) -> tuple[str, str] | None:
        problem = base(value)
        if problem is None:
            broken = schema_problem(schema, value)
            if broken is not None:
                return "value.out-of-range", broken[1]
        return problem

    return check


def _instance(kind: type, what: str) -> _Check:
    return _predicate(lambda v: isinstance(v, kind), what)


def _predicate(test: Callable[[Any], bool], what: str) -> _Check:
    def check(value: Any) -> tuple[str, str] | None:
        return None if test(value) else ("type", f"expected {what}, got {_show(value)}")

    return check


def _field_checks(cls: type) -> list[tuple[str, _Check, Mapping[str, Any], bool]]:
    hints = typing.get_type_hints(cls)
    return [
        (
            field.name,
            type_check(hints[field.name]),
            field.metadata.get("schema", {}),
            field.default == (),
        )
        for field in attrs.fields(cls)
    ]


#: Set while the validator builds objects from a file: it runs the object rules
#: itself, to report each finding located in the file rather than stop at the first.
_RULES_DEFERRED: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "unikom_rules_deferred", default=False
)


@contextlib.contextmanager
def rules_deferred() -> Iterator[None]:
    """Build objects without their object rules (the caller reports those itself)."""
    token = _RULES_DEFERRED.set(True)
    try:
        yield
    finally:
        _RULES_DEFERRED.reset(token)


#: True while objects are built from data that has just passed the JSON Schema.
#: The schemas are generated from the same declarations these checks read, and
#: the converter checks each constrained string itself, so checking again
#: would only double the cost of every file (a third of a large run).
_SCHEMA_CHECKED: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "unikom_schema_checked", default=False
)


@contextlib.contextmanager
def schema_checked() -> Iterator[None]:
    """Build objects inside this block without repeating the schema's checks.

    Only for data that passed its kind's JSON Schema, as the engine's is.
    """
    token = _SCHEMA_CHECKED.set(True)
    try:
        yield
    finally:
        _SCHEMA_CHECKED.reset(token)


def schema_was_checked() -> bool:
    """Tell whether objects are being built inside :func:`schema_checked`."""
    return _SCHEMA_CHECKED.get()


def _single_line_problem(value: Any) -> tuple[str, str] | None:
    # A multilingual text is checked translation by translation (the schema's
    # additionalProperties); a plain string is checked by its own constraint.
    translations = getattr(value, "translations", None)
    if not isinstance(translations, FrozenMap):
        return None
    for language, wording in translations.items():
        if isinstance(wording, str) and _LINE_BREAK.search(wording):
            return "value.text", f"{language}: {_show(wording)} is not one line of text"
    return None


_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")


def _wrongly_given(
    checks: list[tuple[str, _Check, Mapping[str, Any], bool]],
    converted: frozenset[str],
    given: Mapping[str, Any],
) -> tuple[str, str, str] | None:
    """Return ``(attribute, code, why)`` for the first argument of the wrong type, if any."""
    for name, check, _schema, _empty in checks:
        if name in given and name not in converted:
            problem = check(given[name])
            if problem is not None:
                return name, problem[0], problem[1]
    return None


def freeze_field(items: Any, field: str) -> FrozenMap[Any, Any]:
    """Return a mapping attribute's value as a FrozenMap: the converter of such attributes.

    What cannot be one (None, a list of numbers …) raises :class:`ModelError`
    naming *field*, which :func:`validated` turns into a
    :class:`ConstraintError` naming the class too, as every refusal does;
    Python's own ``'NoneType' object is not iterable`` names neither.
    """
    if isinstance(items, FrozenMap):
        return items
    try:
        return FrozenMap(items)
    except (TypeError, ValueError):
        raise ModelError("type", f"expected a mapping, got {_show(items)}", field=field) from None


def validated(cls: _C) -> _C:
    """Make *cls*'s constructor check every attribute by its type hint and schema metadata.

    Raises :class:`ConstraintError` (a :class:`ModelError`), which names the
    class, the attribute and the rule broken.  A class with an ``_object_rules``
    method (the rules that span its values: unique ids, references within it)
    is then checked by those too, and an error among their findings raises
    :class:`ObjectRuleError`, with every error attached.
    """
    build = vars(cls)["__init__"]
    checks: list[tuple[str, _Check, Mapping[str, Any], bool]] = []
    # A value given to an attribute with a converter is checked only once converted.
    converted = frozenset(f.name for f in attrs.fields(cls) if f.converter is not None)

    @functools.wraps(build)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if _SCHEMA_CHECKED.get():
            build(self, *args, **kwargs)
            return
        try:
            build(self, *args, **kwargs)
        except ConstraintError:
            raise
        except ModelError as exc:
            # A converter or a check spanning attributes (a period that ends
            # before it starts) raised it: name the class, as every refusal does.
            raise ConstraintError(cls.__name__, exc.field or "?", exc.code, exc.message) from None
        except (TypeError, ValueError):
            # A check spanning attributes compared a value of the wrong type
            # ('<' between a date and None): name the attribute given wrongly.
            if not checks:
                checks.extend(_field_checks(cls))
            wrong = _wrongly_given(checks, converted, kwargs)
            if wrong is None:
                raise
            raise ConstraintError(cls.__name__, *wrong) from None
        if not checks:
            # Type hints are resolved on first use: at class creation the classes
            # they name may not all exist yet.
            checks.extend(_field_checks(cls))
        for name, check, schema, empty_default in checks:
            value = getattr(self, name)
            problem = check(value)
            # An empty list where the default is an empty list is the key left out: a
            # file's `[]` is refused by the schema where a list, when given, must
            # hold something (minItems), since left out it means "every party".
            if (
                problem is None
                and value is not None
                and schema
                and not (empty_default and value == ())
            ):
                problem = schema_problem(schema, value)
            if problem is None and value is not None and name in SINGLE_LINE_FIELDS:
                problem = _single_line_problem(value)
            if problem is not None:
                raise ConstraintError(cls.__name__, name, problem[0], problem[1])
        rules = getattr(self, "_object_rules", None)
        if rules is not None and not _RULES_DEFERRED.get():
            errors = [found for found in rules() if found.is_error]
            if errors:
                raise ObjectRuleError(cls.__name__, errors)

    type.__setattr__(cls, "__init__", __init__)
    return cls


@functools.cache
def _constrained_check(kind: object) -> _Check:
    return type_check(kind)


#: Texts longer than this are checked every time rather than remembered.
_REMEMBERED_LENGTH = 200


@functools.lru_cache(maxsize=4096)
def _constrained_problem(kind: object, value: str) -> tuple[str, str] | None:
    # The same ids, organisation numbers and addresses recur in file after file
    # of a partnership; each is checked once per run.
    return _constrained_check(kind)(value)


def check_constrained(kind: object, value: Any) -> None:
    """Raise :class:`ModelError` unless *value* is a valid *kind* (Slug, Email …)."""
    if isinstance(value, str) and len(value) <= _REMEMBERED_LENGTH:
        problem = _constrained_problem(kind, value)
    else:
        problem = _constrained_check(kind)(value)
    if problem is not None:
        raise ModelError(problem[0] if "." in problem[0] else CONSTRAINTS[kind].code, problem[1])
