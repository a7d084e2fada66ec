"""Fuzz the validator with mutated valid documents: only findings, never a crash or a miss.

Each example starts from a valid document (a generated inquiry type or
partnership, a small TRD3.0 partnership, or any file of the examples: inquiries,
projects, inquiry types), applies one to three mutations (drop, add, retype or rename a
key or list item anywhere), writes it as JSON and validates it.  Two things must
hold: validation returns diagnostics and raises nothing, and whatever the plain
JSON Schema rejects, unikom rejects too.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import unikom
from strategies import examples, inquiry_types, partnerships
from unikom.checking import _schemacheck as schemacheck
from unikom.checking._fastschema import inlined_check_for, rust_check_for
from unikom.checking._schemafiles import load_schema
from unikom.checking._yamlsource import SourceDocument, parse_text, read_source
from unikom.checking.api import to_data

T = TypeVar("T")


class Draw(Protocol):
    """``st.DataObject.draw``: drawing inside a test, where ``st.DrawFn`` does not fit."""

    def __call__(self, strategy: st.SearchStrategy[T], /) -> T: ...


#: A small valid partnership, in the shape of TRD3.0.
PARTNERSHIP: dict[str, Any] = {
    "kind": "partnership",
    "version": "1.0",
    "id": "trd3",
    "name": {"nb": "Universitetskommunen Trondheim 3.0", "en": "University Municipality"},
    "short_name": "TRD3.0",
    "languages": ["nb", "en"],
    "parties": [
        {
            "id": "ntnu",
            "kind": "university",
            "name": "NTNU",
            "org_number": "974767880",
            "url": "https://www.ntnu.no/",
        },
        {
            "id": "trondheim",
            "kind": "municipality",
            "name": {"nb": "Trondheim kommune", "en": "City of Trondheim"},
            "org_number": "942110464",
        },
    ],
    "agreements": [
        {
            "id": "trd3-2021",
            "title": {"nb": "Avtale TRD 3.0", "en": "Agreement TRD 3.0"},
            "signed": "2021-03-28",
            "period": {"start": "2022-01-01", "end": "2032-12-31"},
            "signatories": [
                {"name": "Anne Borg", "title": {"nb": "rektor", "en": "rector"}, "party": "ntnu"}
            ],
        }
    ],
    "thematic_areas": [
        {"id": "helse-og-velferd", "name": {"nb": "Helse og velferd", "en": "Health"}}
    ],
    "tracks": [{"id": "forskning", "kind": "research", "name": {"nb": "Forskning", "en": "R"}}],
    "inquiry_types": [
        {
            "id": "forskningssamarbeid",
            "name": {"nb": "Forskningssamarbeid", "en": "Research collaboration"},
            "track": "forskning",
            "thematic_areas": ["helse-og-velferd"],
            "processing_time": "P4W",
            "form": [
                {
                    "id": "formal",
                    "label": {"nb": "Formål", "en": "Purpose"},
                    "type": "textarea",
                    "required": True,
                }
            ],
        }
    ],
    "contacts": [
        {
            "id": "wibe",
            "name": "Håvard Wibe",
            "party": "ntnu",
            "email": "havard.wibe@example.no",
        }
    ],
    "key_figures": [
        {
            "label": {"nb": "Forskningssamarbeid", "en": "Research collaborations"},
            "value": 96,
            "as_of": "2022-02-01",
        }
    ],
}

SCHEMAS = {name: Draft202012Validator(load_schema(name)) for name in unikom.KINDS}
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: Every file of the examples, as data: real documents of every kind.
EXAMPLE_DOCUMENTS = [read_source(str(path)).data for path in sorted(EXAMPLES.rglob("*.yaml"))]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
#: Keys the schemas know, so that an added or renamed key often lands somewhere meaningful.
KNOWN_KEYS = sorted(
    {
        key
        for name in SCHEMAS
        for definition in [load_schema(name), *load_schema(name)["$defs"].values()]
        for key in definition.get("properties", {})
    }
)


def _type_name(value: Any) -> str:
    return "bool" if isinstance(value, bool) else type(value).__name__


def containers(value: Any, pointer: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Yield the pointer of every mapping and list in *value*, itself included."""
    if isinstance(value, dict):
        yield pointer
        for key, item in value.items():
            yield from containers(item, (*pointer, key))
    elif isinstance(value, list):
        yield pointer
        for index, item in enumerate(value):
            yield from containers(item, (*pointer, index))


def at(value: Any, pointer: tuple[Any, ...]) -> Any:
    for part in pointer:
        value = value[part]
    return value


def rename(key: str, draw: Draw) -> str:
    """Return a near miss of *key* (case, separator, plural, typo) or another key."""
    variants = [
        key.upper(),
        key.replace("_", "-"),
        key + "s",
        key[:-1],
        key.title(),
        f" {key}",
    ]
    return draw(st.sampled_from(variants) | st.sampled_from(KNOWN_KEYS) | st.text(max_size=6))


def mutate(data: Any, draw: Draw) -> str:
    """Apply one random mutation to *data* in place; return what was done, for the report."""
    pointer = draw(st.sampled_from(list(containers(data))))
    target = at(data, pointer)
    slots = list(target) if isinstance(target, dict) else list(range(len(target)))
    operations = ["add"] + (["drop", "retype"] if slots else [])
    if isinstance(target, dict) and slots:
        operations.append("rename")
    operation = draw(st.sampled_from(operations))
    if operation == "add":
        value = draw(json_values)
        if isinstance(target, dict):
            key = draw(st.sampled_from(KNOWN_KEYS) | st.text(max_size=6))
            target[key] = value
            return f"add {key!r} at {pointer}"
        target.insert(draw(st.integers(0, len(target))), value)
        return f"add item at {pointer}"
    slot = draw(st.sampled_from(slots))
    if operation == "drop":
        del target[slot]
        return f"drop {slot!r} at {pointer}"
    if operation == "retype":
        old = _type_name(target[slot])
        target[slot] = draw(json_values.filter(lambda v: _type_name(v) != old))
        return f"retype {slot!r} at {pointer}"
    new_key = rename(slot, draw)
    target[new_key] = target.pop(slot)
    return f"rename {slot!r} to {new_key!r} at {pointer}"


# libyaml reads YAML 1.1, which refuses DEL, the C1 controls and U+FFFE/U+FFFF raw in
# a file (and folds a raw NEL), and refuses the surrogate-pair escapes that
# ensure_ascii writes for characters beyond U+FFFF.  So those few are escaped by
# hand, and the file means exactly the data under test.
_UNPRINTABLE = {code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0), 0xFFFE, 0xFFFF)}


def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1).translate(_UNPRINTABLE)


def validate_text(text: str) -> list[unikom.Diagnostic]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "doc.json")
        path.write_text(text, encoding="utf-8")
        return unikom.validate(path)


seeds = st.one_of(
    inquiry_types.map(to_data),
    partnerships.map(to_data),
    st.sampled_from([PARTNERSHIP, *EXAMPLE_DOCUMENTS]).map(copy.deepcopy),
)


@pytest.mark.parametrize(
    "seed",
    [pytest.param(PARTNERSHIP, id="partnership")],
)
def test_the_partnership_seed_is_valid(seed: dict[str, Any]) -> None:
    assert SCHEMAS["partnership"].is_valid(seed)
    assert validate_text(as_json(seed)) == []


def test_every_example_is_a_schema_valid_seed() -> None:
    kinds = {document["kind"] for document in EXAMPLE_DOCUMENTS}
    assert kinds == set(unikom.KINDS)
    assert all(SCHEMAS[d["kind"]].is_valid(d) for d in EXAMPLE_DOCUMENTS)


# Explaining a failure re-runs it hundreds of times; the shrunk example is enough.
QUICK = settings(
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)


@settings(QUICK, max_examples=examples(2))
@given(inquiry_types)
def test_generated_inquiry_types_are_valid(inquiry_type: unikom.InquiryType) -> None:
    data = to_data(inquiry_type)
    assert SCHEMAS["inquiry-type"].is_valid(data)
    # The strategy makes each value valid on its own; rules between values (ids
    # unique, choices only on choice fields, thresholds on their scale) it leaves
    # to chance, and a standalone inquiry-type file is checked against them.
    between_values = {"id.duplicate", "model.choices", "model.threshold"}
    found = validate_text(as_json(data))
    assert [d for d in found if d.is_error and d.code not in between_values] == []


@settings(QUICK, max_examples=examples(2))
@given(seed=seeds, data=st.data())
def test_mutated_documents_give_findings_and_every_schema_error(
    seed: dict[str, Any], data: st.DataObject
) -> None:
    kind = seed["kind"]
    schema = SCHEMAS[kind]
    steps = [mutate(seed, data.draw) for _ in range(data.draw(st.integers(1, 3)))]
    text = as_json(seed)
    # The file must mean exactly the mutated data, or the comparison below is moot.
    loaded = parse_text(text, SourceDocument(path="doc.json"))
    # The reader refuses control and direction-changing characters, and says where.
    assert all(d.code == "value.control-character" for d in loaded.diagnostics)
    assert loaded.data == seed

    found = validate_text(text)  # raises nothing, whatever the mutation

    assert all(isinstance(d, unikom.Diagnostic) for d in found)
    assert all(d.line >= 1 and d.column >= 1 for d in found)
    if not schema.is_valid(seed):
        errors = [d for d in found if d.is_error]
        assert errors, f"the JSON Schema rejects this but unikom accepts it: {steps}"
    # The fast paths of the schema check may only say "valid" where Python does.
    valid = schemacheck.validator_for(kind).is_valid(seed)
    inlined = inlined_check_for(kind)
    assert inlined is not None
    assert inlined(seed) == valid, steps
    rust = rust_check_for(kind)
    if rust is not None and rust(seed):
        assert valid, steps
