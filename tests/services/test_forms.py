"""Building inquiries from web-form submissions, with errors tied to each input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import unikom
from conftest import ROOT
from portfolio_data import FIXTURE
from unikom import (
    FormError,
    InquiryState,
    Partnership,
    Requester,
    RequirementStatus,
    check_inquiry,
    inquiry_from_form,
    load,
    read_number,
    scores_from_form,
)
from unikom.model._fields import Email
from unikom.model.assessment import YesNoCriterion
from unikom.model.inquiry_type import FieldType

RECEIVED = dt.date(2024, 5, 6)
PERSON = {"organisation": "NTNU", "name": "Kari Testesen", "email": "kari@example.org"}


@pytest.fixture(scope="module")
def partnership() -> Partnership:
    return load(FIXTURE)


def submission(**changes: Any) -> dict[str, Any]:
    """Return a complete submission of the research form, as a browser sends it."""
    values: dict[str, Any] = {
        "formal": "  Finne ut hva som virker.  ",
        "bidrag": "data",
        "omfang": "lite",
        "helsedata": "on",
        "soknadsfrist": "2024-09-15",
        "e-post": "kari@example.org",
        "budsjett": "12 500,5",
        "nettside": "",
        "tittel": "Hva virker?",
    }
    values.update(changes)
    return values


def build(partnership: Partnership, answers: dict[str, Any], **kwargs: Any) -> Any:
    options: dict[str, Any] = {"id": "2024-200", "received": RECEIVED, "requester": PERSON}
    options.update(kwargs)
    return inquiry_from_form(partnership, "forskningssamarbeid", answers, **options)


def test_a_complete_submission_becomes_a_received_inquiry(partnership: Partnership) -> None:
    inquiry = build(partnership, submission(), thematic_areas=["helse-og-velferd"])
    assert inquiry.state is InquiryState.RECEIVED
    assert inquiry.partnership == "testby"
    assert inquiry.answers == {
        "formal": "Finne ut hva som virker.",
        "bidrag": ("data",),
        "omfang": "lite",
        "helsedata": True,
        "soknadsfrist": "2024-09-15",
        "e-post": "kari@example.org",
        "budsjett": 12500.5,
        "tittel": "Hva virker?",
    }
    assert "nettside" not in inquiry.answers  # left empty: not answered
    assert {r.requirement: r.status for r in inquiry.requirements} == {
        "prosjekteier": RequirementStatus.PENDING,
        "rek": RequirementStatus.PENDING,
    }
    assert inquiry.requester == Requester(
        organisation=PERSON["organisation"], name=PERSON["name"], email=Email(PERSON["email"])
    )
    assert check_inquiry(inquiry, partnership) == []


def test_values_an_app_already_typed_are_taken_as_they_are(partnership: Partnership) -> None:
    inquiry = build(
        partnership,
        submission(
            helsedata=False, budsjett=40000, bidrag=["data", "penger"], soknadsfrist=RECEIVED
        ),
    )
    assert inquiry.answers["helsedata"] is False
    assert inquiry.answers["budsjett"] == 40000
    assert inquiry.answers["bidrag"] == ("data", "penger")
    assert inquiry.answers["soknadsfrist"] == "2024-05-06"


def test_errors_are_given_per_input(partnership: Partnership) -> None:
    answers = submission(
        formal="   ",
        bidrag=["data", "kaffe"],
        helsedata="kanskje",
        budsjett="mye",
        soknadsfrist="15.09.2024",
        nettside="example.org",
        farge="blå",
    )
    with pytest.raises(FormError) as caught:
        build(partnership, answers, thematic_areas=["klima"])
    by_field = caught.value.by_field()
    assert set(by_field) == {
        "formal",
        "bidrag",
        "helsedata",
        "budsjett",
        "soknadsfrist",
        "nettside",
        "farge",
        "thematic_areas",
    }
    assert by_field["formal"] == ["«Hva er formålet med prosjektet?» må fylles ut"]
    assert by_field["helsedata"] == [
        "«Omfatter prosjektet helseopplysninger?» skal være ja eller nei"
    ]
    details = {e.field: e.detail for e in caught.value.errors}
    assert "kaffe" in details["bidrag"]
    codes = {e.field: e.code for e in caught.value.errors}
    assert codes["budsjett"] == "answer.type"
    assert codes["farge"] == "answer.unknown-field"
    assert codes["thematic_areas"] == "ref.unresolved"


def test_a_required_field_left_out_is_reported_once(partnership: Partnership) -> None:
    answers = submission()
    del answers["e-post"]
    with pytest.raises(FormError) as caught:
        build(partnership, answers)
    assert [(e.field, e.code) for e in caught.value.errors] == [("e-post", "answer.required")]


def test_requester_errors_name_the_detail(partnership: Partnership) -> None:
    with pytest.raises(FormError) as caught:
        build(partnership, submission(), requester={"organisation": "NTNU", "email": "kari@"})
    assert {e.field: e.code for e in caught.value.errors} == {
        "requester.name": "answer.required",
        "requester.email": "value.email",
    }


def test_area_the_type_does_not_take(partnership: Partnership) -> None:
    with pytest.raises(FormError) as caught:
        inquiry_from_form(
            partnership,
            "horisont",
            {"formal": "Prøve."},
            id="2024-201",
            received=RECEIVED,
            requester=PERSON,
            thematic_areas=["byutvikling-og-kultur"],
        )
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("thematic_areas", "inquiry.area-not-accepted")
    ]


def test_unknown_inquiry_type(partnership: Partnership) -> None:
    with pytest.raises(FormError) as caught:
        inquiry_from_form(
            partnership, "studentoppgave", {}, id="x", received=RECEIVED, requester=PERSON
        )
    assert caught.value.by_field() == {
        "type": ["Det finnes ingen henvendelsestype «studentoppgave»"]
    }
    assert "forskningssamarbeid" in caught.value.errors[0].detail


def test_bad_id_and_requirement_status(partnership: Partnership) -> None:
    with pytest.raises(FormError) as caught:
        build(partnership, submission(), id="Sak 17", requirements={"prosjekteier": "done"})
    fields = [e.field for e in caught.value.errors]
    assert fields == ["id", "requirements"]


def test_requirements_given_by_the_app(partnership: Partnership) -> None:
    inquiry = build(
        partnership,
        submission(helsedata="false"),
        requirements={"prosjekteier": "met", "rek": RequirementStatus.NOT_APPLICABLE},
    )
    assert inquiry.requirement("rek").status is RequirementStatus.NOT_APPLICABLE
    with pytest.raises(FormError) as caught:
        build(partnership, submission(), requirements={"prosjekteier": "met"})
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("requirements", "inquiry.requirement-missing")
    ]


def test_every_input_as_a_list_as_frameworks_give_it(partnership: Partnership) -> None:
    as_lists = {key: [value] if value else [] for key, value in submission().items()}
    as_lists["bidrag"] = ["data", "penger"]
    inquiry = build(partnership, as_lists)
    assert inquiry.answers["formal"] == "Finne ut hva som virker."
    assert inquiry.answers["bidrag"] == ("data", "penger")
    assert inquiry.answers["helsedata"] is True
    assert "nettside" not in inquiry.answers


def test_every_problem_is_reported_at_once(partnership: Partnership) -> None:
    # An unknown thematic area used to be told only once the name was given.
    with pytest.raises(FormError) as caught:
        build(
            partnership,
            submission(),
            requester={"organisation": "NTNU", "name": "  "},
            thematic_areas=["finnes-ikke"],
        )
    assert {e.field: e.code for e in caught.value.errors} == {
        "requester.name": "answer.required",
        "thematic_areas": "ref.unresolved",
    }
    assert caught.value.by_field()["thematic_areas"] == [
        "Det finnes ikke noe samarbeidsområde «finnes-ikke»"
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "«navnet ditt» må fylles ut"),
        ("nn", "«namnet ditt» må fyllast ut"),
        ("en", "'your name' must be answered"),
    ],
)
def test_messages_come_in_the_language_asked_for(
    partnership: Partnership, language: str, expected: str
) -> None:
    with pytest.raises(FormError) as caught:
        build(partnership, submission(), requester={"organisation": "NTNU"}, language=language)
    assert caught.value.by_field()["requester.name"] == [expected]


@pytest.mark.parametrize(
    ("typed", "number"),
    [("4,5", 4.5), ("4.5", 4.5), (" 7 ", 7), ("12 500", 12500), ("12\u00a0500,5", 12500.5), (3, 3)],
)
def test_read_number_reads_numbers_as_people_type_them(typed: str | int, number: float) -> None:
    assert read_number(typed) == number


@pytest.mark.parametrize("typed", ["", "fire", "4,5,6", "1e400", "nan", True, "4.5.", "0x10"])
def test_read_number_refuses_what_is_not_a_number(typed: str | bool) -> None:
    with pytest.raises(ValueError, match="number"):
        read_number(typed)


def test_scores_posted_as_text_are_read_and_every_problem_told(partnership: Partnership) -> None:
    scheme = partnership.inquiry_type("forskningssamarbeid").assessment
    assert scheme is not None
    ids = [c.id for c in scheme.criteria]
    expected: dict[str, bool | float] = {}
    posted: dict[str, str] = {}
    for c in scheme.criteria:
        if isinstance(c, YesNoCriterion):
            expected[c.id], posted[c.id] = True, "ja"
        else:
            # A score with a decimal part where the scale has one, as a Norwegian types it.
            value = c.scale.maximum - c.scale.step / 2 if c.scale.step < 1 else c.scale.maximum
            expected[c.id], posted[c.id] = value, f"{value:g}".replace(".", ",")
    assert scores_from_form(scheme, posted) == expected
    with_points = {k: v.replace(",", ".") for k, v in posted.items()}
    assert scores_from_form(scheme, with_points) == expected
    scale_ids = [c.id for c in scheme.criteria if not isinstance(c, YesNoCriterion)]
    with pytest.raises(FormError) as caught:
        scores_from_form(scheme, {scale_ids[0]: "99", "ukjent": "3"}, language="en")
    codes = {e.field: e.code for e in caught.value.errors}
    assert codes[scale_ids[0]] == "assessment.score-range"
    assert codes["ukjent"] == "assessment.unknown-criterion"
    assert set(codes) == {*ids, "ukjent"}
    assert caught.value.by_field()["ukjent"] == ["The assessment has no criterion 'ukjent'"]


HOSTILE_VALUES: list[Any] = [
    {"a": 1},
    ["a", "b"],
    ["a"] * 100_000,
    "a\x1bb",
    "a\u202eb",
    "x" * 100_000,
    10**400,
    float("inf"),
    float("nan"),
    b"bytes",
    object(),
    [["nested"]],
    [1, 2],
    True,
]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=range(len(HOSTILE_VALUES)))
def test_any_value_in_any_field_is_a_form_error(
    partnership: Partnership, value: Any, language: str
) -> None:
    it = partnership.inquiry_type("forskningssamarbeid")
    for form_field in it.form:
        errors: tuple[Any, ...] = ()
        try:
            build(partnership, submission(**{form_field.id: value}), language=language)
        except FormError as exc:
            errors = exc.errors
        # One problem per input (per choice sent, at most its choices), plus
        # what the rest of the form lacks.
        told = sum(e.field == form_field.id for e in errors)
        assert told <= max(1, len(form_field.choices))
        assert len(errors) <= len(it.form) + 5
        assert all(len(e.message) < 1000 for e in errors)


@pytest.mark.parametrize(
    "key", ["x" * 100_000, "a\x1bb", "A B", "ok-but-unknown", 1, ("t",)], ids=range(6)
)
def test_an_unknown_input_of_any_name_is_a_form_error(partnership: Partnership, key: Any) -> None:
    with pytest.raises(FormError) as caught:
        build(partnership, {**submission(), key: "value"})
    (error,) = [e for e in caught.value.errors if e.code == "answer.unknown-field"]
    assert len(error.field) <= 81
    assert error.field.isprintable()
    assert len(str(caught.value)) < 1000


def test_unknown_inputs_are_told_up_to_a_cap_then_counted(partnership: Partnership) -> None:
    from unikom.services.forms import MAX_UNKNOWN_FIELDS

    many = {f"ukjent-{i}": "v" for i in range(100_000)}
    with pytest.raises(FormError) as caught:
        build(partnership, {**submission(), **many}, language="nb")
    unknown = [e for e in caught.value.errors if e.code == "answer.unknown-field"]
    assert len(unknown) == MAX_UNKNOWN_FIELDS + 1
    assert unknown[-1].field == "answers"
    assert "99\xa0980" in unknown[-1].message


def test_every_field_type_says_what_it_expects_in_every_language() -> None:
    from unikom.model import words
    from unikom.model.inquiry_type import FieldType
    from unikom.services.forms import _expected

    for kind in FieldType:
        for language in ("nb", "nn", "en"):
            assert words.word(_expected(kind), language)


@pytest.mark.parametrize("kind", list(FieldType))
def test_every_field_type_has_words_for_a_wrong_answer(kind: FieldType) -> None:
    from unikom.model import words

    for language in ("nb", "nn", "en"):
        assert words.word(f"form.expect.{kind.value}", language)


def test_what_is_not_a_mapping_is_an_argument_error_naming_it() -> None:
    partnership = unikom.load(ROOT / "examples" / "trondheim")
    day = dt.date(2026, 5, 4)
    requester = {"organisation": "NTNU", "name": "Kari"}
    calls: dict[str, Callable[[], object]] = {
        "answers": lambda: unikom.inquiry_from_form(
            partnership,
            "forskningssamarbeid",
            None,  # type: ignore[arg-type]
            id="x-1",
            received=day,
            requester=requester,
        ),
        "requester": lambda: unikom.inquiry_from_form(
            partnership,
            "forskningssamarbeid",
            {},
            id="x-1",
            received=day,
            requester=["Kari"],  # type: ignore[arg-type]
        ),
        "requirements": lambda: unikom.inquiry_from_form(
            partnership,
            "forskningssamarbeid",
            {},
            id="x-1",
            received=day,
            requester=requester,
            requirements=["rek"],  # type: ignore[arg-type]
        ),
        "thematic_areas": lambda: unikom.inquiry_from_form(
            partnership,
            "forskningssamarbeid",
            {},
            id="x-1",
            received=day,
            requester=requester,
            thematic_areas="helse-og-velferd",
        ),
        "posted": lambda: unikom.scores_from_form(
            partnership.inquiry_type("forskningssamarbeid").assessment,  # type: ignore[arg-type]
            ["4"],  # type: ignore[arg-type]
        ),
    }
    for argument, call in calls.items():
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == argument


def test_a_yes_no_score_posted_as_a_mapping_is_a_field_error() -> None:
    partnership = unikom.load(ROOT / "examples" / "trondheim")
    scheme = partnership.inquiry_type("forskningssamarbeid").assessment
    assert scheme is not None
    yes_no = next(c for c in scheme.criteria if isinstance(c, unikom.YesNoCriterion))
    with pytest.raises(unikom.FormError) as caught:
        unikom.scores_from_form(scheme, {yes_no.id: {"ja": 1}})
    assert yes_no.id in caught.value.by_field()
