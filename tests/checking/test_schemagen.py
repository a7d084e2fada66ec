"""The schemas are generated from the model; model and schema agree both ways."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker

import unikom
from strategies import inquiry_types, partnerships
from unikom.checking._converter import get_converter
from unikom.checking._schemagen import render, schema_dirs
from unikom.checking._yamlsource import SourceDocument, parse_text
from unikom.checking.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", list(KINDS))
def test_committed_schemas_match_the_model(kind: str) -> None:
    # If this fails, run: python -m unikom.checking._schemagen
    for directory in schema_dirs(ROOT):
        committed = (directory / KINDS[kind].schema_filename).read_text(encoding="utf-8")
        assert committed == render(KINDS[kind]), f"{directory} is stale"


@pytest.mark.parametrize("kind", list(KINDS))
def test_schemas_are_valid_draft_2020_12_with_stable_ids(kind: str) -> None:
    schema = json.loads(render(KINDS[kind]))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # The major version is part of the address: a version 1 file never meets a v2 schema.
    assert schema["$id"] == f"https://unikom.github.io/unikom/schemas/v1/{kind}.schema.json"
    assert schema["required"][:2] == ["kind", "version"]


def _validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(
        json.loads(render(KINDS[kind])), format_checker=FormatChecker(formats=("date",))
    )


PARTNERSHIP = _validator("partnership")
INQUIRY_TYPE = _validator("inquiry-type")


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


@given(partnerships)
def test_every_model_the_classes_allow_is_valid_under_the_schema(p: unikom.Partnership) -> None:
    assert _errors(PARTNERSHIP, unikom.to_data(p)) == []


@given(inquiry_types)
def test_every_inquiry_type_is_valid_under_its_schema(it: unikom.InquiryType) -> None:
    assert _errors(INQUIRY_TYPE, unikom.to_data(it)) == []


@given(partnerships)
def test_yaml_round_trip_gives_an_equal_model(p: unikom.Partnership) -> None:
    text = unikom.dumps(p)
    doc = parse_text(text, SourceDocument(path="<dump>"))
    assert doc.diagnostics == []
    body = {k: v for k, v in doc.data.items() if k not in ("kind", "version")}
    assert get_converter().structure(body, unikom.Partnership) == p
