"""Every model object is immutable at every depth, hashable, and checked when built."""

from __future__ import annotations

import datetime as dt
import pickle
import typing
from collections import abc
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unikom
from conftest import ROOT
from strategies import examples, full_inquiries, inquiry_types, partnerships, slugs, texts
from unikom import ConstraintError, FrozenMap, Partnership, Text
from unikom.model.frozen import freeze

TRONDHEIM = ROOT / "examples" / "trondheim"


@pytest.fixture(scope="module")
def trondheim() -> Partnership:
    return unikom.load(TRONDHEIM)


def _walk(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    yield where, value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{where}[{index}]")
    elif isinstance(value, FrozenMap):
        for key, item in value.items():
            yield from _walk(key, f"{where}{{key}}")
            yield from _walk(item, f"{where}[{key!r}]")


def _assert_deeply_immutable(obj: Any) -> None:
    for where, value in _walk(obj):
        assert not isinstance(value, list | dict | set | bytearray), where
        if attrs.has(type(value)):
            params = attrs.fields(type(value))
            if params:
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    setattr(value, params[0].name, None)


def _assert_hash_agrees(obj: Any) -> None:
    twin = pickle.loads(pickle.dumps(obj))
    assert twin == obj
    assert hash(twin) == hash(obj)
    assert len({obj, twin}) == 1


@settings(max_examples=examples(0.4))
@given(partnerships)
def test_generated_partnerships_are_immutable_and_hashable(p: Partnership) -> None:
    _assert_deeply_immutable(p)
    _assert_hash_agrees(p)
    assert {p.thematic_areas: 1}[p.thematic_areas] == 1


@settings(max_examples=examples(1))
@given(full_inquiries)
def test_generated_inquiries_are_immutable_and_hashable(inquiry: unikom.Inquiry) -> None:
    _assert_deeply_immutable(inquiry)
    _assert_hash_agrees(inquiry)
    with pytest.raises(TypeError):
        inquiry.answers["x"] = "y"  # type: ignore[index]


@settings(max_examples=examples(1))
@given(inquiry_types)
def test_generated_inquiry_types_are_immutable_and_hashable(it: unikom.InquiryType) -> None:
    _assert_deeply_immutable(it)
    _assert_hash_agrees(it)


def test_a_loaded_partnership_cannot_be_changed_and_can_be_cached(trondheim: Partnership) -> None:
    _assert_deeply_immutable(trondheim)
    with pytest.raises(TypeError):
        trondheim.name.translations["en"] = "hijacked"  # type: ignore[index]
    assert hash(trondheim) == hash(unikom.load(TRONDHEIM))
    assert len(set(trondheim.thematic_areas)) == len(trondheim.thematic_areas)


def test_changing_the_callers_dict_does_not_change_the_text() -> None:
    given_dict = {"nb": "hei"}
    text = Text(translations=given_dict)
    given_dict["nb"] = "endret"
    assert text.get("nb") == "hei"


@given(st.dictionaries(slugs, texts | st.integers(), max_size=5))
def test_frozen_maps_equal_and_hash_like_their_items(items: dict[str, Any]) -> None:
    frozen = freeze(items)
    again = FrozenMap(reversed(list(items.items())))
    assert frozen == items == again
    assert hash(frozen) == hash(again)
    assert pickle.loads(pickle.dumps(frozen)) == frozen


# Invalid values: each is refused when built, naming the class, the attribute and the rule.
INVALID: list[tuple[str, Any, str]] = [
    ("id", "a" * 81, "value.slug"),
    ("id", "Helse", "value.slug"),
    ("languages", (), "minItems"),
    ("languages", ("EN",), "value.language"),
    ("languages", ("nb", "nb"), "uniqueItems"),
    ("languages", ["nb"], "type"),
    ("parties", "abc", "type"),
    ("name", "plain text", "type"),
]


@pytest.mark.parametrize(("attribute", "value", "rule"), INVALID)
def test_invalid_values_are_refused_at_construction(
    trondheim: Partnership, attribute: str, value: Any, rule: str
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(trondheim, **{attribute: value})
    error = caught.value
    assert (error.owner, error.field, error.rule) == ("Partnership", attribute, rule)
    assert str(error).startswith(f"Partnership.{attribute}: ")
    assert isinstance(error, ValueError)
    assert pickle.loads(pickle.dumps(error)).rule == rule


def test_the_issues_cases_are_refused(trondheim: Partnership) -> None:
    with pytest.raises(ConstraintError, match=r"Text\.translations: 'und': .*must not be empty"):
        attrs.evolve(trondheim, description=Text.plain(""), languages=())
    with pytest.raises(ConstraintError, match=r"Text\.translations: 'EN'"):
        Text(translations={"EN": "x"})
    with pytest.raises(ConstraintError, match=r"FormField\.label: expected a Text"):
        unikom.FormField(id="x", label="x", type="text")  # type: ignore[arg-type]
    with pytest.raises(ConstraintError, match=r"FormField\.type"):
        unikom.FormField(id="x", label=Text.plain("x"), type="text")  # type: ignore[arg-type]


@given(
    st.one_of(
        st.text(min_size=81, max_size=90, alphabet="abc"),
        st.from_regex(r"\A[A-Z][a-z]{0,5}\Z"),
        st.from_regex(r"\A-[a-z]{1,5}\Z"),
        st.integers(),
    )
)
def test_generated_invalid_ids_are_refused(value: Any) -> None:
    with pytest.raises(ConstraintError) as caught:
        unikom.ThematicArea(id=value, name=Text.plain("Helse"))
    assert caught.value.owner == "ThematicArea"
    assert caught.value.field == "id"


# Rules that span an object's values: what a file would refuse, the constructor refuses.


def test_references_within_a_partnership_are_checked_when_built(trondheim: Partnership) -> None:
    contact = attrs.evolve(trondheim.contacts[0], party=unikom.Slug("finnes-ikke"))
    with pytest.raises(unikom.ObjectRuleError) as caught:
        attrs.evolve(trondheim, contacts=(contact, *trondheim.contacts[1:]))
    error = caught.value
    assert (error.owner, error.rule) == ("Partnership", "ref.unresolved")
    assert error.field == "contacts.0.party"
    assert [d.pointer for d in error.problems] == ["/contacts/0/party"]
    assert isinstance(error, ConstraintError)
    assert pickle.loads(pickle.dumps(error)).problems == error.problems


def test_a_choice_field_without_choices_is_refused_in_its_inquiry_type(
    trondheim: Partnership,
) -> None:
    it = trondheim.inquiry_types[0]
    bare = unikom.FormField(
        id=unikom.Slug("valg"), label=Text.plain("Velg"), type=unikom.FieldType.CHOICE
    )
    with pytest.raises(unikom.ObjectRuleError) as caught:
        attrs.evolve(it, form=(*it.form, bare))
    assert (caught.value.owner, caught.value.rule) == ("InquiryType", "model.choices")


@settings(max_examples=examples(0.4))
@given(partnerships, st.data())
def test_a_generated_partnership_with_an_id_used_twice_is_refused(
    p: Partnership, data: st.DataObject
) -> None:
    lists = [name for name in ("parties", "thematic_areas", "goals") if getattr(p, name)]
    name = data.draw(st.sampled_from(lists))
    items = getattr(p, name)
    changes: dict[str, Any] = {name: (*items, items[0])}
    with pytest.raises(unikom.ObjectRuleError) as caught:
        attrs.evolve(p, **changes)
    assert caught.value.rule == "id.duplicate"
    assert (caught.value.field or "").startswith(name)


@settings(max_examples=examples(0.4))
@given(partnerships)
def test_generated_partnerships_load_back_equal_through_the_whole_validator(
    p: Partnership,
) -> None:
    assert unikom.loads(unikom.dumps(p)) == p
    assert [d for d in unikom.check(p) if d.is_error] == []


def _mutable(hint: Any) -> bool:
    origin = typing.get_origin(hint) or hint
    if origin in (list, dict, set, bytearray, abc.Mapping, abc.MutableMapping, abc.MutableSequence):
        return True
    return any(_mutable(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


def test_no_public_class_declares_a_mutable_container() -> None:
    # Static: every attrs class unikom offers is frozen, and no attribute is typed
    # as a list, dict, set or plain Mapping (FrozenMap and tuples only).
    found = []
    for name in unikom.__all__:
        cls = getattr(unikom, name)
        if not (isinstance(cls, type) and attrs.has(cls)) or name == "DocumentKind":
            continue
        assert cls.__setattr__ is not object.__setattr__, f"{name} is not frozen"
        hints = typing.get_type_hints(cls)
        found += [(name, f.name) for f in attrs.fields(cls) if _mutable(hints[f.name])]
    assert found == []


def test_a_portfolio_status_is_immutable_and_hashable(trondheim: Partnership) -> None:
    documents = unikom.iter_portfolio(TRONDHEIM, partnership=trondheim)
    status = unikom.summarise(trondheim, documents, dt.date(2026, 12, 1))
    _assert_deeply_immutable(status)
    hash(status)
