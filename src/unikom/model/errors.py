"""Exceptions raised by unikom."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from unikom.model.diagnostics import Diagnostic


class UnikomError(Exception):
    """Base class of every exception unikom raises on purpose."""


class ModelError(UnikomError, ValueError):
    """A value breaks a rule of the model; carries a stable diagnostic code."""

    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        #: The attribute the problem is about, when the check spans several.
        self.field = field


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


class UnknownInquiryTypeError(UnikomError, KeyError):
    """An inquiry type id names no inquiry type of the partnership.

    It is a :class:`KeyError` too, so ``except KeyError`` works as it does for
    :meth:`Partnership.inquiry_type`.
    """

    def __init__(self, wanted: str, known: Sequence[str]) -> None:
        listed = ", ".join(known) if known else "none are defined"
        self.message = f"no inquiry type has the id '{wanted}' (known: {listed})"
        super().__init__(self.message)
        #: The id that was asked for.
        self.wanted = wanted
        #: The ids the partnership has.
        self.known: tuple[str, ...] = tuple(known)

    def __str__(self) -> str:
        # KeyError would quote the whole message; show it as the sentence it is.
        return self.message


class DateRangeError(UnikomError, ValueError):
    """A date range ends before it starts."""
