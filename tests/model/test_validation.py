"""Constructors refuse what a file refuses, and name the class, attribute and rule."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import attrs
import pytest

import unikom
from conftest import ROOT
from unikom.model.errors import ConstraintError

TRONDHEIM = ROOT / "examples" / "trondheim"


@pytest.fixture(scope="module")
def partnership() -> unikom.Partnership:
    return unikom.load(TRONDHEIM)


@pytest.fixture(scope="module")
def inquiry(partnership: unikom.Partnership) -> unikom.Inquiry:
    return unikom.load_inquiry(TRONDHEIM / "inquiries" / "2026-015.yaml", partnership=partnership)


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2200, 1, 1), dt.date(1, 1, 1)])
def test_a_date_outside_the_years_a_file_allows_is_refused_in_code(
    partnership: unikom.Partnership, inquiry: unikom.Inquiry, day: dt.date
) -> None:
    party = partnership.parties[0]
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(party, joined=day)
    assert (caught.value.owner, caught.value.field) == ("Party", "joined")
    assert caught.value.rule == "value.out-of-range"
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(inquiry, received=day)
    assert (caught.value.owner, caught.value.field) == ("Inquiry", "received")
    # A file with the same date is refused too.
    data = {**unikom.to_data(inquiry), "received": f"{day.isoformat():0>10}"}
    with pytest.raises(unikom.InvalidDocumentError):
        unikom.from_data(data, model=unikom.Inquiry, partnership=partnership)


def test_the_first_and_last_years_are_allowed(partnership: unikom.Partnership) -> None:
    party = partnership.parties[0]
    assert attrs.evolve(party, joined=dt.date(1900, 1, 1)).joined == dt.date(1900, 1, 1)
    assert attrs.evolve(party, left=dt.date(2199, 12, 31)).left == dt.date(2199, 12, 31)


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x85", "\u202e", "\u2066"])
def test_plain_text_attributes_refuse_what_the_reader_refuses(
    partnership: unikom.Partnership, inquiry: unikom.Inquiry, character: str
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(inquiry.requester, organisation=f"NTNU{character}")
    assert (caught.value.owner, caught.value.field) == ("Requester", "organisation")
    # Text without a pattern of its own (a name, a reference, a form answer) too.
    with pytest.raises(ConstraintError) as caught:
        unikom.advance(inquiry, "closed", dt.date(2026, 12, 1), by=f"Kari{character}")
    assert (caught.value.owner, caught.value.field) == ("Transition", "by")
    answers = {**inquiry.answers, "formal": f"Mål{character}"}
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(inquiry, answers=answers)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("Inquiry", "answers")
    with pytest.raises(ConstraintError) as caught:
        unikom.Text.plain(f"Mål{character}")
    assert (caught.value.owner, caught.value.field) == ("Text", "translations")
    assert caught.value.rule == "value.control-character"
    # The same text in a file is refused by its reader.
    escaped = character.encode("unicode_escape").decode("ascii")
    text = unikom.dumps(inquiry).replace("organisation: NTNU", f'organisation: "NTNU{escaped}"')
    assert text != unikom.dumps(inquiry)
    with pytest.raises(unikom.InvalidDocumentError) as refused:
        unikom.loads(text, model=unikom.Inquiry, partnership=partnership)
    assert {d.code for d in refused.value.diagnostics} == {"value.control-character"}


def test_a_check_spanning_attributes_names_the_class_too() -> None:
    with pytest.raises(ConstraintError) as caught:
        unikom.Period(start=dt.date(2026, 1, 1), end=dt.date(2025, 1, 1))
    assert (caught.value.owner, caught.value.field) == ("Period", "end")
    assert caught.value.code == "model.period-order"
    assert str(caught.value).startswith("Period.end: ")


def _example_objects() -> dict[type, Any]:
    """One object of each model class, as the examples hold them."""
    from unikom.model.frozen import FrozenMap

    found: dict[type, Any] = {}

    def walk(value: object) -> None:
        if attrs.has(type(value)):
            found.setdefault(type(value), value)
            for field in attrs.fields(cast("Any", type(value))):
                walk(getattr(value, field.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif isinstance(value, FrozenMap):
            for item in value.values():
                walk(item)

    for example in ("trondheim", "vest", "nordfjell"):
        partnership = unikom.load(ROOT / "examples" / example)
        walk(partnership)
        for path in (ROOT / "examples" / example).glob("inquiries/*.yaml"):
            walk(unikom.load_inquiry(path, partnership=partnership))
        for path in (ROOT / "examples" / example).glob("projects/*.yaml"):
            walk(unikom.load_project(path, partnership=partnership))
    return found


def test_every_attribute_given_the_wrong_type_is_refused_by_name() -> None:
    # A check spanning attributes (a period's start before its end, a scale's
    # minimum below its maximum) compared None with a date, and a mapping
    # attribute's converter iterated None: Python's own TypeError named neither
    # class nor attribute.
    objects = _example_objects()
    assert len(objects) > 40
    for cls, obj in objects.items():
        for field in attrs.fields(cls):
            if not field.init:
                continue
            for wrong in (None, 5, "x", object(), [1, 2], {"a": 1}, 1e400):
                unnamed = _unnamed_refusal(obj, field.name, wrong)
                assert unnamed is None, (cls.__name__, field.name, wrong, unnamed)


def _unnamed_refusal(obj: Any, name: str, value: object) -> str | None:
    """Return what was wrong with refusing *value* for *name*, or None when it was right."""
    try:
        attrs.evolve(obj, **{name: value})
    except ConstraintError as exc:
        return None if exc.field not in (None, "?") else str(exc)
    except unikom.UnikomError:
        return None
    except Exception as exc:  # what the test is for: nothing else may escape
        return f"{type(exc).__name__}: {exc}"
    return None
