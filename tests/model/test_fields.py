"""Constrained values built in code are checked as a file's values are: one source of rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import unikom
from conftest import ROOT
from unikom.model._fields import (
    CONSTRAINTS,
    NUMBER_BOUNDS,
    RRuleText,
    Slug,
    forbidden_character,
)
from unikom.model._validation import type_check
from unikom.model._vocabulary import EXAMPLES
from unikom.model.errors import ConstraintError, ModelError

#: For each constrained type, values a file would refuse.
REFUSED: dict[str, tuple[str, ...]] = {
    "Slug": ("abc\n", "ABC", "a b", "", "a" * 81),
    "OrgNumber": ("974767881", "12345678", "97476788\n"),
    "LanguageTag": ("EN", "nb\n", "", "x" * 36),
    "Url": ("javascript:alert(1)", "https://x.no/\n", "ftp://x.no", "https://" + "a" * 2050),
    "Email": ("a@b.no?bcc=c@d.no", "a@b.no\n", "no-at-sign", "a@b.no#x"),
    "Phone": ("abc", "12\n"),
    "MonthDay": ("02-30", "13-01", "03-01\n"),
    "RRuleText": ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY", "FREQ=YEARLY\n"),
    "TextValue": ("", "a\x1bb", "a\u202eb", "x" * 20_001),
    "CalendarName": ("NO\n", "", "N O"),
    "ClockTime": ("24:00", "12:00\n", "noon"),
    "TimeZoneName": ("Europe/Oslo\n", "/etc/passwd", ""),
}


def test_every_constrained_type_has_refused_values_here() -> None:
    assert {kind.__name__ for kind in CONSTRAINTS if kind is not str} == set(REFUSED)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (kind, value)
        for kind in CONSTRAINTS
        if kind is not str
        for value in REFUSED[kind.__name__]  # type: ignore[attr-defined]
    ],
)
def test_a_constrained_type_refuses_what_a_file_refuses(kind: Any, value: str) -> None:
    with pytest.raises(ModelError) as caught:
        kind(value)
    assert caught.value.code == CONSTRAINTS[kind].code


@pytest.mark.parametrize(
    ("kind", "value"), [(kind, value) for kind, values in EXAMPLES.items() for value in values]
)
def test_a_constrained_type_takes_its_examples(kind: Callable[[str], str], value: str) -> None:
    if kind in CONSTRAINTS:
        assert kind(value) == value


def test_a_constrained_type_refuses_what_is_not_text() -> None:
    for kind in CONSTRAINTS:
        if kind is str:
            continue
        with pytest.raises(ModelError):
            kind(5)  # type: ignore[operator]


@pytest.mark.parametrize("kind", [int, float])
def test_numbers_in_code_have_the_bounds_of_numbers_in_files(kind: type) -> None:
    check = type_check(kind)
    bound = NUMBER_BOUNDS[kind]
    assert check(kind(bound)) is None
    assert check(-kind(bound)) is None
    for beyond in (int(bound) + 1, -int(bound) - 1, 10**400, -(10**5000)):
        problem = check(beyond)
        assert problem is not None
        assert problem[0] == "value.out-of-range"
        assert len(problem[1]) < 200


def test_a_huge_number_in_a_constructor_is_refused_as_in_a_file() -> None:
    from unikom.model.governance import KeyFigure

    figure = KeyFigure(label=unikom.Text.plain("Tal"), value=5, as_of=dt.date(2026, 1, 1))
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(figure, value=10**400)
    assert "KeyFigure.value" in str(caught.value)
    assert "value.out-of-range" in str(caught.value)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MONTHLY;BYMONTHDAY=2;BYSETPOS=2",
        "FREQ=MONTHLY;BYMONTHDAY=-31;BYMONTH=4",
    ],
)
def test_a_rule_that_never_occurs_is_refused_when_built(rule: str) -> None:
    partnership = unikom.load(ROOT / "examples" / "nordfjell")
    event = partnership.annual_cycle[0]
    with pytest.raises(ConstraintError, match=r"value\.rrule"):
        attrs.evolve(event, rrule=rule)  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="never occurs"):
        RRuleText(rule)


def test_an_id_from_code_is_the_plain_text_it_was() -> None:
    assert Slug("trd3") == "trd3"
    assert type(Slug("trd3")) is str


LINE_BREAKS = ["\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("brk", LINE_BREAKS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_name_is_one_line_in_a_file(tmp_path: Path, brk: str) -> None:
    import shutil

    copy = tmp_path / "trd"
    shutil.copytree(ROOT / "examples" / "trondheim", copy)
    path = copy / "partnership.yaml"
    escaped = brk.encode("unicode_escape").decode("ascii")
    text = path.read_text(encoding="utf-8")
    text = text.replace("short_name: TRD3.0", f'short_name: "TRD{escaped}3"', 1)
    text = text.replace("  nb: Universitetskommunen Trondheim 3.0", f'  nb: "Uni{escaped}TRD"', 1)
    path.write_text(text, encoding="utf-8")
    found = [d for d in unikom.validate(copy) if d.is_error]
    pointers = {d.pointer for d in found}
    assert {"/short_name", "/name/nb"} <= pointers, found
    assert all(d.line > 0 for d in found)


@pytest.mark.parametrize("brk", LINE_BREAKS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_name_is_one_line_in_code_too(brk: str) -> None:
    partnership = unikom.load(ROOT / "examples" / "nordfjell")
    # (A control character is refused by any text, before the name's own rule.)
    with pytest.raises(ModelError):
        attrs.evolve(partnership, name=unikom.Text.plain(f"A{brk}B"))
    with pytest.raises(ModelError):
        attrs.evolve(partnership, short_name=f"A{brk}B")
    # A description is long text: its line breaks stay (those no text refuses).
    if forbidden_character(brk) is not None:
        return
    described = attrs.evolve(partnership, description=unikom.Text.plain(f"A{brk}B"))
    assert described.description is not None
    assert f"A{brk}B" in described.description.translations.values()


def test_every_single_line_text_of_every_kind_is_one_line_in_the_schemas() -> None:
    from unikom.checking._schemagen import schema_for
    from unikom.checking.kinds import KINDS
    from unikom.model._fields import SINGLE_LINE_FIELDS, single_line_schema

    seen = 0
    for kind in KINDS.values():
        for definition in schema_for(kind)["$defs"].values():
            for name, prop in definition.get("properties", {}).items():
                if name in SINGLE_LINE_FIELDS and "$ref" in str(prop) and "Text" in str(prop):
                    assert single_line_schema().items() <= prop.items(), (name, prop)
                    seen += 1
    assert seen > 10


def test_an_invisible_character_is_worded_alike_by_the_reader_and_the_constructors() -> None:
    # One message for one mistake, whether a file or Python code holds it.
    from unikom.checking._yamlsource import SourceDocument, parse_text
    from unikom.model._fields import control_character_message

    expected = control_character_message("ab\u202ec", 2)
    [read] = parse_text('a: "ab\\u202ec"\n', SourceDocument(path="f.yaml")).diagnostics
    with pytest.raises(unikom.ConstraintError) as built:
        unikom.Text(translations={"nb": "ab\u202ec"})
    assert read.message == built.value.detail == expected
    assert "cannot be seen" in expected


@pytest.mark.parametrize("code", [0xD800, 0xDC80, 0xDFFF], ids=hex)
def test_a_lone_surrogate_is_refused_as_no_file_can_hold_one(code: int) -> None:
    surrogate = chr(code)
    # A form post decoded with errors="surrogateescape" built, and its dump
    # raised UnicodeEncodeError.
    nordfjell = unikom.load(ROOT / "examples" / "nordfjell")
    assert forbidden_character(f"a{surrogate}") == 1
    with pytest.raises(ConstraintError):
        unikom.Text.plain(f"Helse{surrogate}")
    with pytest.raises(ConstraintError):
        attrs.evolve(nordfjell, short_name=f"N{surrogate}")
    with pytest.raises(ConstraintError):
        attrs.evolve(nordfjell, extensions={"x-note": f"N{surrogate}"})
    data = {**unikom.to_data(nordfjell), "short_name": f"N{surrogate}"}
    with pytest.raises(unikom.InvalidDocumentError):
        unikom.from_data(data)
    # A character outside the Basic Multilingual Plane is one code point, not a pair.
    assert unikom.Text.plain("Helse 🌿").get("nb") == "Helse 🌿"
