"""Public functions refuse a wrong argument with an error that names it, never from deep inside.

Each call below once ended in a bare TypeError, AttributeError, ValueError or
KeyError (``'<=' not supported between 'datetime.date' and 'str'``), or worked
on a date no file may hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import unikom
from conftest import ROOT
from unikom.deadlines import next_relative_deadline
from unikom.model._arguments import date_argument, language_argument
from unikom.model.schedule import RelativeDeadline

VEST = ROOT / "examples" / "vest"
TRONDHEIM = ROOT / "examples" / "trondheim"
DAY = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def vest() -> unikom.Partnership:
    return unikom.load(VEST)


@pytest.fixture(scope="module")
def trondheim() -> unikom.Partnership:
    return unikom.load(TRONDHEIM)


#: Values that are no date, and dates outside the years 1900–2199.
NOT_DATES: list[Any] = [None, "2026-05-04", 20260504, float("nan"), (2026, 5, 4)]
FAR_DATES = [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(2200, 1, 1), dt.date(9999, 12, 31)]


def date_calls(
    vest: unikom.Partnership, trondheim: unikom.Partnership
) -> dict[str, Callable[[Any], object]]:
    """Every public function that takes a date, called with *day* in that place."""
    type_id = vest.inquiry_types[0].id
    inquiry = unikom.load_inquiry(TRONDHEIM / "inquiries" / "2026-015.yaml", partnership=trondheim)
    scheme = trondheim.inquiry_type(inquiry.type).assessment
    requester = {"organisation": "NTNU", "name": "Kari Nordmann"}
    relative = next(
        d
        for it in vest.inquiry_types
        for d in it.intake.deadlines
        if isinstance(d, RelativeDeadline)
    )
    relative_type = next(it for it in vest.inquiry_types if relative in it.intake.deadlines)
    return {
        "answer_due": lambda d: unikom.answer_due(vest, type_id, d),
        "answer_due waiting": lambda d: unikom.answer_due(vest, type_id, DAY, waiting=[(d, DAY)]),
        "next_intake_deadlines": lambda d: unikom.next_intake_deadlines(vest, type_id, d, 2),
        "next_relative_deadline": lambda d: next_relative_deadline(
            vest, relative_type, relative, d
        ),
        "calendar_entries start": lambda d: unikom.calendar_entries(vest, d, DAY),
        "calendar_entries end": lambda d: unikom.calendar_entries(vest, DAY, d),
        "calendar_ics": lambda d: unikom.calendar_ics(vest, d, DAY),
        "arshjul_svg": lambda d: unikom.arshjul_svg(vest, year=2026, start=d),
        "render_page": lambda d: unikom.render_page(vest, on=d),
        "describe_rrule": lambda d: unikom.describe_rrule("FREQ=YEARLY;BYMONTH=3", "nb", starts=d),
        "compare": lambda d: unikom.compare([vest], on=d),
        "summarise": lambda d: unikom.summarise(vest, [], d),
        "due_items": lambda d: unikom.due_items([inquiry], d, lambda _i: None),  # type: ignore[arg-type,return-value]
        "advance": lambda d: unikom.advance(inquiry, "closed", d),
        "record_assessment": lambda d: unikom.record_assessment(
            inquiry, trondheim, {c.id: True for c in scheme.criteria} if scheme else {}, on=d
        ),
        "inquiry_from_form": lambda d: unikom.inquiry_from_form(
            vest, type_id, {}, id="x-1", received=d, requester=requester
        ),
    }


DATE_CALLS = [
    "answer_due",
    "answer_due waiting",
    "next_intake_deadlines",
    "next_relative_deadline",
    "calendar_entries start",
    "calendar_entries end",
    "calendar_ics",
    "arshjul_svg",
    "render_page",
    "describe_rrule",
    "compare",
    "summarise",
    "due_items",
    "advance",
    "record_assessment",
    "inquiry_from_form",
]


#: The calls where None is a date left out (today, or the rule's own start).
OPTIONAL = {"arshjul_svg", "render_page", "describe_rrule", "record_assessment"}


@pytest.mark.parametrize("call", DATE_CALLS)
def test_every_date_argument_refuses_what_is_no_date_naming_it(
    vest: unikom.Partnership, trondheim: unikom.Partnership, call: str
) -> None:
    calls = date_calls(vest, trondheim)
    assert set(calls) == set(DATE_CALLS)
    for value in NOT_DATES:
        if value is None and call in OPTIONAL:
            continue
        with pytest.raises(unikom.UnikomError) as caught:
            calls[call](value)
        assert isinstance(caught.value, TypeError | ValueError)
        assert isinstance(caught.value, unikom.ArgumentError | unikom.ConstraintError), value
    for day in FAR_DATES:
        with pytest.raises((unikom.DateRangeError, unikom.ConstraintError)):
            calls[call](day)


def test_a_naive_datetime_is_its_date_and_an_aware_one_its_date_in_norway() -> None:
    assert date_argument(dt.datetime(2026, 5, 4, 23, 30), "on") == dt.date(2026, 5, 4)
    late_utc = dt.datetime(2026, 5, 4, 23, 30, tzinfo=dt.UTC)
    assert date_argument(late_utc, "on") == dt.date(2026, 5, 5)
    early_new_york = dt.datetime(2026, 5, 4, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert date_argument(early_new_york, "on") == dt.date(2026, 5, 5)


def test_a_date_argument_error_names_the_argument(vest: unikom.Partnership) -> None:
    with pytest.raises(unikom.ArgumentError) as caught:
        unikom.answer_due(vest, vest.inquiry_types[0].id, "2026-05-04")  # type: ignore[arg-type]
    assert caught.value.argument == "received"
    assert "expected a date" in str(caught.value)
    with pytest.raises(unikom.DateRangeError, match=r"^on: 1800-01-01 lies outside"):
        unikom.render_page(vest, on=dt.date(1800, 1, 1))


@pytest.mark.parametrize("language", [None, 3, "", "EN", "nb ", "nb_NO"])
def test_a_language_that_is_no_language_tag_is_refused(
    vest: unikom.Partnership, language: Any
) -> None:
    calls: list[Callable[[], object]] = [
        lambda: unikom.render_page(vest, language=language),
        lambda: unikom.describe_rrule("FREQ=YEARLY;BYMONTH=3", language),
        lambda: unikom.arshjul_svg(vest, year=2026, language=language),
    ]
    if not isinstance(language, str):
        # A text falls back from any tag (documented); only a non-tag type is refused.
        calls.append(lambda: vest.name.get(language))
    if language is not None:
        calls.append(lambda: unikom.calendar_ics(vest, DAY, DAY, language=language))
        calls.append(
            lambda: unikom.inquiry_from_form(
                vest,
                vest.inquiry_types[0].id,
                {},
                id="x-1",
                received=DAY,
                requester={"organisation": "a", "name": "b"},
                language=language,
            )
        )
    for call in calls:
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == "language"


def test_a_language_tag_without_words_of_its_own_falls_back() -> None:
    assert language_argument("en-GB") == "en-GB"
    assert language_argument("se") == "se"
    with pytest.raises(unikom.ArgumentError, match="did you mean 'en'"):
        language_argument("EN")


@pytest.mark.parametrize("year", [None, "2026", 2026.0, True, 1899, 2200])
def test_a_year_is_a_whole_number_in_1900_to_2199(vest: unikom.Partnership, year: Any) -> None:
    with pytest.raises((unikom.ArgumentError, unikom.DateRangeError)):
        unikom.arshjul_svg(vest, year=year)
    if year is not None:
        with pytest.raises((unikom.ArgumentError, unikom.DateRangeError)):
            unikom.render_page(vest, year=year)


@pytest.mark.parametrize("count", [-1, "3", 3.5, None, True])
def test_counts_are_whole_numbers_of_zero_or_more(vest: unikom.Partnership, count: Any) -> None:
    type_id = vest.inquiry_types[0].id
    with pytest.raises(unikom.ArgumentError) as caught:
        unikom.next_intake_deadlines(vest, type_id, DAY, count)
    assert caught.value.argument == "count"
    with pytest.raises(unikom.ArgumentError) as caught:
        unikom.summarise(vest, [], DAY, within_days=count)
    assert caught.value.argument == "within_days"


def test_a_horizon_past_the_last_date_is_no_overflow(trondheim: unikom.Partnership) -> None:
    inquiry = unikom.load_inquiry(TRONDHEIM / "inquiries" / "2026-015.yaml", partnership=trondheim)
    status = unikom.summarise(trondheim, [inquiry], DAY, within_days=10**9)
    assert status.partnership == trondheim.id


def test_other_arguments_are_refused_by_name(vest: unikom.Partnership) -> None:
    type_id = vest.inquiry_types[0].id
    refused: dict[str, Callable[[], object]] = {
        "format": lambda: unikom.render_page(vest, format="pdf"),
        "partnership": lambda: unikom.working_calendar(None),  # type: ignore[arg-type]
        "partnerships": lambda: unikom.compare(["vest"], on=DAY),  # type: ignore[list-item]
        "labels": lambda: unikom.compare([vest], on=DAY, labels=["a", "b"]),
        "inquiry_type": lambda: unikom.answer_due(vest, None, DAY),  # type: ignore[arg-type]
        "party": lambda: unikom.answer_due(vest, type_id, DAY, party=3),  # type: ignore[arg-type]
        "waiting": lambda: unikom.answer_due(vest, type_id, DAY, waiting=[DAY]),  # type: ignore[list-item]
        "rule": lambda: unikom.describe_rrule(None, "nb"),  # type: ignore[arg-type]
        "deadline": lambda: next_relative_deadline(vest, type_id, None, DAY),  # type: ignore[arg-type]
        "stamp": lambda: unikom.calendar_ics(vest, DAY, DAY, stamp=DAY),  # type: ignore[arg-type]
        "scheme": lambda: unikom.assess(None, {}),  # type: ignore[arg-type]
        "value": lambda: unikom.read_number("fire"),
        "path": lambda: unikom.load(None),  # type: ignore[arg-type]
        "paths": lambda: unikom.validate(None),  # type: ignore[arg-type]
        "languages": lambda: unikom.validate(VEST, languages="nn"),
    }
    for argument, call in refused.items():
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == argument


def test_an_argument_error_pickles_and_is_a_type_and_value_error() -> None:
    import pickle

    error = unikom.ArgumentError("on", "expected a date, got None")
    again = pickle.loads(pickle.dumps(error))
    assert (again.argument, again.detail, str(again)) == ("on", error.detail, str(error))
    assert isinstance(again, TypeError)
    assert isinstance(again, ValueError)


def test_a_waiting_span_that_ends_before_it_starts_is_refused(vest: unikom.Partnership) -> None:
    with pytest.raises(unikom.DateRangeError, match=r"^waiting: "):
        unikom.answer_due(
            vest, vest.inquiry_types[0].id, DAY, waiting=[(DAY, DAY - dt.timedelta(days=3))]
        )


def test_the_model_questions_about_a_day_refuse_what_is_no_date(
    vest: unikom.Partnership, trondheim: unikom.Partnership
) -> None:
    # Each ended in "'<' not supported between 'str' and 'datetime.date'";
    # Project.under_way_on(None) answered False.
    inquiry = unikom.load_inquiry(TRONDHEIM / "inquiries" / "2026-015.yaml", partnership=trondheim)
    project = next(
        d
        for d in unikom.iter_portfolio(TRONDHEIM / "projects", partnership=trondheim)
        if isinstance(d, unikom.Project)
    )
    period = trondheim.agreements[0].period
    questions: dict[str, Callable[[Any], object]] = {
        "day": inquiry.state_on,
        "received": lambda d: vest.addressee_problem(vest.parties[0].id, "x", d),
    }
    questions["member"] = vest.parties[0].is_member_on
    questions["project"] = project.under_way_on
    questions["period"] = period.contains
    for name, question in questions.items():
        for wrong in (None, "2026-05-04"):
            with pytest.raises(unikom.ArgumentError):
                question(wrong)
        late_utc = dt.datetime(2026, 5, 4, 23, 30, tzinfo=dt.UTC)
        assert question(late_utc) == question(dt.date(2026, 5, 5)), name
