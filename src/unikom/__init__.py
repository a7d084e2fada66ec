"""unikom: a typed, shareable data standard for university–municipality partnerships.

Load a partnership with :func:`load`, check files with :func:`validate`, and
write a model back with :func:`dump`.  Names are imported lazily, so that the
command line starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from unikom._version import (
    DEPRECATED_VERSIONS,
    STANDARD_VERSION,
    SUPPORTED_VERSIONS,
    __version__,
)

if TYPE_CHECKING:
    from unikom.agreement import Agreement, Document, Period, Signatory
    from unikom.api import dump, dumps, load, to_data, validate
    from unikom.assessment import (
        AssessmentScheme,
        Scale,
        ScaleCriterion,
        ScaleLevel,
        YesNoCriterion,
    )
    from unikom.contact import Contact, Link
    from unikom.diagnostics import Diagnostic, Severity
    from unikom.duration import Duration, DurationUnit
    from unikom.errors import InvalidDocumentError, ModelError, UnikomError
    from unikom.goal import Goal
    from unikom.governance import AnnualEvent, ClosedPeriod, GovernanceBody, KeyFigure
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
    from unikom.network import Comparison, compare
    from unikom.orgnr import is_valid_org_number
    from unikom.partnership import Partnership, PartnershipStatus
    from unikom.party import Party, PartyKind
    from unikom.publish import Fallback, RenderedPage, render_page
    from unikom.scaffold import StarterParty, starter_partnership
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
    "Contact": "contact",
    "Link": "contact",
    "Diagnostic": "diagnostics",
    "Severity": "diagnostics",
    "Duration": "duration",
    "DurationUnit": "duration",
    "InvalidDocumentError": "errors",
    "ModelError": "errors",
    "UnikomError": "errors",
    "Goal": "goal",
    "AnnualEvent": "governance",
    "ClosedPeriod": "governance",
    "GovernanceBody": "governance",
    "KeyFigure": "governance",
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
    "Comparison": "network",
    "compare": "network",
    "is_valid_org_number": "orgnr",
    "Partnership": "partnership",
    "PartnershipStatus": "partnership",
    "Party": "party",
    "PartyKind": "party",
    "Fallback": "publish",
    "RenderedPage": "publish",
    "render_page": "publish",
    "AnnualDeadline": "schedule",
    "IntakeSchedule": "schedule",
    "NonWorkingDayPolicy": "schedule",
    "OneOffDeadline": "schedule",
    "RecurringDeadline": "schedule",
    "StarterParty": "scaffold",
    "starter_partnership": "scaffold",
    "Text": "text",
    "ThematicArea": "thematic_area",
    "CollaborationTrack": "track",
    "Programme": "track",
    "TrackKind": "track",
}

__all__ = [
    "DEPRECATED_VERSIONS",
    "KINDS",
    "STANDARD_VERSION",
    "SUPPORTED_VERSIONS",
    "Agreement",
    "AnnualDeadline",
    "AnnualEvent",
    "AssessmentScheme",
    "Choice",
    "ClosedPeriod",
    "CollaborationTrack",
    "Comparison",
    "Contact",
    "Diagnostic",
    "Document",
    "DocumentKind",
    "Duration",
    "DurationUnit",
    "Fallback",
    "FieldType",
    "FormField",
    "Goal",
    "GovernanceBody",
    "HandlingRoute",
    "InquiryType",
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
    "RenderedPage",
    "Requirement",
    "RouteAction",
    "RouteStep",
    "Scale",
    "ScaleCriterion",
    "ScaleLevel",
    "Severity",
    "Signatory",
    "StarterParty",
    "Text",
    "ThematicArea",
    "TrackKind",
    "UnikomError",
    "YesNoCriterion",
    "__version__",
    "compare",
    "dump",
    "dumps",
    "is_valid_org_number",
    "load",
    "render_page",
    "starter_partnership",
    "to_data",
    "validate",
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
