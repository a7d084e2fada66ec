"""The generated structure functions build exactly what the cattrs converter builds.

The engine builds each document with the generated functions (``_structure.py``)
and hands what they refuse to the converter, which explains it.  So they may
refuse more than the converter (that only costs time), but never accept
something the converter refuses, and what they build must equal what the
converter builds.  Checked on every example file, the 1.0 test data, the
hostile files, generated models, and those models' data mutated at random;
and, through the whole engine, that every file gets the same model and the
same findings with the generated functions as without them.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import examples, full_inquiries, inquiry_types, partnerships
from unikom.checking import _engine, _structgen
from unikom.checking._converter import get_converter
from unikom.checking._engine import check_file
from unikom.checking._rules import texts
from unikom.checking._structure import FIELD_TYPES, STRUCTURE
from unikom.checking.api import to_data
from unikom.checking.kinds import HEADER_KEYS, KINDS
from unikom.model._validation import schema_checked
from unikom.model.text import Text

T = TypeVar("T")


class Draw(Protocol):
    """``st.DataObject.draw``: drawing inside a test, where ``st.DrawFn`` does not fit."""

    def __call__(self, strategy: st.SearchStrategy[T], /) -> T: ...


ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    path
    for folder in ("examples", "tests/data/standard-1.0", "tests/hostile")
    for path in (ROOT / folder).rglob("*")
    if path.suffix in (".yaml", ".yml", ".json") and path.name != "meaning.json"
)


def built(build: Any, body: Any, model: type) -> tuple[bool, Any]:
    """Return (True, the object) or (False, None) when building raises."""
    try:
        with schema_checked():
            return True, build(body, model)
    except Exception:
        return False, None


def agree(body: Any, model: type) -> bool:
    """Assert the generated function never accepts more, nor builds otherwise; say if it built."""
    fast_ok, fast = built(lambda data, _model: STRUCTURE[model](data), body, model)
    slow_ok, slow = built(get_converter().structure, copy.deepcopy(body), model)
    if fast_ok:
        assert slow_ok, f"the generated function accepted what the converter refuses: {body!r}"
        assert type(fast) is type(slow)
        assert fast == slow
    return fast_ok


def test_the_generated_module_is_current() -> None:
    # If this fails, run: python -m unikom.checking._structgen
    assert _structgen.TARGET.read_text(encoding="utf-8") == _structgen.generate()
    assert _structgen.main(["--check"]) == 0


def test_the_generated_field_types_are_the_type_hints() -> None:
    for cls, fields in FIELD_TYPES.items():
        hints = typing.get_type_hints(cls)
        assert list(fields) == [f.name for f in attrs.fields(cls)]
        for name, tp in fields.items():
            assert tp == hints[name], (cls, name)
            assert hash(tp) == hash(hints[name])
            assert typing.get_args(tp) == typing.get_args(hints[name])


def every_text(value: Any, pointer: tuple[str | int, ...] = ()) -> Iterator[Any]:
    """Walk every field of every object, as texts() did before it skipped any."""
    if isinstance(value, Text):
        yield pointer, value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from every_text(getattr(value, field.name), (*pointer, field.name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from every_text(item, (*pointer, index))


def test_every_kind_has_a_generated_function() -> None:
    assert set(STRUCTURE) == {kind.model for kind in KINDS.values()}


def _documents() -> Iterator[tuple[Path, dict[str, Any], type]]:
    from unikom.checking._yamlsource import read_source

    for path in FILES:
        data = read_source(str(path)).data
        if isinstance(data, dict) and isinstance(data.get("kind"), str) and data["kind"] in KINDS:
            body = {k: v for k, v in data.items() if k not in HEADER_KEYS}
            yield path, body, KINDS[data["kind"]].model


def test_files_build_the_same_objects() -> None:
    documents = list(_documents())
    assert len(documents) > 30
    assert sum(agree(body, model) for _path, body, model in documents) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_engine_gives_the_same_model_and_findings_without_them(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = check_file(str(path))
    monkeypatch.setattr(_engine, "STRUCTURE", {})
    slow = check_file(str(path))
    assert fast.model == slow.model
    assert type(fast.model) is type(slow.model)
    assert fast.diagnostics == slow.diagnostics
    assert list(texts(fast.model)) == list(every_text(fast.model))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(-2, 2) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=4,
)


def containers(value: Any) -> Iterator[Any]:
    """Yield every mapping and list in *value*, itself included."""
    if isinstance(value, dict | list):
        yield value
        for item in value.values() if isinstance(value, dict) else value:
            yield from containers(item)


def mutate(data: Any, draw: Draw) -> None:
    """Drop, add, retype or rename one key or item somewhere in *data*, in place."""
    target = draw(st.sampled_from(list(containers(data))))
    slots = list(target) if isinstance(target, dict) else list(range(len(target)))
    operation = draw(st.sampled_from(["add", "drop", "retype", "rename"] if slots else ["add"]))
    if operation == "add" and isinstance(target, dict):
        keys = st.sampled_from(["x-note", "id", "extensions", "note", "scale", "title"])
        target[draw(keys | st.text(max_size=5))] = draw(json_values)
    elif operation == "add":
        target.append(draw(json_values))
    else:
        slot = draw(st.sampled_from(slots))
        if operation == "drop":
            del target[slot]
        elif operation == "retype" or not isinstance(target, dict):
            target[slot] = draw(json_values)
        else:
            target[draw(st.text(max_size=5))] = target.pop(slot)


documents = st.one_of(partnerships, inquiry_types, full_inquiries)


@settings(max_examples=examples(1))
@given(document=documents)
def test_generated_models_build_the_same_objects(document: Any) -> None:
    body = {k: v for k, v in to_data(document).items() if k not in HEADER_KEYS}
    assert agree(body, type(document))
    # The translation check walks only the fields that can hold a text, and finds them all.
    assert list(texts(document)) == list(every_text(document))


@settings(max_examples=examples(2))
@given(document=documents, data=st.data())
def test_mutated_data_is_never_accepted_by_one_alone(document: Any, data: st.DataObject) -> None:
    body = {k: v for k, v in to_data(document).items() if k not in HEADER_KEYS}
    for _ in range(data.draw(st.integers(1, 3))):
        mutate(body, data.draw)
    agree(body, type(document))
