"""The parties of a partnership: municipalities, universities and university colleges."""

from __future__ import annotations

import enum

import attrs

from unikom.model._fields import OrgNumber, Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.text import Text


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
