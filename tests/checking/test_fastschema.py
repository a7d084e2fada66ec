"""The fast paths of the schema check: each may only ever say "valid" where Python would."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import FormatChecker

from strategies import examples
from unikom.checking import _fastschema as fastschema
from unikom.checking import _schemacheck as schemacheck
from unikom.checking._engine import check_file
from unikom.checking._schemafiles import load_schema

try:
    import jsonschema_rs  # noqa: F401
except ImportError:
    HAVE_RUST = False
else:
    # .ci/run runs these tests once more with UNIKOM_PURE_PYTHON=1.
    HAVE_RUST = fastschema.rust_enabled()
needs_rust = pytest.mark.skipif(
    not HAVE_RUST, reason="jsonschema-rs is not installed, or UNIKOM_PURE_PYTHON is set"
)

HOSTILE = Path(__file__).parent.parent / "hostile"


def test_the_whitespace_set_is_pythons() -> None:
    every = (chr(code) for code in range(sys.maxunicode + 1))
    assert "".join(c for c in every if re.match(r"\s", c)) == fastschema.PYTHON_WHITESPACE


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^[a-z0-9]+(?:-[a-z0-9]+)*$", r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
        (r"^\+?[0-9 ]{5,20}$", r"^\+?[0-9 ]{5,20}$"),
        (r"^[^@\s]+@x$", f"^[^@{fastschema.PYTHON_WHITESPACE}]+@x$"),
        (r"a\sb", f"a[{fastschema.PYTHON_WHITESPACE}]b"),
        (r"^\d+$", None),
        (r"\w", None),
        (r"\bx", None),
    ],
)
def test_patterns_are_spelled_out_or_refused(pattern: str, expected: str | None) -> None:
    assert fastschema.python_patterns({"pattern": pattern}) == (
        None if expected is None else {"pattern": expected}
    )


def test_a_property_called_pattern_is_not_a_pattern() -> None:
    schema = {"properties": {"pattern": {"type": "string", "pattern": r"\s"}}}
    translated = fastschema.python_patterns(schema)
    assert translated["properties"]["pattern"]["pattern"] == f"[{fastschema.PYTHON_WHITESPACE}]"


INQUIRY_TYPE: dict[str, Any] = {
    "kind": "inquiry-type",
    "version": "1.0",
    "id": "forskning",
    "name": "Forskningssamarbeid",
    "track": "forskning",
}


@needs_rust
@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"url": "https://ntnu\x1c.no/"}, id="U+001C is white space to Python"),
        pytest.param({"url": "https://ntnu\x85.no/"}, id="NEL is white space to Python"),
        pytest.param({"intake": {"deadlines": [{"date": "0000-01-01"}]}}, id="year 0000"),
        pytest.param({"intake": {"deadlines": [{"date": "2023-02-29"}]}}, id="no 29 February"),
    ],
)
def test_the_fast_path_never_passes_what_python_rejects(change: dict[str, Any]) -> None:
    data = {**INQUIRY_TYPE, **change}
    fast = fastschema.rust_check_for("inquiry-type")
    assert fast is not None
    assert not schemacheck.validator_for("inquiry-type").is_valid(data)
    assert not fast(data)


@pytest.mark.parametrize("check", ["rust_check_for", "inlined_check_for"])
def test_the_fast_paths_pass_a_valid_document(check: str) -> None:
    if check == "rust_check_for" and not HAVE_RUST:
        pytest.skip("jsonschema-rs is not installed, or UNIKOM_PURE_PYTHON is set")
    fast = getattr(fastschema, check)("inquiry-type")
    assert fast is not None
    assert fast(INQUIRY_TYPE)


@needs_rust
def test_numbers_beyond_rust_fall_back_to_python() -> None:
    scale = {"minimum": float("nan"), "maximum": 7}
    data = {**INQUIRY_TYPE, "assessment": {"criteria": [{"id": "q", "title": "Q", "scale": scale}]}}
    fast = fastschema.rust_check_for("inquiry-type")
    assert fast is not None
    assert schemacheck.validator_for("inquiry-type").is_valid(data)
    assert not fast(data)  # not "valid": Python decides, and finds it valid


def test_pure_python_can_be_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIKOM_PURE_PYTHON", "1")
    fastschema.fast_check_for.cache_clear()
    fastschema.rust_check_for.cache_clear()
    try:
        assert fastschema.rust_check_for("inquiry-type") is None
        assert fastschema.fast_check_for("inquiry-type") is fastschema.inlined_check_for(
            "inquiry-type"
        )
    finally:
        monkeypatch.delenv("UNIKOM_PURE_PYTHON")
        fastschema.fast_check_for.cache_clear()
        fastschema.rust_check_for.cache_clear()


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.yaml")), ids=lambda p: p.name)
def test_findings_are_the_same_without_the_fast_path(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_fast = check_file(str(path)).diagnostics
    monkeypatch.setattr(schemacheck, "fast_check_for", lambda _kind: None)
    assert check_file(str(path)).diagnostics == with_fast


@needs_rust
@settings(max_examples=examples(10))
@given(
    field=st.sampled_from(["url", "id", "processing_time", "date"]),
    text=st.text(st.characters(codec="utf-8"), max_size=12).map(lambda t: "https://" + t)
    | st.text(max_size=12),
)
def test_any_text_in_a_patterned_field_gets_pythons_answer(field: str, text: str) -> None:
    data = dict(INQUIRY_TYPE)
    if field == "date":
        data["intake"] = {"deadlines": [{"date": text}]}
    else:
        data[field] = text
    fast = fastschema.rust_check_for("inquiry-type")
    assert fast is not None
    if fast(data):
        assert schemacheck.validator_for("inquiry-type").is_valid(data)


@settings(max_examples=examples(10))
@given(
    st.text(max_size=12)
    | st.dates().map(str)
    | st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\n?\Z")
    | st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z")
)
def test_the_date_check_is_python_jsonschemas(text: str) -> None:
    checker = FormatChecker(formats=("date",))
    assert fastschema.is_date(text) == checker.conforms(text, "date")


DEFS = {
    "Name": {"type": "string", "minLength": 1, "description": "A name."},
    "Node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/Node"}}},
}


def test_references_are_replaced_by_their_definitions() -> None:
    schema = {
        "$defs": DEFS,
        "properties": {"name": {"description": "Its name.", "$ref": "#/$defs/Name"}},
    }
    assert fastschema.inline_refs(schema) == {
        "properties": {"name": {"type": "string", "minLength": 1, "description": "A name."}}
    }


def test_a_reference_beside_the_same_keyword_becomes_all_of() -> None:
    schema = {
        "$defs": DEFS,
        "properties": {"name": {"maxLength": 5, "minLength": 2, "$ref": "#/$defs/Name"}},
    }
    inlined = fastschema.inline_refs(schema)
    assert inlined is not None
    assert inlined["properties"]["name"] == {
        "maxLength": 5,
        "minLength": 2,
        "allOf": [DEFS["Name"]],
    }


def test_a_property_called_ref_is_a_property() -> None:
    schema = {"$defs": DEFS, "properties": {"$ref": {"$ref": "#/$defs/Name"}}}
    assert fastschema.inline_refs(schema) == {"properties": {"$ref": DEFS["Name"]}}


@pytest.mark.parametrize(
    "schema",
    [
        pytest.param({"$defs": DEFS, "$ref": "#/$defs/Node"}, id="recursive"),
        pytest.param({"$ref": "https://example.no/other.json"}, id="elsewhere"),
        pytest.param({"$defs": DEFS, "$ref": "#/$defs/Missing"}, id="missing"),
        pytest.param({"items": {"unevaluatedProperties": False}}, id="positional"),
    ],
)
def test_schemas_that_cannot_be_inlined_are_left_alone(schema: dict[str, Any]) -> None:
    assert fastschema.inline_refs(schema) is None


@pytest.mark.parametrize("kind", ["partnership", "inquiry-type"])
def test_the_shipped_schemas_inline_completely(kind: str) -> None:
    inlined = fastschema.inline_refs(load_schema(kind))
    assert inlined is not None
    assert "$ref" not in json.dumps(inlined)
