"""'Did you mean …?' hints."""

from __future__ import annotations

import pytest

from unikom.model._suggest import MAX_CANDIDATES, suggest


@pytest.mark.parametrize(
    ("word", "options", "hint"),
    [
        ("thematic_area", ["thematic_areas", "tracks"], "thematic_areas"),
        # Letter case alone: too short for a similarity ratio to find.
        ("Id", ["id", "name"], "id"),
        ("NB", ["nb", "nn", "en"], "nb"),
        ("Forskning", ["forskning", "utdanning"], "forskning"),
    ],
)
def test_the_closest_option_is_suggested_whatever_its_letter_case(
    word: str, options: list[str], hint: str
) -> None:
    assert suggest(word, options) == f" — did you mean '{hint}'?"


def test_nothing_alike_suggests_nothing() -> None:
    assert suggest("zzz", ["id", "name"]) == ""


def test_too_many_options_suggest_nothing() -> None:
    assert suggest("a", [f"a{i}" for i in range(MAX_CANDIDATES + 1)]) == ""
