"""Compare partnerships across the Unikom network: parties, periods, areas and inquiries.

Thematic areas differ from one partnership to the next, so the comparison has
to decide when two areas are "the same".  The rule (:data:`AREA_RULE`): two
areas are the same when they have the same id, or when a name of one equals a
name of the other in any language, ignoring case and spacing.  Sameness is
transitive, so a row of the matrix may join areas that only match through a
third; a partnership may then have more than one area in a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, assert_never

import attrs

from unikom.model import words
from unikom.model._arguments import date_argument, instance_argument
from unikom.model.errors import ArgumentError
from unikom.model.inquiry_type import InquiryType
from unikom.model.partnership import Partnership, PartnershipStatus
from unikom.model.schedule import (
    AnnualDeadline,
    OneOffDeadline,
    RecurringDeadline,
    RelativeDeadline,
)
from unikom.model.text import Text

__all__ = [
    "ACTIVE_RULE",
    "AREA_RULE",
    "PARTIES_RULE",
    "AreaRow",
    "Column",
    "Comparison",
    "SharedParty",
    "compare",
    "inquiry_type_data",
    "intake_summary",
    "is_active",
    "match_areas",
]

# The rules in English, as the JSON output carries them; the words for people
# in nb, nn and en are in the word table (network.rule.*).

#: How thematic areas of different partnerships are matched, in one sentence.
AREA_RULE = words.word("network.rule.areas", "en")

#: When a partnership counts as active on a date, in one sentence.
ACTIVE_RULE = words.word("network.rule.active", "en").removeprefix("a partnership is ")

#: Which parties a partnership has on a date, in one sentence.
PARTIES_RULE = words.word("network.rule.parties", "en")


@attrs.frozen(kw_only=True)
class Column:
    """One partnership in the comparison, with a short label that is unique among them."""

    label: str
    partnership: Partnership
    active: bool


@attrs.frozen(kw_only=True)
class AreaRow:
    """One row of the thematic-area matrix: the matched area and who covers it.

    ``ids`` holds, per column, the ids of that partnership's areas in this row
    (empty when it does not cover the area).
    """

    name: Text
    ids: tuple[tuple[str, ...], ...]


@attrs.frozen(kw_only=True)
class SharedParty:
    """An organisation that is a party to more than one of the partnerships."""

    org_number: str
    name: Text
    labels: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Comparison:
    """Several partnerships side by side, as :func:`compare` builds it."""

    on: dt.date
    columns: tuple[Column, ...]
    areas: tuple[AreaRow, ...]
    shared_parties: tuple[SharedParty, ...]

    def to_data(self, language: str = "nb") -> dict[str, Any]:
        """Return the comparison as plain JSON-ready data, texts in *language*."""
        return {
            "on": self.on.isoformat(),
            "rules": {"active": ACTIVE_RULE, "parties": PARTIES_RULE, "thematic_areas": AREA_RULE},
            "partnerships": [_column_data(c, self.on, language) for c in self.columns],
            "shared_parties": [
                {"org_number": s.org_number, "name": s.name.get(language), "in": list(s.labels)}
                for s in self.shared_parties
            ],
            "thematic_areas": [
                {
                    "name": row.name.get(language),
                    "covered_by": {
                        column.label: list(ids)
                        for column, ids in zip(self.columns, row.ids, strict=True)
                        if ids
                    },
                }
                for row in self.areas
            ],
            "inquiry_types": [
                {"partnership": column.label, **inquiry_type_data(it, column, language)}
                for column in self.columns
                for it in column.partnership.inquiry_types
            ],
        }


def compare(
    partnerships: Sequence[Partnership],
    *,
    on: dt.date,
    labels: Sequence[str] | None = None,
) -> Comparison:
    """Compare *partnerships* on the date *on*.

    *labels* name the columns (default: each short name, else id); repeated
    labels get a number, so that every column can be told apart.
    """
    on = date_argument(on, "on")
    partnerships = list(partnerships)
    for partnership in partnerships:
        instance_argument(partnership, "partnerships", Partnership)
    wanted = list(labels) if labels is not None else [p.short_name or p.id for p in partnerships]
    if len(wanted) != len(partnerships) or not all(isinstance(label, str) for label in wanted):
        raise ArgumentError(
            "labels", f"expected {len(partnerships)} texts, one per partnership, got {labels!r}"
        )
    columns = tuple(
        Column(label=label, partnership=p, active=is_active(p, on))
        for label, p in zip(_unique(wanted), partnerships, strict=True)
    )
    return Comparison(
        on=on,
        columns=columns,
        areas=match_areas(partnerships),
        shared_parties=_shared_parties(columns),
    )


def is_active(partnership: Partnership, day: dt.date) -> bool:
    """Tell whether *partnership* is active on *day*, by :data:`ACTIVE_RULE`."""
    if not partnership.agreements:
        return partnership.status is PartnershipStatus.ACTIVE
    if partnership.status is PartnershipStatus.ENDED:
        return False
    return any(agreement.period.contains(day) for agreement in partnership.agreements)


def _normal(name: str) -> str:
    return " ".join(name.casefold().split())


def match_areas(partnerships: Sequence[Partnership]) -> tuple[AreaRow, ...]:
    """Return the rows of the area matrix, in order of first appearance (:data:`AREA_RULE`)."""
    # Each area is a node (column, index); union-find joins nodes that share a key.
    nodes = [(column, area) for column, p in enumerate(partnerships) for area in p.thematic_areas]
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with_key: dict[tuple[str, str], int] = {}
    for index, (_column, area) in enumerate(nodes):
        keys = [("id", area.id)] + [("name", _normal(n)) for n in area.name.translations.values()]
        for key in keys:
            if key in first_with_key:
                root_a, root_b = find(first_with_key[key]), find(index)
                # The earlier node stays the root, so rows keep the order of first appearance.
                parent[max(root_a, root_b)] = min(root_a, root_b)
            else:
                first_with_key[key] = index
    rows: dict[int, list[list[str]]] = {}
    for index, (column, area) in enumerate(nodes):
        cells = rows.setdefault(find(index), [[] for _ in partnerships])
        cells[column].append(area.id)
    return tuple(
        AreaRow(name=nodes[root][1].name, ids=tuple(tuple(cell) for cell in cells))
        for root, cells in sorted(rows.items())
    )


def _shared_parties(columns: Sequence[Column]) -> tuple[SharedParty, ...]:
    seen: dict[str, tuple[Text, list[str]]] = {}
    for column in columns:
        for party in column.partnership.parties:
            _name, labels = seen.setdefault(party.org_number, (party.name, []))
            if column.label not in labels:
                labels.append(column.label)
    return tuple(
        SharedParty(org_number=number, name=name, labels=tuple(labels))
        for number, (name, labels) in seen.items()
        if len(labels) > 1
    )


def _unique(labels: Sequence[str]) -> list[str]:
    result: list[str] = []
    for label in labels:
        candidate, n = label, 2
        while candidate in result:
            candidate, n = f"{label} ({n})", n + 1
        result.append(candidate)
    return result


def _column_data(column: Column, on: dt.date, language: str) -> dict[str, Any]:
    p = column.partnership
    return {
        "label": column.label,
        "id": p.id,
        "name": p.name.get(language),
        "status": p.status.value,
        "active": column.active,
        "lead": p.lead.id if p.lead is not None else None,
        "parties": [
            {
                "id": party.id,
                "kind": party.kind.value,
                "role": party.effective_role.value,
                "name": party.name.get(language),
                "org_number": party.org_number,
                "joined": party.joined.isoformat() if party.joined else None,
                "left": party.left.isoformat() if party.left else None,
            }
            for party in p.parties_on(on)
        ],
        "agreements": [
            {
                "id": a.id,
                "title": a.title.get(language),
                "start": a.period.start.isoformat(),
                "end": a.period.end.isoformat() if a.period.end else None,
                "active": a.period.contains(on),
                "parties": list(a.parties) or [party.id for party in p.parties],
            }
            for a in p.agreements
        ],
        "thematic_areas": [area.id for area in p.thematic_areas],
    }


def inquiry_type_data(it: InquiryType, column: Column, language: str) -> dict[str, Any]:
    """Return what the comparison shows of one inquiry type, as plain data."""
    try:
        track_kind: str | None = column.partnership.track(it.track).kind.value
    except KeyError:
        track_kind = None
    return {
        "id": it.id,
        "name": it.name.get(language),
        "track": it.track,
        "track_kind": track_kind,
        "processing_time": str(it.processing_time) if it.processing_time else None,
        "preliminary_reply_after": str(it.preliminary_reply_after),
        "intake": intake_summary(it),
    }


def intake_summary(it: InquiryType) -> str:
    """Return the intake in short: 'rolling', or the deadlines (MM-DD yearly, dates, rules)."""
    if it.intake.is_rolling:
        return "rolling"
    parts = []
    for deadline in it.intake.deadlines:
        match deadline:
            case AnnualDeadline():
                parts.append(f"{deadline.annual} yearly")
            case OneOffDeadline():
                parts.append(deadline.date.isoformat())
            case RecurringDeadline():
                parts.append(deadline.rrule)
            case RelativeDeadline():
                direction = "before" if deadline.before is not None else "after"
                parts.append(f"{deadline.offset} {direction} {deadline.event}")
            case _:
                assert_never(deadline)
    return ", ".join(parts)
