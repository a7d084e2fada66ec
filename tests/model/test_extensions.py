"""Extension data built in code is refused where a file could not hold it."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import unikom
from conftest import ROOT
from unikom.model.errors import ConstraintError


@pytest.fixture(scope="module")
def partnership() -> unikom.Partnership:
    return unikom.load(ROOT / "examples" / "nordfjell")


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ({1, 2}, "type"),
        (object(), "type"),
        ({1: "a"}, "type"),
        ("a\x00b", "value.control-character"),
        ({"k": ["ok", "\u202eevil"]}, "value.control-character"),
        ({"\x1b[31m": 1}, "value.control-character"),
    ],
    ids=["set", "object", "int-key", "nul", "bidi-in-list", "escape-in-key"],
)
def test_extension_data_no_file_could_hold_names_class_and_attribute(
    partnership: unikom.Partnership, value: Any, rule: str
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(partnership, extensions={"x-app": value})
    assert (caught.value.owner, caught.value.field, caught.value.rule) == (
        "Partnership",
        "extensions",
        rule,
    )


def test_extensions_that_are_not_a_mapping_name_class_and_attribute(
    partnership: unikom.Partnership,
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(partnership.parties[0], extensions=["x-a"])
    assert (caught.value.owner, caught.value.field) == ("Party", "extensions")


def test_extension_data_a_file_can_hold_round_trips(partnership: unikom.Partnership) -> None:
    data = {"x-app": [1, {"b": [2, None, True, "tekst æøå"]}], "x-n": 10**30}
    built = attrs.evolve(partnership, extensions=data)
    assert unikom.loads(unikom.dumps(built)) == built
    assert unikom.check(built) == []
