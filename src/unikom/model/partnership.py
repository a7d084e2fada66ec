"""The partnership: the root of a partnership document."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from unikom.model._arguments import plain_date
from unikom.model._fields import CalendarName, LanguageTag, Slug, doc
from unikom.model._rules import partnership_rules, report
from unikom.model._validation import validated
from unikom.model.agreement import Agreement
from unikom.model.contact import Contact, Link
from unikom.model.diagnostics import Diagnostic
from unikom.model.errors import not_found
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.goal import Goal
from unikom.model.governance import AnnualEvent, ClosedPeriod, GovernanceBody, KeyFigure
from unikom.model.inquiry_type import InquiryType
from unikom.model.party import Party, PartyRole
from unikom.model.text import Text
from unikom.model.thematic_area import ThematicArea
from unikom.model.track import CollaborationTrack

__all__ = ["Partnership", "PartnershipStatus"]


class PartnershipStatus(enum.Enum):
    """Where a partnership is in its life."""

    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"


@validated
@attrs.frozen(kw_only=True)
class Partnership:
    """A university–municipality partnership, as one partnership document describes it."""

    id: Slug = attrs.field(metadata=doc("Id of the partnership."))
    name: Text = attrs.field(metadata=doc("Full name."))
    short_name: str | None = attrs.field(
        default=None, metadata=doc("Short name, e.g. 'TRD3.0'.", minLength=1)
    )
    description: Text | None = attrs.field(
        default=None, metadata=doc("What it is, in a few lines.")
    )
    status: PartnershipStatus = attrs.field(
        default=PartnershipStatus.ACTIVE, metadata=doc("planned, active or ended.")
    )
    languages: tuple[LanguageTag, ...] = attrs.field(
        default=("nb",),
        metadata=doc(
            "Languages every text should be given in; the first is the main one.",
            minItems=1,
            uniqueItems=True,
        ),
    )
    parties: tuple[Party, ...] = attrs.field(
        metadata=doc("Municipalities, universities and university colleges.", minItems=2)
    )
    agreements: tuple[Agreement, ...] = attrs.field(default=(), metadata=doc("Agreements."))
    purposes: tuple[Text, ...] = attrs.field(
        default=(), metadata=doc("Why the parties work together.")
    )
    goals: tuple[Goal, ...] = attrs.field(default=(), metadata=doc("Goals of the collaboration."))
    thematic_areas: tuple[ThematicArea, ...] = attrs.field(
        default=(), metadata=doc("The thematic areas (samarbeidsområder).")
    )
    tracks: tuple[CollaborationTrack, ...] = attrs.field(
        default=(), metadata=doc("Collaboration tracks: research, education, innovation.")
    )
    inquiry_types: tuple[InquiryType, ...] = attrs.field(
        default=(), metadata=doc("Kinds of inquiry the partnership accepts.")
    )
    contacts: tuple[Contact, ...] = attrs.field(default=(), metadata=doc("People to contact."))
    links: tuple[Link, ...] = attrs.field(default=(), metadata=doc("Web pages."))
    governance_bodies: tuple[GovernanceBody, ...] = attrs.field(
        default=(), metadata=doc("Steering groups, project leaders …")
    )
    annual_cycle: tuple[AnnualEvent, ...] = attrs.field(
        default=(), metadata=doc("The årshjul: recurring governance and planning events.")
    )
    calendar: CalendarName | None = attrs.field(
        default=None,
        metadata=doc(
            "The working calendar deadlines are counted on: its public holidays and "
            "extra days (default 'NO', Norway).",
            since="1.1",
        ),
    )
    closed_periods: tuple[ClosedPeriod, ...] = attrs.field(
        default=(), metadata=doc("Days each year not counted as working days.")
    )
    key_figures: tuple[KeyFigure, ...] = attrs.field(
        default=(), metadata=doc("Dated figures from public sources.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def _object_rules(self) -> Iterator[Diagnostic]:
        # Unique ids and references within the partnership, as a file is checked.
        return partnership_rules(self, report)

    def party(self, party_id: str) -> Party:
        """Return the party with *party_id*; else NotFoundError."""
        return _by_id(self.parties, party_id, "party")

    def inquiry_type(self, inquiry_type_id: str) -> InquiryType:
        """Return the inquiry type with *inquiry_type_id*; else NotFoundError."""
        return _by_id(self.inquiry_types, inquiry_type_id, "inquiry type")

    def thematic_area(self, area_id: str) -> ThematicArea:
        """Return the thematic area with *area_id*; else NotFoundError."""
        return _by_id(self.thematic_areas, area_id, "thematic area")

    def track(self, track_id: str) -> CollaborationTrack:
        """Return the collaboration track with *track_id*; else NotFoundError."""
        return _by_id(self.tracks, track_id, "collaboration track")

    @property
    def lead(self) -> Party | None:
        """Return the lead (host) party, or None when no party has the role ``lead``."""
        return next((p for p in self.parties if p.role is PartyRole.LEAD), None)

    def parties_on(self, day: dt.date) -> tuple[Party, ...]:
        """Return the parties that belonged to the partnership on *day*."""
        return tuple(p for p in self.parties if p.is_member_on(day))

    def addressee_problem(self, party_id: str, inquiry_type: str, received: dt.date) -> str | None:
        """Say why an inquiry of *inquiry_type* received on *received* cannot go to *party_id*.

        Returns None when it can: the party belonged to the partnership that day
        and the inquiry type (when it lists ``addressees``) accepts it.  A party
        id that does not exist is not judged here.
        """
        received = plain_date(received, "received")
        if party_id not in {p.id for p in self.parties_on(received)}:
            return (
                f"'{party_id}' was not a party of the partnership on "
                f"{received.isoformat()}, when the inquiry was received"
            )
        allowed = next((t.addressees for t in self.inquiry_types if t.id == inquiry_type), ())
        if allowed and party_id not in allowed:
            return (
                f"inquiries of type '{inquiry_type}' cannot be addressed to '{party_id}' "
                f"(they can be addressed to: {', '.join(allowed)})"
            )
        return None

    def contacts_of(self, party_id: str | None) -> tuple[Contact, ...]:
        """Return the contacts of *party_id*; None gives those that belong to no party."""
        return tuple(c for c in self.contacts if c.party == party_id)

    @property
    def municipalities(self) -> tuple[Party, ...]:
        """Return the parties on the municipal side."""
        return tuple(p for p in self.parties if p.kind.is_municipal)

    @property
    def institutions(self) -> tuple[Party, ...]:
        """Return the universities and university colleges."""
        return tuple(p for p in self.parties if p.kind.is_academic)


_T = TypeVar("_T")


def _by_id(items: tuple[_T, ...], wanted: str, what: str) -> _T:
    for item in items:
        if getattr(item, "id", None) == wanted:
            return item
    raise not_found(what, wanted, items)
