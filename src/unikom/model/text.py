"""Multilingual text: a plain string, or a mapping of BCP 47 language tags to text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import cast

import attrs

from unikom.model._fields import (
    CONSTRAINTS,
    LanguageTag,
    TextValue,
    control_character_message,
    doc,
    forbidden_character,
)
from unikom.model._validation import freeze_field, validated
from unikom.model.errors import ArgumentError, ModelError
from unikom.model.frozen import FrozenMap

__all__ = ["FALLBACK_ORDER", "TEXT_VALUE_SCHEMA", "UNDETERMINED", "Text"]

#: The BCP 47 tag for "undetermined": how a plain string is stored.
UNDETERMINED = "und"

# Bokmål and nynorsk readers read each other's written standard, and "no" is the
# macro-language; so within that group a reader gets the closest written form
# before we leave Norwegian altogether.
_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "nb": ("no", "nn"),
    "nn": ("no", "nb"),
    "no": ("nb", "nn"),
    "se": ("nb", "nn"),
}

#: The languages tried, in this order, when neither the asked-for language nor a
#: neighbour of it has a text.
FALLBACK_ORDER: tuple[str, ...] = (UNDETERMINED, "nb", "nn", "en")


#: What each translation must be, in files and in code alike.
TEXT_VALUE_SCHEMA: dict[str, object] = CONSTRAINTS[TextValue].schema


def _freeze(translations: Mapping[str, str]) -> FrozenMap[str, TextValue]:
    # Checked as TextValue (long text: line breaks allowed) by the constructor,
    # which names the class and attribute; not by calling the NewType here.
    return freeze_field(cast("Mapping[str, TextValue]", translations), "translations")


@validated
@attrs.frozen(kw_only=True)
class Text:
    """Human-readable text in one or several languages.

    A plain YAML string becomes a ``Text`` whose only entry is tagged ``und``
    (undetermined) and is written back as a plain string.
    """

    translations: FrozenMap[str, TextValue] = attrs.field(
        converter=_freeze,
        metadata=doc(
            "Language tag → text; 'und' for a text tied to no language.",
            minProperties=1,
            propertyNames=CONSTRAINTS[LanguageTag].schema,
            additionalProperties=TEXT_VALUE_SCHEMA,
        ),
    )

    @translations.validator
    def _clean(self, _attribute: object, value: FrozenMap[str, TextValue]) -> None:
        # The schema keywords above bound the length; the characters that can
        # rewrite a terminal or reorder a line are refused here and by the reader.
        for wording in value.values():
            if isinstance(wording, str) and (offset := forbidden_character(wording)) is not None:
                raise ModelError(
                    "value.control-character",
                    control_character_message(wording, offset),
                    field="translations",
                )

    @classmethod
    def plain(cls, value: str) -> Text:
        """Build a text that is not tied to a language."""
        return cls(translations={UNDETERMINED: value})

    @property
    def is_plain(self) -> bool:
        """Tell whether this text was written as a plain string."""
        return set(self.translations) == {UNDETERMINED}

    @property
    def languages(self) -> frozenset[str]:
        """Return the language tags that have a text of their own (``und`` excluded)."""
        return frozenset(self.translations) - {UNDETERMINED}

    def get(self, language: str) -> str:
        """Return the text in *language*, falling back as documented.

        The order is: the language itself; for nb, nn and no, the other Norwegian
        forms; then ``und`` (a plain string); then nb, nn, en; then the first
        language the text was written in.  A text is never missing, only possibly
        in another language than asked for.
        """
        return self.resolve(language)[1]

    def resolve(self, language: str) -> tuple[str, str]:
        """Return ``(language_used, text)`` for *language* by the fallback rule."""
        if not isinstance(language, str):
            raise ArgumentError("language", f"expected a language tag, got {language!r}")
        for candidate in self._candidates(language):
            if candidate in self.translations:
                return candidate, self.translations[candidate]
        first = next(iter(self.translations))
        return first, self.translations[first]

    def _candidates(self, language: str) -> Iterator[str]:
        yield language
        primary = language.split("-", 1)[0]
        if primary != language:
            yield primary
        yield from _NEIGHBOURS.get(primary, ())
        yield from FALLBACK_ORDER

    def has(self, language: str) -> bool:
        """Tell whether the text has its own entry for *language* or is language-neutral."""
        return self.is_plain or language in self.translations

    def __str__(self) -> str:
        return self.get("nb")
