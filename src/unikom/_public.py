"""The one list of unikom's public face: each public module and the names ``unikom`` offers from it.

Everything else is derived from :data:`PUBLIC`:

* ``unikom.__all__`` and the lazy-import map of ``unikom/__init__.py``;
* the ``if TYPE_CHECKING`` imports there, which type checkers read: run
  ``python -m unikom._facegen`` to rewrite them (``--check`` only compares;
  ``tests/test_public.py`` fails while they are stale);
* the Python API reference, ``docs/reference/api.md``, written when the docs
  are built (``docs/hooks/generate.py``): one section per module below, listing
  every name in that module's ``__all__``.

To make a name public, define it in a public module (no leading underscore),
add it to that module's ``__all__``, and add one line, the name, under the
module here.  A public module whose names are reached through their module
only (``from unikom.deadlines.units import UNITS``) is listed with ``()``: it is
documented, but adds nothing to ``import unikom``.

This module imports nothing: ``import unikom`` reads it on every start.
"""

from __future__ import annotations

#: Public module → the names ``import unikom`` offers from it, bottom layer first.
PUBLIC: dict[str, tuple[str, ...]] = {
    "unikom._version": (
        "DEPRECATED_VERSIONS",
        "STANDARD_VERSION",
        "SUPPORTED_VERSIONS",
        "__version__",
    ),
    "unikom.model.types": (
        "CalendarName",
        "ClockTime",
        "Email",
        "LanguageTag",
        "MonthDay",
        "OrgNumber",
        "Phone",
        "RRuleText",
        "Slug",
        "TextValue",
        "TimeZoneName",
        "Url",
    ),
    "unikom.model.agreement": (
        "Agreement",
        "Document",
        "Period",
        "Signatory",
    ),
    "unikom.model.assessment": (
        "Assessment",
        "AssessmentError",
        "AssessmentOutcome",
        "AssessmentScheme",
        "Criterion",
        "CriterionResult",
        "Scale",
        "ScaleCriterion",
        "ScaleLevel",
        "Score",
        "ScoreProblem",
        "YesNoCriterion",
        "assess",
        "rank",
    ),
    "unikom.model.calendars": (),
    "unikom.model.contact": (
        "Contact",
        "Link",
    ),
    "unikom.model.diagnostics": (
        "Diagnostic",
        "Severity",
    ),
    "unikom.model.duration": (
        "Duration",
        "DurationUnit",
    ),
    "unikom.model.errors": (
        "ArgumentError",
        "ConstraintError",
        "DateRangeError",
        "InvalidDocumentError",
        "ModelError",
        "NotFoundError",
        "ObjectRuleError",
        "UnikomError",
        "UnknownInquiryTypeError",
    ),
    "unikom.model.frozen": ("FrozenMap",),
    "unikom.model.extensions": (),
    "unikom.model.goal": ("Goal",),
    "unikom.model.governance": (
        "AnnualEvent",
        "ClosedPeriod",
        "DateSpan",
        "DayRange",
        "Feast",
        "GovernanceBody",
        "KeyFigure",
        "WeekRange",
    ),
    "unikom.model.inquiry": (
        "Answer",
        "Inquiry",
        "Requester",
        "RequirementState",
        "RequirementStatus",
        "advance",
    ),
    "unikom.model.inquiry_type": (
        "Choice",
        "ClosureMode",
        "ClosurePolicy",
        "FieldType",
        "FormField",
        "HandlingRoute",
        "InquiryType",
        "Requirement",
        "RouteAction",
        "RouteScope",
        "RouteStep",
    ),
    "unikom.model.lifecycle": (
        "IllegalTransitionError",
        "InquiryState",
        "LifecycleError",
        "StateName",
        "Transition",
        "TransitionDateError",
        "can_move",
        "next_states",
    ),
    "unikom.model.orgnr": ("is_valid_org_number",),
    "unikom.model.partnership": (
        "Partnership",
        "PartnershipStatus",
    ),
    "unikom.model.party": (
        "Party",
        "PartyKind",
        "PartyRole",
    ),
    "unikom.model.project": (
        "Funding",
        "Project",
        "ProjectParty",
        "ProjectStatus",
    ),
    "unikom.model.schedule": (
        "AnnualDeadline",
        "Deadline",
        "IntakeSchedule",
        "NonWorkingDayPolicy",
        "OneOffDeadline",
        "RecurringDeadline",
        "RelativeDeadline",
    ),
    "unikom.model.text": ("Text",),
    "unikom.model.thematic_area": ("ThematicArea",),
    "unikom.model.track": (
        "CollaborationTrack",
        "Programme",
        "TrackKind",
    ),
    "unikom.model.words": (),
    "unikom.checking.api": (
        "MissingPathError",
        "check",
        "dump",
        "dumps",
        "from_data",
        "load",
        "loads",
        "to_data",
        "validate",
    ),
    "unikom.checking.kinds": (
        "DocumentKind",
        "KINDS",
    ),
    "unikom.deadlines.calendars": (
        "SkippedDay",
        "WorkingCalendar",
        "working_calendar",
    ),
    "unikom.deadlines.due": (
        "DueDates",
        "answer_due",
    ),
    "unikom.deadlines.entries": (
        "CalendarEntry",
        "EntryKind",
        "calendar_entries",
    ),
    "unikom.deadlines.intake": (
        "IntakeDeadline",
        "next_intake_deadlines",
    ),
    "unikom.deadlines.recurrence": ("describe_rrule",),
    "unikom.deadlines.units": (),
    "unikom.publish.arshjul": ("arshjul_svg",),
    "unikom.publish.ics": ("calendar_ics",),
    "unikom.publish.page": (
        "Fallback",
        "RenderedPage",
        "render_page",
    ),
    "unikom.services.writeback": ("save",),
    "unikom.services.export": (),
    "unikom.services.linked_data": (),
    "unikom.services.forms": (
        "FieldError",
        "FormError",
        "inquiry_from_form",
        "read_number",
        "scores_from_form",
    ),
    "unikom.services.network": (
        "Comparison",
        "compare",
    ),
    "unikom.services.portfolio": (
        "DueItem",
        "DueKind",
        "InquirySummary",
        "PortfolioStatus",
        "assess_inquiry",
        "check_inquiry",
        "check_project",
        "due_items",
        "iter_portfolio",
        "load_inquiry",
        "load_project",
        "record_assessment",
        "summarise",
    ),
    "unikom.services.scaffold": (
        "StarterParty",
        "starter_partnership",
    ),
}
