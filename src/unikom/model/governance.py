"""Governance: bodies, the annual cycle (årshjul), closed periods and key figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from unikom.model._fields import MonthDay, RRuleText, Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["AnnualEvent", "ClosedPeriod", "GovernanceBody", "KeyFigure"]


@validated
@attrs.frozen(kw_only=True)
class GovernanceBody:
    """A body that steers or runs the partnership: steering group, project leaders …"""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("The body's name."))
    description: Text | None = attrs.field(default=None, metadata=doc("Its mandate and members."))
    parties: tuple[Slug, ...] = attrs.field(
        default=(), metadata=doc("Ids of the parties represented.")
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class AnnualEvent:
    """An event in the årshjul: a meeting, a plan or budget deadline, a report."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("What happens."))
    description: Text | None = attrs.field(default=None, metadata=doc("More about it."))
    rrule: RRuleText = attrs.field(
        metadata=doc(
            "When it recurs, an iCalendar RRULE, e.g. 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15'."
        ),
    )
    starts: dt.date | None = attrs.field(
        default=None, metadata=doc("First occurrence on or after.")
    )
    body: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the governance body responsible."),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("E.g. that dates are illustrative."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class ClosedPeriod:
    """Days each year when the partnership does not count working days (July, Christmas)."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("E.g. 'Fellesferie'."))
    start: MonthDay = attrs.field(metadata=doc("First day, MM-DD."))
    end: MonthDay = attrs.field(
        metadata=doc("Last day, MM-DD; before start means the period spans New Year."),
    )
    note: Text | None = attrs.field(
        default=None, metadata=doc("E.g. that the period is illustrative.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class KeyFigure:
    """A dated figure from a public source, e.g. 96 research collaborations."""

    label: Text = attrs.field(metadata=doc("What is counted."))
    value: int = attrs.field(metadata=doc("The figure.", minimum=0))
    as_of: dt.date = attrs.field(metadata=doc("The date the figure is for."))
    source_name: Text | None = attrs.field(
        default=None, metadata=doc("Where the figure was published, in words.")
    )
    source: Url | None = attrs.field(
        default=None,
        metadata=doc("Where it was published."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
