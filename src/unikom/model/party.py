"""The parties of a partnership: municipalities, universities and university colleges."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from unikom.model._arguments import plain_date
from unikom.model._fields import CalendarName, OrgNumber, Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["Party", "PartyKind", "PartyRole"]


class PartyKind(enum.Enum):
    """What kind of organisation a party is."""

    MUNICIPALITY = "municipality"
    COUNTY_MUNICIPALITY = "county_municipality"
    UNIVERSITY = "university"
    UNIVERSITY_COLLEGE = "university_college"
    OTHER = "other"

    @property
    def is_municipal(self) -> bool:
        """Tell whether this kind is on the municipal side of a partnership."""
        return self in (PartyKind.MUNICIPALITY, PartyKind.COUNTY_MUNICIPALITY)

    @property
    def is_academic(self) -> bool:
        """Tell whether this kind is on the university side of a partnership."""
        return self in (PartyKind.UNIVERSITY, PartyKind.UNIVERSITY_COLLEGE)


class PartyRole(enum.Enum):
    """The part a party plays in the partnership (standard 1.1).

    ``lead``: the host party that runs the partnership's secretariat and signs
    or receives on its behalf; at most one.  ``member``: a full party (what a
    party without a role is).  ``associate``: takes part without the duties
    and rights of a member, e.g. a county municipality that observes.
    """

    LEAD = "lead"
    MEMBER = "member"
    ASSOCIATE = "associate"


@validated
@attrs.frozen(kw_only=True)
class Party:
    """One organisation in the partnership."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    kind: PartyKind = attrs.field(metadata=doc("municipality, university, university_college …"))
    name: Text = attrs.field(metadata=doc("Full name, e.g. 'Trondheim kommune'."))
    short_name: str | None = attrs.field(
        default=None, metadata=doc("Abbreviation, e.g. 'NTNU'.", minLength=1)
    )
    org_number: OrgNumber = attrs.field(
        metadata=doc("Organisation number in Enhetsregisteret, 9 digits, MOD11-checked."),
    )
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("The party's web address."),
    )
    role: PartyRole | None = attrs.field(
        default=None,
        metadata=doc("lead, member or associate; left out, the party is a member.", since="1.1"),
    )
    joined: dt.date | None = attrs.field(
        default=None,
        metadata=doc(
            "The day the party joined; left out, it was there from the start.", since="1.1"
        ),
    )
    left: dt.date | None = attrs.field(
        default=None,
        metadata=doc("The last day the party was a member; left out, it still is.", since="1.1"),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    calendar: CalendarName | None = attrs.field(
        default=None,
        metadata=doc(
            "The working calendar deadlines for inquiries addressed to this party are "
            "counted on; left out, the partnership's.",
            since="1.1",
        ),
    )

    @property
    def effective_role(self) -> PartyRole:
        """Return the party's role, ``member`` when none is written."""
        return self.role or PartyRole.MEMBER

    def is_member_on(self, day: dt.date) -> bool:
        """Tell whether the party belonged to the partnership on *day*."""
        day = plain_date(day, "day")
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day <= self.left
        )
