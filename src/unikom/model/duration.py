"""Durations such as a processing time: ISO 8601 (``P15D``, ``P4W``, ``P1M``) or working days."""

from __future__ import annotations

import enum
import re

import attrs

from unikom.model._fields import doc
from unikom.model._validation import validated
from unikom.model.errors import ModelError

__all__ = ["DURATION_PATTERN", "Duration", "DurationUnit"]

DURATION_PATTERN = r"P[1-9][0-9]{0,3}[DWMY]|[1-9][0-9]{0,3} working days?"
_ISO = re.compile(r"P([1-9][0-9]{0,3})([DWMY])")
_WORKING = re.compile(r"([1-9][0-9]{0,3}) working days?")


class DurationUnit(enum.Enum):
    """The unit a duration is counted in."""

    WORKING_DAYS = "working_days"
    DAYS = "D"
    WEEKS = "W"
    MONTHS = "M"
    YEARS = "Y"


@validated
@attrs.frozen(kw_only=True)
class Duration:
    """A length of time counted in one unit, as a processing time is stated.

    Written in files as an ISO 8601 duration with a single unit (``P15D``,
    ``P4W``, ``P1M``, ``P1Y``, the form CPSV-AP-NO uses) or as ``"10 working days"``.
    """

    # Checked by the constructor (@validated), which names the class and rule;
    # attrs' own validators raised a bare ValueError or TypeError.
    amount: int = attrs.field(metadata=doc("How many units: 1 to 9999.", minimum=1, maximum=9999))
    unit: DurationUnit

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse ``P15D``, ``P4W``, ``P1M``, ``P1Y`` or ``"N working days"``."""
        if isinstance(text, str):
            if match := _ISO.fullmatch(text):
                return cls(amount=int(match[1]), unit=DurationUnit(match[2]))
            if match := _WORKING.fullmatch(text):
                return cls(amount=int(match[1]), unit=DurationUnit.WORKING_DAYS)
        raise ModelError(
            "value.duration",
            f"{text!r} is not a duration: write P15D, P4W, P1M, P1Y or '10 working days'",
        )

    def __str__(self) -> str:
        if self.unit is DurationUnit.WORKING_DAYS:
            return f"{self.amount} working day{'s' if self.amount != 1 else ''}"
        return f"P{self.amount}{self.unit.value}"
