"""Build an inquiry from a web-form submission, with errors an app can show beside each input.

A web form sends a plain mapping of field id → value, where values are mostly
text.  :func:`inquiry_from_form` reads such a mapping by the inquiry type's
form: it turns ``"3,5"`` into a number for a number field, ``"on"`` into true
for a yes/no field and a single choice into a list for a multichoice field, and
then checks everything against the partnership.  When anything is wrong it
raises :class:`FormError`, whose :meth:`FormError.by_field` maps each input's
name to the messages to show beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, assert_never

import attrs

from unikom.model import words
from unikom.model._arguments import date_argument, instance_argument, language_argument
from unikom.model._fields import CONSTRAINTS, MAX_TEXT, Slug, TextValue, check_number
from unikom.model._validation import check_constrained
from unikom.model.assessment import AssessmentScheme, ScaleCriterion, Score, YesNoCriterion
from unikom.model.errors import ArgumentError, ModelError, UnikomError
from unikom.model.inquiry import Answer, Inquiry, Requester, RequirementState, RequirementStatus
from unikom.model.inquiry_type import FieldType, FormField, InquiryType
from unikom.model.partnership import Partnership
from unikom.model.text import Text

__all__ = [
    "FieldError",
    "FormError",
    "coerce_answer",
    "inquiry_from_form",
    "read_number",
    "scores_from_form",
]

_TRUE = {"true", "on", "yes", "ja", "1"}
_FALSE = {"false", "off", "no", "nei", "0"}
_MAX_NUMBER_TEXT = 40
#: Unknown inputs told one by one; past this, one line counts the rest.
MAX_UNKNOWN_FIELDS = 20
_MAX_SHOWN_KEY = 80
_NUMBER = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)?")


@attrs.frozen(kw_only=True)
class FieldError:
    """A problem with one input of the form.

    ``field`` is the form field's id for answers, or the name of another part
    of the inquiry: ``id``, ``type``, ``title``, ``thematic_areas``,
    ``requirements``, ``requester.email`` and so on.
    """

    field: str
    code: str
    #: What to show the person, in the language asked for (nb, nn or en).
    message: str
    #: The same problem as unikom's diagnostics word it (English), for logs.
    detail: str = ""


class FormError(UnikomError):
    """A form submission that does not make a valid inquiry; :attr:`errors` lists why."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        fields = ", ".join(dict.fromkeys(e.field for e in self.errors))
        super().__init__(f"{len(self.errors)} problem(s) in the form: {fields}")

    def by_field(self) -> dict[str, list[str]]:
        """Return input name → the messages to show beside it, in the order found."""
        grouped: dict[str, list[str]] = {}
        for error in self.errors:
            grouped.setdefault(error.field, []).append(error.message)
        return grouped


def coerce_answer(form_field: FormField, value: Any) -> Answer | None:
    """Turn one submitted value into the answer the field takes (None: not answered).

    Raises :class:`ModelError` (code ``answer.type``) when the value cannot be read.
    """
    kind = form_field.type
    if kind is not FieldType.MULTICHOICE and isinstance(value, list | tuple) and len(value) <= 1:
        # Web frameworks can hand over every input as a list (one item per value sent).
        value = value[0] if value else None
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            # Before any stripping or pattern: the work done on an answer stays bounded.
            raise ModelError(
                "answer.too-long",
                f"'{form_field.label}' takes at most {MAX_TEXT} characters",
                field=form_field.id,
            )
        value = value.strip()
        if not value:
            return None
    match kind:
        case FieldType.MULTICHOICE:
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
                raise _type_error(form_field, "a list of choices")
            if len(items) > len(form_field.choices):
                # Before any item is looked at: the work on one answer stays bounded.
                raise ModelError(
                    "answer.choice",
                    f"'{form_field.label}' has {len(form_field.choices)} choices, "
                    f"and {len(items)} were sent",
                    field=form_field.id,
                )
            chosen = tuple(Slug(i.strip()) for i in items if i.strip())
            if not all(CONSTRAINTS[Slug].check(choice) for choice in chosen):
                # Not an id, so not one of the choices: said here, before any
                # constructor has to quote it.
                raise ModelError(
                    "answer.choice",
                    f"'{form_field.label}' takes ids of its choices",
                    field=form_field.id,
                )
            return chosen or None
        case FieldType.NUMBER:
            return _number(form_field, value)
        case FieldType.BOOLEAN:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
                return value.lower() in _TRUE
            raise _type_error(form_field, "yes or no")
        case FieldType.DATE:
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return TextValue(value.isoformat())
        case (
            FieldType.TEXT | FieldType.TEXTAREA | FieldType.CHOICE | FieldType.EMAIL | FieldType.URL
        ):
            pass
        case _:
            assert_never(kind)
    if not isinstance(value, str):
        raise _type_error(form_field, "text")
    return TextValue(value)


def read_number(value: str | float) -> float:
    """Read a number as a person types it in a form: ``"4,5"``, ``"4.5"``, ``"12 500"``, ``"7"``.

    A decimal comma or point, and spaces (also non-breaking ones) between
    groups of digits are accepted; a whole number stays an :class:`int`.
    Numbers (not booleans) are returned as they are.  Raises
    :class:`~unikom.ArgumentError` (a :class:`ValueError`) for anything else,
    and for numbers too large or not finite.  Every number
    unikom reads from a form (answers to number fields, assessment scores)
    goes through this one function.
    """
    if isinstance(value, str):
        # Norwegian forms write 3,5 and group thousands with spaces: 12 500.
        compact = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        # A number a person types is short; int() on thousands of digits is slow
        # and float() of them is infinite.
        if len(compact) <= _MAX_NUMBER_TEXT and _NUMBER.fullmatch(compact):
            compact = compact.replace(",", ".")
            value = float(compact) if "." in compact else int(compact)
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            check_number(value, float)
        except ModelError:
            raise ArgumentError("value", f"{value!r} is not a number unikom can keep") from None
        return value
    raise ArgumentError("value", f"{value!r} is not a number such as 4, 4,5 or 4.5")


def _number(form_field: FormField, value: Any) -> float:
    try:
        return read_number(value)
    except ValueError:
        raise _type_error(form_field, "a number") from None


def _type_error(form_field: FormField, expected: str) -> ModelError:
    return ModelError("answer.type", f"'{form_field.label}' needs {expected}", field=form_field.id)


def _field_name(pointer: str) -> str:
    parts = [p for p in pointer.split("/") if p]
    if not parts:
        return "inquiry"
    if parts[0] == "answers" and len(parts) > 1:
        return parts[1]
    names = [p for p in parts if not p.isdigit()]
    return ".".join(names[:2])


def inquiry_from_form(
    partnership: Partnership,
    inquiry_type: str,
    answers: Mapping[str, Any],
    *,
    id: str,
    received: dt.date,
    requester: Requester | Mapping[str, Any],
    title: Text | str | None = None,
    thematic_areas: Sequence[str] = (),
    requirements: Mapping[str, RequirementStatus | str] | None = None,
    language: str | None = None,
) -> Inquiry:
    """Build a new inquiry (state: received) from a web-form submission.

    *answers* maps the inquiry type's form field ids to submitted values.
    *requirements* maps requirement ids to their status; when it is None, every
    requirement of the type is declared ``pending``.  Without *title* the
    inquiry is titled by its type and id.  Raises :class:`FormError` listing
    every problem at once, each tied to the input it concerns, with a message
    in *language* (nb, nn or en; by default the partnership's first language)
    and the diagnostic's own words in :attr:`FieldError.detail`.
    """
    from unikom.checking._portfolio_rules import answer_problems
    from unikom.services.portfolio import check_inquiry

    instance_argument(partnership, "partnership", Partnership)
    received = date_argument(received, "received")
    _mapping_argument(answers, "answers")
    if not isinstance(requester, Requester):
        _mapping_argument(requester, "requester")
    if requirements is not None:
        _mapping_argument(requirements, "requirements")
    if isinstance(thematic_areas, str) or not all(isinstance(a, str) for a in thematic_areas):
        raise ArgumentError(
            "thematic_areas", f"expected a list of thematic area ids, got {thematic_areas!r}"
        )
    said = _Wording(partnership.languages[0] if language is None else language_argument(language))
    try:
        it = partnership.inquiry_type(inquiry_type)
    except KeyError as exc:
        raise FormError(
            [said.error("type", "ref.unresolved", str(exc), "form.unknown_type", name=inquiry_type)]
        ) from None
    said.form = it
    errors: list[FieldError] = []
    read = _read_answers(it, answers, errors, said)
    failed = {e.field for e in errors}
    for problem in answer_problems(it.form, read):
        if problem.field not in failed:
            errors.append(said.answer(problem.field, problem.code, problem.message))
    inquiry, complete = _build(
        partnership,
        it,
        read,
        errors,
        said,
        id,
        received,
        requester,
        title,
        thematic_areas,
        requirements,
    )
    # The inquiry is checked against the partnership even when some inputs are
    # wrong (they hold placeholders then), so that every problem is told at once.
    failed = {e.field for e in errors}
    for finding in check_inquiry(inquiry, partnership):
        field = _field_name(finding.pointer)
        if finding.is_error and not finding.code.startswith("answer.") and field not in failed:
            errors.append(said.finding(finding.code, finding.pointer, finding.message, inquiry))
    if errors or not complete:
        raise FormError(errors)
    return inquiry


def _expected(kind: FieldType) -> str:
    """Return the word key that says what a field of *kind* takes."""
    match kind:
        case FieldType.TEXT | FieldType.TEXTAREA:
            return "form.expect.text"
        case FieldType.NUMBER:
            return "form.expect.number"
        case FieldType.BOOLEAN:
            return "form.expect.boolean"
        case FieldType.DATE:
            return "form.expect.date"
        case FieldType.EMAIL:
            return "form.expect.email"
        case FieldType.URL:
            return "form.expect.url"
        case FieldType.CHOICE:
            return "form.expect.choice"
        case FieldType.MULTICHOICE:
            return "form.expect.multichoice"
        case _:
            assert_never(kind)


@attrs.define
class _Wording:
    """Words each problem in the reader's language, from unikom's one word table."""

    language: str
    form: InquiryType | None = None

    def error(self, field: str, code: str, detail: str, key: str, **values: Any) -> FieldError:
        message = words.word(key, self.language, **values)
        return FieldError(field=field, code=code, message=message, detail=detail)

    def label(self, field: str) -> str:
        """Return the name of an input as the person sees it."""
        fields: dict[str, FormField] = {f.id: f for f in self.form.form} if self.form else {}
        if field in fields:
            return fields[field].label.get(self.language)
        try:
            return words.word(
                f"form.{field}" if field != "id" else "form.inquiry_id", self.language
            )
        except KeyError:
            return field

    def answer(self, field: str, code: str, detail: str) -> FieldError:
        """Word a problem with one answer (or another input) by its code."""
        label = self.label(field)
        fields: dict[str, FormField] = {f.id: f for f in self.form.form} if self.form else {}
        if code == "answer.required":
            return self.error(field, code, detail, "form.required", label=label)
        if code == "answer.unknown-field":
            return self.error(field, code, detail, "form.unknown_field", name=field)
        if code == "answer.too-long":
            return self.error(field, code, detail, "form.too_long", label=label, limit=MAX_TEXT)
        if field in fields and code in ("answer.type", "answer.format", "answer.choice"):
            expected = words.word(_expected(fields[field].type), self.language)
            return self.error(field, code, detail, "form.expected", label=label, expected=expected)
        return self.error(field, code, detail, "form.invalid", label=label)

    def finding(self, code: str, pointer: str, detail: str, inquiry: Inquiry) -> FieldError:
        """Word a finding of the checks on the whole inquiry."""
        field = _field_name(pointer)
        parts = pointer.split("/")
        if code == "inquiry.requirement-missing":
            return self.error("requirements", code, detail, "form.requirement_missing")
        if field == "thematic_areas" and len(parts) > 2 and parts[2].isdigit():
            area = inquiry.thematic_areas[int(parts[2])]
            key = "form.area_not_accepted" if code == "inquiry.area-not-accepted" else None
            return self.error(field, code, detail, key or "form.unknown_area", name=area)
        return self.answer(field, code, detail)


def _read_answers(
    it: InquiryType, submitted: Mapping[str, Any], errors: list[FieldError], said: _Wording
) -> dict[str, Answer]:
    from unikom.model._validation import type_check

    fits = type_check(Answer)
    fields: dict[str, FormField] = {f.id: f for f in it.form}
    read: dict[str, Answer] = {}
    unknown = 0
    for key, value in submitted.items():
        form_field = fields.get(key) if isinstance(key, str) else None
        if form_field is None:
            if value is None or (isinstance(value, str) and not value):
                continue
            # Told here, not kept: an unknown key may be anything a client sends,
            # and the inquiry must not be built with it.
            unknown += 1
            if unknown <= MAX_UNKNOWN_FIELDS:
                name = _shown_key(key)
                listed = ", ".join(fields) if fields else "the form has no fields"
                detail = f"the form has no field '{name}' (fields: {listed})"
                errors.append(said.answer(name, "answer.unknown-field", detail))
            continue
        try:
            answer = coerce_answer(form_field, value)
        except ModelError as exc:
            errors.append(said.answer(key, exc.code, exc.message))
            continue
        if answer is None:
            continue
        # The inquiry's own check on an answer, asked before it is built, so that
        # what the constructor would refuse is a problem with this input.
        problem = fits(answer)
        if problem is not None:
            errors.append(said.answer(key, problem[0], problem[1]))
            continue
        read[key] = answer
    if unknown > MAX_UNKNOWN_FIELDS:
        more = unknown - MAX_UNKNOWN_FIELDS
        errors.append(
            said.error(
                "answers",
                "answer.unknown-field",
                f"and {more} more fields the form does not have",
                "form.more_unknown_fields",
                count=words.number(more, said.language),
            )
        )
    return read


def _shown_key(key: object) -> str:
    """Return an unknown input's name as it may be shown: printable, and short."""
    full = key if isinstance(key, str) else repr(key)
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in full[:_MAX_SHOWN_KEY])
    return shown if len(full) <= _MAX_SHOWN_KEY else f"{shown}…"


#: What stands in for a wrong input while the rest of the inquiry is checked.
_PLACEHOLDER_ID = Slug("x")


def _build(
    partnership: Partnership,
    it: InquiryType,
    answers: dict[str, Answer],
    errors: list[FieldError],
    said: _Wording,
    inquiry_id: str,
    received: dt.date,
    requester: Requester | Mapping[str, Any],
    title: Text | str | None,
    thematic_areas: Sequence[str],
    requirements: Mapping[str, RequirementStatus | str] | None,
) -> tuple[Inquiry, bool]:
    """Build the inquiry; a wrong input is reported and a placeholder stands in for it."""
    before = len(errors)
    try:
        check_constrained(Slug, inquiry_id)
    except ModelError as exc:
        errors.append(
            said.error("id", exc.code, exc.message, "form.invalid", label=said.label("id"))
        )
        inquiry_id = _PLACEHOLDER_ID
    areas = []
    for area in thematic_areas:
        try:
            check_constrained(Slug, area)
            areas.append(area)
        except ModelError as exc:
            errors.append(
                said.error(
                    "thematic_areas", "ref.unresolved", exc.message, "form.unknown_area", name=area
                )
            )
    who = requester if isinstance(requester, Requester) else _requester(requester, errors, said)
    if title is None:
        title = Text.plain(f"{it.name} {inquiry_id}")
    elif isinstance(title, str):
        if not title.strip():
            errors.append(
                said.error(
                    "title",
                    "answer.required",
                    "the title is missing",
                    "form.required",
                    label=said.label("title"),
                )
            )
        title = Text.plain(title.strip() or "-")
    if requirements is None:
        requirements = {r.id: RequirementStatus.PENDING for r in it.requirements}
    declared = []
    for requirement_id, status in requirements.items():
        try:
            declared.append(
                RequirementState(requirement=Slug(requirement_id), status=RequirementStatus(status))
            )
        except (ValueError, ModelError):
            listed = ", ".join(s.value for s in RequirementStatus)
            detail = f"'{requirement_id}': {status!r} is not a requirement status ({listed})"
            try:
                # Declared all the same, so that it is not reported missing as well.
                placeholder = Slug(requirement_id)
                declared.append(
                    RequirementState(requirement=placeholder, status=RequirementStatus.PENDING)
                )
            except ModelError:
                pass
            errors.append(
                said.error(
                    "requirements",
                    "value.requirement",
                    detail,
                    "form.invalid",
                    label=said.label("requirements"),
                )
            )
    inquiry = Inquiry(
        id=Slug(inquiry_id),
        partnership=partnership.id,
        type=it.id,
        title=title,
        received=received,
        requester=who or Requester(organisation="-", name="-"),
        thematic_areas=tuple(Slug(a) for a in dict.fromkeys(areas)),
        answers=answers,
        requirements=tuple(declared),
    )
    return inquiry, len(errors) == before and who is not None


def _requester(
    data: Mapping[str, Any], errors: list[FieldError], said: _Wording
) -> Requester | None:
    """Read the requester from plain data, reporting each bad input as requester.NAME."""
    from cattrs import BaseValidationError
    from cattrs.errors import AttributeValidationNote, ForbiddenExtraKeysError

    from unikom.checking._converter import get_converter

    cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
    cleaned = {k: v for k, v in cleaned.items() if v not in (None, "")}
    try:
        result: Requester = get_converter().structure(cleaned, Requester)
        return result
    except BaseValidationError as exc:
        for sub in exc.exceptions:
            names = [
                n.name
                for n in getattr(sub, "__notes__", ())
                if isinstance(n, AttributeValidationNote)
            ]
            if isinstance(sub, ForbiddenExtraKeysError):
                for key in sorted(sub.extra_fields):
                    detail = f"unknown requester detail '{key}'"
                    errors.append(
                        said.error(
                            f"requester.{key}",
                            "schema.unknown-key",
                            detail,
                            "form.unknown_field",
                            name=key,
                        )
                    )
                continue
            name = f"requester.{names[0]}" if names else "requester"
            label = said.label(name)
            if isinstance(sub, KeyError):
                errors.append(
                    said.error(
                        name, "answer.required", "must be filled in", "form.required", label=label
                    )
                )
            elif isinstance(sub, ModelError):
                errors.append(said.error(name, sub.code, sub.message, "form.invalid", label=label))
            else:
                errors.append(
                    said.error(name, "value.invalid", str(sub), "form.invalid", label=label)
                )
    except ModelError as exc:  # a check spanning several attributes
        errors.append(
            said.error("requester", exc.code, exc.message, "form.invalid", label="requester")
        )
    return None


def _mapping_argument(value: Any, name: str) -> None:
    # What a web framework posts (a dict, a MultiDict) is a mapping; a list or
    # None is a mistake in the app, said as such rather than as AttributeError.
    if not isinstance(value, Mapping):
        raise ArgumentError(name, f"expected a mapping of field id → value, got {value!r:.60}")


def scores_from_form(
    scheme: AssessmentScheme, posted: Mapping[str, Any], *, language: str = "nb"
) -> dict[str, Score]:
    """Read assessment scores as a form posts them: criterion id → text.

    A scale criterion's score is read by :func:`read_number` (``"4,5"`` and
    ``"4.5"`` alike); a yes/no criterion takes ``ja``/``nei``, ``yes``/``no``,
    ``true``/``false`` or ``on``.  Empty inputs are left out.  Raises
    :class:`FormError` listing every problem at once (unknown criteria, scores
    off their scale, a missing score), worded in *language*.
    """
    instance_argument(scheme, "scheme", AssessmentScheme)
    _mapping_argument(posted, "posted")
    said = _Wording(language_argument(language))
    criteria: dict[str, ScaleCriterion | YesNoCriterion] = {c.id: c for c in scheme.criteria}
    scores: dict[str, Score] = {}
    errors: list[FieldError] = []
    for key, value in posted.items():
        if isinstance(value, list | tuple) and len(value) <= 1:
            value = value[0] if value else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        criterion = criteria.get(key)
        if criterion is None:
            detail = f"the scheme has no criterion '{key}'"
            errors.append(
                said.error(
                    key, "assessment.unknown-criterion", detail, "form.unknown_criterion", name=key
                )
            )
            continue
        if isinstance(criterion, YesNoCriterion):
            text = value.strip().lower() if isinstance(value, str) else value
            if isinstance(text, bool) or (isinstance(text, str) and text in _TRUE | _FALSE):
                scores[key] = text if isinstance(text, bool) else text in _TRUE
                continue
            label = criterion.question.get(language)
            expected = words.word("form.expect.boolean", language)
            detail = f"'{key}' is a yes/no question: answer true or false"
            errors.append(
                said.error(
                    key,
                    "assessment.score-type",
                    detail,
                    "form.expected",
                    label=label,
                    expected=expected,
                )
            )
            continue
        scale = criterion.scale
        try:
            number = read_number(value)
        except ValueError:
            number = None
        if number is None or not scale.fits(number):
            detail = f"{value!r} for '{key}' is not on its scale"
            errors.append(
                said.error(
                    key,
                    "assessment.score-range",
                    detail,
                    "form.off_scale",
                    label=criterion.title.get(language),
                    low=words.number(scale.minimum, language),
                    high=words.number(scale.maximum, language),
                    step=words.number(scale.step, language),
                )
            )
            continue
        scores[key] = number
    for criterion_id, criterion in criteria.items():
        if criterion_id not in scores and not any(e.field == criterion_id for e in errors):
            label = (
                criterion.question if isinstance(criterion, YesNoCriterion) else criterion.title
            ).get(language)
            detail = f"no score for the criterion '{criterion_id}'"
            errors.append(
                said.error(
                    criterion_id, "assessment.missing-score", detail, "form.required", label=label
                )
            )
    if errors:
        raise FormError(errors)
    return scores
