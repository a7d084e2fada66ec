"""The word table: every word in nb, nn and en, one fallback rule, every enum worded."""

from __future__ import annotations

import datetime as dt
import enum
import string

import pytest

from unikom.deadlines import EntryKind
from unikom.model import words
from unikom.model.inquiry_type import FieldType, RouteAction
from unikom.model.lifecycle import InquiryState
from unikom.model.partnership import PartnershipStatus
from unikom.model.party import PartyKind, PartyRole
from unikom.model.project import ProjectStatus
from unikom.model.text import Text
from unikom.model.track import TrackKind
from unikom.services.portfolio import DueKind


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", words.keys())
def test_every_word_is_in_all_three_languages_with_the_same_fields(key: str) -> None:
    texts = [words.text(key).translations[lang] for lang in words.LANGUAGES]
    assert all(text.strip() for text in texts)
    assert len({frozenset(_fields(text)) for text in texts}) == 1
    assert len({text.count("|") for text in texts}) == 1


#: Each closed set the outputs word, and the prefix of its keys.
WORDED: list[tuple[type[enum.Enum], str]] = [
    (InquiryState, "state"),
    (ProjectStatus, "project_status"),
    (PartnershipStatus, "status"),
    (PartyKind, "party"),
    (PartyRole, "role"),
    (TrackKind, "track"),
    (FieldType, "field"),
    (RouteAction, "action"),
    (DueKind, "due_kind"),
    (EntryKind, "calendar.kind"),
]


@pytest.mark.parametrize(("kind", "prefix"), WORDED, ids=lambda v: getattr(v, "__name__", v))
def test_every_member_of_a_worded_enum_has_its_words(kind: type[enum.Enum], prefix: str) -> None:
    known = set(words.keys())
    missing = [m.value for m in kind if f"{prefix}.{m.value}" not in known]
    assert missing == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "Frist"),
        ("nn", "Frist"),
        ("en", "Deadline"),
        ("en-GB", "Deadline"),
        ("nn-NO", "Frist"),
        ("no", "Frist"),
        ("se", "Frist"),  # Northern Sami readers read Norwegian
        ("de", "Frist"),  # no words in German: bokmål
    ],
)
def test_the_fallback_rule_is_texts_rule(language: str, expected: str) -> None:
    assert words.word("deadline", language) == expected
    assert words.text("deadline").get(language) == Text(
        translations={"nb": "Frist", "nn": "Frist", "en": "Deadline"}
    ).get(language)


def test_dates_numbers_and_lists_follow_the_locale() -> None:
    day = dt.date(2026, 5, 17)
    assert words.date(day, "nb") == "17. mai 2026"
    assert words.date(day, "en") == "17 May 2026"
    assert words.month_day(2, 29, "nn") == "29. februar"
    assert words.weekday(day, "nn") == "søndag"
    assert words.weekday(dt.date(2026, 5, 16), "nn") == "laurdag"
    assert words.weekday(dt.date(2026, 5, 16), "nb") == "lørdag"
    assert words.number(12.25, "nb") == "12,25"
    assert words.number(12.25, "en") == "12.25"
    assert words.join(["a", "b", "c"], "nn") == "a, b og c"
    assert words.join(["a", "b"], "en", style="or") == "a or b"
    assert words.counted("unit.days", 1, "nn") == "1 dag"
    assert words.counted("unit.days", 2, "nn") == "2 dagar"
    assert words.month_names("nb")[0] == "januar"
