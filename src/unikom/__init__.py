"""unikom: a typed, shareable data standard for university–municipality partnerships.

Load a partnership with :func:`load`, check files with :func:`validate`, and
write a model back with :func:`dump`.  Names are imported lazily, so that the
command line starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from unikom._public import PUBLIC
from unikom._version import DEPRECATED_VERSIONS as DEPRECATED_VERSIONS
from unikom._version import STANDARD_VERSION as STANDARD_VERSION
from unikom._version import SUPPORTED_VERSIONS as SUPPORTED_VERSIONS
from unikom._version import __version__ as __version__

# Generated from unikom/_public.py by `python -m unikom._facegen`; do not edit.
if TYPE_CHECKING:
    from unikom.checking.api import MissingPathError as MissingPathError
    from unikom.checking.api import check as check
    from unikom.checking.api import dump as dump
    from unikom.checking.api import dumps as dumps
    from unikom.checking.api import from_data as from_data
    from unikom.checking.api import load as load
    from unikom.checking.api import loads as loads
    from unikom.checking.api import to_data as to_data
    from unikom.checking.api import validate as validate
    from unikom.checking.kinds import KINDS as KINDS
    from unikom.checking.kinds import DocumentKind as DocumentKind
    from unikom.deadlines.calendars import SkippedDay as SkippedDay
    from unikom.deadlines.calendars import WorkingCalendar as WorkingCalendar
    from unikom.deadlines.calendars import working_calendar as working_calendar
    from unikom.deadlines.due import DueDates as DueDates
    from unikom.deadlines.due import answer_due as answer_due
    from unikom.deadlines.entries import CalendarEntry as CalendarEntry
    from unikom.deadlines.entries import EntryKind as EntryKind
    from unikom.deadlines.entries import calendar_entries as calendar_entries
    from unikom.deadlines.intake import IntakeDeadline as IntakeDeadline
    from unikom.deadlines.intake import next_intake_deadlines as next_intake_deadlines
    from unikom.deadlines.recurrence import describe_rrule as describe_rrule
    from unikom.model.agreement import Agreement as Agreement
    from unikom.model.agreement import Document as Document
    from unikom.model.agreement import Period as Period
    from unikom.model.agreement import Signatory as Signatory
    from unikom.model.assessment import Assessment as Assessment
    from unikom.model.assessment import AssessmentError as AssessmentError
    from unikom.model.assessment import AssessmentOutcome as AssessmentOutcome
    from unikom.model.assessment import AssessmentScheme as AssessmentScheme
    from unikom.model.assessment import Criterion as Criterion
    from unikom.model.assessment import CriterionResult as CriterionResult
    from unikom.model.assessment import Scale as Scale
    from unikom.model.assessment import ScaleCriterion as ScaleCriterion
    from unikom.model.assessment import ScaleLevel as ScaleLevel
    from unikom.model.assessment import Score as Score
    from unikom.model.assessment import ScoreProblem as ScoreProblem
    from unikom.model.assessment import YesNoCriterion as YesNoCriterion
    from unikom.model.assessment import assess as assess
    from unikom.model.assessment import rank as rank
    from unikom.model.contact import Contact as Contact
    from unikom.model.contact import Link as Link
    from unikom.model.diagnostics import Diagnostic as Diagnostic
    from unikom.model.diagnostics import Severity as Severity
    from unikom.model.duration import Duration as Duration
    from unikom.model.duration import DurationUnit as DurationUnit
    from unikom.model.errors import ArgumentError as ArgumentError
    from unikom.model.errors import ConstraintError as ConstraintError
    from unikom.model.errors import DateRangeError as DateRangeError
    from unikom.model.errors import InvalidDocumentError as InvalidDocumentError
    from unikom.model.errors import ModelError as ModelError
    from unikom.model.errors import NotFoundError as NotFoundError
    from unikom.model.errors import ObjectRuleError as ObjectRuleError
    from unikom.model.errors import UnikomError as UnikomError
    from unikom.model.errors import UnknownInquiryTypeError as UnknownInquiryTypeError
    from unikom.model.frozen import FrozenMap as FrozenMap
    from unikom.model.goal import Goal as Goal
    from unikom.model.governance import AnnualEvent as AnnualEvent
    from unikom.model.governance import ClosedPeriod as ClosedPeriod
    from unikom.model.governance import DateSpan as DateSpan
    from unikom.model.governance import DayRange as DayRange
    from unikom.model.governance import Feast as Feast
    from unikom.model.governance import GovernanceBody as GovernanceBody
    from unikom.model.governance import KeyFigure as KeyFigure
    from unikom.model.governance import WeekRange as WeekRange
    from unikom.model.inquiry import Answer as Answer
    from unikom.model.inquiry import Inquiry as Inquiry
    from unikom.model.inquiry import Requester as Requester
    from unikom.model.inquiry import RequirementState as RequirementState
    from unikom.model.inquiry import RequirementStatus as RequirementStatus
    from unikom.model.inquiry import advance as advance
    from unikom.model.inquiry_type import Choice as Choice
    from unikom.model.inquiry_type import ClosureMode as ClosureMode
    from unikom.model.inquiry_type import ClosurePolicy as ClosurePolicy
    from unikom.model.inquiry_type import FieldType as FieldType
    from unikom.model.inquiry_type import FormField as FormField
    from unikom.model.inquiry_type import HandlingRoute as HandlingRoute
    from unikom.model.inquiry_type import InquiryType as InquiryType
    from unikom.model.inquiry_type import Requirement as Requirement
    from unikom.model.inquiry_type import RouteAction as RouteAction
    from unikom.model.inquiry_type import RouteScope as RouteScope
    from unikom.model.inquiry_type import RouteStep as RouteStep
    from unikom.model.lifecycle import IllegalTransitionError as IllegalTransitionError
    from unikom.model.lifecycle import InquiryState as InquiryState
    from unikom.model.lifecycle import LifecycleError as LifecycleError
    from unikom.model.lifecycle import StateName as StateName
    from unikom.model.lifecycle import Transition as Transition
    from unikom.model.lifecycle import TransitionDateError as TransitionDateError
    from unikom.model.lifecycle import can_move as can_move
    from unikom.model.lifecycle import next_states as next_states
    from unikom.model.orgnr import is_valid_org_number as is_valid_org_number
    from unikom.model.partnership import Partnership as Partnership
    from unikom.model.partnership import PartnershipStatus as PartnershipStatus
    from unikom.model.party import Party as Party
    from unikom.model.party import PartyKind as PartyKind
    from unikom.model.party import PartyRole as PartyRole
    from unikom.model.project import Funding as Funding
    from unikom.model.project import Project as Project
    from unikom.model.project import ProjectParty as ProjectParty
    from unikom.model.project import ProjectStatus as ProjectStatus
    from unikom.model.schedule import AnnualDeadline as AnnualDeadline
    from unikom.model.schedule import Deadline as Deadline
    from unikom.model.schedule import IntakeSchedule as IntakeSchedule
    from unikom.model.schedule import NonWorkingDayPolicy as NonWorkingDayPolicy
    from unikom.model.schedule import OneOffDeadline as OneOffDeadline
    from unikom.model.schedule import RecurringDeadline as RecurringDeadline
    from unikom.model.schedule import RelativeDeadline as RelativeDeadline
    from unikom.model.text import Text as Text
    from unikom.model.thematic_area import ThematicArea as ThematicArea
    from unikom.model.track import CollaborationTrack as CollaborationTrack
    from unikom.model.track import Programme as Programme
    from unikom.model.track import TrackKind as TrackKind
    from unikom.model.types import CalendarName as CalendarName
    from unikom.model.types import ClockTime as ClockTime
    from unikom.model.types import Email as Email
    from unikom.model.types import LanguageTag as LanguageTag
    from unikom.model.types import MonthDay as MonthDay
    from unikom.model.types import OrgNumber as OrgNumber
    from unikom.model.types import Phone as Phone
    from unikom.model.types import RRuleText as RRuleText
    from unikom.model.types import Slug as Slug
    from unikom.model.types import TextValue as TextValue
    from unikom.model.types import TimeZoneName as TimeZoneName
    from unikom.model.types import Url as Url
    from unikom.publish.arshjul import arshjul_svg as arshjul_svg
    from unikom.publish.ics import calendar_ics as calendar_ics
    from unikom.publish.page import Fallback as Fallback
    from unikom.publish.page import RenderedPage as RenderedPage
    from unikom.publish.page import render_page as render_page
    from unikom.services.forms import FieldError as FieldError
    from unikom.services.forms import FormError as FormError
    from unikom.services.forms import inquiry_from_form as inquiry_from_form
    from unikom.services.forms import read_number as read_number
    from unikom.services.forms import scores_from_form as scores_from_form
    from unikom.services.network import Comparison as Comparison
    from unikom.services.network import compare as compare
    from unikom.services.portfolio import DueItem as DueItem
    from unikom.services.portfolio import DueKind as DueKind
    from unikom.services.portfolio import InquirySummary as InquirySummary
    from unikom.services.portfolio import PortfolioStatus as PortfolioStatus
    from unikom.services.portfolio import assess_inquiry as assess_inquiry
    from unikom.services.portfolio import check_inquiry as check_inquiry
    from unikom.services.portfolio import check_project as check_project
    from unikom.services.portfolio import due_items as due_items
    from unikom.services.portfolio import iter_portfolio as iter_portfolio
    from unikom.services.portfolio import load_inquiry as load_inquiry
    from unikom.services.portfolio import load_project as load_project
    from unikom.services.portfolio import record_assessment as record_assessment
    from unikom.services.portfolio import summarise as summarise
    from unikom.services.scaffold import StarterParty as StarterParty
    from unikom.services.scaffold import starter_partnership as starter_partnership
    from unikom.services.writeback import save as save
# End of the generated imports.

#: Public name → the module it is imported from on first use (see unikom._public).
_LAZY: dict[str, str] = {name: module for module, names in PUBLIC.items() for name in names}

__all__ = sorted(_LAZY)  # built from the one list in unikom._public


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'unikom' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
