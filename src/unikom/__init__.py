"""unikom: a typed, shareable data standard for university–municipality partnerships.

Load a partnership with :func:`load`, check files with :func:`validate`, and
write a model back with :func:`dump`.  Names are imported lazily, so that the
command line starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from unikom._version import STANDARD_VERSION, SUPPORTED_VERSIONS, __version__

if TYPE_CHECKING:
    from unikom.agreement import Agreement, Document, Period, Signatory
    from unikom.api import dump, dumps, load, to_data, validate
    from unikom.arshjul import arshjul_svg
    from unikom.assessment import (
        AssessmentScheme,
        Scale,
        ScaleCriterion,
        ScaleLevel,
        YesNoCriterion,
    )
    from unikom.contact import Contact, Link
    from unikom.deadlines import (
        CalendarEntry,
        DueDates,
        EntryKind,
        IntakeDeadline,
        SkippedDay,
        WorkingCalendar,
        answer_due,
        calendar_entries,
        next_intake_deadlines,
        working_calendar,
    )
    from unikom.diagnostics import Diagnostic, Severity
    from unikom.duration import Duration, DurationUnit
    from unikom.errors import (
        DateRangeError,
        InvalidDocumentError,
        ModelError,
        UnikomError,
        UnknownInquiryTypeError,
    )
    from unikom.goal import Goal
    from unikom.governance import AnnualEvent, ClosedPeriod, GovernanceBody, KeyFigure
    from unikom.ics import calendar_ics
    from unikom.inquiry_type import (
        Choice,
        FieldType,
        FormField,
        HandlingRoute,
        InquiryType,
        Requirement,
        RouteAction,
        RouteStep,
    )
    from unikom.kinds import KINDS, DocumentKind
    from unikom.orgnr import is_valid_org_number
    from unikom.partnership import Partnership, PartnershipStatus
    from unikom.party import Party, PartyKind
    from unikom.schedule import (
        AnnualDeadline,
        IntakeSchedule,
        NonWorkingDayPolicy,
        OneOffDeadline,
        RecurringDeadline,
    )
    from unikom.text import Text
    from unikom.thematic_area import ThematicArea
    from unikom.track import CollaborationTrack, Programme, TrackKind

_LAZY: dict[str, str] = {
    "Agreement": "agreement",
    "Document": "agreement",
    "Period": "agreement",
    "Signatory": "agreement",
    "dump": "api",
    "dumps": "api",
    "load": "api",
    "to_data": "api",
    "validate": "api",
    "AssessmentScheme": "assessment",
    "Scale": "assessment",
    "ScaleCriterion": "assessment",
    "ScaleLevel": "assessment",
    "YesNoCriterion": "assessment",
    "arshjul_svg": "arshjul",
    "Contact": "contact",
    "Link": "contact",
    "CalendarEntry": "deadlines",
    "DueDates": "deadlines",
    "EntryKind": "deadlines",
    "IntakeDeadline": "deadlines",
    "SkippedDay": "deadlines",
    "WorkingCalendar": "deadlines",
    "answer_due": "deadlines",
    "calendar_entries": "deadlines",
    "next_intake_deadlines": "deadlines",
    "working_calendar": "deadlines",
    "Diagnostic": "diagnostics",
    "Severity": "diagnostics",
    "Duration": "duration",
    "DurationUnit": "duration",
    "DateRangeError": "errors",
    "InvalidDocumentError": "errors",
    "ModelError": "errors",
    "UnikomError": "errors",
    "UnknownInquiryTypeError": "errors",
    "Goal": "goal",
    "AnnualEvent": "governance",
    "ClosedPeriod": "governance",
    "GovernanceBody": "governance",
    "KeyFigure": "governance",
    "calendar_ics": "ics",
    "Choice": "inquiry_type",
    "FieldType": "inquiry_type",
    "FormField": "inquiry_type",
    "HandlingRoute": "inquiry_type",
    "InquiryType": "inquiry_type",
    "Requirement": "inquiry_type",
    "RouteAction": "inquiry_type",
    "RouteStep": "inquiry_type",
    "KINDS": "kinds",
    "DocumentKind": "kinds",
    "is_valid_org_number": "orgnr",
    "Partnership": "partnership",
    "PartnershipStatus": "partnership",
    "Party": "party",
    "PartyKind": "party",
    "AnnualDeadline": "schedule",
    "IntakeSchedule": "schedule",
    "NonWorkingDayPolicy": "schedule",
    "OneOffDeadline": "schedule",
    "RecurringDeadline": "schedule",
    "Text": "text",
    "ThematicArea": "thematic_area",
    "CollaborationTrack": "track",
    "Programme": "track",
    "TrackKind": "track",
}

__all__ = [
    "KINDS",
    "STANDARD_VERSION",
    "SUPPORTED_VERSIONS",
    "Agreement",
    "AnnualDeadline",
    "AnnualEvent",
    "AssessmentScheme",
    "CalendarEntry",
    "Choice",
    "ClosedPeriod",
    "CollaborationTrack",
    "Contact",
    "DateRangeError",
    "Diagnostic",
    "Document",
    "DocumentKind",
    "DueDates",
    "Duration",
    "DurationUnit",
    "EntryKind",
    "FieldType",
    "FormField",
    "Goal",
    "GovernanceBody",
    "HandlingRoute",
    "InquiryType",
    "IntakeDeadline",
    "IntakeSchedule",
    "InvalidDocumentError",
    "KeyFigure",
    "Link",
    "ModelError",
    "NonWorkingDayPolicy",
    "OneOffDeadline",
    "Partnership",
    "PartnershipStatus",
    "Party",
    "PartyKind",
    "Period",
    "Programme",
    "RecurringDeadline",
    "Requirement",
    "RouteAction",
    "RouteStep",
    "Scale",
    "ScaleCriterion",
    "ScaleLevel",
    "Severity",
    "Signatory",
    "SkippedDay",
    "Text",
    "ThematicArea",
    "TrackKind",
    "UnikomError",
    "UnknownInquiryTypeError",
    "WorkingCalendar",
    "YesNoCriterion",
    "__version__",
    "answer_due",
    "arshjul_svg",
    "calendar_entries",
    "calendar_ics",
    "dump",
    "dumps",
    "is_valid_org_number",
    "load",
    "next_intake_deadlines",
    "to_data",
    "validate",
    "working_calendar",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'unikom' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"unikom.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
