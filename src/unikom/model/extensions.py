"""Extension data: keys starting with ``x-``, the one way to add to the format.

Every object of every document kind may carry keys of its own, named
``x-`` followed by a lowercase letter or digit (``x-portal-sla``).  unikom
keeps them in the object's :attr:`extensions` mapping, writes them back where
they were, and never reads them: no rule checks them and no page shows them.
So an app or a municipality can add what it needs without forking the standard,
and without clashing with a key a later version adds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from unikom.model._fields import control_character_message, forbidden_character
from unikom.model.errors import ModelError
from unikom.model.frozen import FrozenMap

__all__ = ["EXTENSION_KEY_PATTERN", "extension_value", "freeze_extensions", "plain"]

#: What an extension key looks like (a JSON Schema pattern: it matches at the start).
EXTENSION_KEY_PATTERN = r"^x-[a-z0-9]"

#: The metadata of every model class's ``extensions`` attribute: the schema
#: generator turns it into ``patternProperties``, the constructor checks the keys.
EXTENSIONS: dict[str, Any] = {
    "doc": "Extension data: keys starting with x-, kept and never read by unikom.",
    "schema": {"propertyNames": {"pattern": EXTENSION_KEY_PATTERN}},
    "extensions": True,
    "since": "1.1",
}


def extension_value(value: Any) -> Any:
    """Return *value* deeply frozen: lists become tuples, mappings FrozenMaps.

    Raises :class:`ModelError` (``field`` is ``extensions``) for what no file
    could hold: a value that is not text, a number, true/false, null, a list or
    a mapping; a key that is not text; text with a character the reader refuses;
    a number that is not finite (``.nan``, ``.inf``), which JSON cannot hold.
    The message starts with where the value is (``x-app/0/score``).  The
    constructor turns it into a :class:`ConstraintError` naming the class.
    """
    try:
        return _frozen(value)
    except _Refused as refused:
        place = "/".join(reversed(refused.path))
        raise ModelError(
            refused.code,
            f"{place}: {refused.detail}" if place else refused.detail,
            field="extensions",
        ) from None


class _Refused(Exception):
    """A value no file could hold, with the keys and indexes that lead to it."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code, self.detail = code, detail
        self.path: list[str] = []


def _frozen(value: Any) -> Any:
    if isinstance(value, str):
        offset = forbidden_character(value)
        if offset is not None:
            raise _Refused("value.control-character", control_character_message(value, offset))
        return value
    if isinstance(value, float) and not math.isfinite(value):
        # YAML can write .nan and .inf; JSON (an export, a JSON file) cannot.
        raise _Refused("value.number", f"expected a finite number, got {value!r}")
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return tuple(_within(str(index), item) for index, item in enumerate(value))
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise _Refused("type", "the keys of extension data are text")
        return FrozenMap((_within(key, key), _within(key, item)) for key, item in value.items())
    raise _Refused(
        "type",
        f"{type(value).__name__} cannot be extension data: use text, numbers, "
        "true/false, null, lists and mappings",
    )


def _within(step: str, value: Any) -> Any:
    try:
        return _frozen(value)
    except _Refused as refused:
        refused.path.append(step[:40])
        raise


def freeze_extensions(data: Mapping[str, Any]) -> FrozenMap[str, Any]:
    """Return extension data as an immutable, hashable mapping (the constructor's converter)."""
    if isinstance(data, FrozenMap) and not data:
        return data
    if not isinstance(data, Mapping):
        raise ModelError(
            "type",
            f"extensions are a mapping of x- keys, got {type(data).__name__}",
            field="extensions",
        )
    frozen: FrozenMap[str, Any] = extension_value(data)
    return frozen


def plain(value: Any) -> Any:
    """Return frozen extension data as plain lists and dicts, for writing."""
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if isinstance(value, FrozenMap):
        return {key: plain(item) for key, item in value.items()}
    return value
