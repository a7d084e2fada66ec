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

from unikom.model._fields import MAX_TEXT, Slug, TextValue, check_number
from unikom.model._validation import check_constrained
from unikom.model.errors import ModelError, UnikomError
from unikom.model.inquiry import Answer, Inquiry, Requester, RequirementState, RequirementStatus
from unikom.model.inquiry_type import FieldType, FormField, InquiryType
from unikom.model.partnership import Partnership
from unikom.model.text import Text

__all__ = ["FieldError", "FormError", "coerce_answer", "inquiry_from_form"]

_TRUE = {"true", "on", "yes", "ja", "1"}
_FALSE = {"false", "off", "no", "nei", "0"}
_MAX_NUMBER_TEXT = 40
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
    message: str


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
            chosen = tuple(i.strip() for i in items if i.strip())
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


def _number(form_field: FormField, value: Any) -> float:
    if isinstance(value, bool):
        raise _type_error(form_field, "a number")
    if isinstance(value, str):
        # Norwegian forms write 3,5 and group thousands with spaces: 12 500.
        compact = value.replace("\u00a0", "").replace(" ", "")
        # A number a person types is short; int() on thousands of digits is slow
        # and float() of them is infinite.
        if len(compact) <= _MAX_NUMBER_TEXT and _NUMBER.fullmatch(compact):
            compact = compact.replace(",", ".")
            value = float(compact) if "." in compact else int(compact)
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            check_number(value, float)
        except ModelError:
            raise _type_error(form_field, "a number") from None
        return value
    raise _type_error(form_field, "a number")


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
) -> Inquiry:
    """Build a new inquiry (state: received) from a web-form submission.

    *answers* maps the inquiry type's form field ids to submitted values.
    *requirements* maps requirement ids to their status; when it is None, every
    requirement of the type is declared ``pending``.  Without *title* the
    inquiry is titled by its type and id.  Raises :class:`FormError` listing
    every problem, each tied to the input it concerns.
    """
    from unikom.check._portfolio_rules import answer_problems
    from unikom.services.portfolio import check_inquiry

    try:
        it = partnership.inquiry_type(inquiry_type)
    except KeyError:
        known = ", ".join(t.id for t in partnership.inquiry_types)
        raise FormError(
            [
                FieldError(
                    field="type",
                    code="ref.unresolved",
                    message=f"no inquiry type has the id '{inquiry_type}' (known: {known})",
                )
            ]
        ) from None
    errors: list[FieldError] = []
    read = _read_answers(it, answers, errors)
    failed = {e.field for e in errors}
    for problem in answer_problems(it.form, read):
        if problem.field not in failed:
            errors.append(
                FieldError(field=problem.field, code=problem.code, message=problem.message)
            )
    inquiry = _build(
        partnership, it, read, errors, id, received, requester, title, thematic_areas, requirements
    )
    if inquiry is not None:
        for finding in check_inquiry(inquiry, partnership):
            if finding.is_error and not finding.code.startswith("answer."):
                errors.append(
                    FieldError(
                        field=_field_name(finding.pointer),
                        code=finding.code,
                        message=finding.message,
                    )
                )
    if errors or inquiry is None:
        raise FormError(errors)
    return inquiry


def _read_answers(
    it: InquiryType, submitted: Mapping[str, Any], errors: list[FieldError]
) -> dict[str, Answer]:
    fields: dict[str, FormField] = {f.id: f for f in it.form}
    read: dict[str, Answer] = {}
    for key, value in submitted.items():
        form_field = fields.get(key)
        if form_field is None:
            # answer_problems reports the unknown field; keep the value so it can.
            if value is not None and value != "":
                read[key] = value
            continue
        try:
            answer = coerce_answer(form_field, value)
        except ModelError as exc:
            errors.append(FieldError(field=key, code=exc.code, message=exc.message))
            continue
        if answer is not None:
            read[key] = answer
    return read


def _build(
    partnership: Partnership,
    it: InquiryType,
    answers: dict[str, Answer],
    errors: list[FieldError],
    inquiry_id: str,
    received: dt.date,
    requester: Requester | Mapping[str, Any],
    title: Text | str | None,
    thematic_areas: Sequence[str],
    requirements: Mapping[str, RequirementStatus | str] | None,
) -> Inquiry | None:
    before = len(errors)
    try:
        check_constrained(Slug, inquiry_id)
    except ModelError as exc:
        errors.append(FieldError(field="id", code=exc.code, message=exc.message))
    areas = []
    for area in thematic_areas:
        try:
            check_constrained(Slug, area)
            areas.append(area)
        except ModelError:
            errors.append(
                FieldError(
                    field="thematic_areas",
                    code="ref.unresolved",
                    message=f"no thematic area has the id {area!r}",
                )
            )
    who = requester if isinstance(requester, Requester) else _requester(requester, errors)
    if title is None:
        title = Text.plain(f"{it.name} {inquiry_id}")
    elif isinstance(title, str):
        if not title.strip():
            errors.append(
                FieldError(field="title", code="answer.required", message="the title is missing")
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
            errors.append(
                FieldError(
                    field="requirements",
                    code="value.requirement",
                    message=f"'{requirement_id}': {status!r} is not a requirement status "
                    f"({listed})",
                )
            )
    if len(errors) > before or who is None:
        return None
    return Inquiry(
        id=Slug(inquiry_id),
        partnership=partnership.id,
        type=it.id,
        title=title,
        received=received,
        requester=who,
        thematic_areas=tuple(Slug(a) for a in areas),
        answers=answers,
        requirements=tuple(declared),
    )


def _requester(data: Mapping[str, Any], errors: list[FieldError]) -> Requester | None:
    """Read the requester from plain data, reporting each bad input as requester.NAME."""
    from cattrs import BaseValidationError
    from cattrs.errors import AttributeValidationNote, ForbiddenExtraKeysError

    from unikom.check._converter import get_converter

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
                    errors.append(
                        FieldError(
                            field=f"requester.{key}",
                            code="schema.unknown-key",
                            message=f"unknown requester detail '{key}'",
                        )
                    )
                continue
            name = names[0] if names else "requester"
            if isinstance(sub, KeyError):
                code, message = "answer.required", "must be filled in"
            elif isinstance(sub, ModelError):
                code, message = sub.code, sub.message
            else:
                code, message = "value.invalid", str(sub)
            errors.append(FieldError(field=f"requester.{name}", code=code, message=message))
    except ModelError as exc:  # a check spanning several attributes
        errors.append(FieldError(field="requester", code=exc.code, message=exc.message))
    return None
