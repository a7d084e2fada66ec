"""Rules that span several values of one object: unique ids, references within it, RRULEs.

The JSON Schema checks each value on its own; these rules check how the values
of one partnership (or one inquiry type) fit together.  They live in the model
so that both places that must refuse what they find use the same code: a
model object's constructor (:func:`unikom.model._validation.validated`) and
the validator, which locates each finding in its file (``unikom.checking``).
Each rule is a generator, so all problems are found; *at* turns a place in
the object, a code and a message into a :class:`Diagnostic`.

The objects are typed ``Any`` here: this module is imported by the classes it
checks, and an import of them (even for type checking) would be a cycle.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from unikom.model._rrule import rrule_problem as rrule_problem
from unikom.model._suggest import suggest
from unikom.model._time_rules import (
    closure_rules,
    fewest_open_days,
    intake_rules,
    usable_closure,
)
from unikom.model.assessment import ScaleCriterion
from unikom.model.diagnostics import Diagnostic, Severity
from unikom.model.lifecycle import history_problems
from unikom.model.party import PartyRole

#: A place in a model object: attribute names and list indexes.
Pointer = tuple[str | int, ...]


class Report(Protocol):
    """Build the diagnostic for a problem at *pointer* (the validator's Locator is one)."""

    def __call__(
        self,
        pointer: Pointer,
        code: str,
        message: str,
        *,
        severity: Severity = ...,
        key: bool = ...,
    ) -> Diagnostic: ...


def report(
    pointer: Pointer,
    code: str,
    message: str,
    *,
    severity: Severity = Severity.ERROR,
    key: bool = False,
) -> Diagnostic:
    """Build a diagnostic about an object in memory: no file, no line, a JSON pointer."""
    del key  # a place in memory has no key to point at
    return Diagnostic(
        file="",
        line=0,
        column=0,
        pointer="".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in pointer),
        code=code,
        severity=severity,
        message=message,
    )


def unique_ids(
    items: Sequence[Any], where: Pointer, what: str, at: Report, *, key: str = "id"
) -> Iterator[Diagnostic]:
    """Report every item whose *key* (its id, by default) repeats an earlier one in the list."""
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in first:
            named = f"{what} id" if key == "id" else what
            here = (*where, index, key)
            yield at(
                here,
                "id.duplicate",
                f"the {named} '{value}' is already used "
                f"{_place(at, here, (*where, first[value], key), first[value])}",
            )
        else:
            first[value] = index


def _place(at: Report, here: Pointer, earlier: Pointer, index: int) -> str:
    """Say where the earlier item is: its place in the list, or its file when that differs."""
    # The earlier item may sit in another file (an inquiry type of its own), where
    # "item 1" would point into the wrong list.  In one file (or in memory) the
    # place in the list says it, the same way from a file and from data.
    first = at(earlier, "id.duplicate", "")
    if first.file and first.file != at(here, "id.duplicate", "").file:
        return f"in {first.file}:{first.line}:{first.column}"
    return f"by item {index + 1}"


def resolve(
    ref: str | None, known: Sequence[str], pointer: Pointer, what: str, at: Report
) -> Iterator[Diagnostic]:
    """Report *ref* unless it names one of *known*."""
    if ref is None or ref in known:
        return
    if not known:
        listed = "none are defined"
    elif len(known) <= _MAX_LISTED:
        listed = ", ".join(known)
    else:
        listed = f"{', '.join(known[:_MAX_LISTED])} and {len(known) - _MAX_LISTED} more"
    yield at(
        pointer,
        "ref.unresolved",
        f"no {what} has the id '{ref}'{suggest(ref, known)} (known: {listed})",
    )


#: How many known ids a message lists before it says "and N more".
_MAX_LISTED = 10


def check_rrule(rule: str, pointer: Pointer, at: Report) -> Iterator[Diagnostic]:
    """Report an RRULE that python-dateutil cannot use."""
    problem = rrule_problem(rule)
    if problem is not None:
        yield at(pointer, "value.rrule", problem)


def route_rules(it: Any, where: Pointer, at: Report) -> Iterator[Diagnostic]:
    """Warn of a handling route no inquiry can take, by the order ``route_for`` reads them.

    Among one party's routes (or those of no party), the first route naming an
    area of the inquiry is taken, else the first naming no area: a later route
    whose areas earlier ones all name, or a second route naming none, is never
    taken.  (Nor is the own route of a party the type cannot be addressed to:
    checked with the references, see ``inquiry_type_rules``.)
    """
    named: dict[str | None, set[str]] = {}
    catch_all: dict[str | None, str] = {}
    for r, route in enumerate(it.routes):
        whose = f"party '{route.party}'" if route.party is not None else "no party"
        if route.thematic_areas:
            earlier = named.setdefault(route.party, set())
            if set(route.thematic_areas) <= earlier:
                yield at(
                    (*where, "routes", r, "thematic_areas"),
                    "model.route-unreachable",
                    f"earlier routes of {whose} already take every area this route names, "
                    "so no inquiry takes it",
                    severity=Severity.WARNING,
                )
            earlier.update(route.thematic_areas)
        elif route.party in catch_all:
            yield at(
                (*where, "routes", r),
                "model.route-unreachable",
                f"route '{catch_all[route.party]}' of {whose} already takes every area no "
                "other route names, so no inquiry takes this one",
                severity=Severity.WARNING,
            )
        else:
            catch_all[route.party] = route.id


def inquiry_type_rules(
    it: Any, where: Pointer, at: Report, partnership: Any
) -> Iterator[Diagnostic]:
    """Check one inquiry type; references are checked only when its partnership is known."""
    yield from unique_ids(it.form, (*where, "form"), "form field", at)
    for i, form_field in enumerate(it.form):
        field_at = (*where, "form", i)
        yield from unique_ids(form_field.choices, (*field_at, "choices"), "choice", at)
        if form_field.type.has_choices and not form_field.choices:
            yield at(
                (*field_at, "type"),
                "model.choices",
                f"a {form_field.type.value} field needs 'choices'",
            )
        if form_field.choices and not form_field.type.has_choices:
            yield at(
                (*field_at, "choices"),
                "model.choices",
                f"a {form_field.type.value} field takes no 'choices'; "
                "use type choice or multichoice",
            )
    yield from unique_ids(it.requirements, (*where, "requirements"), "requirement", at)
    yield from unique_ids(it.routes, (*where, "routes"), "route", at)
    yield from route_rules(it, where, at)
    if it.assessment is not None:
        criteria_at = (*where, "assessment", "criteria")
        yield from unique_ids(it.assessment.criteria, criteria_at, "criterion", at)
        for i, criterion in enumerate(it.assessment.criteria):
            if isinstance(criterion, ScaleCriterion) and criterion.threshold is not None:
                scale = criterion.scale
                if not scale.minimum <= criterion.threshold <= scale.maximum:
                    yield at(
                        (*criteria_at, i, "threshold"),
                        "model.threshold",
                        f"the threshold {criterion.threshold:g} is outside the scale "
                        f"{scale.minimum:g}–{scale.maximum:g}",
                    )
    for i, deadline in enumerate(it.intake.deadlines):
        rule = getattr(deadline, "rrule", None)
        if rule is not None:
            yield from check_rrule(rule, (*where, "intake", "deadlines", i, "rrule"), at)
    yield from intake_rules(it, where, at)
    if partnership is None:
        return
    event_ids = [e.id for e in partnership.annual_cycle]
    for i, deadline in enumerate(it.intake.deadlines):
        event = getattr(deadline, "event", None)
        if event is not None:
            where_event = (*where, "intake", "deadlines", i, "event")
            yield from resolve(event, event_ids, where_event, "årshjul event", at)
    yield from resolve(
        it.track, [t.id for t in partnership.tracks], (*where, "track"), "collaboration track", at
    )
    area_ids = [a.id for a in partnership.thematic_areas]
    for i, area in enumerate(it.thematic_areas):
        yield from resolve(area, area_ids, (*where, "thematic_areas", i), "thematic area", at)
    party_ids = [p.id for p in partnership.parties]
    contact_ids = [c.id for c in partnership.contacts]
    for i, party in enumerate(it.addressees):
        yield from resolve(party, party_ids, (*where, "addressees", i), "party", at)
    for r, route in enumerate(it.routes):
        yield from resolve(route.party, party_ids, (*where, "routes", r, "party"), "party", at)
        if route.party in party_ids and it.addressees and route.party not in it.addressees:
            yield at(
                (*where, "routes", r, "party"),
                "model.route-unreachable",
                f"an inquiry of this type cannot be addressed to '{route.party}' (see "
                "'addressees'), so no inquiry takes its route",
                severity=Severity.WARNING,
            )
        for i, area in enumerate(route.thematic_areas):
            yield from resolve(
                area, area_ids, (*where, "routes", r, "thematic_areas", i), "thematic area", at
            )
        for s, step in enumerate(route.steps):
            step_at = (*where, "routes", r, "steps", s)
            yield from resolve(step.party, party_ids, (*step_at, "party"), "party", at)
            yield from resolve(step.contact, contact_ids, (*step_at, "contact"), "contact", at)


def partnership_rules(p: Any, at: Report) -> Iterator[Diagnostic]:
    """Check everything in a partnership that the schema cannot see."""
    for name, what in (
        ("parties", "party"),
        ("agreements", "agreement"),
        ("goals", "goal"),
        ("thematic_areas", "thematic area"),
        ("tracks", "collaboration track"),
        ("inquiry_types", "inquiry type"),
        ("contacts", "contact"),
        ("governance_bodies", "governance body"),
        ("annual_cycle", "årshjul event"),
        ("closed_periods", "closed period"),
    ):
        yield from unique_ids(getattr(p, name), (name,), what, at)
    if not p.municipalities or not p.institutions:
        yield at(
            ("parties",),
            "model.parties",
            "a partnership needs at least one municipality (or county municipality) and "
            "at least one university or university college",
        )
    yield from membership_rules(p, at)
    party_ids = [party.id for party in p.parties]
    agreement_ids = [a.id for a in p.agreements]
    for a, agreement in enumerate(p.agreements):
        for s, signatory in enumerate(agreement.signatories):
            signatory_at = ("agreements", a, "signatories", s)
            yield from resolve(signatory.party, party_ids, (*signatory_at, "party"), "party", at)
            for i, other in enumerate(signatory.on_behalf_of):
                yield from resolve(
                    other, party_ids, (*signatory_at, "on_behalf_of", i), "party", at
                )
                if other == signatory.party:
                    yield at(
                        (*signatory_at, "on_behalf_of", i),
                        "ref.cycle",
                        f"'{other}' is the signatory's own party; list only the other "
                        "parties signed for",
                    )
        for i, covered in enumerate(agreement.parties):
            yield from resolve(covered, party_ids, ("agreements", a, "parties", i), "party", at)
        if agreement.parties:
            yield from _signed_for_uncovered(agreement, party_ids, ("agreements", a), at)
        if agreement.continues is not None:
            if agreement.continues == agreement.id:
                yield at(
                    ("agreements", a, "continues"),
                    "ref.cycle",
                    "an agreement cannot continue itself",
                )
            else:
                yield from resolve(
                    agreement.continues,
                    agreement_ids,
                    ("agreements", a, "continues"),
                    "agreement",
                    at,
                )
    for t, track in enumerate(p.tracks):
        yield from unique_ids(track.programmes, ("tracks", t, "programmes"), "programme", at)
    for i, it in enumerate(p.inquiry_types):
        yield from inquiry_type_rules(it, ("inquiry_types", i), at, p)
    for c, contact in enumerate(p.contacts):
        yield from resolve(contact.party, party_ids, ("contacts", c, "party"), "party", at)
    for b, body in enumerate(p.governance_bodies):
        for i, party in enumerate(body.parties):
            yield from resolve(
                party, party_ids, ("governance_bodies", b, "parties", i), "party", at
            )
    if p.calendar is not None:
        # Deferred: only files that name a calendar pay for the registry.
        from unikom.model.calendars import UnknownCalendarError, calendar_spec

        try:
            calendar_spec(p.calendar)
        except UnknownCalendarError as exc:
            yield at(("calendar",), "ref.calendar", exc.message)
    yield from closure_rules(p, at)
    for c, period in enumerate(p.closed_periods):
        for i, party in enumerate(period.parties):
            yield from resolve(party, party_ids, ("closed_periods", c, "parties", i), "party", at)
    body_ids = [body.id for body in p.governance_bodies]
    for e, event in enumerate(p.annual_cycle):
        yield from resolve(event.body, body_ids, ("annual_cycle", e, "body"), "governance body", at)
        yield from check_rrule(event.rrule, ("annual_cycle", e, "rrule"), at)
    # A period bad on its own (closure_rules) is reported there, not again here.
    if p.closed_periods and all(usable_closure(q) for q in p.closed_periods):
        open_days = _open_days(p)
        if open_days < MIN_OPEN_DAYS:
            yield at(
                ("closed_periods",),
                "model.closed-year",
                f"the closed periods leave {open_days} days of the year open; deadlines "
                f"need working days, so leave at least {MIN_OPEN_DAYS} open",
            )


#: The fewest days of the year the closed periods must leave open: with fewer, a
#: deadline may find no working day to fall on (weekends and holidays come on top).
MIN_OPEN_DAYS = 60


def _open_days(p: Any) -> int:
    """Return the fewest days a year has open once the closed periods are taken out.

    Periods that move (ISO weeks, feasts, one year's dates) close different
    days each year, so every year of :data:`CHECKED_YEARS` is counted.
    """
    return fewest_open_days(p.closed_periods)


def membership_rules(p: Any, at: Report) -> Iterator[Diagnostic]:
    """Check party roles and membership periods: one lead at most, joined before left."""
    leads = [i for i, party in enumerate(p.parties) if party.role is PartyRole.LEAD]
    for i in leads[1:]:
        yield at(
            ("parties", i, "role"),
            "model.lead",
            f"'{p.parties[leads[0]].id}' is already the lead party; a partnership has "
            "one lead at most (make the others member or associate)",
        )
    for i, party in enumerate(p.parties):
        if party.joined is not None and party.left is not None and party.left < party.joined:
            yield at(
                ("parties", i, "left"),
                "model.period-order",
                f"the party left ({party.left}) before it joined ({party.joined})",
            )


def inquiry_own_rules(inquiry: Any, at: Report) -> Iterator[Diagnostic]:
    """Check what an inquiry says of itself: a legal, dated history; requirements once each."""
    for problem in history_problems(inquiry.received, inquiry.history):
        yield at(("history", problem.index, problem.field), problem.code, problem.message)
    assessment = inquiry.assessment
    if assessment and assessment.date is not None and assessment.date < inquiry.received:
        yield at(
            ("assessment", "date"),
            "lifecycle.date-order",
            f"the assessment is dated {assessment.date.isoformat()}, before the inquiry "
            f"was received ({inquiry.received.isoformat()})",
        )
    first: dict[tuple[str, str | None], int] = {}
    for index, state in enumerate(inquiry.requirements):
        key = (state.requirement, state.party)
        if key in first:
            whose = f" for '{state.party}'" if state.party else ""
            yield at(
                ("requirements", index, "requirement"),
                "id.duplicate",
                f"the status of '{state.requirement}'{whose} is already declared by "
                f"item {first[key] + 1}",
            )
        else:
            first[key] = index


def _signed_for_uncovered(
    agreement: Any, party_ids: list[str], where: Pointer, at: Report
) -> Iterator[Diagnostic]:
    """Refuse a signature for a party the agreement says it does not cover.

    The page would print "Covers: A and B" above "signed … on behalf of C": one of
    the two is wrong, and a reader cannot tell which.
    """
    covered = set(agreement.parties)
    for s, signatory in enumerate(agreement.signatories):
        signed_for: list[tuple[Pointer, str]] = [(("party",), signatory.party)] + [
            (("on_behalf_of", i), other) for i, other in enumerate(signatory.on_behalf_of)
        ]
        for path, party in signed_for:
            if party in party_ids and party not in covered:
                yield at(
                    (*where, "signatories", s, *path),
                    "model.agreement-coverage",
                    f"'{party}' is signed for, but the agreement's parties leave it out; "
                    "add it to 'parties' or leave 'parties' out (every party)",
                )
