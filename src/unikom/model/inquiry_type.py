"""Inquiry types: what can be asked, through which form, judged how and handled by whom."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

import attrs

from unikom.model._fields import Slug, Url, doc
from unikom.model._rules import inquiry_type_rules, report
from unikom.model._validation import validated
from unikom.model.assessment import AssessmentScheme
from unikom.model.diagnostics import Diagnostic
from unikom.model.duration import Duration, DurationUnit
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.schedule import IntakeSchedule
from unikom.model.text import Text

__all__ = [
    "NO_CLOSURE_POLICY",
    "ONE_MONTH",
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
]


class FieldType(enum.Enum):
    """The kind of answer a form field takes."""

    TEXT = "text"
    TEXTAREA = "textarea"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    BOOLEAN = "boolean"
    DATE = "date"
    EMAIL = "email"
    NUMBER = "number"
    URL = "url"

    @property
    def has_choices(self) -> bool:
        """Tell whether the field is answered by picking from its choices."""
        return self in (FieldType.CHOICE, FieldType.MULTICHOICE)


@validated
@attrs.frozen(kw_only=True)
class Choice:
    """One choice of a choice field."""

    id: Slug = attrs.field(metadata=doc("The stored answer."))
    label: Text = attrs.field(metadata=doc("What the person sees."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class FormField:
    """One field of an inquiry form."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    label: Text = attrs.field(metadata=doc("The question as shown."))
    type: FieldType = attrs.field(metadata=doc("text, textarea, choice, multichoice, boolean …"))
    required: bool = attrs.field(default=False, metadata=doc("Whether an answer is required."))
    choices: tuple[Choice, ...] = attrs.field(
        default=(), metadata=doc("The choices, for choice and multichoice fields.")
    )
    help: Text | None = attrs.field(default=None, metadata=doc("Help text shown with the field."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Requirement:
    """Something that must be in place before work starts (REK approval, privacy notice …)."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("The requirement in short."))
    description: Text | None = attrs.field(default=None, metadata=doc("The requirement in full."))
    applies_when: Text | None = attrs.field(
        default=None, metadata=doc("When it applies, e.g. 'when health data is involved'.")
    )
    legal_basis: Text | None = attrs.field(default=None, metadata=doc("The law behind it."))
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("Where to read more."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


class RouteAction(enum.Enum):
    """What a step of a handling route does with an inquiry."""

    RECEIVE = "receive"
    ROUTE = "route"
    ASSESS = "assess"
    DECIDE = "decide"
    ANSWER = "answer"


@validated
@attrs.frozen(kw_only=True)
class RouteStep:
    """One step of a handling route: who does what."""

    action: RouteAction = attrs.field(metadata=doc("receive, route, assess, decide or answer."))
    role: Text = attrs.field(metadata=doc("Who does it, e.g. 'områdedirektør'."))
    party: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the party the role belongs to."),
    )
    contact: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of a contact who holds the role."),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class HandlingRoute:
    """The route an inquiry takes; a route with thematic areas applies only to those."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text | None = attrs.field(default=None, metadata=doc("A name for the route."))
    thematic_areas: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc("Ids of the areas this route is for; empty means every other area."),
    )
    party: Slug | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the receiving party whose route this is: an inquiry addressed to that "
            "party takes it. Left out, the route is for any party without one of its own.",
            since="1.1",
        ),
    )
    steps: tuple[RouteStep, ...] = attrs.field(metadata=doc("The steps in order.", minItems=1))
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@attrs.frozen(kw_only=True)
class RouteScope:
    """What selects a handling route among its inquiry type's routes (see ``route_for``).

    Routes are keyed by two things at once: the receiving party (a route's
    ``party``) and the thematic areas.  A route is the addressed party's own
    when it names one; a route naming no party serves an inquiry to the
    partnership as a whole and to a party without a route of its own.  Among
    the routes of the same party (or of none), one naming areas serves those
    areas, and one naming none serves the rest.
    """

    #: The receiving party whose own route this is; None: a route for any party.
    party: str | None
    #: True when the route names no party while another route names one, so
    #: that this route serves the partnership and the parties without their own.
    other_parties: bool
    #: The thematic areas the route is for; empty: the areas no sibling names.
    thematic_areas: tuple[str, ...]
    #: True when the route names no area while a route of the same party names
    #: some, so that this route serves every other area.
    other_areas: bool

    @property
    def is_only_route(self) -> bool:
        """Tell whether nothing selects among routes: this route serves every inquiry."""
        return (
            self.party is None
            and not self.other_parties
            and not self.thematic_areas
            and not self.other_areas
        )


ONE_MONTH = Duration(amount=1, unit=DurationUnit.MONTHS)


class ClosureMode(enum.Enum):
    """How the partnership's closed periods act on a processing time (standard 1.1).

    ``extend``: closed days are not working days, and a limit that ends on one
    ends on the first working day after the closure.  ``suspend``: the count
    pauses while the partnership is closed and goes on after it, as court
    holidays pause a limit under domstolloven § 140.
    """

    EXTEND = "extend"
    SUSPEND = "suspend"


@validated
@attrs.frozen(kw_only=True)
class ClosurePolicy:
    """How closed periods act on an inquiry type's limits: the partnership's own rule."""

    mode: ClosureMode = attrs.field(
        default=ClosureMode.EXTEND,
        metadata=doc("extend (end after the closure) or suspend (pause the count).", since="1.1"),
    )
    preliminary_reply: bool = attrs.field(
        default=False,
        metadata=doc(
            "Whether closed periods move the preliminary reply too. Left out: no, since "
            "forvaltningsloven § 11 a moves a limit only past weekends and public holidays.",
            since="1.1",
        ),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


NO_CLOSURE_POLICY = ClosurePolicy()


@validated
@attrs.frozen(kw_only=True)
class InquiryType:
    """A kind of inquiry the partnership accepts, e.g. research collaboration."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("The inquiry type's name."))
    description: Text | None = attrs.field(default=None, metadata=doc("What it is for."))
    track: Slug = attrs.field(metadata=doc("Id of the collaboration track."))
    thematic_areas: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc("Ids of accepted thematic areas; empty means all."),
    )
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("The public page for this kind of inquiry."),
    )
    form: tuple[FormField, ...] = attrs.field(default=(), metadata=doc("The form's fields."))
    requirements: tuple[Requirement, ...] = attrs.field(
        default=(), metadata=doc("What must be in place before work can start.")
    )
    assessment: AssessmentScheme | None = attrs.field(
        default=None, metadata=doc("How inquiries are assessed.")
    )
    intake: IntakeSchedule = attrs.field(
        factory=IntakeSchedule, metadata=doc("Intake deadlines; leave out for rolling intake.")
    )
    processing_time: Duration | None = attrs.field(
        default=None, metadata=doc("Time to answer: P15D, P4W, P1M or '10 working days'.")
    )
    preliminary_reply_after: Duration = attrs.field(
        default=ONE_MONTH,
        metadata=doc("When a preliminary reply is due if no answer is given (fvl. § 11a)."),
    )
    closures: ClosurePolicy = attrs.field(
        default=NO_CLOSURE_POLICY,
        metadata=doc(
            "How the closed periods act on the processing time and the preliminary reply.",
            since="1.1",
        ),
    )
    routes: tuple[HandlingRoute, ...] = attrs.field(
        default=(), metadata=doc("Who receives, routes, assesses and decides.")
    )
    addressees: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the parties an inquiry of this type may be addressed to; left out, any party.",
            since="1.1",
            uniqueItems=True,
            minItems=1,
        ),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def route_for(self, party: str | None, areas: tuple[str, ...] = ()) -> HandlingRoute | None:
        """Return the route an inquiry to *party* about *areas* takes (None if none fits).

        The addressed party's own routes come first, then the routes for any
        party; within each, a route naming one of *areas* beats a route for
        every other area.
        """
        for owner in (party, None) if party is not None else (None,):
            own = [r for r in self.routes if r.party == owner]
            for route in own:
                if route.thematic_areas and set(route.thematic_areas) & set(areas):
                    return route
            for route in own:
                if not route.thematic_areas:
                    return route
        return None

    def route_scope(self, route: HandlingRoute) -> RouteScope:
        """Return what selects *route*, by the same keys :meth:`route_for` reads."""
        siblings = [other for other in self.routes if other.party == route.party]
        return RouteScope(
            party=route.party,
            other_parties=route.party is None
            and any(other.party is not None for other in self.routes),
            thematic_areas=route.thematic_areas,
            other_areas=not route.thematic_areas
            and any(other.thematic_areas for other in siblings),
        )

    def _object_rules(self) -> Iterator[Diagnostic]:
        # Unique ids, choices and thresholds within the type, as a file is checked.
        return inquiry_type_rules(self, (), report, None)
