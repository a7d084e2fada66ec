"""Rules that span several values: unique ids, resolvable references, translations.

The JSON Schema checks each value on its own; these rules check how values fit
together.  Each rule is a generator of diagnostics, so all problems are found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from unikom.checking._locate import Locator
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
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from texts(getattr(value, field.name), (*pointer, field.name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts(item, (*pointer, index))


def translation_rules(model: Any, languages: Sequence[str], at: Locator) -> Iterator[Diagnostic]:
    """Warn for each text that lacks one of *languages* (plain strings count as neutral)."""
    if not languages:  # unikom.load asks for none: skip walking every text
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
