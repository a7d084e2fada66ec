"""Building inquiries from web-form submissions, with errors tied to each input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

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
)
from unikom.model._fields import Email

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
    assert by_field["formal"] == ["'formal' (Hva er formålet med prosjektet?) must be answered"]
    assert "kaffe" in by_field["bidrag"][0]
    assert by_field["helsedata"] == ["'Omfatter prosjektet helseopplysninger?' needs yes or no"]
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
        "type": [
            "no inquiry type has the id 'studentoppgave' (known: forskningssamarbeid, horisont)"
        ]
    }


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
