"""Schema failures explained in words a person reads: never a raw pattern."""

from __future__ import annotations

import shutil
from pathlib import Path

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


_VEST = "examples/vest"


def _vest_with(tmp_path: Path, file: str, old: str, new: str) -> Path:
    root = Path(__file__).resolve().parents[2]
    target = tmp_path / "vest"
    shutil.copytree(root / _VEST, target)
    path = target / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return target


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        # Left out, each of these lists means every party (or the partnership as a
        # whole), so an empty one would silently say the opposite of "none".
        (
            "partnership.yaml",
            "    parties: [haugeland-kommune, vestfjord-kommune]",
            "    parties: []",
        ),
        ("partnership.yaml", "    parties: [lidal-kommune]", "    parties: []"),
        (
            "inquiry-types/forskingssamarbeid.yaml",
            "addressees:\n",
            "addressees: []\nx-addressees:\n",
        ),
        ("inquiries/2027-004.yaml", "addressed_to: [lidal-kommune]", "addressed_to: []"),
    ],
    ids=["agreement", "closed-period", "addressees", "addressed-to"],
)
def test_an_empty_list_of_parties_is_refused_not_read_as_every_party(
    tmp_path: Path, file: str, old: str, new: str
) -> None:
    import unikom
    from unikom.checking._engine import check_file

    target = _vest_with(tmp_path, file, old, new)
    found = [d for d in check_file(str(target / file)).diagnostics if d.is_error]
    assert [d.code for d in found] == ["schema.minItems"], found
    assert "the list is empty" in found[0].message
    assert "left out means every party" in found[0].message
    with pytest.raises(unikom.UnikomError):
        unikom.load(str(target))


def test_an_empty_list_given_in_code_is_the_key_left_out() -> None:
    import datetime as dt

    from unikom.model._fields import Slug
    from unikom.model.agreement import Agreement, Period
    from unikom.model.text import Text

    agreement = Agreement(
        id=Slug("avtale"),
        title=Text.plain("Avtale"),
        period=Period(start=dt.date(2024, 1, 1)),
        parties=(),
    )
    assert agreement.parties == ()


def _patterns(schema: object) -> set[str]:
    if isinstance(schema, dict):
        found = {schema["pattern"]} if isinstance(schema.get("pattern"), str) else set()
        return found.union(*(_patterns(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_patterns(v) for v in schema))
    return set()


@pytest.mark.parametrize("kind", ["partnership", "inquiry-type", "inquiry", "project"])
def test_every_pattern_in_the_schemas_is_explained_in_words(kind: str) -> None:
    # Dates and durations have patterns of their own, not a constraint's: a
    # processing time of '3 uker' was told "(see the schema)".
    from unikom.checking._schemafiles import load_schema

    for pattern in _patterns(load_schema(kind)):
        words = _pattern_words(pattern)
        assert "see the schema" not in words, pattern


def test_a_processing_time_in_norwegian_is_told_the_forms_it_takes() -> None:
    doc = parse_text(
        'kind: inquiry-type\nversion: "1.1"\nid: x\nname: X\ntrack: t\nprocessing_time: 3 uker\n',
        SourceDocument(path="t.yaml"),
    )
    [message] = [d.message for d in check_schema(doc, "inquiry-type")]
    assert "P4W" in message
    assert "working days" in message


def test_an_organisation_number_with_spaces_is_told_the_form_it_takes() -> None:
    found = _errors('kind: partnership\nversion: "1.0"\nparties:\n  - org_number: "942 110 464"\n')
    [told] = [m for m in found if m.startswith("schema.too-long")]
    assert "9 digits" in told


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ('first: "28"', "without quotes: 28"),
        ('first: "28,5"', "write a whole number, without quotes"),
    ],
)
def test_a_number_written_as_text_is_told_to_lose_its_quotes(written: str, fix: str) -> None:
    text = f'kind: partnership\nversion: "1.1"\nclosed_periods:\n  - weeks:\n      {written}\n'
    found = _errors(text)
    assert any(m.startswith("schema.type") and fix in m for m in found), found


def test_a_decimal_score_with_a_comma_is_told_to_use_a_point() -> None:
    text = (
        'kind: inquiry\nversion: "1.1"\nassessment:\n'
        '  date: 2026-01-01\n  scores:\n    kvalitet: "4,5"\n'
    )
    doc = parse_text(text, SourceDocument(path="i.yaml"))
    found = [d.message for d in check_schema(doc, "inquiry") if d.code == "schema.type"]
    assert any("decimal point and no quotes: 4.5" in m for m in found), found


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ("12.05.2026", "write it YYYY-MM-DD: 2026-05-12"),
        ("1/3/2027", "write it YYYY-MM-DD: 2027-03-01"),
        ("2026-05-12T12:00:00", "write the day alone, YYYY-MM-DD: 2026-05-12"),
        ("2026-02-30", "2026 has no day 30 in month 2"),
        # What is suggested is a date a file may hold, or no date at all.
        ("2026-13-01", "(written YYYY-MM-DD, but there is no month 13)"),
        ("31.02.2026", "read as day 31, month 2, year 2026, but 2026 has no day 31 in month 2"),
        ("5.13.2026", "but there is no month 13"),
        ("12.05.1850", "but a date lies in the years 1900 to 2199"),
        ("2026-02-30T12:00", "(written YYYY-MM-DD, but 2026 has no day 30 in month 2)"),
        (" 2026-05-12", "write it without spaces around it: 2026-05-12"),
        ("i morgen", "(write YYYY-MM-DD)"),
    ],
)
def test_a_date_written_another_way_is_told_the_date_to_write(written: str, told: str) -> None:
    doc = parse_text(
        f'kind: inquiry\nversion: "1.1"\nreceived: "{written}"\n', SourceDocument(path="i.yaml")
    )
    found = [d.message for d in check_schema(doc, "inquiry") if d.pointer == "/received"]
    # One mistake, told once: the date's pattern does not repeat it.
    [message] = found
    assert told in message


@pytest.mark.parametrize(
    ("key", "told"),
    [
        ("kommentar", "key that starts with 'x-' (x-kommentar)"),
        ("X-Intern", "(x-intern)"),
        ("thematic_area", "did you mean 'thematic_areas'?"),
        ('"a|b <i>"', "unknown key 'a|b <i>'"),
    ],
)
def test_an_unknown_key_is_told_how_to_keep_data_of_ones_own(key: str, told: str) -> None:
    found = _errors(f'kind: partnership\nversion: "1.1"\n{key}: hei\n')
    [message] = [m for m in found if m.startswith("schema.unknown-key")]
    assert told in message
    assert message.count("<i>") <= 1


def test_an_unknown_key_beside_a_missing_one_is_told_which_it_may_be() -> None:
    found = _errors(
        'kind: partnership\nversion: "1.1"\nparties:\n'
        '  - id: k\n    kind: municipality\n    navn: K\n    org_number: "942110464"\n'
    )
    [message] = [m for m in found if m.startswith("schema.unknown-key")]
    assert "is it meant as 'name', which is missing here?" in message


def test_two_unknown_keys_beside_a_missing_one_are_not_both_told_they_may_be_it() -> None:
    found = _errors(
        'kind: partnership\nversion: "1.1"\nparties:\n'
        "  - id: k\n    kind: municipality\n    navn: K\n    beskrivelse: B\n"
        '    org_number: "942110464"\n'
    )
    told = [m for m in found if m.startswith("schema.unknown-key")]
    assert len(told) == 2
    assert not any("which is missing here" in m for m in told)
