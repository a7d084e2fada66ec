"""Multilingual text and its fallback rule."""

from __future__ import annotations

import pytest

from unikom.model.text import Text


def test_plain_text_serves_every_language() -> None:
    text = Text.plain("NTNU")
    assert text.is_plain
    assert text.get("en") == "NTNU"
    assert text.has("nn")


@pytest.mark.parametrize(
    ("available", "asked", "used"),
    [
        ({"nb": "bokmål", "en": "English"}, "en", "en"),
        ({"nb": "bokmål", "en": "English"}, "nn", "nb"),  # Norwegian neighbour first
        ({"nn": "nynorsk", "en": "English"}, "nb", "nn"),
        ({"nb": "bokmål", "en": "English"}, "de", "nb"),  # then nb, nn, en
        ({"en": "English", "se": "sámegiella"}, "nb", "en"),
        ({"se": "sámegiella", "nb": "bokmål"}, "se", "se"),
        ({"nb": "bokmål"}, "en-GB", "nb"),
        ({"en": "English"}, "en-GB", "en"),  # a regional tag falls back to its language
        ({"de": "Deutsch"}, "nb", "de"),  # last resort: the first language written
    ],
)
def test_fallback_order(available: dict[str, str], asked: str, used: str) -> None:
    text = Text(translations=available)
    assert text.resolve(asked) == (used, available[used])


def test_languages_exclude_undetermined() -> None:
    assert Text(translations={"und": "x", "en": "y"}).languages == frozenset({"en"})


def test_empty_text_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"Text\.translations: must not be empty"):
        Text(translations={})


def test_text_is_immutable() -> None:
    source = {"nb": "a"}
    text = Text(translations=source)
    source["nb"] = "changed"
    assert text.get("nb") == "a"
