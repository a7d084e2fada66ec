"""Exceptions raised by unikom: one hierarchy under :class:`UnikomError`.

Every exception carries its data as attributes (diagnostics, codes, ids) and
pickles with them, so an error raised in a worker process (a
``ProcessPoolExecutor``) reaches the parent whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unikom.model.diagnostics import Diagnostic

__all__ = [
    "ArgumentError",
    "ConstraintError",
    "DateRangeError",
    "InvalidDocumentError",
    "ModelError",
    "NotFoundError",
    "ObjectRuleError",
    "UnikomError",
    "UnknownInquiryTypeError",
    "not_found",
]


def _rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    # BaseException.__new__ sets args without running a subclass's __init__,
    # whose signature differs from args; the attributes come back as state.
    return cls.__new__(cls, *args)


class UnikomError(Exception):
    """Base class of every exception unikom raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args), self.__dict__)


class ModelError(UnikomError, ValueError):
    """A value breaks a rule of the model; carries a stable diagnostic code."""

    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        #: The attribute the problem is about, when the check spans several.
        self.field = field


class ConstraintError(ModelError, TypeError):
    """An object built in code breaks a rule a file would break: names class, attribute, rule.

    It is a :class:`ValueError` and a :class:`TypeError` both, as a wrong value
    and a wrong type are refused alike.
    """

    def __init__(self, owner: str, field: str, rule: str, detail: str) -> None:
        code = rule if "." in rule else f"schema.{rule}"
        super().__init__(code, f"{owner}.{field}: {detail} [{rule}]", field=field)
        #: The class whose constructor refused the value.
        self.owner = owner
        #: The rule broken: a schema keyword (minItems, maxLength …), 'type', or a code.
        self.rule = rule
        #: What is wrong, without the class and attribute.
        self.detail = detail


class ObjectRuleError(ConstraintError):
    """An object breaks a rule that spans its values: an id used twice, a reference to nothing.

    :attr:`problems` holds every error found (with a JSON pointer into the
    object); the message, :attr:`field` and :attr:`rule` are the first's.
    """

    def __init__(self, owner: str, problems: Sequence[Diagnostic]) -> None:
        self.problems: tuple[Diagnostic, ...] = tuple(problems)
        first = self.problems[0]
        place = first.pointer.lstrip("/").replace("/", ".")
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(owner, place, first.code, first.message + more)


class InvalidDocumentError(UnikomError):
    """A document could not be loaded; :attr:`diagnostics` lists every problem found."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        errors = [d for d in self.diagnostics if d.severity.value == "error"]
        first = errors[0] if errors else (self.diagnostics[0] if self.diagnostics else None)
        summary = f"{len(errors)} error(s)"
        if first is not None:
            summary += f"; first: {first.format()}"
        super().__init__(summary)


#: How many ids a not-found message lists.
_MAX_CLOSEST = 5


class NotFoundError(UnikomError, KeyError):
    """An id names nothing of the kind looked up; :attr:`closest` lists the likeliest ids.

    Every lookup by id raises it (``partnership.inquiry_type(id)``,
    ``answer_due(partnership, id, day)`` …).  It is a :class:`KeyError` too, so
    ``except KeyError`` keeps working.
    """

    def __init__(self, what: str, wanted: str, known: Iterable[str]) -> None:
        self.what = what
        #: The id that was asked for.
        self.wanted = wanted
        #: Every id there is, in order.
        self.known: tuple[str, ...] = tuple(known)
        import difflib  # deferred: only a failing lookup needs it

        close = difflib.get_close_matches(str(wanted), self.known, n=_MAX_CLOSEST, cutoff=0.5)
        #: The known ids closest to the one asked for, closest first (then the first ids).
        self.closest: tuple[str, ...] = tuple(dict.fromkeys([*close, *self.known]).keys())[
            :_MAX_CLOSEST
        ]
        if not self.known:
            listed = f"there are no {what}s"
        elif close:
            listed = "closest: " + ", ".join(self.closest)
        else:
            more = len(self.known) - len(self.closest)
            listed = "known: " + ", ".join(self.closest) + (f" and {more} more" if more else "")
        self.message = f"no {what} has the id '{wanted}' ({listed})"
        super().__init__(self.message)

    def __str__(self) -> str:
        # KeyError would quote the whole message; show it as the sentence it is.
        return self.message


#: The name earlier releases used for an unknown inquiry type id.
UnknownInquiryTypeError = NotFoundError


def not_found(what: str, wanted: str, ids: Iterable[object]) -> NotFoundError:
    """Build the not-found error for *wanted* among the ids of *ids*' items."""
    return NotFoundError(what, wanted, [str(getattr(item, "id", item)) for item in ids])


class DateRangeError(UnikomError, ValueError):
    """A date range ends before it starts, or a date lies outside the years 1900–2199."""


class ArgumentError(UnikomError, TypeError, ValueError):
    """A public function was given an argument it cannot use; names the argument.

    A wrong type (``received="2026-05-04"``), a language that is no language
    tag (``language="EN"``; a tag unikom has no words in, such as ``"de"``, is
    taken and gets bokmål by the fallback rule), a count below zero or a page
    format that does not exist.  It is a :class:`TypeError` and a :class:`ValueError` both, as the
    errors Python itself raises for such calls are.
    """

    def __init__(self, argument: str, detail: str) -> None:
        super().__init__(f"{argument}: {detail}")
        #: The name of the argument refused.
        self.argument = argument
        #: What is wrong with it.
        self.detail = detail
