"""What values of the standard mean and look like, for editors and readers.

The schemas take from here each enum value's description and examples of each
constrained kind of value (an editor shows them while you type), so they are
written once, beside the model.  A new enum member or constrained type needs a
line here; a test fails until it has one.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from unikom.model._fields import (
    CalendarName,
    Email,
    LanguageTag,
    MonthDay,
    OrgNumber,
    RRuleText,
    Slug,
    Url,
)
from unikom.model.duration import Duration, DurationUnit
from unikom.model.governance import Feast
from unikom.model.inquiry import RequirementStatus
from unikom.model.inquiry_type import ClosureMode, FieldType, RouteAction
from unikom.model.lifecycle import InquiryState
from unikom.model.partnership import PartnershipStatus
from unikom.model.party import PartyKind, PartyRole
from unikom.model.project import ProjectStatus
from unikom.model.schedule import NonWorkingDayPolicy
from unikom.model.track import TrackKind

__all__ = ["EXAMPLES", "MEANINGS", "meaning"]

_TABLE: dict[type[enum.Enum], dict[str, str]] = {
    PartyKind: {
        "municipality": "A municipality (kommune).",
        "county_municipality": "A county municipality (fylkeskommune).",
        "university": "A university (universitet).",
        "university_college": "A university college (høgskole).",
        "other": "Any other organisation, such as a research institute or a health trust.",
    },
    PartyRole: {
        "lead": "The host party: runs the secretariat and signs or receives on the "
        "partnership's behalf. At most one.",
        "member": "A full party of the partnership (a party without a role is one).",
        "associate": "Takes part without a member's duties and rights, e.g. an observer.",
    },
    PartnershipStatus: {
        "planned": "Agreed on or being prepared, not yet started.",
        "active": "Running: the partnership accepts inquiries.",
        "ended": "No longer running; kept for the record.",
    },
    TrackKind: {
        "research": "Research collaboration (forskning), e.g. PhD projects and research projects.",
        "education": "Education (utdanning): student assignments, practice, further education.",
        "innovation": "Innovation (nyskaping): pilots and service development.",
    },
    FieldType: {
        "text": "One line of text.",
        "textarea": "Several lines of free text.",
        "choice": "One of the field's choices.",
        "multichoice": "Any number of the field's choices.",
        "boolean": "Yes or no.",
        "date": "A date, written YYYY-MM-DD.",
        "email": "An e-mail address.",
        "number": "A number.",
        "url": "A web address starting with https:// or http://.",
    },
    RouteAction: {
        "receive": "Registers the inquiry as received.",
        "route": "Sends the inquiry on to the unit or person who handles it.",
        "assess": "Assesses the inquiry against the inquiry type's criteria.",
        "decide": "Decides whether the partnership takes the inquiry on.",
        "answer": "Answers the sender.",
    },
    NonWorkingDayPolicy: {
        "keep": "The deadline stays on the day, even on a weekend or holiday.",
        "previous": "The deadline moves back to the working day before.",
        "next": "The deadline moves on to the next working day.",
    },
    RequirementStatus: {
        "pending": "Not yet applied for or started.",
        "applied": "Applied for; waiting for the answer.",
        "met": "Met: the approval or notification is in place.",
        "not_applicable": "Does not apply to this inquiry.",
    },
    InquiryState: {
        "received": "The inquiry has come in.",
        "acknowledged": "The sender has been told the inquiry arrived.",
        "under_assessment": "The inquiry is being assessed.",
        "preliminary_reply_sent": "A preliminary reply (foreløpig svar) has been sent, "
        "saying when the answer will come.",
        "waiting_for_sender": "Waiting for information from the sender; the processing "
        "time pauses (standard 1.1).",
        "accepted": "The partnership takes the inquiry on.",
        "declined": "The partnership does not take the inquiry on.",
        "referred": "The inquiry has been referred to someone better placed to answer it.",
        "closed": "Handling is finished.",
        "withdrawn": "The sender withdrew the inquiry.",
    },
    ClosureMode: {
        "extend": "A limit that ends in a closed period ends on the first working day after it.",
        "suspend": "The count pauses while the partnership is closed, as court holidays "
        "pause a limit (domstolloven § 140).",
    },
    Feast: {
        "easter": "Easter Sunday.",
        "ascension": "Ascension Day (Kristi himmelfartsdag), 39 days after Easter Sunday.",
        "pentecost": "Whit Sunday (første pinsedag), 49 days after Easter Sunday.",
    },
    ProjectStatus: {
        "planned": "Agreed on, not yet started.",
        "ongoing": "Running.",
        "finished": "Completed.",
        "cancelled": "Stopped before it was completed.",
    },
    DurationUnit: {
        "working_days": "Working days: weekends, public holidays and closed days are skipped.",
        "D": "Calendar days.",
        "W": "Weeks.",
        "M": "Months.",
        "Y": "Years.",
    },
}

#: Enum class → value → what the value means.
MEANINGS: Mapping[type[enum.Enum], Mapping[str, str]] = MappingProxyType(
    {cls: MappingProxyType(values) for cls, values in _TABLE.items()}
)


def meaning(member: enum.Enum) -> str | None:
    """Return what *member* means, or None when no meaning is written down."""
    return MEANINGS.get(type(member), {}).get(member.value)


#: Constrained type → typical values, shown by editors as examples.  Every value
#: here must pass the type's own check (a test makes sure).
EXAMPLES: Mapping[object, tuple[str, ...]] = MappingProxyType(
    {
        Slug: ("trd3", "forskningssamarbeid", "helse-og-velferd"),
        OrgNumber: ("974767880",),
        LanguageTag: ("nb", "nn", "en"),
        Url: ("https://www.trondheim.kommune.no/",),
        Email: ("postmottak@kommune.no",),
        MonthDay: ("03-01", "10-15"),
        RRuleText: ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", "FREQ=MONTHLY;BYDAY=1TU"),
        CalendarName: ("NO", "NO-46"),
        Duration: ("P15D", "P4W", "P1M", "20 working days"),
    }
)
