"""The cattrs converter that turns parsed documents into model objects and back.

unikom never uses cattrs' global converter: a library that configured it would
change the behaviour of every other library in the same process.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from unikom.checking._hooks import (
    EXTENSIONS_FIELD,
    gather_extensions,
    is_extension,
    structure_answer,
    structure_bool,
    structure_constrained,
    structure_date,
    structure_duration,
    structure_float,
    structure_int,
    structure_score,
    structure_text,
)
from unikom.model._fields import CONSTRAINTS
from unikom.model.assessment import Score
from unikom.model.duration import Duration
from unikom.model.errors import ModelError
from unikom.model.extensions import plain
from unikom.model.frozen import FrozenMap
from unikom.model.inquiry import Answer
from unikom.model.text import UNDETERMINED, Text

__all__ = ["EXTENSIONS_FIELD", "get_converter", "is_extension"]


def configure_text(converter: cattrs.Converter) -> None:
    """Read text as a plain string or a language mapping; write it back the same way."""

    def unstructure(value: Text) -> str | dict[str, str]:
        if value.is_plain:
            return value.translations[UNDETERMINED]
        return dict(value.translations)

    converter.register_structure_hook(Text, lambda value, _type: structure_text(value))
    converter.register_unstructure_hook(Text, unstructure)


def configure_dates(converter: cattrs.Converter) -> None:
    """Read dates from ISO text (the loader keeps them as text); write them as ISO text."""
    converter.register_structure_hook(dt.date, lambda value, _type: structure_date(value))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)


def configure_durations(converter: cattrs.Converter) -> None:
    """Read durations from ``P15D``-style text and write them back the same way."""
    converter.register_structure_hook(Duration, lambda value, _type: structure_duration(value))
    converter.register_unstructure_hook(Duration, str)


def configure_constrained_strings(converter: cattrs.Converter) -> None:
    """Check slugs, organisation numbers, URLs … while structuring, so errors carry a path."""
    for kind in CONSTRAINTS:

        def structure(value: Any, _type: Any, kind: object = kind) -> str:
            return structure_constrained(kind, value)

        converter.register_structure_hook(kind, structure)


def configure_numbers(converter: cattrs.Converter) -> None:
    """Accept whole numbers where decimals are expected, but never booleans or text."""
    converter.register_structure_hook(float, lambda value, _type: structure_float(value))
    converter.register_structure_hook(int, lambda value, _type: structure_int(value))
    converter.register_structure_hook(bool, lambda value, _type: structure_bool(value))


def configure_answers(converter: cattrs.Converter) -> None:
    """Read form answers and assessment scores, keeping whole numbers whole."""
    converter.register_structure_hook(Answer, lambda value, _type: structure_answer(value))
    converter.register_structure_hook(Score, lambda value, _type: structure_score(value))


def configure_maps(converter: cattrs.Converter) -> None:
    """Read mappings into the model's FrozenMap, key by key; write them as plain dicts."""

    def structure(value: Any, tp: Any) -> FrozenMap[Any, Any]:
        if not isinstance(value, Mapping):
            raise ModelError("value.mapping", f"expected a mapping, got {value!r}")
        key_type, value_type = typing.get_args(tp) or (Any, Any)
        return FrozenMap(
            (converter.structure(key, key_type), converter.structure(item, value_type))
            for key, item in value.items()
        )

    converter.register_structure_hook_func(_is_frozen_map, structure)
    converter.register_unstructure_hook_func(
        _is_frozen_map,
        lambda value: {key: converter.unstructure(item) for key, item in value.items()},
    )


def _is_frozen_map(tp: Any) -> bool:
    return typing.get_origin(tp) is FrozenMap or tp is FrozenMap


def configure_omit_defaults(converter: cattrs.Converter, *, omit: bool = True) -> None:
    """Write only what differs from the defaults, so dumped files stay short and readable.

    With *omit* false, every key is written, defaults included (for exports).
    """

    def factory(cls: type) -> Any:
        unstructure: Any = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=omit)
        order = [a.name for a in attrs.fields(cls)]
        # A list that must not be empty when given (minItems) means "every party" when
        # left out: even with every default written, its empty default stays out.
        left_out = {
            a.name
            for a in attrs.fields(cls)
            if a.default == () and a.metadata.get("schema", {}).get("minItems", 0) > 0
        }

        # Keep the fields in the model's order, which is the order the docs use;
        # extension keys go back in among them, after the standard's keys.
        def in_model_order(value: Any) -> dict[str, Any]:
            data = unstructure(value)
            result = {
                name: data[name]
                for name in order
                if name in data and not (name in left_out and data[name] == [])
            }
            extra = result.pop(EXTENSIONS_FIELD, None)
            if extra:
                result.update(plain(extra))
            return result

        return in_model_order

    converter.register_unstructure_hook_factory(attrs.has, factory)


def configure_extensions(converter: cattrs.Converter) -> None:
    """Gather each object's x- keys into its ``extensions`` before structuring it."""

    def factory(cls: type) -> Any:
        structure: Any = make_dict_structure_fn(cls, converter)
        if not _has_extensions(cls):
            return structure

        def with_extensions(value: Any, tp: Any) -> Any:
            return structure(gather_extensions(value), tp)

        return with_extensions

    converter.register_structure_hook_factory(attrs.has, factory)


def _has_extensions(cls: type) -> bool:
    return any(f.metadata.get("extensions") for f in attrs.fields(cls))


def configure_enums(converter: cattrs.Converter) -> None:
    """Write enums as their values."""
    converter.register_unstructure_hook(enum.Enum, lambda value: value.value)


def configure_sequences(converter: cattrs.Converter) -> None:
    """Write tuples as lists, which every YAML and JSON reader understands."""
    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", None) is tuple,
        lambda value: [converter.unstructure(item) for item in value],
    )


@cache
def get_converter(*, defaults: bool = False) -> cattrs.Converter:
    """Return unikom's converter, built once; with *defaults*, one that writes defaults too."""
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    configure_text(converter)
    configure_dates(converter)
    configure_durations(converter)
    configure_constrained_strings(converter)
    configure_numbers(converter)
    configure_answers(converter)
    configure_maps(converter)
    configure_extensions(converter)
    configure_enums(converter)
    configure_omit_defaults(converter, omit=not defaults)
    configure_sequences(converter)
    return converter
