"""The inquiry model: reading, writing back, and its state."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given

from portfolio_data import FIXTURE
from strategies import new_inquiries
from unikom import Inquiry, InquiryState, dumps, load_inquiry, to_data, validate
from unikom.model._fields import TextValue
from unikom.model._since import VALUES_SINCE
from unikom.model.assessment import Assessment
from unikom.model.inquiry import Answer


def test_every_fixture_inquiry_survives_a_round_trip(tmp_path: Path) -> None:
    for path in sorted((FIXTURE / "inquiries").glob("*.yaml")):
        inquiry = load_inquiry(path)
        copy = tmp_path / path.name
        copy.write_text(dumps(inquiry), encoding="utf-8")
        assert load_inquiry(copy) == inquiry


def test_dumped_inquiry_keeps_answers_as_written() -> None:
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-001.yaml")
    data = to_data(inquiry)
    assert data["kind"] == "inquiry"
    assert data["answers"]["bidrag"] == ["data", "rekruttering"]
    assert data["answers"]["budsjett"] == 1500000
    assert data["answers"]["helsedata"] is True
    assert data["history"][1] == {
        "state": "under_assessment",
        "date": "2024-03-11",
        "by": "stabsrådgiver",
    }
    assert data["assessment"]["scores"] == {"relevant": True, "kvalitet": 6}


def test_state_is_the_last_step() -> None:
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-001.yaml")
    assert inquiry.state is InquiryState.UNDER_ASSESSMENT
    assert inquiry.requirement("rek").reference == "REK 123456"


def test_answers_are_copied_not_shared() -> None:
    answers: dict[str, Answer] = {"formal": TextValue("Prøve.")}
    inquiry = load_inquiry(FIXTURE / "inquiries" / "2024-003.yaml")
    made = Inquiry(
        id=inquiry.id,
        partnership=inquiry.partnership,
        type=inquiry.type,
        title=inquiry.title,
        received=inquiry.received,
        requester=inquiry.requester,
        answers=answers,
        assessment=Assessment(scores={"excellence": 3}, date=dt.date(2024, 4, 2)),
    )
    answers["formal"] = TextValue("Endret.")
    assert made.answers["formal"] == "Prøve."


@given(new_inquiries)
def test_any_new_inquiry_dumps_to_a_valid_file(inquiry: Inquiry) -> None:
    text = dumps(inquiry)
    assert text.startswith("kind: inquiry\n")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "inquiry.yaml"
        path.write_text(text, encoding="utf-8")
        assert validate(path) == []
        assert load_inquiry(path) == inquiry


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "trondheim"


def test_the_trondheim_example_has_an_inquiry_in_every_state() -> None:
    inquiries = [load_inquiry(p) for p in sorted((EXAMPLES / "inquiries").glob("*.yaml"))]
    # The example is written for standard 1.0, which has every state but the
    # ones 1.1 added (waiting_for_sender: see examples/vest).
    assert {i.state for i in inquiries} == set(InquiryState) - set(VALUES_SINCE)
    assert all(i.partnership == "trd3" for i in inquiries)
    assert validate(EXAMPLES / "inquiries") == []
