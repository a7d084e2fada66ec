"""Schema failures explained in words a person reads: never a raw pattern."""

from __future__ import annotations

import pytest

from unikom.checking._schemacheck import _pattern_words, check_schema
from unikom.checking._yamlsource import SourceDocument, parse_text
from unikom.model._fields import CONSTRAINTS


@pytest.mark.parametrize(
    "constraint",
    [c for c in CONSTRAINTS.values() if "pattern" in c.schema],
    ids=lambda c: c.code,
)
def test_every_pattern_of_the_model_is_explained_in_its_own_words(constraint: object) -> None:
    pattern = constraint.schema["pattern"]  # type: ignore[attr-defined]
    words = _pattern_words(pattern)
    assert words == constraint.what  # type: ignore[attr-defined]
    assert pattern not in words


def _errors(text: str) -> list[str]:
    doc = parse_text(text, SourceDocument(path="p.yaml"))
    return [f"{d.code}: {d.message}" for d in check_schema(doc, "partnership")]


def test_a_language_tag_with_a_line_break_is_told_without_the_regex() -> None:
    found = _errors('kind: partnership\nversion: "1.0"\nlanguages: ["nb\\n"]\n')
    told = [m for m in found if "nb" in m]
    assert told
    assert all("(?:" not in m and "\\Z" not in m and "$" not in m for m in told)
    assert any("language tag" in m for m in told)


@pytest.mark.parametrize("digits", [101, 4000])
def test_a_number_with_too_many_digits_is_out_of_range_not_text(digits: int) -> None:
    from unikom.checking._schemacheck import _too_many_digits

    assert _too_many_digits(["integer"], "9" * digits)
    assert not _too_many_digits(["integer"], "9" * 50)
    assert not _too_many_digits(["string"], "9" * digits)
