"""Rules that span several values: unique ids, resolvable references, translations.

The JSON Schema checks each value on its own; these rules check how values fit
together.  Each rule is a generator of diagnostics, so all problems are found.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from unikom.checking._locate import Locator
from unikom.checking._structure import FIELD_TYPES
from unikom.checking._yamlsource import Pointer
from unikom.model._rules import (
    check_rrule,
    inquiry_type_rules,
    membership_rules,
    partnership_rules,
    resolve,
    rrule_problem,
    unique_ids,
)
from unikom.model.diagnostics import Diagnostic, Severity
from unikom.model.inquiry_type import InquiryType
from unikom.model.partnership import Partnership
from unikom.model.text import Text

__all__ = [
    "check_rrule",
    "inquiry_type_in_context",
    "inquiry_type_rules",
    "membership_rules",
    "partnership_rules",
    "resolve",
    "rrule_problem",
    "texts",
    "translation_rules",
    "translations_complete",
    "unique_ids",
]

Rule = Callable[[Any, Locator], Iterator[Diagnostic]]


def inquiry_type_in_context(
    it: InquiryType, at: Locator, partnership: Partnership | None
) -> Iterator[Diagnostic]:
    """Check an inquiry-type file on its own, against its partnership when there is one."""
    return inquiry_type_rules(it, (), at, partnership)


def texts(value: Any, pointer: Pointer = ()) -> Iterator[tuple[Pointer, Text]]:
    """Yield every :class:`Text` inside a model value, with its pointer."""
    if isinstance(value, Text):
        yield pointer, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts(item, (*pointer, index))
    else:
        cls = type(value)
        names = _TEXT_FIELDS.get(cls)
        for name in _text_fields(cls) if names is None else names:
            yield from texts(getattr(value, name), (*pointer, name))


#: The fields texts() walks in each type met so far: those whose type can hold a
#: Text (none for a type that is not an attrs class).
_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def _text_fields(cls: type) -> tuple[str, ...]:
    """Return (and remember) the fields of *cls* whose type can hold a Text.

    Walking only those keeps the translation check cheap: most fields are ids,
    dates and numbers, and every file is walked.
    """
    names: tuple[str, ...] = ()
    if attrs.has(cls):
        hints = FIELD_TYPES.get(cls) or typing.get_type_hints(cls)
        names = tuple(f.name for f in attrs.fields(cls) if _can_hold_text(hints[f.name], set()))
    _TEXT_FIELDS[cls] = names
    return names


def _can_hold_text(tp: Any, seen: set[Any]) -> bool:
    # What texts() descends into: Text itself, attrs objects and tuples; a union
    # or an unknown type (Any) counts if any part of it could.
    if tp is Text or tp is Any:
        return True
    if tp in seen:
        return False
    seen.add(tp)
    if isinstance(tp, type) and attrs.has(tp):
        hints = FIELD_TYPES.get(tp) or typing.get_type_hints(tp)
        return any(_can_hold_text(t, seen) for t in hints.values())
    origin = typing.get_origin(tp)
    if origin is tuple or origin in (typing.Union, types.UnionType):
        return any(_can_hold_text(a, seen) for a in typing.get_args(tp) if a is not Ellipsis)
    return False


def translations_complete(model: Any, languages: Sequence[str]) -> bool:
    """Tell whether every text inside *model* has each of *languages* (or is plain).

    What :func:`texts` finds, without the pointers: building a pointer for every
    value was most of the translation check's time, and nearly every file has
    nothing to report.
    """
    pending = [model]
    while pending:
        value = pending.pop()
        if isinstance(value, Text):
            if not value.is_plain and any(lang not in value.translations for lang in languages):
                return False
        elif isinstance(value, tuple):
            pending.extend(value)
        else:
            cls = type(value)
            names = _TEXT_FIELDS.get(cls)
            if names is None:
                names = _text_fields(cls)
            pending.extend(getattr(value, name) for name in names)
    return True


def translation_rules(model: Any, languages: Sequence[str], at: Locator) -> Iterator[Diagnostic]:
    """Warn for each text that lacks one of *languages* (plain strings count as neutral)."""
    if not languages:  # unikom.load asks for none: skip walking every text
        return
    if translations_complete(model, languages):
        return
    for pointer, text in texts(model):
        missing = [lang for lang in languages if not text.has(lang)]
        if missing:
            yield at(
                pointer,
                "text.missing-translation",
                f"no text in {', '.join(missing)} here; readers of it will see "
                f"'{text.resolve(missing[0])[0]}'",
                severity=Severity.WARNING,
            )
