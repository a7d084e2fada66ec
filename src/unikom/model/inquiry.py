"""Inquiries: one request for research, innovation or education collaboration, as received.

An inquiry names its partnership and its inquiry type; its answers, thematic
areas and requirements are checked against that type (see
:func:`unikom.services.portfolio.check_inquiry`), its history against the lifecycle
(:mod:`unikom.model.lifecycle`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from unikom.model._arguments import date_argument
from unikom.model._fields import CONSTRAINTS, Email, OrgNumber, Phone, Slug, TextValue, doc
from unikom.model._rules import inquiry_own_rules, report
from unikom.model._validation import freeze_field, validated
from unikom.model.assessment import Assessment
from unikom.model.diagnostics import Diagnostic
from unikom.model.errors import not_found
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.lifecycle import (
    IllegalTransitionError,
    InquiryState,
    StateName,
    Transition,
    TransitionDateError,
    can_move,
    current_state,
    state_of,
    state_on,
)
from unikom.model.text import Text

__all__ = ["Answer", "Inquiry", "Requester", "RequirementState", "RequirementStatus", "advance"]

#: One answer to a form field: text (also dates, e-mail addresses and web addresses,
#: written as text), true/false, a number, or a list of choice ids.
Answer = TextValue | bool | float | tuple[Slug, ...]


def _freeze_answers(answers: Mapping[str, Answer]) -> FrozenMap[str, Answer]:
    # A frozen copy, so that changing the caller's dict later cannot change the inquiry.
    return freeze_field(answers, "answers")


@validated
@attrs.frozen(kw_only=True)
class Requester:
    """Who asks: the organisation and the person to contact."""

    organisation: str = attrs.field(
        metadata=doc(
            "The organisation that asks, e.g. 'NTNU, Institutt for psykologi'.", minLength=1
        )
    )
    party: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the partnership's party the organisation belongs to, if any."),
    )
    org_number: OrgNumber | None = attrs.field(
        default=None,
        metadata=doc("The organisation's organisation number, if it has one."),
    )
    name: str = attrs.field(metadata=doc("The contact person's name.", minLength=1))
    email: Email | None = attrs.field(
        default=None,
        metadata=doc("The contact person's e-mail address."),
    )
    phone: Phone | None = attrs.field(
        default=None,
        metadata=doc("Phone number."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


class RequirementStatus(enum.Enum):
    """How far a requirement (REK approval, privacy notification …) has come."""

    PENDING = "pending"
    APPLIED = "applied"
    MET = "met"
    NOT_APPLICABLE = "not_applicable"


@validated
@attrs.frozen(kw_only=True)
class RequirementState:
    """The status of one requirement of the inquiry type, as declared for this inquiry."""

    requirement: Slug = attrs.field(metadata=doc("Id of the inquiry type's requirement."))
    party: Slug | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the addressed party this status is for, when the parties' statuses "
            "differ; left out, it is the same for every addressed party.",
            since="1.1",
        ),
    )
    status: RequirementStatus = attrs.field(
        metadata=doc("pending, applied (asked for, waiting), met or not_applicable.")
    )
    date: dt.date | None = attrs.field(
        default=None, metadata=doc("When the status was last set, e.g. the approval date.")
    )
    reference: str | None = attrs.field(
        default=None, metadata=doc("A case or reference number, e.g. REK's.", minLength=1)
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Inquiry:
    """One inquiry about collaboration, with its answers, requirements and dated history."""

    id: Slug = attrs.field(metadata=doc("Id of the inquiry, e.g. '2024-017'."))
    partnership: Slug = attrs.field(metadata=doc("Id of the partnership asked."))
    type: Slug = attrs.field(metadata=doc("Id of the partnership's inquiry type."))
    title: Text = attrs.field(metadata=doc("A short title for the inquiry."))
    received: dt.date = attrs.field(metadata=doc("The day it was received, YYYY-MM-DD."))
    requester: Requester = attrs.field(metadata=doc("Who asks."))
    thematic_areas: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc("Ids of the thematic areas it concerns.", uniqueItems=True),
    )
    addressed_to: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the parties the inquiry is addressed to, e.g. one member municipality; "
            "left out, the partnership as a whole.",
            since="1.1",
            uniqueItems=True,
            minItems=1,
        ),
    )
    answers: FrozenMap[str, Answer] = attrs.field(
        default=EMPTY,
        converter=_freeze_answers,
        metadata=doc(
            "Form field id → answer: text, true/false, a number, or a list of choice ids.",
            propertyNames=CONSTRAINTS[Slug].schema,
        ),
    )
    requirements: tuple[RequirementState, ...] = attrs.field(
        default=(), metadata=doc("The status of each requirement the inquiry type demands.")
    )
    history: tuple[Transition, ...] = attrs.field(
        default=(),
        metadata=doc("What happened after it was received, one dated step per state, in order."),
    )
    assessment: Assessment | None = attrs.field(
        default=None, metadata=doc("The assessment against the inquiry type's criteria.")
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def _object_rules(self) -> Iterator[Diagnostic]:
        # A legal, dated history and each requirement once, as a file is checked.
        return inquiry_own_rules(self, report)

    @property
    def state(self) -> InquiryState:
        """Return the state the inquiry is in now: that of its last step."""
        return current_state(self.history)

    def state_on(self, day: dt.date) -> InquiryState | None:
        """Return the state the inquiry was in on *day* (None if not yet received)."""
        return state_on(self.received, self.history, day)

    def entered(self, state: InquiryState) -> dt.date | None:
        """Return the date the inquiry last moved to *state* (None if it never did)."""
        if state is InquiryState.RECEIVED:
            return self.received
        for step in reversed(self.history):
            if step.state is state:
                return step.date
        return None

    def requirement(self, requirement_id: str, party: str | None = None) -> RequirementState:
        """Return the declared status of *requirement_id*; raise NotFoundError if undeclared.

        With *party* (an addressed party), the status declared for that party
        comes first, then the one declared for every party.
        """
        order = (party, None) if party is not None else (None,)
        for wanted in order:
            for declared in self.requirements:
                if declared.requirement == requirement_id and declared.party == wanted:
                    return declared
        for declared in self.requirements:
            if declared.requirement == requirement_id and party is None:
                return declared
        raise not_found(
            "declared requirement", requirement_id, [r.requirement for r in self.requirements]
        )


def advance(
    inquiry: Inquiry,
    to_state: InquiryState | StateName,
    on_date: dt.date,
    *,
    by: str | None = None,
    note: Text | str | None = None,
) -> Inquiry:
    """Return *inquiry* moved to *to_state* on *on_date*, with the step added to its history.

    Raises :class:`IllegalTransitionError` when the inquiry's current state does
    not allow the move, and :class:`TransitionDateError` when *on_date* is
    before the last step (or before the inquiry was received).  The inquiry
    given is not changed.
    """
    target = state_of(to_state, "to_state")
    on_date = date_argument(on_date, "on_date")
    state = inquiry.state
    if target is InquiryState.RECEIVED or not can_move(state, target):
        raise IllegalTransitionError(state, target)
    previous = inquiry.history[-1].date if inquiry.history else inquiry.received
    if on_date < previous:
        raise TransitionDateError(on_date, previous)
    text = Text.plain(note) if isinstance(note, str) else note
    step = Transition(state=target, date=on_date, by=by, note=text)
    return attrs.evolve(inquiry, history=(*inquiry.history, step))
