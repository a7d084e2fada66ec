"""The app-facing API for inquiries and projects: load, check, assess, list what is due."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest

from portfolio_data import FIXTURE, INVALID, fresh_inquiry
from unikom import (
    AssessmentError,
    DueKind,
    Inquiry,
    InquiryState,
    InvalidDocumentError,
    Partnership,
    Project,
    ProjectStatus,
    advance,
    assess_inquiry,
    check_inquiry,
    check_project,
    due_items,
    iter_portfolio,
    load,
    load_inquiry,
    load_project,
    record_assessment,
    summarise,
)
from unikom.model._validation import rules_deferred
from unikom.model.diagnostics import Diagnostic
from unikom.model.errors import ObjectRuleError
from unikom.services.portfolio import outcome_to_dict

D = dt.date


@pytest.fixture(scope="module")
def partnership() -> Partnership:
    return load(FIXTURE)


def test_load_inquiry_and_project(partnership: Partnership) -> None:
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-002.yaml", partnership=partnership)
    assert inquiry.state is InquiryState.CLOSED
    assert inquiry.entered(InquiryState.ACCEPTED) == D(2024, 2, 26)
    project = load_project(FIXTURE / "projects" / "p-001.yaml", partnership=partnership)
    assert project.inquiry == "2024-002"
    assert project.funding[0].amount == 2_400_000


def test_load_inquiry_reports_every_error_against_the_partnership(
    partnership: Partnership,
) -> None:
    path = INVALID / "inquiries" / "bad-references.yaml"
    assert load_inquiry(path).id == "feil-referanser"  # fine on its own
    with pytest.raises(InvalidDocumentError) as caught:
        load_inquiry(path, partnership=partnership)
    assert [d.line for d in caught.value.diagnostics] == [5, 6, 11, 13]


def test_load_inquiry_refuses_another_kind() -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        load_inquiry(FIXTURE / "projects" / "p-001.yaml")
    assert [d.code for d in caught.value.diagnostics] == ["kind.not-inquiry"]


def test_check_inquiry_points_into_the_inquiry(partnership: Partnership) -> None:
    inquiry = fresh_inquiry(answers={"formal": "Prøve.", "farge": "blå"})
    found = check_inquiry(inquiry, partnership)
    assert [(d.pointer, d.code, d.line) for d in found] == [
        ("/answers/farge", "answer.unknown-field", 0)
    ]
    assert found[0].file == "<inquiry 2024-100>"


def test_check_inquiry_sees_an_illegal_history(partnership: Partnership) -> None:
    from unikom import Transition

    illegal = (Transition(state=InquiryState.ACCEPTED, date=D(2024, 3, 5)),)
    # Built in code, such an inquiry is refused, as its file would be ...
    with pytest.raises(ObjectRuleError) as refused:
        fresh_inquiry(history=illegal)
    assert refused.value.rule == "lifecycle.transition"
    # ... and the validator, which builds it with the rules deferred, reports it.
    with rules_deferred():
        inquiry = fresh_inquiry(history=illegal)
    assert [d.code for d in check_inquiry(inquiry, partnership)] == ["lifecycle.transition"]


def test_check_project_with_known_inquiries(partnership: Partnership) -> None:
    project = load_project(FIXTURE / "projects" / "p-001.yaml")
    assert check_project(project, partnership) == []
    assert check_project(project, partnership, inquiry_ids=["2024-002"]) == []
    found = check_project(project, partnership, inquiry_ids=["2024-001"])
    assert [(d.pointer, d.code) for d in found] == [("/inquiry", "ref.unresolved")]


def test_iter_portfolio_streams_the_documents(partnership: Partnership) -> None:
    documents = list(iter_portfolio(FIXTURE, partnership=partnership))
    inquiries = sorted(d.id for d in documents if isinstance(d, Inquiry))
    projects = sorted(d.id for d in documents if isinstance(d, Project))
    assert inquiries == ["2024-001", "2024-002", "2024-003", "2024-004", "2024-005"]
    assert projects == ["p-001", "p-002", "p-003"]


def test_iter_portfolio_raises_or_skips_invalid_files(
    partnership: Partnership, tmp_path: Path
) -> None:
    directory = tmp_path / "p"
    shutil.copytree(FIXTURE, directory)
    shutil.copy(INVALID / "inquiries" / "bad-areas.yaml", directory / "inquiries")
    with pytest.raises(InvalidDocumentError):
        list(iter_portfolio(directory, partnership=partnership))
    skipped: list[list[Diagnostic]] = []
    kept = list(iter_portfolio(directory, partnership=partnership, on_invalid=skipped.append))
    assert len(kept) == 8
    assert len(skipped) == 1


def test_assess_inquiry_uses_its_types_scheme(partnership: Partnership) -> None:
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-004.yaml")
    outcome = assess_inquiry(inquiry, partnership)
    assert not outcome.passed
    assert [r.criterion for r in outcome.shortfalls] == ["implementation"]
    data = outcome_to_dict(outcome)
    assert data["shortfalls"] == ["implementation"]
    assert data["weighted_score"] == 4.5 + 1.5 * 3.5 + 2.5


def test_record_assessment_returns_a_new_inquiry(partnership: Partnership) -> None:
    inquiry = fresh_inquiry()
    scores = {"excellence": 4, "impact": 4, "implementation": 3}
    assessed, outcome = record_assessment(
        inquiry, partnership, scores, on=D(2024, 4, 1), assessor="stabsrådgiver"
    )
    assert inquiry.assessment is None
    assert assessed.assessment is not None
    assert assessed.assessment.scores == scores
    assert outcome.passed
    with pytest.raises(AssessmentError):
        record_assessment(inquiry, partnership, {"excellence": 4})
    with pytest.raises(AssessmentError, match="has no assessment"):
        assess_inquiry(inquiry, partnership)


@attrs.frozen
class FakeDue:
    """Stands in for unikom.deadlines.DueDates: due dates set by the test."""

    due: dt.date | None
    preliminary_reply_by: dt.date | None


def test_due_items_lists_what_is_pressing() -> None:
    received = fresh_inquiry(id="a")
    sent = advance(
        advance(fresh_inquiry(id="b"), "acknowledged", D(2024, 3, 5)),
        "under_assessment",
        D(2024, 3, 6),
    )
    sent = advance(sent, "preliminary_reply_sent", D(2024, 3, 20))
    withdrawn = advance(fresh_inquiry(id="c"), "withdrawn", D(2024, 3, 5))
    dates = {
        "a": FakeDue(due=D(2024, 4, 12), preliminary_reply_by=D(2024, 4, 4)),
        "b": FakeDue(due=D(2024, 4, 1), preliminary_reply_by=D(2024, 4, 4)),
        "c": FakeDue(due=D(2024, 4, 5), preliminary_reply_by=D(2024, 4, 4)),
    }
    items = due_items([received, sent, withdrawn], D(2024, 4, 5), lambda i: dates[i.id])
    assert [(i.inquiry, i.what, i.days_left, i.overdue) for i in items] == [
        ("b", DueKind.ANSWER, -4, True),
        ("a", DueKind.PRELIMINARY_REPLY, -1, True),
        ("a", DueKind.ANSWER, 7, False),
    ]


def test_due_items_as_on_an_earlier_day_ignores_later_steps() -> None:
    closed = advance(fresh_inquiry(), "withdrawn", D(2024, 4, 10))
    dates = FakeDue(due=D(2024, 4, 8), preliminary_reply_by=None)
    assert [i.what for i in due_items([closed], D(2024, 4, 2), lambda i: dates)] == [DueKind.ANSWER]
    assert due_items([closed], D(2024, 4, 11), lambda i: dates) == []


def test_summarise_the_fixture(partnership: Partnership) -> None:
    status = summarise(partnership, iter_portfolio(FIXTURE), D(2024, 4, 5))
    assert status.open_count == 2
    assert [i.id for i in status.active[InquiryState.RECEIVED]] == ["2024-003"]
    assert [i.id for i in status.active[InquiryState.UNDER_ASSESSMENT]] == ["2024-001"]
    assert [i.id for i in status.active[InquiryState.DECLINED]] == ["2024-004"]
    assert status.state_counts[InquiryState.CLOSED] == 1
    assert status.state_counts[InquiryState.WITHDRAWN] == 1
    assert (status.assessments_passed, status.assessments_failed) == (2, 1)
    assert [i.id for i in status.assessed] == ["2024-001", "2024-004"]
    assert status.under_way == 1
    assert status.by_area == {
        "helse-og-velferd": 0,
        "oppvekst-og-utdanning": 1,
        "byutvikling-og-kultur": 1,
    }
    assert status.by_track == {"forskning": 1, "nyskaping": 0}
    assert status.project_counts[ProjectStatus.PLANNED] == 1
    assert status.due == ()


def test_summarise_as_on_an_earlier_day(partnership: Partnership) -> None:
    status = summarise(partnership, iter_portfolio(FIXTURE), D(2023, 1, 1))
    assert sum(status.state_counts.values()) == 0  # nothing received yet
    assert status.under_way == 1
    assert status.by_track == {"forskning": 0, "nyskaping": 1}
    on_march_4 = summarise(partnership, iter_portfolio(FIXTURE), D(2024, 3, 4))
    assert [i.id for i in on_march_4.active[InquiryState.RECEIVED]] == ["2024-001"]
    assert [i.id for i in on_march_4.active[InquiryState.ACKNOWLEDGED]] == ["2024-005"]
    assert on_march_4.state_counts[InquiryState.WITHDRAWN] == 0


def test_summarise_with_due_dates(partnership: Partnership) -> None:
    status = summarise(
        partnership,
        iter_portfolio(FIXTURE),
        D(2024, 4, 5),
        due_dates=lambda i: FakeDue(
            due=i.received + dt.timedelta(days=30), preliminary_reply_by=None
        ),
    )
    assert [(d.inquiry, d.overdue) for d in status.due] == [("2024-001", True)]
    assert status.to_dict()["due"][0]["days_left"] == -2


def test_an_assessment_needs_a_scheme(partnership: Partnership) -> None:
    horisont = partnership.inquiry_type("horisont")
    without = attrs.evolve(
        partnership,
        inquiry_types=(attrs.evolve(horisont, assessment=None),),
    )
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-004.yaml")
    assert [(d.pointer, d.code) for d in check_inquiry(inquiry, without)] == [
        ("/assessment", "assessment.no-scheme")
    ]


def test_the_portfolio_functions_refuse_wrong_objects_by_name() -> None:
    # Each ended in AttributeError or TypeError from deep inside, and
    # check_inquiry(inquiry, None) answered [] as if all were well.
    import unikom
    from conftest import ROOT

    trondheim = unikom.load(ROOT / "examples" / "trondheim")
    inquiry = unikom.load_inquiry(ROOT / "examples" / "trondheim" / "inquiries" / "2026-015.yaml")
    day = dt.date(2026, 5, 4)
    calls: dict[str, Any] = {
        "partnership": lambda: unikom.check_inquiry(inquiry, None),  # type: ignore[arg-type]
        "inquiry": lambda: unikom.check_inquiry(None, trondheim),  # type: ignore[arg-type]
        "project": lambda: unikom.check_project(None, trondheim),  # type: ignore[arg-type]
        "scores": lambda: unikom.record_assessment(inquiry, trondheim, [1]),  # type: ignore[arg-type]
        "documents": lambda: unikom.summarise(trondheim, [None], day),  # type: ignore[list-item]
        "due_dates": lambda: unikom.due_items([inquiry], day, None),  # type: ignore[arg-type]
        "directory": lambda: list(unikom.iter_portfolio(None)),  # type: ignore[arg-type]
    }
    for argument, call in calls.items():
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == argument
    with pytest.raises(unikom.ArgumentError):
        unikom.assess_inquiry(inquiry, None)  # type: ignore[arg-type]
