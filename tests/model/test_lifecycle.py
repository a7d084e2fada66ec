"""The inquiry lifecycle: legal moves, dated history, and advance()."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_data import fresh_inquiry
from strategies import attempted_steps, new_inquiries
from unikom import (
    IllegalTransitionError,
    Inquiry,
    InquiryState,
    LifecycleError,
    StateName,
    Transition,
    TransitionDateError,
    UnikomError,
    advance,
    can_move,
    next_states,
)
from unikom.model.lifecycle import TRANSITIONS, history_problems

S = InquiryState
D = dt.date


@pytest.fixture
def new_inquiry() -> Inquiry:
    """Return an inquiry received on 4 March 2024, nothing done yet."""
    return fresh_inquiry()


def test_the_documented_path_is_legal(new_inquiry: Inquiry) -> None:
    inquiry = new_inquiry
    for state, day in [
        (S.ACKNOWLEDGED, D(2024, 3, 5)),
        (S.UNDER_ASSESSMENT, D(2024, 3, 11)),
        (S.PRELIMINARY_REPLY_SENT, D(2024, 4, 4)),
        (S.REFERRED, D(2024, 4, 20)),
        (S.CLOSED, D(2024, 4, 21)),
    ]:
        inquiry = advance(inquiry, state, day)
    assert inquiry.state is S.CLOSED
    assert [step.state for step in inquiry.history][-2:] == [S.REFERRED, S.CLOSED]
    assert list(history_problems(inquiry.received, inquiry.history)) == []


def test_advance_leaves_the_inquiry_given_unchanged(new_inquiry: Inquiry) -> None:
    moved = advance(new_inquiry, "acknowledged", D(2024, 3, 5), by="FoU-koordinator")
    assert new_inquiry.state is S.RECEIVED
    assert moved.state is S.ACKNOWLEDGED
    assert moved.history[-1].by == "FoU-koordinator"


@pytest.mark.parametrize("state", [S.RECEIVED, S.ACKNOWLEDGED, S.UNDER_ASSESSMENT])
def test_withdrawn_from_any_open_state(new_inquiry: Inquiry, state: InquiryState) -> None:
    inquiry = new_inquiry
    path = [S.ACKNOWLEDGED, S.UNDER_ASSESSMENT]
    for step in path[: path.index(state) + 1] if state is not S.RECEIVED else []:
        inquiry = advance(inquiry, step, D(2024, 3, 10))
    assert advance(inquiry, S.WITHDRAWN, D(2024, 3, 12)).state is S.WITHDRAWN


def test_decided_and_final_states_cannot_be_withdrawn() -> None:
    for state in (S.ACCEPTED, S.DECLINED, S.REFERRED, S.CLOSED, S.WITHDRAWN):
        assert not can_move(state, S.WITHDRAWN)
    assert next_states(S.CLOSED) == []
    assert next_states(S.ACCEPTED) == [S.CLOSED]


def test_illegal_move_raises_a_clear_error(new_inquiry: Inquiry) -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        advance(new_inquiry, S.ACCEPTED, D(2024, 3, 5))
    assert caught.value.code == "lifecycle.transition"
    assert "received cannot move to accepted" in str(caught.value)
    assert "acknowledged, referred, withdrawn" in str(caught.value)
    assert isinstance(caught.value, UnikomError)


def test_moving_on_from_a_final_state_says_it_is_final(new_inquiry: Inquiry) -> None:
    withdrawn = advance(new_inquiry, S.WITHDRAWN, D(2024, 3, 5))
    with pytest.raises(IllegalTransitionError, match="withdrawn is final"):
        advance(withdrawn, S.ACKNOWLEDGED, D(2024, 3, 6))


def test_a_step_dated_before_the_last_is_refused(new_inquiry: Inquiry) -> None:
    acknowledged = advance(new_inquiry, S.ACKNOWLEDGED, D(2024, 3, 8))
    with pytest.raises(TransitionDateError) as caught:
        advance(acknowledged, S.UNDER_ASSESSMENT, D(2024, 3, 7))
    assert caught.value.code == "lifecycle.date-order"
    with pytest.raises(TransitionDateError):
        advance(new_inquiry, S.ACKNOWLEDGED, new_inquiry.received - dt.timedelta(days=1))


def test_same_day_steps_are_allowed(new_inquiry: Inquiry) -> None:
    day = new_inquiry.received
    assert advance(advance(new_inquiry, S.ACKNOWLEDGED, day), S.WITHDRAWN, day).state is (
        S.WITHDRAWN
    )


def test_unknown_state_name(new_inquiry: Inquiry) -> None:
    with pytest.raises(LifecycleError) as caught:
        # An app without a type checker can still pass any text; it is refused.
        advance(new_inquiry, "mottatt", D(2024, 3, 5))  # type: ignore[arg-type]
    assert caught.value.code == "lifecycle.unknown-state"


def test_the_state_names_a_type_checker_knows_are_the_states() -> None:
    assert set(typing.get_args(StateName)) == {state.value for state in InquiryState}


def test_received_is_never_a_step(new_inquiry: Inquiry) -> None:
    with pytest.raises(IllegalTransitionError):
        advance(new_inquiry, S.RECEIVED, D(2024, 3, 5))


def test_state_on_a_day(new_inquiry: Inquiry) -> None:
    inquiry = advance(new_inquiry, S.ACKNOWLEDGED, D(2024, 3, 5))
    inquiry = advance(inquiry, S.UNDER_ASSESSMENT, D(2024, 3, 11))
    assert inquiry.state_on(D(2024, 3, 3)) is None
    assert inquiry.state_on(D(2024, 3, 4)) is S.RECEIVED
    assert inquiry.state_on(D(2024, 3, 5)) is S.ACKNOWLEDGED
    assert inquiry.state_on(D(2024, 3, 10)) is S.ACKNOWLEDGED
    assert inquiry.state_on(D(2030, 1, 1)) is S.UNDER_ASSESSMENT
    assert inquiry.entered(S.UNDER_ASSESSMENT) == D(2024, 3, 11)
    assert inquiry.entered(S.CLOSED) is None


def test_history_problems_finds_each_wrong_entry_once() -> None:
    received = D(2024, 3, 4)
    history = [
        Transition(state=S.UNDER_ASSESSMENT, date=D(2024, 3, 5)),  # skips acknowledged
        Transition(state=S.ACCEPTED, date=D(2024, 3, 1)),  # before the step above
        Transition(state=S.CLOSED, date=D(2024, 3, 6)),
    ]
    found = [(p.index, p.field, p.code) for p in history_problems(received, history)]
    assert found == [
        (0, "state", "lifecycle.transition"),
        (1, "date", "lifecycle.date-order"),
    ]


def test_every_state_has_an_entry_in_the_table() -> None:
    assert set(TRANSITIONS) == set(InquiryState)
    for state in InquiryState:
        assert state.is_open + state.is_decided + state.is_final == 1


@given(new_inquiries, st.lists(attempted_steps, max_size=12))
def test_no_sequence_of_legal_moves_reaches_an_illegal_state(
    inquiry: Inquiry, attempts: list[tuple[InquiryState, int]]
) -> None:
    """Whatever is tried, advance() only ever produces a history the validator accepts."""
    day = inquiry.received
    for state, gap in attempts:
        day = day + dt.timedelta(days=gap)
        try:
            inquiry = advance(inquiry, state, day)
        except LifecycleError:
            continue
        assert list(history_problems(inquiry.received, inquiry.history)) == []
        assert inquiry.state in InquiryState
        if inquiry.state.is_final:
            assert next_states(inquiry.state) == []
    dates = [inquiry.received, *(step.date for step in inquiry.history)]
    assert dates == sorted(dates)


@given(new_inquiries, st.data())
def test_legal_random_walks_always_validate(inquiry: Inquiry, data: st.DataObject) -> None:
    """Walk only along legal moves until a final state: each step succeeds."""
    day = inquiry.received
    steps = 0
    while next_states(inquiry.state):
        # Waiting for the sender and assessing may alternate for ever: after a
        # few rounds, end the walk the way an open inquiry can always end.
        steps += 1
        choices = next_states(inquiry.state)
        if steps > 12 and S.WITHDRAWN in choices:
            choices = [S.WITHDRAWN]
        state = data.draw(st.sampled_from(choices))
        day = day + dt.timedelta(days=data.draw(st.integers(0, 30)))
        inquiry = advance(inquiry, state, day)
    assert inquiry.state.is_final
    assert list(history_problems(inquiry.received, inquiry.history)) == []


def test_can_move_and_next_states_take_state_names_as_advance_does() -> None:
    from unikom import InquiryState, LifecycleError, can_move, next_states

    assert can_move("received", "acknowledged") is can_move(
        InquiryState.RECEIVED, InquiryState.ACKNOWLEDGED
    )
    assert next_states("received") == next_states(InquiryState.RECEIVED)
    for bad in ("mottatt", None, 3):
        with pytest.raises(LifecycleError) as caught:
            next_states(bad)  # type: ignore[arg-type]
        assert caught.value.code == "lifecycle.unknown-state"
    with pytest.raises(LifecycleError, match=r"^to_state: 'lukket'"):
        can_move("received", "lukket")  # type: ignore[arg-type]
