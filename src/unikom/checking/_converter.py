"""The cattrs converter that turns parsed documents into model objects and back.

unikom never uses cattrs' global converter: a library that configured it would
change the behaviour of every other library in the same process.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from unikom.model._fields import (
    CONSTRAINTS,
    FIRST_YEAR,
    LAST_YEAR,
    LanguageTag,
    Slug,
    TextValue,
    check_number,
)
from unikom.model._validation import check_constrained
from unikom.model.assessment import Score
from unikom.model.duration import Duration
from unikom.model.errors import ModelError
from unikom.model.extensions import EXTENSION_KEY_PATTERN, plain
from unikom.model.frozen import FrozenMap
from unikom.model.inquiry import Answer
from unikom.model.text import UNDETERMINED, Text

#: The attribute every model object keeps its x- keys in.
EXTENSIONS_FIELD = "extensions"
_EXTENSION_KEY = re.compile(EXTENSION_KEY_PATTERN)


def is_extension(key: str) -> bool:
    """Tell whether *key* is an extension key (``x-`` and a lowercase letter or digit)."""
    return _EXTENSION_KEY.match(key) is not None


def configure_text(converter: cattrs.Converter) -> None:
    """Read text as a plain string or a language mapping; write it back the same way."""

    def structure(value: Any, _type: Any) -> Text:
        if isinstance(value, str):
            check_constrained(TextValue, value)
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

    def unstructure(value: Text) -> str | dict[str, str]:
        if value.is_plain:
            return value.translations[UNDETERMINED]
        return dict(value.translations)

    converter.register_structure_hook(Text, structure)
    converter.register_unstructure_hook(Text, unstructure)


def configure_dates(converter: cattrs.Converter) -> None:
    """Read dates from ISO text (the loader keeps them as text); write them as ISO text."""

    def structure(value: Any, _type: Any) -> dt.date:
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

    converter.register_structure_hook(dt.date, structure)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)


def configure_durations(converter: cattrs.Converter) -> None:
    """Read durations from ``P15D``-style text and write them back the same way."""
    converter.register_structure_hook(Duration, lambda value, _type: Duration.parse(value))
    converter.register_unstructure_hook(Duration, str)


def configure_constrained_strings(converter: cattrs.Converter) -> None:
    """Check slugs, organisation numbers, URLs … while structuring, so errors carry a path."""
    for kind in CONSTRAINTS:

        def structure(value: Any, _type: Any, kind: object = kind) -> str:
            check_constrained(kind, value)
            return str(value)

        converter.register_structure_hook(kind, structure)


def configure_numbers(converter: cattrs.Converter) -> None:
    """Accept whole numbers where decimals are expected, but never booleans or text."""

    def structure_float(value: Any, _type: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ModelError("value.number", f"expected a number, got {value!r}")
        check_number(value, float)
        return float(value)

    def structure_int(value: Any, _type: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ModelError("value.integer", f"expected a whole number, got {value!r}")
        check_number(value, int)
        return value

    def structure_bool(value: Any, _type: Any) -> bool:
        if not isinstance(value, bool):
            raise ModelError("value.boolean", f"expected true or false, got {value!r}")
        return value

    converter.register_structure_hook(float, structure_float)
    converter.register_structure_hook(int, structure_int)
    converter.register_structure_hook(bool, structure_bool)


def configure_answers(converter: cattrs.Converter) -> None:
    """Read form answers and assessment scores, keeping whole numbers whole."""

    def structure_answer(value: Any, _type: Any) -> Answer:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            check_constrained(TextValue, value)
            return TextValue(value)
        if isinstance(value, int | float):
            check_number(value, float)
            return value
        if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
            for item in value:
                check_constrained(Slug, item)
            return tuple(Slug(item) for item in value)
        raise ModelError(
            "value.answer",
            f"expected text, true/false, a number or a list of choice ids, got {value!r}",
        )

    def structure_score(value: Any, _type: Any) -> Score:
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            check_number(value, float)
            return value
        raise ModelError("value.score", f"expected a number or true/false, got {value!r}")

    converter.register_structure_hook(Answer, structure_answer)
    converter.register_structure_hook(Score, structure_score)


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

        # Keep the fields in the model's order, which is the order the docs use;
        # extension keys go back in among them, after the standard's keys.
        def in_model_order(value: Any) -> dict[str, Any]:
            data = unstructure(value)
            result = {name: data[name] for name in order if name in data}
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
            if isinstance(value, Mapping) and EXTENSIONS_FIELD not in value:
                # Nearly every object has no x- key; a prefix test per key finds
                # that without the pattern (a third of this hook's time).
                for key in value:
                    if isinstance(key, str) and key.startswith("x-"):
                        break
                else:
                    return structure(value, tp)
                extra = {k: v for k, v in value.items() if isinstance(k, str) and is_extension(k)}
                if extra:
                    value = {k: v for k, v in value.items() if k not in extra}
                    value[EXTENSIONS_FIELD] = extra
            return structure(value, tp)

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
