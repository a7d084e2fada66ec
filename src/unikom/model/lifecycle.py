"""The lifecycle of an inquiry: its states, the legal moves between them, and dated history.

received → acknowledged → under_assessment → (preliminary_reply_sent) →
accepted | declined | referred → closed; withdrawn from any open state.
Standard 1.1 adds waiting_for_sender (the processing time pauses) and triage:
received or acknowledged straight to referred.

Everything here is a pure function of its arguments. Moving an inquiry is
:func:`unikom.model.inquiry.advance`, which returns a new inquiry and never
changes the one it is given.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal

import attrs

from unikom.model._arguments import plain_date
from unikom.model._fields import doc
from unikom.model._validation import validated
from unikom.model.errors import UnikomError
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = [
    "DECIDED_STATES",
    "FINAL_STATES",
    "OPEN_STATES",
    "TRANSITIONS",
    "TRANSITIONS_SINCE",
    "HistoryProblem",
    "IllegalTransitionError",
    "InquiryState",
    "LifecycleError",
    "StateName",
    "Transition",
    "TransitionDateError",
    "can_move",
    "current_state",
    "describe_illegal",
    "history_problems",
    "next_states",
    "paused_spans",
    "state_of",
    "state_on",
]


#: A state's name as written in files: what :func:`~unikom.model.inquiry.advance`
#: takes beside an :class:`InquiryState`, so a type checker catches a misspelt state.
StateName = Literal[
    "received",
    "acknowledged",
    "under_assessment",
    "preliminary_reply_sent",
    "waiting_for_sender",
    "accepted",
    "declined",
    "referred",
    "closed",
    "withdrawn",
]


class InquiryState(enum.Enum):
    """Where an inquiry is in its handling."""

    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    UNDER_ASSESSMENT = "under_assessment"
    PRELIMINARY_REPLY_SENT = "preliminary_reply_sent"
    WAITING_FOR_SENDER = "waiting_for_sender"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REFERRED = "referred"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        """Tell whether the inquiry still waits for the partnership's answer."""
        return self in OPEN_STATES

    @property
    def is_decided(self) -> bool:
        """Tell whether the answer is given (accepted, declined or referred elsewhere)."""
        return self in DECIDED_STATES

    @property
    def is_final(self) -> bool:
        """Tell whether nothing more can happen to the inquiry (closed or withdrawn)."""
        return self in FINAL_STATES


OPEN_STATES = frozenset(
    {
        InquiryState.RECEIVED,
        InquiryState.ACKNOWLEDGED,
        InquiryState.UNDER_ASSESSMENT,
        InquiryState.PRELIMINARY_REPLY_SENT,
        InquiryState.WAITING_FOR_SENDER,
    }
)
DECIDED_STATES = frozenset({InquiryState.ACCEPTED, InquiryState.DECLINED, InquiryState.REFERRED})
FINAL_STATES = frozenset({InquiryState.CLOSED, InquiryState.WITHDRAWN})

_S = InquiryState
#: Every legal move: state → the states it may move to next.
TRANSITIONS: Mapping[InquiryState, frozenset[InquiryState]] = MappingProxyType(
    {
        # Triage: an inquiry that plainly belongs elsewhere may be referred at once.
        _S.RECEIVED: frozenset({_S.ACKNOWLEDGED, _S.REFERRED, _S.WITHDRAWN}),
        _S.ACKNOWLEDGED: frozenset(
            {_S.UNDER_ASSESSMENT, _S.WAITING_FOR_SENDER, _S.REFERRED, _S.WITHDRAWN}
        ),
        _S.UNDER_ASSESSMENT: frozenset(
            {
                _S.PRELIMINARY_REPLY_SENT,
                _S.WAITING_FOR_SENDER,
                _S.ACCEPTED,
                _S.DECLINED,
                _S.REFERRED,
                _S.WITHDRAWN,
            }
        ),
        _S.PRELIMINARY_REPLY_SENT: frozenset(
            {_S.WAITING_FOR_SENDER, _S.ACCEPTED, _S.DECLINED, _S.REFERRED, _S.WITHDRAWN}
        ),
        # Waiting for the sender: the processing time pauses until the sender answers
        # (or the inquiry is declined or withdrawn for want of an answer).
        _S.WAITING_FOR_SENDER: frozenset({_S.UNDER_ASSESSMENT, _S.DECLINED, _S.WITHDRAWN}),
        _S.ACCEPTED: frozenset({_S.CLOSED}),
        _S.DECLINED: frozenset({_S.CLOSED}),
        _S.REFERRED: frozenset({_S.CLOSED}),
        _S.CLOSED: frozenset(),
        _S.WITHDRAWN: frozenset(),
    }
)

#: Moves added after version 1.0 of the standard, and the version that added them.
TRANSITIONS_SINCE: Mapping[tuple[InquiryState, InquiryState], str] = MappingProxyType(
    {
        (_S.RECEIVED, _S.REFERRED): "1.1",
        (_S.ACKNOWLEDGED, _S.REFERRED): "1.1",
    }
)


def paused_spans(history: Sequence[Transition]) -> tuple[tuple[dt.date, dt.date | None], ...]:
    """Return the spans the inquiry waited for its sender: (entered, left or None).

    The processing time does not run on the days after the day it entered
    ``waiting_for_sender`` up to and including the day it left it: the day
    the sender answers is counted like a new day of receipt.
    """
    spans: list[tuple[dt.date, dt.date | None]] = []
    waiting_since: dt.date | None = None
    for step in history:
        if step.state is _S.WAITING_FOR_SENDER:
            if waiting_since is None:
                waiting_since = step.date
        elif waiting_since is not None:
            spans.append((waiting_since, step.date))
            waiting_since = None
    if waiting_since is not None:
        spans.append((waiting_since, None))
    return tuple(spans)


def state_of(state: InquiryState | StateName, name: str = "state") -> InquiryState:
    """Return *state* (an :class:`InquiryState` or its name) as an :class:`InquiryState`.

    Raises :class:`LifecycleError` (``lifecycle.unknown-state``) for anything else.
    """
    if isinstance(state, InquiryState):
        return state
    try:
        return InquiryState(state)
    except ValueError:
        known = ", ".join(s.value for s in InquiryState)
        raise LifecycleError(
            "lifecycle.unknown-state", f"{name}: {state!r} is not a state (known: {known})"
        ) from None


def can_move(from_state: InquiryState | StateName, to_state: InquiryState | StateName) -> bool:
    """Tell whether an inquiry in *from_state* may move to *to_state* (states or their names)."""
    return state_of(to_state, "to_state") in TRANSITIONS[state_of(from_state, "from_state")]


def next_states(state: InquiryState | StateName) -> list[InquiryState]:
    """Return the states an inquiry in *state* (a state or its name) may move to, in order."""
    allowed = TRANSITIONS[state_of(state)]
    return [s for s in InquiryState if s in allowed]


@validated
@attrs.frozen(kw_only=True)
class Transition:
    """One dated step in an inquiry's history: the state it moved to and when."""

    state: InquiryState = attrs.field(
        metadata=doc(
            "The state moved to: acknowledged, under_assessment, preliminary_reply_sent, "
            "accepted, declined, referred, closed or withdrawn."
        )
    )
    date: dt.date = attrs.field(metadata=doc("The day it happened, YYYY-MM-DD."))
    by: str | None = attrs.field(
        default=None, metadata=doc("Who did it, e.g. 'FoU-koordinator'.", minLength=1)
    )
    note: Text | None = attrs.field(
        default=None, metadata=doc("Anything worth knowing, e.g. where it was referred.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


class LifecycleError(UnikomError):
    """A move the lifecycle does not allow; :attr:`code` is the diagnostic code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class IllegalTransitionError(LifecycleError):
    """The inquiry's state does not allow the move asked for."""

    def __init__(self, from_state: InquiryState, to_state: InquiryState) -> None:
        super().__init__("lifecycle.transition", describe_illegal(from_state, to_state))
        self.from_state = from_state
        self.to_state = to_state


class TransitionDateError(LifecycleError):
    """The move is dated before the step it follows."""

    def __init__(self, on_date: dt.date, previous: dt.date) -> None:
        super().__init__(
            "lifecycle.date-order",
            f"the date {on_date.isoformat()} is before the step it follows "
            f"({previous.isoformat()}); steps are dated in order",
        )
        self.on_date = on_date
        self.previous = previous


def describe_illegal(from_state: InquiryState, to_state: InquiryState) -> str:
    """Explain in one sentence why *from_state* cannot move to *to_state*."""
    allowed = next_states(from_state)
    if not allowed:
        return (
            f"an inquiry that is {from_state.value} cannot move on "
            f"(to {to_state.value}): {from_state.value} is final"
        )
    listed = ", ".join(s.value for s in allowed)
    return (
        f"an inquiry that is {from_state.value} cannot move to {to_state.value}; "
        f"it can move to: {listed}"
    )


@validated
@attrs.frozen(kw_only=True)
class HistoryProblem:
    """A problem in a dated history: which entry, which of its fields, code and message."""

    index: int
    field: str
    code: str
    message: str


def history_problems(received: dt.date, history: Sequence[Transition]) -> Iterator[HistoryProblem]:
    """Report every illegal move and every date out of order in *history*.

    The history lists what happened after the inquiry was received, so it
    starts from the state ``received`` on the *received* date.  After an
    illegal move, checking goes on from the state the entry names, so that one
    wrong entry is reported once, not once for every entry after it.
    """
    state = InquiryState.RECEIVED
    last_date = received
    for index, step in enumerate(history):
        if step.state is InquiryState.RECEIVED:
            yield HistoryProblem(
                index=index,
                field="state",
                code="lifecycle.transition",
                message="the history lists what happened after the inquiry was received; "
                "'received' is given by the 'received' date, not as a step",
            )
        elif not can_move(state, step.state):
            yield HistoryProblem(
                index=index,
                field="state",
                code="lifecycle.transition",
                message=describe_illegal(state, step.state),
            )
        if step.date < last_date:
            after = "the date it was received" if index == 0 else f"step {index}"
            yield HistoryProblem(
                index=index,
                field="date",
                code="lifecycle.date-order",
                message=f"{step.state.value} is dated {step.date.isoformat()}, before "
                f"{after} ({last_date.isoformat()}); steps are dated in order",
            )
        state = step.state
        last_date = max(last_date, step.date)


def current_state(history: Sequence[Transition]) -> InquiryState:
    """Return the state the last step of *history* moved to (received when there is none)."""
    return history[-1].state if history else InquiryState.RECEIVED


def state_on(received: dt.date, history: Sequence[Transition], day: dt.date) -> InquiryState | None:
    """Return the state on *day*: after every step dated on or before it (None before receipt)."""
    day = plain_date(day, "day")
    if day < received:
        return None
    state = InquiryState.RECEIVED
    for step in history:
        if step.date > day:
            break
        state = step.state
    return state
