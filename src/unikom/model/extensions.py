"""Extension data: keys starting with ``x-``, the one way to add to the format.

Every object of every document kind may carry keys of its own, named
``x-`` followed by a lowercase letter or digit (``x-portal-sla``).  unikom
keeps them in the object's :attr:`extensions` mapping, writes them back where
they were, and never reads them: no rule checks them and no page shows them.
So an app or a municipality can add what it needs without forking the standard,
and without clashing with a key a later version adds.
"""

from __future__ import annotations

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
    a mapping; a key that is not text; text with a character the reader refuses.
    The constructor turns it into a :class:`ConstraintError` naming the class.
    """
    if isinstance(value, str):
        offset = forbidden_character(value)
        if offset is not None:
            raise ModelError(
                "value.control-character",
                control_character_message(value, offset),
                field="extensions",
            )
        return value
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return tuple(extension_value(item) for item in value)
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise ModelError("type", "the keys of extension data are text", field="extensions")
        return FrozenMap(
            (extension_value(key), extension_value(item)) for key, item in value.items()
        )
    raise ModelError(
        "type",
        f"{type(value).__name__} cannot be extension data: use text, numbers, "
        "true/false, null, lists and mappings",
        field="extensions",
    )


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
