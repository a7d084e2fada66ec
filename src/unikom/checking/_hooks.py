"""How each leaf of the model is read from parsed data: one function per kind of value.

Both ways of building the model call these, so they cannot drift apart: the
cattrs converter (``_converter.py``), which explains a document that does not
fit, and the generated structure functions (``_structure.py``), which build a
document that does without importing cattrs or compiling anything at start-up.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any, cast

from unikom.model._fields import (
    FIRST_YEAR,
    LAST_YEAR,
    LanguageTag,
    Slug,
    TextValue,
    check_number,
)
from unikom.model._validation import check_constrained, schema_was_checked
from unikom.model.assessment import Score
from unikom.model.duration import Duration
from unikom.model.errors import ModelError, UnikomError
from unikom.model.extensions import EXTENSION_KEY_PATTERN
from unikom.model.inquiry import Answer
from unikom.model.text import Text

__all__ = [
    "EXTENSIONS_FIELD",
    "DoesNotFit",
    "gather_extensions",
    "is_extension",
    "structure_answer",
    "structure_bool",
    "structure_constrained",
    "structure_date",
    "structure_duration",
    "structure_float",
    "structure_int",
    "structure_score",
    "structure_text",
]

#: The attribute every model object keeps its x- keys in.
EXTENSIONS_FIELD = "extensions"
_EXTENSION_KEY = re.compile(EXTENSION_KEY_PATTERN)


class DoesNotFit(UnikomError):
    """The generated structure functions cannot build this data; the converter explains why.

    Never reaches a user: the engine catches it and asks the converter.
    """


def is_extension(key: str) -> bool:
    """Tell whether *key* is an extension key (``x-`` and a lowercase letter or digit)."""
    return _EXTENSION_KEY.match(key) is not None


def gather_extensions(value: Any) -> Any:
    """Return *value* with its x- keys gathered under ``extensions``, ready to structure."""
    if isinstance(value, Mapping) and EXTENSIONS_FIELD not in value:
        # Nearly every object has no x- key.  One search of its keys joined finds
        # that without a pattern or a loop; it may also find "x-" across two keys,
        # which only sends the object the exact way below.
        try:
            if "x-" not in "\n".join(value):
                return value
        except TypeError:  # a key that is not text: only the exact way can tell
            pass
        extra = {k: v for k, v in value.items() if isinstance(k, str) and is_extension(k)}
        if extra:
            value = {k: v for k, v in value.items() if k not in extra}
            value[EXTENSIONS_FIELD] = extra
    return value


def structure_text(value: Any) -> Text:
    """Read text as a plain string or a language mapping."""
    if isinstance(value, str):
        check_constrained(TextValue, value)
        if len(value) <= _REMEMBERED_LENGTH and schema_was_checked():
            return _plain_text(value)
        return Text.plain(value)
    if (
        isinstance(value, Mapping)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        for language, wording in value.items():
            check_constrained(LanguageTag, language)
            check_constrained(TextValue, wording)
        return Text(translations=value)
    raise ModelError("value.text", f"expected text, got {value!r}")


#: Plain texts longer than this are built every time rather than remembered.
_REMEMBERED_LENGTH = 200


@functools.lru_cache(maxsize=4096)
def _plain_text(value: str) -> Text:
    # The same notes, roles and labels recur in file after file of a partnership,
    # and a Text cannot change: one object serves them all.  Only for data that
    # passed its schema, where building skips the checks the schema made; a
    # Text built with every check equals it.
    return Text.plain(value)


def structure_date(value: Any) -> dt.date:
    """Read a date from ISO text (the loader keeps dates as text)."""
    day: dt.date | None = None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    elif isinstance(value, str) and len(value) == 10:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            day = None
    if day is None:
        raise ModelError("value.date", f"{value!r} is not a date written YYYY-MM-DD")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ModelError(
            "value.date", f"{value} is outside the years {FIRST_YEAR}–{LAST_YEAR} unikom counts"
        )
    return day


def structure_duration(value: Any) -> Duration:
    """Read a duration from ``P15D``-style text."""
    return Duration.parse(value)


def structure_constrained(kind: object, value: Any) -> str:
    """Read a slug, organisation number, URL … checking it, so errors carry a path."""
    check_constrained(kind, value)
    return str(value)


def structure_float(value: Any) -> float:
    """Accept whole numbers where decimals are expected, but never booleans or text."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ModelError("value.number", f"expected a number, got {value!r}")
    check_number(value, float)
    return float(value)


def structure_int(value: Any) -> int:
    """Accept whole numbers only, never booleans."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelError("value.integer", f"expected a whole number, got {value!r}")
    check_number(value, int)
    return value


def structure_bool(value: Any) -> bool:
    """Accept true or false only."""
    if not isinstance(value, bool):
        raise ModelError("value.boolean", f"expected true or false, got {value!r}")
    return value


def structure_answer(value: Any) -> Answer:
    """Read a form answer, keeping whole numbers whole."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        check_constrained(TextValue, value)
        return cast("TextValue", value)  # checked just above; TextValue() would again
    if isinstance(value, int | float):
        check_number(value, float)
        return value
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        for item in value:
            check_constrained(Slug, item)
        return cast("tuple[Slug, ...]", tuple(value))
    raise ModelError(
        "value.answer",
        f"expected text, true/false, a number or a list of choice ids, got {value!r}",
    )


def structure_score(value: Any) -> Score:
    """Read an assessment score: a number or true/false."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        check_number(value, float)
        return value
    raise ModelError("value.score", f"expected a number or true/false, got {value!r}")
