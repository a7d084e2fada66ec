"""Every pattern unikom uses, in its schemas and in its code, matches whole values in linear time.

The patterns are collected, not listed by hand, so a new one is covered the day
it is added.  The time each takes on 100,000 hostile characters is measured in
``benchmarks/patterns.py``; here each is run on those inputs (a quadratic
pattern would make this file take minutes) and its form is checked.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from unikom.model._fields import CONSTRAINTS, NUMBER_BOUNDS, Email, Slug, schema_pattern

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = sorted((ROOT / "src" / "unikom" / "schemas").glob("*.json"))
SIZE = 100_000


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def schema_nodes() -> Iterator[dict[str, Any]]:
    for path in SCHEMAS:
        yield from _walk(json.loads(path.read_text(encoding="utf-8")))


def schema_patterns() -> list[str]:
    return sorted({node["pattern"] for node in schema_nodes() if "pattern" in node})


_SEARCHING = {"search", "sub", "split", "findall", "finditer"}


def code_patterns(*, searched: bool = False) -> list[str]:
    """Return every string literal compiled or matched as a pattern in src/unikom.

    With *searched*, only those passed straight to a searching function
    (``re.search``, ``re.sub`` …): the others are full-matched.
    """
    found = set()
    for path in (ROOT / "src" / "unikom").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and (not searched or node.func.attr in _SEARCHING)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
            if (
                not searched
                and isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and any(isinstance(t, ast.Name) and t.id.endswith("_PATTERN") for t in node.targets)
            ):
                found.add(node.value.value)
    return sorted(found)


def hostile_inputs(pattern: str) -> Iterator[str]:
    """Yield 100,000-character inputs built to make a backtracking pattern work hard."""
    literals = sorted(set(re.sub(r"\\.|[\[\](){}?*+|^$]", "", pattern)) | set("a@.-0 \n"))
    for char in literals:
        yield char * SIZE
        yield char * SIZE + "\n"
    for first in literals[:6]:
        for second in literals[:6]:
            yield (first + second) * (SIZE // 2) + "!"
    yield "a@" + "." * SIZE + "@"
    yield "a@" * (SIZE // 2)
    yield "FREQ=YEARLY" + ";A=1" * (SIZE // 4) + ";"


ALL_PATTERNS = sorted(set(schema_patterns()) | set(code_patterns()))


def test_the_patterns_are_found() -> None:
    assert len(schema_patterns()) >= 8
    assert len(code_patterns()) >= 10


@pytest.mark.parametrize("pattern", schema_patterns())
def test_every_schema_pattern_matches_the_whole_value(pattern: str) -> None:
    # JSON Schema searches; ^(?: … )$(?!\n) makes it a full match in ECMA-262 and Python alike.
    assert pattern.startswith("^(?:"), pattern
    assert pattern.endswith(")$(?!\n)"), pattern


@pytest.mark.parametrize("pattern", code_patterns())
def test_no_code_pattern_relies_on_a_trailing_dollar(pattern: str) -> None:
    # Python's $ also matches before a final line break: "kommune\n" would pass.
    assert not pattern.endswith("$") or pattern.endswith(r"\$"), pattern


# Schemas search (anchored with ^); code full-matches, except where it searches on purpose.
SEARCHED = sorted(set(schema_patterns()) | set(code_patterns(searched=True)))


@pytest.mark.parametrize("pattern", ALL_PATTERNS)
def test_every_pattern_finishes_on_hostile_input(pattern: str) -> None:
    compiled = re.compile(pattern)
    searched = pattern in SEARCHED
    for text in hostile_inputs(pattern):
        compiled.fullmatch(text)
        if searched:
            compiled.search(text)


def _starts_with_repetition(items: Any) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    items = list(items)
    if not items:
        return False
    op, value = items[0]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return True
    if op is c.SUBPATTERN:
        return _starts_with_repetition(value[-1])
    if op is c.BRANCH:
        return any(_starts_with_repetition(branch) for branch in value[1])
    return False


def _nested_repetitions(items: Any) -> Iterator[str]:
    from re import _constants as c  # type: ignore[attr-defined]

    for op, value in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            _low, high, body = value
            if high is c.MAXREPEAT and _starts_with_repetition(body):
                yield str(body)
            yield from _nested_repetitions(body)
        elif op is c.SUBPATTERN:
            yield from _nested_repetitions(value[-1])
        elif op is c.BRANCH:
            for branch in value[1]:
                yield from _nested_repetitions(branch)


@pytest.mark.parametrize("pattern", ALL_PATTERNS)
def test_no_unbounded_repetition_starts_with_another(pattern: str) -> None:
    """Structural check: ``(?:-[a-z0-9]+)*`` is fine, ``(?:[a-z]+)*`` or ``(a+)+`` is not.

    A repetition whose every round starts with a fixed separator cannot split one
    input in many ways; one that starts with another repetition can.
    """
    from re import _parser  # type: ignore[attr-defined]

    assert list(_nested_repetitions(_parser.parse(pattern))) == []


def test_every_string_in_the_schemas_has_a_length_bound() -> None:
    for node in schema_nodes():
        if node.get("type") == "string" and "enum" not in node and "const" not in node:
            assert "maxLength" in node, node


def test_every_number_in_the_schemas_is_bounded() -> None:
    for node in schema_nodes():
        if node.get("type") in ("integer", "number"):
            assert "minimum" in node, node
            assert "maximum" in node, node
            assert abs(node["maximum"]) <= max(NUMBER_BOUNDS.values())


@pytest.mark.parametrize("value", ["kommune\n", "kommune\n\n", "\nkommune", "kom mune"])
def test_both_schema_engines_refuse_a_slug_with_a_line_break(value: str) -> None:
    import jsonschema_rs

    schema = CONSTRAINTS[Slug].schema
    assert not jsonschema.Draft202012Validator(schema).is_valid(value)
    assert not jsonschema_rs.validator_for(schema).is_valid(value)
    assert not CONSTRAINTS[Slug].check(value)
    assert CONSTRAINTS[Slug].check("kommune")


@pytest.mark.parametrize(
    "address",
    [
        "post@x.no?bcc=all@x.no",
        "post@x.no&cc=a@b.no",
        "po%73t@x.no",
        "post/x@x.no",
        "post#x@x.no",
        "post@x.no\n",
        "a@" + "." * 300 + "@",
        "a" * 250 + "@x.no",
    ],
)
def test_an_email_cannot_carry_link_parameters_or_be_overlong(address: str) -> None:
    import jsonschema_rs

    schema = CONSTRAINTS[Email].schema
    assert not CONSTRAINTS[Email].check(address)
    assert not jsonschema.Draft202012Validator(schema).is_valid(address)
    assert not jsonschema_rs.validator_for(schema).is_valid(address)


def test_schema_pattern_full_matches() -> None:
    assert re.search(schema_pattern("a+"), "aaa")
    assert not re.search(schema_pattern("a+"), "aaa\n")
    assert not re.search(schema_pattern("a+"), "baaa")


@pytest.mark.parametrize("pattern", [r"(?:[a-z]+)*", r"(a+)+b", r"(?:(?:x|y)*z)+"])
def test_the_structural_check_finds_nested_repetition(pattern: str) -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert list(_nested_repetitions(_parser.parse(pattern))) != []
