"""Rules for inquiries and projects: their own consistency, and their fit to the partnership.

Each rule yields located diagnostics through a :class:`Locator`, so that a
problem is reported at the line of the inquiry or project file that has it.
Rules that need the partnership run only when the file lies in a partnership
directory (or a partnership is given through the API).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any, assert_never

import attrs

from unikom.checking._locate import Locator
from unikom.checking._rules import resolve, unique_ids
from unikom.checking._schemacheck import date_fix
from unikom.model._fields import Email, Url
from unikom.model._rules import inquiry_own_rules
from unikom.model._suggest import suggest
from unikom.model._validation import check_constrained
from unikom.model.assessment import score_problems
from unikom.model.diagnostics import Diagnostic, Severity
from unikom.model.errors import ModelError
from unikom.model.inquiry import Inquiry, RequirementStatus
from unikom.model.inquiry_type import FieldType, FormField, InquiryType
from unikom.model.partnership import Partnership
from unikom.model.project import Project, ProjectStatus

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@attrs.frozen(kw_only=True)
class AnswerProblem:
    """A problem with one answer: the form field, where inside the answer, code and message."""

    field: str
    code: str
    message: str
    #: Index into a multichoice answer's list, when one item is the problem.
    item: int | None = None
    #: True when the problem is the answer's key itself (an unknown field).
    key: bool = False


def is_answered(value: Any) -> bool:
    """Tell whether *value* counts as an answer: not missing, not blank, not an empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | list):
        return bool(value)
    return True


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the answer {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value:g}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, tuple | list):
        return "a list"
    return type(value).__name__


def answer_problems(
    form: tuple[FormField, ...], answers: Mapping[str, Any]
) -> Iterator[AnswerProblem]:
    """Check *answers* against the fields of *form*: required, known, of the right type."""
    fields: dict[str, FormField] = {f.id: f for f in form}
    for field_id, value in answers.items():
        form_field = fields.get(field_id)
        if form_field is None:
            listed = ", ".join(fields) if fields else "the form has no fields"
            yield AnswerProblem(
                field=field_id,
                code="answer.unknown-field",
                message=f"the form has no field '{field_id}' (fields: {listed})",
                key=True,
            )
        elif is_answered(value):
            yield from _answer_fits(form_field, value)
    for form_field in form:
        if form_field.required and not is_answered(answers.get(form_field.id)):
            yield AnswerProblem(
                field=form_field.id,
                code="answer.required",
                message=f"'{form_field.id}' ({form_field.label}) must be answered",
            )


def _answer_fits(form_field: FormField, value: Any) -> Iterator[AnswerProblem]:
    kind = form_field.type
    fid = form_field.id

    def wrong(expected: str, fix: str = "") -> AnswerProblem:
        return AnswerProblem(
            field=fid,
            code="answer.type",
            message=f"'{fid}' is a {kind.value} field: expected {expected}, "
            f"got {_describe(value)}{fix}",
        )

    match kind:
        case FieldType.TEXT | FieldType.TEXTAREA:
            if not isinstance(value, str):
                yield wrong("text")
        case FieldType.BOOLEAN:
            if not isinstance(value, bool):
                yield wrong("true or false")
        case FieldType.NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float):
                yield wrong("a number")
            elif not math.isfinite(value):
                yield AnswerProblem(
                    field=fid, code="answer.format", message=f"'{fid}' needs a finite number"
                )
        case FieldType.DATE | FieldType.EMAIL | FieldType.URL:
            if not isinstance(value, str):
                yield wrong("text")
            else:
                yield from _format_fits(form_field, value)
        case FieldType.CHOICE:
            if not isinstance(value, str):
                yield wrong("one choice id")
            else:
                yield from _choice_fits(form_field, value, None)
        case FieldType.MULTICHOICE:
            if not isinstance(value, tuple | list):
                single = isinstance(value, str) and 0 < len(value) <= 80
                one = f" — write even one choice as a list: [{value}]" if single else ""
                yield wrong("a list of choice ids", one)
            else:
                seen: set[str] = set()
                for index, item in enumerate(value):
                    if item in seen:
                        yield AnswerProblem(
                            field=fid,
                            code="answer.choice",
                            message=f"'{item}' is chosen twice in '{fid}'",
                            item=index,
                        )
                    seen.add(item)
                    yield from _choice_fits(form_field, item, index)
        case _:
            assert_never(kind)


def _format_fits(form_field: FormField, value: str) -> Iterator[AnswerProblem]:
    fid = form_field.id
    if form_field.type is FieldType.DATE:
        ok = _ISO_DATE.fullmatch(value) is not None
        if ok:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                ok = False
        if not ok:
            yield AnswerProblem(
                field=fid,
                code="answer.format",
                message=f"'{fid}' needs a date, got {value!r}{date_fix(value)}",
            )
        return
    kind = Email if form_field.type is FieldType.EMAIL else Url
    try:
        check_constrained(kind, value)
    except ModelError as exc:
        yield AnswerProblem(field=fid, code="answer.format", message=f"'{fid}': {exc.message}")


def _choice_fits(form_field: FormField, value: Any, index: int | None) -> Iterator[AnswerProblem]:
    ids = [c.id for c in form_field.choices]
    if value not in ids:
        hint = suggest(str(value), ids)
        yield AnswerProblem(
            field=form_field.id,
            code="answer.choice",
            message=f"{value!r} is not a choice of '{form_field.id}'{hint} "
            f"(choices: {', '.join(ids)})",
            item=index,
        )


def _same_partnership(
    named: str, partnership: Partnership, what: str, at: Locator
) -> Iterator[Diagnostic]:
    if named != partnership.id:
        yield at(
            ("partnership",),
            "ref.partnership",
            f"the {what} names the partnership '{named}', but lies in the directory of "
            f"'{partnership.id}'",
        )


def inquiry_rules(
    inquiry: Inquiry, at: Locator, partnership: Partnership | None
) -> Iterator[Diagnostic]:
    """Check an inquiry: its history always; its fit to the partnership when there is one."""
    yield from inquiry_own_rules(inquiry, at)
    if partnership is None:
        return
    yield from _same_partnership(inquiry.partnership, partnership, "inquiry", at)
    yield from _addressee_rules(inquiry, partnership, at)
    area_ids = [a.id for a in partnership.thematic_areas]
    for i, area in enumerate(inquiry.thematic_areas):
        yield from resolve(area, area_ids, ("thematic_areas", i), "thematic area", at)
    if inquiry.requester.party is not None:
        yield from resolve(
            inquiry.requester.party,
            [p.id for p in partnership.parties],
            ("requester", "party"),
            "party",
            at,
        )
    type_ids = [t.id for t in partnership.inquiry_types]
    if inquiry.type not in type_ids:
        yield from resolve(inquiry.type, type_ids, ("type",), "inquiry type", at)
        return
    yield from fit_to_type(inquiry, partnership.inquiry_type(inquiry.type), at)


def _addressee_rules(
    inquiry: Inquiry, partnership: Partnership, at: Locator
) -> Iterator[Diagnostic]:
    """Check whom the inquiry is addressed to: known parties, members then, allowed by the type."""
    party_ids = [p.id for p in partnership.parties]
    for i, party in enumerate(inquiry.addressed_to):
        if party not in party_ids:
            yield from resolve(party, party_ids, ("addressed_to", i), "party", at)
        elif problem := partnership.addressee_problem(party, inquiry.type, inquiry.received):
            # The same rule `unikom due --party` applies.
            yield at(("addressed_to", i), "inquiry.addressee", problem)
    for i, state in enumerate(inquiry.requirements):
        if state.party is not None and state.party not in inquiry.addressed_to:
            addressed = ", ".join(inquiry.addressed_to) or "no party"
            yield at(
                ("requirements", i, "party"),
                "inquiry.addressee",
                f"'{state.party}' is not a party the inquiry is addressed to "
                f"(addressed to: {addressed})",
            )


def fit_to_type(inquiry: Inquiry, it: InquiryType, at: Locator) -> Iterator[Diagnostic]:
    """Check an inquiry against its inquiry type: areas, answers, requirements, assessment."""
    if it.thematic_areas:
        for i, area in enumerate(inquiry.thematic_areas):
            if area not in it.thematic_areas:
                yield at(
                    ("thematic_areas", i),
                    "inquiry.area-not-accepted",
                    f"the inquiry type '{it.id}' does not take inquiries in '{area}' "
                    f"(it takes: {', '.join(it.thematic_areas)})",
                )
    answers_at = ("answers",) if inquiry.answers else ("type",)
    for problem in answer_problems(it.form, inquiry.answers):
        if problem.code == "answer.required":
            yield at(answers_at, problem.code, problem.message, key=True)
            continue
        pointer: tuple[str | int, ...] = ("answers", problem.field)
        if problem.item is not None:
            pointer = (*pointer, problem.item)
        yield at(pointer, problem.code, problem.message, key=problem.key)
    yield from _requirement_rules(inquiry, it, at)
    if inquiry.assessment is None:
        return
    if it.assessment is None:
        yield at(
            ("assessment",),
            "assessment.no-scheme",
            f"the inquiry type '{it.id}' has no assessment scheme to assess against",
        )
        return
    for bad in score_problems(it.assessment, inquiry.assessment.scores):
        if bad.code == "assessment.missing-score":
            yield at(("assessment", "scores"), bad.code, bad.message, key=True)
        else:
            yield at(
                ("assessment", "scores", bad.criterion or ""),
                bad.code,
                bad.message,
                key=bad.code == "assessment.unknown-criterion",
            )


def _requirement_rules(inquiry: Inquiry, it: InquiryType, at: Locator) -> Iterator[Diagnostic]:
    known = {r.id: r for r in it.requirements}
    declared = {d.requirement for d in inquiry.requirements}
    for index, state in enumerate(inquiry.requirements):
        requirement = known.get(state.requirement)
        if requirement is None:
            yield from resolve(
                state.requirement,
                list(known),
                ("requirements", index, "requirement"),
                f"requirement of the inquiry type '{it.id}'",
                at,
            )
        elif state.status is RequirementStatus.NOT_APPLICABLE and requirement.applies_when is None:
            yield at(
                ("requirements", index, "status"),
                "inquiry.requirement-applies",
                f"the requirement '{requirement.id}' applies to every inquiry of type "
                f"'{it.id}'; it cannot be not_applicable",
                severity=Severity.WARNING,
            )
    where = ("requirements",) if inquiry.requirements else ("type",)
    for requirement in it.requirements:
        if requirement.id not in declared:
            yield at(
                where,
                "inquiry.requirement-missing",
                f"the inquiry type '{it.id}' requires '{requirement.id}' "
                f"({requirement.title}); declare its status under 'requirements'",
                key=True,
            )
            continue
        # Declared per party: then every addressed party needs its own status.
        parties = {d.party for d in inquiry.requirements if d.requirement == requirement.id}
        if None in parties:
            continue
        for party in inquiry.addressed_to:
            if party not in parties:
                yield at(
                    where,
                    "inquiry.requirement-missing",
                    f"the status of '{requirement.id}' is declared per party, but not for "
                    f"'{party}'; declare it for '{party}' too, or once without 'party'",
                    key=True,
                )


def project_rules(
    project: Project, at: Locator, partnership: Partnership | None
) -> Iterator[Diagnostic]:
    """Check a project: its own consistency always; its references when the partnership is known."""
    yield from unique_ids(project.parties, ("parties",), "party", at, key="party")
    if project.status is ProjectStatus.FINISHED and project.period.end is None:
        yield at(
            ("period",),
            "project.no-end",
            "a finished project should say when it ended: give the period an 'end'",
            severity=Severity.WARNING,
            key=True,
        )
    if partnership is None:
        return
    yield from _same_partnership(project.partnership, partnership, "project", at)
    track_ids = [t.id for t in partnership.tracks]
    yield from resolve(project.track, track_ids, ("track",), "collaboration track", at)
    if project.programme is not None and project.track in track_ids:
        track = partnership.track(project.track)
        yield from resolve(
            project.programme,
            [p.id for p in track.programmes],
            ("programme",),
            f"programme of the track '{track.id}'",
            at,
        )
    area_ids = [a.id for a in partnership.thematic_areas]
    for i, area in enumerate(project.thematic_areas):
        yield from resolve(area, area_ids, ("thematic_areas", i), "thematic area", at)
    party_ids = [p.id for p in partnership.parties]
    for i, taking_part in enumerate(project.parties):
        yield from resolve(taking_part.party, party_ids, ("parties", i, "party"), "party", at)
