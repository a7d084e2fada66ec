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
    from unikom.assessment import (
        Assessment,
        AssessmentError,
        AssessmentOutcome,
        AssessmentScheme,
        CriterionResult,
        Scale,
        ScaleCriterion,
        ScaleLevel,
        ScoreProblem,
        YesNoCriterion,
        assess,
        rank,
    )
    from unikom.contact import Contact, Link
    from unikom.diagnostics import Diagnostic, Severity
    from unikom.duration import Duration, DurationUnit
    from unikom.errors import InvalidDocumentError, ModelError, UnikomError
    from unikom.forms import FieldError, FormError, inquiry_from_form
    from unikom.goal import Goal
    from unikom.governance import AnnualEvent, ClosedPeriod, GovernanceBody, KeyFigure
    from unikom.inquiry import Inquiry, Requester, RequirementState, RequirementStatus
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
    from unikom.lifecycle import (
        IllegalTransitionError,
        InquiryState,
        LifecycleError,
        Transition,
        TransitionDateError,
        advance,
        can_move,
        next_states,
    )
    from unikom.orgnr import is_valid_org_number
    from unikom.partnership import Partnership, PartnershipStatus
    from unikom.party import Party, PartyKind
    from unikom.portfolio import (
        DueItem,
        DueKind,
        InquirySummary,
        PortfolioStatus,
        assess_inquiry,
        check_inquiry,
        check_project,
        due_items,
        iter_portfolio,
        load_inquiry,
        load_project,
        record_assessment,
        summarise,
    )
    from unikom.project import Funding, Project, ProjectParty, ProjectStatus
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
    "Assessment": "assessment",
    "AssessmentError": "assessment",
    "AssessmentOutcome": "assessment",
    "CriterionResult": "assessment",
    "ScoreProblem": "assessment",
    "assess": "assessment",
    "rank": "assessment",
    "FieldError": "forms",
    "FormError": "forms",
    "inquiry_from_form": "forms",
    "Inquiry": "inquiry",
    "Requester": "inquiry",
    "RequirementState": "inquiry",
    "RequirementStatus": "inquiry",
    "IllegalTransitionError": "lifecycle",
    "InquiryState": "lifecycle",
    "LifecycleError": "lifecycle",
    "Transition": "lifecycle",
    "TransitionDateError": "lifecycle",
    "advance": "lifecycle",
    "can_move": "lifecycle",
    "next_states": "lifecycle",
    "DueItem": "portfolio",
    "DueKind": "portfolio",
    "InquirySummary": "portfolio",
    "PortfolioStatus": "portfolio",
    "assess_inquiry": "portfolio",
    "check_inquiry": "portfolio",
    "check_project": "portfolio",
    "due_items": "portfolio",
    "iter_portfolio": "portfolio",
    "load_inquiry": "portfolio",
    "load_project": "portfolio",
    "record_assessment": "portfolio",
    "summarise": "portfolio",
    "Funding": "project",
    "Project": "project",
    "ProjectParty": "project",
    "ProjectStatus": "project",
}

__all__ = [
    "KINDS",
    "STANDARD_VERSION",
    "SUPPORTED_VERSIONS",
    "Agreement",
    "AnnualDeadline",
    "AnnualEvent",
    "Assessment",
    "AssessmentError",
    "AssessmentOutcome",
    "AssessmentScheme",
    "Choice",
    "ClosedPeriod",
    "CollaborationTrack",
    "Contact",
    "CriterionResult",
    "Diagnostic",
    "Document",
    "DocumentKind",
    "DueItem",
    "DueKind",
    "Duration",
    "DurationUnit",
    "FieldError",
    "FieldType",
    "FormError",
    "FormField",
    "Funding",
    "Goal",
    "GovernanceBody",
    "HandlingRoute",
    "IllegalTransitionError",
    "Inquiry",
    "InquiryState",
    "InquirySummary",
    "InquiryType",
    "IntakeSchedule",
    "InvalidDocumentError",
    "KeyFigure",
    "LifecycleError",
    "Link",
    "ModelError",
    "NonWorkingDayPolicy",
    "OneOffDeadline",
    "Partnership",
    "PartnershipStatus",
    "Party",
    "PartyKind",
    "Period",
    "PortfolioStatus",
    "Programme",
    "Project",
    "ProjectParty",
    "ProjectStatus",
    "RecurringDeadline",
    "Requester",
    "Requirement",
    "RequirementState",
    "RequirementStatus",
    "RouteAction",
    "RouteStep",
    "Scale",
    "ScaleCriterion",
    "ScaleLevel",
    "ScoreProblem",
    "Severity",
    "Signatory",
    "Text",
    "ThematicArea",
    "TrackKind",
    "Transition",
    "TransitionDateError",
    "UnikomError",
    "YesNoCriterion",
    "__version__",
    "advance",
    "assess",
    "assess_inquiry",
    "can_move",
    "check_inquiry",
    "check_project",
    "due_items",
    "dump",
    "dumps",
    "inquiry_from_form",
    "is_valid_org_number",
    "iter_portfolio",
    "load",
    "load_inquiry",
    "load_project",
    "next_states",
    "rank",
    "record_assessment",
    "summarise",
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
