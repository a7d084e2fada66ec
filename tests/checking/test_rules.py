"""Rules that span values: bounded references and recurrence rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import unikom
from conftest import ROOT
from unikom.checking._locate import Locator
from unikom.checking._rules import resolve, rrule_problem
from unikom.checking._yamlsource import SourceDocument, parse_text
from unikom.model._rules import unique_ids


def _locator() -> Locator:
    at = Locator()
    at.add((), parse_text("a: 1\n", SourceDocument(path="f.yaml")))
    return at


def test_a_long_list_of_known_ids_is_cut_short() -> None:
    known = [f"party-{n}" for n in range(500)]
    [found] = resolve("party-x", known, ("a",), "party", _locator())
    assert "party-0, party-1" in found.message
    assert "and 490 more" in found.message
    # Above 200 candidates the 'did you mean' search is skipped: it would be slow.
    assert "did you mean" not in found.message


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13 is outside"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never occurs"),
        ("FREQ=DAILY;BYWEEKNO=1;BYMONTH=7", "BYWEEKNO is not supported"),
        ("FREQ=MONTHLY;BYDAY=6MO", "no monthly period has that many MOs"),
        ("FREQ=YEARLY;BYDAY=60MO", "no yearly period"),
        # python-dateutil failed with an IndexError on this one (found by hypothesis).
        ("FREQ=YEARLY;BYMONTH=6;BYDAY=27TU,34WE", "no month has that many TUs"),
        ("FREQ=YEARLY;BYMONTH=6;BYDAY=-6TU", "no month has that many TUs"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=10", "BYSETPOS asks for more days"),
        ("FREQ=WEEKLY;BYDAY=MO;BYSETPOS=3", "BYSETPOS asks for more days"),
        ("FREQ=MONTHLY;BYDAY=XX", "not a weekday"),
    ],
)
def test_rules_that_never_occur_or_cannot_be_read_are_refused(rule: str, problem: str) -> None:
    found = rrule_problem(rule)
    assert found is not None
    assert problem in found


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=1MO",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=WEEKLY;BYDAY=MO",
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=1;COUNT=3",
    ],
)
def test_usable_rules_pass(rule: str) -> None:
    assert rrule_problem(rule) is None


def test_an_id_used_twice_in_different_files_names_the_file_of_the_first(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "trd"
    shutil.copytree(ROOT / "examples" / "trondheim", copy)
    second = copy / "inquiry-types" / "utdanning.yaml"
    second.write_text(
        second.read_text(encoding="utf-8").replace(
            "id: utdanningssamarbeid", "id: forskningssamarbeid"
        ),
        encoding="utf-8",
    )
    (duplicate,) = [d for d in unikom.validate(copy) if d.code == "id.duplicate"]
    assert duplicate.file.endswith("utdanning.yaml")
    assert "forskning.yaml:13:" in duplicate.message
    assert "item" not in duplicate.message


def test_an_id_used_twice_in_one_file_names_the_item_as_data_would() -> None:
    doc = parse_text("parties:\n  - id: a\n  - id: b\n  - id: a\n", SourceDocument(path="p.yaml"))
    locator = Locator()
    locator.add((), doc)

    class Item:
        def __init__(self, id: str) -> None:
            self.id = id

    (found,) = unique_ids([Item("a"), Item("b"), Item("a")], ("parties",), "party", locator)
    assert found.line == 4
    assert found.message.endswith("already used by item 1")


EXAMPLE_FILES = sorted((ROOT / "examples").glob("*/**/*.yaml"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_quick_translation_check_agrees_with_the_walk(path: Path) -> None:
    from unikom.checking._engine import check_source
    from unikom.checking._rules import texts, translations_complete

    source = parse_text(path.read_text(encoding="utf-8"), SourceDocument(path=str(path)))
    model = check_source(source).model
    assert model is not None
    for languages in [("nb",), ("nn",), ("en",), ("nb", "en"), ("nn", "en"), ("se",), ()]:
        missing = any(not text.has(lang) for _, text in texts(model) for lang in languages)
        assert translations_complete(model, languages) is not missing, languages
